/**
 * Reads the dates people and CMSs print on pages ("September 29, 2017 10:42 AM
 * GMT", "Fri 29 Sep 2017", "2017-09-29T10:42:00Z"). Written by hand because
 * `Date.parse` is implementation-defined for anything but ISO 8601 and would
 * read a bare date in the server's local time zone; the runtimes we target
 * (Node, workerd) must agree to the millisecond.
 */
import { isValidJalaaliDate, toGregorian } from "jalaali-js";

/** The languages (ISO 639-1) whose month names MONTH_NAMES holds. */
export const MONTH_LANGUAGES: ReadonlySet<string> = new Set(["en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "tr", "el", "hi", "ro", "hu", "he", "da", "sl", "bn", "th", "tl"]);
// English month names and abbreviations, plus the full names used by French,
// German, Spanish, Italian, Portuguese, Dutch and Russian news sites, and Arabic ones
// (the Egyptian and Gulf names, then the Levantine: "12 مارس 2024", "12 آذار 2024").
// Then the languages chrono-node has no locale for, as their pages write a date: Polish,
// Czech, Ukrainian and Greek in the genitive ("12 marca 2024", "12. března 2024",
// "12 березня 2024", "12 Μαρτίου 2024") and the nominative, Turkish, Romanian, Hindi,
// and Indonesian, Swedish and Hungarian where their names differ from those above; then Hebrew (with
// its "in", "12 במרץ 2024"), Danish, Slovenian and Serbian, Bengali, and Thai (full and abbreviated,
// "12 มี.ค. 2567", whose year is the Buddhist era's: see THAI_MONTHS), the Western months as Persian and Urdu
// pages write them ("۵ دسامبر ۲۰۲۳", "22 مئی 2024") and Swahili's ("Machi 06, 2024"); then Slovak, Serbian (both scripts),
// Bulgarian, Finnish and Croatian ("16. januára 2025", "11. марта 2025.", "22. srpnja 2024."; Croatian's October,
// "listopad", is Polish's November and stays November), and Filipino's ("Oktubre 5, 2024"). The short forms Italian, Spanish, French,
// Portuguese and Russian pages print come first in each row ("12 ago 2026", "3 janv. 2026", "16.out.2026", "5 нояб. 2026").
const MONTH_NAMES: string[][] = [
  ["gener", "jan", "ene", "gen", "janv", "янв", "january", "janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari", "يناير", "كانون الثاني", "января", "январь", "stycznia", "styczeń", "ledna", "leden", "січня", "ιανουαρίου", "ιανουάριος", "ocak", "ianuarie", "जनवरी", "január", "ינואר", "בינואר", "জানুয়ারি", "มกราคม", "ม.ค", "ژانویه", "جنوری", "januára", "januara", "јануара", "януари", "tammikuuta", "siječnja", "siječanj"],
  ["febrer", "feb", "févr", "fevr", "февр", "february", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "فبراير", "شباط", "февраля", "февраль", "lutego", "luty", "února", "únor", "лютого", "φεβρουαρίου", "φεβρουάριος", "şubat", "februarie", "फ़रवरी", "फरवरी", "február", "febr", "פברואר", "בפברואר", "ফেব্রুয়ারি", "กุมภาพันธ์", "ก.พ", "فوریه", "فروری", "februára", "februara", "фебруара", "февруари", "helmikuuta", "veljače", "veljača", "pebrero"],
  ["mar", "march", "mars", "märz", "marzo", "março", "març", "maart", "mrt", "مارس", "آذار", "марта", "март", "marca", "marzec", "března", "březen", "березня", "μαρτίου", "μάρτιος", "mart", "martie", "मार्च", "maret", "mac", "március", "márc", "מרץ", "במרץ", "מרס", "במרס", "marts", "marec", "মার্চ", "มีนาคม", "มี.ค", "مارچ", "machi", "marta", "maaliskuuta", "ožujka", "ožujak", "marso"],
  ["apr", "abr", "avr", "апр", "april", "avril", "abril", "aprile", "أبريل", "ابريل", "نيسان", "апреля", "апрель", "kwietnia", "kwiecień", "dubna", "duben", "квітня", "απριλίου", "απρίλιος", "nisan", "aprilie", "अप्रैल", "április", "ápr", "אפריל", "באפריל", "এপ্রিল", "เมษายน", "เม.ย", "آوریل", "اپریل", "aprili", "apríla", "aprila", "априла", "април", "huhtikuuta", "travnja", "travanj"],
  ["maig", "may", "mag", "mai", "mayo", "maggio", "maio", "mei", "مايو", "أيار", "мая", "май", "maja", "maj", "května", "květen", "травня", "μαΐου", "μάιος", "mayıs", "मई", "május", "máj", "מאי", "במאי", "মে", "พฤษภาคม", "พ.ค", "مه", "مئی", "مئ", "mája", "маја", "toukokuuta", "svibnja", "svibanj"],
  ["juny", "jun", "giu", "june", "juin", "juni", "junio", "giugno", "junho", "يونيو", "يونيه", "حزيران", "июня", "июнь", "czerwca", "czerwiec", "června", "červen", "червня", "ιουνίου", "ιούνιος", "haziran", "iunie", "जून", "június", "jún", "יוני", "ביוני", "junij", "জুন", "มิถุนายน", "มิ.ย", "ژوئن", "جون", "júna", "juna", "јуна", "юни", "kesäkuuta", "lipnja", "lipanj", "hunyo"],
  ["juliol", "jul", "lug", "julai", "juil", "июл", "july", "juillet", "juli", "julio", "luglio", "julho", "يوليو", "يوليه", "تموز", "июля", "июль", "lipca", "lipiec", "července", "červenec", "липня", "ιουλίου", "ιούλιος", "temmuz", "iulie", "जुलाई", "július", "júl", "יולי", "ביולי", "julij", "জুলাই", "กรกฎาคม", "ก.ค", "ژوئیه", "جولائی", "júla", "jula", "јула", "юли", "heinäkuuta", "srpnja", "srpanj", "hulyo"],
  ["agost", "aug", "ago", "авг", "august", "août", "aout", "agosto", "augustus", "أغسطس", "اغسطس", "آب", "августа", "август", "sierpnia", "sierpień", "srpna", "srpen", "серпня", "αυγούστου", "αύγουστος", "ağustos", "agustus", "ogos", "augusti", "अगस्त", "augusztus", "אוגוסט", "באוגוסט", "avgust", "আগস্ট", "สิงหาคม", "ส.ค", "اوت", "اگست", "agosti", "augusta", "avgusta", "elokuuta", "kolovoza", "kolovoz"],
  ["setembre", "sep", "sept", "set", "сент", "сен", "september", "septembre", "septiembre", "settembre", "setembro", "سبتمبر", "أيلول", "сентября", "сентябрь", "września", "wrzesień", "září", "вересня", "σεπτεμβρίου", "σεπτέμβριος", "eylül", "septembrie", "सितंबर", "सितम्बर", "szeptember", "szept", "ספטמבר", "בספטמבר", "septembar", "সেপ্টেম্বর", "กันยายน", "ก.ย", "سپتامبر", "ستمبر", "septemba", "septembra", "септембра", "септември", "syyskuuta", "rujna", "rujan", "setyembre"],
  ["oct", "ott", "okt", "out", "окт", "october", "octobre", "oktober", "octubre", "ottobre", "outubro", "أكتوبر", "اكتوبر", "تشرين الأول", "октября", "октябрь", "października", "październik", "října", "říjen", "жовтня", "οκτωβρίου", "οκτώβριος", "ekim", "octombrie", "अक्टूबर", "október", "okt", "אוקטובר", "באוקטובר", "oktobar", "অক্টোবর", "ตุลาคม", "ต.ค", "اکتبر", "اکتوبر", "oktoba", "októbra", "oktobra", "октобра", "октомври", "lokakuuta", "oktubre"],
  ["nov", "нояб", "november", "novembre", "noviembre", "novembro", "نوفمبر", "تشرين الثاني", "ноября", "ноябрь", "listopada", "listopad", "listopadu", "листопада", "νοεμβρίου", "νοέμβριος", "kasım", "noiembrie", "नवंबर", "नवम्बर", "נובמבר", "בנובמבר", "novembar", "নভেম্বর", "พฤศจิกายน", "พ.ย", "نوامبر", "نومبر", "novemba", "novembra", "новембра", "ноември", "marraskuuta", "studenoga", "studenog", "studeni", "nobyembre"],
  ["desembre", "dec", "dic", "disember", "déc", "dez", "дек", "december", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "ديسمبر", "كانون الأول", "декабря", "декабрь", "grudnia", "grudzień", "prosince", "prosinec", "грудня", "δεκεμβρίου", "δεκέμβριος", "aralık", "decembrie", "desember", "दिसंबर", "दिसम्बर", "דצמבר", "בדצמבר", "decembar", "ডিসেম্বর", "ธันวาคม", "ธ.ค", "دسامبر", "دسمبر", "desemba", "decembra", "децембра", "декември", "joulukuuta", "prosinca", "prosinac", "disyembre"],
];
const MONTHS: Record<string, number> = Object.fromEntries(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index])),
);

/** Offsets in minutes for the zone abbreviations news sites print. */
const ZONES: Record<string, number> = {
  z: 0, utc: 0, gmt: 0, ut: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180,
  est: -300, edt: -240, et: -300, cst: -360, cdt: -300, ct: -360, mst: -420,
  mdt: -360, mt: -420, pst: -480, pdt: -420, pt: -480, ist: 330, jst: 540,
  aest: 600, aedt: 660, msk: 180, мск: 180, wib: 420, wita: 480, wit: 540, hkt: 480, sgt: 480, kst: 540, pht: 480,
};

/** The month of a name as the patterns capture it ("Sept", "มี.ค"), or undefined. */
function monthOf(name: string): number | undefined {
  const key = name.toLowerCase();
  return MONTHS[key] ?? MONTHS[key.replace(".", "")];
}

/** Thai month names: their pages count years in the Buddhist era, 543 ahead (2567 is 2024). */
const THAI_MONTHS = new Set(MONTH_NAMES.flatMap((names) => names.filter((name) => /[\u0E00-\u0E7F]/.test(name))));
const BUDDHIST_ERA_OFFSET = 543;

/** The Gregorian year of a date written with this month name (a Buddhist-era year after a Thai one). */
function yearWith(monthName: string, year: number): number {
  return year > 2400 && THAI_MONTHS.has(monthName.toLowerCase()) ? year - BUDDHIST_ERA_OFFSET : year;
}

// Longest names first so that "june" is not read as "jun" + "e"; the dots of Thai abbreviations are dots.
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).map((name) => name.replace(/\./g, "\\.")).join("|")})\\.?`;
// Latin weekdays, whole or cut short, and Arabic ones ("الثلاثاء 12 مارس 2024"); Indonesian, Swahili and Urdu ones too.
// Weekdays as Central and Eastern European, Nordic and Greek pages print them before a date ("úterý 11. března 2025").
const EUROPEAN_WEEKDAYS = [
  "pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle", "pondelok", "utorok", "streda", "štvrtok", "piatok", "nedeľa",
  "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "niedziela", "ponedjeljak", "ponedeljak", "utorak", "srijeda", "sreda",
  "četvrtak", "petak", "subota", "nedjelja", "nedelja", "понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља",
  "понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя", "luni", "marți", "miercuri", "joi", "vineri",
  "sâmbătă", "duminică", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "maanantai", "tiistai",
  "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai", "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή",
  "σάββατο", "κυριακή",
  // Dutch, Italian, Spanish, Portuguese, Swedish, Hungarian, Russian, Ukrainian and Turkish ones, and Vietnamese "Thứ Hai".
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "lunedì", "lunedi", "martedì", "martedi",
  "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi", "sabato", "domenica", "lunes", "martes", "miércoles",
  "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
  "sexta-feira", "segunda", "terça", "quarta", "quinta", "sexta", "måndag", "tisdag", "lördag", "söndag", "hétfő", "kedd",
  "szerda", "csütörtök", "péntek", "szombat", "vasárnap", "понедельник", "четверг", "пятница", "суббота", "воскресенье",
  "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "пʼятниця", "неділя", "pazartesi", "salı", "çarşamba", "perşembe",
  "cuma", "cumartesi", "pazar", "dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật",
].sort((a, b) => b.length - a.length).join("|");
// Dutch and Nordic pages cut them to two or three letters: "ma 4 sep 2023 om 14:32", "tir. 14. mar. 2023 kl. 10.12".
const WEEKDAY = "(?:(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|man|tir|ons|tor|fre|lør|søn|mån|tis|lör|sön)(?:day|nesday|rsday|urday|di|dredi|credi|edi|anche|ntag|nntag|nstag|ttwoch|nnerstag|eitag|mstag|nnabend)?\\.?,?\\s+|(?:ال(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت))[،,]?\\s+|(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili),?\\s+|(?:پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار)[،,]?\\s+|[\\u0980-\\u09FF]+বার,?\\s+|[\\u0900-\\u097F]+वार,?\\s+|(?:" + EUROPEAN_WEEKDAYS + "),?\\s+))?";
// The clock after the date, after a comma, a dash or a word for "at" (Scandinavian "kl.", Finnish "klo",
// Dutch "om", Slavic "o"/"ob"/"в", Turkish "saat", Vietnamese "lúc", Indonesian "pukul"/"jam").
const TIME = "(?:(?:,|\\s*[-|–—·•])?(?:\\s+(?:at|à|um|a las|a les|alle(?: ore)?|ore|às|om|kl\\.?|klo|o|ob|u|в|у|saat|lúc|pukul|jam)(?=\\s))?\\s*(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*(?:uhr|h|น\\.)?\\s*([ap]\\.?m\\.?)?)?";
const ZONE = "(?:\\s*\\(?\\s*(z|utc|gmt|ut|wib|wita|msk|мск|[a-z]{1,4}t)?\\s*([+-]\\d{1,2}(?::?\\d{2})?)?\\s*\\)?)?";

const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}${ZONE}$`, "i");
// "12 marca 2024 r.", "3 марта 2024 г.", "3 марта 2024 года": Polish and Russian mark the year with its word.
// Turkish prints the weekday after the date: "21 Mart 2024 Perşembe".
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th|er)?(?:\\.?\\s+|\\.)(?:de\\s+|d['’])?${MONTH}(?:,?\\s+|\\.)(?:del?\\s+)?(\\d{4})(?:\\s*(?:r\\.|г\\.?|года)(?=$|[\\s,])|\\.(?=$|\\s))?(?:,?\\s+(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar))?${TIME}${ZONE}$`, "i");
/**
 * Year-first numeric dates: 2023/08/26 10:00 JST, 2023年8月26日 10時00分, 2023.08.26, Korean
 * 2023년 8월 26일 오후 2:30, Hungarian 2023. 08. 26. (a weekday in brackets may follow the day).
 */
const YEAR_FIRST = new RegExp(`^(\\d{4})(?:[/.]|年|년)\\s?(\\d{1,2})(?:[/.]|月|월)\\s?(\\d{1,2})(?:日|일|\\.)?(?:\\s*(?:\\(.\\)|（.）)?\\s*(오전|오후|午前|午後)?\\s*(\\d{1,2})(?:[:：]|時|시)\\s?(\\d{2})(?:分|분)?)?${ZONE}$`, "iu");
/** Year, month name, day, as Hungarian writes a date: "2024. február 8.", "2024. február 8., csütörtök 11:32". */
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4})\\.?\\s+${MONTH}\\s+(\\d{1,2})\\.?(?:,?\\s+(?:hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap))?(?:,?\\s+(\\d{1,2})[:.](\\d{2}))?${ZONE}$`, "iu");
/** "12.03.2024", "12.03.2024, 14:35 Uhr", "24.11.2026 - 13:15h": a dotted numeric date is day first wherever it is written. */
const DOTTED = new RegExp(`^(?:(?:mo|di|mi|do|fr|sa|so|lu|ma|me|je|ve|po|út|st|čt|pá|pt|śr|cz|pn|wt|nd)\\.?,?\\s+)?(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\.?(?:(?:,?\\s*|\\s+[-–|]\\s+)(?:um\\s+|à\\s+|o\\s+|u\\s+|у\\s+|saat\\s+|klo\\s+|kl\\.?\\s+)?(\\d{1,2})[:.h](\\d{2})(?:\\s*(?:uhr|h))?)?${ZONE}$`, "iu");
// "2024-03-12 09:30 CET": a zone's abbreviation after an ISO-like date, as front matter and CMSs write it.
// Nordic pages set the clock's parts apart with a dot: \"Publicerad 2022-09-14 08.30\".
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2}|[a-z]{2,5})?$/i;

/** A month name (any language of MONTH_NAMES) as a whole word. */
export const MONTH_WORD = new RegExp(`^${MONTH}$`, "i");

/** Calendar dates with a year, anywhere in a sentence: the mark of a wire-photo caption. */
export const CALENDAR_DATE = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  "i",
);

/**
 * Whether the text holds a calendar date with a year (CALENDAR_DATE). The
 * month names make that pattern a long alternation tried at every position;
 * a date needs four digits in a row, which a plain scan finds first.
 */
export function hasCalendarDate(text: string): boolean {
  // A date ends with its year (or an ISO date starts with it): only the stretch around each year is asked,
  // not every position of the line, where the long alternation of month names would be tried.
  YEAR_DIGITS.lastIndex = 0;
  for (let found = YEAR_DIGITS.exec(text); found; found = YEAR_DIGITS.exec(text)) {
    if (CALENDAR_DATE.test(text.slice(Math.max(0, found.index - DATE_BEFORE_YEAR), found.index + 10))) return true;
  }
  return false;
}

const YEAR_DIGITS = /\d{4}/g;
/** Characters a date may take before its year: "Wednesday, 12th of September " and the like. */
const DATE_BEFORE_YEAR = 40;

/** US zones written without S/D ("ET", "PT"): daylight time from the second Sunday of March to the first Sunday of November. */
const US_GENERIC = new Set(["et", "ct", "mt", "pt"]);

function usDaylightTime(local: { year: number; month: number | undefined; day: number; hour: number }): boolean {
  const { year, month = 0, day, hour } = local;
  const nthSunday = (m: number, n: number) => {
    const first = new Date(Date.UTC(year, m, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  };
  const start = Date.UTC(year, 2, nthSunday(2, 2), 2);
  const end = Date.UTC(year, 10, nthSunday(10, 1), 2);
  const at = Date.UTC(year, month, day, hour);
  return at >= start && at < end;
}

function zoneOffset(
  abbr: string | undefined,
  numeric: string | undefined,
  local?: { year: number; month: number | undefined; day: number; hour: number },
): number | null {
  const generic = abbr?.toLowerCase();
  if (!numeric && generic && US_GENERIC.has(generic) && local && usDaylightTime(local)) return ZONES[generic]! + 60;
  if (numeric) {
    const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(numeric);
    if (!m) return null;
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return (m[1] === "-" ? -1 : 1) * minutes + (abbr ? ZONES[abbr.toLowerCase()] ?? 0 : 0);
  }
  if (!abbr) return 0; // no zone printed: read as UTC, the same on every runtime
  const known = ZONES[abbr.toLowerCase()];
  return known === undefined ? null : known;
}

function build(
  year: number, month: number, day: number,
  hour = 0, minute = 0, second = 0, offsetMinutes = 0,
): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month, day, hour, minute, second) - offsetMinutes * 60_000;
  const date = new Date(ms);
  // Reject roll-overs such as 31 February.
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null;
  return isValidDate(date) ? date : null;
}

function hour12(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith("p");
  return (hour % 12) + (pm ? 12 : 0);
}

/** Parses one date (with optional time and zone). Returns null when the text is not just a date. */
/** A day's date, then "@" or a dash, then the clock: the mark goes. */
// "Mar 4, 2025 / 11:48 pm MT": or a slash.
const CLOCK_AFTER_MARK = /(\d\.?) (?:@|[–—/-]) (\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)(?!\S*\d{4})/gi;

/** Time zones as press-release wires spell them out, and the abbreviations the parser reads. */
const ZONE_ABBREVIATION: Record<string, string> = {
  "eastern standard time": "EST", "eastern daylight time": "EDT", "eastern time": "ET",
  "central standard time": "CST", "central daylight time": "CDT", "central time": "CT",
  "mountain standard time": "MST", "mountain daylight time": "MDT", "mountain time": "MT",
  "pacific standard time": "PST", "pacific daylight time": "PDT", "pacific time": "PT",
  "greenwich mean time": "GMT", "british summer time": "BST", "coordinated universal time": "UTC",
  "central european time": "CET", "central european summer time": "CEST",
};
const ZONE_NAME = new RegExp(`\\b(?:${Object.keys(ZONE_ABBREVIATION).sort((a, b) => b.length - a.length).join("|")})\\b`, "gi");

// "à 5 h 00": a clock spaced around its h, as Québec papers print it.
// "07:45 hrs.": a Mexican clock with its word for hours.
const HOURS_WORD = /(\d{1,2}:\d{2})\s*hrs?\.?(?=$|\s)/i;
const SPACED_H_CLOCK = /\b(\d{1,2}) h (\d{2})\b/;
const HYPHENED_DAY_MONTH_YEAR = /\b(\d{1,2})-(\p{L}{3,9})-(\d{4})\b/u;

export function parseDate(input: string): Date | null {
  // Every form read here has a four-digit year: a cheap test spares prose the big patterns.
  if (!/\d{4}/.test(input)) return null;
  // "Mac 11, 2024 @ 3:42pm", "2024. március 15. – 06:33": an at sign or a dash between the date and its clock.
  // "4-Jun-2024", "04-JUN-2024": a day, a month's name and a year set apart by hyphens, as press-release portals print them.
  const spaced = input.trim().replace(/\s+/g, " ").replace(CLOCK_AFTER_MARK, "$1 $2").replace(HYPHENED_DAY_MONTH_YEAR, "$1 $2 $3").replace(SPACED_H_CLOCK, "$1h$2").replace(HOURS_WORD, "$1");
  // "07:00 AM Eastern Standard Time" (Business Wire): a zone spelled out is read as its abbreviation.
  const text = spaced.includes(" Time") || spaced.includes(" time") ? spaced.replace(ZONE_NAME, (name) => ZONE_ABBREVIATION[name.toLowerCase()] ?? name) : spaced;
  const solarHijri = MAY_BE_SOLAR_HIJRI.test(text) ? parseSolarHijri(text) : null;
  if (solarHijri) return solarHijri;
  if (ARABIC_MARKS.test(text)) {
    const gregorian = asArabicGregorian(text);
    if (gregorian !== text) return parseDate(gregorian);
  }
  let m = ISO.exec(text);
  if (m) {
    const zone = m[7];
    const local = { year: +m[1]!, month: +m[2]! - 1, day: +m[3]!, hour: +(m[4] ?? 0) };
    const offset = !zone ? 0 : /^[+-]/.test(zone) ? zoneOffset(undefined, zone) : zoneOffset(zone, undefined, local);
    if (offset === null) return null;
    return build(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offset);
  }
  m = YEAR_FIRST.exec(text);
  if (m) {
    const offset = zoneOffset(m[7], m[8]);
    if (offset === null) return null;
    const afternoon = m[4] === "오후" || m[4] === "午後";
    const hour = m[5] === undefined ? 0 : afternoon ? (+m[5] % 12) + 12 : m[4] ? +m[5] % 12 : +m[5];
    return build(+m[1]!, +m[2]! - 1, +m[3]!, hour, +(m[6] ?? 0), 0, offset);
  }
  m = YEAR_MONTH_DAY.exec(text);
  if (m) {
    const month = monthOf(m[2]!);
    const offset = zoneOffset(m[6], m[7]);
    if (month === undefined || offset === null) return null;
    return build(+m[1]!, month, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), 0, offset);
  }
  m = DOTTED.exec(text);
  if (m) {
    const offset = zoneOffset(m[6], m[7]);
    if (offset === null) return null;
    return build(+m[3]!, +m[2]! - 1, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), 0, offset);
  }
  const timeFirst = /^\d{1,2}[:.]\d{2}(?!\d)/.test(text) ? parseTimeFirst(text) : null;
  if (timeFirst) return timeFirst;
  m = MONTH_FIRST.exec(text);
  const d = m ? null : DAY_FIRST.exec(text);
  const parts = m ? { month: m[1]!, day: m[2]!, rest: m.slice(3) } : d ? { month: d[2]!, day: d[1]!, rest: d.slice(3) } : null;
  if (!parts) {
    // RFC 2822 / RFC 822 as written by feeds and mail ("Fri, 29 Sep 2017 10:42:00 +0000").
    const rfc = /^(?:[a-z]{3},\s*)?(\d{1,2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|[a-z]{1,4})$/i.exec(text);
    if (!rfc) return null;
    const month = MONTHS[rfc[2]!.toLowerCase()];
    const numeric = /^[+-]/.test(rfc[7]!) ? rfc[7] : undefined;
    const offset = zoneOffset(numeric ? undefined : rfc[7], numeric);
    if (month === undefined || offset === null) return null;
    return build(+rfc[3]!, month, +rfc[1]!, +rfc[4]!, +rfc[5]!, +(rfc[6] ?? 0), offset);
  }
  const [written, hh, mm, ss, meridiem, abbr, numeric] = parts.rest;
  const month = monthOf(parts.month);
  const year = yearWith(parts.month, +written!);
  const hour = hh === undefined ? 0 : hour12(+hh, meridiem);
  const offset = zoneOffset(abbr, numeric, { year, month, day: +parts.day, hour });
  if (month === undefined || offset === null) return null;
  return build(year, month, +parts.day, hour, +(mm ?? 0), +(ss ?? 0), offset);
}

/**
 * Iranian and Afghan pages date in the Solar Hijri calendar: "۱۵ آبان ۱۴۰۲ - ۱۰:۳۰",
 * "دوشنبه، ۱۵ آبان ۱۴۰۲ ساعت ۱۰:۳۰", "۱۴۰۲/۰۸/۱۵ - ۱۰:۳۰", "۱۰:۳۰ - ۱۴۰۲/۰۸/۱۵" (digits made
 * ASCII by asciiDigits first). The Iranian month names and the Dari ones (Afghanistan);
 * jalaali-js converts. A numeric date is read so only when its year is one of this
 * calendar's recent ones (1300–1420, i.e. 1921–2042): as a Gregorian year it would date a
 * news page five centuries back, and lunar Hijri years (now past 1440) are printed with
 * their own month names or their "هـ" mark.
 */
const SOLAR_HIJRI_MONTHS = [
  ["فروردین", "حمل"], ["اردیبهشت", "ثور"], ["خرداد", "جوزا"], ["تیر", "سرطان"], ["مرداد", "امرداد", "اسد"], ["شهریور", "سنبله"],
  ["مهر", "میزان"], ["آبان", "عقرب"], ["آذر", "قوس"], ["دی", "جدی"], ["بهمن", "دلو"], ["اسفند", "حوت"],
];
const SOLAR_HIJRI_MONTH: Record<string, number> = Object.fromEntries(SOLAR_HIJRI_MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1])));
const SOLAR_HIJRI_WEEKDAY = "(?:(?:یک|دو|سه|چهار|پنج)[\u200c ]?)?شنبه|جمعه|آدینه";
const SOLAR_HIJRI_CLOCK = "(\\d{1,2}):(\\d{2})(?::\\d{2})?";
const SOLAR_HIJRI_DAY = new RegExp(
  `^(?:${SOLAR_HIJRI_CLOCK}\\s*[-–|،,]?\\s*)?(?:(?:${SOLAR_HIJRI_WEEKDAY})\\s*[،,]?\\s*)?` +
    `(?:(\\d{1,2})\\s+(${Object.keys(SOLAR_HIJRI_MONTH).join("|")})\\s+(\\d{4})|(1[34]\\d\\d)[/.](\\d{1,2})[/.](\\d{1,2}))` +
    `(?:\\s*[-–|،,]?\\s*(?:ساعت\\s*)?${SOLAR_HIJRI_CLOCK})?$`,
  "u",
);
/** Arabic script, or a year of that calendar before a slash or dot: the only texts worth the pattern. */
const MAY_BE_SOLAR_HIJRI = /[\u0600-\u06FF]|(?:^|\D)1[34]\d\d[/.]\d/;

function parseSolarHijri(given: string): Date | null {
  // Arabic yeh and kaf stand for the Persian ones in text typed on Arabic keyboards.
  const text = given.replace(/\u064A/g, "\u06CC").replace(/\u0643/g, "\u06A9");
  const m = SOLAR_HIJRI_DAY.exec(text);
  if (!m) return null;
  const named = m[3] !== undefined;
  const year = Number(named ? m[5] : m[6]);
  const month = named ? SOLAR_HIJRI_MONTH[m[4]!]! : Number(m[7]);
  const day = Number(named ? m[3] : m[8]);
  if (!named && (year < 1300 || year > 1420)) return null;
  if (!isValidJalaaliDate(year, month, day)) return null;
  const { gy, gm, gd } = toGregorian(year, month, day);
  const hour = m[1] ?? m[9];
  const minute = m[2] ?? m[10];
  return build(gy, gm - 1, gd, Number(hour ?? 0), Number(minute ?? 0));
}

/**
 * Arabic pages mark the Gregorian year with م and the clock with ص / م (morning, evening),
 * and often print the lunar Hijri date first: "الأحد 12 جمادى الأولى 1445 هـ - 26 نوفمبر
 * 2023 م", "26 نوفمبر 2023 - 10:30 ص". The Gregorian date, as the patterns above read it
 * (the Hijri one only stands beside it).
 */
function asArabicGregorian(text: string): string {
  return text
    .replace(LUNAR_HIJRI_FIRST, "")
    .replace(LUNAR_HIJRI_AFTER, "")
    // "الأحد، 10 تشرين الثاني 2024، 11:30 صباحاً": the weekday before the date, Arabic's comma between its parts.
    .replace(ARABIC_WEEKDAY_FIRST, "")
    .replace(/،/g, ",")
    .replace(/(\d{4})\s*م(?=$|[\s,،-])/u, "$1")
    // The clock's mark closing the line, or the clock first: "02:20 م - 16 مارس 2025".
    .replace(/(\d{1,2}[:.]\d{2})\s*(?:ص|صباحا|صباحاً)(?=$|\s)/u, "$1 am")
    .replace(/(\d{1,2}[:.]\d{2})\s*(?:م|مساء|مساءً)(?=$|\s)/u, "$1 pm")
    .trim();
}
/** Arabic's weekdays, with their article, as stamps open on them. */
const ARABIC_WEEKDAY = "ال(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)";
const ARABIC_WEEKDAY_FIRST = new RegExp(`^${ARABIC_WEEKDAY}[،,]?\\s+(?=\\d)`, "u");
/** What asArabicGregorian reads: the Hijri mark, or an Arabic letter after a digit. */
const ARABIC_MARKS = /هـ|\d\s*[صم]/u;
const LUNAR_HIJRI_MONTH =
  "محرم|صفر|ربيع (?:الأول|الاول|الآخر|الاخر|الثاني)|جماد[ىي] (?:الأولى|الاولى|الآخرة|الاخرة|الثانية)|رجب|شعبان|رمضان|شوال|ذ[وي] القعدة|ذ[وي] الحجة";
const LUNAR_HIJRI_FIRST = new RegExp(
  `^(?:${ARABIC_WEEKDAY}[،,]?\\s+)?\\d{1,2}\\s+(?:${LUNAR_HIJRI_MONTH})\\s+\\d{4}\\s*(?:هـ|ه)?\\s*[-–|،,/]?\\s*`,
  "u",
);

// "29 نوفمبر 2026 م ـ 28 جمادى الأولى 1448 هـ": the lunar Hijri date after the Gregorian one, set off by a dash or a tatweel.
const LUNAR_HIJRI_AFTER = new RegExp(`\\s*[-–ـ|،,/]\\s*\\d{1,2}\\s+(?:${LUNAR_HIJRI_MONTH})\\s+\\d{4}\\s*(?:هـ|ه)?\\s*$`, "u");

// "2:35 PM EDT, Wed March 20, 2024" (CNN), "4:12 PM CDT, May 17, 2024" (AP), "9:30 AM · Mar 14, 2024": the time first.
// "09:30-29 نوفمبر 2026": or glued to the day by a dash.
// "9:30 AM - Mar 14, 2024", "02:20 pm - 16 مارس 2025": or set apart by a spaced dash.
const TIME_FIRST = /^(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?\s*(?:\(?\s*([a-z]{1,4}t|utc|gmt|z)\s*\)?)?\s*(?:\s[-–—]\s+|[,·•|]?\s+|[-–](?=\d{1,2}\s))(.+)$/i;

function parseTimeFirst(text: string): Date | null {
  const m = TIME_FIRST.exec(text);
  if (!m) return null;
  const day = parseDate(m[5]!);
  if (!day || day.getUTCHours() || day.getUTCMinutes()) return null; // the rest must be a bare date
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  const date = day.getUTCDate();
  const hour = hour12(+m[1]!, m[3]);
  const offset = zoneOffset(m[4], undefined, { year, month, day: date, hour });
  return offset === null ? null : build(year, month, date, hour, +m[2]!, 0, offset);
}

export function isValidDate(date: Date): boolean {
  const t = date.getTime();
  // Year 1000–9999: outside that, RSS and Atom cannot write the date.
  return Number.isFinite(t) && t >= Date.UTC(1000, 0, 1) && t < Date.UTC(10000, 0, 1);
}

/**
 * "Updated" in the Central and Eastern European, Nordic, Turkish and Greek forms pages print after or before a stamp
 * ("…, aktualizováno 10:02", "Frissítve: …", "Opdateret 14. marts …"): one list for the date labels here and the byline
 * rules' segments (bylines.ts).
 */
export const MORE_UPDATE_WORDS = [
  "aktualizováno", "aktualizované", "zaktualizowano", "frissítve", "opdateret", "oppdatert", "uppdaterad", "päivitetty", "güncellendi",
  "ενημερώθηκε", "ažurirano", "ажурирано", "актуализирано", "actualizat", "aangepast", "gewijzigd",
  // Thai: "updated" (its "latest" glued on, no space between Thai words).
  "อัปเดตล่าสุด", "อัปเดต",
];

// Labels that introduce a timestamp, in the languages of MONTH_NAMES and those whose pages print numeric
// dates after a word ("입력 2024.03.12 14:35", "发布时间 2024-03-12", "Opublikowano 12.03.2024").
const STAMP_LABEL = new RegExp(
  `^(?:(?:first|last|published|posted|written|updated|modified|date|datum|created|publié|publiée|mis à jour|modifié|veröffentlicht|aktualisiert|zuletzt|stand|(?:publicado|actualizado|atualizado|modificado) (?:a|em)|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|aktualizacja|publikováno|aktualizováno|yayınlanma|güncelleme|na-update|inilathala|diterbitkan|diperbarui|dipublikasikan|publicerad|publiceret|publisert|objavljeno|објављено|публикувано|julkaistu|yayınlandı|δημοσιεύθηκε|publicat|${MORE_UPDATE_WORDS.join("|")}|опубликовано|обновлено|опубліковано|оновлено|δημοσίευση|ενημέρωση|cập nhật|đăng lúc|เผยแพร่|โพสต์เมื่อ|ลงวันที่|प्रकाशित|अपडेटेड|기사입력|입력|승인|수정|업데이트|등록일|작성일|게시일|등록|发布时间|發佈時間|发布|發布|更新时间|更新時間|公開日|最終更新日|更新日|投稿日|作成日|掲載日|配信|更新|news release|press release|pressemitteilung|communiqué de presse|nota de prensa|comunicado de prensa|comunicato stampa|persbericht|on|le|am|el|il|op|at|du)(?!\\p{L})\\s*)+(?:[:：]|-(?=\\s))?\\s*`,
  "iu",
);
/**
 * A time counted back from now, in the languages pages print it: "2 hours ago", "2 часа назад", "3 uur geleden",
 * "vor 3 Stunden", "hace 2 horas", "2 jam yang lalu", "2 giờ trước", "2 ชั่วโมงที่แล้ว", "3小时前", "2時間前", "3시간 전".
 * A comment's or a teaser's stamp, or the stamp's echo beside the date: never the article's date.
 */
export const RELATIVE_AGO =
  "(?:\\d+\\s*[\\p{L}\\p{M}.]+\\s*(?:ago|назад|тому|geleden|sedan|siden|temu|önce|fa|yang lalu|lalu|trước|ที่แล้ว)" +
  "|(?:vor|il y a|hace|há|před)\\s+\\d+\\s*[\\p{L}.]+" +
  "|\\d+\\s*(?:分钟|分鐘|小时|小時|天|秒|分|時間|日|週間|ヶ月|か月|시간|분|일|초|주|개월)\\s*(?:前|전))";

/** Any short label ending in a colon: "Date:", "نُشر في:", "更新日時：". */
const COLON_LABEL = /^[^\d:：]{1,30}[:：]\s*/u;
export const UPDATED_LABEL = new RegExp(`updat|modif|aktualisiert|${MORE_UPDATE_WORDS.join("|")}|zuletzt|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|zaktualizowano|aktualizacj|na-update|aktualizováno|güncelleme|diperbarui|uppdaterad|обновлено|оновлено|ενημέρωση|cập nhật|अपडेट|수정|업데이트|更新|تحديث|تم التحديث`, "iu");

/** Digits of other scripts that dates are written in: Arabic-Indic, Persian, Devanagari, Bengali, Thai, Lao, Myanmar, Khmer. */
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59\u0ED0-\u0ED9\u1040-\u1049\u17E0-\u17E9]/g;

/** Whether the text holds a digit, ASCII or of those scripts: a cheap gate before the date patterns. */
export const ANY_DIGIT = /[\d\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59\u0ED0-\u0ED9\u1040-\u1049\u17E0-\u17E9]/;

/** Each script's zero, highest first: Khmer, Myanmar, Lao, Thai, Bengali, Devanagari, Persian, Arabic-Indic. */
const DIGIT_ZEROS = [0x17e0, 0x1040, 0x0ed0, 0x0e50, 0x09e6, 0x0966, 0x06f0, 0x0660];

/** The text with those digits as ASCII ones ("٢٠ سبتمبر ٢٠٢٤" → "20 سبتمبر 2024"), for the date patterns. */
export function asciiDigits(text: string): string {
  OTHER_DIGITS.lastIndex = 0;
  if (!OTHER_DIGITS.test(text)) return text;
  return text.replace(OTHER_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((first) => code >= first)!;
    return String(code - zero);
  });
}

const DOUBLE_DASH = /\s+--\s+/g;
const CLOCK_IN_OTHER_ZONE = /(?<=\d{1,2}:\d{2}\s*[a-z]{2,4})\s*\(\d{1,2}:\d{2}\s*[a-z]{2,4}\)$/i;

/** A line such as "Updated: September 29, 2017 10:42 GMT", split into its kind and date. */
export function parseTimestampLine(given: string): { kind: "published" | "updated"; date: Date } | null {
  // "১৮: ৪০": a clock some pages print with a space after its colon.
  // "October 5, 2020 -- 10:58 GMT (03:58 PDT)": a double dash before the clock, the clock again in another zone after it.
  // Each rewrite runs only where the line holds what it rewrites: most lines need none.
  let line = asciiDigits(given);
  if (line.includes(": ")) line = line.replace(SPACED_CLOCK, "$1:$2");
  if (line.includes(" de ")) line = line.replace(SPANISH_SHORT, "$1 de $2 de $3");
  if (line.includes("m.") || line.includes("M.")) line = line.replace(SPACED_MERIDIEM, "$1m");
  if (line.includes("--")) line = line.replace(DOUBLE_DASH, " - ");
  if (line.endsWith(")")) line = line.replace(CLOCK_IN_OTHER_ZONE, "");
  // "Publisert: 24.03.24 23:10": a labelled stamp may print the year in two digits (a dotted day first, as Nordic papers do).
  if (line.length <= 60 && LABELLED_SHORT_YEAR.test(line)) line = line.replace(LABELLED_SHORT_YEAR, (_, label: string, day: string, month: string, year: string) => `${label}${day}.${month}.20${year}`);
  if (line.length > 100 || !/\d{4}/.test(line)) return null;
  // "（2024年3月27日 18時05分 更新）": Japanese and Korean pages bracket the stamp and put its word last.
  const bracketed = /^[(（](.+)[)）]$/u.exec(line);
  if (bracketed) line = bracketed[1]!.trim();
  const suffix = STAMP_SUFFIX.exec(line);
  if (suffix) line = line.slice(0, suffix.index);
  for (const label of [STAMP_LABEL, COLON_LABEL]) {
    const prefix = label.exec(line)?.[0] ?? "";
    const date = parseDate(line.slice(prefix.length));
    if (date) return { kind: UPDATED_LABEL.test(prefix) || (suffix !== null && UPDATED_LABEL.test(suffix[0])) ? "updated" : "published", date };
  }
  return null;
}

// "14 de marzo 2025, 09:30 a. m.": a Spanish date without its second "de", the clock's "a. m." spaced.
const SPANISH_SHORT = /\b(\d{1,2}) de (\p{L}{3,10}) (\d{4})\b/u;
const SPACED_MERIDIEM = /\b([ap])\.\s?m\.(?=\s|$|,)/gi;
const SPACED_CLOCK = /(?<=\s|^)(\d{1,2}):\s(\d{2})(?!\d)/g;

/** A stamp's label with its colon, then a dotted day, month and two-digit year: "Publisert: 24.03.24", "Oppdatert: 25.03.24 08:02". */
const LABELLED_SHORT_YEAR = /^([^\d:：]{3,30}[:：]\s*)(\d{1,2})\.(\d{1,2})\.(\d{2})(?=\s|,|$)/u;

/** A stamp's word after its date, as Japanese and Korean pages print it: "… 18時05分 更新", "… 14:35 수정". */
const STAMP_SUFFIX = /\s*(?:更新|公開|配信|掲載|発表|발행|입력|수정|업데이트)$/u;
