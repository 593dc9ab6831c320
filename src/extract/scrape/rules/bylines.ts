/**
 * Who wrote an article, when and from where: bylines, timestamps and reading times (one meta
 * line, `parseMetaLine`), datelines, writer bios, signatures and roles, wire agencies.
 * Each rule looks at a kind of line, never at one site's wording, so it holds across
 * sites and languages.
 */
import { MONTH_WORD, MORE_UPDATE_WORDS, RELATIVE_AGO, asciiDigits, hasCalendarDate, parseDate, parseTimestampLine } from "../../dates";
import { endsLikeSentence } from "../internal/units";
import { isAffiliateDisclosure, PHRASE_SPACED_CHARS } from "../vocabulary";
import { rememberedLines } from "./line-memo";

/** The labels a reading time goes by ("Reading time: 4 min", "Lesezeit 4 Minuten"); alone, "Lecture" and "Leitura" are words of prose too. */
export const READING_TIME_LABELS = "reading time|read time|temps de lecture|tiempo de lectura|lesezeit|lesedauer|tempo de leitura|tempo di lettura|leestijd|čas čtení|lästid|läsningstid|czas czytania|czas lektury|okuma süresi|время чтения|lukuaika|læsetid|lesetid|पढ़ने का समय";
/** A reading time with its label: "Lecture 3 min.", "Tiempo de lectura: 3 min", "Lesezeit: 4 Minuten", "Leitura: 3 min". */
export const LABELLED_READING_TIME = new RegExp(
  `^(?:${READING_TIME_LABELS}|lecture|leitura)\\s*[:：]?\\s*(?:ca\\.?\\s*|circa\\s+|approx\\.?\\s*|about\\s+|environ\\s+|aprox\\.?\\s*)?\\d{1,3}\\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minut|minuty|minuter|минут[аы]?|dakika|dk|मिनट)\\.?$`,
  "iu",
);
/** A reading time, its number first: "5 min read", "2 minuti di lettura", "3 min de lecture", "4 Minuten Lesezeit". */
// "— 7 min read": a theme may set a dash before it.
// "4' di lettura": the minutes' mark for the word.
export const COUNTED_READING_TIME = /^(?:[—–-]\s*)?\d{1,3}\s*(?:min(?:ute)?s?\.?|['’′]|minuti|minutos|minuten|minut|minuty|minút|perc|минут[аы]?|хвилин[иа]?|dakika)\s+(?:to read|read|reading|di lettura|de lecture|de lectura|de leitura|lesezeit|leestijd|czytania|čtení|čítania|olvasás|olvasási idő|чтения|читання|okuma(?: süresi)?|lukuaika|läsning|lesetid|læsetid)$/iu;

// The words that open a byline, in the languages of the date rules (and Indonesian and Malay "oleh", Filipino "ni", Hebrew "מאת"); each regex below is built from them.
export const BY_WORDS = "by|von|par|por|di|door|av|af|oleh|ni|מאת|โดย";
// Words that name the writer before the name, a colon allowed: "Автор: …", "بقلم: …", "كتب: …", "作者：…".
// Japanese credits set the writer after a middle dot, a slash or an equals sign: "文・山田花子", "文／山田花子", "取材・文＝山田花子", "文・写真　山田花子".
// "文" only with its separator after it: without one it opens a word ("文化・芸能" is a menu's "Culture・Entertainment").
const WRITER_WORDS = "بقلم|كتبت|كتب|作者|(?:取材・)?文(?:・写真)?(?=[・／＝/:：\\s])|记者|記者|автор|авторы";
// Labels that name the writer only with a colon after them ("Author: …", "Autor: …", "Yazar: …"):
// without one they are words of a sentence. "Words by …", "Reporting by …": the byline's own phrases.
const WRITER_LABELS =
  // "From: Jane Doe": the sender of an e-mail pasted whole, over its "Subject:".
  "authors?|autor|autora|autores|auteure?s?|autore|autori|autorka|yazar|yazan|haber|penulis|reporter|redakcja|tekst|texto|testo|text|texte|текст|words|published by|teksti|from|ผู้เขียน|" +
  "kirjoittaja|toimittaja|írta|szerző|interview|napsal|napsala|tác giả|forfatter|författare|skribent|συντάκτης|συντάκτρια|аутор|аутори|autorica|piše|пише|author of the article|texto de|text von|" +
  "लेखक|द्वारा|লেখক|প্রতিবেদক|نویسنده|خبرنگار|글|기자|작성자|글쓴이|כתב|כתבת|" +
  // Japanese blogs' and sites' labels: poster, writer, author ("投稿者：なかむら", "執筆者：佐藤").
  "投稿者|執筆者|著者|筆者|ライター";
/** The piece's kind, named before its writer: "Analysis by …", "Eine Reportage von …". */
const PIECE_KINDS = "interview|analysis|opinion|commentary|column|guest column|review|essay|report|feature|profile|dispatch";
const GERMAN_PIECE_KINDS = "kommentar|interview|gastbeitrag|essay|reportage|analyse|glosse|kolumne|rezension|kritik|porträt|bericht";
// "Written by …" in the languages of the labels above ("Escrito por …", "Kirjoittanut …", "Napsal …").
const BY_PHRASES =
  "written by|posted by|words by|reporting by|story by|text by|texte par|escrito por|postado por|publicado por|scritto da|pubblicato da|geschrieben von|écrit par|rédigé par|article rédigé par|geschreven door|" +
  "skrevet af|skrevet av|skrivet av|kirjoittanut|napsal|napsala|napisał|napisała|napisal|" +
  // The piece's kind before its writer: "Interview by …", "Analysis by …", "Propos recueillis par …", "Ein Kommentar von …".
  `(?:an? )?(?:${PIECE_KINDS}) by|reported by|reviewed by|hosted by|compiled by|` +
  "(?:text|words) and (?:photos?|pictures|images) by|(?:photographs?|photos?|pictures|images) and (?:text|words) by|(?:live )?animé par|propos recueillis par|" +
  `(?:eine? )?(?:${GERMAN_PIECE_KINDS}) von|` +
  "(?:une? )?(?:reportage|analyse|chronique|enquête|entretien|éditorial|tribune) de|(?:una? )?(?:entrevista|reportaje|crónica|análisis|columna) de|" +
  "(?:un'?)?(?:intervista|reportage|analisi|inchiesta) di|(?:uma? )?(?:reportagem|análise|crónica|crônica) de|γράφει(?: ο| η)?|κείμενο|" +
  // Greek signs with the name in the genitive after its article: "Της Ελένης Παππά", "Του Γιώργου Νικολάου".
  "του|της|των";
const BYLINE = new RegExp(`^(?:(?:${BY_PHRASES}|${BY_WORDS})(?:\\s*[:：]\\s*|\\s+)|(?:${WRITER_WORDS})[:：・／＝/]?\\s*|(?:${WRITER_LABELS})\\s*[:：]\\s*)(.{2,80})$`, "iu");
/** A line that opens like a byline ("By …", "Von …", "بقلم …", "Author: …"): a cheap test before parsing it. */
export const BYLINE_OPENER = new RegExp(`^(?:(?:${BY_PHRASES}|${BY_WORDS}|${WRITER_WORDS})[\\s:：・／＝/]|(?:${WRITER_LABELS})\\s*[:：])`, "iu");
/** "By" or "Escrito por" alone on its line, the name on the next. */
// "Author of the article:" over the name, as some papers set the label on its own line.
export const LONE_BYLINE_WORD = new RegExp(`^(?:${BY_PHRASES}|${BY_WORDS}|author of the article\\s*[:：]?)$`, "iu");
/** The writer's label alone on its line, the name on the next ("Author" / "Jane Doe", "Авторы" / "Иван Петров"). */
export const AUTHOR_LABEL_ALONE = /^(?:authors?|autor(?:es|a|e|i|ka|zy)?|auteure?s?|автор(?:ы)?|yazar|penulis|forfatter|författare|szerző|tác giả|この記事を書いた人|この記事の執筆者|この記事の著者|執筆者|著者|作者|글쓴이|작성자)\s*[:：]?$/iu;
/** A byline or a stamp's opening word: "By …", "Posted …", "Updated …". */
export const BYLINE_OR_STAMP_START = new RegExp(`^(?:${BY_WORDS}|posted|published|updated|written)\\b`, "i");

/** "By Jane Doe, Reuters" → "Jane Doe". Null when the line is not a byline. */
export function parseByline(line: string): string | null {
  const m = BYLINE.exec(line);
  if (!m) {
    // "By Jordan Reyes, a senior reporter covering laptops… He has been testing computers for eight years.": the writer's
    // note run on after the name, past a byline's length.
    const noted = line.length <= MAX_NOTED_BYLINE ? BYLINE_WITH_NOTE.exec(line) : null;
    if (noted) return looksLikePersonName(noted[1]!) ? noted[1]! : null;
    // "Par Camille Roussel (chargée de mission au Centre d'études européennes de Sciences Po)": the writer's affiliation in
    // brackets, past a byline's length.
    const affiliated = line.length <= MAX_NOTED_BYLINE ? BRACKETED_AFFILIATION.exec(line) : null;
    const name = affiliated ? parseByline(affiliated[1]!) : null;
    return name !== null && looksLikePersonName(name) ? name : null;
  }
  // "By state political reporter Nadia Petrakis", "By political editor Laura Kuenssberg": the writer's job, in lower case, before the name.
  const roled = ROLE_BEFORE_NAME.exec(m[1]!);
  if (roled) return roled[1]!;
  // "By MARISA KELLEHER Associated Press": the wire's style, the name in capitals, then the agency in title case, no comma.
  const capitals = CAPITALS_NAME_THEN_OUTLET.exec(m[1]!);
  if (capitals) return capitals[1]!;
  // "Jane Doe, Reuters", "Tom Adebayo, Sports Reporter": the name is before the comma.
  // "Jane Doe, Reuters": the name is before the comma; "Jane Doe Thu, 02/22/2024": so is the date's weekday, which is not the name's.
  // "Janet Morrow; photos by Tom Hale": the writer is before the photographer.
  // "Elif Karaca / İzmir": the place or the outlet after a slash.
  const [beforeComma, afterComma] = m[1]!.split(/\s+[|·•–—/-]\s+|\s*;\s*(?:photos?|pictures?|photography|images?|video) by\b/i)[0]!.split(/\s*,\s*/);
  // A weekday in full before any date; its abbreviation only before a numeric one ("Lee Sun, 3 March 2024" is a name).
  const named = afterComma === undefined || !/^\d/.test(afterComma) ? beforeComma!
    : beforeComma!.replace(NUMERIC_DATE_START.test(afterComma) ? TRAILING_WEEKDAY : TRAILING_WEEKDAY_NAME, "");
  // "記者陳怡君／台北報導": where the reporter filed from, after a slash, is not the name.
  // "By the Highways Team", "By the Metro Desk": a team signs it, without its article.
  // "By Our Correspondent", "By Staff Reporter": a desk signs it, its words whole (the role would be cut off a name).
  const desk = DESK_BYLINE.exec(named.trim());
  if (desk) return desk[0];
  const name = nameOnly(named.replace(FILED_FROM_CJK, "").trim()).replace(TEAM_BYLINE, "$1");
  if (!name || (endsLikeSentence(name) && !/\.$/.test(name))) return null;
  // In the scripts written without spaces a name is a few characters, with no digits or stops:
  // "記者会見する大阪府の知事＝29日午後、大阪府庁" opens with the word for reporter, and is a caption.
  if (CJK_LETTER.test(name) && !CJK_NAMES.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > 8) return null;
  // Names are capitalised in scripts that have case; other scripts pass.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w) || /^(and|und|et|y|e|van|von|de|der|da|del|la|le|al|bin)$/i.test(w));
  return capitalised.length === words.length ? name : null;
}

const BYLINE_WITH_NOTE = /^(?:By|BY|by)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(?:a|an|the|our)\s+\p{Ll}/u;
/** Longest byline with the writer's note run on after it. */
const MAX_NOTED_BYLINE = 300;
const ROLE_BEFORE_NAME = /^(?:[a-z]+\s+){0,3}(?:reporter|correspondent|editor|writer|producer|journalist|columnist|analyst|presenter|host|contributor)\s+(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u;
const DESK_BYLINE = /^(?:Our|OUR|A|Staff|STAFF|Special|SPECIAL) (?:(?:Staff|Special|Political|Sports|Business) )?(?:Correspondent|Reporter|Writer|CORRESPONDENT|REPORTER|WRITER)s?$/u;
const TEAM_BYLINE = /^the\s+((?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:Team|Desk|Staff|Editors|Newsroom|Editorial Board|Reporters|Correspondents))$/iu;
export const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// One name or a few, set apart by spaces, "、" or "・" (Latin letters allowed: "记者 王伟 Wang Wei").
const CJK_NAMES = /^[\p{L}・·、 ]{2,24}$/u;

/** A name in a script written without spaces, alone on its line ("佐藤 悠真", "王晓明"): a few letters, nothing else. */
export function isCjkName(text: string): boolean {
  return text.length <= MAX_CJK_NAME && CJK_LETTER.test(text) && CJK_NAMES.test(text);
}

const MAX_CJK_NAME = 12;
const TRAILING_WEEKDAY = /\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$/i;
// A weekday closing a line: a date's ("… Monday"), or a day's name, "Black Friday" (opening it, a given name: "Sunday Alamba").
const TRAILING_WEEKDAY_NAME = /\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const NUMERIC_DATE_START = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;
const FILED_FROM_CJK = /\s*[／/][^／/]{1,10}(?:報導|报道|電|电)$/u;

/**
 * A person's name on a line of its own, maybe with a role or desk after a
 * comma or bar: two to four capitalised words or initials ("Sarah E.
 * Marsh", "Tom Adebayo, AP Auto Writer").
 */
export function looksLikePersonName(line: string): boolean {
  if (line.length > 80) return false;
  const name = line.split(/\s*[,|]\s*/)[0]!.trim();
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || ARTICLE_WORD.test(words[0]!) || TRAILING_WEEKDAY_NAME.test(name) || words.some((w, k) => CONTROL_WORD.test(w) || (k > 0 && INNER_FUNCTION_WORD.test(w)))) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/**
 * A word of a person's name: capitalised ("Jane"), an initial ("J."), a particle ("van", "de"), a double name
 * ("Gagnon-Roy", "Anna-Liisa"), or a capital inside after a name's prefix ("McDonald", "DeSantis", "O'Brien");
 * not a brand's inner capital ("YouTube").
 */
const NAME_WORD = /^(?:(?:Mc|Mac|De|Di|Da|Du|La|Le|O['’]|D['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|van|von|de|der|da|del|la|le|al|bin)$/u;

/** A name set in capitals, two to four words ("THANH TÂM"), as a person's name in title case ("Thanh Tâm"), or null. */
export function capitalsName(text: string): string | null {
  if (text.length > MAX_CAPITALS_NAME || !CAPITALS_NAME.test(text)) return null;
  const name = text.split(/\s+/).map((word) => word[0] + word.slice(1).toLowerCase()).join(" ");
  return looksLikePersonName(name) ? name : null;
}

const CAPITALS_NAME = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3}$/u;
const MAX_CAPITALS_NAME = 40;

/** One name or a few joined by "and" or "&" ("Megan Hollister and Amy Liu"), as a shared byline prints them. */
export function looksLikePersonNames(text: string): boolean {
  const names = text.split(/\s+(?:and|&|und|et|y|e)\s+/);
  return names.length <= 3 && names.every(looksLikePersonName);
}

/** The word for "on" before a byline's date: "Jane Smith on April 3", "… em 10 de janeiro", "… il 12 Aprile", "… le 3 mars", "… am 3. März". */
const ON_WORD = /^(?:on|em|il|le|am|el)$/;

/** "3 March", "April 3,": a day's number, or a word then a number. */
function startsDate(word: string, next: string): boolean {
  return /^\d{1,2}(?:st|nd|rd|th)?,?$/.test(word) || (/^\p{L}+\.?$/u.test(word) && /^\d/.test(next));
}
// "… Jane Smith on April 3, 2022", "… Jane Smith published March 12, 2024": the date after the name.
// "… Jörg Albrecht Do., 22.02.2024 - 21:30": or a weekday cut short, then the date.
// "… Fernanda Oliveira em 10 de janeiro de 2025", "… Paola Conti il 12 Aprile 2024": the word for "on" in their languages.
const BYLINE_THEN_DATE = /\s((?:on|published|updated|posted|em|il|le|am|el)\s+(?:\p{L}+\.?\s+\d|\d).*|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.,?\s+\d.*)$/iu;
/** "2024年03月12日 14:35 新华网": the source's name, unlabelled, after a Chinese portal's stamp. */
const CJK_SOURCE_AFTER = /(?<=\d)\s+\p{Script=Han}{1,8}(?:网|網|社|报|報|台|新闻|新聞)$/u;
/** "Penulis Dian Rahmawati | Editor Bagus Santoso": the writer's and the editor's labels, no colons, side by side. */
const WRITER_EDITOR_PAIR = /^(?:Penulis|Reporter|Wartawan|Pewarta|Writer|Author|Autor|Texto)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+\|\s+(?:Editor|Redaktur|Penyunting|Edición|Edição)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}$/u;
/** "11.03.2024 • 14:25": a dotted or slashed date, a bullet or a bar, the clock. */
const DATE_BULLET_TIME = /(\d{1,2}[./]\d{1,2}[./]\d{4})\s*[•·|]\s*(\d{1,2}[:.]\d{2})\b/;
/** "9:00 am EDT • September 15, 2020": the clock, a bullet, then its date; one stamp. */
const TIME_BULLET_DATE = /\b(\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)\s*[•·|]\s*(?=\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}\b)/u;
const CHARACTER_COUNT = /\s+(?:\d{1,6}文字|文字数\s*[:：]?\s*\d{1,6})$/u;

/** A date, then its update in brackets with its own word: "(modifica il …)", "(updated …)", "(mis à jour le …)". */
// "10:24 14.03.2025 (обновлено: 12:10 14.03.2025)", "2025/3/14 18:30（最終更新 3/14 21:05）": with its colon, in full-width brackets too.
// "12 marzo 2024 (modifica alle 09:41) - MILANO": the update's clock alone, the place the story was filed from after it.
const BRACKETED_UPDATE = /^(.*\d{4}.*?)\s*[(（](?:modificat[oa] (?:il|alle)|modifica (?:il|alle)|modifica l['’]|aggiornat[oa] (?:il|alle)|updated(?: at)?|mis à jour (?:le|à)|actualizado (?:el|a las)|atualizado (?:em|às)|aktualisiert (?:am|um)|обновлено|оновлено|最終更新|更新)[:：]?\s*(.+)[)）](?:\s*[-–—]\s*\p{Lu}[\p{L}\p{M} '’.-]{1,30})?$/iu;
/** WordPress's "Posted on <date> by <login>": a login is one word in lower case, no name's capital. */
const STAMP_THEN_BY = /^(.{6,80}?\d.{0,20}?)\s+(?:by|da|por|par|von|door|przez|av|af)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$/u;
const POSTED_BY_LOGIN = /^((?:Posted|Published) on .+?) by ([a-z0-9][a-z0-9_.-]{2,30})$/;
// "Published: 10 March 2024, Last updated: 12 March 2024", "Publié le …, mis à jour le …": the update after a comma;
// "Updated January 17 2024 - 9:12am, first published January 16 2024 - 6:30pm": the first publication after it.
const UPDATE_AFTER_PUNCTUATION = new RegExp(
  `[,;.]\\s+(?=(?:last\\s+)?(?:updated|modified|mis à jour|modifié|aktualisiert|actualizado|atualizado|aggiornato|bijgewerkt|${MORE_UPDATE_WORDS.join("|")})(?!\\p{L})|(?:first|originally)\\s+(?:published|posted)\\b)`,
  "giu",
);
// The places a meta row splits into its fields: its separators, a byline's word, a stamp's word (in capitals, the
// update words of more languages too), a labelled field.
const CAPITALISED_UPDATE_WORDS = ["Aktualisiert", "Atualizado", "Actualizado", "Aggiornato", "Bijgewerkt", ...MORE_UPDATE_WORDS.map((word) => word[0]!.toUpperCase() + word.slice(1))].join("|");
// "Par Camille Roussel (…) Publié le 9 mars 2025": a stamp's word, capitalised, after the field before it; and a byline's
// ("… 06:00 Uhr Von Katrin Vogel", "12 Maggio 2023 di Giulia Ferraresi") right after the stamp's date or clock, "Von" (and the
// other languages' words for by, in lower case) before a name of two words ("Von Miller" is one).
// "… Medically Reviewed By Jane Smith" is no split: its "By" follows no date.
const CAPITALISED_PUBLISH_WORDS = "Published|Posted|Publié|Publiée|Veröffentlicht|Publicado|Pubblicato|Gepubliceerd";
const SEGMENT_SPLIT = new RegExp(
  // (An ideographic space before a date, or before the update's word, sets a CJK row's fields apart: "記者林佳蓉／台南報導　2024/11/08 14:32",
  // "2025年2月3日(月) 17:05　更新 …".)
  `\u3000+(?=\\d|更新)|\\s+[|·•]\\s+|\\s+[–—]\\s+|;\\s*|\\s+(?=(?:by|par|von|por|door)\\s+\\p{Lu})|\\s+(?=By\\s+\\p{Lu}|(?:Von|di|oleh|av|af)\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu})(?<=(?:\\d|\\bUhr|\\b[AaPp]\\.?[Mm]\\.?|\\b[A-Z]{2,4}|\\b[Ww]ritten)\\s+)|(?<!\\b[Ll]ast)\\s+(?=(?:Updated|UPDATED|Modified|MODIFIED)\\b|(?:${CAPITALISED_UPDATE_WORDS}|${CAPITALISED_PUBLISH_WORDS})(?!\\p{L}))|\\s+(?=(?:最終更新日|更新日|更新時間|更新时间)[:：]?\\s*\\d)|\\s+(?=(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|출처|字号|字號|字体|字體|分享到|分享至|ผู้เขียน|Author|Autor|Penulis|Yazar)[:：])|\\s+(?=(?:记者|記者)\\s)`,
  "u",
);
const CJK_BYLINE =
  /^(?:(?<ja>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}・]{2,10})\s*(?:記者|特派員|編集委員)|(?:本报|本報|\p{Script=Han}{1,6}(?:新闻|新聞|日报|日報|晚报|晚報|时报|時報|网|網|社|台|报|報))?(?:记者|記者)\s*(?<zh>\p{Script=Han}{2,4})(?:\s*(?:报道|報導|摄影|攝影|摄|攝))?|(?:기자명\s*)?(?<ko>\p{Script=Hangul}{2,4})\s*기자)(?:\s+[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4})?$/u;
const COMMENT_COUNT = /^(?:\d{1,5}|no|aucun|keine|sin|nessun)\s+(?:comments?|commentaires?|kommentare?|comentarios?|comentários?|commenti|reacties|reactie|komentarzy?|komentáře|komentářů|komentar|kommenttia?|kommentarer|kommentar|yorum|hozzászólás|комментари(?:ев|я|й)|коментар(?:ів|і)|bình luận)$/iu;
// "5 min read", and its kin in other languages (LABELLED_READING_TIME).
const READING_TIME = new RegExp(`${COUNTED_READING_TIME.source}|${LABELLED_READING_TIME.source}`, "iu");

// The words a timestamp opens with, in the languages the byline rules read.
export const STAMP_WORDS = `updated|published|posted|modified|${MORE_UPDATE_WORDS.join("|")}|aktualisiert|veröffentlicht|publié|publiée|modifié|modifiée|mis à jour|actualisé|publicado|atualizado|actualizado|modificado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|gewijzigd|geändert`;
// A segment of a meta line that opens like a timestamp ("Updated at …"); not \b after the word: "publié" ends in a non-ASCII letter.
const STAMP_OPENER = new RegExp(`^(?:last\\s+)?(?:${STAMP_WORDS})(?=$|[\\s:：,])`, "i");

/**
 * A writer's name in a script without capitals (Arabic, Hebrew, the Indic scripts, Georgian, Ethiopic), which no capital can
 * mark: two to four words of its letters, alone or with the place it was filed from, before it after a dash as Arabic papers
 * set it ("دبي - سارة المنصوري") or after it behind a comma ("प्रिया शर्मा, नई दिल्ली"). The name, or null. Only a line
 * right over the stamp is asked: anywhere else such a line is as often a section's label.
 */
export function caselessName(line: string): string | null {
  if (line.length > MAX_CASELESS_NAME_LINE || !CASELESS_LETTER.test(line)) return null;
  const dashed = line.split(/\s+[-–—]\s+/);
  const parts = dashed.length > 1 ? dashed : line.split(/\s*[,،]\s*/);
  if (parts.length > 2 || !parts.every(isCaselessWords)) return null;
  if (parts.length === 1) return wordCount(parts[0]!) >= 2 ? parts[0]! : null;
  const [first, second] = parts as [string, string];
  // After a dash the writer is the longer part (the place a word or two), the second on a tie; before a comma, the first.
  const name = dashed.length > 1 ? (wordCount(first) > wordCount(second) ? first : second) : first;
  return wordCount(name) >= 2 ? name : null;
}

const CASELESS_SCRIPTS = "\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Gurmukhi}\\p{Script=Gujarati}\\p{Script=Tamil}\\p{Script=Telugu}\\p{Script=Kannada}\\p{Script=Malayalam}\\p{Script=Sinhala}\\p{Script=Georgian}\\p{Script=Ethiopic}";
const CASELESS_LETTER = new RegExp(`[${CASELESS_SCRIPTS}]`, "u");
const CASELESS_WORD = new RegExp(`^[${CASELESS_SCRIPTS}\\p{M}\u200c\u200d]+$`, "u");
const MAX_CASELESS_NAME_LINE = 60;

function isCaselessWords(part: string): boolean {
  const words = part.split(/\s+/);
  return words.length <= 4 && words.every((word) => CASELESS_WORD.test(word));
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * The byline a bare name makes when it stands beside a timestamp ("Tom
 * Adebayo, AP Auto Writer" over "Updated 1:39 am EST …" → "Tom Adebayo"):
 * null when the line is no person's name, opens like a byline itself, or
 * holds a date of its own (then it is a stamp). The caller checks the stamp.
 */
export function bareNameByline(raw: string): string | null {
  // "Julien Martin.": some pages close the name with a stop (an initial's stays: "Sarah E.").
  // "Sam Ortiz (now) and Leah Murray (earlier)": a live blog's writers, each with their shift.
  const unshifted = raw.includes("(") ? raw.replace(LIVE_SHIFT, "") : raw;
  const line = /\p{Ll}\.$/u.test(unshifted) ? unshifted.slice(0, -1) : unshifted;
  // "Megan Hollister — Associated Press", "Megan Hollister at City Hall": the name, then the agency or the place.
  const name = line.split(NAME_SET_OFF, 1)[0]!;
  // "Hannah Osei and Ben Carver": two writers, each a name.
  const names = name.split(NAMES_JOINED);
  // "Senior Reporter", "City Hall Reporter" under the name: the writer's job, no name.
  // "Buenos Aires, 13 nov (EFE).-": a wire dateline names the place, not the writer.
  if (BYLINE_OPENER.test(line) || CREDIT_FIRST.test(line) || names.length > 2 || !names.every((part) => looksLikePersonName(part)) || isWriterRole(name) || isDateline(line) || parseMetaLine(`By ${line}`)?.published) return null;
  return parseByline(`By ${line}`);
}

const LIVE_SHIFT = /\s*\((?:now|earlier|later|before)\)/g;
/** A photo's credit's word first ("Credit Daniel Okafor / WLPR"): the photographer, not the writer. */
const CREDIT_FIRST = /^(?:credits?|photo(?:graph)?s?|fotos?|image|picture|pictures|illustration)\b/i;
const NAMES_JOINED = /\s+(?:and|&|und|et|y|e)\s+/;

const CAPITALS_NAME_THEN_OUTLET = /^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,3})\s+(?:The\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}$/u;

/** What sets a byline's name apart from the desk, agency or place after it. */
const SWAHILI_BYLINE = /^Na (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})(?:,\s*\p{Lu}[\p{L} ]{1,30})?$/u;
const LOWER_DE_BYLINE = /^de (\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3})$/u;

/** " - CHENNAI", " – NEW DELHI": a place in capitals set off by a dash, closing a stamp's line. */
const TRAILING_PLACE_IN_CAPITALS = /\s+[-–—]\s+\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}$/u;

/** A short byline, then a bracket closing the line: the writer's affiliation or where they write from. */
const BRACKETED_AFFILIATION = /^(.{4,60}?)\s+\([^()]{3,200}\)$/;

// "Alejandra Villaseñor | El Heraldo del Bajío": or a bar before the outlet.
// (Or a slash: "Priyanka Deshmane / TNN", the agency after it.)
const NAME_SET_OFF = /\s+[-–—|/]\s+|\s+(?:at|in)\s+(?=\p{Lu})/u;

// Words that open a timestamp printed after the name ("Jane Doe Updated Nov 8").
const STAMP_WORD = new RegExp(`^(?:${STAMP_WORDS})$`, "i");

// Names do not start with an article: "By The Numbers" is a subheading; nor with a preposition: "For Subscribers" is a badge.
const ARTICLE_WORD = /^(the|a|an|le|la|les|der|die|das|el|los|las|il|lo|gli|de|het|een|for|to|with|from|of|in|on|at|by)$/i;

// English words that join a phrase, never a name's parts: "Reporting From Atlanta" (a name's "de", "van", "la" are its own).
const INNER_FUNCTION_WORD = /^(?:from|for|to|with|of|in|on|at|by|the|or)$/i;
// Words of page controls, share buttons and media labels, never of a name: "Enlarge Image", "View Gallery", "Facebook
// Twitter Email" beside a timestamp. And a site's sections, as its menu names them ("Travel Guides", "Local News"),
// and a periodical's title words ("Weekly Update", "Morning Briefing", a masthead's "Today's Paper"): a menu's last item or a headline stands beside a stamp too.
// And an outlet's words in its name, the masthead over the day's date ("Báo Miền Tây Online", "Kieler Zeitung", "Diario Sur").
const CONTROL_WORD =
  /^(facebook|twitter|email|e-mail|whatsapp|linkedin|reddit|pinterest|telegram|instagram|youtube|tiktok|images?|photos?|videos?|gallery|galleries|slideshow|enlarge|zoom|share|print|comments?|menu|search|login|subscribe|advertisement|guides?|index|news|reviews?|recipes?|blog|archives?|categor(?:y|ies)|tags?|events?|travel|sports?|opinion|features?|lifestyle|business|politics|weather|podcasts?|newsletters?|shop|store|home|contact|about|updates?|reports?|digest|briefing|roundup|edition|issue|bulletin|recap|summary|weekly|daily|monthly|paper|e-?paper|follow|tüm|yazıları|public|works|department|services|office|council|city|county|government|ministry|police|health|education|transport|finance|online|báo|zeitung|gazette|gazeta|tribune|herald|diario|jornal|giornale|dagblad|tidning|noticias|notícias|nachrichten)$/i;

// Job titles that follow a name on a byline ("Meg James Staff Writer").
/** "in" and its neighbours' words, before the place a byline was filed from. */
const FILED_FROM = /^(in|at|à|en|em|dans|im|nel|nella|w)$/;
/** A weekday cut short, as stamps print it before the date: "Do.", "Mon,", "lun.". */
const WEEKDAY_ABBREVIATION = /^(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[.,]{1,2}$/i;
const ROLE_WORD = /^(staff|senior|chief|contributing|special|sports|political|business|foreign|writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst)$/i;

/** The name without what bylines print after it: a date, a clock time, a handle, a role, a desk. */
function nameOnly(text: string): string {
  const words = text.split(/\s+/);
  let end = 0;
  while (end < words.length) {
    const word = words[end]!;
    // A year, a clock time or a numeric date ends the name; a lone number may be part of it.
    // A bracket after the name opens where it was filed from or the writer's job: "Camille Roussel (à Bruxelles, envoyée spéciale)".
    if (/^\d{4}|^\d{1,2}[:/.-]\d/.test(word) || word.includes("@") || STAMP_WORD.test(word) || (end > 0 && word.startsWith("("))) break;
    // A month starts a date only with a day beside it: "Regan September 15", not "Mei Chen" (mei is May in Dutch).
    if (MONTH_WORD.test(word.replace(/[.,]$/, "")) && /^\d{1,2}\b/.test(words[end + 1] ?? "")) break;
    // "Jane Smith on April 3, 2022": the date after the name ends it.
    if (end > 0 && ON_WORD.test(word) && startsDate(words[end + 1] ?? "", words[end + 2] ?? "")) break;
    // "Layla Hassan in Cairo", "Anne Roy à Paris": where the writer filed from ends the name; so does
    // when ("Posted by Dales Rambler at 19:42", Blogger's footer).
    if (end > 0 && FILED_FROM.test(word) && /^[\p{Lu}\d]/u.test(words[end + 1] ?? "")) break;
    // A weekday before the date ends it: "Jörg Albrecht Do., 22.02.2024".
    if (end > 0 && WEEKDAY_ABBREVIATION.test(word) && (/^\d/.test(words[end + 1] ?? "") || (end === words.length - 1 && word.endsWith(".")))) break;
    // A role after a name ends it ("Meg James Staff Writer"); a byline that is only a role keeps it.
    // A desk's name before a role in lower case goes with it: "Callum Rees Harbour City reporter" → "Callum Rees".
    if (end > 0 && ROLE_WORD.test(word)) {
      if (end >= 3 && word === word.toLowerCase()) end = 2;
      break;
    }
    // "Maren Holt 4 Comments": the count of comments printed after the name.
    if (end > 0 && /^\d{1,5}$/.test(word) && /^comments?$/i.test(words[end + 1] ?? "")) break;
    // A word in capitals glued to a name ("FOXBusiness") is a desk, not a surname.
    if (end >= 2 && /\p{Lu}{2,}\p{Ll}/u.test(word)) break;
    end++;
  }
  return words.slice(0, end).join(" ");
}

/** "Reporting by X; Editing by Y": the wire's credits line. Returns the first name list. */
export function parseCreditsLine(line: string): string | null {
  const m = /^(?:additional )?(?:reporting|writing|written|compiled) by\s+([^;]+?)(?:;|$)/i.exec(line);
  if (!m) return null;
  return m[1]!.replace(/\s+in\s+[A-Z][\w ]+$/, "").trim() || null;
}

/** A timestamp line, possibly sharing the line with a byline ("By X | Sept 29, 2017"). */
type MetaLine = { author?: string; published?: Date; updated?: Date } | null;

// Every stage asks of the same few lines whether they are bylines or stamps; the
// answer is kept for a while (bounded) rather than parsed again.
const META_MEMO = rememberedLines(new Map<string, MetaLine>());
const META_MEMO_LIMIT = 4096;

/**
 * Longer than this, a line is prose, never a byline or a stamp: the longest the development pages print, a
 * byline, a stamp and an update together, runs to 80 characters. The test spares the parse of every paragraph.
 */
const MAX_META_LINE = 240;

export function parseMetaLine(line: string): MetaLine {
  if (line.length > MAX_META_LINE) return null;
  const known = META_MEMO.get(line);
  if (known !== undefined) return known && { ...known };
  const found = readMetaLine(line);
  if (META_MEMO.size >= META_MEMO_LIMIT) META_MEMO.clear();
  META_MEMO.set(line, found);
  return found && { ...found };
}

const REPORTER_THEN_STAMP = /^(\S.{0,22}?(?:記者|记者|기자))\s+(\d.{5,40})$/u;
const MAX_REPORTER_THEN_STAMP = 70;

/**
 * "山田太郎 記者", "记者 王伟", "澎湃新闻记者 陈晓燕", "홍길동 기자": the reporter's title beside the name
 * (the outlet's name may come first), in scripts without "By",
 * perhaps with the reporter's address after it ("이서연 기자 sylee@example.co.kr"). The name, or null.
 */
export function cjkByline(line: string): string | null {
  const found = line.length <= 24 || (line.length <= 80 && line.includes("@")) ? CJK_BYLINE.exec(line) : null;
  if (found) return found.groups!.ja ?? found.groups!.zh ?? found.groups!.ko!;
  // "（函館支局　佐藤健太）": a Japanese paper's bureau and reporter in brackets, closing the story.
  const bureau = line.length <= 24 && line.startsWith("（") ? JAPANESE_BUREAU_BYLINE.exec(line) : null;
  if (bureau) return bureau[1]!.replace(/\s+/g, " ");
  // "科学医療部　佐伯真澄": the desk, then the reporter, under the headline.
  const desk = line.length <= 24 ? JAPANESE_DESK_BYLINE.exec(line) : null;
  return desk ? desk[1]!.replace(/\s+/g, " ") : null;
}

/**
 * "โดย ศิริพร คำแสน", "ໂດຍ: ບຸນມີ ສີສຸວັນ", "ដោយ៖ សុខ វណ្ណា", "ရေးသားသူ - နန်းခင်မာ": Thai's, Lao's, Khmer's and Myanmar's word
 * for "by" or "writer" before the name, which those scripts cannot mark by a capital. The name, or null.
 * (Or after a stamp: "โพสต์เมื่อ 28/02/2025 โดย พี่หมีเที่ยวไม่หยุด", posted on … by ….)
 */
export function phraseScriptByline(line: string): string | null {
  if (line.length > MAX_PHRASE_SCRIPT_BYLINE || !PHRASE_SCRIPT_BY.test(line)) return null;
  return (PHRASE_SCRIPT_BYLINE.exec(line) ?? PHRASE_SCRIPT_STAMP_THEN_BY.exec(line))?.[1] ?? null;
}

const PHRASE_SCRIPT_WORD = `[${PHRASE_SPACED_CHARS}]+`;
const PHRASE_SCRIPT_NAME = `(${PHRASE_SCRIPT_WORD}(?:\\s${PHRASE_SCRIPT_WORD}){0,3})`;
const PHRASE_SCRIPT_BY_WORDS = "เขียนโดย|รายงานโดย|โดย|ผู้เขียน|ຂຽນໂດຍ|ໂດຍ|ដោយ|អ្នកសរសេរ|ရေးသားသူ|ရေးသူ";
/** The words alone, anywhere in the line: a cheap test before the patterns (and before the byline parse, for the classifier). */
export const PHRASE_SCRIPT_BY = new RegExp(PHRASE_SCRIPT_BY_WORDS);
const PHRASE_SCRIPT_BYLINE = new RegExp(`^(?:${PHRASE_SCRIPT_BY_WORDS})\\s*[:：៖-]?\\s*${PHRASE_SCRIPT_NAME}$`, "u");
const PHRASE_SCRIPT_STAMP_THEN_BY = new RegExp(`^${PHRASE_SCRIPT_WORD}\\s+\\d[\\d/.:, -]{5,30}\\s+(?:โดย|ໂດຍ|ដោយ)\\s+${PHRASE_SCRIPT_NAME}$`, "u");
const MAX_PHRASE_SCRIPT_BYLINE = 80;

const BRACKETED_WHOLE = /^(?:〔[^〔〕]+〕|【[^【】]+】|［[^［］]+］)$/u;
const MAX_BRACKETED_BYLINE = 40;
const JAPANESE_DESK_BYLINE = /^\p{Script=Han}{1,8}(?:部|局|班|支局|総局|報道部|編集部|取材班)[\s　]+(\p{Script=Han}{2,3}[\s　]?\p{Script=Han}{1,3})$/u;
const JAPANESE_BUREAU_BYLINE = /^（\p{Script=Han}{1,6}(?:支局|総局|支社|本社|通信部|報道部|編集部|取材班)[\s　]*(\p{Script=Han}{2,3}[\s　]?\p{Script=Han}{1,3})）$/u;

function readMetaLine(raw: string): MetaLine {
  // "〔記者林雅婷／雲林報導〕": a CJK paper's whole byline in brackets.
  if (raw.length <= MAX_BRACKETED_BYLINE && BRACKETED_WHOLE.test(raw)) return readMetaLine(raw.slice(1, -1));
  // "Miriam Okafor@miriamokafor", "9:00 am EDT•September 15, 2020": a handle or a bullet glued to its neighbour.
  const spaced = raw.includes("@") || raw.includes("•") ? raw.replace(GLUED_HANDLE, "$1 @").replace(GLUED_BULLET, "$1 • $2") : raw;
  // "19 декабря 2024, 16:20 (2 часа назад)": the stamp's echo counted back from now goes.
  const line = withoutTrailingReadingTime(unglued(spaced)).replace(DATE_BULLET_TIME, "$1 $2").replace(TIME_BULLET_DATE, "$1, ").replace(TRAILING_RELATIVE_AGO, "");
  // "10 Marzo 2024 (modifica il 10 Marzo 2024 | 17:12)": the update in brackets after the date.
  // "… 734文字": a Japanese page's count of the article's characters after its stamp.
  const bracketed = line.length <= 120 ? BRACKETED_UPDATE.exec(line.replace(CHARACTER_COUNT, "")) : null;
  if (bracketed) {
    const published = parseTimestampLine(bracketed[1]!);
    const updated = parseTimestampLine(bracketed[2]!.replace(/\s*\|\s*/, " "));
    if (published) return { published: published.date, ...(updated ? { updated: updated.date } : {}) };
  }
  // "(last edited 21 November 2023: typo in the fstab example, thanks Jonas)": a post's edit, dated, with its note.
  const edited = line.length <= MAX_EDIT_NOTE && line.startsWith("(") ? EDIT_NOTE.exec(line) : null;
  const editDate = edited ? parseTimestampLine(edited[1]!) : null;
  if (editDate) return { updated: editDate.date };
  // "June 1, 1941 – March 2, 2025": two dates and a dash between, a life's or an event's span, no stamp.
  if (isDateSpan(line)) return null;
  const result: { author?: string; published?: Date; updated?: Date } = {};
  const cjk = cjkByline(line);
  if (cjk) return { author: cjk };
  // "佐藤健一記者 2024年3月12日 9時30分", "홍길동 기자 2024.06.20 09:00": the reporter's name and title, a space, then the stamp.
  const reporterThenStamp = line.length <= MAX_REPORTER_THEN_STAMP ? REPORTER_THEN_STAMP.exec(line) : null;
  const reporter = reporterThenStamp ? cjkByline(reporterThenStamp[1]!) : null;
  const reporterStamp = reporter ? parseTimestampLine(reporterThenStamp![2]!) : null;
  if (reporter && reporterStamp) return { author: reporter, [reporterStamp.kind]: reporterStamp.date };
  const phrased = phraseScriptByline(line);
  if (phrased) return { author: phrased };
  // "Na Rehema Juma, Mtwara": Swahili's byline word, capitalised, the name in capitals, the place after a comma.
  const swahili = line.length <= 60 && line.startsWith("Na ") ? SWAHILI_BYLINE.exec(line) : null;
  if (swahili && looksLikePersonName(swahili[1]!)) return { author: swahili[1]! };
  // "de Andreea Mureșan": a Romanian byline's word, in lower case before the name and nothing after it ("De acuerdo con …" is a sentence).
  const lowerDe = line.length <= 60 && line.startsWith("de ") ? LOWER_DE_BYLINE.exec(line) : null;
  if (lowerDe && looksLikePersonName(lowerDe[1]!)) return { author: lowerDe[1]! };
  // "Eingestellt von Ulrike um 14:32": Blogger's footer, whole (its clock is no stamp of its own, the post's day stands above).
  const footer = line.length <= 80 ? POSTED_BY_AT.exec(line) : null;
  if (footer && isFooterName(footer[1]!)) return { author: footer[1]! };
  // "By Jane Doe, March 3, 2024", "Por María García, 3 de marzo de 2024": the byline, a comma, the date.
  const signed = bylineThenCommaDate(line);
  if (signed) return signed;
  // "Pubblicato il 18 ottobre 2023 da Chiara Benedetti", "Publicado el 3 de marzo de 2024 por Ana Ruiz": the stamp, then its writer
  // after the word for "by" (Italian's "da" only here, after a whole stamp: elsewhere it is "from").
  const stampThenBy = line.length <= 120 ? STAMP_THEN_BY.exec(line) : null;
  const stampBeforeBy = stampThenBy && looksLikePersonName(stampThenBy[2]!) ? parseTimestampLine(stampThenBy[1]!) : null;
  if (stampThenBy && stampBeforeBy) return { [stampBeforeBy.kind]: stampBeforeBy.date, author: stampThenBy[2]! };
  // "20 March 2024 • 2:35pm": the separators may sit inside one timestamp.
  const whole = parseTimestampLine(line);
  if (whole) return { [whole.kind]: whole.date };
  // "Published - September 18, 2025 09:41 pm IST - CHENNAI": where it was filed from, in capitals, after the stamp.
  const filedFrom = line.length <= 120 ? TRAILING_PLACE_IN_CAPITALS.exec(line) : null;
  const filedStamp = filedFrom ? parseTimestampLine(line.slice(0, filedFrom.index)) : null;
  if (filedStamp) return { [filedStamp.kind]: filedStamp.date };
  // "Toulouse, le 12 mars 2024", "Berlin, 12. März 2024": a press release's place and date.
  // "Guadalajara, Jal. | Miércoles 5 de febrero de 2025 | 14:32 hrs": the date may run on in fields of its own.
  const placed = PLACE_THEN_DATE.exec(line) ?? PLACE_BAR_DATE.exec(line);
  const dated = placed ? parseTimestampLine(line.slice(placed[0].length)) : null;
  if (dated) return { [dated.kind]: dated.date };
  const datedFields = placed && !dated ? readMetaLine(line.slice(placed[0].length)) : null;
  if (datedFields && datedFields.author === undefined && (datedFields.published || datedFields.updated)) return datedFields;
  // "Aus Gersfeld berichtet Katharina Wendt": where the writer reports from, then the name.
  const reports = line.length <= 100 ? REPORTS_FROM.exec(line) : null;
  if (reports && looksLikePersonNames(reports[1]!)) return { author: reports[1]! };
  // "Foto del escritor: Marta RuizMarta Ruiz": the writer's picture's alt text, the name glued to itself (the picture's, the link's).
  const pictured = line.length <= 120 ? WRITER_PICTURE.exec(line) : null;
  const pictureName = pictured ? onceIfTwice(pictured[1]!.trim()) : null;
  if (pictureName && looksLikePersonName(pictureName)) return { author: pictureName };
  // "Autor, Valentina Oropeza Ruiz" over "Título del autor, BBC News Mundo": the label, a comma, the name, as a field's name and value.
  const labelled = labelCommaName(line);
  if (labelled) return { author: labelled };
  // "Marcus De Guzman View More Articles": the writer's name glued to the link to their other articles.
  const linked = line.length <= 100 ? AUTHOR_PAGE_LINK.exec(line) : null;
  if (linked && looksLikePersonNames(linked[1]!)) return { author: linked[1]! };
  // "Jane Doe - Nov 19, 2019, 10:31 pm", "Jane Doe @janedoe / 2 days": a byline without its "By".
  const named = BYLINE_OPENER.test(line) ? null : nameBeforeStamp(line);
  if (named) {
    // "@janedoe / 9:00 am EDT • September 15, 2020": the stamp after the writer's handle.
    const rest = named.rest.replace(LEADING_HANDLE, "");
    const stamp = rest.includes("@") ? null : parseMetaLine(rest);
    return { ...stamp, author: withoutRole(named.author) };
  }
  // "2024年03月12日 14:35 新华网": a Chinese portal's stamp with the source's name after it, unlabelled.
  const sourced = line.length <= 60 ? CJK_SOURCE_AFTER.exec(line) : null;
  const sourcedStamp = sourced ? parseTimestampLine(line.slice(0, sourced.index)) : null;
  if (sourcedStamp) return { [sourcedStamp.kind]: sourcedStamp.date };
  // "Penulis Dian Rahmawati | Editor Bagus Santoso": the writer's and the editor's labels without colons, side by side.
  const pair = line.length <= 100 ? WRITER_EDITOR_PAIR.exec(line) : null;
  if (pair && looksLikePersonName(pair[1]!)) return { author: pair[1]! };
  // "Posted on January 16, 2024 by margaretsallotment": WordPress's default byline names the writer by their login.
  const login = line.length <= 100 ? POSTED_BY_LOGIN.exec(line) : null;
  const loginStamp = login ? parseTimestampLine(login[1]!) : null;
  if (login && loginStamp) return { [loginStamp.kind]: loginStamp.date, author: login[2]! };
  // "Published on 3 October 2021 by Julie": the byline may follow the stamp after its own word.
  // "… 4:29 AM EST Updated an hour ago": a second stamp may follow the first with no separator but its word.
  // "2024年03月12日 14:35 来源：新华网 作者：王晓明": labelled fields side by side, split before each label.
  // "Janet Morrow | Staff Reporter": a name and the writer's job, set apart.
  const role = NAME_BAR_ROLE.exec(line);
  if (role && looksLikePersonName(role[1]!) && isWriterRole(role[2]!)) return { author: role[1]! };
  let numericStamp = false;
  let minutesField = false;
  let wordsField = false;
  let bareNameAfterStamp: string | undefined;
  const segments = line.replace(UPDATE_AFTER_PUNCTUATION, " | ").split(SEGMENT_SPLIT);
  let lastStamp: string | undefined;
  // "अंकित शर्मा | 4 अक्टूबर 2023 | …": a name in a script without capitals opens the row, the stamp after it.
  const caselessFirst = segments.length > 1 && parseTimestampLine(segments[1]!) ? caselessName(segments[0]!) : null;
  let index = -1;
  for (const raw of segments) {
    index++;
    if (index === 0 && caselessFirst) {
      result.author ??= caselessFirst;
      continue;
    }
    // "… 6:02 PM EST - Updated …": the hyphen the row sets before its update, left at the end of the stamp's segment.
    const segment = raw.endsWith(" -") ? raw.slice(0, -2) : raw;
    const stamp = parseTimestampLine(segment);
    if (stamp) {
      result[stamp.kind] = stamp.date;
      lastStamp = segment;
      continue;
    }
    // "Posted by Ellen Marsh at 03:42 PM in Preserving | Permalink | Comments (3)": a blog's footer row, its writer and the
    // post's clock, then its links.
    const postedAt = POSTED_BY_AT.exec(segment);
    if (postedAt && looksLikePersonName(postedAt[1]!)) {
      result.author ??= postedAt[1]!;
      continue;
    }
    if (segments.length > 1 && BLOG_TOOL_FIELD.test(segment)) continue;
    // "May 2, 2024 | 3:50 PM IST | By …": the stamp's clock in a field of its own, after its date.
    if (lastStamp !== undefined && CLOCK_ONLY.test(segment)) {
      const timed = parseTimestampLine(`${lastStamp} ${segment}`);
      if (timed) result[timed.kind] = timed.date;
      lastStamp = undefined;
      continue;
    }
    const author = parseByline(segment);
    if (author) {
      // The first byline is the writer's ("Story by Jane Doe; photos by Tom Hale").
      result.author ??= author;
      // "Posted by Jane Smith on April 3, 2022": the date after the name.
      const dated = BYLINE_THEN_DATE.exec(segment);
      // "em 10 de janeiro de 2025": Portuguese "on" is no stamp's label elsewhere (a sentence opens "Em 12 de março…").
      const stamp = dated ? parseTimestampLine(dated[1]!.replace(/^em\s+/i, "")) : null;
      if (stamp) result[stamp.kind] ??= stamp.date;
      continue;
    }
    // "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019": a stamp is a
    // stamp by its word, even when its date is one the parser cannot read.
    if (STAMP_OPENER.test(segment)) continue;
    // "By Jane Doe · 03/04/2024": a numeric date beside the byline, read later in the page's language.
    if (segments.length > 1 && isNumericStamp(segment)) {
      numericStamp = true;
      continue;
    }
    // "字号：大 中 小", "分享到：微信 微博": the page's tools in the stamp's row.
    if (segments.length > 1 && PAGE_TOOL_FIELD.test(segment)) continue;
    // "来源：新华网", "Source: Reuters": where the story came from, printed beside the stamp.
    if ((SOURCE_FIELD.test(segment) || EDITOR_FIELD.test(segment)) && segments.length > 1) continue;
    // "… • 5 min read": the reading time printed beside the stamp; "… | 14 Comments": the comment count.
    // "March 3, 2024 · 9 min · 1847 words": a blog theme's row, its reading time bare and the post's length in words.
    if (segments.length > 1 && BARE_MINUTES.test(segment)) {
      minutesField = true;
      continue;
    }
    if (segments.length > 1 && WORD_COUNT.test(segment)) {
      wordsField = true;
      continue;
    }
    if (segments.length > 1 && (READING_TIME.test(segment) || VIEW_COUNT.test(segment))) continue;
    if (COMMENT_COUNT.test(segment) && segments.length > 1) continue;
    // "… by Jessica Lam · This post may contain affiliate links · 47 Comments": a blog's disclosure in the row.
    if (segments.length > 1 && isAffiliateDisclosure(segment)) continue;
    // "… · 9 min · 1847 words · Ben Okafor": a theme's row names the writer bare, after the stamp, the minutes and the words
    // (after fewer of them, "6 min · Rust Programming", "5 min read · Climate Change", it is as often a section's name: no byline).
    if (minutesField && wordsField && (result.published || result.updated) && bareNameAfterStamp === undefined) {
      const name = bareNameByline(segment);
      if (name) {
        bareNameAfterStamp = name;
        continue;
      }
    }
    // "Written by Jane Doe", "Words by …": the byline's own word, before the name.
    if (SEGMENT_BEFORE_BY.test(segment) && segments.length > 1) continue;
    // "… — Edited By Jasmine Ortega — Medically Reviewed By Dana Hollis, MS": another role's credit beside the writer's.
    if (OTHER_ROLE_CREDIT.test(segment) && segments.length > 1) continue;
    // "Story by Jane Doe; photos by Tom Hale": the photographer's credit after the writer's byline.
    if (result.author !== undefined && /^(?:photos?|pictures?|photography|images?|video)$/i.test(segment)) continue;
    // "Texto: Mariana Couto | Fotos: Pedro Ivo Tanaka": the photographer's labelled credit beside the writer's.
    if (result.author !== undefined && PHOTOGRAPHER_FIELD.test(segment)) continue;
    // "By Bill Hoppe | Special to the Pioneer Press": the writer's job after the byline.
    if (result.author !== undefined && isWriterRole(segment)) continue;
    // "by Pastor Mark Ellison | Mar 2, 2025 | Blog, Outreach | 2 comments": a theme's row names the post's categories after the byline and the date.
    if (result.author !== undefined && (result.published || result.updated) && CATEGORY_LIST.test(segment)) continue;
    // "By Yvonne Jessup | Nashville Tennessean": the outlet the writer works for, after the byline.
    if (result.author !== undefined && OUTLET_SEGMENT.test(segment)) continue;
    // "… | Topic: Security", "… | Section: Business": the row's labelled section beside the byline and the stamp.
    if (segments.length > 1 && LABELLED_SECTION.test(segment)) continue;
    // "niedziela, 9 marca 2025 | Anna Kowalczyk, Parafialny Zespół Caritas": after the stamp, a name and its role or team after a comma.
    const nameWithTeam = result.author === undefined && (result.published || result.updated) ? NAME_COMMA_TEAM.exec(segment) : null;
    // (A place has its region after the comma, a word or two: "New York, NY", "Springfield, Illinois".)
    if (nameWithTeam && looksLikePersonName(nameWithTeam[1]!) && (nameWithTeam[2]!.split(/\s+/).length >= TEAM_WORDS || isWriterRole(nameWithTeam[2]!))) {
      result.author = nameWithTeam[1]!;
      continue;
    }
    return null;
  }
  if (bareNameAfterStamp !== undefined) result.author ??= bareNameAfterStamp;
  // "11/03/2025 18h14 · Atualizado há 2 horas": every part a stamp, its date one the page's own order of day and month reads later.
  return result.published || result.updated || result.author ? result : numericStamp ? {} : null;
}

const EDIT_NOTE = /^\((?:last )?(?:edited|updated|modified|corrected|amended)(?: on)? ([^:;()]{6,40}?)(?:\s*[:;,—–-]\s*[^()]{1,120})?\)$/i;
const MAX_EDIT_NOTE = 200;

/** A time counted back from now after the stamp, in brackets or set off: " (2 часа назад)", " · 3 hours ago". */
const TRAILING_RELATIVE_AGO = new RegExp(`(?<=\\S)\\s*(?:\\(\\s*${RELATIVE_AGO}\\s*\\)|[·•|]\\s*${RELATIVE_AGO})$`, "iu");
/** The row's count of readers: "3,412 views", "12.4K views", "3,412 बार पढ़ा गया", "Přečteno 18 405×". */
const VIEW_COUNT = /^(?:👁\s*)?[\d\s.,]+\s*[kK]?\s*(?:views?|reads?|lượt xem|visualizaciones|visualizações|aufrufe|vues|visualizzazioni|просмотр(?:ов|а)?|görüntülenme|बार पढ़ा गया|बार देखा गया|צפיות|مشاهدة)$|^(?:views?|přečteno|zobrazeno|просмотров|aufrufe)\s*[:：]?\s*[\d\s.,]+×?$/iu;
const NAME_COMMA_TEAM = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}),\s+(\S.{0,60})$/u;
/** Fewest words of a team's name after a writer's (a role may be shorter: "Staff Writer"). */
const TEAM_WORDS = 3;
/** An outlet's name: up to four capitalised words, "The" first or not. */
const OUTLET_SEGMENT = /^(?:The )?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$/u;
const LEADING_HANDLE = /^@[\w.]+\s*(?:[/|·•–—-]\s*)?/;
// "… | Kategorie: Doprava", "… | Rubrique : Société": the same in other languages.
const LABELLED_SECTION = /^(?:topics?|sections?|categor(?:y|ies)|filed under|channel|kategorie|kategorien|kategoria|kategori|kategória|categoria|categoría|catégorie|categorie|rubrik|rubrique|rubriek|sección|sezione|secção|seção|рубрика|категория|категорія|téma|témata|themen?)\s*:\s*\S.{0,50}$/iu;
/** A handle glued to the name's last word ("Okafor@miriamokafor"), not an e-mail address ("mhartley@tribune.com"). */
const GLUED_HANDLE = /(\p{Lu}\p{Ll}+)@(?=[A-Za-z0-9_]{2,}(?![A-Za-z0-9_]*\.[a-z]))/gu;
const GLUED_BULLET = /(\S)\s*•\s*(?=\S)(\S)/g;

/** A name, then the link to the writer's page: "View More Articles", "See all posts" ("Premier League More Stories" is a section's link). */
const AUTHOR_PAGE_LINK = /^(\p{Lu}.{2,60}?)\s+(?:view|see) (?:more|all) (?:articles|posts|stories)$/iu;
/** A blog platform's label for the writer's picture, the name after it. */
const WRITER_PICTURE = /^(?:writer['’]s picture|author['’]s picture|foto del escritor|foto del autor|photo de l['’](?:auteur|écrivain)|foto des autors|foto do escritor|foto do autor|foto dell['’]autore|foto van de schrijver)\s*:\s*(.{3,80})$/i;

/** "Marta RuizMarta Ruiz" → "Marta Ruiz": a text glued to itself, once. */
function onceIfTwice(text: string): string {
  const half = text.length / 2;
  return Number.isInteger(half) && text.slice(0, half) === text.slice(half) ? text.slice(0, half) : text;
}

/** "Autor, Valentina Oropeza Ruiz", "Author, Zoe Kleinman": the writer's label, a comma, a person's name; or null. */
export function labelCommaName(line: string): string | null {
  const labelled = line.length <= 80 ? LABEL_COMMA_NAME.exec(line) : null;
  const name = labelled?.[1];
  // A job is no name: "Autora, Directora de Comunicación" (a word in lower case), "Autorka, Redaktor Naczelna".
  return name !== undefined && looksLikePersonName(name) && !/(?:^|\s)\p{Ll}/u.test(name) && !isWriterRole(name) ? name : null;
}
const LABEL_COMMA_NAME = /^(?:Author|Autor|Autora|Auteur|Autrice|Autore|Autorka|Yazar|Автор|Penulis),\s+(\p{Lu}.{2,60})$/u;
const REPORTS_FROM = /^(?:[Aa]us|[Vv]on)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s+berichte[nt]\s+(\p{Lu}.{2,60})$/u;

/** A few capitalised words, comma-separated: a post's categories ("Blog, Outreach"). */
const CATEGORY_LIST = /^\p{Lu}[\p{L}&'’ -]{0,25}(?:,\s*\p{Lu}[\p{L}&'’ -]{0,25}){0,4}$/u;

/** "… 27 nov. 2026 à 08:00 - Temps de lecture : 2 min" → "… 27 nov. 2026 à 08:00": the reading time set off after the stamp. */
function withoutTrailingReadingTime(line: string): string {
  // Every reading time's unit holds "min" (or the Russian and Turkish words): a cheap test first.
  const mayHold = line.includes("min") || line.includes("Min") || line.includes("MIN") || line.includes("минут") || line.includes("dakika");
  const cut = mayHold && /\d/.test(line) ? TRAILING_SET_OFF.exec(line) : null;
  // "March 7, 2025 · 22 min": a bare length set off after the stamp, the piece's reading or listening time.
  if (cut && (READING_TIME.test(cut[1]!) || BARE_MINUTES.test(cut[1]!))) return line.slice(0, cut.index);
  // "6 September 2025 12 minute read": or glued to the stamp's year or clock, with nothing between;
  // "… (envoyée spéciale) Temps de Lecture 4 min.": or with its label, after the byline.
  const glued = mayHold ? GLUED_READING_TIME.exec(line) ?? GLUED_LABELLED_READING_TIME.exec(line) : null;
  return glued ? line.slice(0, glued.index) : line;
}

const GLUED_LABELLED_READING_TIME = new RegExp(`\\s+(?:${READING_TIME_LABELS})\\s*:?\\s*\\d{1,3}\\s*min(?:utes?|uten|utos|uti)?\\.?$`, "i");
/** An English reading time right after a year or a clock time, nothing between; or after anything, with its word "read" ("… by Hannah Novak 6 min read"). */
const GLUED_READING_TIME = /(?<=\b(?:\d{4}|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?))\s+\d{1,3}[ -]?min(?:ute)?s?(?: read)?$|\s+\d{1,3}[ -]?min(?:ute)?s? read$/i;

/** Blogger's footer as its languages print it: "Posted by Jane at 19:42", "Eingestellt von Ulrike um 14:32", "Publié par Anne à 09:15". */
const POSTED_BY_AT = /^(?:Posted by|Eingestellt von|Publié par|Publicado por|Publicat per|Postado por|Pubblicato da|Geplaatst door|Gepost door|Lähettänyt|Opublikowane przez|Publicerat av|Lagt inn av|Indsendt af) (\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}) (?:at|um|à|a las?|a les|en|às|alle|op|klo|o|kl\.) \d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+(?:in|in der|dans|en|em|op|i)\s+.{1,80})?$/u;

/** Whether the line is a blog platform's footer naming the post's writer and its clock. */
export function isPostedByFooter(line: string): boolean {
  const posted = line.length <= 80 ? POSTED_BY_AT.exec(line) : null;
  return posted !== null && isFooterName(posted[1]!);
}

/** A blogger signs with a first name alone as often as with a full one ("Eingestellt von Ulrike um 14:32"). */
function isFooterName(name: string): boolean {
  return looksLikePersonName(name) || /^\p{Lu}\p{Ll}{1,20}$/u.test(name);
}
// "… | Suggest Changes", "… · Edit this page": the link to the post's source, a static site's theme prints beside the stamp.
const BLOG_TOOL_FIELD = /^(?:permalink|comments?\s*\(\d+\)|trackbacks?\s*\(\d+\)|email this(?: post)?|suggest (?:changes|an edit)|edit (?:this (?:page|post)|on github)|improve this page)$/i;
/** "1847 words", "1,847 Wörter": a post's length in words. */
const WORD_COUNT = /^\d{1,3}(?:[,.]?\d{3})*\s+(?:words|wörter|mots|palabras|palavras|parole|woorden)$/i;
/** A clock and its zone alone: "3:50 PM IST", "19:10 BST". */
export const CLOCK_ONLY = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i;
const BARE_MINUTES = /^\d{1,3}\s?min(?:s|utes?)?\.?$/i;
/** The last part of a line set off by a dash, bar or bullet, up to 40 characters. */
const TRAILING_SET_OFF = /\s+[-–—|·•]\s+([^-–—|·•]{3,40})$/;

/** What stands before "by", "par", "von" in a byline split there: "Written", "Interview", "Propos recueillis", "Ein Kommentar". */
const SEGMENT_BEFORE_BY = new RegExp(
  `^(?:written|words|reporting|reported|story|text|escrito|postado|publicado|scritto|pubblicato|geschrieben|écrit|rédigé|article rédigé|geschreven|(?:an? )?(?:${PIECE_KINDS})|reviewed|hosted|compiled|(?:text|words) and (?:photos?|pictures|images)|propos recueillis|(?:eine? )?(?:${GERMAN_PIECE_KINDS}))$`,
  "i",
);

/** Another role's credit: an editor's, a reviewer's, a fact-checker's, an illustrator's ("Medically Reviewed By Dana Hollis, MS"). */
/** The photographer's (or illustrator's) field, labelled, beside a byline: "Fotos: Pedro Ivo Tanaka", "Photos: Jane Roe". */
const PHOTOGRAPHER_FIELD = /^(?:photos?|photographs?|photography|pictures?|images?|illustrations?|fotos?|fotografias?|fotografie|fotografía|fotograf|bilder?|kuvat?|zdjęcia|фото|ilustraç(?:ão|ões)|ilustraciones|ilustración|video|vídeo)\s*[:：]\s*\p{Lu}[\p{L}.'’ -]{1,60}$/iu;
const OTHER_ROLE_CREDIT = /^(?:(?:medically |fact[- ]?)?(?:reviewed|checked)|edited|fact[- ]checked|illustrated|photographed|produced|designed) by\s+\p{Lu}.{1,60}$/iu;

/** "Jane Doe, Staff Writer" → "Jane Doe": the writer's job after a comma is not the name's. */
function withoutRole(name: string): string {
  const comma = name.lastIndexOf(",");
  return comma > 0 && isWriterRole(name.slice(comma + 1).trim()) ? name.slice(0, comma).trim() : name;
}

/** A name, a bar or a bullet, and what may be the writer's job. */
const NAME_BAR_ROLE = /^([^|·•/]{3,40}?)\s+[|·•/]\s+([^|·•/]{3,40})$/;

/** The writer's job on its own: "Business reporter", "Senior Correspondent", "Staff Writer". */
export function isWriterRole(text: string): boolean {
  return text.length <= 40 && WRITER_ROLE.test(text);
}

// "Business reporter", "Senior Correspondent"; or the job first and its desk or outlet after, as
// languages with cases print it ("Dziennikarka Onetu", "Корреспондент РИА Новости", "Repórter do g1").
// "Special to The Prairie Ledger": a contributor's line under the name, as North American papers print it.
// "Video Journalist, NewsNow Kamloops": the job, then the outlet after a comma.
const WRITER_ROLE =
  /^special to (?:the )?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4}$|^(?:[\p{L}-]+\s+){0,3}(?:correspondent|reporter|editor|writer|columnist|contributor|journalist|redakteur(?:in)?|redacteur|verslaggever|korrespondent(?:in)?|correspondant(?:e)?|journaliste|rédacteur|rédactrice|corresponsal|periodista|redactor(?:a)?|giornalista|toimittaja)(?:,\s+\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})?$|^(?:dziennikar(?:z|ka)|reporter(?:ka)?|redaktor(?:ka)?|redacteur|verslaggever|rédacteur|rédactrice|korespondent(?:ka)?|publicyst(?:a|ka)|корреспондент|журналист(?:ка)?|обозреватель|репортер|repórter|jornalista|correspondente|colunista|giornalista|inviat[oa]|corrispondente|periodista|corresponsal|journaliste|correspondant(?:e)?|envoyée? spéciale?)(?:\s+[\p{L}\p{N}.-]+){1,3}$/iu;

/** A writer's job in a word or two, alone ("Kulturskribent", "Publicysta"), in the languages of the byline rules. */
export function isWriterJob(text: string): boolean {
  return WRITER_JOB.has(text.toLowerCase());
}

const WRITER_JOB = new Set([
  "columnist", "critic", "correspondent", "editor", "writer", "reporter", "journalist", "kulturskribent", "skribent", "krönikör", "redaktör",
  "publicysta", "publicystka", "felietonista", "felietonistka", "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "komentátor",
  "komentátorka", "novinář", "novinářka", "publicista", "publicistka", "editorialista", "columnista", "colunista", "cronista", "periodista",
  "jornalista", "giornalista", "opinionista", "chroniqueur", "chroniqueuse", "éditorialiste", "journaliste", "kolumnist", "kolumnistin",
  "journalistin", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "köşe yazarı", "обозреватель", "колумнист", "журналист",
  "журналистка", "δημοσιογράφος", "αρθρογράφος", "jurnalist", "jurnalistă", "reporteră", "redactoare", "novinárka", "novinár", "újságíró",
  "toimittaja", "journalist", "dziennikarka", "redacteur", "verslaggever", "rédacteur", "rédactrice",
]);

/** A name and, under it, the signer's role: "Linda Moss" / "Chair, Friends of Hillside School", "Dr Sam Patel" / "Director of Public Health". */
export function isSignature(name: string, role: string): boolean {
  return looksLikePersonName(name) && !/[,|]/.test(name) && (isWriterRole(role) || SIGNED_ROLE.test(role) || (role.length <= MAX_ROLE && OFFICE_TITLE.test(role)));
}

/** Longest role line under a signature. */
const MAX_ROLE = 70;

/** An office's title, with what it heads after it: "Director of Public Health", "Parish Clerk", "Head Teacher". */
const OFFICE_TITLE =
  /^(?:(?:senior|deputy|assistant|acting|interim|executive|managing|associate|general|programme|program|project|parish|town|district|county|borough|club|team|honorary|hon\.)\s+)*(?:director|head(?:\s?teacher)?|chair(?:man|woman|person)?|president|vice[- ]president|secretary|manager|officer|clerk|co-?ordinator|leader|principal|minister|mayor|councillor|commissioner|superintendent|chief executive|ceo|founder|co-founder|organi[sz]er|treasurer|trustee|vicar|rector|warden|governor|captain|coach|administrator|spokesperson|spokes(?:man|woman))(?:\s+(?:of|for|at|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,5})?$/iu;

/** A role under a signature: "Chair, Friends of Hillside School", "Parish Clerk" (short, capitalised, no sentence). */
const SIGNED_ROLE = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3},\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,5}$/u;

/** A card's kicker in a related box: its section in capitals ("LOCAL", "REAL ESTATE NEWS"). */
export function isCardKicker(text: string): boolean {
  return text.length <= CARD_KICKER_CHARS && /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

const CARD_KICKER_CHARS = 25;

/** Two parts around a spaced dash, each of which may be a date ("June 1, 1941 – March 2, 2025"). */
const DATE_SPAN = /^(.*\d.*?)\s+[-–—]\s+(.*\d.*)$/;

/**
 * A byline whose date follows the name after a comma ("By Jane Doe, March 3,
 * 2024", "Par Julie Martin, le 3 mars 2024"): the name and the date, or null.
 * The date is looked for after each comma in turn ("By Jane Doe, Staff
 * Writer, March 3, 2024").
 */
function bylineThenCommaDate(line: string): { author: string; published?: Date; updated?: Date } | null {
  if (!BYLINE_OPENER.test(line) || !/\d{4}/.test(line)) return null;
  // "Par Sophie Garnier - 27 nov. 2026 à 08:00": a dash between them does as well as a comma.
  for (const mark of line.matchAll(BYLINE_DATE_MARK)) {
    const stamp = parseTimestampLine(line.slice(mark.index + mark[0].length));
    if (!stamp) continue;
    const author = parseByline(line.slice(0, mark.index));
    return author ? { author, [stamp.kind]: stamp.date } : null;
  }
  return null;
}

/** What sets the date apart from the byline before it: a comma, or a dash between spaces. */
const BYLINE_DATE_MARK = /,\s|\s[-–—]\s/g;

/**
 * A stamp whose date is numbers with slashes or dashes ("03/04/2024", "Published:
 * 03/04/2024 10:42", "04-03-2025, 10:20"): a stamp line, though only the page's language can say
 * whether it is 3 April or March 4 (the page's date stage reads it so).
 */
export function isNumericStamp(line: string): boolean {
  // Asked of every short line of the body: a slash or a dash between digits first, then the pattern.
  if (line.length > 2 * MAX_NUMERIC_STAMP || (!line.includes("/") && !/\d-\d/.test(line))) return false;
  if (line.length <= MAX_NUMERIC_STAMP && NUMERIC_STAMP.test(line)) return true;
  // "Publié le 27/11/2024 à 19h05 - Mis à jour le 27/11/2024 à 21h30": the stamp and its update, each one, set apart.
  const parts = line.split(STAMP_PARTS);
  return parts.length === 2 && parts.every((part) => part.length <= MAX_NUMERIC_STAMP && NUMERIC_STAMP.test(part));
}

const MAX_NUMERIC_STAMP = 60;
// "… 05:45 h. Actualizado: …": or after the first stamp's stop, before a capital.
const STAMP_PARTS = /\s+[-–—|·•]\s+(?=\p{L})|(?<=\d\s?h\.)\s+(?=\p{Lu})/u;

// "04/03/2025", "04-03-2025, 10:20", "Actualizado: 04/03/2025 - 12:45", "04/03/2025 ore 10:20", Drupal's "Mon, 08/05/2024 - 11:20";
// the update's time after a comma ("Publié le 26/11/2026 à 18:32 , mis à jour à 19:05"); a Spanish clock's "h." ("07/10/2024 - 05:45 h.").
const NUMERIC_STAMP = /^(?:[\p{L}][\p{L} ]{0,24}[:：,]?\s*)?\d{1,2}([/-])\d{1,2}\1\d{2,4}(?:,?\s+(?:[-–|]\s+)?(?:(?:at|à|um|ore|alle|às|a las)\s+)?\d{1,2}[:.h]\d{2}(?:h|\s?h\.)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?(?:\s*[,;]\s*(?:mis à jour|modifié|actualizado|atualizado|aggiornato|aktualisiert|updated|обновлено)\b.{0,30})?$/iu;

/** A place's name and a comma before a date: one to three capitalised words. */
// "Valverde del Camino (Huelva) - 20 jul 2025 - 06:40 CEST": a place's particles and its province in brackets too (two particles:
// "Talavera de la Reina, 28 de abril de 2024").
// "Guadalajara, Jal. | 20 de noviembre de 2024 · 18:45 hrs": its state after a comma, then a bar; the date perhaps
// opening on its weekday, the day before the month ("Miércoles 5 de febrero de 2025": a month first is as often a byline's date).
const PLACE_THEN_DATE = /^\p{Lu}[\p{L}'’.-]+(?:[ -](?:(?:de|del|la|las|los|di|da|do|am|an|sur|upon|on)\s+){0,2}\p{Lu}[\p{L}'’.-]+){0,3}(?:\s+\(\p{Lu}[\p{L} .'’-]{1,30}\))?(?:,\s+\p{Lu}[\p{L}'’.]{1,14}\s+\||,|\s+[-–—])\s+(?=(?:le|den|am|el|il|on|the)?\s*\d|\p{L}+\.?,?\s+\d{1,2}\.?\s+(?:de\s+)?\p{L})/u;
/** A place of one word and a bar before the date ("KADUNA | Monday, 5 February 2025"); of two words it is as often the writer's name. */
const PLACE_BAR_DATE = /^\p{Lu}[\p{L}'’.-]+\s+\|\s+(?=\d|\p{L}+\.?,?\s+\d{1,2}\.?\s+(?:de\s+)?\p{L})/u;

/** A quote's attribution line: a dash, then who said it ("— Survey director Jane Doe"). */
const ATTRIBUTION = /^[—–―-]\s*\p{Lu}/u;

/**
 * Whether a line says who said the quote above it: an attribution right under
 * it (a hyphen too), or a blank line below it with a dash no list uses.
 */
export function attributesQuote(line: string, gapBefore: number): boolean {
  return line.length <= 80 && ATTRIBUTION.test(line) && (gapBefore === 0 || (gapBefore === 1 && /^[—―]/.test(line)));
}

/**
 * An embedded post's lines around its text, as a tweet leaves them: its header
 * ("Rovers FC (@RoversFC) March 9, 2025") and its sign-off ("— Rovers FC
 * (@RoversFC) March 9, 2025"): a name, a handle, a date.
 */
export function embedLine(line: string): "header" | "sign-off" | null {
  if (line.length > 120 || !line.includes("(@")) return null;
  const m = EMBED_BYLINE.exec(line);
  return m ? (m[1] ? "sign-off" : "header") : null;
}
const EMBED_BYLINE = /^([—–―-]\s*)?[^()]{1,60}\(@[\w.]{1,30}\)\s*(?:·\s*)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})$/u;

/** A line that leads into what follows ("Dear friends,", "Ingredients:"): no headline. */
export function leadsIntoNext(line: string): boolean {
  return /[,:;：]$/.test(line);
}

/** "12.03.2024": a numeric date as most of Europe prints it. */
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.\d{4}\b/;

/** A stamp line's field naming the desk's editor, beside the writer's: "责任编辑：刘洋", "Editor: Jane Doe". */
const EDITOR_FIELD = /^(?:责任编辑|責任編輯|编辑|編輯|编审|审核|校对|編集|편집|editor|edited by|redaktion|rédaction|redacción|redazione)\s*[:：]/iu;

/** The editor's credit alone on its line ("编辑：周彤", "Editor: Jane Doe"), as a live blog closes each update: no text of the article. */
export function isEditorCredit(line: string): boolean {
  return line.length <= MAX_EDITOR_CREDIT && EDITOR_FIELD.test(line);
}
const MAX_EDITOR_CREDIT = 40;

/** A stamp row's tools: the type size and the share buttons ("字号：大 中 小", "分享到：微信 微博 QQ空间"). */
const PAGE_TOOL_FIELD = /^(?:字号|字號|字体|字體|分享到|分享至)[:：]/u;

/** A stamp line's field naming the story's source: "来源：新华网", "Source: Reuters", "Quelle: dpa". */
const SOURCE_FIELD = /^(?:来源|來源|出典|출처|source|quelle|fuente|fonte|źródło|kaynak|sumber|источник|джерело)\s*[:：]/iu;

/** A news agency's name alone ("Reuters", "REUTERS", "AFP"), printed as the byline of its wire copy: its usual spelling. */
export function wireAgency(line: string): string | null {
  return line.length <= MAX_AGENCY_NAME ? WIRE_AGENCIES.get(line.trim().toLowerCase()) ?? null : null;
}

/** The longest agency name below ("Agence France-Presse"), with spaces around it. */
const MAX_AGENCY_NAME = 24;

const WIRE_AGENCIES = new Map(
  [
    "Reuters", "AFP", "Agence France-Presse", "AP", "Associated Press", "The Associated Press", "Bloomberg", "dpa", "EFE", "ANSA", "Xinhua",
    "Kyodo", "Yonhap", "PTI", "IANS", "ANI", "TASS", "RIA Novosti", "Anadolu", "Anadolu Agency", "Europa Press", "Lusa", "Agência Brasil",
    "AAP", "PA Media", "Press Association", "The Canadian Press", "UPI",
  ].map((name) => [name.toLowerCase(), name]),
);

// "Chris Davies - Nov 19, 2019, 10:31 pm", "Natasha Turak @NatashaTurak": a name, a separator, then a stamp or a handle.
// The handle may be glued to the name ("Natasha Turak@NatashaTurak") where the page set them in two boxes.
// "Megan Hartley mhartley@lakeshoretribune.com": or the writer's address after the name, as a byline box flattens.
const NAME_THEN = /^(.{3,60}?)(?:\s+[-–—|·•/]\s+(.*)|\s*(@\w+.*)|\s+([\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}))$/u;
const NAME_THEN_MARK = /@|\s[-–—|·•/]\s/;

/**
 * A byline without its "By": a person's name followed by the writer's handle,
 * or by a stamp and nothing else ("Jane Doe - Nov 19, 2019 | Updated …"; not
 * "Jane Doe - who turned 34 on December 13, 2023 - gave …").
 */
export function nameBeforeStamp(line: string): { author: string; rest: string } | null {
  if (line.length > 160) return null;
  // A cheap test first: the pattern's lazy name part is tried at every length up to 60.
  if (!NAME_THEN_MARK.test(line)) return nameGluedToStamp(line);
  const m = NAME_THEN.exec(line);
  // "IANS | Updated: Jul 13, 2021 18:05 IST": a wire agency signs it.
  if (!m || !(looksLikePersonNames(m[1]!) || (m[2] !== undefined && wireAgency(m[1]!) !== null))) return null;
  const rest = m[2] ?? m[3] ?? m[4]!;
  if (rest.startsWith("@") || m[4] !== undefined) return { author: m[1]!, rest };
  // "Rafael Souza - 15/07/2024": a numeric date, read later in the page's own order of day and month.
  if (isNumericStamp(rest)) return { author: m[1]!, rest };
  if (!hasCalendarDate(rest) && !DOTTED_DATE.test(rest)) return null;
  // "Jenna Holloway · CBC News · Posted: Nov 22, 2021": the outlet the writer works for, between the name and the stamp.
  const outlet = OUTLET_BEFORE_STAMP.exec(rest);
  const stampText = outlet && OUTLET_SEGMENT.test(outlet[1]!) ? rest.slice(outlet[0].length) : rest;
  const stamp = parseMetaLine(stampText);
  return stamp && !stamp.author && (stamp.published || stamp.updated) ? { author: m[1]!, rest: stampText } : null;
}

/** The first field of what follows a name, set off by a bar or a bullet. */
const OUTLET_BEFORE_STAMP = /^([^|·•]{2,40}?)\s+[|·•]\s+/;

/**
 * "Jane Doe November 18, 2019 11:03 PM", "Reuters 18.11.2019 09:12": the
 * name's box and the stamp's box flattened onto one line with nothing
 * between. The name is a person's (two words or more) or a wire agency's, and
 * everything after it is the stamp.
 */
function nameGluedToStamp(line: string): { author: string; rest: string } | null {
  if (line.length > MAX_GLUED_BYLINE) return null;
  const words = line.split(" ");
  for (let k = 1; k <= 4 && k < words.length; k++) {
    const first = words[k]!;
    if (!/^\d/.test(first) && !MONTH_WORD.test(first.replace(/[.,]$/, ""))) continue;
    const nameWords = words.slice(0, k);
    // "Published Wed, Nov 20 2019": the stamp's own word and a weekday, no name.
    if (nameWords.some((word) => STAMP_WORD.test(word) || /[,:]$/.test(word))) return null;
    const name = nameWords.join(" ");
    // A name ends on a name's word, not a particle: "Modifié le 13/03/2025" is a stamp.
    const author = k >= 2 && looksLikePersonName(name) && /^\p{Lu}/u.test(nameWords[k - 1]!) ? name : wireAgency(name);
    if (!author) return null;
    const rest = words.slice(k).join(" ");
    if (isNumericStamp(rest)) return { author, rest };
    if (!hasCalendarDate(rest) && !DOTTED_DATE.test(rest)) return null;
    const stamp = parseMetaLine(rest);
    return stamp && !stamp.author && (stamp.published || stamp.updated) ? { author, rest } : null;
  }
  return null;
}

/** Longer than this, a name and a stamp side by side are a sentence. */
const MAX_GLUED_BYLINE = 80;

// "Jane Doe is a reporter for the Gazette.", "Jane Doe (@janedoe) is a contributor at the Gazette and…":
// a name, then what the writer does for a living ("Dana Whitcombe covers city hall. Reach her at …": or their beat, then how to reach them).
const WRITER_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\([^()]{1,40}\))?\s+(?:is\s+(?:a|an|the)\b[^.!?]{0,100}\b(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|producer|photographer|freelancer|intern|professor|lecturer|principal|teacher|researcher|economist|fellow|consultant|attorney|lawyer|physician)s?\b|has been (?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:writer|reporter|journalist|editor|correspondent|columnist|contributor)\b[^.!?]{0,30}\b(?:at|for|with)\s+(?:the\s+)?\p{Lu}|covers\s[^.!?]{3,100}\sfor\s+(?:the\s+)?\p{Lu}|(?:covers|writes about|reports on)\s[^.!?]{3,120}[.!?]\s+(?:Reach|Contact|Email|E-mail|Write to)\s+(?:him|her|them)\s+(?:at|via|on)\b|(?:can|may) be reached (?:at|by|via|on)\s+[\w.+-]+@[\w-]+\.)|^(?:Reach|Contact|Email|E-mail|Write to)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:at|via|on)\s+\S+@/u;

/** The name a writer's note opens with ("Sarah Okafor is a labour economist and writer…" → "Sarah Okafor"), or null. */
export function writerBioName(line: string): string | null {
  // "Reach Yvonne Jessup at …": the name after the call to reach the writer.
  return isWriterBio(line) ? /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}/u.exec(line.replace(REACH_CALL, ""))![0] : null;
}

const REACH_CALL = /^(?:Reach|Contact|Email|E-mail)\s+(?=\p{Lu})/u;

/** The writer's note that closes many pages: not the article's last paragraph. */
export function isWriterBio(line: string): boolean {
  // A note of three or four sentences ("… She is the author of …") is still the writer's.
  if (line.length > MAX_WRITER_BIO) return false;
  // "— Harriet Okonkwo-Bell is a freelance writer in Leeds.": the note set off by a dash, as a column closes.
  if (line.startsWith("— ") || line.startsWith("– ")) return isWriterBio(line.slice(2));
  // "(Anirudh Menon is an urban researcher based in Bengaluru. Views expressed are personal.)": the note in brackets, as Indian papers close a column.
  if (line.startsWith("(") && line.endsWith(")")) return isWriterBio(line.slice(1, -1));
  if (WRITER_BIO.test(line) || WRITER_BIO_LIVES.test(line) || THE_AUTHOR_IS.test(line)) return true;
  // The verbs the other languages' notes open with, looked for before the pattern; no year in a note.
  const verb = line.includes(" ist ") || line.includes(" est ") || line.includes(" es ") || line.includes(" é ") || line.includes(" è ") || line.includes(" jest ") || line.includes(" je ") || line.includes(" är ") || line.includes(" — ") || line.includes(" – ");
  // (A year the writer joined in may stand: "… é repórter do Vale Notícias desde 2019 e cobre …".)
  return verb && WRITER_BIO_OTHER.test(line) && !/\d{4}/.test(line.replace(SINCE_YEAR, ""));
}

const SINCE_YEAR = /\b(?:since|desde|seit|depuis|dal|od|sedan|siden|sinds|vanaf) (?:19|20)\d{2}\b/giu;

const MAX_WRITER_BIO = 600;

// "Autorka je krajinářská architektka a publicistka.", "The author is a professor of law at …", "Der Autor ist Historiker.":
// a column's note on its writer, who goes unnamed in it.
// (English with its article after the verb: "The author is unknown, …" is a sentence.)
const THE_AUTHOR_IS =
  /^(?:the (?:author|writer) is an? \p{Ll}|(?:der autor|die autorin|l['’]auteur|l['’]autrice|el autor|la autora|o autor|a autora|l['’]autore|autor|autorka|de auteur|de schrijver|autorul|autoarea|forfatteren|författaren|kirjoittaja|a szerző)\s+(?:ist|est|es|é|è|je|jest|is|este|er|är|on)\s+\p{Ll})/iu;

// "Eleanor Voss has contributed to The Parlour Review since 2012.", "Jakob Hessler ist Kunstkritiker und lebt in Leipzig.":
// what the writer has written for, or their job and where they live, as a magazine's note under the piece reads.
const WRITER_BIO_LIVES =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:has (?:contributed to|written for|reported for)\s+(?:the\s+)?\p{Lu}|(?:ist|est|es|è|é|is)\s+[^.!?]{2,60}\s+(?:und lebt in|et vit à|y vive en|e vive a|e vive em|and lives in)\s+\p{Lu})/u;

// The same in the languages the byline rules read, the writer's job right after the verb and no year in the line (a
// news sentence dates what happened): "Anna Becker ist Redakteurin im Lokalressort …", "Анна Смирнова — корреспондент …",
// "Paola Conti è giornalista …", "Lucía Herrera es periodista …", "Claire Dubois est journaliste …".
const WRITER_BIO_OTHER =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:ist|est|es|é|è|jest|je|är|—|–)\s+(?:(?:eine?|une?|uno|una|uma?|il|la|le|el|o|a|der|die|leitende[rn]?|freie[rn]?|stellvertretende[rn]?|senior|chief)\s+)?(?:[Rr]edakteur(?:in)?|[Rr]eporter(?:in)?|[Jj]ournalist(?:in)?|[Kk]orrespondent(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|jornalista|repórter|giornalista|corrispondente|redattore|redattrice|корреспондент|журналист(?:ка)?|обозреватель|редактор|écrivaine?|[Ss]chriftsteller(?:in)?|escritor(?:a)?|scrittore|scrittrice|pisarz|pisarka|författare|spisovatel(?:ka)?|schrijver|chroniqueu(?:r|se)|[Kk]olumnist(?:in)?|columnista|colunista|felietonista|krönikör|komentátor|publicysta|[Pp]ublizist(?:in)?)(?!\p{L})/u;

/**
 * A stamp whose boxes the scrape set side by side without a space: "Nov 20
 * 20194:29 AM ESTUpdated an hour ago" is "Nov 20 2019 4:29 AM EST Updated …".
 */
function unglued(line: string): string {
  if (!/\d{5}|[a-zA-Z](?:Updated|Published|Posted)/.test(line)) return line;
  return line.replace(/\b((?:19|20)\d{2})(?=\d{1,2}:\d{2})/g, "$1 ").replace(/([a-z]|\b[A-Z]{2,4})(?=(?:Updated|Published|Posted)\b)/g, "$1 ");
}
/** Lead-paragraph markers: the `:: ` some CMSs put before the lead, or a wire dateline. */
export function stripLeadMarker(line: string): { text: string; marked: boolean } {
  const m = /^(::|»|>>)\s+/.exec(line);
  // "» " and ">> " mark a lead only on a paragraph: before a headline they are a related link's bullet
  // ("» Rotmilan-Gutachten sorgt für Streit (11.02.2009)"). The publisher's ":: " marks it whatever it holds.
  if (m && (m[1] === "::" || endsLikeSentence(line))) return { text: line.slice(m[0].length), marked: true };
  return { text: line, marked: isDateline(line) };
}

/** A wire dateline opens the line (DATELINE); it names its agency in brackets or slashes early on, a cheap test first. */
export function isDateline(line: string): boolean {
  const opensEarly = (mark: string) => {
    const at = line.indexOf(mark);
    return at >= 0 && at < DATELINE_REACH;
  };
  return (opensEarly("(") || opensEarly("/")) && DATELINE.test(line);
}

/** A dateline's place, date and agency fit in this many characters. */
const DATELINE_REACH = 120;

/**
 * "WASHINGTON (Reuters) -", "BEIRUT, Sept 29 (AFP) —", "LONDON, September 29, 2017 /PRNewswire/ --",
 * "MADRID, 3 November 2025 (Reuters) -", "Madrid, 3 novembre 2025 (AFP) -", EFE's "Buenos Aires, 13 nov (EFE).-" (a
 * place in capitals, or capitalised before a date; a date in any order a wire writes it).
 */
export const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}\p{M} .]{1,30})?(?:,\s*[\p{L}\p{N}.]+(?: [\p{L}\p{N}.,]+){0,3})?|[\p{Lu}][\p{L}\p{M} .'’-]{1,40},\s*(?:\d{1,2}\.?\s+[\p{L}.]+|[\p{L}.]+\s+\d{1,2}),?\s+\d{4}|[\p{Lu}][\p{L}\p{M} .'’-]{1,40},\s*\d{1,2}\s+[\p{L}.]{3,12})\s*(?:\((?:Reuters|AP|AFP|Bloomberg|dpa|ANSA|EFE|UPI|IANS|PTI|Xinhua|[A-Z]{2,6})\)|\/[^/]{2,30}\/)\s*(?:\.?[-–—]{1,2}|:)(?:\s+|$)/u;

export function datelineDate(line: string): string | null {
  const m = isDateline(line) ? DATELINE.exec(line) : null;
  if (!m) {
    // A press release's dateline names the date whole, with no agency: "BRIGHTON, 21 March 2025 — …".
    // A dateline opens its paragraph: its first words are enough, and keep the pattern's cost bounded.
    const placed = opensInCapitals(line) && /\d{4}/.test(line) ? PLACE_DATE_DATELINE.exec(line.slice(0, 160)) : null;
    // "Oberwinkel, 15.07.2024 – …": a German paper's place in title case and its dotted date, day first.
    const dotted = placed ? null : DOTTED_DATELINE.exec(line.slice(0, 80));
    const date = placed?.[1] ?? placed?.[2] ?? placed?.[3] ?? dotted?.[1];
    return date && parseDate(date) ? date : null;
  }
  // What stands between the place and the agency, when it holds a year: "Nov 3 2025", "3 November 2025".
  const head = m[0].replace(/\s*(?:\([^)]*\)|\/[^/]*\/)\s*(?:\.?[-–—]{1,2}|:)(?:\s+|$)$/u, "");
  const comma = head.indexOf(",");
  const date = comma < 0 ? "" : head.slice(comma + 1).trim();
  if (!/\d{4}/.test(date)) return null;
  // The region may stand between ("SEATTLE, WA, June 12, 2025"): the date is what parses from some comma on.
  for (let from = -1; ; ) {
    const part = date.slice(from + 1).trim();
    if (parseDate(part)) return part;
    from = date.indexOf(",", from + 1);
    if (from < 0) return null;
  }
}

const DOTTED_DATELINE = /^\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+){0,2},\s+(\d{1,2}\.\d{1,2}\.\d{4})\s+[–—-]\s+\p{Lu}/u;

/** The line opens with two capitals ("BRIGHTON"): a cheap test before the dateline's pattern. */
function opensInCapitals(line: string): boolean {
  const two = line.slice(0, 2);
  return two.length === 2 && two === two.toUpperCase() && two !== two.toLowerCase();
}

/**
 * "BRIGHTON, 21 March 2025 —", "SEATTLE, WA – June 12, 2025 –", "NEW YORK, NY (September 9, 2024) –",
 * "SEATTLE--(BUSINESS WIRE)--Sep. 9, 2024--": a place in capitals, its region, the date (in brackets,
 * or after the wire's name between double dashes), a dash.
 */
const PLACE_DATE_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’-]+(?: [\p{Lu}\p{M}.'’-]+){0,3}(?:,\s*[\p{L}\p{M} .]{1,30})?(?:(?:,\s*|\s+[-–—]\s+)([^–—()]{6,40}?\d{4})|\s*\(([^()]{6,40}?\d{4})\)|\s*--\([\p{Lu}\p{M} ]{2,30}\)--\s*([^–—()-]{6,30}?\d{4}))\s*(?:[-–—]{1,2}|:)\s*\S/u;

/** Two dates and a dash between, a life's or an event's span: "June 1, 1941 – March 2, 2025". */
export function isDateSpan(line: string): boolean {
  const span = line.length <= 120 ? DATE_SPAN.exec(line) : null;
  return span !== null && parseDate(asciiDigits(span[1]!)) !== null && parseDate(asciiDigits(span[2]!)) !== null;
}
