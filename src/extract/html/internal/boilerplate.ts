/**
 * Lines the extractor keeps that are not the article: the byline, timestamp
 * and reading-time rows at the top, "click here" promos, "Related: …" lines
 * and "continue reading" markers between paragraphs, gallery counters, wire
 * credits ("Reporting by …"), subscribe and contact prompts at the end, and
 * photo captions and credits that are not inside a figure.
 */
import type { Block } from "../../../core/article";
import { ANY_DIGIT, parseDate, parseTimestampLine } from "../../dates";
import { blockPlainText } from "./body";
import { BY_WORDS, CLOCK_ONLY, COUNTED_READING_TIME, isEditorCredit, LONE_BYLINE_WORD, looksLikePersonName, parseMetaLine, READING_TIME_LABELS, STAMP_WORDS } from "../../scrape/rules/bylines";
import { BUTTON_LABEL, isAdLabel, isBoilerplate, isCookieNotice, isCopyrightLine, isFollowPrompt, isPaywallPrompt, REPRINT_BAN } from "../../scrape/rules/furniture";
import { inlineRelated } from "../../scrape/rules/related";
import { hasCaptionMarker } from "../../scrape/rules/captions";
import { endsLikeSentence } from "../../scrape/internal/units";
import { isRelatedHeading } from "./related";

/** Blocks from the top that may still be the byline/timestamp row. */
const HEAD_BLOCKS = 4;
/** Blocks from the end that may still be sign-off prompts. */
const TAIL_BLOCKS = 4;
const SHORT = 140;

// "By Jane Doe and Tom Bell", the name capitalised (case-sensitively: "Por su parte, …", "By contrast, …" are
// sentences), and no sentence after it ("By Friday, customers had asked for refunds." is one).
const BYLINE_WORD = new RegExp(`^(?:${BY_WORDS})\\s+`, "iu");
const NAME_CAPITAL = /^\S+\s+\p{Lu}/u;
// Not \b after the word: "publié" ends in a letter \b does not know.
const STAMP = new RegExp(`^(?:first |last )?(?:${STAMP_WORDS})(?!\\p{L})`, "iu");
// A reading time's label opening the line; the counted form ("5 min read", "2 minuti di lettura") is the scrape rules'.
const READING_TIME_LABEL = new RegExp(`^(?:${READING_TIME_LABELS})\\b`, "i");
// "3 hours ago", "Updated 2 days ago": the line is the stamp (not a sentence that says when: "a guard went missing 3 days ago").
const RELATIVE_TIME = /^(?:(?:updated|posted|published)\s+)?\d+\s+(?:min(?:ute)?s?|hours?|days?)\s+ago$/i;
// A promo's words, in English and in the languages of the date parser: those only a site says to its reader (TO_THE_READER), and those a sentence may report
// ("officials urged residents to sign up for alerts").
const REPORTABLE_PROMO = /(?<!\p{L})(?:sign up|subscribe|newsletter|follow (?:him|her|them) on|suscríbase|abonnieren|abonniere|abbonati|assine|abonneer)(?!\p{L})/iu;
/** A call to the reader opens with its verb or its button: "Sign up…", "Subscribe…", "Click here…", "Follow us on…", "[ Sign up … ]". */
const PROMO_OPENING = /^[\s[(→»>*•-]*(?:click|tap|sign up|subscribe|follow|download|get our|get the|join|read more|continue reading|suscr[ií]b|abonn|abbon|assine|inscreva)/iu;
/** Longest line read as a call to the reader set on its own. */
const CALL_CHARS = 80;
/** Words only a site says to its reader, wherever they stand in the line: "… Click here for more", "… Follow us on X". */
const TO_THE_READER =
  /(?<!\p{L})(?:click(?:ing)? here|read more|follow us on|download (?:the|our) app|continue reading|jetzt abonnieren|abonnez-vous|suscr[ií]bete|exclusivo para suscriptores|réservé aux abonnés|nur für abonnenten|riservato agli abbonati|exclusivo para assinantes)(?!\p{L})/iu;
/** Any promo's words ("Suscríbete", "Abonnez-vous", "Jetzt abonnieren", "Abbonati", "Assine", "sign up"). */
const PROMO = new RegExp(`${TO_THE_READER.source}|${REPORTABLE_PROMO.source}`, "iu");
const CONTACT = /\b(?:may be reached at|can be reached at|^reach \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2} at (?:[\w.+-]+@|\(?\d)|have a tip\b|contact (?:the )?(?:author|reporter)|email (?:him|her|them) at)/iu;
/** A line that is only a photo credit, in the languages of the date parser and a few more. */
const CREDIT_LINE = /^(?:photo(?:graph)?s?|foto(?:s|grafia)?|фото|image|picture|bild|imagen|immagine|crédit(?:s)?|credit(?:s)?)\s*:\s*\S/i;
/** A credit line written as "Name | Agency | Agency" or "Name/Agency". */
const AGENCY_CREDIT = /^[\p{L} .'-]{2,40}(?:\s*[|/]\s*[\p{L} .'&-]{2,30}){1,3}$/u;
const AGENCIES = /\b(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Shutterstock|Alamy|iStock|PA)\b/;
/** "Related: headline" and "Read more: headline" lines inside the body. */
const INLINE_RELATED = /^\[?\s*(?:related|read more|read also|see also|also read|more|lire aussi|à lire aussi|lesen sie auch|leia também|leer más|leggi anche)\s*:/i;
const WIRE_CREDIT = /^\(?\s*(?:(?:additional )?reporting|writing|editing|compiled) by\b|^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:,? and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})? contributed to this (?:report|story|article)\.?$/iu;
const GALLERY_CHROME = /^(?:image|photo|slide|bild|foto|kuva|billede|zdjęcie|imagem|imagen|immagine) \d+ (?:(?:of|av|af|von|de|di|z)\b|\/ ?\d)|^\d{1,3} ?\/ ?\d{1,3}$|\brequires javascript\b/i;
/** Buttons of audio players and follow/save controls that print a word at the top of the article. */
const HEAD_CONTROL = /^(?:listen|listen to (?:this )?(?:article|story)|follow|save|print)$/i;
/** A count alone at the top: a clap or like counter ("1.4K", "23"), or its empty mark ("--"). */
const COUNT_ONLY = /^(?:\d[\d.,]*\s*[KkMm]?|--|—)$/;
/** The separators of a byline/date row. */
const META_SEPARATOR = /\s*[|·•]\s*/;
const PHOTO_CREDIT = /\((?:[^()]*\b(?:photo|image|foto|file)\b[^()]*)\)\s*$|\b(?:photo(?:graph)?|image|credit)\s*:|getty images|\/\s*(?:ap|afp|reuters|epa)\b/i;

/** What the byline and timestamp rows dropped from the top say: the writer and the dates. */
export interface HeadMeta {
  author?: string;
  published?: Date;
  updated?: Date;
}

/** The blocks without boilerplate; what the dropped byline/date rows at the top say goes into `found`. */
/**
 * A stamp with a few short fields after it, as a header's row prints them side by side ("2024年5月14日 6時00分 （佐伯真理子）
 * 無料記事": the date, the writer in brackets, a free article's label): the row, no text.
 */
function stampThenFields(text: string): boolean {
  if (text.length > MAX_STAMP_ROW) return false;
  const fields = text.split(" ");
  for (let drop = 1; drop <= MAX_ROW_FIELDS && drop < fields.length; drop++) {
    if (fields[fields.length - drop]!.length > MAX_ROW_FIELD) return false;
    if (parseTimestampLine(fields.slice(0, -drop).join(" "))) return true;
  }
  return false;
}
const MAX_STAMP_ROW = 60;
const MAX_ROW_FIELDS = 3;
const MAX_ROW_FIELD = 12;

/** Longest cookie banner's text dropped wherever it stands (a paragraph about cookies runs longer, or reads as text). */
const MAX_COOKIE_BANNER = 400;

export function dropBoilerplate(blocks: Block[], found: HeadMeta = {}): Block[] {
  const out: Block[] = [];
  // After a "Related" / "You may also like" heading, the lines that are only links are that list.
  let inRelatedList = false;
  // Position among text blocks (figures do not count): bylines and stamps sit at the top.
  let textIndex = 0;
  blocks.forEach((block, i) => {
    const plain = blockPlainText(block);
    // (The label may be a paragraph with markup in it: `<p><span>Leia também</span></p>`.)
    const labelLike = block.kind === "heading" || block.kind === "paragraph" || (block.kind === "html" && block.html.startsWith("<p>"));
    if (plain !== undefined && labelLike && isRelatedHeading(plain)) {
      inRelatedList = true;
      return;
    }
    if (inRelatedList && isLinkList(block)) return;
    inRelatedList = false;
    // A paywall's prompt, heading or line, wherever it stands: "Subscribe to keep reading", "Already a subscriber? Log in".
    if (plain !== undefined && isPaywallPrompt(plain)) return;
    // A call to follow the site on a messenger, however long its blurb, wherever it stands: "Simak breaking news … WhatsApp Channel : https://…".
    if (plain !== undefined && block.kind !== "heading" && isFollowPrompt(plain)) return;
    if (plain === undefined || block.kind === "heading") {
      out.push(block);
      return;
    }
    const text = plain;
    // Rules about wording apply to paragraphs; lists and tables are dropped only when they are a stamp or a credit.
    const paragraph = block.kind === "paragraph" || (block.kind === "html" && block.html.startsWith("<p>"));
    const fromEnd = blocks.length - 1 - i;
    const short = text.length <= SHORT;
    const head = textIndex < HEAD_BLOCKS;
    textIndex++;
    const row = paragraph && short && head ? metaRow(text) : null;
    if (row) {
      // "By Jane Doe | March 5, 2024 | 4 min read": a page without metadata prints them only here.
      found.author ??= row.author;
      found.published ??= row.published;
      found.updated ??= row.updated;
      return;
    }
    // A stamp's word opens a stamp only with its date or time ("Published in a filing late on Friday, …" is a sentence).
    if (short && (parseTimestampLine(text) || (head && ((STAMP.test(text) && ANY_DIGIT.test(text)) || RELATIVE_TIME.test(text) || READING_TIME_LABEL.test(text) || COUNTED_READING_TIME.test(text) || parseDate(text))))) return;
    if (short && head && (HEAD_CONTROL.test(text) || isBoilerplate(text) || COUNT_ONLY.test(text) || stampThenFields(text))) return;
    // A clock alone over a heading ("10:41" / "全程女子冠军诞生"), an editor's credit ("编辑：周彤"): a live blog's update
    // stamp and sign-off, wherever they stand. (A clock over a paragraph may be the text's own timeline.)
    if (paragraph && ((CLOCK_ONLY.test(text) && blocks[i + 1]?.kind === "heading") || isEditorCredit(text))) return;
    // A cookie banner's text, wherever the page's markup left it ("Utilizamos cookies propias y de terceros …").
    if (paragraph && text.length <= MAX_COOKIE_BANNER && isCookieNotice(text)) return;
    // An ad's label anywhere in the text: "Advertisement", "Story continues below advertisement", "Реклама".
    if (short && isAdLabel(text)) return;
    if (short && (CREDIT_LINE.test(text) || (AGENCY_CREDIT.test(text) && AGENCIES.test(text)))) {
      // The credit of the photo just before it; otherwise a stray credit.
      const previous = out[out.length - 1];
      if (previous?.kind === "figure" && !previous.credit) previous.credit = text.replace(/^[^:]+:\s*/, "");
      return;
    }
    if (short && GALLERY_CHROME.test(text)) return;
    if (!paragraph) {
      out.push(block);
      return;
    }
    if (short && head && BYLINE_WORD.test(text) && NAME_CAPITAL.test(text) && !endsLikeSentence(text)) return;
    if (short && (INLINE_RELATED.test(text) || inlineRelated(text) !== null)) return;
    if (text.length <= 2 * SHORT && WIRE_CREDIT.test(text)) return;
    // At the end, a call to the reader ("Sign up for our newsletter"), not a sentence that reports one
    // ("officials urged residents to sign up for alerts").
    if (short && PROMO.test(text) && (isAllLink(block) || text === text.toUpperCase() || (fromEnd < TAIL_BLOCKS && (PROMO_OPENING.test(text) || TO_THE_READER.test(text))) || /^continue reading/i.test(text))) return;
    // A call to the reader set between paragraphs, in brackets or as a line of its own with no sentence's
    // stop: "[ Sign up for our free breaking news alerts ]", "Get our free mobile app".
    if (text.length <= CALL_CHARS && PROMO_OPENING.test(text) && (/^\[.*\]$/.test(text) || !endsLikeSentence(text))) return;
    // The site's furniture at the end (a cookie notice saved with the page, "Filed under: …", a comments link);
    // a copyright line stays, as wire copy prints its own.
    // (A site's reprint ban is no wire's credit: "저작권자 © 한빛일보 무단전재 및 재배포 금지" goes.)
    if (short && fromEnd < TAIL_BLOCKS && isBoilerplate(text) && (!isCopyrightLine(text) || REPRINT_BAN.test(text))) return;
    // A button the page sets as a paragraph of one link at the end: "Share", "Leave a comment".
    if (fromEnd < TAIL_BLOCKS && isOneLink(block) && BUTTON_LABEL.test(text)) return;
    if (fromEnd < TAIL_BLOCKS && text.length <= 2 * SHORT && CONTACT.test(text)) return;
    // A credit-bearing line right after a photo without a caption is that photo's caption.
    const previous = out[out.length - 1];
    // (Or a line the scrape rules know for a caption by its credit in any language: "… остановке. Фото: Дмитрий Лаптев".)
    if (previous?.kind === "figure" && !previous.caption && text.length <= 2 * SHORT && (PHOTO_CREDIT.test(text) || hasCaptionMarker(text))) {
      previous.caption = text;
      return;
    }
    out.push(block);
  });
  return out;
}

/** A block whose text is (almost) all link text: a list of headlines. */
function isLinkList(block: Block): boolean {
  if (block.kind !== "html") return false;
  const all = blockPlainText(block)?.length ?? 0;
  const linked = [...block.html.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].reduce((n, m) => n + m[1]!.replace(/<[^>]*>/g, "").trim().length, 0);
  return all > 0 && linked >= 0.8 * all;
}

/** The paragraph is one link, whatever markup is inside it (`<a><span>Share</span></a>`), and nothing else. */
function isOneLink(block: Block): boolean {
  return block.kind === "html" && /^<p>\s*<a [^>]*>[\s\S]*<\/a>\s*<\/p>$/.test(block.html) && block.html.split("<a ").length === 2;
}

/** The paragraph is one link and nothing else. */
function isAllLink(block: Block): boolean {
  return block.kind === "html" && /^<p>\s*(?:<(?:strong|b|em)>\s*)*<a [^>]*>[^<]*<\/a>(?:\s*<\/(?:strong|b|em)>)*\s*<\/p>$/.test(block.html);
}

/**
 * The byline/date/reading-time row at the top, in any order, and what it says: "8 min read
 * · Sep 18, 2023", "By Jane Doe | March 5, 2024", or "By · Nov 2, 2024" once Readability has
 * taken the name out of it. Null when the line is not such a row.
 */
function metaRow(text: string): HeadMeta | null {
  const segments = text.split(META_SEPARATOR).filter((s) => s && !LONE_BYLINE_WORD.test(s));
  return (segments.length ? parseMetaLine(segments.join(" · ")) : null) ?? nameThenDate(text);
}

/**
 * "Tom Ashworth 20 February 2025", "Camille Moreau Publié le 10 septembre 2024 à 18h02": a name and a date (or a
 * whole stamp, its word first) set side by side in elements of their own, nothing between.
 */
function nameThenDate(text: string): HeadMeta | null {
  const m = NAME_THEN_DATE.exec(text);
  if (m && looksLikePersonName(m[1]!)) {
    const published = parseDate(m[2]!);
    if (published) return { author: m[1]!, published };
  }
  const named = NAME_THEN_STAMP.exec(text);
  if (!named || !looksLikePersonName(named[1]!)) return null;
  const stamp = parseTimestampLine(named[2]!);
  return stamp && STAMP.test(named[2]!) ? { author: named[1]!, [stamp.kind]: stamp.date } : null;
}

const NAME_THEN_STAMP = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(\p{Lu}.{8,80})$/u;

const NAME_THEN_DATE = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+((?:\p{L}+,?\s+)?(?:\d{1,2}\.?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}))$/u;
