/**
 * Stage 3b: the headline: the headline-shaped line above the body that the page's `<title>`
 * line names or that stands closest, and the lead the publisher marked.
 */
import { type ClassifiedUnit } from "./classify";
import { hasCalendarDate } from "../../dates";
import { BYLINE_OPENER, BYLINE_OR_STAMP_START, parseMetaLine, stripLeadMarker } from "../rules/bylines";
import { hasCaptionMarker, isStandaloneCredit, mentionsPlace } from "../rules/captions";
import { isBareUrl, isRelatedHeading } from "../rules/related";
import { endsLikeSentence, printedWithoutBlankLines, withoutBullet } from "./units";
import { isEditorsNote } from "../../editor-notes";
import { isSectionEnd, KEY_POINTS, PHRASE_SPACED_SCRIPT, segmentedWordCount, UNSPACED_CHARS, UNSPACED_SCRIPT } from "../vocabulary";
import { titleAnchor } from "./body-search";

/** A `:: ` lead marker anywhere on the page: the publisher's own word for where the body starts. */
export function markedLead(units: ClassifiedUnit[]): number {
  // A paragraph, not a link: "» Home" in a breadcrumb is an arrow, not a lead's marker.
  return units.findIndex((u) => /^(::|»|>>)\s+/.test(u.text) && (u.kind === "prose" || u.kind === "maybe") && stripLeadMarker(u.text).marked);
}

export const SITE_SUFFIX = /\s+(?:[|–—-]|::|·|•)\s+[^|–—]{1,60}$/u;

/** The site's name a `<title>` line sets after the headline ("Headline | Báo Thời Sự Mới" → "Báo Thời Sự Mới"), or undefined. */
export function titleSiteName(title: string): string | undefined {
  return SITE_SUFFIX.exec(title)?.[0].replace(/^\s+\S+\s+/, "");
}

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

/**
 * A photo's caption over its credit: a line longer than headlines run that names a place ("Ron Tasker behind
 * the counter of his family's store, in Marion, Ohio, in January" / "David Okafor for The Atlantic"). A
 * headline may stand over the lead photo's credit too ("Israeli strikes kill dozens in Gaza as ceasefire talks
 * stall" / "REUTERS/Mohammed Salem"): it stays a candidate.
 */
function isCaptionOverCredit(units: readonly ClassifiedUnit[], at: number): boolean {
  const unit = units[at]!;
  const below = units[at + 1];
  if (below === undefined || below.gapBefore > 1 || !isStandaloneCredit(below.text)) return false;
  // A credit under its photo's label ("Fot. Katarzyna Nowak", "Foto: …") tells a caption of a few words too: no page
  // of the development set or the probe sets prints one under its headline.
  return (unit.words.length >= CAPTION_OVER_CREDIT_WORDS && mentionsPlace(unit.text)) || (PHOTO_LABEL.test(below.text) && unit.words.length >= LABELLED_CAPTION_WORDS);
}

/** A credit opening with its photo's label, in the languages the credit rules read. */
const PHOTO_LABEL = /^(?:fot\.|(?:foto|fotó|fotoğraf|photo(?:graph)?|zdjęcie|bild|kuva|фото)s?\b|写真|撮影|摄影|攝影|사진)/iu;
/** Fewest words of a caption told by a labelled credit under it. */
const LABELLED_CAPTION_WORDS = 5;

/** Fewest words of a caption told by its credit under it: more than most headlines hold. */
const CAPTION_OVER_CREDIT_WORDS = 13;

/**
 * The words a line is matched by: its words, and where it is written without spaces (Japanese, Chinese, Thai)
 * each run of those characters as its pairs ("非同期化" → "非同", "同期", "期化"), as a headline and its lead
 * share them; a word of Latin letters or digits inside such a run stays whole.
 */
function termsOf(unit: ClassifiedUnit): string[] {
  if (!unit.unspaced) return unit.words;
  const out: string[] = [];
  for (const word of unit.words) {
    for (const run of word.match(TERM_RUNS) ?? []) {
      if (!UNSPACED_SCRIPT.test(run)) out.push(run);
      else if (run.length === 1) continue;
      else for (let k = 0; k + 2 <= run.length; k++) out.push(run.slice(k, k + 2));
    }
  }
  return out;
}

/** Whether unit `j` is one of the lines set line under line beneath a key-points label ("Key events", "Das Wichtigste"). */
function underKeyPointsLabel(units: readonly ClassifiedUnit[], j: number): boolean {
  for (let k = j; k > 0 && j - k < KEY_POINTS_ITEMS; k--) {
    if (units[k]!.gapBefore > 0) return false;
    if (KEY_POINTS.test(units[k - 1]!.text)) return true;
  }
  return false;
}

/** Most items a key-points box is looked up through. */
const KEY_POINTS_ITEMS = 8;

/** A breadcrumb's separator on a line of its own. */
const CRUMB_SEPARATOR_ALONE = /^[/>›»|•·]$/;

/** Runs of characters of a script without spaces, or of other letters and digits. */
const TERM_RUNS = new RegExp(`[${UNSPACED_CHARS}]+|[^${UNSPACED_CHARS}]+`, "g");
const UNSPACED_PAIR = new RegExp(`^[${UNSPACED_CHARS}]{2}$`);

/** Could be a headline: a line of a few words, not a sentence run, not furniture. */
export function isHeadlineCandidate(unit: ClassifiedUnit): boolean {
  const text = unit.text.replace(/^[-*•]\s+/, "");
  // What is known already (length, words, flags) is asked first: most lines fail there, before any pattern runs.
  // (Nor a sign-up line the page keeps as furniture: a newsletter's blurb over its post, "… Over 6,000 subscribers".)
  if (text.length < 8 || text.length > 250 || unit.boilerplate || unit.meta || unit.code || (unit.signUp && unit.furniture)) return false;
  // (Thai, Lao, Myanmar and Khmer by their words: their letters run several to a syllable, "ความปลอดภัย" is two words.)
  const words = !unit.unspaced ? unit.words.length : PHRASE_SPACED_SCRIPT.test(text) ? segmentedWordCount(text) : Math.ceil(text.length / 3);
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
  // Headlines set in title case run to two sentences as well ("High Water Is Eating Away At the Beaches. Towns Are Running Out Of Options."):
  // a paragraph's sentences are never set so.
  // So do headlines that state, then ask ("Strefa płatnego parkowania się powiększy. Co się zmieni od 1 kwietnia?").
  return !/[.!?。！？]\s+\p{Lu}.*[.!?。！？]$/u.test(withoutQuotes(text)) || isPunchedHeadline(text, words) || isTitleCaseHeadline(text, words) || isStatementThenQuestion(text, words);
}

/** A statement, then a short question closing it: a headline's two sentences, as news sites in many languages write them. */
function isStatementThenQuestion(text: string, words: number): boolean {
  const question = STATEMENT_THEN_QUESTION.exec(text);
  return words <= TITLE_CASE_HEADLINE_WORDS && question !== null && question[1]!.split(/\s+/).length <= QUESTION_WORDS;
}
const STATEMENT_THEN_QUESTION = /^[^.!?]+[.!]\s+(\p{Lu}[^.!?]*\?)$/u;
/** Words at most in the question closing a two-sentence headline. */
const QUESTION_WORDS = 8;

function isTitleCaseHeadline(text: string, words: number): boolean {
  return words <= TITLE_CASE_HEADLINE_WORDS && (text.match(/[.!?。！？]\s+\p{Lu}/gu)?.length ?? 0) === 1 && isTitleCase(text);
}

/** Words at most in a title-case headline of two sentences. */
const TITLE_CASE_HEADLINE_WORDS = 20;

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
/** Most of its longer words capitalised, as English headlines are set ("… Back to a Monolith. Here's What Happened."); a sentence's are not. */
function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}'’]{4,}/gu) ?? [];
  if (words.length < TITLE_CASE_WORDS) return false;
  let capitalised = 0;
  for (const word of words) if (/^\p{Lu}/u.test(word)) capitalised++;
  return capitalised >= words.length * TITLE_CASE_SHARE;
}

/** Longer words a line needs to be read as title case, and the share of them capitalised. */
const TITLE_CASE_WORDS = 4;
const TITLE_CASE_SHARE = 0.8;

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
  // Words to match by; a script written without spaces matches by pairs of characters (termsOf).
  const termsIn: (string[] | undefined)[] = [];
  const terms = (k: number): string[] => (termsIn[k] ??= termsOf(units[k]!));
  const titleWords = new Set(units[0] ? terms(0) : []);
  const bodyIndent = proseIndent(units, bodyStart, bodyEnd);
  // Each line is asked once, though neighbours ask about it too.
  const shapes: (boolean | undefined)[] = [];
  const candidate = (k: number): boolean => (shapes[k] ??= k >= 0 && k < units.length && isHeadlineCandidate(units[k]!));
  let keyPointTexts: Set<string> | undefined;
  const keyPoints = (): Set<string> => (keyPointTexts ??= new Set(units.filter((_, k) => underKeyPointsLabel(units, k)).map((u) => u.text)));
  const from = Math.max(0, bodyStart - window);
  // The body search may have begun at a caption or standfirst above the headline.
  const to = Math.min(units.length - 1, bodyStart + HEADLINE_BELOW_START);
  // The first line (in a flat scrape, the page's `<title>`) is always a candidate, however far up.
  const candidates = (from > 0 ? [...range(to, from), 0] : range(to, from)).filter((j) =>
    candidate(j) &&
    // Inside the found body only above its paragraphs (past a caption or standfirst at most): lower down it is a subheading.
    !(j > bodyStart && units.slice(bodyStart, j).filter((u) => u.kind === "prose").length > 1) &&
    // Under the whole found body, a headline needs text of its own under it: over a closing list or contact lines it heads nothing.
    !(j > bodyEnd && !units.slice(j + 1, j + 1 + HEADLINE_BELOW_START).some((u) => u.kind === "prose")) &&
    !isCaptionOverCredit(units, j) &&
    // A breadcrumb printed an item a line ("Home" / "/" / "News" / "/" / "San Vitale in Colle"): its last item names the
    // section or the place, right over the headline, and the lead repeats it.
    !(j > 0 && CRUMB_SEPARATOR_ALONE.test(units[j - 1]!.text)) &&
    // An item of a key-points or key-events box ("Key events" / "Cardiff–Swansea line shut for rest of day" / …), or the
    // entry's own heading that it names: a live blog's entries repeat its words, yet it heads an entry, not the page.
    !keyPoints().has(units[j]!.text));
  const contentWords = candidates.map((j) => terms(j).filter((w) => (w.length >= 3 || (w.length === 2 && UNSPACED_PAIR.test(w))) && !stopwords.has(w)));
  const wanted = new Set<string>();
  for (const words of contentWords) for (const w of words) wanted.add(w);
  // The spread and the lead read the same units at the body's top: each unit's words are matched once.
  // (Both read from bodyStart down: unit k is at k - bodyStart.)
  const wantedIn: (string[] | undefined)[] = [];
  const wantedOf = (k: number): string[] => (wantedIn[k - bodyStart] ??= wantedWords(terms(k), wanted));
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
  const titleWithSite = titleWords.size > 0 && SITE_SUFFIX.test(units[0]!.text);
  const titleLines = candidates.filter((j) => j > 0).map((j): [number, string] => [j, units[j]!.text]);
  const siteNames = units[0] && !firstIsHeadline ? siteNameLines(units[0].text, titleLines) : new Set<number>();
  const kicked = units[0] && !firstIsHeadline ? kickerOverHeadline(units[0].text, titleLines) : null;
  const contents = contentsLines(units, bodyStart, bodyEnd);
  // Without blank lines a run of lines is no list.
  const gapless = printedWithoutBlankLines(units);
  // How far a candidate stands from the body, in lines that are not the page's boilerplate: a video player's
  // two dozen control labels between the headline and the text put it no further away.
  const distanceToBody = (j: number): number => {
    const [from, to] = j < bodyStart ? [j + 1, bodyStart] : [bodyStart, j];
    let lines = 0;
    for (let k = from; k < to; k++) if (!units[k]!.boilerplate) lines++;
    return j < bodyStart ? lines + 1 : lines;
  };
  let best: number | null = null;
  let bestScore = -Infinity;
  candidates.forEach((j, c) => {
    const unit = units[j]!;
    const words = terms(j);
    let shared = 0;
    for (const w of words) if (titleWords.has(w)) shared++;
    // The first line is the one compared against, so it earns nothing from itself.
    const overlap = j > 0 && words.length && !firstIsHeadline ? shared / words.length : 0;
    // How much of the `<title>` line it holds: the headline holds it all but the site's name; a score line or a product
    // box's heading that repeats its first words holds a few ("SCOTLAND 27 (24) WALES 20 (0)", "Auren Studio Buds 2").
    // (Only a first line that reads as a `<title>`, its site's name after a separator: laid out, the first line is a menu's.)
    const coverage = j > 0 && titleWithSite && !firstIsHeadline ? sharedDistinct(words, titleWords) / titleWords.size : 0;
    const content = contentWords[c]!;
    const echo = echoOf(c);
    let pervasive = 0;
    for (const w of content) if ((bodyCounts.get(w) ?? 0) - (j >= bodyStart && j <= bodyEnd && words.includes(w) ? 1 : 0) >= 2) pervasive++;
    const spread = content.length ? pervasive / content.length : 0;
    const w = HEADLINE_WEIGHTS;
    let score = w.titleLine * overlap + w.titleCoverage * coverage + w.echo * echo + w.spread * spread - (j === 0 ? (firstIsHeadline ? 0 : w.firstLine) : w.distance * distanceToBody(j));
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
    if (j !== kicked?.headline && (underLongerHeadline(units, j, candidate, echoAbove) || (hasSentenceBreak(withoutQuotes(unit.text)) && !isTitleCase(unit.text)))) score -= w.standfirst;
    if (j === kicked?.kicker) score -= w.titleKicker;
    // "- 인구 8만 청하시, …" / "- 응급실 …" under the headline: the deck's points, set as a list, sum the story up under it.
    if (opensDeckPoints(units, j, candidate)) score -= w.standfirst;
    if (overLongerHeadline(units, j, candidate)) score -= w.kicker;
    if (isSectionPath(unit.text) && units[j + 1] !== undefined && units[j + 1]!.gapBefore <= 1 && candidate(j + 1)) score -= w.sectionPath;
    if (headsNestedList(units, j, candidate)) score -= w.listHeading;
    if (inShortLineRun(units, j)) score -= w.listItem;
    if (!gapless && inSummaryList(units, j)) score -= w.summaryItem;
    // The masthead's name again, a few words the page opens with ("Le Courrier du Fleuve" over the byline's stamps): the site's.
    if (siteNames.has(j) || (unit.repeats > 1 && words.length <= MASTHEAD_WORDS && j >= MASTHEAD_LINES && units.slice(1, MASTHEAD_LINES).some((u) => u.text === unit.text))) score -= w.siteName;
    if (contents.has(j)) score -= w.contentsEntry;
    // "Lumio Note 10" in a review's score box under "Recensione Lumio Note 10: l'e-reader a colori …", "UD Costa Cálida" on a
    // scoreboard over the live page's headline: a name a headline near it holds whole, the product's, the team's or the subject's,
    // which the text repeats more than any headline. (The `<title>` line holds the headline whole by its nature: it does not count.)
    if (words.length <= NAME_FRAGMENT_WORDS && candidates.some((i) => i > 0 && i !== j && units[i]!.words.length >= 2 * words.length && foldTitle(units[i]!.text).includes(foldTitle(unit.text)))) score -= w.nameFragment;
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

/** A bulleted line under a headline candidate that is not, another bulleted line under it: the first of a deck's points. */
function opensDeckPoints(units: readonly ClassifiedUnit[], j: number, candidate: (k: number) => boolean): boolean {
  const unit = units[j]!;
  const above = units[j - 1];
  const under = units[j + 1];
  return unit.bullet && !!above && !above.bullet && candidate(j - 1) && unit.gapBefore <= 1 && !!under && under.bullet && under.gapBefore <= 1;
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

/**
 * Whether unit `j` is one of three or more lines of a like length set line under line with no blank between,
 * bulleted alike, none a byline or furniture: a list, as a tabloid's summary points stand under its headline
 * ("Margaret Hughes bought the £5 card during her lunch break" / "The pensioner says she'll keep working" / …).
 * A headline stands apart from the lines under it, or has its byline and stamp there.
 */
function inSummaryList(units: ClassifiedUnit[], j: number): boolean {
  const unit = units[j]!;
  const item = (k: number) => {
    const other = units[k];
    return other !== undefined && !other.meta && !other.furniture && other.bullet === unit.bullet && other.text.length >= MIN_SUMMARY_ITEM && other.text.length <= MAX_SUMMARY_ITEM;
  };
  if (!item(j)) return false;
  let first = j;
  while (first > 0 && units[first]!.gapBefore === 0 && item(first - 1)) first--;
  let last = j;
  while (last + 1 < units.length && units[last + 1]!.gapBefore === 0 && item(last + 1)) last++;
  // A list of sentences, each of a few words at least: a scoreboard's line of names and minutes ("Zubiri (28'), Calvo (75') |
  // Benali (41')") over a headline and its dek makes no such list.
  let sentences = 0;
  for (let k = first; k <= last; k++) if (letterWords(units[k]!.text) >= SUMMARY_ITEM_WORDS) sentences++;
  return sentences >= MIN_SUMMARY_ITEMS;
}

/** Fewest words (of letters) of a summary list's item. */
const SUMMARY_ITEM_WORDS = 5;

function letterWords(text: string): number {
  return text.match(LETTER_WORD)?.length ?? 0;
}

const LETTER_WORD = /\p{L}{2,}/gu;

const MIN_SUMMARY_ITEMS = 3;
const MIN_SUMMARY_ITEM = 30;
const MAX_SUMMARY_ITEM = 200;

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

/** How many distinct words of `words` the set holds. */
function sharedDistinct(words: readonly string[], set: ReadonlySet<string>): number {
  return new Set(words.filter((w) => set.has(w))).size;
}

/** The distinct words of `words` that `wanted` holds. */
function wantedWords(words: string[], wanted: Set<string>): string[] {
  const found: string[] = [];
  for (const word of words) if (wanted.has(word) && !found.includes(word)) found.push(word);
  return found;
}

/**
 * The lines that print the site's name where the `<title>` line sets it beside the headline ("Geoff's Loft Layout:
 * Bringing an old Tri-ang Princess back to life", "Headline | Site"): both sides of its separator stand on the page as
 * lines of their own, and the site's name is the shorter side (a name is a few words), whichever end it takes.
 */
function siteNameLines(title: string, lines: [number, string][]): Set<number> {
  const names = new Set<number>();
  const byText = new Map<string, number[]>();
  for (const [j, text] of lines) {
    const key = foldTitle(text);
    byText.set(key, [...(byText.get(key) ?? []), j]);
  }
  for (const separator of title.matchAll(TITLE_SEPARATOR)) {
    const head = foldTitle(title.slice(0, separator.index));
    const tail = foldTitle(title.slice(separator.index + separator[0].length));
    const headLines = byText.get(head);
    const tailLines = byText.get(tail);
    if (!headLines || !tailLines) continue;
    const headWords = head.split(" ").length;
    const tailWords = tail.split(" ").length;
    if (headWords === tailWords) continue;
    for (const j of headWords < tailWords ? headLines : tailLines) names.add(j);
  }
  return names;
}

/**
 * The entries of a table of contents a post sets over its text ("Table of Contents" / "* Why switch at all?" / … /
 * the lead / … / "Why switch at all?") and the subheadings they name: a line that stands again further down, word for
 * word, between two of the article's paragraphs. The text repeats their words as a headline's would; a headline
 * printed twice stands again above the text or at its top, never after a paragraph of it.
 */
function contentsLines(units: ClassifiedUnit[], bodyStart: number, bodyEnd: number): Set<number> {
  const lines = new Set<number>();
  const firstAt = new Map<string, number>();
  let prose = false;
  for (let k = 0; k <= bodyEnd && k < units.length; k++) {
    const unit = units[k]!;
    const text = withoutBullet(unit.text);
    const earlier = firstAt.get(text);
    if (earlier !== undefined && prose && k > earlier + 1 && units[k + 1]?.kind === "prose") lines.add(earlier).add(k);
    if (earlier === undefined && text.length <= MAX_CONTENTS_ENTRY) firstAt.set(text, k);
    if (k >= bodyStart && unit.kind === "prose") prose = true;
  }
  return lines;
}

/** A table of contents' entry is a subheading's length. */
const MAX_CONTENTS_ENTRY = 120;

/**
 * The kicker and the headline the `<title>` line joins with a colon ("Künstliche Intelligenz in der Kunst: Wem gehört das
 * Bild? - Site"), printed on the page as two lines one right over the other: the lower line is the headline, however short.
 */
function kickerOverHeadline(title: string, lines: [number, string][]): { kicker: number; headline: number } | null {
  const bare = title.replace(SITE_SUFFIX, "");
  const at = new Map<string, number>();
  for (const [j, text] of lines) if (!at.has(foldTitle(text))) at.set(foldTitle(text), j);
  for (const colon of bare.matchAll(/:\s+/gu)) {
    const kicker = at.get(foldTitle(bare.slice(0, colon.index)));
    const headline = at.get(foldTitle(bare.slice(colon.index + colon[0].length)));
    if (kicker !== undefined && headline === kicker + 1) return { kicker, headline };
  }
  return null;
}

/** Where a `<title>` line parts the site's name from the headline: a colon, or a bar, dash or bullet between spaces. */
const TITLE_SEPARATOR = /:\s+|\s+(?:[|–—-]|::|·|•)\s+/gu;

function foldTitle(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

/** What each headline signal is worth (tuned on the development pages, kept coarse). */
const HEADLINE_WEIGHTS = {
  titleLine: 8,
  titleCoverage: 5,
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
  standfirst: 3.5,
  listHeading: 2,
  listItem: 3,
  // An item of a list of sentences, line under line: never the headline, however well the lead repeats it.
  summaryItem: 10,
  // The site's name, printed as the masthead, that the `<title>` line sets beside the headline.
  siteName: 6,
  // A kicker the `<title>` line sets before the headline with a colon, printed right over it.
  titleKicker: 6,
  // An entry of the post's table of contents, its section's subheading further down.
  contentsEntry: 6,
  nameFragment: 4,
  underByline: 2.5,
  kicker: 2.5,
  // The sections over the headline, printed as a path ("Science / Long Read"): a kicker.
  sectionPath: 6,
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
  // A text browser indents the dek as a paragraph under the flush headline: deeper is the same shape.
  if (!above || unit.gapBefore > 1 || above.indent > unit.indent || above.bullet || unit.bullet) return false;
  if (above.text.includes(unit.text) || BYLINE_OR_STAMP_START.test(above.text) || !candidate(j - 1)) return false;
  if (above.words.length >= unit.words.length) return true;
  // A shorter line over it that is no kicker: unless the line has a standfirst of its own under it, a longer sentence
  // ("Gletscherschmelze in den Alpen" / "Glaziologin …: „Wir dokumentieren …“" / "Die Gletscher … verloren."): a page has one dek.
  const below = units[j + 1];
  const ownStandfirst = !!below && below.gapBefore <= 1 && !below.meta && below.words.length > unit.words.length && endsLikeSentence(below.text) && !endsLikeSentence(unit.text);
  return above.words.length >= STANDFIRST_OVER_WORDS && j - 1 > 0 && echoAbove() >= SHORTER_HEADLINE_ECHO && !ownStandfirst;
}

/**
 * A kicker: a line of a few words ("Generalsanierung der Bahn") right over a longer line shaped like a headline, no
 * sentence (a standfirst under a short headline ends on its stop: "Harbour works approved" / "The council's plan … money.").
 */
function overLongerHeadline(units: ClassifiedUnit[], j: number, candidate: (k: number) => boolean): boolean {
  const unit = units[j]!;
  const below = units[j + 1];
  if (!below || below.gapBefore > 1 || below.indent !== unit.indent || below.bullet || unit.bullet || unit.words.length >= STANDFIRST_OVER_WORDS) return false;
  // A longer line is a standfirst with no closing stop, as some papers set it ("Apple sues Epic" / "The iPhone maker says …").
  return below.words.length >= KICKED_HEADLINE_WORDS && below.words.length <= KICKED_HEADLINE_MAX_WORDS && !endsLikeSentence(below.text) && !below.meta && candidate(j + 1);
}

/**
 * A section's path ("Science / Long Read", "News › World › Europe"): a few names of a few words each, set apart by a
 * path's separator (a bar sets a headline beside its site's name: not one).
 */
function isSectionPath(text: string): boolean {
  if (text.length > SECTION_PATH_CHARS) return false;
  const names = text.split(SECTION_PATH_SEPARATOR);
  return names.length >= 2 && names.every((name) => SECTION_NAME.test(name));
}

const SECTION_PATH_SEPARATOR = / [/›>»] /;
/** A section's name: one to three words, the first a capital's, no stop. */
const SECTION_NAME = /^\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}$/u;
const SECTION_PATH_CHARS = 60;

/** Fewest and most words of the headline under a kicker. */
const KICKED_HEADLINE_WORDS = 5;
const KICKED_HEADLINE_MAX_WORDS = 12;

/** Share of a shorter line's content words the lead repeats, for it to head the longer line under it. */
const SHORTER_HEADLINE_ECHO = 0.25;

/** Most words of a name that a headline near it holds whole (its penalty, nameFragment). */
const NAME_FRAGMENT_WORDS = 4;

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
  // A headline in title case may close on a stop, in two sentences ("We Moved Our Side Project Back to a Monolith. Here's What Happened.").
  if (/[.。]["'”’»)]*$/u.test(text) && !/\.\.\.$|…$/.test(text) && !isTitleCase(text)) penalty += 4;
  // A teaser cut short ("… diagnosed with the plague,...").
  if (/(\.\.\.|…)$/.test(text)) penalty += 3;
  if (CLOCK.test(text) || hasCalendarDate(text)) penalty += 4;
  if (hasCaptionMarker(text) || isStandaloneCredit(text)) penalty += 5;
  if (BYLINE_OR_STAMP_START.test(text) || /@\w/.test(text)) penalty += 4;
  // "#linux #systemd #debugging": a post's tags, each a hashtag.
  if (HASHTAGS_ONLY.test(text)) penalty += 6;
  return penalty;
}

const HASHTAGS_ONLY = /^#[\p{L}\p{N}_-]+(?:\s+#[\p{L}\p{N}_-]+)*$/u;

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

/** The lines a page's masthead stands among, and the most words of a site's name. */
const MASTHEAD_LINES = 4;
const MASTHEAD_WORDS = 5;
