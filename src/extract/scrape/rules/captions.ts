/**
 * Photo captions and their credits: "REUTERS/Rodi Said", "Photograph: …", "(Foto: dpa)", a
 * caption's shape (a place, a date, reported speech), in the scripts news pages are written in.
 * Each rule looks at a kind of line, never at one site's wording, so it holds across
 * sites and languages.
 */
import { CALENDAR_DATE } from "../../dates";
import { BYLINE_OPENER, looksLikePersonName, parseByline } from "./bylines";
import { startsWithQuote } from "./quotes";
import { holds, mayHold, word, words } from "./substrings";

// Agencies whose credits end captions: "REUTERS/Rodi Said", "AFP/Getty Images".
const AGENCY_CREDIT = /\b(REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|GETTY IMAGES|Getty Images|SANA|Xinhua|Anadolu|EFE|ANSA|DPA|dpa|PAP|TASS|Yonhap|YONHAP|Kyodo|KYODO|SIPA|Sipa|PTI|IANS|ABACA|MAXPPP)\s*\/\s*\S/;
// "… Photograph: Ann Croft/Example Photos", "… Picture: Sam Reid" at the end of a caption.
// "…؛ عکس: …", "…। ছবি: …": Persian's semicolon and the danda end a sentence too.
// "… di Kuala Lumpur. - Foto fail NSTP": a dash may set the label off.
/** A cheap test before SELF_CREDIT: the line ends on the writer ("… the author.", "… me"). */
function endsOnSelf(line: string): boolean {
  const tail = line.slice(-14).toLowerCase();
  return tail.includes("author") || tail.endsWith(" me") || tail.endsWith(" me.") || tail.includes("truly");
}

/** A picture the writer made, credited as such after the caption's sentence. */
const SELF_CREDIT = /[.!?]["'”’]?\s+(?:image|photo|picture|diagram|chart|graph|graphic|screenshot|illustration|drawing|sketch)s? (?:by|from) (?:the author|author|me|yours truly)\.?$/i;
const SENTENCE_THEN_ADDRESS_CREDIT = /[.!?)]\s+[A-Za-z0-9-]{2,30}\.(?:[Cc][Oo][Mm]|[Nn][Ee][Tt]|[Oo][Rr][Gg]|[A-Za-z]{2})(?:\.[A-Za-z]{2})?\s*\/\s*\p{Lu}[\p{Lu} .'’-]{2,40}$/u;
const TRAILING_CREDIT = /[.!?؛।]["'”’»«]*\s+(?:[-–—]\s+)?(?:©\s*)?(picha na|photograph|photo|picture|image|imagem|imagen|immagine|bild|bildquelle|quelle|fonte|crédito|illustration|illustrasjon|illustratie|ilustración|illustrazione|composite|graphic|graph|chart|grafik|grafica|gráfico|infographic|infografik|infografía|infographie|diagram|diagramm|map|karte|carte|mapa|screenshot|bildschirmfoto|fotografia|fotografía|fotografie|foto|fotó|fotoğraf|zdjęcie|fot\.|kuva|credit|photo credit|crédit photo|crédits photos|crédit|фото|иллюстрация|ілюстрація|инфографика|інфографіка|світлина|φωτογραφία|φωτό|φωτ\.|צילום|ảnh|عکس|تصوير|صورة|사진|ছবি|फोटो|ภาพ|larawan)s?\s*[:：=]?\s*[«„“"]?[\p{Lu}\p{Lo}][^.:]{1,60}(?:\.[a-z]{2,6})?$/iu;
// Chinese captions: "图为…" (pictured is …) opening, "…记者 李明 摄" (shot by), "（新华社记者 李明 摄）", "（摄影：…）" or Taiwan's "（圖／中央社）" closing.
// Japanese: the wire's credit after the time in brackets, "…列車（12日午前、共同）".
// "…（受访者供图）", "…（资料图片由某某提供）": a picture given by whom the caption names.
const CJK_CAPTION = /^图为|^圖為|\S\s*摄$|\S\s*攝$|[（(]\s*[圖图]\s*[／/][^（）()]{1,30}[)）]$|[（(][^（）()]{1,30}\s*[摄攝][)）]$|[（(]\s*(?:摄影|攝影|撮影)\s*[:：][^（）()]{1,20}[)）]$|（[^（）]{0,30}(?:共同|時事|ロイター|AP|AFP|EPA|ゲッティ)[^（）]{0,10}）$|[（(][^（）()]{0,20}(?:供图|供圖|提供)[)）]$/u;
/** What CJK_CAPTION needs at the line's ends: "图为…", "…摄", "…）". */
/**
 * A Japanese magazine's credits closing a caption, a name in Japanese after each label, no stop before them:
 * "コート¥49,500／Maison Hiraku Photo: 森田 航 Styling: 川口 結衣", "…（写真：森田航）".
 */
const JAPANESE_NAME = String.raw`[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{1,6}(?:[ 　][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{1,6})?`;
const JAPANESE_MAGAZINE_CREDITS = new RegExp(
  String.raw`\S\s+(?:Photo|Photograph|写真)\s?[:：]\s?${JAPANESE_NAME}(?:\s+(?:Styling|Text|Hair|Make-?up|Hair & Make-?up|Model|スタイリング|文|ヘアメイク|モデル)\s?[:：]\s?${JAPANESE_NAME})*$`,
  "u",
);

function mayBeCjkCaption(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last === 0x6444 || last === 0x651d || last === 0xff09 || last === 0x29 || line.startsWith("图为") || line.startsWith("圖為");
}
// Japanese press captions give date and place after a full-width equals sign: "…新型車両＝26日午前、みなと市".
// Some pages set the sign in ASCII after the Japanese text ("…の職員=2025年3月13日午前、…撮影").
const JAPANESE_CAPTION = /[＝]|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])=/u;
const JAPANESE_CAPTION_TAIL = /[=＝][^=＝。]{1,40}$/u;
// Or in brackets closing the line, a day then a place: "運転を再開した東海道新幹線（30日午前、JR東京駅）".
// Or who took it, in brackets: "…で確認できる（筆者撮影）" (taken by the writer), "（写真：共同）", "（画像提供：○○）".
const JAPANESE_BRACKET_CAPTION = /[^。]（[\d０-９]{1,2}日[^（）、。]{0,6}、[^（）。]{1,25}）$|（(?:筆者|編集部|記者)?撮影[^（）]{0,12}）$|（[^（）]{0,12}撮影）$|（(?:写真|画像|画像提供|写真提供|提供)[：:・][^（）]{1,25}）$/u;
// A bracketed credit closing the line, "(Photo: AP)", "[Image: Getty Images]". Bounded
// and anchored at the end, so a long line of unclosed brackets stays linear.
/** A caption's credit in brackets at its end ("… vatandaşlar (Fotoğraf: Murat Kaya / Gündem Haber)") split off: [caption, credit], or null. */
export function splitBracketedCredit(text: string): [string, string] | null {
  const found = PAREN_CREDIT.exec(text);
  if (!found || found.index === 0) return null;
  const credit = found[0].trim().slice(1, -1).trim();
  return [text.slice(0, found.index).trim(), credit];
}

const PAREN_CREDIT = /[(\[（]\s*(file photo|file image|file pic|representational image|representative image|image for representation|symbolbild|symbolfoto|प्रतीकात्मक तस्वीर|प्रतीकात्मक फोटो|प्रतीकात्मक चित्र|तस्वीर|photo|image|imagem|imagen|immagine|picture|fotoğraf|foto|fotó|fot|kuva|credit|crédit|quelle|bildquelle|fonte|bild|photograph|фото|φωτογραφία|φωτό|φωτ|צילום|ảnh|عکس|صورة|الصورة|تصوير|写真|图|圖|ภาพ|ພາບ|រូបថត|រូបភាព|ဓာတ်ပုံ|ছবি|फोटो|फाइल फोटो|資料照|资料图|資料照片|资料照片)s?(?![\p{L}])[^()\[\]]{0,100}[)\]）]\s*$/iu;
// "(Express Photo by Praveen Khanna)", "(Reuters Photo: Jane Roe)": a paper's name before its word for the photo.
const OUTLET_PHOTO_CREDIT = /\(\s*\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,2}\s+(?:[Pp]hoto|[Pp]hotograph|[Pp]ic|[Pp]icture)s?\s*(?:by|:)\s*[^()]{2,60}\)\s*$/u;
// "… for the first time since 2017.(ABC New England: Lucy Thackray)": the outlet and the photographer in brackets, after
// the caption's sentence (glued to its stop, as the page's spans print it, or a space apart).
// Not a wire's credits in the same shape: "(Editing: Mark Heinrich)", "(Additional reporting: Sam Jones)", "(Translation: …)".
const OUTLET_COLON_NAME = /[.!?]["'”’]?\s*\((?!(?:Additional |Extra )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Tt]ranslation|[Rr]esearch|[Ii]nterview|[Gg]raphics?|[Vv]ideo|[Pp]roduction|[Ss]ource)s?\b)\p{Lu}[\p{L}&.'’ -]{1,40}:\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\)$/u;
// "… Nyandarua County. [Mercy Kahenda, Standard]": the photographer and the paper in square brackets.
const BRACKETED_NAME_OUTLET = /[.!?]["'”’]?\s+\[\p{Lu}[\p{L}.'’ -]{2,40},\s*\p{Lu}[\p{L}.'’ &-]{1,30}\]$/u;
// "… a city parking study. Hector Amezcua/hamezcua@sacramentocourier.com": the photographer and an address.
const SENTENCE_THEN_NAME_EMAIL = /[.!?]["'”’]?\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*\/\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
// The wire services' own form, "(AP Photo/Jeffrey T. Barnes)": an agency's capitals before "Photo/". Case-sensitive.
const AGENCY_PHOTO_CREDIT = /[(\[]\s*[A-Z]{2,10}\s+(?:Photo|PHOTO)s?\s*\/[^()\[\]]{1,100}[)\]]\s*$/;
// The source named with a capital and no sentence's stop: "Image copyright law is complicated, lawyers say." is prose.
// "Crédito" alone opens headlines too ("Crédito Agrícola lucra …"): with its comma only.
// "of", or the photo's word before it, and a name after ("Courtesy calls to elderly neighbours …" is a headline).
const STANDALONE_COURTESY = /^(?:(?:[Pp]hoto|[Ii]mage|[Pp]icture)s?\s+courtesy(?:\s+of)?|[Cc]ourtesy\s+of)\s+(?:the\s+)?\p{Lu}[^.,;:!?]{1,58}$/u;
const PHOTO_SOURCE_LABEL = /^(?:(?:[Ii]mage copyright|[Ii]mage source|[Ff]uente de la imagen|[Cc]rédito de la imagen|[Ff]onte da imagem|[Cc]opyright de la imagen)\s*,?|(?:[Cc]rédito|[Aa]utor do crédito)\s*,)\s+\p{Lu}[^!?]{0,60}(?<![.!?])$/u;
/** BBC's caption labels in its World Service languages and its label glued to the caption ("Image captionResidents …"). */
// And a numbered figure's caption, as reports and engineering blogs set it: "Figure 1: p99 latency …", "Fig. 3. Boreholes …".
const LABELLED_CAPTION = /^(?:[Pp]ie de foto|[Ll]egenda da foto|[Ll]égende image)\s*,\s*\S|^(?:Image|Media) caption(?=\p{Lu})|^(?:Figure|FIGURE|Fig\.|Abbildung|Abb\.)\s*\d{1,3}[a-z]?\s*(?::\s+\S|\.\s+[\p{Lu}\p{N}])/u;
const CAPTION_PREFIX = /^(photograph|photo|image|picture|pictured|caption|illustration|composite|graphic|foto|fotó|fotoğraf|zdjęcie|kuva|bild|grafik|file photo|фото|світлина|снимка|φωτογραφία|φωτό|φωτ\.|צילום|ảnh|عکس|صورة|写真|撮影|摄影|攝影|图片|사진|ছবি|फोटो|ภาพ)\s*(:|：|-|–|—|=)\s*\S|^(photo|photograph|picture)\s+by\s+\S|^image caption\s+\S/iu;
// "Участники фестиваля на набережной / Фото: пресс-служба мэрии", "… nesta segunda-feira (30) — Foto: Rafael
// Duarte/g1": the credit's label set off by a slash, bar or dash, closing a caption that ends with no stop.
// The label capitalised, as credits print it ("… - photo: nothing" is a sentence).
const SET_OFF_LABEL = /\S\s+[/|–—-]\s*(?:Photograph|Photo|PHOTO|Picture|Image|Foto|FOTO|Fotó|Fotoğraf|Zdjęcie|Fot\.|Kuva|Bild|Фото|ФОТО|Світлина|Φωτογραφία|Φωτό|Φωτ\.|צילום|Ảnh|عکس|صورة|사진|ছবি|फोटो|ภาพ)s?\s*$/u;

/** SET_OFF_LABEL before the line's last colon, and a credit of a few words after it: read around that colon only. */
function hasSetOffLabelCredit(line: string): boolean {
  const colon = Math.max(line.lastIndexOf(":"), line.lastIndexOf("："));
  const credit = line.slice(colon + 1).trim();
  if (colon < 3 || credit.length < 2 || credit.length > 61 || credit.includes("|") || !/^[\p{L}\p{N}]/u.test(credit)) return false;
  return SET_OFF_LABEL.test(line.slice(Math.max(0, colon - SET_OFF_LABEL_WINDOW), colon));
}

/** Characters before the colon that hold the separator and the label ("… / Φωτογραφία"). */
const SET_OFF_LABEL_WINDOW = 24;
/** "… getijdengebied. Foto Merlijn Doomernik": the label without its colon, as Dutch papers print it. */
// "… nyumbani kwake. Picha na Rehema Juma": Swahili's "photo by"; "… Mateusza Wróbla. Fot. Paweł Grzelak": Polish's abbreviation.
const FOTO_WITHOUT_COLON = /[.!?]\s+(?:[-–—]\s+)?(?:foto|photo|bild|kuva|picha na|fot\.)\s+\p{L}/iu;
/** CAPITALS_CREDIT, its capitals a person's name once written in title case ("MÒNICA TORRES" → "Mònica Torres"). */
function capitalsCredit(line: string): boolean {
  const m = CAPITALS_CREDIT.exec(line);
  if (!m) return false;
  const name = m[1]!.replace(/\p{L}+/gu, (word) => word[0]! + word.slice(1).toLowerCase());
  return looksLikePersonName(name);
}

const SHORT_TRAILING_CREDIT = /[.!?]["'”’]?\s+(?:\((?:[A-Z]{2,6}|Reuters|Getty|File|file) (?:[Pp]hoto|PHOTO|[Ff]ile [Pp]hoto|[Ii]mage)s?\)|[Ff]ile [Pp]hoto|FILE PHOTO|\/\s?(?:FILE|COURTESY|(?:[A-Z]{2,6}[-–])?\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){1,3}))$/u;
// "… le 1er mars 2025. JEAN-PAUL DUMONT POUR « LE COURRIER DE FRANCE »": the photographer, then the paper they shot for, in capitals.
const CAPITALS_CREDIT = /[\p{Ll}\d][.!?]["'”’»)]*\s+(\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?:\s+\p{Lu}{2,}(?:[-'’]\p{Lu}+)*){1,3})(?:\s+(?:POUR|FOR|PARA|PER|FÜR)\s+«?\s*[\p{Lu}\d’'. -]{2,40}?\s*»?)?$/u;
/**
 * Credits that name the photographer after the caption in forms the other patterns miss: "… the best ones. Wanderly / Will
 * Dickey" (the outlet, a spaced slash, the photographer), "… with the city. ST PHOTO: JASON QUAH" (the paper's initials over
 * its word for the photo, in capitals), "… 30-án Fotó: Vasvári Tamás / MTI" (the label, the name and the agency, after a
 * caption with no stop), "… (File photo) ABIGAIL DOUGHERTY/STUFF" (the name and the outlet in capitals).
 */
function hasNamedCredit(line: string): boolean {
  if (!line.includes("/") && !line.includes("PHOTO")) return false;
  const outletName = OUTLET_SLASH_NAME.exec(line);
  if (outletName && looksLikePersonName(outletName[1]!)) return true;
  if (CAPITALS_PAPER_PHOTO.test(line) || LABEL_NAME_SLASH_AGENCY.test(line)) return true;
  const capitals = CAPITALS_NAME_SLASH_OUTLET.exec(line);
  return capitals !== null && looksLikePersonName(capitals[1]!.replace(/\p{L}+/gu, (word) => word[0]! + word.slice(1).toLowerCase()));
}

const OUTLET_SLASH_NAME = /[.!?]["'”’)]*\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’.-]*){0,3}\s\/\s(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})$/u;
const CAPITALS_PAPER_PHOTO = /[.!?]["'”’)]*\s+\p{Lu}{2,6}\s+PHOTOS?:\s*\p{Lu}[\p{Lu} .'’-]{2,40}$/u;
const LABEL_NAME_SLASH_AGENCY = /\S\s+(?:Foto|Fotó|Photo|Fot\.|Zdjęcie|Kuva|Bild|Φωτογραφία|Фото)\s*:\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*\/\s*\p{Lu}[\p{L}&.'’ -]{1,30}$/u;
const CAPITALS_NAME_SLASH_OUTLET = /[.!?)]["'”’]*\s+(\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?:\s+\p{Lu}{2,}(?:[-'’]\p{Lu}+)*){1,3})\/\p{Lu}{2,}[\p{Lu} ]{0,20}$/u;

/** Longer than this, a line is a paragraph, whatever it ends with. */
const MAX_CREDITED_CAPTION = 250;
// "… get it. Credit... Doug Mills/The Times", "… Credit: Jane Roe": the credit after the caption's last sentence.
const CREDIT_AFTER = /[.!?]["'”’»)]*\s*credits?\s*(?:\.{2,}|…|:)\s*\S[^.]{1,80}$/iu;
// "… [File: Reuters]", "(Image: x / Getty Images)", "[SpaceX via Nasa]": a bracketed source closing the line.
const BRACKET_SOURCE = /[(\[]\s*(?:file|image|photo|pictured|picture|video)\s*:[^()\[\]]{1,80}[)\]]\s*$|\[[^\[\]]{1,40}\svia\s[^\[\]]{1,40}\]\s*$/iu;
const AGENCIES =
  "AP|AFP|Reuters|REUTERS|Getty Images|EPA|EPA-EFE|Bloomberg|Xinhua|Anadolu|SANA|NurPhoto|Shutterstock|Alamy|PA|PA Images|dpa|ANSA|Ansa|Sipa|Sipa USA|Zuma|ZUMA Press|AAP|Kyodo|Yonhap|Redux|" +
  // The photo agencies of European and Brazilian papers.
  "LaPresse|Fotogramma|Imagoeconomica|GEPA|IMAGO|Imago|Icon Sport|Panoramic|Keystone|Belga|ANP|Europa Press|Agência Brasil|Folhapress|Estadão Conteúdo|TASS|EFE|Efe|" +
  // Stock libraries, and the press-release wires' photo services.
  "Pixabay|Unsplash|Pexels|iStock|iStockphoto|Adobe Stock|PRNewsfoto|Business Wire|GlobeNewswire";
// "AP Photo: Wind turbines stand on a ridge …": the agency's label opening the caption.
// Singular, the caption in sentence case after it: "AP Photos: Scenes from the flooded Midwest" titles a gallery.
const AGENCY_LABEL_OPENING = new RegExp(`^(?:${AGENCIES})\\s+(?:Photo|PHOTO|Foto|FOTO)\\s*:\\s*\\p{Lu}\\p{Ll}*(?:\\s+(?:\\p{Ll}\\S*|\\d\\S*|\\p{Lu}\\S*(?=\\s+\\p{Ll}))){2,}`, "u");
/** A photo agency, then its photographer ("IMAGO/Team 2", "dpa/Bernd Weißbrod", "Getty Images/iStockphoto"). */
const AGENCY_SLASH_NAME = new RegExp(`^(?:${AGENCIES})\\s*\\/\\s*[\\p{L}\\p{N} .'’-]{2,40}$`, "u");
// "… on the A6 motorway. © Stéphane de Sakutin / AFP", "© Jane Roe / Reuters", "Photograph: © Getty Images":
// a © that credits a photo, after a caption's sentence or a label, or alone. The site's own notice names a
// year or its rights ("© 2024 Example. All rights reserved.").
// "(Image: © GearSignal / Priya Raman)", "Image credit: © …": the label in brackets, or with its word for credit.
// "… de Namur. © RTM – Sophie Renard": the outlet and the photographer set apart by a dash or a bar as well.
// "© Иван Гуляев / «Сибирский вестник»": the outlet after the photographer may stand in quotes.
const PHOTO_COPYRIGHT = /^(?:\(\s*)?(?<before>(?:photo(?:graph)?|image|picture|foto|bild|crédit|credit)s?(?:\s+credits?)?\s*(?:[:：]\s*|(?=©))|.*?[\p{L}\p{N}][.!?]["'”’»)]*\s+)?\(?\s*©\s*(?<label>(?:Foto|Photo|Bild|FOTO|PHOTO)\s*[:：]\s*)?(?<credit>\p{L}[\p{L} .'’&-]{0,60}?(?:\s*[/–—|]\s*[«"“„]?\p{L}[\p{L} .'’&-]{0,40}[»"”]?)?)\s*\)?$/iu;
const CAPTION_THEN_NAME_SLASH_AGENCY = /[\p{L}\p{N}](?:\s+[-–—])?\s+©\s*\p{Lu}[\p{L} .'’-]{1,40}\/\s*\p{Lu}[\p{L}&.'’ -]{1,30}$/u;
const SITE_NOTICE = /\d{4}|rights|reserv|droits|rechte|derechos|diritti|direitos|права/i;
const AGENCY_NAMES = new Set([...AGENCIES.split("|"), "Getty"]);

/**
 * A photo's credit with a ©: after a caption's sentence or a label, or naming
 * an outlet after a slash, or an agency. Only what follows the © is asked for
 * a year or rights: the caption before it may well date the photo ("… in
 * Leeds, May 12, 2025. © Name / AFP") or speak of rights.
 */
export function isPhotoCopyright(line: string): boolean {
  const mark = line.indexOf("©");
  if (line.length > 400 || mark < 0 || SITE_NOTICE.test(line.slice(mark))) return false;
  const m = PHOTO_COPYRIGHT.exec(line);
  // "Игроки празднуют гол © Кирилл Зыков/ТАСС": a caption with no stop, then the photographer and the agency.
  if (!m) return CAPTION_THEN_NAME_SLASH_AGENCY.test(line);
  const credit = m.groups!.credit!.trim();
  // "© Foto: Kristoffer Vang": the photo's word after the ©.
  // "© Giulia Ferraresi": a person's name alone after the mark, the photographer's (a site's notice has its year or its rights).
  return m.groups!.before !== undefined || m.groups!.label !== undefined || credit.includes("/") || AGENCY_NAMES.has(credit) || (mark === 0 && looksLikePersonName(credit));
}

// (No /i: under it \p{Lu} would take lower case too, and "Chart: the figures" is a sentence's start.)
const CHART_SOURCE = /^(?:Chart|Graphic|Infographic|Map|Grafik|Infografik|Karte|CHART|GRAPHIC|MAP)\s*[:：]\s*\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}$/u;

// "Evan Vucci/AP", "Tom Williams/CQ-Roll Call, Inc./Getty Images": name(s) then an agency.
// "David Paul Morris | Bloomberg | Getty Images": the parts set off by slashes or bars alike.
// "Markus Scholz/picture alliance via Getty Images": the agency that carried another's photo, after "via".
const NAME_SLASH_AGENCY = new RegExp(`^[\\p{L} .,'&-]{2,60}(\\s*[/|]\\s*[\\p{L} .,'&-]{2,60}){0,2}\\s*[/|]\\s*(?:[\\p{L} .,'&-]{2,40}\\s+via\\s+)?(${AGENCIES}|Getty)(\\s+file)?$`, "u");
// "… on opening day. Jordan Lee/Riverside Courier": a sentence, then photographer/outlet.
// "… on Monday. (Noah Berger / Associated Press)": the same, in brackets.
const NAME_SLASH_OUTLET = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*\/\s*\p{Lu}[\p{L}&.'’ -]{1,40}`;
const SENTENCE_THEN_NAME_SLASH = new RegExp(String.raw`[.!?]["'”’)]*\s+(?:${NAME_SLASH_OUTLET}|\(\s*${NAME_SLASH_OUTLET}\))$`, "u");
// "A ministra durante audiência no Senado (Pedro França/Agência Senado)": photographer/outlet in brackets
// closing a caption with no stop (a paragraph's last sentence ends in one).
const PAREN_NAME_SLASH_OUTLET = new RegExp(String.raw`[^.!?\s]\s+\(\s*${NAME_SLASH_OUTLET}\s*\)$`, "u");
// "… early Tuesday. (WBRX 5 / Marcus Lee)": the outlet, then its photographer, in brackets after the caption's sentence.
// The outlet by its call letters or its channel's number ("WBRX 5", "KSL TV"): "(Leeds / Sheffield United)" names two teams.
const PAREN_OUTLET_SLASH_NAME = /[.!?]["'”’]?\s+\(\s*(\p{Lu}[\p{L}\d&.'’ -]{1,40}?)\s*\/\s*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*\)$/u;

function parenOutletSlashName(line: string): boolean {
  const m = PAREN_OUTLET_SLASH_NAME.exec(line);
  // The outlet by its capitals, its number or its web address ("(KabarWisata.id / Rina Hapsari)").
  return m !== null && /\p{Lu}{2}|\d|\.[a-z]{2,6}$/u.test(m[1]!) && looksLikePersonName(m[2]!);
}
// "… in Braunau am Inn, Austria. Leonhard Foeger / Reuters file", "… the drug. Getty": a sentence, then who took it.
const SENTENCE_THEN_AGENCY = new RegExp(`[.!?]["'”’)]*\\s*(?:[\\p{Lu}][\\p{L}.'-]*(?:\\s+[\\p{Lu}][\\p{L}.'-]*){0,3}\\s*[/|]\\s*)?(?:${AGENCIES}|Getty)(?:\\s+(?:file|pictures|photo|images))?$`, "u");

/** A stand-alone photo credit line: "REUTERS/Omar Sanadiki", "(Photo: AP)", "Evan Vucci/AP", "(AP Photo/Evan Vucci)". */
// (Not a wire's dateline alone: "PARIS (AFP)", "NEW YORK (AP)" name the wire a story came from.)
const MORE_STANDALONE_CREDITS = /^©\s*(?:Foto|Photo|Bild|FOTO|PHOTO)\s*[:：]\s*\p{L}[^.©]{1,60}$|^\(?(?:Supplied|SUPPLIED|Provided|Handout) by\s+\p{Lu}[^.,;:!?]{1,50}\)?$|^\p{Lu}[\p{Lu} .'’-]{2,40}\s+\((?:EFE|EPA|dpa|ANSA|Europa Press|Getty Images)\)$|^[Ff]ot\.\s+\p{Lu}.{2,60}$|^(?:Foto|Photo|Fotó) \p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,3}(?: (?:per|for|für|pour|para|voor|dla) \p{Lu}.{1,40})?$|^©\s*[\p{L}\d][^©]{0,50}\/\s*(?:Getty Images|Reuters|AFP|AP|dpa|imago|IMAGO|picture alliance|Shutterstock|iStock|Alamy|EPA)$/u;

/** "Quelle:", "Bildquelle:": a German credit's label (its value an agency's credit). */
const SOURCE_LABEL_CREDIT = /^(?:Bild)?[Qq]uelle\s*[:：]\s*[^.]{2,70}$/u;
const AGENCY_IN_CREDIT = new RegExp(`(?:^|[\\s:/])(?:${AGENCIES}|Getty|picture alliance)(?:$|[\\s/,])`, "u");

/**
 * "Riverland News: Eliza Cobb" (in brackets on its own line): an outlet, a colon, a photographer's name; not a wire's
 * other credits in the same shape ("Editing: Mark Heinrich", "Additional reporting: Sam Jones").
 */
function outletColonPhotographer(inner: string): boolean {
  const m = OUTLET_COLON_PHOTOGRAPHER.exec(inner);
  return m !== null && !WIRE_ROLE.test(m[1]!) && looksLikePersonName(m[2]!);
}

const OUTLET_COLON_PHOTOGRAPHER = /^(\p{Lu}[\p{L}&.'’ -]{1,40}):\s*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$/u;
const WIRE_ROLE = /^(?:Additional |Extra )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Tt]ranslation|[Rr]esearch|[Ii]nterview|[Gg]raphics?|[Vv]ideo|[Pp]roduction|[Ss]ource|[Ww]ords|[Tt]ext|[Aa]uthor|[Bb]y)s?\b/;

/** A broadcaster's call sign: K or W in the US, C in Canada, then two or three capitals (and its band or TV). */
const CALL_SIGN = /^[KWC][A-Z]{2,3}(?:-(?:TV|DT|FM|AM|CD))?$/;

/** A wire's or a photo agency's name, maybe with its photographer after a slash or "via". */
const BRACKETED_AGENCY = /^(?:PA(?: Wire| Media| Images)?|AAP(?: Image)?|AP|AFP|EPA(?:-EFE)?|Reuters|Getty(?: Images)?|EFE|ANSA|dpa|DPA|Shutterstock|Alamy|iStock|Xinhua|Bloomberg|PTI|ANI|Sipa|SIPA|ABACA|MAXPPP|Keystone|Anadolu|Kyodo|Yonhap)(?:\s*(?:\/|via)\s*[^()]{1,40})?$/;

export function isStandaloneCredit(line: string): boolean {
  // "By Jane Doe | Reuters" is the writer's byline, whatever agency it names.
  if (line.length > 90 || BYLINE_OPENER.test(line)) return false;
  // "(A. Martin/L'Équipe)": a credit in brackets is a credit.
  const bracketed = /^\((.+)\)$/.exec(line);
  if (bracketed && !bracketed[1]!.includes("(") && isStandaloneCredit(bracketed[1]!)) return true;
  // "(PA Wire)", "(AFP)", "(Getty Images)": a photo agency alone in brackets, under the caption.
  if (bracketed && BRACKETED_AGENCY.test(bracketed[1]!)) return true;
  // "(KCRX)", "(WSB-TV)": a North American broadcaster's call sign in brackets, under the still it credits.
  if (bracketed && CALL_SIGN.test(bracketed[1]!)) return true;
  // "JUAN CARLOS HIDALGO (EFE)", "Fot. Kuba Atys / Kurier Tygodniowy", "Foto Marco Lenzi per Pagina Nove", "© Westend61/Getty Images".
  if (MORE_STANDALONE_CREDITS.test(line)) return true;
  // "(Riverland News: Eliza Cobb)": the outlet and its photographer, in brackets, as a line of their own.
  if (bracketed && line.includes(":") && outletColonPhotographer(bracketed[1]!)) return true;
  // "Quelle: picture alliance/dpa/Britta Pedersen": a source label over an agency's credit.
  if (SOURCE_LABEL_CREDIT.test(line) && (line.includes("/") || AGENCY_IN_CREDIT.test(line))) return true;
  return (
    // ("Photo / Supplied", "Φωτ.: Γιάννης Σταυρίδης": a slash for the colon, Greek's abbreviation.)
    // ("Ilustrační foto: Horizont/Jana Mrázková", "File photo: …": the photo's kind before its label.)
    /^(\(?\s*(?:(?:ilustrační|ilustračné|ilustracyjne|ilustrativa|ilustrativo|archivní|archivné|archiwalne|file)\s+)?(photo(?:graph)?|photographer|photographe|fotograf|fotógrafo|fotografo|image|picture|screenshot|screengrab|capture d['’]écran|bildschirmfoto|illustration|ilustración|illustrazione|rendering|simulation|credit|foto|fotó|fotoğraf|zdjęcie|kuva|kuvat|bild|ảnh|ภาพ|фото|світлина|снимка|צילום|عکس|تصوير|تصویر|صورة|فوٹو|फोटो|ছবি|사진|写真|撮影|摄影|攝影|picha|larawan|kuha ni|φωτ\.|φωτογραφία)s?\s*(by|credit)?\s*(?:[:：]|\s\/)\s*[^.]{1,70}\)?)$/iu.test(line) ||
    // "Chart: Stackframe", "Map: Ordnance Survey": a chart's or a map's source by its name alone (not "(Graphic: Global assets - here)", a link in the text).
    CHART_SOURCE.test(line) ||
    // "IMAGO/Team 2", "dpa/Bernd Weißbrod": a photo agency, then its photographer; "KOMPAS.com/RINA KUSUMAWATI":
    // the outlet by its address, then its photographer in capitals.
    (line.includes("/") && (AGENCY_SLASH_NAME.test(line) || /^[A-Za-z]+\.(?:com|net|org|co(?:\.[a-z]{2})?|[a-z]{2})\s*\/\s*\p{Lu}[\p{Lu} .'’-]{2,40}$/u.test(line))) ||
    // "David Okafor for The Atlantic": the photographer, working for the outlet (a byline opens with its "By").
    (line.includes(" for ") && nameForOutlet(line)) ||
    // "Courtesy of Alton Community Market", "Photo courtesy of the Hale family": who lent the photo, on a line of its own.
    STANDALONE_COURTESY.test(line) ||
    // BBC's labels for the photo's source, before and after 2020, in its World Service languages: "Image copyright Getty Images",
    // "Fuente de la imagen, Reuters", "Crédito, Getty Images", "Autor do crédito, Reuters".
    PHOTO_SOURCE_LABEL.test(line) ||
    // "Kuha ni Jun Mendoza", "Picha na Maktaba": who took it, in Tagalog and Swahili.
    /^(?:kuha ni|larawan ni|picha na)\s+\p{Lu}[\p{L} .'’-]{1,50}$/iu.test(line) ||
    /^[A-Z][A-Za-z]+\s*\/\s*[\p{L} .'-]+$/u.test(line) && AGENCY_CREDIT.test(line) ||
    /^\(?(AP|AFP|Reuters|EPA|Xinhua) Photo\s*\/\s*[^)]{2,60}\)?$/.test(line) ||
    // "Getty Images", "Reuters file photo"; "Reuters" alone is the story's source, printed under its headline as a byline.
    /^(getty images|ap photo|afp photo)\b[^.]*$|^reuters\b[^.]+$/i.test(line) ||
    /^image copyright\s+\S[^.]{1,60}$/i.test(line) ||
    // "SUPPLIED", "Handout": who gave the photo, alone under it; "Courier file photo", "Submitted photo" as local papers print it.
    /^\(?(?:supplied|handout|file photo)\)?$/i.test(line) ||
    /^(?:\p{Lu}[\p{L}.'’&-]*\s+){1,3}file (?:photo|image|picture)$|^(?:submitted|contributed|courtesy|staff) (?:photo|image|picture)s?$/iu.test(line) ||
    nameSlashOutlet(line) ||
    /^(photo|photograph|picture|illustration)s?\s+by\s+[^.]{2,70}$/i.test(line) ||
    ((line.includes("/") || line.includes("|")) && NAME_SLASH_AGENCY.test(line)) ||
    // "© Jane Roe / Reuters", "Photo © Jane Owner": the © alone or right after the photo's word.
    (/^\(?\s*(?:(?:photo(?:graph)?|image|picture|foto|bild)s?\s*)?©/i.test(line) && isPhotoCopyright(line))
  );
}

/**
 * "David Okafor for The Atlantic", "Jane Doe for NPR": a photographer working for an outlet. The outlet is
 * named as outlets are: "The …" (a capital The), a brand set in capitals or camel case (NPR, ProPublica),
 * or ending on a newsroom's word (Bloomberg News, Texas Tribune); not "for Best Actress", "for the Senate",
 * "for City Council", "for Free".
 */
function nameForOutlet(line: string): boolean {
  const m = NAME_FOR_OUTLET.exec(line);
  return m !== null && looksLikePersonName(m[1]!) && (/^The\s/.test(m[2]!) || /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}\b/u.test(m[2]!) || NEWSROOM_WORD.test(m[2]!));
}

/** A name of two or three words, "for", an outlet of capitalised words ("The New York Times", "ProPublica and The Texas Tribune"). */
const NAME_FOR_OUTLET = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}) for ((?:The )?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:and |of |the |The )?\p{Lu}[\p{L}.'’&-]*){0,5})$/u;
const NEWSROOM_WORD = /\s(?:News|Times|Post|Tribune|Journal|Herald|Guardian|Press|Magazine|Review|Gazette|Chronicle|Telegraph|Globe|Observer|Courier|Daily|Weekly|Media|Radio|Television|Network)$/;

/**
 * "Jenna Kowalczyk/Oakland Press-Tribune", "DARCY FENWICK/THE CANADIAN PRESS": the photographer's name and
 * the outlet, alone on the line, as North American papers credit a photo (any outlet, not only the agencies).
 */
function nameSlashOutlet(line: string): boolean {
  const m = line.length <= 80 ? LONE_NAME_SLASH_OUTLET.exec(line) : null;
  if (!m) return false;
  // A name in capitals reads as one in title case: "DARCY FENWICK" → "Darcy Fenwick".
  const name = m[1]!.replace(/\p{L}+/gu, (word) => (word === word.toUpperCase() ? word[0]! + word.slice(1).toLowerCase() : word));
  return looksLikePersonName(name);
}

const LONE_NAME_SLASH_OUTLET = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*\/\s*\p{Lu}[\p{L}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|of|and|&)){0,4}$/u;

/** Marks a caption whatever its position: an explicit label or an agency credit. */
export function hasCaptionMarker(line: string): boolean {
  if (line.length > 800) return false; // captions are short; keeps every rule linear on huge lines
  if (line.length <= 120 && BYLINE_OPENER.test(line) && parseByline(line)) return false;
  // Each pattern runs only when the line holds what it cannot match without (a slash, a closing
  // bracket, a colon, an agency's name at the end): most lines are prose and need none of them.
  const slash = holds(line, CAPTION_SLASH);
  const last = line.charCodeAt(line.length - 1);
  return (
    CAPTION_PREFIX.test(line) ||
    LABELLED_CAPTION.test(line) ||
    // "AP Photo: Wind turbines stand on a ridge near Arlington, Wyo.": the agency's label opening the caption.
    (line.length <= MAX_CREDITED_CAPTION && AGENCY_LABEL_OPENING.test(line)) ||
    (slash && (AGENCY_CREDIT.test(line) || SENTENCE_THEN_NAME_SLASH.test(line))) ||
    ((last === CLOSE_PAREN || last === CLOSE_BRACKET || last === FULLWIDTH_CLOSE_PAREN || /\s$/.test(line)) && (PAREN_CREDIT.test(line) || OUTLET_COLON_NAME.test(line) || AGENCY_PHOTO_CREDIT.test(line) || BRACKET_SOURCE.test(line) || OUTLET_PHOTO_CREDIT.test(line) || BRACKETED_NAME_OUTLET.test(line))) ||
    (holds(line, CAPTION_AT_SIGN) && slash && SENTENCE_THEN_NAME_EMAIL.test(line)) ||
    ((holds(line, CAPTION_COLONS) || (mayHold(line, FOTO_WORDS) && FOTO_WITHOUT_COLON.test(line))) && (TRAILING_CREDIT.test(line) || hasSetOffLabelCredit(line))) ||
    (last === CLOSE_PAREN && slash && line.length <= MAX_CREDITED_CAPTION && (PAREN_NAME_SLASH_OUTLET.test(line) || parenOutletSlashName(line))) ||
    (holds(line, CAPTION_EQUALS) && JAPANESE_CAPTION.test(line) && JAPANESE_CAPTION_TAIL.test(line)) ||
    (last === 0xff09 && line.length <= 100 && JAPANESE_BRACKET_CAPTION.test(line)) ||
    (mayBeCjkCaption(line) && CJK_CAPTION.test(line)) ||
    (line.length <= MAX_CREDITED_CAPTION && holds(line, CAPTION_PHOTO_LABELS) && JAPANESE_MAGAZINE_CREDITS.test(line)) ||
    (mayHold(line, CAPTION_CREDIT_CASELESS) && /credit/i.test(line) && CREDIT_AFTER.test(line)) ||
    // "… today (right). Diagram by the author.": the writer's own picture, credited to them.
    (holds(line, CAPTION_BY) && endsOnSelf(line) && SELF_CREDIT.test(line)) ||
    (endsWithAgency(line) && SENTENCE_THEN_AGENCY.test(line)) ||
    // "… el pasado jueves. MÒNICA TORRES": the photographer's name in capitals after the caption's sentence (as Spanish and French papers credit).
    (line.length <= MAX_CREDITED_CAPTION && capitalsCredit(line)) ||
    // "… on Tuesday. (PTI photo)", "… on Thursday. File photo", "… 2020. /KDM-KEVIN MUTISYA", "… /FILE": the agency's or the
    // paper's file credit, or the photographer after a slash, in capitals.
    (line.length <= MAX_CREDITED_CAPTION && (last === CLOSE_PAREN || last === 0x6f || last === 0x4f || slash) && SHORT_TRAILING_CREDIT.test(line)) ||
    (holds(line, CAPTION_FOR) && SENTENCE_THEN_NAME_FOR_OUTLET.test(line)) ||
    (line.length <= MAX_CREDITED_CAPTION && hasNamedCredit(line)) ||
    // "… Selasa (20/8/2024). WARTANUSA.ID/RINA KARTIKASARI": the outlet by its address, then its photographer in capitals.
    (slash && line.length <= MAX_CREDITED_CAPTION && SENTENCE_THEN_ADDRESS_CREDIT.test(line)) ||
    (last === CLOSE_PAREN && AGENCY_IN_BRACKETS.test(line)) ||
    (holds(line, CAPTION_COURTESY) && COURTESY_CREDIT.test(line)) ||
    (mayBeKoreanOrArabicCredit(line) && KOREAN_ARABIC_CREDIT.test(line)) ||
    (last === CLOSE_PAREN && (SOURCE_IN_BRACKETS.test(line) || (line.length <= MAX_CREDITED_CAPTION && SOURCE_LABEL_IN_BRACKETS.test(line)))) ||
    (holds(line, CAPTION_BAR) && (PIPE_CREDIT.test(line) || PIPE_CAPITALS_CREDIT.test(line))) ||
    (mayHold(line, PHOTOGRAPHER_WORDS) && mayEndWithPhotographer(line) && (TRAILING_BY_CREDIT.test(line.length > 120 ? line.slice(-120) : line) || UNSTOPPED_BY_CREDIT.test(line.length > 120 ? line.slice(-120) : line))) ||
    // "Budynek dawnego dworca w Jaśle fot. Archiwum": Polish's abbreviated label, no stop before it.
    (holds(line, CAPTION_OT_STOP) && line.length <= MAX_CREDITED_CAPTION && ABBREVIATED_FOT_CREDIT.test(line)) ||
    (last === CLOSE_PAREN && line.length <= MAX_CREDITED_CAPTION && PAREN_INITIALS_CREDIT.test(line)) ||
    (holds(line, CAPTION_DASHES) && line.length <= MAX_CREDITED_CAPTION && EM_DASH_CREDIT.test(line)) ||
    (slash && endsWithAgency(line) && DASH_DATE_AGENCY.test(line)) ||
    (holds(line, CAPTION_HOTO_SPACE) && PHOTO_AGENCY.test(line)) ||
    // "… in Wigan Credit: MEN Media": a tabloid's credit label after the caption, no stop between.
    (holds(line, CAPTION_CREDIT_LABELS) && line.length <= MAX_CREDITED_CAPTION && GLUED_CREDIT_LABEL.test(line)) ||
    // "… on Tuesday. Tom Willard via Getty Images": the photographer, then the agency that carried the photo.
    (holds(line, CAPTION_VIA) && line.length <= MAX_CREDITED_CAPTION && NAME_VIA_AGENCY.test(line)) ||
    isPhotoCopyright(line)
  );
}

// The words hasCaptionMarker's guards look for, asked of the line's index (rules/substrings.ts) before the line itself.
const CAPTION_BY = word(" by ");
const CAPTION_FOR = word(" for ");
const CAPTION_VIA = word(" via ");
const CAPTION_SLASH = word("/");
const CAPTION_EQUALS = word("＝", "=");
const CAPTION_AT_SIGN = word("@");
const CAPTION_CREDIT_LABELS = word("Credit", "Pic", "Photo", "Foto", "Bild", "Фото");
const CAPTION_PHOTO_LABELS = word("Photo", "写真");
const CAPTION_HOTO_SPACE = word("hoto ", "HOTO ");
const CAPTION_OT_STOP = word("ot.");
const CAPTION_COURTESY = word("ourtesy", "OURTESY");
const CAPTION_BAR = word("|");
const CAPTION_DASHES = word("—", "–");
const CAPTION_CREDIT_CASELESS = words("credit");
const CAPTION_COLONS = word(":", "：");
// FOTO_WITHOUT_COLON's words (it reads them in any case).
const FOTO_WORDS = words("foto", "photo", "bild", "kuva", "picha na", "fot.");
const PHOTOGRAPHER_WORDS = words("hoto", "icture", "mage", "oto ");

/**
 * A capitalised credit label after a caption of five words or more, with its colon, then a name in capitals
 * ("… in Wigan Credit: MEN Media", "… in Manchester Picture: PA"); not a subheading's topic and question
 * ("Child Tax Credit: What families need to know", "Best Picture: Oppenheimer").
 */
const GLUED_CREDIT_LABEL = /^(?:\S+\s+){4,}[^\s:]*\p{Ll}\s+(?:Credit|Credits|Picture|Pictures|Photograph|Pic|Photo|Foto|Fotoğraf|Fotó|Bild|Фото)s?:\s*\p{Lu}[\p{L}.&'’-]*(?:[\s/]+\p{Lu}[\p{L}.&'’-]*){0,4}$/u;
const NAME_VIA_AGENCY = new RegExp(String.raw`[.!?]["'”’)]*\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+via\s+(?:${AGENCIES})$`, "u");

/** The credit's word ("Picture by …", "Foto von …") among the last 90 characters: a cheap test before TRAILING_BY_CREDIT. */
function mayEndWithPhotographer(line: string): boolean {
  const from = Math.max(0, line.length - 90);
  return line.includes("hoto", from) || line.includes("icture", from) || line.includes("mage", from) || line.includes("oto ", from);
}

/** Hangul or Arabic letters near the end: a cheap test before KOREAN_ARABIC_CREDIT. */
function mayBeKoreanOrArabicCredit(line: string): boolean {
  return /[\uAC00-\uD7A3\u0600-\u06FF]/.test(line.slice(-24));
}

// "… 해운대 해수욕장 일대 전경. 부산시 제공" (provided by), "[연합뉴스 자료사진]" (file photo), "… (أرشيفية)" (archive),
// "… - واس" (the Saudi agency's credit), "… - أ ف ب"; "… 포장하고 있다. /사진=서울시 제공", "… (사진=테크온뉴스 DB)": the photo's label, then who.
// Or in square brackets: "… 해양 식물이다. [한국해양생태연구원 제공]", "… 군락 [사진=해양생태연구원]"; a Korean agency after a slash, "… /연합뉴스".
const KOREAN_ARABIC_CREDIT = /\S\s+[\p{Script=Hangul}\p{L}]{1,12}\s?제공$|[.\s]\s*[/(]?\s?사진\s?[=:：]\s?\S[^=()]{0,30}\)?$|\s[[(（]\s?[^[\]()（）]{1,30}\s제공\s?[\])）]$|\s\[\s?사진\s?[=:：]\s?[^[\]=]{1,30}\]$|\s\/\s?(?:연합뉴스|뉴시스|뉴스1)$|\[[^\]]{1,20}자료사진\]$|\((?:أرشيفية|ارشيفية|أرشيف)\)$|\s[-–]\s?(?:واس|أ ف ب|أ\.ف\.ب|رويترز|الأناضول)$/u;

// "… with pupils from the school orchestra. (Courtesy of the Hale family)", "… in 1920. Photo courtesy of the
// Historical Society": who lent the photo, after the caption's sentence.
const COURTESY_CREDIT = /[.!?]["'”’»)]*\s+\(?(?:(?:photo|image|picture)s?\s+)?courtesy(?:\s+of)?\s+[^().!?]{2,80}\)?$|[.!?]["'”’»)]*\s+\(?courtesy (?:photo|image|picture)\)?$/i;
// "… utility pole on Route 9. (Source: WXKT)": a broadcaster's credit for its still, the station by its call sign (four
// capitals from K, W or C, as North American broadcasters are named); "(Source: ONS)" after a statistic cites its source.
const SOURCE_LABEL_IN_BRACKETS = /[.!?]["'”’»]*\s+\(Source:\s*[KWC][A-Z]{3}(?:-(?:TV|DT|FM|AM))?\)$/u;
// "… (File photo)", "(Supplied)", "(Handout)", "(Westfield Gazette archive)": where the photo came from, in brackets.
const SOURCE_IN_BRACKETS = /[.!?]["'”’»]*\s+\((?:file(?: photo| image| picture)?|supplied|handout|submitted|contributed|stock(?: photo| image)?|[^()]{1,40}\barchives?)\)$/i;
// "… on Tuesday. | Photo: Getty Images": the credit set after a bar.
const PIPE_CREDIT = new RegExp(`\\S\\s+\\|\\s*(?:(?:photo|photograph|image|picture|credit|foto)s?(?:\\s+credits?)?\\s*[:：]\\s*\\S[^|]{1,60}|[^|/]{2,40}\\/\\s*(?:${AGENCIES}|Getty Images|Staff|File))$`, "iu");
// "… lundi 18 mars. | ARCHIVES THIERRY CREUX / LE RÉVEIL DE L'OUEST": the photographer and the paper in capitals after a bar.
// "… in Nandi Hills. | FILE PHOTO | AFRIWIRE": after the sentence's stop, its kind and the agency, each in capitals after a bar.
const PIPE_CAPITALS_CREDIT = /\S\s+\|\s*\p{Lu}[\p{Lu}\s.'’-]{2,40}\/\s*\p{Lu}[\p{Lu}\s.'’-]{1,40}$|[.!?]["'”’)]?\s+\|\s*\p{Lu}[\p{Lu}\s.'’-]{1,30}\s*\|\s*\p{Lu}[\p{Lu}\s.'’-]{1,30}$/u;
// "… at the rally on Sunday. — Online/File", "… in Manila. —JOHN REY SANTOS": the credit after an em dash, a desk's "Name/File" or a name in capitals.
const EM_DASH_CREDIT = /[.!?"”’)]\s*[—–]\s?(?:\p{Lu}[\p{L}.' -]{1,40}\/(?:File|Staff|Handout|Supplied)|\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3})$/u;
// "… on Tuesday afternoon. Picture by Jack Hennessy": the photographer after the caption's sentence, with no colon.
const TRAILING_BY_CREDIT = /[.!?]["'”’»)]*\s+(?:photo(?:graph)?s?|pictures?|images?|foto)\s+(?:by|von|par|por|di)\s+\p{Lu}[^.:!?]{1,60}$/iu;
// "Il letto del Po a Boretto Foto di Roberto Gallinari": a caption that ends with no stop, then the label capitalised
// and the photographer's name (an agency after a slash maybe); case-sensitive, so "… the photo by John" in a sentence is none.
const UNSTOPPED_BY_CREDIT = /[\p{L}\p{N})]\s+(?:Photo|Photograph|Picture|Image|Foto|FOTO|PHOTO)s?\s+(?:by|von|par|por|di|de|door|av|af)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}(?:\s*\/\s*\p{Lu}[\p{L}&.'’ -]{1,30})?$/u;
const ABBREVIATED_FOT_CREDIT = /[\p{L}\p{N})"”]\s+[Ff]ot\.\s*\p{Lu}[^.!?]{1,60}$/u;
// "… on Jefferson Street on Tuesday.(WVBT)": a broadcaster's call sign or an agency's initials in brackets after the sentence.
const PAREN_INITIALS_CREDIT = /[.!?]["'”’»]*\s*\(\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?\)$/u;
// "… Belo Horizonte (MG) - Washington Alves - 8.mar.2024/Reuters": the photographer, the day and the agency, set off by dashes.
const DASH_DATE_AGENCY = new RegExp(`\\s[-–]\\s\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s[-–]\\s[\\p{L}\\d.]{4,20}\\/(?:${AGENCIES})$`, "u");
// "… à Paris, mardi. Photo AFP": the word and the agency, with no colon, as French papers set it.
const PHOTO_AGENCY = new RegExp(`[.!?]["'”’»]*\\s+(?:photo|crédit photo)\\s+(?:${AGENCIES}|Getty Images)(?:\\s*\\/\\s*[^.]{1,60})?$`, "iu");

// "… where the bridge will cross the river (Reuters)": a caption that names its agency in brackets at its end
// (a wire story's dateline names it at the start: "LONDON (Reuters) -").
const AGENCY_IN_BRACKETS = new RegExp(`\\S\\s+\\((?:${AGENCIES}|Getty|EFE|ANSA|PAP|TASS)\\)$`, "u");

// "… empty since 1998. Leo Marsh for The Longshore Review": a commissioned photo's credit, the
// photographer for the outlet, after the caption's sentence.
const SENTENCE_THEN_NAME_FOR_OUTLET = /[.!?]["'”’)]*\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+for\s+(?:The\s+|the\s+)?\p{Lu}[\p{L}&.'’ -]{1,40}$/u;

const CLOSE_PAREN = 0x29;
const CLOSE_BRACKET = 0x5d;
const FULLWIDTH_CLOSE_PAREN = 0xff09;
/** The last word of each agency SENTENCE_THEN_AGENCY ends on. */
const AGENCY_LAST_WORDS = new Set([...AGENCIES.split("|"), "Getty"].map((agency) => agency.split(" ").pop()!));

/**
 * Ends on an agency's name, or on one and then "file": a cheap test before SENTENCE_THEN_AGENCY.
 * Split where that pattern lets an agency's name start: after spaces, a slash or bar, or a sentence's end.
 */
const AFTER_AGENCY = new Set(["file", "pictures", "photo", "images"]);

export function endsWithAgency(line: string): boolean {
  // The words of the last 40 characters, read back from the end: no more than the last one or two.
  const from = Math.max(0, line.length - 40);
  const last = wordBefore(line, line.length, from);
  if (last === null) return false;
  const word = line.slice(last.start, last.end);
  if (AGENCY_LAST_WORDS.has(word)) return true;
  // "… Reuters file", "… GEPA pictures": the agency before its word for the photo.
  const before = AFTER_AGENCY.has(word) ? wordBefore(line, last.start, from) : null;
  return before !== null && AGENCY_LAST_WORDS.has(line.slice(before.start, before.end));
}

/** The last word of `line` that ends at or before `end` and starts at or after `from`, split as endsWithAgency splits. */
function wordBefore(line: string, end: number, from: number): { start: number; end: number } | null {
  while (end > from && isAgencySeparator(line.charCodeAt(end - 1))) end--;
  if (end === from) return null;
  let start = end - 1;
  while (start > from && !isAgencySeparator(line.charCodeAt(start - 1))) start--;
  return { start, end };
}

/** `[\s/|.!?"'”’)]`: what stands between the words endsWithAgency reads. */
function isAgencySeparator(code: number): boolean {
  switch (code) {
    case 0x2f: case 0x7c: case 0x2e: case 0x21: case 0x3f: case 0x22: case 0x27: case 0x201d: case 0x2019: case 0x29:
      return true;
    default:
      return isWhiteSpace(code);
  }
}

/** What `\s` matches in a JavaScript pattern: the white space and line terminators of the language. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The caption text without a leading "Photo:" label (credits at the end are kept). */
export function captionText(line: string): string {
  // "[Photo: … Credit: Tom Hale]", "(Pictured: …)": a caption a writer set in brackets, its label inside them.
  const bracketed = /^[[(]\s*((?:photo|image|picture|pictured|caption|foto|bild)\s*[:：].+?)\s*[\])]$/iu.exec(line);
  const text = bracketed ? bracketed[1]! : line;
  const label = /^(?:(?:photo|image|picture|pictured|caption|foto|bild|صورة|写真|撮影|摄影|攝影|图片)\s*(?::|：|-|–|—)|image caption)\s*/iu.exec(text);
  return label ? text.slice(label[0].length) : text;
}

const REPORTED_SPEECH = /\b(said|says|told|according to|added|stated|announced|a déclaré|a dit|selon|dijo|afirmó|según|disse|segundo|ha detto|secondo|sagte|laut)\b|(?:^|\s)(?:заявил|сказал|по словам|قال|وقال)(?=\s|$)/iu;

/**
 * A wire-photo caption: a description carrying a full calendar date
 * ("… Syria August 12, 2017.", "… on June 9, 2017, during …") and no
 * reported speech, which body paragraphs nearly always have.
 */
export function looksLikePhotoCaption(line: string): boolean {
  if (line.length > 800 || !/\d{4}/.test(line)) return false;
  const described = line.replace(SOURCE_AFTER_DATE, ".");
  return CAPTION_DATE.test(described) && !REPORTED_SPEECH.test(described) && !startsWithQuote(described) && mentionsPlace(described);
}

// Where wire captions put the date: at the end ("… Syria August 12, 2017.") or
// before what was happening ("… on June 9, 2017, during ongoing battles …").
// ("… 5 марта 2024 года."): the year's word after it, as Russian writes it.
const CAPTION_DATE = new RegExp(`(?:${CALENDAR_DATE.source})(?:\\s*(?:г\\.|года))?(?:[.)]?\\s*(?:[(\\[].{0,60}[)\\]])?\\s*$|,\\s+(?:during|as|while|after|before|when|amid|ahead of|following)\\b)`, "iu");
/**
 * "… March 16, 2021. NBC Chicago": the source that lent the photo after its date, up to three capitalised
 * words, no stop; or a gallery caption's toggle ("… Nov. 19, 2019. less", "… more").
 */
const SOURCE_AFTER_DATE = /(?<=\d{4})\.\s+(?:\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2}|(?:show |read )?(?:less|more))$/u;

const NOT_PLACES = new Set(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The"]);
// Months and weekdays cut short, before a day's number or their stop ("Posted on Oct 15, 2024"): no place ("in Sun City", "in Mar Vista" are).
const SHORT_MONTHS_AND_DAYS = new Set(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"]);

/** Wire captions say where: "in Ain Issa", "to Tal Afar", "outside Damascus", "au Canada", "в Москве", "في بيروت". */
export function mentionsPlace(line: string): boolean {
  for (const m of line.matchAll(PLACE_AFTER_PREPOSITION)) {
    const word = m[1]!;
    if (NOT_PLACES.has(word)) continue;
    if (SHORT_MONTHS_AND_DAYS.has(word) && /^\.?,?\s*\d/.test(line.slice(m.index! + m[0].length))) continue;
    return true;
  }
  return ARABIC_PLACE.test(line);
}

const PLACE_AFTER_PREPOSITION = /(?<![\p{L}])(?:in|at|near|outside|to|from|of|on|à|au|aux|en|de|del|em|na|no|bei|в|во|у)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
/** Arabic writes no capitals: "في" (in) before a name is the place. */
const ARABIC_PLACE = /(?:^|\s)في\s+\p{Script=Arabic}/u;
