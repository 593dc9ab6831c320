/**
 * The words the scrape extractor needs, in one place: stopwords per language
 * (from `stopwords-iso`, a maintained multilingual list, so no language gets
 * a hand-made list of ours) and the few kinds of section heading that end an
 * article whatever the site (comments, newsletter boxes).
 */
import stopwordsIso from "stopwords-iso/stopwords-iso.json";
import { RELATIVE_AGO } from "../dates";
import { holds, word } from "./rules/substrings";

// Some lists hold numbers ("1", "2" in Spanish): numbers tell neither language nor prose, so they go.
const LISTS: Record<string, string[]> = Object.fromEntries(
  Object.entries(stopwordsIso as Record<string, string[]>).map(([language, words]) => [language, words.filter((w) => !/\d/.test(w))]),
);

const LANGUAGES = Object.keys(LISTS);
/** How selective each list is: long lists catch more words by chance. */
const LIST_WEIGHT = LANGUAGES.map((language) => 1 / Math.log(10 + LISTS[language]!.length));

/** word → indexes (into LANGUAGES) of the lists that hold it. */
const STOPWORD_LANGUAGES = new Map<string, number[]>();
LANGUAGES.forEach((language, index) => {
  for (const word of LISTS[language]!) {
    const key = word.toLowerCase();
    const languages = STOPWORD_LANGUAGES.get(key);
    if (languages) {
      if (languages[languages.length - 1] !== index) languages.push(index);
    } else STOPWORD_LANGUAGES.set(key, [index]);
  }
});

const SETS = new Map<string, Set<string>>();
function stopwordSet(language: string): Set<string> {
  let set = SETS.get(language);
  if (!set) {
    set = new Set((LISTS[language] ?? []).map((w) => w.toLowerCase()));
    SETS.set(language, set);
  }
  return set;
}

// Spaces and punctuation (ASCII, Latin-1, general and CJK punctuation), apostrophes kept
// inside words. Splitting on ranges is about three times faster than matching \p{L}.
const NOT_WORD = /[\s!-&(-/:-@[-`{-~\u00A0-\u00BF\u2000-\u2018\u201A-\u206F\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20]+/;

/** 1 for each UTF-16 code unit NOT_WORD matches: a table lookup per character instead of a regex split. */
const SEPARATOR = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) if (NOT_WORD.test(String.fromCharCode(code))) SEPARATOR[code] = 1;

/** Word tokens (letters, digits, marks), lower-cased: the text split on NOT_WORD. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  eachWord(text, (word) => {
    words.push(word);
  });
  return words;
}

/** Each word token of the text in order (as wordsOf gives them) until `visit` returns false. */
function eachWord(text: string, visit: (word: string) => boolean | void): void {
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    if (SEPARATOR[lower.charCodeAt(i)] === 1) {
      if (start >= 0 && visit(lower.slice(start, i)) === false) return;
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) visit(lower.slice(start));
}

/**
 * The page's language and stopword list: the language whose stopwords cover most of the
 * page's words. Counting list hits is enough here: the list only has to
 * separate prose from chrome, not name the language.
 */
export function pageLanguage(lines: string[][]): { language: string; stopwords: Set<string> } {
  const hits = new Float64Array(LANGUAGES.length);
  let seen = 0;
  let enough = false;
  // Prose lines tell the language; menus of names and numbers only blur it.
  for (const line of lines) {
    if (line.length < 8) continue;
    for (const word of line) {
      // One- and two-letter words ("a", "de", "la") stand in dozens of lists and tell little.
      if (word.length < 3) continue;
      const languages = stopwordLanguages(word);
      if (languages) for (const index of languages) hits[index]! += LIST_WEIGHT[index]!;
      // The sample is full, or one language is far ahead after a hundred words: the rest would not change the answer.
      enough = ++seen > LANGUAGE_SAMPLE || (seen === EARLY_CHECK && decisive(hits, EARLY_MARGIN) !== undefined);
      if (enough) break;
    }
    if (enough) break;
  }
  let best = LANGUAGES.indexOf("en");
  for (let index = 0; index < hits.length; index++) if (hits[index]! > hits[best]!) best = index;
  const language = LANGUAGES[best]!;
  return { language, stopwords: stopwordSet(language) };
}

/**
 * The lists that hold the word (null: none). Pages share most of their words
 * (function words above all): the answers for recent words are kept in a small
 * map, which stays in the processor's cache where the table of every list's
 * words (tens of thousands) does not.
 */
function stopwordLanguages(word: string): number[] | null {
  let languages = RECENT_WORDS.get(word);
  if (languages === undefined) {
    languages = STOPWORD_LANGUAGES.get(word) ?? null;
    if (RECENT_WORDS.size >= RECENT_WORDS_LIMIT) RECENT_WORDS.clear();
    RECENT_WORDS.set(word, languages);
  }
  return languages;
}

const RECENT_WORDS = new Map<string, number[] | null>();
const RECENT_WORDS_LIMIT = 2048;

/** Words enough to tell the page's stopword list; more only costs time. */
const LANGUAGE_SAMPLE = 300;

/**
 * The language of a stretch of prose when its stopwords leave no doubt: one
 * list scores at least three times any other, on enough words. Else
 * undefined, and a real detector decides. On 557 windows of 500 characters
 * from the development pages' article text it answered for 451, each time
 * as eld did (two lists that share most words, such as Malay and Indonesian,
 * never reach the margin).
 */
export function decisiveStopwordLanguage(text: string): string | undefined {
  const hits = new Float64Array(LANGUAGES.length);
  let seen = 0;
  let early: string | undefined;
  // Read word by word: most texts are decided long before their end.
  eachWord(text, (word) => {
    if (word.length < 3) return true;
    const languages = stopwordLanguages(word);
    if (languages) for (const index of languages) hits[index]! += LIST_WEIGHT[index]!;
    if (++seen > LANGUAGE_SAMPLE) return false;
    // A language that has won by a wide margin on the first hundred words has won.
    if (seen === EARLY_CHECK) early = decisive(hits, EARLY_MARGIN);
    return early === undefined;
  });
  return early ?? decisive(hits, DECISIVE_MARGIN);
}

/**
 * Indonesian or Malay: the detector has no Indonesian and answers Malay for
 * both (so do franc and tinyld on the development pages, bench/results.md),
 * and stopwords-iso's two lists differ by coverage, not by language. The two
 * spell their commonest words apart: Indonesian `bahwa`, `karena`, `setelah`,
 * Malay `bahawa`, `kerana`, `selepas`. Written by hand: no library tells them
 * apart; the words are the languages' own, not any page's.
 */
export function malayOrIndonesian(text: string): "ms" | "id" {
  let indonesian = 0;
  let malay = 0;
  eachWord(text, (word) => {
    if (INDONESIAN_SPELLINGS.has(word)) indonesian++;
    else if (MALAY_SPELLINGS.has(word)) malay++;
  });
  return indonesian > malay ? "id" : "ms";
}

const INDONESIAN_SPELLINGS = new Set(["bahwa", "karena", "setelah", "sesudah", "bisa", "saat", "uang", "pemerintah", "polisi", "kantor", "kemarin", "mobil"]);
const MALAY_SPELLINGS = new Set(["bahawa", "kerana", "selepas", "boleh", "semasa", "wang", "kerajaan", "polis", "pejabat", "beliau", "iaitu", "semalam"]);

/** The language whose stopwords score at least DECISIVE_MIN_SCORE and `margin` times any other. */
function decisive(hits: Float64Array, margin: number): string | undefined {
  let best = 0;
  for (let index = 1; index < hits.length; index++) if (hits[index]! > hits[best]!) best = index;
  let second = 0;
  for (let index = 0; index < hits.length; index++) if (index !== best) second = Math.max(second, hits[index]!);
  return hits[best]! >= DECISIVE_MIN_SCORE && hits[best]! >= margin * second ? LANGUAGES[best] : undefined;
}

/** About fifteen stopword hits: fewer words than that tell too little. */
const DECISIVE_MIN_SCORE = 3;
const DECISIVE_MARGIN = 3;
/** Words after which a wider margin decides at once. */
const EARLY_CHECK = 100;
const EARLY_MARGIN = 4;

/** Thai, Lao, Myanmar and Khmer: spaces part their phrases (or sentences), never their words. */
export const PHRASE_SPACED_CHARS = "\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF";
/** Scripts written without spaces between words: length and punctuation stand in for stopwords there. */
// Code-point ranges rather than Script properties: the same test, several times faster in V8.
// Thai, Lao, Myanmar, Khmer, kana, CJK ideographs (and extension A), compatibility ideographs.
/** The characters of scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Japanese kana, Han. */
export const UNSPACED_CHARS = `${PHRASE_SPACED_CHARS}\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF`;
export const UNSPACED_SCRIPT = new RegExp(`[${UNSPACED_CHARS}]`);

export const PHRASE_SPACED_SCRIPT = new RegExp(`[${PHRASE_SPACED_CHARS}]`);

// The runtime's ICU dictionaries find the words of those scripts: no list of ours could.
const WORD_SEGMENTER = new Intl.Segmenter("th", { granularity: "word" });

/** How many words a line in one of those scripts holds (ICU's word breaks), however few spaces it has. */
export function segmentedWordCount(text: string): number {
  let words = 0;
  for (const segment of WORD_SEGMENTER.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/**
 * Headings that open what follows an article (its comments): the article is
 * over when one appears after it. A short line naming comments in any of the
 * languages below ("[ 167 comments ]", "Top Rated Comments", "Kommentare (3)").
 */
const COMMENT_WORD =
  /^(comments|responses|replies|discussion|commentaires?|réactions?|kommentare?|comentarios?|comentário|comentários|commenti|commento|reacties|kommentarer|kommentar|kommentit|kommenttia|kommentti|komentarze|komentarzy|komentáře|komentářů|diskuse|diskuze|komentar|yorumlar|σχόλια|комментарии|комментариев|комментария|коментарі|коментарів|टिप्पणियाँ|टिप्पणियां|댓글|コメント|评论|評論|التعليقات|تعليقات|نظرات|تبصرے|تبصرہ|hozzászólások|comentarii|comentaris|maoni|תגובות|கருத்துகள்|mga komento|postings?|ความคิดเห็น)$/u;
// Comment headings of more than one word: Vietnamese "Bình luận", a form's "Ý kiến bạn đọc".
// Its form's call: "Gửi bình luận" (send a comment), "Viết bình luận" (write one).
const COMMENT_HEADING = /^(?:(?:gửi|viết) )?(bình luận|ý kiến bạn đọc|ý kiến)(\s*\(\d+\))?$/iu;
/**
 * A blog's count of the replies under it, naming the post: WordPress's "3
 * thoughts on “Title”", "12 Responses to “Title”", "7 réflexions sur « Titre
 * »" (as long as the post's title makes it).
 */
const COMMENTS_ON_POST =
  /^(?:\d+|one|two|three|un|une|uno|una|um|uma|ein|eine|jeden|jedna)\s+(?:thoughts?|responses?|comments?|replies|reply|réflexions?|réponses?|commentaires?|comentarios?|comentários?|pensamientos?|pensamentos?|respuestas?|respostas?|kommentare?|antworten|gedanken|commenti|risposte|reacties|odpowiedzi|komentarzy?|myśli)\s+(?:on|to|sur|à|en|sobre|para|zu|auf|su|a|em|op|do|na|dla)\s+[“"«„‘'‹]/iu;
/** A press release's end mark: "-ENDS-", "ENDS", "- 30 -" (capitals: "End" in a sentence's place is a word; "30" alone is a number). */
const PRESS_RELEASE_END = /^[-–—*\s]*(?:ENDS?|Ends)[-–—*\s]*$|^[-–—]\s*30\s*[-–—]$/;
/** What a press release prints under its text: the contacts for the press, the notes to editors. */
// And a report page's citation box: "Cite this report", "How to cite this article".
const PRESS_CONTACTS =
  /^(?:cite this (?:report|article|page|paper|publication|brief)|how to cite(?: this (?:report|article|page|paper|publication))?|notes? (?:to|for) editors?|editors'? notes?|for (?:more|further) information(?:,? (?:please )?contact)?|media (?:contacts?|enquiries|inquiries)|press (?:contacts?|enquiries|inquiries)|for media (?:enquiries|inquiries)|pressekontakt|contact presse|contacto de prensa|contatto stampa)\s*(?:[:：](?:\s*\S.{0,60})?)?$/i;

// "Leave a reply" forms in the languages of the comment words above.
// An obituary's guest book, where readers leave condolences: its comments.
const COMMENT_PHRASE =
  /^(les commentaires sont réservés aux abonnés|join the (conversation|discussion)|leave a (comment|reply)|post a comment|add a comment|write a comment|deixe (uma resposta|um comentário)|deja (una respuesta|un comentario)|laisser un commentaire|laissez un commentaire|schreibe einen kommentar|lascia un commento|geef een reactie|jätä kommentti|kommentoi|lämna en kommentar|skriv en kommentar|napisz komentarz|zostaw komentarz|přidat komentář|napište komentář|оставить комментарий|оставьте комментарий|yorum yap|yorum yazın|tinggalkan komentar|tulis komentar)\b/i;

// The writer's box under the article: "About the author", "Sobre o autor".
const AUTHOR_BOX = /^(?:about the (?:authors?|writers?)|लेखक के बारे में|लेखक परिचय|sobre o autor|sobre a autora|sobre el autor|sobre la autora|sobre la firma|à propos de l['’](?:auteur|autrice)|über den autor|über die autorin|zum autor|zur autorin|sull['’]autore|sull['’]autrice|over de auteur|o autorze|o autorce|об авторе|yazar hakkında|tentang penulis|om skribenten|om författaren|tietoa kirjoittajasta|kirjoittajasta|この記事を書いた人|この記事の執筆者|この記事の著者|著者プロフィール|執筆者プロフィール|記者プロフィール|作者简介|作者簡介|关于作者|關於作者|o autorovi|despre autor|σχετικά με τον συγγραφέα|a szerzőről|om forfatteren)$/i;
// Or a word for "about" and the writer's name ("Sobre Ana Lima"); case-sensitive, as under /i \p{Lu} is any letter.
const AUTHOR_BOX_NAME = /^(?:About|Sobre|Über|À propos de)\s+(\p{Lu}\p{Ll}+(?:\s+(?:(?:de|da|do|van|von|del)\s+)?\p{Lu}\p{Ll}+){1,2})$/u;
// A press release's closing box about the organisation ("About Harbour Energy") is not the writer's: the
// benchmark's truth keeps it in the body, up to the press contacts (PRESS_CONTACTS).

/**
 * The name in a heading that may open the writer's box ("Sobre Ana Lima"), or
 * null. A title-case subheading has the same shape ("About The Program"), so
 * the caller takes it for the box only when what follows speaks of that name.
 */
export function authorBoxName(line: string): string | null {
  return line.length > 70 ? null : (AUTHOR_BOX_NAME.exec(line)?.[1] ?? null);
}

/** A comments section's heading that is the whole line: an obituary's guest book, "Comenta", "Réagir à cet article". */
// In other languages: an obituary's guest book and its candle, the family's death notice boxed under the text.
const COMMENTS_LABEL =
  /^(?:comenta|réagir(?: à cet article)?|guest ?book|sign the guest ?book|(?:leave|share|offer|post) (?:a |your )?(?:condolences?|memory|memories|tribute)|minnebok|minnesbok|mindebog|kondolenzbuch|gästbok|livre d['’]or|libro de condolencias|condoleanceregister|tenn et lys|tänd ett ljus|tænd et lys|kerze anzünden|allumer une bougie|encender una vela|dødsannonse|dödsannons|dødsannonce|traueranzeige|todesanzeige|avis de décès|esquela|overlijdensbericht)[.!:]?$/iu;

// Words looked for in a line's index (rules/substrings.ts) before the line itself.
const AT_SIGN = word("@");
const SPACE_AGREE = word(" agree");
const AGREE_OR_CONSENT = word(" agree", " consent");

export function isSectionEnd(line: string): boolean {
  if (line.length <= 300 && COMMENTS_ON_POST.test(line)) return true;
  // "Contact Kayla Brandt at kbrandt@… or 920-555-0187.": the writer's address signs the article off; what follows is the page's.
  if (line.length <= 200 && holds(line, AT_SIGN) && WRITER_CONTACT.test(line)) return true;
  if (line.length > 60) return false;
  // "Report an error", "Policies and Standards": the newsroom's links under the article.
  if (NEWSROOM_LINKS.test(line)) return true;
  if (PRESS_RELEASE_END.test(line) || PRESS_CONTACTS.test(line)) return true;
  if (COMMENT_HEADING.test(line)) return true;
  if (COMMENT_PHRASE.test(line) || COMMENTS_LABEL.test(line) || AUTHOR_BOX.test(line)) return true;
  const words = wordsOf(line);
  // "Comment" alone, counted or on its button ("1 Comment", "0 Post Comment (+)"): French opens its questions with the same word
  // ("Comment réduire sa consommation ?", "Comment ça marche").
  return (words.length <= 4 && words.some((w) => COMMENT_WORD.test(w))) || SINGLE_COMMENT.test(line);
}

const SINGLE_COMMENT = /^(?:\d{1,5}\s+)?(?:(?:post|add|write|leave|submit)\s+(?:a\s+)?)?comment\b[^?]{0,6}$/i;

const WRITER_CONTACT = /^(?:[Cc]ontact|[Rr]each|[Ee]-?mail) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} (?:at|via|on) [\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
const NEWSROOM_LINKS = /^(?:report an? (?:error|correction|typo)|submit a correction|(?:our )?(?:editorial )?policies and standards|editorial standards|corrections policy)$/i;

/** "2 days ago at 07:52 am", "vor 3 Stunden", "il y a 2 heures": comment and teaser stamps, never article dates. */
// In the other languages of RELATIVE_AGO, as the line's end ("Анна · 2 часа назад", "2 ชั่วโมงที่แล้ว").
export const RELATIVE_TIME = new RegExp(
  `^\\d+\\s?[smhd] ago$|\\b\\d+\\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago\\b|\\bvor\\s+\\d+\\s+(minuten|stunden|tagen)\\b|\\bil y a\\s+\\d+\\b|\\bhace\\s+\\d+\\b|\\bh[áa]\\s+\\d+\\s+(horas?|dias?)\\b|(?:^|[\\s·•|(])${RELATIVE_AGO}\\)?$`,
  "iu",
);

/**
 * Newsletter and sign-up boxes ("Subscribe to our newsletter", "Want more
 * stories like this? Every day we send an email…", "Get the latest stories by email"): short lines that ask the
 * reader for an address.
 */
const SIGN_UP =
  /\b(newsletter(?:s|ul|ului)?|infolettres?|abonează-te|mă abonez|subscribe|(?:your|a|digital|paid|free|premium) subscription|sign[- ]?up|inbox|unsubscribe|abonnieren|abonnez|s'abonner|je m'inscris|inscrivez-vous|inscreva-se|suscr[ií]bete|ap[uú]ntate|inscr[ií]bete|bandeja de entrada|caixa de entrada|boîte de réception|iscriviti|únete a nuestro canal|receba (?:no seu|as notícias|a newsletter)|siga (?:o|nosso) canal)\b|\bsend (you )?an? e-?mail\b|\bstay up to date\b|^get (?:the |our )?.{0,40}\b(?:stories|news|headlines|updates|alerts|advisories|briefing|newsletters?|deals|offers|tips)\b.{0,20}\b(?:by|via|in your) e-?mail$|^subscriptions?$/i;
// A sign-up box's form: its consent line ("By signing up, you agree…", "En vous inscrivant, vous acceptez…") and its
// address field ("Enter your email", "Seu e-mail").
// "By providing an email address. I agree to the Terms of Use …": the consent in the first person too.
// "I would like to be emailed about offers, events and updates from …": the box's consent box, ticked by the reader.
const SIGN_UP_CONSENT = /\bby (?:signing up|subscribing|clicking|registering|submitting|entering)\b.{0,40}\byou (?:agree|consent)\b|^by providing (?:an|your) e-?mail address\b.{0,10}\bI agree\b|^I would like to (?:be emailed|receive (?:e-?mails|the newsletter|newsletters|offers))\b/i;
const SIGN_UP_FORM = /^en vous inscrivant,? vous acceptez\b|^we use your (?:sign-?up|e-?mail(?: address)?) to\b|^we care about the protection of your data\b|^mit (?:ihrer|der) anmeldung (?:erklären|akzeptieren) sie\b|^(?:enter your|your|seu|digite (?:o )?seu|tu|su|ihre|deine|votre|ton|la tua|il tuo|uw|je|din|twój|váš|tvůj) (?:e-?mail(?: address| adresse)?|indirizzo e-?mail|adresse e-?mail|e-?mail-adresse|correo(?: electrónico)?|endereço de e-?mail|e-?mailadres|e-?post(?:adress|adresse)?|adres e-?mail)$|^e-?mail(?: address)?\s*(?:\((?:required|optional)\)|\*)$|^(?:e-?mail address|e-?mail-adresse|adresse e-?mail|indirizzo e-?mail|dirección de correo(?: electrónico)?|endereço de e-?mail|e-?mailadres|adresa de e-?mail)$/i;
// The same in scripts \b does not know (Cyrillic, Arabic), tried only on lines that hold their letters.
const SIGN_UP_OTHER_SCRIPTS = /(?<!\p{L})(подпишитесь|подписывайтесь|подписаться|рассылк[аеуи]|zapisz się|اشترك)(?!\p{L})/iu;
const OTHER_SCRIPTS = /[\u0400-\u04ff\u0600-\u06ffę]/;

/** Whether the line speaks of a newsletter or subscribing at all, whatever its length (a box's blurb may run long). */
export function mentionsSignUp(line: string): boolean {
  return SIGN_UP.test(line) || (OTHER_SCRIPTS.test(line) && SIGN_UP_OTHER_SCRIPTS.test(line));
}

export function isSignUpLine(line: string): boolean {
  // "Join the meal team (sign up at the Welcome Center).": the word in a sentence's brackets asks for no e-mail.
  // A form's consent runs longer than a box's call: its terms and privacy notice after it.
  if (line.length > 160) return line.length <= MAX_CONSENT && holds(line, SPACE_AGREE) && LONG_CONSENT.test(line) && isSignUpForm(line);
  return (SIGN_UP.test(line) && (!line.includes("(") || SIGN_UP.test(line.replace(BRACKETED, ""))) && !isSentenceMentioning(line) && !isReportedSignUp(line)) || (OTHER_SCRIPTS.test(line) && SIGN_UP_OTHER_SCRIPTS.test(line)) || isSignUpForm(line);
}

/**
 * A sentence of the story that reports someone else's sign-up ("… residents can sign up to receive alerts by text or
 * email."): a box speaks to the reader, with its call first ("Sign up …", "Get …") or in the second person or the
 * site's first ("your inbox", "our newsletter"). English only; the other languages' words are calls already.
 */
function isReportedSignUp(line: string): boolean {
  return line.length > REPORTED_MIN && /[.!]["'”’]?$/.test(line) && /^\p{Lu}/u.test(line) && !READER_ADDRESS.test(line) && REPORTED_SIGN_UP.test(line) && !/^[^:—–]{1,30}[:—–]/.test(line);
}

const REPORTED_MIN = 60;
/** Someone else's sign-up, as a sentence reports it: after a modal or "to" ("residents can sign up", "asked to sign up"). */
const REPORTED_SIGN_UP = /\b(?:can|could|may|might|must|should|will|would|to)\s+sign[- ]?up\b/i;
// The call opens any of its sentences: "This article was featured in … newsletter. Sign up for it here."
const READER_ADDRESS = /(?:^|[.!?:]\s+)(?:sign|subscribe|get|join|receive|enter|stay|don['’]t miss|never miss|want|like|love|enjoy|be the first|click|tap)\b|\b(?:you|your|yours|our|us|we)\b/i;

const BRACKETED = /\([^()]*\)/g;

/**
 * A sentence of the article that mentions a subscription or an inbox ("… a monthly subscription that
 * includes maintenance.", "The comments are open, and so is my inbox."): the words alone ask for nothing;
 * a box asks with a call ("sign up", "subscribe", "get … in your inbox", "delivered to your inbox").
 */
function isSentenceMentioning(line: string): boolean {
  return line.length > MENTION_MIN && MENTIONED.test(line) && !ASKING.test(line) && !SIGN_UP_CALL.test(line);
}

const MENTION_MIN = 40;
/** The words a sentence may mention without asking anything of the reader, and those that ask. */
const MENTIONED = /\b(?:subscriptions?|inbox)\b/i;
const ASKING = /\b(?:newsletters?|subscribe|sign[- ]?up|unsubscribe)\b/i;
// The reader's own ("your inbox", "your subscription") is a box's, as its confirmation says ("Keep an eye on your inbox").
const SIGN_UP_CALL = /\b(?:sign[- ]?up|subscribe|receive|delivered|straight|direct(?:ly)?|join|start|register|support)\b.{0,60}\b(?:subscriptions?|inbox)\b|\b(?:in|to|check|on) your inbox\b|\byour subscription\b(?! (?:fee|price|cost|plan|rate)s?\b)|\b(?:subscriptions?|inbox)\b.{0,30}\b(?:sign[- ]?up|subscribe|now|today|here)\b/i;
/** Longest consent line; one longer than a box's call names the terms or the privacy notice it agrees to. */
const MAX_CONSENT = 300;
const LONG_CONSENT = /\bagree\b.{0,60}\b(?:terms|privacy)\b/i;

function isSignUpForm(line: string): boolean {
  // Anchored at the line's opening (fails at once on most lines); the consent's "you agree" can stand anywhere.
  return SIGN_UP_FORM.test(line) || ((holds(line, AGREE_OR_CONSENT) || line.startsWith("I would")) && SIGN_UP_CONSENT.test(line)) ||
    (line.length <= MAX_CHECKBOX && CHECKBOX_CONSENT.test(line));
}

/**
 * A sign-up form's tick boxes and button, in the reader's first person: "Contact me with news and offers from other
 * brands", "Receive email from us on behalf of our trusted partners or sponsors", "Sign me up". A tick box is one
 * clause: with a comma it is a sentence ("Please contact me with any news, she wrote").
 */
const CHECKBOX_CONSENT =
  /^(?:(?!.*,\s)(?:please )?(?:contact|email|e-mail|send|keep) me\b.{0,40}\b(?:news|offers|updates|promotions|newsletters?)\b|receive (?:e-?mails?|news|offers|updates) from us on behalf of\b|sign me up!?$)/i;
const MAX_CHECKBOX = 120;

/** What a sign-up box offers, as its blurb says it: alerts, e-mails, a briefing delivered to the inbox. */
const SIGN_UP_OFFER = /\b(alerts?|e-?mails?|newsletters?|inbox|delivered|briefings?|digest|updates|subscribed)\b/i;

export function isSignUpOffer(line: string): boolean {
  return SIGN_UP.test(line) || SIGN_UP_OFFER.test(line) || isSignUpForm(line) || (OTHER_SCRIPTS.test(line) && SIGN_UP_OTHER_SCRIPTS.test(line));
}

/** A key-points box's heading ("Key points", "At a glance", "Das Wichtigste in Kürze"), over the article's facts in brief: HTML and scrapes alike. */
export const KEY_POINTS =
  /^(?:key (?:points|takeaways|facts|events|highlights)|(?:story )?highlights|at a glance|in brief|in short|the essentials|what we know(?: so far)?|what you need to know|summary|das wichtigste(?: in kürze)?|auf einen blick|l'essentiel|en bref|ce qu'il faut retenir|lo (?:más )?importante|en resumen|claves|in sintesi|in breve|os principais pontos|em resumo|в двух словах|главное)\s*[:：]?$/i;

/** What a sign-up box answers once filled: the confirmation, the activation e-mail. */
export const SIGN_UP_ANSWER = /\b(?:you(?:'ve| have)? (?:successfully |succesfully )?(?:subscribed|signed up)|successfully subscribed|succesfully subscribed|activation link|confirm your (?:subscription|e-?mail(?: address)?))\b/i;

/** "This post may contain affiliate links", "As an Amazon Associate I earn…": a blog's disclosure, in a line of its own or a field of the meta row. */
export function isAffiliateDisclosure(line: string): boolean {
  return line.length <= 300 && MAY_BE_DISCLOSURE.test(line) && (DISCLOSURE.test(line) || DISCLOSURE_OTHER_LANGUAGES.test(line) || COMMISSION_OTHER_LANGUAGES.test(line) || JAPANESE_DISCLOSURE.test(line));
}

// "… se acquisti tramite i nostri link potremmo ricevere una commissione", "… erhalten wir ggf. eine Provision": the site's commission,
// in the languages of DISCLOSURE_OTHER_LANGUAGES.
const COMMISSION_OTHER_LANGUAGES =
  /\b(?:potremmo ricevere|riceviamo|possiamo ricevere) una (?:piccola )?commissione\b|\bprogramm[ai] di affiliazione\b|\b(?:podemos|podríamos) (?:recibir|obtener|ganar) una (?:pequeña )?comisión\b|\brecibimos una (?:pequeña )?comisión\b|\bnous (?:pouvons|pourrions) (?:percevoir|toucher|recevoir) une (?:petite )?commission\b|\bnous percevons une (?:petite )?commission\b|\berhalten wir (?:ggf\.|gegebenenfalls|eventuell|möglicherweise|unter umständen)? ?eine (?:kleine )?provision\b|\b(?:pode|podemos|poderemos|poderá) receber (?:uma )?(?:pequena )?comissão\b|\brecebemos uma (?:pequena )?comissão\b|\b(?:ontvangen (?:wij|we)|kunnen (?:wij|we)|ontvangt) (?:mogelijk )?een (?:kleine )?commissie\b/iu;

// "※本記事内のリンクから商品を購入すると、売上の一部が当サイトに還元されることがあります。", "この記事にはプロモーションが含まれています。",
// "※掲載商品の価格・情報は公開時点のものです。": a Japanese page's affiliate and promotion notices, and its shop box's price note.
const JAPANESE_DISCLOSURE =
  /(?:リンク|経由).{0,30}(?:購入|申し込|申込).{0,40}(?:還元|収益|報酬|手数料)|アフィリエイト(?:広告|リンク|プログラム)を(?:利用|含|使用)|(?:プロモーション|広告|PR)が含まれて(?:い|おり)|^※?.{0,20}(?:価格|情報).{0,20}(?:公開|掲載|執筆)時点のものです/u;

// "This post may contain affiliate links. Please read our disclosure policy."
const DISCLOSURE =
  /\b(?:(?:this|the) (?:post|article|page|story|review|site) (?:may )?contains? (?:affiliate|sponsored) links?|as an amazon associate\b|we (?:may )?(?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission|may (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission (?:from|on) (?:purchases|sales|products)|(?:read|see) (?:our|my|the full) (?:affiliate )?disclosure(?: policy)?\b)/i;
// "Questo articolo contiene link di affiliazione: …", "Dieser Beitrag enthält Affiliate-Links", "Cet article contient des liens affiliés".
const DISCLOSURE_OTHER_LANGUAGES =
  /^(?:questo (?:articolo|post)|l['’]articolo|dieser (?:artikel|beitrag)|der (?:artikel|beitrag)|cet article|ce billet|este (?:artículo|post|artigo)|esta entrada|dit artikel|deze (?:blog|post))\s+(?:può contenere|contiene|enthält|kann|peut contenir|contient|puede contener|contém|pode conter|bevat)\s+(?:(?:sogenannte|alcuni|des|de|enlaces|links|liens)\s+)*(?:link (?:di affiliazione|affiliati)|links? affiliati|affiliate[- ]links?|liens (?:affiliés|d['’]affiliation)|enlaces de afiliad[oa]s?|links? de afiliad[oa]s?|affiliate ?links?)/iu;
/** The words a disclosure cannot do without: a cheap test before DISCLOSURE. */
const MAY_BE_DISCLOSURE = /ffili|filiad|isclos|ommission|ssociate|omisi|omiss|rovision|ommissi|還元|アフィリエイト|含まれて|時点のもの/;
