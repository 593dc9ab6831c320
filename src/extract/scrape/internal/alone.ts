/**
 * A file that holds the article alone (written by hand, not scraped): its
 * headline opens it and none of its lines is a page's furniture, so its
 * short lines are the writer's (a greeting, a closing list, a sign-off, a
 * poem's lines), where on a scraped page they would be a menu's.
 */
import { hasCalendarDate } from "../../dates";
import type { ClassifiedUnit } from "./classify";
import { opensBloggersBox, WIDE_GAP, writerBoxNote } from "./body-search";
import { isHeadlineCandidate, SITE_SUFFIX } from "./headline-search";
import { takeList } from "./related-list";
import { endsLikeSentence } from "./units";
import { isWriterBio, leadsIntoNext, parseCreditsLine } from "../rules/bylines";
import { TAGS_LINE } from "../rules/furniture";
import { isKickerOverHeadline } from "../rules/line-shapes";
import { authorBoxName, isSectionEnd } from "../vocabulary";

/** How far under the first line a page repeats its `<title>` as the headline. */
const TITLE_REPEAT_REACH = 15;

/** Lines outside the found body (the headline, bylines and stamps aside) that a file holding the article alone may have. */
const ALONE_OUTSIDE_LINES = 12;
/** Of those, lines between its headline and the found body. */
const ALONE_LINES_ABOVE = 4;

/**
 * The headline of a file that holds the article and nothing of a page
 * around it (written by hand, not scraped), or null. Such a file opens with
 * its headline (under bylines and stamps at most), however short ("Bridge
 * Closure"), and none of its lines is a page's furniture: no footer, no
 * sign-up box, no related heading, no comments. The body search weighs short
 * lines against the article, as menus; here only a few lines lie outside
 * the body it found, and they are the writer's (a greeting, a closing list,
 * a sign-off, a poem's lines). A scraped page has menus or a footer.
 */
export function aloneHeadline(units: ClassifiedUnit[], start: number, end: number): number | null {
  let first = 0;
  while (first < units.length && units[first]!.meta) first++;
  // A scraped page has furniture somewhere: the classifier's flags tell most pages apart at once.
  // Repeats are allowed: a poem's refrain, a list's repeated word.
  for (let k = first + 1; k < units.length; k++) if (isFurnitureLine(units[k]!)) return null;
  // A section kicker over the headline ("Politics", "CNN —"): the headline is the line under it.
  const next = units[first + 1];
  if (units[first] && next && !next.meta && next.kind !== "prose" && isHeadlineCandidate(next) && isKickerOverHeadline(units[first]!.text, next, units[first + 2])) first++;
  const headline = units[first];
  if (!headline || headline.kind === "prose" || headline.bullet || headline.text.length > MAX_ALONE_HEADLINE) return null;
  // The body search may begin at the headline itself (a script without sentence stops reads all lines as text).
  if (first > start || (first === start && !isHeadlineCandidate(headline))) return null;
  // "Dear friends,", "Ingredients:": an opening line that leads into what follows, not a headline.
  if (leadsIntoNext(headline.text) || !isOwnLine(headline)) return null;
  // A page's `<title>` line ("Headline – Site") over the headline it repeats: a scraped page.
  for (let k = first + 1; k < Math.min(units.length, first + 1 + TITLE_REPEAT_REACH); k++) {
    const text = units[k]!.text;
    if (text.length >= MIN_REPEATED_TITLE && text.length < headline.text.length && headline.text.includes(text)) return null;
  }
  // Counted first: on a scraped page the count fails within a few lines, before any line is read.
  let outside = 0;
  let above = 0;
  for (let k = first + 1; k < units.length; k++) {
    if ((k >= start && k <= end) || units[k]!.meta) continue;
    // A verse's lines (running on, in lower case, or ending as a sentence does) are the writer's own.
    if (k > end && isWritersShortLine(units[k]!, units[k + 1])) continue;
    // A greeting or a verse's first lines may stand over the text; a page's menus are more.
    if (k < start && ++above > ALONE_LINES_ABOVE) return null;
    if (++outside > ALONE_OUTSIDE_LINES) return null;
  }
  for (let k = first + 1; k < units.length; k++) if (isSectionEnd(units[k]!.text)) return null;
  return first;
}

/**
 * Where the article ends in a file that holds it alone: at its last line, or
 * above a list of headlines set off by a blank line (related stories, as the
 * seed scrape has them); a numbered or bulleted list is the article's own.
 */
export function aloneEnd(units: ClassifiedUnit[], end: number): number {
  for (let k = end + 1; k < units.length; k++) {
    const unit = units[k]!;
    // A wide gap, or a box about the writer or the organisation: what follows is not the article's text.
    if (unit.gapBefore >= WIDE_GAP || authorBoxName(unit.text) !== null || opensBloggersBox(units, k) || isWriterBio(unit.text) || writerBoxNote(units, k) >= 0) return k - 1;
    // Headlines line under line, not numbered or bulleted as the writer's own list would be: related stories;
    // unless the text goes on under them ("300 g rice" … "Serves four."): then they were the writer's list.
    if (unit.gapBefore >= 1 && !unit.bullet && !NUMBERED.test(unit.text) && !runsOn(unit, units[k + 1])) {
      const listEnd = takeList(units, k, []);
      if (listEnd - k >= 2 && !textGoesOn(units[listEnd])) return k - 1;
    }
  }
  return units.length - 1;
}

/**
 * A sentence of the writer's own after a list, not set off by a wide gap: the article goes on.
 * Not a note on where the story comes from ("This story was first published by …", "Additional
 * reporting by …"), which closes a page under its related headlines.
 */
function textGoesOn(unit: ClassifiedUnit | undefined): boolean {
  return unit !== undefined && unit.gapBefore < WIDE_GAP && !unit.meta && isOwnLine(unit) && endsLikeSentence(unit.text) &&
    !PROVENANCE.test(unit.text) && !parseCreditsLine(unit.text);
}

const PROVENANCE = /\b(?:first|originally) (?:published|appeared)\b|\bpublished (?:here )?with permission\b|\breproduced with permission\b|\brepublished\b|\bcontributed to this (?:report|story|article)\b|\b(?:this|the) (?:story|article|post) (?:was|has been) (?:updated|corrected|amended)\b/i;

/** A short line of a verse: it runs on, goes on in lower case, or closes a sentence (a page's menus and teasers do none). */
function isWritersShortLine(unit: ClassifiedUnit, next: ClassifiedUnit | undefined): boolean {
  return runsOn(unit, next) || /^\p{Ll}/u.test(unit.text) || endsLikeSentence(unit.text);
}

/** A line that runs on into the next, as a verse does: it ends on a comma, or the next line goes on in lower case. */
function runsOn(unit: ClassifiedUnit, next: ClassifiedUnit | undefined): boolean {
  return /[,;]$/.test(unit.text) || (next !== undefined && next.gapBefore === 0 && /^\p{Ll}/u.test(next.text));
}

/** A numbered list item: "1. …", "2) …". */
const NUMBERED = /^\d{1,2}[.)]\s/;

/** Shortest headline whose repetition in the first line marks that line as a page's `<title>`. */
const MIN_REPEATED_TITLE = 12;

/** Longest opening line taken as the headline of a file that holds the article alone. */
const MAX_ALONE_HEADLINE = 250;

/**
 * Whether a headline-shaped line stands between the file's first line and
 * the body, over a byline, a stamp or the body itself: then the first line is
 * the site's name or its `<title>` ("Harbour Gazette - Local news") and the
 * headline search picks among the lines (a poem's first line runs on instead).
 */
export function headlineBelow(units: ClassifiedUnit[], first: number, start: number): boolean {
  // A first line that is itself a headline, without a site's name beside it, is the headline; a line under it is its standfirst.
  if (isHeadlineCandidate(units[first]!) && !SITE_SUFFIX.test(units[first]!.text) && !isNameOverHeadline(units[first]!, units[first + 1])) return false;
  for (let k = first + 1; k < start; k++) {
    const unit = units[k]!;
    if (unit.meta || unit.kind === "prose" || !isHeadlineCandidate(unit) || leadsIntoNext(unit.text)) continue;
    // A line that dates something is no headline over the text ("Held: Thursday 7th March 2024, 7:30pm, …" under
    // "Residents' Association — Minutes of Committee Meeting"): the file's own, and so is the first line.
    if (hasCalendarDate(unit.text)) return false;
    const next = units[k + 1];
    if (k + 1 === start || next?.meta || (next !== undefined && next.gapBefore >= 1 && !runsOn(unit, next))) return true;
  }
  return false;
}

/**
 * An organisation's name over a notice's headline ("Riverside Chess Club" /
 * blank / "Spring rapid tournament moves to the library"): a name in
 * capitals word by word, a line apart from a longer headline in sentence case
 * that does not end as a standfirst's sentence does. A Title Case headline
 * over its standfirst ("Harbour Reopens" / "The harbour reopened on Monday.")
 * keeps its place.
 */
function isNameOverHeadline(name: ClassifiedUnit, next: ClassifiedUnit | undefined): boolean {
  if (!next || next.gapBefore === 0 || next.meta || !ORGANISATION_NAME.test(name.text) || next.text.length <= name.text.length * 1.3) return false;
  if (/[.!?…:;,]$/.test(next.text) || !isHeadlineCandidate(next)) return false;
  // Sentence case: most of its words after the first open in lower case.
  const words = next.text.split(/\s+/).slice(1);
  return words.length >= 3 && words.filter((word) => /^\p{Ll}/u.test(word)).length * 2 > words.length;
}

/** Two to four words, each capitalised (but the small words of names: of, and, the, for, de, von…), no digits, no stop. */
const ORGANISATION_NAME = /^\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|and|the|for|on|de|du|des|la|le|del|von|van|der|&)){1,3}$/u;

/** A page's furniture by the classifier's flags: a footer, a notice, a sign-up line, a related heading. */
function isFurnitureLine(unit: ClassifiedUnit): boolean {
  // A `Tags:` line is the article's own (read as its tags), though the line rules drop it as furniture.
  return (unit.boilerplate && !TAGS_LINE.test(unit.text)) || unit.signUp || unit.relatedHeading || unit.copyright;
}

/** None of a page's furniture: not a footer, notice, sign-up, related heading or comments heading. */
function isOwnLine(unit: ClassifiedUnit): boolean {
  return !isFurnitureLine(unit) && !isSectionEnd(unit.text);
}
