/**
 * Stage 3a: where the article's body is on the page: the stretch of units whose weights sum
 * highest (Finn et al.'s body-text extraction, over classified blocks instead of tokens), cut at
 * a wall of teasers, a wide gap, a box about the writer, or a comments heading.
 */
import { isWall, SIGN_UP_BOX_LINES as BOX_LINES, type ClassifiedUnit } from "./classify";
import { attributesQuote, BYLINE_OPENER, isCardKicker, isWriterBio, isWriterJob, isWriterRole, looksLikePersonName } from "../rules/bylines";
import { isStandaloneCredit } from "../rules/captions";
import { isAuthorPageButton, TAGS_LABEL } from "../rules/furniture";
import { endsLikeSentence } from "./units";
import { authorBoxName, isSectionEnd, SIGN_UP_ANSWER } from "../vocabulary";

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
  // The page's own title line, found again lower down, marks where the article begins: a run
  // that starts just under it wins over a richer one far away (a legal footer, a comment thread).
  const anchor = titleAnchor(units);
  // That first line is the `<title>`, no text of the article, however long ("地元高校生が開発した防災アプリ、…｜ニュース｜…" reads
  // as prose in a script without spaces, and would open a run through the menus under it).
  let best = bestRun(units, anchor !== null && anchor > 0 ? 1 : 0, units.length);
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
    // The note closes the page: no paragraph of the article comes after it (unless the link to the writer's page closes the box),
    // other contributors' notes aside ("Daniel Oyelaran is a photographer based in Halifax.").
    const linked = nameAt !== undefined && isAuthorPageButton(units[k + 1]?.text ?? "");
    if (!linked && units.slice(k + 1, span.end + 1).some((u) => (u.kind === "prose" || u.kind === "maybe") && !isWriterBio(u.text))) continue;
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
  if (!note) return -1;
  // "Andreea Mureșan" / "Jurnalistă la Vestul Azi din 2017, scrie despre …": or the note opens with the writer's job.
  const opensWithJob = note.text.length >= MIN_JOB_NOTE && isWriterJob(note.text.split(/[\s,]/, 1)[0]!);
  // Or the link to the writer's page closes it ("Catalina Restrepo Uribe" / "Socióloga de …" / "Ver más columnas de esta autora").
  const linked = isAuthorPageButton(units[noteAt + 1]?.text ?? "");
  // (By first name, or by the whole name: "Priya Raghunathan" / "Priya Raghunathan is a Senior Assistant Editor with …".)
  const byName = [first, name.text].some((called) => note.text.startsWith(`${called} `) && BIO_VERB.test(note.text.slice(called.length + 1)));
  return byName || opensWithJob || linked ? noteAt : -1;
}

const BIO_VERB = /^(?:is|was|has|writes|covers|lives|joined|leads|heads)\s/;
/** A note opening with the writer's job is a sentence about them, not a job line. */
const MIN_JOB_NOTE = 60;

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
    // A listicle's numbered items going on under the box ("4. Best subscription: …" over it, "5. Best splurge: …" under it).
    if (numberingGoesOn(units, start, w, end)) continue;
    // What stands right under the wall tells: cards, or the article going on.
    const { prose, lines, long } = underWall(units, w, end, (unit) => unit.kind === "prose");
    // A paragraph longer than any card's blurb right under the box (its button, a subheading between): the article
    // goes on under it, however many subheadings it has.
    if (long) continue;
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
function underWall(units: ClassifiedUnit[], wall: number, end: number, isParagraph: (unit: ClassifiedUnit) => boolean): { prose: number; lines: number; long: boolean } {
  let prose = 0;
  let lines = 0;
  let long = false;
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
    if (isParagraph(unit)) {
      prose++;
      long ||= k - wall <= LONG_REACH && unit.text.length > MAX_BLURB;
    } else lines++;
  }
  return { prose, lines, long };
}

/** Whether the last numbered line above the wall (within the run) is followed, in the lines under it, by the next number. */
function numberingGoesOn(units: ClassifiedUnit[], start: number, wall: number, end: number): boolean {
  let last: number | undefined;
  for (let k = wall - 1; k >= start && last === undefined; k--) last = itemNumber(units[k]!.text);
  if (last === undefined) return false;
  for (let k = wall + 1; k <= end && k - wall <= TEASER_WINDOW; k++) if (itemNumber(units[k]!.text) === last + 1) return true;
  return false;
}

/** "5. Best splurge: Ember Mug 2": a numbered item's number, when the line is a short one (a heading, not a sentence). */
function itemNumber(line: string): number | undefined {
  const m = line.length <= MAX_NUMBERED_HEADING ? NUMBERED_ITEM.exec(line) : null;
  return m ? Number(m[1]) : undefined;
}

const NUMBERED_ITEM = /^(\d{1,2})[.)]\s+\S/;
const MAX_NUMBERED_HEADING = 120;

/** Longest blurb a teaser card prints under its headline: two sentences. */
const MAX_BLURB = 300;
/** How far under a wall such a paragraph tells that the article goes on. */
const LONG_REACH = 3;
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
  /** Lines of text above it, prose or short prose (the loop leaves as soon as prose passes one). */
  let text = 0;
  // A row of the header's buttons may stand between the byline and it ("가" / "가" / "공유" / "스크랩" / "인쇄" / "댓글 12").
  let buttonsBetween = true;
  let captionPassed = false;
  for (let k = i - 1; k >= 0; k--) {
    const unit = units[k]!;
    byline ||= unit.meta && (k >= i - BUTTON_REACH || buttonsBetween);
    // (Share buttons that name their network run longer: "Compartir en Whatsapp".)
    buttonsBetween &&= !unit.meta && (unit.text.length <= BUTTON_CHARS || unit.furniture) && unit.kind !== "prose" && unit.kind !== "maybe";
    // Above the page's first paragraph only (a standfirst at most, and over the byline the lead photo's caption, a
    // short line): under the article, "Comments" heads the readers' comments.
    if (unit.kind === "prose") {
      if (byline && !captionPassed && unit.text.length <= HEADER_CAPTION_CHARS) captionPassed = true;
      else if (++prose > 1) return false;
    }
    // A byline over the line taken for the caption: that line was the article's, and the stamp under it its last line's.
    if (captionPassed && unit.meta && BYLINE_OPENER.test(unit.text)) return false;
    if (unit.kind === "prose" || unit.kind === "maybe") text++;
  }
  // The byline may stand under it too ("Comments" between the standfirst and "By Daniel Rutter"), its parts maybe on
  // lines of their own past the row's other buttons ("News" / "By" / "Hannah Whitcombe" / "Local Democracy Reporter" / stamp).
  for (let k = i + 1; !byline && k < units.length && k <= i + BUTTON_REACH_BELOW; k++) {
    const unit = units[k]!;
    byline = unit.meta;
    if (k > i + BUTTON_REACH && (unit.kind === "prose" || unit.kind === "maybe" || unit.text.length > BUTTON_CHARS)) break;
  }
  // A count of comments ("תגובות 4", "Kommentare 57") over the page's first paragraph, a standfirst at most:
  // the header's button, whatever stamp the page prints beside it; the comments' own heading stands under the text.
  if (!byline && /\d/.test(units[i]!.text) && text <= 1) return true;
  // Or it is a menu's item, among short lines set line under line above any paragraph ("Názory" / "Komentáře" / "Sport").
  return byline || (prose === 0 && isMenuItem(units, i));
}

/** Longest caption of the lead photo over the byline. */
const HEADER_CAPTION_CHARS = 160;

/** Longest comments button or menu item (the header's other buttons too: crop.ts). */
export const BUTTON_CHARS = 25;

/** A short line set right between two other short lines that are no text. */
function isMenuItem(units: ClassifiedUnit[], i: number): boolean {
  const above = units[i - 1];
  const below = units[i + 1];
  const short = (unit: ClassifiedUnit | undefined) => unit !== undefined && unit.text.length <= BUTTON_CHARS && unit.kind !== "prose" && unit.kind !== "maybe";
  return units[i]!.gapBefore === 0 && below?.gapBefore === 0 && short(above) && short(below);
}

/** How far above a comments button the byline may stand (a share count, a reading time between). */
const BUTTON_REACH = 3;
/** How far under a comments button a byline split over short lines may end in its stamp. */
const BUTTON_REACH_BELOW = 7;

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
  // "About Megan", or the blogger's full name alone ("Giulia Ferraresi" over "Ciao, sono Giulia! …").
  const first = text.length <= 30 ? ABOUT_FIRST_NAME.exec(text)?.[1] ?? (looksLikePersonName(text) ? text.split(" ")[0] : undefined) : undefined;
  if (!first) return false;
  return units.slice(i + 1, i + 3).some((u) => introducesSelf(u.text, first));
}

/** "Hi, I'm Megan!", "Ciao, sono Giulia!", "Hallo, ich bin Ulrike": the writer saying their name near the line's start. */
function introducesSelf(text: string, first: string): boolean {
  const at = text.indexOf(first);
  if (at < 0 || at > MAX_GREETING_OFFSET) return false;
  return SELF_INTRODUCTION.test(text.slice(0, at));
}

const MAX_GREETING_OFFSET = 40;
const SELF_INTRODUCTION = /(?:^|[\s,!.])(?:I['’]m|I am|my name is|sono|mi chiamo|ich bin|ich heiße|je suis|moi c['’]est|je m['’]appelle|soy|me llamo|eu sou|sou a|sou o|ik ben|jestem|jeg er|jag är|olen)\s+$/iu;

const ABOUT_FIRST_NAME = /^(?:About|Sobre|Über|À propos de)\s+(\p{Lu}\p{Ll}+)$/u;

/** What a note about an organisation says and a writer's does not: when it was founded, where it is based, its shares. */
const ORGANISATION_BOX =
  /\b(?:founded in|headquartered|the company|is a leading|provider of|inc\.|ltd\b|llc\b|corporation|nasdaq|nyse|employs|subsidiaries|is an? (?:[\w-]+ ){0,4}(?:company|firm|organi[sz]ation|non-?profit|charity|start-?up|manufacturer)\b|fondée en|l'entreprise|fundada en|la empresa|a empresa|gegründet|das unternehmen|l'azienda|fondata nel)/i;

/** The unit that repeats the page's first line (its `<title>`) most closely, if one does. */
export function titleAnchor(units: ClassifiedUnit[]): number | null {
  const title = units[0];
  if (!title) return null;
  // In a script written without spaces, the line the title line opens with, its separator right after it.
  if (title.unspaced) return headOfTitle(units);
  if (title.words.length < 4) return null;
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

/** The first line lower down that the title line opens with, then its site's separator ("見出し｜ニュース｜みなと放送"). */
function headOfTitle(units: ClassifiedUnit[]): number | null {
  const title = units[0]!.text;
  for (let j = 1; j < units.length; j++) {
    const text = units[j]!.text;
    if (text.length >= MIN_TITLE_HEAD && title.startsWith(text) && TITLE_SEPARATOR_START.test(title.slice(text.length))) return j;
  }
  return null;
}

const MIN_TITLE_HEAD = 8;
const TITLE_SEPARATOR_START = /^\s*(?:[|｜–—:：-]|::|·|•|\s[-–—]\s)/u;

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
    } else if (PROS_CONS_LABEL.test(unit.text)) {
      // "Pro" / "Contro", "Vorteile" / "Nachteile": a review's verdict, its two lists' labels set without colons.
      labels++;
      underLabel = true;
    } else if (!(underLabel && unit.text.length <= FACT_ITEM_CHARS && !endsLikeSentence(unit.text))) break;
    last = k;
  }
  return labels >= 2 ? last : null;
}

/** "Rating: 3.5/5", "Address: 22B Ajose Adeogun Street", "Pros:": a label of a few words, a colon, a short value or none. */
const FACT_LABEL = /^(\p{Lu}[\p{L}'’ ]{1,24}?)\s?[:：]\s*(.{0,80})$/u;
/** A review's verdict lists' labels, in the languages of the other rules. */
const PROS_CONS_LABEL =
  /^(?:pros|cons|the good|the bad|what we liked|what we didn['’]t like|vorteile|nachteile|pro|contro|pregi|difetti|points? forts?|points? faibles?|ventajas|desventajas|prós|contras|pontos positivos|pontos negativos|voordelen|nadelen|pluspunten|minpunten|zalety|wady|plusy|minusy|fördelar|nackdelar|fordeler|ulemper|fordele)$/i;
/** Lines a fact box holds at most. */
const FACT_BOX_LINES = 16;
/** Longest item of a fact box's list. */
const FACT_ITEM_CHARS = 50;

/** A label with nothing after its colon, on a line of its own. */
const BARE_LABEL = /^[^:：]{1,30}[:：]$/;


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
  // Its blurb too, over its button ("Newsletter" / "El boletín de Madrid: … en tu correo" / "Apúntate").
  const inBox = (k: number) => units[k]!.furniture || units[k]!.kind === "chrome" || (units[k]!.text.length <= MAX_BOX_BLURB && isBoxButton(units[k + 1]));
  while (last + 1 < units.length && last - from < BOX_LINES && units[last + 1]!.gapBefore <= 1 && inBox(last + 1)) last++;
  return last;
}

/** A sign-up box's button, a blank line under its blurb at most: a word or three ("Apúntate", "Sign up now"). */
function isBoxButton(unit: ClassifiedUnit | undefined): boolean {
  return unit !== undefined && unit.signUp && unit.gapBefore <= 1 && unit.words.length <= BOX_BUTTON_WORDS;
}
const BOX_BUTTON_WORDS = 3;

/** Longest blurb a sign-up box sets over its button. */
const MAX_BOX_BLURB = 200;
/** Longest subheading over the paragraph under a sign-up box. */
const MAX_SUBHEADING = 80;

/**
 * Under a sign-up box at `wall`: paragraphs, not teaser cards (cutAtTeaserWall's
 * test), the first right under the box and ending like a sentence.
 */
function closesInParagraphs(units: ClassifiedUnit[], boxLast: number): boolean {
  // A subheading may stand over the first paragraph ("Una reforma en el Congreso").
  const headed = units[boxLast + 1]?.kind === "short" && !units[boxLast + 1]!.furniture && !units[boxLast + 1]!.meta && units[boxLast + 1]!.text.length <= MAX_SUBHEADING && !endsLikeSentence(units[boxLast + 1]!.text);
  const wall = headed ? boxLast + 1 : boxLast;
  const first = units[wall + 1];
  // Under a subheading, a paragraph longer than a promo's blurb ("Take us with you" / "Real-time updates … in the palm of your hand.").
  if (headed && (first?.text.length ?? 0) <= MAX_BLURB) return false;
  if (!first || first.furniture || (first.kind !== "prose" && first.kind !== "maybe") || !endsLikeSentence(first.text)) return false;
  // The box's own answer under it ("You have subscribed. Thank you!", "An email with an activation link…") is no article.
  if (SIGN_UP_ANSWER.test(first.text) || (units[wall + 2] !== undefined && SIGN_UP_ANSWER.test(units[wall + 2]!.text))) return false;
  // Nor is the box's blurb over its button, a blank line apart ("… en tu mail." over "Recibir newsletter").
  if (units[wall + 2]?.signUp) return false;
  const { prose, lines } = underWall(units, wall, units.length - 1, (unit) => unit.kind === "prose" || unit.kind === "maybe");
  return lines < TEASER_LINES_PER_BLURB * prose;
}
