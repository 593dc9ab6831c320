/**
 * The heading over a related list ("Read more", "Lesen Sie auch", "関連記事"), a related link
 * set inside the text, and a line that is a link.
 * Each rule looks at a kind of line, never at one site's wording, so it holds across
 * sites and languages.
 */

import { holds, word } from "./substrings";

/** "Read also" in Slovak, Croatian, Serbian (both scripts), Bulgarian, European Portuguese and BBC Mundo's Spanish: one list for the heading, the inline label and the inset's label. */
const MORE_READ_ALSO = "prečítajte si aj|pročitajte i|pročitajte još|прочитајте још|прочитајте и|прочетете още|прочетете също|ler mais|ler também|quizás también te interese|quizás te interese|quizá también te interese|puede interesarte|te puede interesar|también te puede interesar|le puede interesar|pode interessar|potrebbe interessarti|ti potrebbe interessare|das könnte sie auch interessieren|cela pourrait vous intéresser|ça pourrait vous intéresser|ilginizi çekebilir|yazarın diğer yazıları";

const RELATED_HEADING = new RegExp(
  `^(related( (articles?|stories|story|posts?|news|coverage|content|topics|links|reading))?|read more|read also|also read|more from [\\p{L} ]{1,40}|related (?:stories|articles|news|coverage) from [\\p{L} ]{1,40}|more on this( story| topic)?|more stories|more news|in other news|see also|you may also like|you might also like|recommended( for you| stories)?|further reading|(?:most read|most popular|most viewed|most shared|most commented|trending(?: now| stories)?)(?: in(?: [\\p{L}.&'’]+){1,3})?|latest( news| stories)?|read more (?:on|from|at)(?: [\\p{L}.&'’]+){1,4}|what to read next|lesen sie auch|mehr zum thema|ähnliche artikel|das könnte sie auch interessieren|à lire aussi|à lire également|lire aussi|voir aussi|sur le même sujet|articles similaires|leer más|lee también|noticias relacionadas|relacionad[oa]s?|ver también|artículos relacionados|te puede interesar|le puede interesar|también le puede interesar|leé también|vea también|más información|seguir leyendo|weitere informationen|lesen sie mehr zum thema|延伸阅读|延伸閱讀|lea también|mira también|mirá también|te recomendamos|sigue leyendo|lea más|leia mais|saiba mais|veja mais|leggi anche|articoli correlati|leia também|veja também|artigos relacionados|notícias relacionadas|lees ook|gerelateerde artikelen|читайте также|관련 기사|اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|أخبار ذات صلة|相关新闻|相关阅读|相关文章|相關新聞|相關閱讀|相關文章|相關報導|関連記事|関連ニュース|baca juga|läs också|läs även|διαβάστε επίσης|διαβάστε ακόμη|ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|читайте також|xem thêm|ilgili haberler|ilgili haber|čtěte také|přečtěte si také|citiți și|관련기사|بیشتر بخوانید|zobacz także|zobacz też|czytaj także|czytaj też|czytaj więcej|polecamy|bunlar da ilginizi çekebilir|ilginizi çekebilir|benzer haberler|související články|podobné články|σχετικά άρθρα|संबंधित खबरें|tin liên quan|bài liên quan|статті за темою|berita terkait|artikel terkait|berita berkaitan|artikel berkaitan|lue myös|aiheeseen liittyvät|kapcsolódó cikkek|kapcsolódó hírek|habari zinazohusiana|mga kaugnay na balita|כתבות נוספות|כתבות קשורות|מאמרים קשורים|مطالب مرتبط|اخبار مرتبط|আরও পড়ুন|সম্পর্কিত খবর|ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|relaterade artiklar|læs også|les også|mohlo by vás zajímat|read more here|kapcsolódó|อ่านเพิ่มเติม:?|read next|up next|next up(?: in [\\p{L} &]{1,30})?|top picks(?: for you)?|similar articles|editors['’]? picks?|διαβάστε ακόμα|διαβαστε ακομα|διαβαστε επισης|עוד בנושא:?|xem nhiều|सबसे ज्यादा पढ़ी गई खबरें|meistgelesen|meistgelesene artikel|les plus lus|lo más leído|lo mas leido|i più letti|os mais lidos|mais lidas|najczęściej czytane|en çok okunanlar|самое читаемое|الأكثر قراءة|热门文章|热门新闻|熱門新聞|많이 본 뉴스|人気記事|よく読まれている記事|アクセスランキング|ezek is érdekelhetik|ez is érdekelheti|ajánlott cikkek|legolvasottabb|похожие статьи|похожие материалы|ähnliche beiträge|vous aimerez aussi|vous aimerez peut-être aussi|مقالات ذات صلة|ti potrebbe interessare|potrebbe interessarti(?: anche)?|potrebbero interessarti|auch interessant|das könnte sie interessieren|weitere artikel|mehr zum thema [\\p{L} ]{1,30}|à lire sur le même sujet|à lire également sur le même sujet|sur le même thème|dans la même rubrique|à voir aussi|también te puede interesar|te puede interesar también|más noticias|mais notícias|leia mais sobre [\\p{L} ]{1,30}|altre notizie|dalla stessa sezione|بیشتر درباره این خبر|پربیننده‌ترین|پربیننده ترین|مطالب پیشنهادی|متعلقہ خبریں|مزید خبریں|سب سے زیادہ پڑھی جانے والی|cele mai citite|citește și|habari zaidi|habari nyingine|הכי נקראות|הכתבות הנקראות ביותר|தொடர்புடைய செய்திகள்|மேலும் படிக்க|найпопулярніше|τα πιο δημοφιλή|δημοφιλή|terpopuler|berita lainnya|pinakabagong balita|iba pang balita|baca|soma pia|soma zaidi|קראו גם|مزید پڑھیں|یہ بھی پڑھیں|இதையும் படிக்க|basahin|basahin din|${MORE_READ_ALSO}|ezt is ajánljuk|mest lest(?: nå)?|mest läst(?: nu)?|mest læste?(?: lige nu)?|flere saker|fler artiklar|flere nyheder|flere nyheter|flere artikler|les mer|läs mer|læs mere|se også|se även|you might like|you may like|more for you|weiterlesen(?=\s*:)|plus de contenu|lesen sie weiter(?=\s*:)|știri similare|ताज़ा ख़बरें|ताजा खबरें|ताज़ा खबरें|articole similare|știri asemănătoare|tin cùng chuyên mục|cùng chuyên mục)\\s*[:：.…!|]*$`,
  "iu",
);

/** Turkish's dotted capital I, looked for in the line's index first (rules/substrings.ts): most lines have none. */
const DOTTED_CAPITAL_I = word("İ");

/** "Related:", "Read more:", "More from World": the heading over a list of links. */
export function isRelatedHeading(line: string): boolean {
  // A heading is short: longer lines are not asked the long patterns.
  if (line.length > MAX_RELATED_HEADING) return false;
  // Turkish capitals: "İLGİLİ HABERLER" folds to "ilgili haberler" only once its dotted İ is an I.
  if (holds(line, DOTTED_CAPITAL_I)) return isRelatedHeading(line.replace(/İ/g, "I"));
  return RELATED_HEADING.test(line) || RELATED_HEADING_CASED.test(line) || (BRACKETED_LABEL.test(line) && isRelatedHeading(line.replace(BRACKETED_LABEL, "$1"))) ||
    (line.length <= 20 && JAPANESE_RAIL_HEADING.test(line));
}

/** "経済の最新ニュース" (the section's latest news), "あわせて読みたい" (read with it): a Japanese page's rails and insets, alone on their line. */
const JAPANESE_RAIL_HEADING = /^(?:[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{1,10}の)?(?:最新ニュース|最新記事|新着記事|新着ニュース|人気記事|おすすめ記事|注目記事|あわせて読みたい|こちらもおすすめ|こちらもどうぞ|こちらも読まれています|よく読まれている記事)$/u;

/** Longest line read as a related heading ("More from …" with a section's name, and its colon). */
const MAX_RELATED_HEADING = 80;

/** A label in lenticular or square brackets alone, as Japanese and Chinese pages set one: "【関連記事】". */
const BRACKETED_LABEL = /^[【〔\[]\s*([^【】〔〕[\]]{1,30}?)\s*[】〕\]]$/u;

// Headings set as headings, case-sensitive so that sentences do not pass: "More Great Harbour
// Stories", "Popular Posts" (two words at most between), "More in Harbour Works", "More:".
const RELATED_HEADING_CASED =
  /^(?:(?:More|Other|Top|Latest|Popular|Trending|Recommended|MORE|OTHER|TOP|LATEST|POPULAR|TRENDING|RECOMMENDED)(?:\s+\S+){0,2}\s+(?:[Ss]tories|[Aa]rticles|[Pp]osts|[Rr]eads|[Ee]xplainers|STORIES|ARTICLES|POSTS|READS|EXPLAINERS)\s*[:：]?|(?:More|MORE) (?:in|IN) \p{Lu}[\p{L}\d&'’ -]{0,40}|(?:More|MORE)\s*[:：])$/u;

// "Read more:" and its kin in the languages the other rules read.
const INLINE_RELATED = new RegExp(
  `^\\[?\\s*(?:related|read more|read also|also read|read next|see also|more|more (?:\\p{L}[\\p{L}'’&-]* ){1,2}(?:news|stories)|don't miss|do not miss|must read|suggested|recommended|watch|also watch|lesen sie auch|mehr zum thema|auch interessant|à lire aussi|lire aussi|voir aussi|lee también|lea también|leer más|ver también|leia também|veja também|leia mais|saiba mais|veja mais|vea también|mira también|mirá también|sigue leyendo|te puede interesar|le puede interesar|leé también|leggi anche|lees ook|zie ook|czytaj także|czytaj też|czytaj więcej|čtěte také|přečtěte si také|citiți și|baca juga|läs också|läs även|läs mer|les mer|læs mere|lees meer|lue lisää|διαβάστε επίσης|διαβάστε ακόμη|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|इन्हें भी पढ़ें|читайте также|смотрите также|читайте еще|читайте також|xem thêm|ilgili haber|ayrıca okuyun|相关阅读|関連記事|관련기사|관련 기사|اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|بیشتر بخوانید|עוד בנושא|আরও পড়ুন|अधिक पढ़ें|อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง|延伸閱讀|延伸阅读|相關新聞|相关新闻|zobacz także|zobacz też|læs også|les også|mohlo by vás zajímat|kapcsolódó|kapcsolódó cikk|ezt is ajánljuk|olvassa el|citește și|mai citește|baca|baca pula|soma pia|soma zaidi|קראו גם|مزید پڑھیں|یہ بھی پڑھیں|இதையும் படிக்க|இதையும் படிங்க|basahin|basahin din|olvassa el|ezt is olvassa el|ezt is olvasd el|olvasd el|related (?:coverage|stories|story|articles|article|content|links)|${MORE_READ_ALSO}|lue myös|ezt is ajánljuk)\\s*(?:[:：|]|\\s[-–—]\\s)\\s*(.+?)\\s*\\]?$|^【(?:あわせて読む|あわせて読みたい|合わせて読みたい|関連記事|関連|こちらも|延伸閱讀|延伸阅读|相關新聞|相关新闻|相關報導)】\\s*(.+)$|^read\\s*[:：|]\\s*(.+)$|^\\[(?:관련기사|관련 기사|관련뉴스|관련 뉴스|related|read more|see also|関連記事|相关新闻|相關新聞)\\]\\s*(.+)$`,
  "iu",
);

/** "Read more: Title", "Also Read | Title", "[Related: Title]" on one line, anywhere in the page. Returns the rest. */
export function inlineRelated(line: string): string | null {
  // Turkish capitals, as for headings: "İLGİLİ HABER: …", read on a copy whose dotted İ is an I (one code unit for
  // another: the title is cut from the line as written, its own İ kept).
  const read = holds(line, DOTTED_CAPITAL_I) ? line.replace(/İ/g, "I") : line;
  const m = INLINE_RELATED.exec(read);
  // "READ | Title", "READ: Title": the bare word only with its colon or bar ("Read – and weep – …" is a sentence).
  if (m) {
    const title = (m[1] ?? m[2] ?? m[3] ?? m[4]!).trim();
    const at = read.lastIndexOf(title);
    return line.slice(at, at + title.length);
  }
  // "ALSO ON WBRX 5: Crash closes two lanes of I-75": a broadcaster's teaser, its label in capitals naming the station.
  const alsoOn = line.length <= 200 ? ALSO_ON_OUTLET.exec(line) : null;
  if (alsoOn && /\p{Ll}/u.test(alsoOn[1]!) && !/[.!?]$/.test(alsoOn[1]!)) return alsoOn[1]!.trim();
  // "LIRE AUSSI Le gouvernement annonce…", "LEIA MAIS Governo…": a label in capitals, no colon, then the headline.
  // The headline may open with an acronym in capitals too ("ALSO READ SC slams Centre …"): the label is the words,
  // two or three, that read as one.
  if (line.length <= 200 && CAPITALS_OPENING.test(line)) {
    const words = line.split(" ");
    for (const size of [2, 3]) {
      const label = words.slice(0, size).join(" ");
      const title = words.slice(size).join(" ");
      // The headline is set in sentence or title case: a line all in capitals is a subheading ("UP NEXT FOR THE WARRIORS: …").
      if (label === label.toUpperCase() && /^\p{Lu}/u.test(title) && /\p{Ll}/u.test(title) && title.length >= 10 && isRelatedHeading(label)) return title.trim();
    }
  }
  // An inset's label run into a headline that opens with a capital and ends with no stop (a sentence would), nor runs on
  // after a comma in lower case as a sentence does ("Lire aussi Le Monde, qui en parle longuement").
  const run = line.length <= 200 ? INSET_THEN_HEADLINE.exec(line) : null;
  return run && /^\p{Lu}/u.test(run[1]!) && !/,\s+\p{Ll}/u.test(run[1]!) ? run[1]!.trim() : null;
}

const ALSO_ON_OUTLET = /^(?:ALSO ON|MORE ON|MORE FROM|TRENDING ON|WATCH ON) [\p{Lu}\d][\p{Lu}\d .&'’-]{0,30}:\s+(\p{Lu}.{9,})$/u;

/** Two words in capitals opening the line: a cheap test before the label is looked for. */
const CAPITALS_OPENING = /^\p{Lu}{2,}\s+\p{Lu}{2,}\s/u;

/** `Title - https://…`, `[Title](https://…)`, or a bare URL. */
export function parseLinkLine(line: string): { title: string; url?: string } | null {
  if (!line.includes("http")) return null;
  const md = /^[-*•]?\s*\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)\s*$/.exec(line);
  if (md) return { title: md[1]!.trim(), url: md[2]! };
  // "Title - https://…", "Title: https://…", "Title → https://…", "Title (https://…)", "Title <https://…>"
  // (not "More at https://…": a sentence that ends in its address is the writer's).
  const dashed =
    /^[-*•]?\s*(.+?)(?:\s+(?:[-–—|→»]|>>|->)|\s*[:：])\s+(https?:\/\/\S+)$/u.exec(line) ??
    /^[-*•]?\s*(.+?)\s+(?:\((https?:\/\/[^\s()]+)\)|<(https?:\/\/[^\s<>]+)>)$/.exec(line);
  if (dashed) return { title: dashed[1]!.trim(), url: (dashed[2] ?? dashed[3])! };
  const urlFirst = /^(https?:\/\/\S+)\s+[-–—|]\s+(.+)$/.exec(line);
  if (urlFirst) return { title: urlFirst[2]!.trim(), url: urlFirst[1]! };
  return null;
}

export function isBareUrl(line: string): boolean {
  return /^(https?:\/\/|www\.)\S+$/i.test(line);
}

/** An inset's label, over one linked title (a related heading that vouches for the line under it): "Read also:", "Baca juga:", "اقرأ أيضا:", "LEÉ TAMBIÉN". */
const INSET_WORDS =
  `read also|also read|see also|lee también|leé también|lea también|leia também|veja também|baca juga|xem thêm|lire aussi|à lire aussi|leggi anche|lesen sie auch|le puede interesar|te puede interesar|اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|citește și|citiți și|baca|soma pia|soma zaidi|קראו גם|مزید پڑھیں|یہ بھی پڑھیں|இதையும் படிக்க|basahin|basahin din|بیشتر بخوانید|читайте також|читайте также|${MORE_READ_ALSO}|lue myös|ilgili haber`;
const INSET_LABEL = new RegExp(`^(?:${INSET_WORDS})\\s*[:：]?$`, "iu");
/** The label run into the headline, with no colon: "Leia também Euribor continua a descer". */
// Not the labels that are a verb alone ("Baca Doa Ini Saat Hujan Turun", a headline: "read this prayer …"), nor "See also",
// which a text's cross-reference opens ("See also Chapter 5 for …").
const INSET_THEN_HEADLINE = new RegExp(`^(?:${INSET_WORDS.split("|").filter((label) => label.includes(" ") && label !== "see also").join("|")})\\s+(\\S.{8,}[^.!?:;,\\s])$`, "iu");

export function isInsetLabel(line: string): boolean {
  return INSET_LABEL.test(line);
}
