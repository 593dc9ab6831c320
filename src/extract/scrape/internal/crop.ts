/**
 * Stage 4: cut the page down to the article: its headline, the byline,
 * timestamp and caption lines between headline and body, the body without
 * the chrome inside it, and a related-links list right after it. What is left
 * reads like a clean scrape, which `parse-scrape.ts` then reads line by line.
 */
import { isSectionEnd, KEY_POINTS } from "../vocabulary";
import { asciiDigits, parseDate } from "../../dates";
import { classifyPage, type ClassifiedUnit } from "./classify";
import { BUTTON_CHARS, findBody } from "./body-search";
import { findHeadline, markedLead, withoutSiteName } from "./headline-search";
import { bareNameByline, BYLINE_OPENER, capitalsName, cjkByline, isCjkName, isDateline, isPostedByFooter, isNumericStamp, AUTHOR_LABEL_ALONE, isWriterRole, leadsIntoNext, LONE_BYLINE_WORD, looksLikePersonName, parseByline, STAMP_WORDS } from "../rules/bylines";
import { hasCaptionMarker, isStandaloneCredit, looksLikePhotoCaption } from "../rules/captions";
import { isJoinDate, TAGS_LABEL_ALONE } from "../rules/furniture";
import { withoutBullet, type Unit } from "./units";
import { aloneEnd, aloneHeadline, headlineBelow } from "./alone";
import { relatedAfter } from "./related-list";
import { nameBesideStamp } from "./page-author";

/** How far above the found body a wire dateline may open it. */
const DATELINE_REACH = 6;
/** How far above the body its byline, timestamp and captions may stand. */
const HEADER_REACH = 15;

/** The unit `reach` lines above `start`, furniture not counted. */
function reachOver(units: readonly ClassifiedUnit[], start: number, reach: number): number {
  let k = start;
  for (let counted = 0; k > 0 && counted < reach; k--) if (!units[k - 1]!.furniture) counted++;
  return k;
}
/** How far above the headline and below the body a date line may stand. */
const DATE_REACH_ABOVE = 12;
const DATE_REACH_INTO_BODY = 6;
const DATE_REACH_BELOW = 20;
/** How far above the headline a byline may stand (headers hold menus, a kicker, share rows, then the byline). */
const AUTHOR_REACH_ABOVE = 30;

export interface CroppedPage {
  /** Headline, header lines and body, in page order. */
  units: Unit[];
  /** The related list after the body (its heading included); null when no body was found and `units` is the whole page. */
  related: Unit[] | null;
  /** The page's language as its stopwords tell it: which date words to read first. */
  language: string;
  /**
   * Lines near the headline, nearest first, then just after the body: where pages print their date.
   * Made only when asked: most pages give their date in a byline or stamp line.
   */
  dateLines: () => string[];
  /**
   * Lines where a byline may stand: those under the headline, then those above it, each run in
   * order away from the headline (a line's neighbours in a run are its neighbours on the page).
   */
  authorLines: () => string[][];
  /** The latest year the page's copyright line names: the year of a stamp that prints none. */
  copyrightYear: () => number | undefined;
}

/** The whole page as it is, for the line-by-line reading alone. */
export function uncropped(all: Unit[], language = "en"): CroppedPage {
  return { units: all, related: null, dateLines: () => [], authorLines: () => [], copyrightYear: () => undefined, language };
}

export function cropToArticle(all: Unit[]): CroppedPage {
  const { units, language, stopwords } = classifyPage(all);
  const marked = markedLead(units);
  const body = findBody(units);
  if (!body) return uncropped(all, language);
  let { start, end } = body;
  if (marked >= 0 && marked <= end) start = Math.min(start, marked);
  else if (marked > end) ({ start, end } = { start: marked, end: Math.max(marked, end) });

  // A wire dateline ("NAIROBI (Reuters) -") just above the body opens it: it is the lead.
  for (let k = Math.max(0, start - DATELINE_REACH); k < start; k++) {
    if (!units[k]!.furniture && isDateline(units[k]!.text)) {
      start = k;
      break;
    }
  }
  // A file that is the article alone opens with its headline and keeps every line under it:
  // a greeting, a closing list, a sign-off, a poem's lines.
  const opening = aloneHeadline(units, start, end);
  const headline = opening !== null && !headlineBelow(units, opening, start) ? opening : overBody(units, start, findHeadline(units, start, stopwords, end));
  if (opening !== null) end = aloneEnd(units, end);
  start = pastTopByline(units, start, end);
  const out: Unit[] = [];
  let headerFrom = start;
  if (headline !== null) {
    const title = units[headline]!;
    const text = title.text.replace(/^[-*•]\s+/, "");
    out.push({ ...title, text: headline === 0 ? withoutSiteName(text) : text, gapBefore: 0 });
    // Bylines and captions sit just above the body, not among the menus under a far `<title>` line.
    // The reach counts the header's own lines: a row of share and bookmark buttons does not push the caption or the byline out of it.
    headerFrom = Math.max(headline + 1, reachOver(units, start, HEADER_REACH));
    // The headline may open the span the body search found.
    if (headline >= start) start = headline + 1;
    if (start > end) end = start;
    // A headline with nothing under it: the page is read the old way, line by line.
    if (start >= units.length) return uncropped(all, language);
  }
  // Between headline and body: bylines, timestamps, captions and their credits.
  const header = withBylinesSpelledOut(units.slice(headerFrom, start));
  let bylineSeen = false;
  // A file that holds the article alone keeps every line of its own between headline and body ("Dear friends,"),
  // after its bylines and stamps, which the reader takes only before the text.
  const ownLines: Unit[] = [];
  header.forEach((unit, k) => {
    // A bare date under a line of the writer's own stays where it stands: a diary's first entry's date, under its introduction.
    const inPlace = !unit.meta || (ownLines.length > 0 && parseDate(asciiDigits(unit.text)) !== null);
    if (keepInHeader(unit, header[k + 1], header[k + 2], k === header.length - 1, bylineSeen)) (opening !== null && inPlace ? ownLines : out).push(unit);
    else if (opening !== null && !unit.furniture) ownLines.push(unit);
    bylineSeen ||= unit.meta;
  });
  out.push(...ownLines);
  // The body without the chrome inside it (ads, repeated template lines).
  // A related box's bulleted links stay with their heading (the reader takes them as related links, and
  // knows where the box ends), though they repeat further down the page.
  let inBox = false;
  for (let i = start; i <= end; i++) {
    const unit = units[i]!;
    inBox = unit.relatedHeading || (inBox && unit.bullet);
    // A related heading the page repeats ("Baca juga:" over each inset) still tells the reader the line under it is a link.
    // A tags' label alone stays too: the reader leaves out the tags set under it with it.
    if (unit.furniture && !hasCaptionMarker(unit.text) && !isStandaloneCredit(unit.text) && !(inBox && unit.bullet) && !(unit.relatedHeading && !unit.boilerplate) && !TAGS_LABEL_ALONE.test(unit.text)) continue;
    out.push(unit);
  }
  const related = relatedAfter(units, end);
  const relatedUnits = new Set<Unit>(related);

  const top = headline ?? start;
  const dateLines = () => {
    // The day a writer joined the site, on their card: no stamp of the article.
    const joinDates = new Set(units.filter((u, k) => k > 0 && isJoinDate(units[k - 1]!.text, u.text)));
    return [
      // Bylines and stamps may also stand under a standfirst the body search took in.
      ...units.slice(top + 1, Math.max(top + 1, start + DATE_REACH_INTO_BODY)),
      ...units.slice(Math.max(0, top - DATE_REACH_ABOVE), top).reverse(),
      ...units.slice(end + 1, end + 1 + DATE_REACH_BELOW),
    ]
      // A caption's date is the photo's, and prose and a related list's headlines mention dates of their own;
      // so does a sentence of the article, however short ("Protesters gather outside city hall on March 4, 2024.").
      .filter((u) => u.kind !== "prose" && !relatedUnits.has(u) && !hasCaptionMarker(u.text) && !looksLikePhotoCaption(u.text) && !(u.meta === false && isSentence(u)) && !joinDates.has(u))
      .map((u) => u.text);
  };
  // Bylines stand under the headline, above the body's first paragraph ("By the numbers" further
  // down is a subheading), or in the header above the headline.
  const authorLines = () => {
    const below: string[] = [];
    for (let k = top + 1; k < Math.max(top + 1, start + DATE_REACH_INTO_BODY) && k < units.length; k++) {
      // A laid-out header sets its byline's lines as bullets ("* Jane Okafor" / "* Senior reporter" / "* March 14, 2025").
      if (units[k]!.kind !== "prose") below.push(withoutBullet(units[k]!.text));
      // A photo's caption between the headline and the byline is passed by: "… Photo: Frank McGrath" / "Aoife Brennan" / stamp.
      else if (k >= start && !hasCaptionMarker(units[k]!.text)) break;
    }
    // Last, a blog's footer under the post: "Posted by Jane Doe at 19:42" (an opening word, so no other line passes);
    // or a Japanese paper's bureau and reporter in brackets under the story, "（函館支局　佐藤健太）".
    const after: string[] = [];
    for (let k = end + 1; k < Math.min(units.length, end + 1 + LABELLED_AUTHOR_REACH_BELOW); k++) {
      const text = units[k]!.text;
      // "Авторы" over "Иван Петров", "この記事を書いた人" over "佐藤 悠真": the writer's label alone on its line under the text, the name
      // under it (past a follow box, its label says whose name it is).
      if (AUTHOR_LABEL_ALONE.test(text) && units[k + 1] && (looksLikePersonName(units[k + 1]!.text) || isCjkName(units[k + 1]!.text))) after.push(`By ${units[k + 1]!.text}`);
      else if (k >= end + 1 + AUTHOR_REACH_BELOW) continue;
      // "김서연 기자 seoyeon.kim@…": a Korean reporter's name, title and address right under the story, as Korean papers sign.
      else if (BYLINE_OPENER.test(text) || isPostedByFooter(text) || ((text.startsWith("（") || k === end + 1) && cjkByline(text) !== null)) after.push(text);
      // "THANH TÂM": the writer's name alone in capitals right under the text, as Vietnamese papers sign.
      else if (k === end + 1 && !units[k]!.furniture && !units[k]!.relatedHeading) {
        const signed = capitalsName(text) ??
          // "Phạm Thu Hà" alone right under the text, the page's share row or related box right under the name: the writer signing it.
          ((units[k + 1]?.furniture || units[k + 1]?.relatedHeading) && looksLikePersonName(text) ? text : null);
        if (signed !== null) after.push(`By ${signed}`);
      }
    }
    // Above the headline a paragraph is no byline, but it stays in place (as an empty line): a site's name over its
    // tagline over the post's date is not a name beside a stamp.
    return [below, units.slice(Math.max(0, top - AUTHOR_REACH_ABOVE), top).reverse().map((u) => (u.kind === "prose" ? "" : withoutBullet(u.text))), after];
  };
  const copyrightYear = () => {
    let latest: number | undefined;
    for (const unit of units) {
      if (!unit.copyright) continue;
      for (const m of unit.text.matchAll(/\b(?:19|20)\d{2}\b/g)) latest = Math.max(latest ?? 0, Number(m[0]));
    }
    return latest;
  };
  return { units: out, related, dateLines, authorLines, copyrightYear, language };
}

/**
 * The headline search may pick a line inside the body (a subheading, a
 * sentence) when the real one is too short to be a candidate ("Spring
 * Update"). The file's first line stands for it when it is short and the
 * body starts right under it, past bylines and stamps: on a scraped page,
 * menus stand between the two.
 */
function overBody(units: ClassifiedUnit[], start: number, found: number | null): number | null {
  // A line the body search began at, or one above it, may well be the headline.
  if (found !== null && units[found]!.kind !== "prose" && !units.slice(start, found).some((u) => u.kind === "prose")) return found;
  let first = 0;
  while (first < start && units[first]!.meta) first++;
  const line = units[first];
  if (!line || first >= start || line.kind === "prose" || line.bullet || line.furniture || line.text.length > SHORT_HEADLINE_CHARS || leadsIntoNext(line.text)) return found;
  for (let k = first + 1; k < start; k++) if (!units[k]!.meta) return found;
  return first;
}

/** Longest first line taken for a headline too short for the headline search. */
const SHORT_HEADLINE_CHARS = 40;

/**
 * A sentence of six words or more, ended with its stop: article text, not a
 * stamp, unless it speaks of the article's publication ("This story was
 * originally published on March 3, 2024.").
 */
function isSentence(unit: ClassifiedUnit): boolean {
  return unit.words.length >= 6 && /[.!?。！？]["'”’)]?$/u.test(unit.text) && !PUBLICATION_WORD.test(unit.text);
}

// Not \b after the word: "publié" ends in a letter \b does not know.
const PUBLICATION_WORD = new RegExp(`\\b(?:${STAMP_WORDS}|first appeared)(?!\\p{L})`, "iu");

/** Lines under the body looked at for a blog's "Posted by …" footer. */
const AUTHOR_REACH_BELOW = 2;
/** Lines under the body looked at for the writer's label alone over their name. */
const LABELLED_AUTHOR_REACH_BELOW = 6;

/** How far into the found body a byline still belongs to the header. */
const BYLINE_REACH = 5;

/**
 * The body search may take in a standfirst with the byline under it; the
 * byline and what stands above it are header, and the body starts after them.
 */
function pastTopByline(units: ClassifiedUnit[], start: number, end: number): number {
  let prose = 0;
  let after = start;
  for (let k = start; k <= Math.min(end, start + BYLINE_REACH); k++) {
    const unit = units[k]!;
    const byline = parseByline(unit.text);
    // "05/11/2024 - 22:10": a numeric stamp, which the date stage reads the page's way, is a stamp here too.
    const stamp = (unit.meta && !byline) || isNumericStamp(unit.text);
    if (stamp || (byline && looksLikePersonName(byline)) || (LONE_BYLINE_WORD.test(unit.text) && units[k + 1] && looksLikePersonName(units[k + 1]!.text))) after = k + 1;
    else if (unit.kind === "prose" && ++prose > 1) break;
  }
  // Names, stamps and the writer's job ("Opinion Columnist") right under the byline go with it, and so do the
  // header's buttons under them ("Teilen" / "Kommentare 57"): short lines of furniture or a comments count.
  while (after <= end && (units[after]!.meta || looksLikePersonName(units[after]!.text) || isWriterRole(units[after]!.text) || isHeaderButton(units[after]!))) after++;
  // A promo card under the byline, before any paragraph, closed by its button ("Black Friday" / "Business Bargain
  // Hunter's top picks" / "The very best Black Friday deals and sales." / "Read More"): the text starts under it.
  if (after > start) {
    for (let k = after; k <= Math.min(end, after + PROMO_CARD_LINES); k++) {
      const unit = units[k]!;
      if (unit.kind === "prose") break;
      if (unit.relatedHeading && units[k + 1]?.kind === "prose") {
        after = k + 1;
        break;
      }
    }
  }
  return after <= end ? after : start;
}

/**
 * Bylines the page splits or leaves unmarked, made plain for the byline rule:
 * "By" on a line of its own above the name, or a bare name beside the
 * timestamp ("Tom Adebayo, AP Auto Writer" over "Updated 1:39 am EST …").
 */
function withBylinesSpelledOut(header: ClassifiedUnit[]): ClassifiedUnit[] {
  const out: ClassifiedUnit[] = [];
  const texts = header.map((unit) => unit.text);
  // A name spelled out over the stamp: a name under it is then the outlet's ("Gold Coast Herald").
  let named = false;
  for (let k = 0; k < header.length; k++) {
    const unit = header[k]!;
    const next = header[k + 1];
    if (LONE_BYLINE_WORD.test(unit.text) && next && looksLikePersonName(next.text)) {
      out.push({ ...next, text: `${unit.text} ${next.text}`, meta: true });
      k++;
    } else if (!unit.meta && next && !next.meta && header[k + 2]?.meta && bareNameByline(unit.text) && bareNameByline(next.text)) {
      // Two names over a stamp ("Rodrigo Fontenelle" / "São Paulo" / "14.mar.2024 às 16h00"): the writer, then where
      // it was filed from, which is no text of the article.
      out.push({ ...unit, text: `By ${unit.text}`, meta: true });
      k++;
    } else if (!unit.meta && ((!named && header[k - 1]?.meta) || next?.meta) && bareNameByline(unit.text) && !KEY_POINTS.test(unit.text)) {
      // ("Key Points" under the stamp is a box's heading, however much it looks like a name.)
      // The name as the byline reads it, "Alejandra Villaseñor | El Heraldo del Bajío" → "Alejandra Villaseñor".
      out.push({ ...unit, text: `By ${bareNameByline(unit.text)!}`, meta: true });
      named = true;
    } else {
      // The writer's handle, job, reading time or contact button between the name and the stamp ("Lachlan Brierley" /
      // "@lbrierley" / "3 min read" / stamp); a wire's name as the wire spells it ("REUTERS" → "Reuters").
      const name = unit.meta || header[k - 1]?.meta ? null : nameBesideStamp(unit.text, texts, k);
      out.push(name ? { ...unit, text: `By ${name}`, meta: true } : unit);
      named ||= name !== null;
    }
  }
  return out;
}

/** Lines a promo card between the byline and the text holds at most, its button included. */
const PROMO_CARD_LINES = 5;

/** A button of the header's row: share or print (furniture), or the count of the comments it leads to. */
function isHeaderButton(unit: ClassifiedUnit): boolean {
  return unit.text.length <= BUTTON_CHARS && unit.kind !== "prose" && (unit.furniture || (/\d/.test(unit.text) && (isSectionEnd(unit.text) || (unit.gapBefore === 0 && BARE_COUNT.test(unit.text)))));
}

/** A count alone, its thousands grouped or not ("2 431", "12,408"): the views or comments an icon labels in the byline's row. */
const BARE_COUNT = /^\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+$|^\d{1,6}$/;


function keepInHeader(unit: ClassifiedUnit, next: ClassifiedUnit | undefined, afterNext: ClassifiedUnit | undefined, last: boolean, bylineSeen: boolean): boolean {
  const text = unit.text;
  if (unit.meta || isStandaloneCredit(text) || hasCaptionMarker(text)) return true;
  // A key-points box's heading right over the body: the reader tells the box from the text by it.
  if (last && KEY_POINTS.test(text)) return true;
  // A caption with its credit right under it, however short ("Здание банка в Москве" over "Фото: …"); or a
  // blank line apart, with the byline or the stamp under the credit ("Commuters at London Bridge" / "(PA Wire)" / "Helen Marsh").
  const creditUnder = !!next && isStandaloneCredit(next.text);
  const bylineUnder = !!afterNext && (afterNext.meta || bareNameByline(afterNext.text) !== null);
  // Or a blank line apart with the text right under the credit, as a figure's caption and credit elements stand over the lead.
  if (creditUnder && (next.gapBefore === 0 || (next.gapBefore <= 1 && (bylineUnder || afterNext === undefined))) && !unit.furniture && unit.words.length >= 3) return true;
  if (unit.kind === "chrome" || unit.kind === "short") return false;
  if (creditUnder) return true;
  if (looksLikePhotoCaption(text)) return true;
  // The description just above the body, below the byline: the lead photo's caption.
  return last && bylineSeen;
}
