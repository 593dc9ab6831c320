/**
 * Stage 3: where the article is on the page. The body is the stretch of
 * units whose weights sum highest (Finn et al.'s body-text extraction, over
 * classified blocks instead of tokens); the headline is the headline-shaped
 * line above it that the page's `<title>` line names or that stands closest.
 */
import { isWall, SIGN_UP_BOX_LINES as BOX_LINES, type ClassifiedUnit } from "./classify";
import { hasCalendarDate } from "../../dates";
import { attributesQuote, BYLINE_OPENER, BYLINE_OR_STAMP_START, isCardKicker, isWriterBio, isWriterRole, looksLikePersonName, parseMetaLine, stripLeadMarker } from "../rules/bylines";
import { hasCaptionMarker, isStandaloneCredit } from "../rules/captions";
import { TAGS_LABEL } from "../rules/furniture";
import { isBareUrl, isRelatedHeading } from "../rules/related";
import { endsLikeSentence } from "./units";
import { isEditorsNote } from "../../editor-notes";
import { authorBoxName, isSectionEnd } from "../vocabulary";

export interface BodySpan {
  /** First unit of the body. */
  start: number;
  /** Last unit of the body (inclusive). */
  end: number;
}

/** How far under the title line the article's body must begin to count as under it. */
const ANCHOR_REACH = 30;
/** What share of the page's best run a run under the title line needs to be taken instead. */
const ANCHOR_SHARE = 0.5;
/** How much of a line must be the title's words to stand for the title. */
const ANCHOR_MIN_SHARE = 0.8;
/** Prose after a comments heading or a copyright line (readers' comments, legal notes) weighs this much. */
const COMMENTS_DISCOUNT = 0.25;

/** The maximum-sum run of unit weights; section ends (a comments heading) cannot be crossed. */
export function findBody(units: ClassifiedUnit[]): BodySpan | null {
  let best = bestRun(units, 0, units.length);
  // The page's own title line, found again lower down, marks where the article begins: a run
  // that starts just under it wins over a richer one far away (a legal footer, a comment thread).
  const anchor = titleAnchor(units);
  if (best && anchor !== null && Math.abs(best.start - anchor) > ANCHOR_REACH) {
    const near = bestRun(units, anchor + 1, anchor + 1 + ANCHOR_REACH);
    if (near && near.sum >= best.sum * ANCHOR_SHARE) best = near;
  }
  if (!best) return null;
  const span: BodySpan = { start: best.start, end: cutAtWideGap(units, best.start, cutAtTeaserWall(units, best.start, best.end)) };
  return withoutWriterBio(units, opensAboveBox(units, extend(units, span)));
}

/**
 * A body that starts right under a sign-up box may have begun above it: the
 * box's lines outweigh a paragraph or two before it, so the sum alone starts
 * under it. The paragraphs right above the box are the article's opening.
 */
function opensAboveBox(units: ClassifiedUnit[], span: BodySpan): BodySpan {
  let k = span.start - 1;
  let signUp = false;
  for (let lines = 0; k >= 0 && lines < BOX_LINES && (units[k]!.furniture || units[k]!.kind === "chrome" || units[k]!.kind === "short"); k--, lines++) signUp ||= units[k]!.signUp;
  if (!signUp) return span;
  let start = span.start;
  for (; k >= 0 && units[k]!.kind === "prose"; k--) start = k;
  return { start, end: span.end };
}

/**
 * The writer's note ("Jane Doe is a reporter for the Gazette.") among the
 * body's last lines, with no paragraph after it, ends the body there, with
 * the writer's name over it.
 */
function withoutWriterBio(units: ClassifiedUnit[], span: BodySpan): BodySpan {
  for (let k = Math.max(span.start + 1, span.end - BIO_REACH + 1); k <= span.end; k++) {
    // The box's name line, when the note calls the writer by first name under it.
    const nameAt = [k - 1, k - 2].find((at) => at > span.start && writerBoxNote(units, at) === k);
    if (!isWriterBio(units[k]!.text) && nameAt === undefined) continue;
    // The note closes the page: no paragraph of the article comes after it.
    if (units.slice(k + 1, span.end + 1).some((u) => u.kind === "prose" || u.kind === "maybe")) continue;
    let end = (nameAt ?? k) - 1;
    // Over a note that names the writer in full, the box's job line and name line go with it.
    if (nameAt === undefined && end > span.start && isWriterRole(units[end]!.text)) end--;
    if (nameAt === undefined && end > span.start && looksLikePersonName(units[end]!.text)) end--;
    return { start: span.start, end };
  }
  return span;
}

/**
 * The writer's box as blogs set it, the name at `at`: the note under it (the writer's job may stand between,
 * "Kate Mullins" / "Journalist" / "Kate covers …") that calls the writer by first name ("Thandeka Mokoena" /
 * "Thandeka is a chartered accountant and …"). The note's index, or -1.
 */
export function writerBoxNote(units: readonly ClassifiedUnit[], at: number): number {
  const name = units[at];
  if (!name || name.text.length > 40 || !looksLikePersonName(name.text)) return -1;
  const noteAt = isWriterRole(units[at + 1]?.text ?? "") ? at + 2 : at + 1;
  const note = units[noteAt];
  const first = name.text.split(" ")[0]!;
  return note && note.text.startsWith(`${first} `) && BIO_VERB.test(note.text.slice(first.length + 1)) ? noteAt : -1;
}

const BIO_VERB = /^(?:is|was|has|writes|covers|lives|joined|leads|heads)\s/;

/** How far up from the body's end a writer's note is looked for. */
const BIO_REACH = 3;

/**
 * A run may cross a sign-up box or a related heading (its weight is a dip,
 * not an end) into the teaser cards under it, whose blurbs read as prose: a
 * kicker, a headline, a source line, then a sentence or two, card after card.
 * Where what follows such a wall is mostly lines of that kind rather than
 * paragraphs, the article ended at the wall. An article that goes on past a
 * sign-up box in its middle goes on in paragraphs.
 */
function cutAtTeaserWall(units: ClassifiedUnit[], start: number, end: number): number {
  for (let w = start + 1; w < end; w++) {
    if (!isWall(units[w]!)) continue;
    // A "Read more" box of bulleted links, the article going on under it (a subheading, a small table, then paragraphs).
    const boxLast = bulletedBoxEnd(units, w, end);
    if (boxLast > w && goesOnInParagraphs(units, boxLast)) continue;
    // Flat, the box's links are lines of their own under its heading.
    const flatEnd = units[w]!.relatedHeading ? flatBoxEnd(units, w) : null;
    if (flatEnd !== null && flatEnd < end && goesOnInParagraphs(units, flatEnd)) continue;
    // What stands right under the wall tells: cards, or the article going on.
    const { prose, lines } = underWall(units, w, end, (unit) => unit.kind === "prose");
    // Cards with blurbs, or a list of headlines with no paragraph at all.
    if ((prose >= 1 && lines >= TEASER_LINES_PER_BLURB * prose) || (prose === 0 && lines >= HEADLINES_UNDER_WALL)) {
      return peakBefore(units, start, w - 1);
    }
  }
  return end;
}

/**
 * A run that crossed a wide gap (the blank lines a page's layout leaves
 * between the article and what follows) into a few headline-shaped lines
 * and nothing else ends at the gap: those are other stories' headlines,
 * however well one of them reads ("Can the truce hold?" weighs as text).
 */
function cutAtWideGap(units: ClassifiedUnit[], start: number, end: number): number {
  for (let k = end; k > start; k--) {
    const unit = units[k]!;
    if (unit.kind === "prose" || unit.text.length > MAX_HEADLINE_UNDER_GAP || /[.。]["'”’]?$/.test(unit.text)) return end;
    if (unit.gapBefore >= WIDE_GAP) return end - k + 1 <= HEADLINES_UNDER_WALL ? k - 1 : end;
  }
  return end;
}

/** Blank lines that set what follows the article apart from it. */
export const WIDE_GAP = 3;
/** Longest line taken for a headline under such a gap. */
const MAX_HEADLINE_UNDER_GAP = 120;

/** Where the run from `start` peaks up to `last`: the lines between that and a wall (a share row, a teaser) are not the article's. */
function peakBefore(units: ClassifiedUnit[], start: number, last: number): number {
  let sum = 0;
  let best = -Infinity;
  let end = start;
  for (let k = start; k <= last; k++) {
    sum += units[k]!.weight;
    if (sum > best) {
      best = sum;
      end = k;
    }
  }
  return end;
}

/** Under the wall at `wall` (up to `end`), two cards' worth: paragraphs, and other lines that are not chrome. */
function underWall(units: ClassifiedUnit[], wall: number, end: number, isParagraph: (unit: ClassifiedUnit) => boolean): { prose: number; lines: number } {
  let prose = 0;
  let lines = 0;
  for (let k = wall + 1; k <= end && prose + lines < TEASER_WINDOW; k++) {
    const unit = units[k]!;
    // The article is over at a section's end (the writer's box, the comments): what lies past it tells nothing of the box.
    if (isSectionEnd(unit.text)) break;
    // A related box set in the text under the wall is the article's own inset: its cards are no teasers after it.
    const box = unit.relatedHeading ? flatBoxEnd(units, k) : null;
    if (box !== null) {
      k = box;
      continue;
    }
    if (isWall(unit) || unit.kind === "chrome") continue;
    if (isParagraph(unit)) prose++;
    else lines++;
  }
  return { prose, lines };
}

/** Lines under a wall read to tell teaser cards from paragraphs: two cards' worth. */
const TEASER_WINDOW = 8;
/** Lines that are not paragraphs, per paragraph, in teaser cards (a kicker, a headline, a source line per blurb). */
const TEASER_LINES_PER_BLURB = 2;
/** Lines under a wall, none of them a paragraph, that make a list of other stories' headlines. */
const HEADLINES_UNDER_WALL = 4;

/**
 * Kadane's maximum-sum run over the unit weights, among runs that start in
 * [from, startLimit); section ends (a comments heading, a copyright line) can't
 * be crossed, and prose after one counts for less.
 */
function bestRun(units: ClassifiedUnit[], from: number, startLimit: number): (BodySpan & { sum: number }) | null {
  let best: (BodySpan & { sum: number }) | null = null;
  let sum = 0;
  let start = from;
  let discount = 1;
  for (let i = from; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.copyright || (endsSection(units, i) && !isCommentButton(units, i))) {
      sum = 0;
      start = i + 1;
      discount = COMMENTS_DISCOUNT;
      if (start >= startLimit) break;
      continue;
    }
    if (sum <= 0) {
      if (i >= startLimit) break;
      sum = 0;
      start = i;
    }
    sum += unit.weight > 0 ? unit.weight * discount : unit.weight;
    if (!best || sum > best.sum) best = { start, end: i, sum };
  }
  return best && best.sum > 0 ? best : null;
}

/**
 * "Comments" among the byline's lines (its stamp, a share count): the header's button to the comments,
 * not their heading. Short, with a byline or stamp a few lines above and no text between.
 */
function isCommentButton(units: ClassifiedUnit[], i: number): boolean {
  if (units[i]!.text.length > BUTTON_CHARS) return false;
  let byline = false;
  let prose = 0;
  // A row of the header's buttons may stand between the byline and it ("가" / "가" / "공유" / "스크랩" / "인쇄" / "댓글 12").
  let buttonsBetween = true;
  for (let k = i - 1; k >= 0; k--) {
    const unit = units[k]!;
    byline ||= unit.meta && (k >= i - BUTTON_REACH || buttonsBetween);
    buttonsBetween &&= !unit.meta && unit.text.length <= BUTTON_CHARS && unit.kind !== "prose" && unit.kind !== "maybe";
    // Above the page's first paragraph only (a standfirst at most): under the article, "Comments" heads the readers' comments.
    if (unit.kind === "prose" && ++prose > 1) return false;
  }
  // The byline may stand under it too ("Comments" between the standfirst and "By Daniel Rutter").
  for (let k = i + 1; !byline && k < units.length && k <= i + BUTTON_REACH; k++) byline = units[k]!.meta;
  // Or it is a menu's item, among short lines set line under line above any paragraph ("Názory" / "Komentáře" / "Sport").
  return byline || (prose === 0 && isMenuItem(units, i));
}

/** Longest comments button or menu item. */
const BUTTON_CHARS = 25;

/** A short line set right between two other short lines that are no text. */
function isMenuItem(units: ClassifiedUnit[], i: number): boolean {
  const above = units[i - 1];
  const below = units[i + 1];
  const short = (unit: ClassifiedUnit | undefined) => unit !== undefined && unit.text.length <= BUTTON_CHARS && unit.kind !== "prose" && unit.kind !== "maybe";
  return units[i]!.gapBefore === 0 && below?.gapBefore === 0 && short(above) && short(below);
}

/** How far above a comments button the byline may stand (a share count, a reading time between). */
const BUTTON_REACH = 3;

/**
 * A heading that ends the article: comments, or the writer's box ("About the
 * author"; "Sobre Ana Lima" when the lines under it speak of Ana Lima).
 */
function endsSection(units: ClassifiedUnit[], i: number): boolean {
  const text = units[i]!.text;
  if (isSectionEnd(text)) return true;
  const name = authorBoxName(text);
  // The lines under it speak of that name, or of the writer by first name ("About Sarah Kim" / "Sarah is …").
  const first = name !== null && looksLikePersonName(name) ? name.split(" ")[0]! : undefined;
  // ... and not as of an organisation: "About Northfield Robotics" over "Founded in 2019, Northfield Robotics…" is a
  // press release's box about the organisation, which stays (the benchmark's truth keeps it).
  const under = units.slice(i + 1, i + 3);
  if (name === null) return opensBloggersBox(units, i);
  return under.some((u) => u.text.includes(name) || (first !== undefined && u.text.startsWith(`${first} `))) && !under.some((u) => ORGANISATION_BOX.test(u.text));
}

/**
 * A blogger's box under a first name alone, with the writer's own greeting under it: "About Megan" / "Hi, I'm
 * Megan! …" (not "About Paris" / "Paris is …").
 */
export function opensBloggersBox(units: readonly ClassifiedUnit[], i: number): boolean {
  const text = units[i]!.text;
  const first = text.length <= 30 ? ABOUT_FIRST_NAME.exec(text)?.[1] : undefined;
  if (!first) return false;
  return units.slice(i + 1, i + 3).some((u) => u.text.includes(`I'm ${first}`) || u.text.includes(`I’m ${first}`) || u.text.includes(`I am ${first}`));
}

const ABOUT_FIRST_NAME = /^(?:About|Sobre|Über|À propos de)\s+(\p{Lu}\p{Ll}+)$/u;

/** What a note about an organisation says and a writer's does not: when it was founded, where it is based, its shares. */
const ORGANISATION_BOX =
  /\b(?:founded in|headquartered|the company|is a leading|provider of|inc\.|ltd\b|llc\b|corporation|nasdaq|nyse|employs|subsidiaries|is an? (?:[\w-]+ ){0,4}(?:company|firm|organi[sz]ation|non-?profit|charity|start-?up|manufacturer)\b|fondée en|l'entreprise|fundada en|la empresa|a empresa|gegründet|das unternehmen|l'azienda|fondata nel)/i;

/** The unit that repeats the page's first line (its `<title>`) most closely, if one does. */
function titleAnchor(units: ClassifiedUnit[]): number | null {
  const title = units[0];
  if (!title || title.words.length < 4) return null;
  const titleWords = new Set(title.words);
  let anchor: number | null = null;
  let bestShare = ANCHOR_MIN_SHARE;
  for (let j = 1; j < units.length; j++) {
    const words = units[j]!.words;
    if (words.length < 4 || words.length > 30) continue;
    let shared = 0;
    for (const w of words) if (titleWords.has(w)) shared++;
    // Most of the line's words are the title's, and it holds most of the title (less a site name).
    const share = Math.min(shared / words.length, shared / titleWords.size + 0.25);
    if (share > bestShare) {
      bestShare = share;
      anchor = j;
    }
  }
  return anchor;
}

function extend(units: ClassifiedUnit[], best: BodySpan): BodySpan {
  // Trim weak edges: the run may begin or end on a label that tipped no balance.
  while (best.start < best.end && units[best.start]!.weight <= 0) best.start++;
  while (best.end > best.start && units[best.end]!.weight <= 0) best.end--;
  // Readability's neighbours: sentences that follow the body directly belong to it,
  // as does a subheading over them.
  for (let k = best.end + 1; k < units.length; k++) {
    const unit = units[k]!;
    // Past a wide gap nothing follows the body directly.
    if (endsSection(units, k) || unit.gapBefore >= WIDE_GAP) break;
    if (unit.furniture) {
      // A sign-up box among the last lines, the article going on under it in paragraphs: go on past it.
      // The box may be several lines set together (its name, its offer, its consent line, its button).
      if (unit.signUp) {
        const last = boxEnd(units, k);
        if (closesInParagraphs(units, last)) {
          k = last;
          continue;
        }
      }
      break;
    }
    // A "Read more" box set in the article (its heading over a few bulleted links), the article closing
    // under it in a paragraph or two: go on past it.
    if (unit.relatedHeading) {
      const last = bulletedBoxEnd(units, k, units.length - 1);
      const under = units[last + 1];
      if (last > k && under && ((under.kind === "prose" && !under.bullet && endsLikeSentence(under.text)) || goesOnInParagraphs(units, last))) {
        k = last;
        continue;
      }
      // Flat text sets the box's links as lines of their own, one or two headlines: the article goes on
      // under it when paragraphs follow (a subheading may head them), not a list of more headlines.
      const boxEnd = flatBoxEnd(units, k);
      if (boxEnd !== null && goesOnInParagraphs(units, boxEnd)) {
        k = boxEnd;
        continue;
      }
      break;
    }
    // "What to do now:" introduces a list that is the article's own.
    if (/[:：]$/.test(units[k - 1]!.text) && !units[k - 1]!.relatedHeading) {
      while (k < units.length && !units[k]!.furniture && (k === best.end + 1 || units[k]!.gapBefore <= 1) && units[k]!.text.length <= 200) best.end = k++;
      break;
    }
    // A label under the body's last paragraph ("Key routes:") over a bulleted list: the article's own list,
    // and the sentences that close the article under it.
    if (/[:：]$/.test(unit.text) && unit.text.length <= 60 && !unit.relatedHeading && !PAGE_LABEL.test(unit.text) && units[k + 1]?.bullet && !units[k + 1]!.furniture) {
      best.end = k++;
      while (k < units.length && units[k]!.bullet && !units[k]!.furniture && units[k]!.text.length <= 200) best.end = k++;
      k--;
      continue;
    }
    // A review's verdict box under its last paragraph ("Pros:" over short lines, "Rating: 3.5/5", "Address: …"): the article's.
    if (k === best.end + 1) {
      const boxLast = factBoxEnd(units, k);
      if (boxLast !== null) {
        best.end = k = boxLast;
        continue;
      }
    }
    // "— Survey director Jane Doe" right under the quote that closed the article: the quote's attribution.
    if (attributesQuote(unit.text, unit.gapBefore) && QUOTED.test(units[k - 1]!.text)) {
      best.end = k;
      continue;
    }
    // "Photograph by Jane Doe" right under the body's last line: that line is a photo's caption, and this its credit.
    if (k === best.end + 1 && unit.gapBefore === 0 && isStandaloneCredit(unit.text)) {
      best.end = k;
      continue;
    }
    // A sentence of two words or more (of six characters or more in a script without spaces: "平时工作日不需要预约。").
    if (!unit.meta && /[.!?。！？]["'”’»)]*$/u.test(unit.text) && (unit.unspaced ? unit.text.length >= 6 : unit.words.length >= 2) && !unit.relatedHeading) best.end = k;
    else if (!(k + 1 < units.length && endsLikeSentence(units[k + 1]!.text) && unit.text.length <= 70)) break;
  }
  return best;
}

/**
 * The last line of a flat "Read more" box whose heading is at `from`: one to
 * FLAT_BOX_LINKS headline-shaped lines (no sentence's end, no furniture), or
 * null when what stands under the heading is not that.
 */
function flatBoxEnd(units: ClassifiedUnit[], from: number): number | null {
  let last = from;
  let links = 0;
  // A box's cards may carry a kicker and a date beside each headline ("LOCAL" / headline / "February 20, 2025 4:00 AM").
  while (last + 1 < units.length && links < FLAT_BOX_LINKS && last - from < FLAT_BOX_LINES && units[last + 1]!.gapBefore <= 1) {
    const unit = units[last + 1]!;
    if (isBoxLink(unit)) links++;
    else if (!isCardLine(unit)) break;
    last++;
  }
  while (last > from && !isBoxLink(units[last]!) && !units[last]!.meta) last--;
  return links > 0 ? last : null;
}

/** Lines a box's card sets beside its headline: the section's kicker in capitals, the story's date. */
function isCardLine(unit: ClassifiedUnit): boolean {
  return unit.meta || (!unit.relatedHeading && isCardKicker(unit.text));
}
/** Lines a flat box holds at most, its cards' kickers and dates with its links. */
const FLAT_BOX_LINES = 9;

/** The last of the bulleted links under a box's heading at `from` (up to `limit`), or `from` when none follows. */
function bulletedBoxEnd(units: readonly ClassifiedUnit[], from: number, limit: number): number {
  let last = from;
  while (last + 1 <= limit && last - from < BOX_LINES && units[last + 1]!.bullet) last++;
  return last;
}

/** Links a "Read more" box set in the text holds at most. */
const FLAT_BOX_LINKS = 3;

/** The last item of the list a line ending in a colon at `intro` introduces (short lines, line under line), or `intro` when none follows. */
function introducedListEnd(units: readonly ClassifiedUnit[], intro: number): number {
  let last = intro;
  while (last + 1 < units.length && last - intro < MAX_LIST_ITEMS && units[last + 1]!.gapBefore <= (last === intro ? 1 : 0)) {
    const item = units[last + 1]!;
    if (item.furniture || item.relatedHeading || item.meta || item.text.length > MAX_LIST_ITEM) break;
    last++;
  }
  return last;
}

/** Items of a list introduced by a colon, looked through at most, and the longest. */
const MAX_LIST_ITEMS = 12;
const MAX_LIST_ITEM = 120;

// A link that stands again in the page's related list at the end is furniture by its repeats, and still the box's link.
function isBoxLink(unit: ClassifiedUnit): boolean {
  // A headline may ask or exclaim ("… ne kadar oldu?"); a full stop ends a sentence of the text.
  return (!unit.furniture || (!unit.boilerplate && unit.repeats > 1)) && !unit.meta && !unit.relatedHeading && unit.text.length <= 120 && unit.words.length >= 3 && (!endsLikeSentence(unit.text) || /[?!？！]["'”’»]?$/u.test(unit.text));
}

/**
 * Under the box at `wall`: the article's paragraphs, the first right under it
 * or under a subheading, and more paragraphs than other lines (not teaser cards
 * or another list of headlines).
 */
function goesOnInParagraphs(units: ClassifiedUnit[], wall: number): boolean {
  const isParagraph = (unit: ClassifiedUnit | undefined) => unit !== undefined && !unit.furniture && (unit.kind === "prose" || unit.kind === "maybe") && endsLikeSentence(unit.text);
  // The first paragraph under the box, under a subheading and a small table's rows at most.
  let opens = wall + 1;
  while (opens < units.length && opens <= wall + OPENING_LINES && !isParagraph(units[opens])) {
    const unit = units[opens]!;
    if (unit.furniture || unit.bullet || unit.relatedHeading || unit.text.length > 80 || endsLikeSentence(unit.text)) return false;
    opens++;
  }
  if (!isParagraph(units[opens])) return false;
  let paragraphs = 0;
  let others = 0;
  for (let k = opens; k < units.length && k <= opens + GOES_ON_WINDOW && !units[k]!.furniture && !units[k]!.relatedHeading; k++) {
    // Where the article has plainly ended (a section's end, a bare label over the page's lists, "Tags:", "תגיות:"), the count ends.
    // A short line leading into a list with paragraphs under it ("Schedule:" / items / text) is the article's own.
    if (isSectionEnd(units[k]!.text) || (BARE_LABEL.test(units[k]!.text) && !isParagraph(units[introducedListEnd(units, k) + 1]))) break;
    if (isParagraph(units[k])) {
      paragraphs++;
      // "The schedule:" over its items, line under line: the article's own list, no other lines of the page.
      if (/[:：]$/.test(units[k]!.text)) k = introducedListEnd(units, k);
    } else others++;
  }
  return paragraphs >= 2 && others <= paragraphs;
}

/**
 * The last line of a fact box starting at `from`: "Label:" lines over short lines, and "Label: value" lines, two
 * labels at least, one under another or a blank line apart; null when none starts there. The page's own labels
 * ("Tags:", "Share:") and furniture end it.
 */
function factBoxEnd(units: ClassifiedUnit[], from: number): number | null {
  let labels = 0;
  let last = -1;
  let underLabel = false;
  for (let k = from; k < units.length && k - from < FACT_BOX_LINES; k++) {
    const unit = units[k]!;
    if (unit.furniture || unit.relatedHeading || unit.meta || unit.gapBefore >= WIDE_GAP || isSectionEnd(unit.text)) break;
    const label = FACT_LABEL.exec(unit.text);
    // The page's own labels are no fact's: "Tags:", "Share:", and the tags' word in other languages ("Témata:").
    if (label && !PAGE_LABEL.test(label[1]!) && !TAGS_LABEL.test(label[1]!.trim())) {
      labels++;
      underLabel = label[2] === "";
    } else if (!(underLabel && unit.text.length <= FACT_ITEM_CHARS && !endsLikeSentence(unit.text))) break;
    last = k;
  }
  return labels >= 2 ? last : null;
}

/** "Rating: 3.5/5", "Address: 22B Ajose Adeogun Street", "Pros:": a label of a few words, a colon, a short value or none. */
const FACT_LABEL = /^(\p{Lu}[\p{L}'’ ]{1,24}?)\s?[:：]\s*(.{0,80})$/u;
/** Lines a fact box holds at most. */
const FACT_BOX_LINES = 16;
/** Longest item of a fact box's list. */
const FACT_ITEM_CHARS = 50;

/** A label with nothing after its colon, on a line of its own. */
const BARE_LABEL = /^[^:：]{1,30}[:：]$/;

/** What a sign-up box answers once filled: the confirmation, the activation e-mail. */
const SIGN_UP_ANSWER = /\b(?:you(?:'ve| have)? (?:successfully |succesfully )?(?:subscribed|signed up)|successfully subscribed|succesfully subscribed|activation link|confirm your (?:subscription|e-?mail(?: address)?))\b/i;

/** Short lines (a subheading, a small table's rows) that may stand between a box and the paragraph under it. */
const OPENING_LINES = 5;
/** Lines under a box looked at to tell the article going on from a list of links. */
const GOES_ON_WINDOW = 8;

/** A line that is a quotation: it opens with a quotation mark. */
const QUOTED = /^["“„«‘»]/;

/** Labels over the page's own lists, not the article's: "Related Tags:", "Topics:", "Share:". */
const PAGE_LABEL = /\b(?:tags?|topics?|categories|keywords|labels|share|follow|related)\b/i;

/** The last line of the box whose sign-up line is at `from`: the chrome lines set right under it (no blank line between). */
function boxEnd(units: ClassifiedUnit[], from: number): number {
  let last = from;
  // Its lines set together, or a blank line apart as a flat scrape leaves them.
  while (last + 1 < units.length && last - from < BOX_LINES && units[last + 1]!.gapBefore <= 1 && (units[last + 1]!.furniture || units[last + 1]!.kind === "chrome")) last++;
  return last;
}

/**
 * Under a sign-up box at `wall`: paragraphs, not teaser cards (cutAtTeaserWall's
 * test), the first right under the box and ending like a sentence.
 */
function closesInParagraphs(units: ClassifiedUnit[], wall: number): boolean {
  const first = units[wall + 1];
  if (!first || first.furniture || (first.kind !== "prose" && first.kind !== "maybe") || !endsLikeSentence(first.text)) return false;
  // The box's own answer under it ("You have subscribed. Thank you!", "An email with an activation link…") is no article.
  if (SIGN_UP_ANSWER.test(first.text) || (units[wall + 2] !== undefined && SIGN_UP_ANSWER.test(units[wall + 2]!.text))) return false;
  // Nor is the box's blurb over its button, a blank line apart ("… en tu mail." over "Recibir newsletter").
  if (units[wall + 2]?.signUp) return false;
  const { prose, lines } = underWall(units, wall, units.length - 1, (unit) => unit.kind === "prose" || unit.kind === "maybe");
  return lines < TEASER_LINES_PER_BLURB * prose;
}

/** A `:: ` lead marker anywhere on the page: the publisher's own word for where the body starts. */
export function markedLead(units: ClassifiedUnit[]): number {
  // A paragraph, not a link: "» Home" in a breadcrumb is an arrow, not a lead's marker.
  return units.findIndex((u) => /^(::|»|>>)\s+/.test(u.text) && (u.kind === "prose" || u.kind === "maybe") && stripLeadMarker(u.text).marked);
}

export const SITE_SUFFIX = /\s+(?:[|–—-]|::|·|•)\s+[^|–—]{1,60}$/u;

/**
 * A row of a table flattened to a line ("40 Jane Doe 1 0 0 0 0", a pager's
 * "1 - 5 of 36"): numbers standing alone are half its words or more, or three
 * of them stand in a row. "5 things to know about the 2024 budget in 10
 * charts" is a headline.
 */
function isTableRow(text: string): boolean {
  const tokens = text.split(/\s+/).filter((t) => t && !/^[-–—|/]$/.test(t));
  let numbers = 0;
  let run = 0;
  for (const token of tokens) {
    if (/^[-+]?\d+(?:[.,]\d+)?%?$/.test(token)) {
      numbers++;
      if (++run >= 3) return true;
    } else run = 0;
  }
  return numbers >= 3 && numbers * 2 >= tokens.length;
}

/** Could be a headline: a line of a few words, not a sentence run, not furniture. */
export function isHeadlineCandidate(unit: ClassifiedUnit): boolean {
  const text = unit.text.replace(/^[-*•]\s+/, "");
  // What is known already (length, words, flags) is asked first: most lines fail there, before any pattern runs.
  if (text.length < 8 || text.length > 250 || unit.boilerplate || unit.meta || unit.code) return false;
  const words = unit.unspaced ? Math.ceil(text.length / 3) : unit.words.length;
  if (words < 3 || words > 40) return false;
  if ((text === unit.text ? unit.relatedHeading : isRelatedHeading(text)) || isSectionEnd(text)) return false;
  // A label that ends in a colon, a bare address, or a link marked by an arrow ("» Columns") heads no article.
  if (/[:：]$/.test(text) || /^https?:\/\//.test(text) || isBareUrl(text) || /^[»›→▸►]\s/.test(text)) return false;
  if (isTableRow(text) || SIZE_CONTROL.test(text)) return false;
  // "Editor's note: corrected on 12 March.", "UPDATE 3/14: …" over the headline: a note, never the headline;
  // but "UPDATE: Two displaced after fire at apartment building", a headline marked as updated, is one (no sentence's stop).
  if (isEditorsNote(text) && !(LABELLED_HEADLINE.test(text) && !/[.!?。！？…]["”’)]?$/.test(text))) return false;
  // The publisher's own mark for the lead: the paragraph under the headline, never the headline.
  if (/^(::|»|>>)\s/.test(text)) return false;
  // A feature's credit for its pictures beside the byline ("Photographs by Tom Arden for The Meridian").
  if (PICTURES_CREDIT.test(text)) return false;
  // Two or more full sentences: a paragraph, not a headline. A quoted slogan
  // ("Town answers ‘Slow down. Kids play here.’") is one phrase of the headline, whatever its stops;
  // so is a short second sentence a headline adds for effect ("The tram is coming. Finally.").
  return !/[.!?。！？]\s+\p{Lu}.*[.!?。！？]$/u.test(withoutQuotes(text)) || isPunchedHeadline(text, words);
}

const PICTURES_CREDIT = /^(?:photo(?:graph)?s|pictures|illustrations?|images|graphics|photography|video)\s+(?:and\s+\p{L}+\s+)?by\s+\p{Lu}/iu;

/** "UPDATE: …", "UPDATED: …" in capitals, then the headline's words: how broadcasters' sites mark a story that moved on. */
const LABELLED_HEADLINE = /^(?:UPDATED?|ACTUALIZADO|ACTUALIZACIÓN|MISE À JOUR|AKTUALISIERT|AGGIORNAMENTO|ATUALIZADO)\s*[:：]\s*\S/u;

// A toolbar's text-size control: "字号：大 中 小", "Text size: A A A", "A- A A+": letters alone, in a row.
const SIZE_CONTROL = /^(?:[^:：]{1,16}[:：]\s*)?\p{L}[+-]?(?:\s+\p{L}[+-]?){2,}$/u;

/** "The tram is coming. Finally.", "Towns don't need car parks. They need benches.": short, in two strokes. */
function isPunchedHeadline(text: string, words: number): boolean {
  return words <= PUNCHED_HEADLINE_WORDS && text.length <= 90 && (text.match(/[.!?。！？]\s+\p{Lu}/gu)?.length ?? 0) === 1;
}

/** Words at most in a headline of two short sentences. */
const PUNCHED_HEADLINE_WORDS = 12;

/**
 * The text with short quoted passages left out: a quote opens at the start of
 * a word and closes where no letter follows (so "We’re" inside it is no close).
 * Straight single quotes are left alone: they are apostrophes as often.
 */
function withoutQuotes(text: string): string {
  if (!/[‘“"«„]/.test(text)) return text;
  return text.replace(/(^|[\s(])[‘“"«„].{1,80}?[’”"»](?!\p{L})/gu, "$1 ");
}

/**
 * A sentence of three words or more, then another: a standfirst's shape ("The
 * pier has stood broken for a year. Now the board says…"), not a headline's.
 * Three lower-case letters before the stop keep abbreviations ("U.S.", "Gov.") out.
 */
function hasSentenceBreak(text: string): boolean {
  if (!/[.!?。！？]\s/.test(text)) return false;
  const stop = /\p{Ll}{3}[.!?。！？]\s+(?=\p{Lu})/u.exec(text);
  if (!stop) return false;
  const before = text.slice(0, stop.index).split(/\s+/).length;
  const after = text.slice(stop.index + stop[0].length).split(/\s+/).length;
  return before >= 3 && after >= 3;
}

/**
 * The headline, near the top of the body or above it. The first line of a
 * flat scrape is usually the page's `<title>` ("Headline - Site"): the
 * candidate sharing most words with it wins; without one, the nearest
 * candidate that repeats on the page (headlines also stand in galleries and
 * share boxes), or else the nearest.
 */
export function findHeadline(units: ClassifiedUnit[], bodyStart: number, stopwords: Set<string>, bodyEnd = bodyStart, window = 40): number | null {
  const titleWords = new Set(units[0]?.words ?? []);
  const bodyIndent = proseIndent(units, bodyStart, bodyEnd);
  // Each line is asked once, though neighbours ask about it too.
  const shapes: (boolean | undefined)[] = [];
  const candidate = (k: number): boolean => (shapes[k] ??= k >= 0 && k < units.length && isHeadlineCandidate(units[k]!));
  const from = Math.max(0, bodyStart - window);
  // The body search may have begun at a caption or standfirst above the headline.
  const to = Math.min(units.length - 1, bodyStart + HEADLINE_BELOW_START);
  // The first line (in a flat scrape, the page's `<title>`) is always a candidate, however far up.
  const candidates = (from > 0 ? [...range(to, from), 0] : range(to, from)).filter((j) =>
    candidate(j) &&
    // Inside the found body only above its paragraphs (past a caption or standfirst at most): lower down it is a subheading.
    !(j > bodyStart && units.slice(bodyStart, j).filter((u) => u.kind === "prose").length > 1) &&
    // Under the whole found body, a headline needs text of its own under it: over a closing list or contact lines it heads nothing.
    !(j > bodyEnd && !units.slice(j + 1, j + 1 + HEADLINE_BELOW_START).some((u) => u.kind === "prose")));
  const contentWords = candidates.map((j) => units[j]!.words.filter((w) => w.length >= 3 && !stopwords.has(w)));
  const wanted = new Set<string>();
  for (const words of contentWords) for (const w of words) wanted.add(w);
  // The spread and the lead read the same units at the body's top: each unit's words are matched once.
  // (Both read from bodyStart down: unit k is at k - bodyStart.)
  const wantedIn: (string[] | undefined)[] = [];
  const wantedOf = (k: number): string[] => (wantedIn[k - bodyStart] ??= wantedWords(units[k]!.words, wanted));
  const bodyCounts = countInBody(units, bodyStart, bodyEnd, wantedOf);
  // A headline's content words come back in the lead: teasers and menu items share none.
  const leads = new Map<number, Set<string>>();
  const leadAfter = (j: number): Set<string> => {
    const from = Math.max(bodyStart, j + 1);
    let lead = leads.get(from);
    if (!lead) leads.set(from, (lead = leadWords(units, from, wantedOf)));
    return lead;
  };
  // How many of a candidate's content words its lead repeats.
  const echoOf = (c: number): number => {
    const content = contentWords[c]!;
    let echoed = 0;
    const leadWords = leadAfter(candidates[c]!);
    for (const w of content) if (leadWords.has(w)) echoed++;
    return content.length ? echoed / content.length : 0;
  };
  // The first line right over a byline is the page's own headline, not a `<title>` line to match against
  // (a `<title>` line stands again lower down, as the headline, where the page prints it).
  const firstIsHeadline = candidate(0) && units[0]!.repeats === 1 && !titleAnchor(units) && units.slice(1, 1 + BYLINE_BLOCK).some((u) => BYLINE_OPENER.test(u.text) && parseMetaLine(u.text)?.author);
  let best: number | null = null;
  let bestScore = -Infinity;
  candidates.forEach((j, c) => {
    const unit = units[j]!;
    const words = unit.words;
    let shared = 0;
    for (const w of words) if (titleWords.has(w)) shared++;
    // The first line is the one compared against, so it earns nothing from itself.
    const overlap = j > 0 && words.length && !firstIsHeadline ? shared / words.length : 0;
    const content = contentWords[c]!;
    const echo = echoOf(c);
    let pervasive = 0;
    for (const w of content) if ((bodyCounts.get(w) ?? 0) - (j >= bodyStart && j <= bodyEnd && unit.words.includes(w) ? 1 : 0) >= 2) pervasive++;
    const spread = content.length ? pervasive / content.length : 0;
    const w = HEADLINE_WEIGHTS;
    let score = w.titleLine * overlap + w.echo * echo + w.spread * spread - (j === 0 ? (firstIsHeadline ? 0 : w.firstLine) : w.distance * Math.abs(bodyStart - j));
    if (j >= bodyStart) score -= w.insideBody;
    // Pages repeat their headline: in the `<title>`, breadcrumbs, share texts.
    if (words.length >= 4 && (unit.repeats > 1 || quotedElsewhere(units, j))) score += w.repeated;
    // Headlines stand right above their byline or timestamp.
    if (units.slice(j + 1, j + 5).some((u) => u.meta || BYLINE_OR_STAMP_START.test(u.text))) score += w.aboveByline;
    // A line right under the byline that a headline-shaped line stands over is a standfirst or a first subheading.
    if (underHeadedByline(units, j, candidate)) score -= w.underByline;
    if (unit.bullet) score -= w.bullet;
    // Laid out, a line nested deeper than the article's paragraphs sits in a box inside or beside it: a caption, a teaser.
    // Not one right over the byline or stamp, whose words come back in the lead: a headline set deeper (or centred).
    // (A caption set deeper under a shallower headline the lead also repeats is a caption.)
    const overByline = !!units[j + 1] && (units[j + 1]!.meta || BYLINE_OR_STAMP_START.test(units[j + 1]!.text));
    const headlineAbove = () => candidates.some((i, d) => i < j && i >= j - HEADLINE_ABOVE && units[i]!.indent < unit.indent && echoOf(d) >= HEADLINE_ECHO);
    if (!(overByline && echo >= HEADLINE_ECHO && !headlineAbove())) score -= w.deeper * Math.max(0, unit.indent - bodyIndent - DEPTH_SLACK);
    // A shorter line over it counts only when the lead repeats its words too: a headline over its dek, not a teaser over the headline.
    const echoAbove = () => {
      const above = candidates.indexOf(j - 1);
      return above >= 0 ? echoOf(above) : 0;
    };
    if (underLongerHeadline(units, j, candidate, echoAbove) || hasSentenceBreak(withoutQuotes(unit.text))) score -= w.standfirst;
    if (headsNestedList(units, j, candidate)) score -= w.listHeading;
    if (inShortLineRun(units, j)) score -= w.listItem;
    if (unit.kind === "prose") score -= w.prose;
    if (words.length >= 5) score += w.fiveWords;
    score -= notHeadlinePenalty(unit.text);
    headlineTrace.log?.(`${j} ${score.toFixed(2)} overlap=${overlap.toFixed(2)} echo=${echo.toFixed(2)} spread=${spread.toFixed(2)} ${unit.text.slice(0, 60)}`);
    if (score > bestScore) {
      bestScore = score;
      best = j;
    }
  });
  // Only the `<title>` line itself: take it without its site name.
  if (best === null && units[0] && isHeadlineCandidate(units[0])) return 0;
  return best;
}

/**
 * Whether unit `j` is an item of a box or list set line under line (a blank
 * line between at most): a short line, no sentence, no furniture, with
 * another such line right over it and two right under it, all bulleted or none ("Pros" / "Excellent main camera" / "Two-day battery life" / "Bright
 * screen"). A headline has its standfirst, byline or lead under it.
 */
function inShortLineRun(units: ClassifiedUnit[], j: number): boolean {
  const bullet = units[j]!.bullet;
  const item = (k: number) => {
    const unit = units[k];
    return unit !== undefined && !unit.meta && !unit.furniture && unit.bullet === bullet && unit.text.length <= SHORT_ITEM_CHARS && !endsLikeSentence(unit.text);
  };
  return units[j]!.text.length <= SHORT_ITEM_CHARS && item(j - 1) && item(j + 1) && item(j + 2) && units[j]!.gapBefore <= 1 && units[j + 1]!.gapBefore <= 1 && units[j + 2]!.gapBefore <= 1;
}

/** Longest line counted as an item of a box or list set line under line (a headline is mostly longer). */
const SHORT_ITEM_CHARS = 40;

/**
 * Whether unit `j` stands right under a byline or stamp block (nothing else
 * between) that has a headline-shaped line right over it: then that line is
 * the headline, and `j` the standfirst or first subheading under the byline.
 */
function underHeadedByline(units: ClassifiedUnit[], j: number, candidate: (k: number) => boolean): boolean {
  let k = j - 1;
  while (k >= 0 && j - k <= BYLINE_BLOCK && isStampLine(units[k]!)) k--;
  return k < j - 1 && k >= 0 && candidate(k);
}

/** A byline or stamp line, or a clock time alone (a live blog's entry stamp); short lines only are read. */
function isStampLine(unit: ClassifiedUnit): boolean {
  if (unit.meta) return true;
  const text = unit.text;
  return text.length <= MAX_STAMP_LINE && (BYLINE_OR_STAMP_START.test(text) || (text.length <= 16 && CLOCK_TIME.test(text)));
}

/** Longest line read as a byline or stamp here: a paragraph that opens with "By" is no stamp. */
const MAX_STAMP_LINE = 120;

/** A clock time alone on its line ("14.05 GMT", "9:41 AM"): a live blog's entry stamp. */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

/** Lines a byline and its stamps take at most. */
const BYLINE_BLOCK = 3;

/** Which of `wanted` stand in the first prose units from `from` on; `wantedOf(k)`: those unit k holds. */
function leadWords(units: ClassifiedUnit[], from: number, wantedOf: (k: number) => string[]): Set<string> {
  const found = new Set<string>();
  let taken = 0;
  for (let k = from; k < units.length && k < from + 3 * LEAD_UNITS && taken < LEAD_UNITS; k++) {
    if (units[k]!.kind !== "prose" && units[k]!.kind !== "maybe") continue;
    for (const word of wantedOf(k)) found.add(word);
    taken++;
  }
  return found;
}

/**
 * In how many of the body's first prose units each wanted word (the
 * candidates' words, `wantedOf(k)`: those unit k holds) stands: the whole
 * article repeats its headline's words, a teaser's words stay in its own
 * blurb. Units, not words: a word counts once per unit that holds it.
 */
function countInBody(units: ClassifiedUnit[], bodyStart: number, bodyEnd: number, wantedOf: (k: number) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  // The first stretch of the body is enough to tell (and keeps long articles cheap).
  const countEnd = Math.min(bodyEnd, bodyStart + SPREAD_UNITS);
  for (let k = bodyStart; k <= countEnd && k < units.length; k++) {
    const unit = units[k]!;
    if (unit.kind !== "prose" && unit.kind !== "maybe") continue;
    for (const word of wantedOf(k)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The distinct words of `words` that `wanted` holds. */
function wantedWords(words: string[], wanted: Set<string>): string[] {
  const found: string[] = [];
  for (const word of words) if (wanted.has(word) && !found.includes(word)) found.push(word);
  return found;
}

/** What each headline signal is worth (tuned on the development pages, kept coarse). */
const HEADLINE_WEIGHTS = {
  titleLine: 8,
  echo: 5,
  distance: 0.15,
  insideBody: 1,
  repeated: 1,
  aboveByline: 2.5,
  bullet: 3,
  prose: 2,
  fiveWords: 1,
  firstLine: 2,
  spread: 4,
  /** Per space of indent past the body's (beyond DEPTH_SLACK). */
  deeper: 1.5,
  standfirst: 2.5,
  listHeading: 2,
  listItem: 3,
  underByline: 2.5,
};
/** Indent a headline may have past the body's paragraphs without counting as nested. */
const DEPTH_SLACK = 2;
/** Share of a headline's content words that its lead repeats, enough to vouch for it. */
const HEADLINE_ECHO = 0.5;
/** Units above a deeper line within which a shallower headline makes it its caption. */
const HEADLINE_ABOVE = 4;

/** The indent most of the body's prose has (its median; 0 in flat scrapes). */
function proseIndent(units: ClassifiedUnit[], start: number, end: number): number {
  const indents: number[] = [];
  for (let k = start; k <= end && k < units.length; k++) if (units[k]!.kind === "prose") indents.push(units[k]!.indent);
  if (!indents.length) return units[start]?.indent ?? 0;
  indents.sort((a, b) => a - b);
  return indents[indents.length >> 1]!;
}

/** from, from-1, …, to (inclusive), counting down. */
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let j = from; j >= to; j--) out.push(j);
  return out;
}
/** Tuning aid (bench/extract/inspect.ts): receives each headline candidate's score. */
export const headlineTrace: { log?: (line: string) => void } = {};
/** How far into the found body the headline may stand. */
const HEADLINE_BELOW_START = 6;
/** How many units of the body a headline's words are counted in. */
const SPREAD_UNITS = 30;
/** How many units at the top of the body a headline's words are looked for in. */
const LEAD_UNITS = 6;

/**
 * Right under a headline-shaped line at the same indent: the headline's
 * standfirst, which is often the longer of the two. (A kicker above a
 * headline is shorter than STANDFIRST_OVER_WORDS; a breadcrumb above it holds
 * its text; a byline over it is no headline; the page's first line, its
 * `<title>` or the site's name, counts only when longer; a shorter line
 * counts only when the lead repeats its words, as it does a headline's and
 * not a teaser's.)
 */
function underLongerHeadline(units: ClassifiedUnit[], j: number, candidate: (k: number) => boolean, echoAbove: () => number): boolean {
  const unit = units[j]!;
  const above = units[j - 1];
  if (!above || unit.gapBefore > 1 || above.indent !== unit.indent || above.bullet || unit.bullet) return false;
  if (above.text.includes(unit.text) || BYLINE_OR_STAMP_START.test(above.text) || !candidate(j - 1)) return false;
  return above.words.length >= unit.words.length || (above.words.length >= STANDFIRST_OVER_WORDS && j - 1 > 0 && echoAbove() >= SHORTER_HEADLINE_ECHO);
}

/** Share of a shorter line's content words the lead repeats, for it to head the longer line under it. */
const SHORTER_HEADLINE_ECHO = 0.25;

/** Words a headline has at least, over a standfirst longer than itself (a kicker has fewer). */
const STANDFIRST_OVER_WORDS = 4;

/** Over two or more short lines nested deeper than itself, one under the other: a box of teasers and its title. */
function headsNestedList(units: ClassifiedUnit[], j: number, candidate: (k: number) => boolean): boolean {
  const unit = units[j]!;
  const first = units[j + 1];
  const second = units[j + 2];
  if (!first || !second || first.indent <= unit.indent || second.indent !== first.indent || second.gapBefore > 0) return false;
  return first.kind !== "prose" && second.kind !== "prose" && candidate(j + 1) && candidate(j + 2);
}

/** Another line holds this one's text ("Business | Headline", "Headline - Site"). */
function quotedElsewhere(units: ClassifiedUnit[], j: number): boolean {
  const text = units[j]!.text;
  if (text.length < 15) return false;
  return units.some((u, k) => k !== j && u.text.length > text.length && u.text.length < 3 * text.length && u.text.includes(text));
}

const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/;

/** Shapes that headlines rarely have: a closing full stop, a clock time, a credit, a byline opener. */
function notHeadlinePenalty(text: string): number {
  let penalty = 0;
  if (/[.。]["'”’»)]*$/u.test(text) && !/\.\.\.$|…$/.test(text)) penalty += 4;
  // A teaser cut short ("… diagnosed with the plague,...").
  if (/(\.\.\.|…)$/.test(text)) penalty += 3;
  if (CLOCK.test(text) || hasCalendarDate(text)) penalty += 4;
  if (hasCaptionMarker(text) || isStandaloneCredit(text)) penalty += 5;
  if (BYLINE_OR_STAMP_START.test(text) || /@\w/.test(text)) penalty += 4;
  return penalty;
}

/**
 * The page `<title>` without " - Site" / " | Site" when the headline is
 * nowhere else; "Site | Headline" keeps the headline, the clearly longer side
 * (a site's name is a few words).
 */
export function withoutSiteName(title: string): string {
  const suffix = SITE_SUFFIX.exec(title);
  if (!suffix) return title;
  const head = title.slice(0, suffix.index);
  const tail = suffix[0].replace(/^\s+\S+\s+/, "");
  const keep = wordCount(tail) > wordCount(head) + 1 ? tail : head;
  return keep.length >= 8 ? keep : title;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
