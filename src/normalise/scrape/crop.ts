/**
 * Stage 4: cut the page down to the article: its headline, the byline,
 * timestamp and caption lines between headline and body, the body without
 * the chrome inside it, and a related-links list right after it. What is left
 * reads like a clean scrape, which `parse-scrape.ts` then reads line by line.
 */
import { classifyPage, type ClassifiedUnit } from "./classify";
import { findBody, findHeadline, isHeadlineCandidate, markedLead, withoutSiteName } from "./locate";
import {
  hasCaptionMarker, isBareUrl, isRelatedHeading, isStandaloneCredit, looksLikePhotoCaption, parseLinkLine, parseMetaLine,
} from "./rules";
import type { Unit } from "./units";

/** How far past the body a related list's heading may stand. */
const RELATED_REACH = 6;
/** How far above the body its byline, timestamp and captions may stand. */
const HEADER_REACH = 15;
/** How far above the headline and below the body a date line may stand. */
const DATE_REACH_ABOVE = 12;
const DATE_REACH_INTO_BODY = 6;
const DATE_REACH_BELOW = 20;
/** At most this many related links are read. */
const RELATED_MAX = 12;

export interface CroppedPage {
  /** Headline, header lines and body, in page order. */
  units: Unit[];
  /** The related list after the body (its heading included); null when no body was found and `units` is the whole page. */
  related: Unit[] | null;
  /** The page's language as its stopwords tell it: which date words to read first. */
  language: string;
  /** Lines near the headline, nearest first, then just after the body: where pages print their date. */
  dateLines: string[];
}

export function cropToArticle(all: Unit[]): CroppedPage {
  const { units, language, stopwords } = classifyPage(all);
  const marked = markedLead(units);
  const body = findBody(units);
  if (!body) return { units: all, related: null, dateLines: [], language };
  let { start, end } = body;
  if (marked >= 0 && marked <= end) start = Math.min(start, marked);
  else if (marked > end) ({ start, end } = { start: marked, end: Math.max(marked, end) });

  const headline = findHeadline(units, start, stopwords, end);
  const out: Unit[] = [];
  let headerFrom = start;
  if (headline !== null) {
    const title = units[headline]!;
    const text = title.text.replace(/^[-*•]\s+/, "");
    out.push({ ...title, text: headline === 0 ? withoutSiteName(text) : text, gapBefore: 0 });
    // Bylines and captions sit just above the body, not among the menus under a far `<title>` line.
    headerFrom = Math.max(headline + 1, start - HEADER_REACH);
    // The headline may open the span the body search found.
    if (headline >= start) start = headline + 1;
    if (start > end) end = start;
  }
  // Between headline and body: bylines, timestamps, captions and their credits.
  const header = units.slice(headerFrom, start);
  header.forEach((unit, k) => {
    if (keepInHeader(unit, header[k + 1], k === header.length - 1, header.slice(0, k))) out.push(unit);
  });
  // The body without the chrome inside it (ads, repeated template lines).
  for (let i = start; i <= end; i++) {
    const unit = units[i]!;
    if (unit.furniture && !hasCaptionMarker(unit.text) && !isStandaloneCredit(unit.text)) continue;
    out.push(unit);
  }
  const related = relatedAfter(units, end);

  const top = headline ?? start;
  const dateLines = [
    // Bylines and stamps may also stand under a standfirst the body search took in.
    ...units.slice(top + 1, Math.max(top + 1, start + DATE_REACH_INTO_BODY)),
    ...units.slice(Math.max(0, top - DATE_REACH_ABOVE), top).reverse(),
    ...units.slice(end + 1, end + 1 + DATE_REACH_BELOW),
  ]
    // A caption's date is the photo's, and prose mentions dates of its own.
    .filter((u) => u.kind !== "prose" && !hasCaptionMarker(u.text) && !looksLikePhotoCaption(u.text))
    .map((u) => u.text);
  return { units: out, related, dateLines, language };
}

function keepInHeader(unit: ClassifiedUnit, next: ClassifiedUnit | undefined, last: boolean, before: ClassifiedUnit[]): boolean {
  const text = unit.text;
  if (parseMetaLine(text) || isStandaloneCredit(text) || hasCaptionMarker(text)) return true;
  if (unit.kind === "chrome" || unit.kind === "short") return false;
  if (next && isStandaloneCredit(next.text)) return true; // a caption with its credit under it
  if (looksLikePhotoCaption(text)) return true;
  // The description just above the body, below the byline: the lead photo's caption.
  return last && before.some((u) => parseMetaLine(u.text) !== null);
}

/** A related list right after the body: under a related heading, or a run of headline-shaped lines. */
function relatedAfter(units: ClassifiedUnit[], end: number): Unit[] {
  let i = end + 1;
  const reach = Math.min(units.length, i + RELATED_REACH);
  let heading = -1;
  for (let j = i; j < reach; j++) {
    if (isRelatedHeading(units[j]!.text)) {
      heading = j;
      break;
    }
  }
  const out: Unit[] = [];
  if (heading >= 0) {
    out.push(units[heading]!);
    i = heading + 1;
  }
  for (; i < units.length && out.length < RELATED_MAX; i++) {
    const unit = units[i]!;
    const text = unit.text.replace(/^[-*•]\s+/, "");
    if (parseLinkLine(unit.text) || (isBareUrl(text) && out.length > 0)) {
      out.push(unit);
      continue;
    }
    if (!isHeadlineCandidate(unit) || unit.kind === "prose" || /[.。]$/.test(text)) break;
    out.push(unit);
  }
  // A heading with nothing under it is no list.
  return heading >= 0 && out.length === 1 ? [] : out;
}
