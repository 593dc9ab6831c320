/**
 * Stage 2: each unit of the page gets a class from shallow features (length,
 * stopword density, sentence shape), the way jusText classifies paragraphs,
 * and a weight for the body search: prose counts for the article, chrome
 * against it.
 */
import { BYLINE_OPENER, parseMetaLine, PHRASE_SCRIPT_BY } from "../rules/bylines";
import { hasCaptionMarker, isStandaloneCredit } from "../rules/captions";
import { GALLERY_COUNTER, isBoilerplate, isContentsLabel, isCopyrightLine } from "../rules/furniture";
import { codeLine, isPipeTable, pipeRowCells } from "../rules/line-shapes";
import { isRelatedHeading } from "../rules/related";
import { ANY_DIGIT } from "../../dates";
import type { Unit } from "./units";
import { endsLikeSentence, printedWithoutBlankLines, withoutBullet } from "./units";
import { isSignUpLine, isSignUpOffer, mentionsSignUp, pageLanguage, PHRASE_SPACED_SCRIPT, RELATIVE_TIME, SIGN_UP_ANSWER, UNSPACED_SCRIPT, wordsOf } from "../vocabulary";

/** prose: reads as article text; maybe: short prose or a subheading; short: a label or a link; chrome: furniture. */
export type UnitClass = "prose" | "maybe" | "short" | "chrome";

export interface ClassifiedUnit extends Unit {
  kind: UnitClass;
  /** What the unit adds to (or takes from) the body it may belong to. */
  weight: number;
  /** How often the same text stands on the page (templates repeat; articles rarely do). */
  repeats: number;
  /** A byline or timestamp line. */
  meta: boolean;
  /** Word tokens, lower-cased (computed once: every stage counts them). */
  words: string[];
  /** Site furniture by the line rules (footers, share rows, cookie notices). */
  boilerplate: boolean;
  /** A copyright line: the page's footer starts here. */
  copyright: boolean;
  /** Chrome by its shape (boilerplate, a share row, a repeated template line), not merely by few stopwords. */
  furniture: boolean;
  /** A newsletter or sign-up line (vocabulary.ts isSignUpLine): asked once here, as several stages ask. */
  signUp: boolean;
  /** The heading over a related list (rules/related.ts isRelatedHeading): asked once here, as several stages ask. */
  relatedHeading: boolean;
  /** A line of a block of program code (markCodeBlocks): the article's, however few its stopwords. */
  code: boolean;
  /** Written in a script without spaces between words (Chinese, Japanese, Thai…): its length, not its word count, measures it. */
  unspaced: boolean;
}

const UP_NEXT = /^up next$/i;
/** A sentence's or a clause's mark in a script without spaces: Chinese and Japanese, Khmer (។ ៕), Myanmar (။ ၊). */
const UNSPACED_SENTENCE_MARK = /[。．！？、，។៕။၊]/u;

/** A team's next game, as a game story's "Up next" lists it: "Thunder: At Portland on Tuesday night." */
const NEXT_GAME = /^\p{Lu}[\p{L}\d .'’&-]{1,40}:\s+(?:at|host|hosts|visit|visits|vs\.?|play|plays|face|faces|travel|travels|open|opens|begin|begins|return|returns)\b/iu;

/** The classifier's thresholds and weights (jusText's defaults, adjusted coarsely on the development pages). */
const CLASSIFIER = {
  proseMinChars: 70,
  proseStopwords: 0.3,
  maybeStopwords: 0.2,
  unspacedProseChars: 40,
  phrasedProseChars: 100,
  unspacedMaybeWeight: 2,
  maybeWeight: 0.5,
  shortWeight: -2,
  sentenceWeight: -0.5,
  chromeWeight: -3,
  wallWeight: -15,
  sentencesMinChars: 150,
};


export interface ClassifiedPage {
  units: ClassifiedUnit[];
  /** The language whose stopwords the page uses most (an ISO 639-1 code). */
  language: string;
  stopwords: Set<string>;
}

const CJK_REPORTER = /记者|記者|기자|特派員|編集委員/;
/** Whether the line ends on a link to the writer's page's last word (asked of every line: a look at its end, no pattern). */
function endsWithWriterPageLink(text: string): boolean {
  // Most lines fail on their last letter.
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x73 || last === 0x53) && WRITER_PAGE_LINK_TAIL.test(text.slice(-9));
}

const WRITER_PAGE_LINK_TAIL = / (?:articles|posts|stories)$/i;

export function classifyPage(units: Unit[]): ClassifiedPage {
  const counts = repeatCounts(units);
  const words = units.map((u) => wordsOf(u.text));
  const { language, stopwords } = pageLanguage(words);
  // Each line's stopword density, counted once (up to PROSE_DENSITY: no threshold lies past it).
  const densities: (number | undefined)[] = new Array(units.length);
  const densityOf = (i: number) => (densities[i] ??= cappedDensity(words[i]!, stopwords));
  const scale = stopwordScale(units, words, densityOf);
  const classified = units.map((unit, i): ClassifiedUnit => {
    const repeats = counts[i]!;
    // The line rules read a laid-out list item without its bullet: "* Share this on Facebook" is a share button.
    const text = unit.bullet ? withoutBullet(unit.text) : unit.text;
    // Timestamps hold digits (of any script), bylines open with their word or, in CJK scripts, hold the word
    // for reporter ("澎湃新闻记者 陈晓燕", "山田太郎 記者"): a cheap test before the date parser.
    // (or end with the link to the writer's page: "Marcus De Guzman View More Articles"; or set the writer's field
    // beside another with a bar: "Penulis Dian Rahmawati | Editor Bagus Santoso", "Janet Morrow | Staff Reporter").
    const meta = text.length < 160 && (ANY_DIGIT.test(text) || BYLINE_OPENER.test(text) || CJK_REPORTER.test(text) || PHRASE_SCRIPT_BY.test(text) || text.includes(" | ") || text.startsWith("de ") || text.startsWith("Na ") || endsWithWriterPageLink(text)) && parseMetaLine(text) !== null;
    const signUp = isSignUpLine(unit.text);
    // "Up next" over "Thunder: At Portland on Tuesday night.": a game story's own closing section, as AP writes it.
    const relatedHeading = isRelatedHeading(unit.text) && !(UP_NEXT.test(unit.text) && NEXT_GAME.test(units[i + 1]?.text ?? ""));
    const boilerplate = isBoilerplate(text);
    const copyright = boilerplate && isCopyrightLine(text);
    const furniture =
      boilerplate ||
      (unit.bullet ? isSignUpLine(text) : signUp) ||
      // Template lines repeat; so do teaser lists, which run line after line with no blank between.
      (repeats > 1 && (unit.text.length < 120 || (i > 0 && unit.gapBefore === 0))) ||
      (text.length < 60 && RELATIVE_TIME.test(text));
    const unspaced = UNSPACED_SCRIPT.test(unit.text);
    const kind = meta ? "short" : furniture ? "chrome" : classOf(unit, words[i]!, () => densityOf(i), unspaced, scale);
    // Spelled out rather than spread: V8 builds spread objects field by field, the slowest step here.
    return {
      text: unit.text, gapBefore: unit.gapBefore, gapAfter: unit.gapAfter, indent: unit.indent, bullet: unit.bullet,
      kind, repeats, meta, boilerplate, copyright, furniture, signUp, relatedHeading, unspaced, words: words[i]!, weight: 0, code: false,
    };
  });
  if (isWrittenByHand(classified)) {
    // A file with no page around it: "March newsletter" is its headline, "Sign up for text alerts by texting…" its text.
    classified.forEach((unit, i) => {
      if (!unit.signUp || unit.copyright || !unit.furniture) return;
      unit.furniture = unit.signUp = unit.boilerplate = false;
      unit.kind = classOf(units[i]!, words[i]!, () => densityOf(i), unit.unspaced, scale);
    });
  }
  keepListedSubheadings(classified, (i) => classOf(units[i]!, words[i]!, () => densityOf(i), classified[i]!.unspaced, scale));
  markBoxHeadings(classified);
  markSignUpBoxInsides(classified);
  markSponsorBoxes(classified);
  markVideoChapters(classified);
  markContentsLists(classified);
  markImageAltTexts(classified);
  markLinkLists(classified);
  markListDates(classified);
  markPipeTables(classified);
  markCodeBlocks(classified);
  smoothByContext(classified);
  for (const unit of classified) unit.weight = weightOf(unit, unit.kind);
  return { units: classified, language, stopwords };
}

/**
 * A file written by hand, not scraped: no furniture but a sign-up line or two
 * (which a newsletter's own headline or a notice's "Sign up for text alerts"
 * look like), none repeated and no box's button, and over the first paragraph
 * its headline and no menu (a line or two at most: the headline, a kicker).
 */
function isWrittenByHand(units: readonly ClassifiedUnit[]): boolean {
  let signUps = 0;
  for (const unit of units) {
    if (!unit.furniture) continue;
    // A box's button ("SUBSCRIBE", "Sign Up") tells a page's sign-up box.
    if (!unit.signUp || unit.copyright || unit.repeats > 1 || SIGN_UP_BUTTON.test(unit.text)) return false;
    if (++signUps > HAND_SIGN_UP_LINES) return false;
  }
  if (signUps === 0) return false;
  // It opens with its headline (or a byline, a stamp): a page's text under no headline is a fragment.
  const firstText = units.findIndex((u) => u.kind === "prose" || u.kind === "maybe");
  if (firstText === 0) return false;
  const over = firstText < 0 ? units.length : firstText;
  let lines = 0;
  for (let k = 0; k < over; k++) if (!units[k]!.meta && !units[k]!.signUp && ++lines > HAND_LINES_OVER_TEXT) return false;
  return true;
}

/**
 * A subheading the page lists above the article as well, in its table of
 * contents or a live blog's key events ("Method 1: Set your active hours" in
 * the list, then over its section): the line stands twice, which makes it
 * look like a template's, but the second stands apart over a paragraph. It is
 * the article's; the list's copy stays furniture.
 */
function keepListedSubheadings(units: ClassifiedUnit[], reclassify: (i: number) => UnitClass): void {
  const first = new Map<string, number>();
  // Without blank lines, the list is its run of short lines.
  const gapless = printedWithoutBlankLines(units);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.repeats !== 2 || unit.boilerplate || unit.signUp || unit.relatedHeading || unit.meta) continue;
    const at = first.get(unit.text);
    if (at === undefined) {
      first.set(unit.text, i);
      continue;
    }
    // The first copy in a list of a few lines set line under line, a table of contents (a headline over its dek is two).
    // The section stands further down than the list, a line at least between: a line again right under its run is a headline over its repeat.
    const [runStart, runAt] = gapless ? shortRunAround(units, at) : runAround(units, at);
    // With no blank lines the list's run reaches the first section's heading right under its last entry: it ends over it.
    const runEnd = gapless ? Math.min(runAt, i - 1) : runAt;
    // Under a table of contents' own title, the first section may follow the list with only a blank line between.
    const labelled = isContentsLabel(units[runStart]!.text) || (runStart > 0 && isContentsLabel(units[runStart - 1]!.text));
    const listed = runEnd - runStart + 1 >= LISTED_RUN && (i > runEnd + 1 || (labelled && i === runEnd + 1 && (unit.gapBefore >= 1 || gapless)));
    const next = units[i + 1];
    // A paragraph of its own under it, not the first of a list of teasers set line under line.
    // (Or a shorter line of text: "To follow this tutorial, you will need:" over its list.)
    // Under a list the page titles as its contents ("目次", "Contents") the section may open with a list of its own
    // ("用意するもの" over the parts needed, line under line): no teasers there.
    const nextIsText = next !== undefined && (next.kind === "prose" || next.kind === "maybe");
    const overParagraph = next !== undefined &&
      (gapless ? nextIsText && next.text.length > LISTED_SUBHEADING_CHARS : next.gapBefore >= 1 && ((nextIsText && units[i + 2]?.gapBefore !== 0) || (labelled && next.kind !== "chrome")));
    // A subheading may ask a question ("Is DefaultHasher a good choice?"); a statement's stop ends a sentence.
    if (!listed || (unit.gapBefore < 1 && !gapless) || !overParagraph || unit.text.length > LISTED_SUBHEADING_CHARS || (endsLikeSentence(unit.text) && !QUESTION_END.test(unit.text))) continue;
    unit.furniture = false;
    unit.kind = reclassify(i);
  }
}

const QUESTION_END = /[?？]$/;
/** A sign-up form's address field: a short line naming the e-mail address. */
const ADDRESS_FIELD = /^(?=.{0,40}$).*\b(?:e-?mail|adresse|address|indirizzo|correo|endereço|adres)\b/i;
/** Most words of a sign-up box's button. */
const BOX_BUTTON_WORDS = 5;
/** Most words of a sign-up button standing alone under the box's blurb ("Sign up", "Subscribe now"). */
const BUTTON_WORDS = 3;
/** Longest blurb of a sign-up box read as its furniture when the box's field and button stand under it. */
const MAX_LONG_BLURB = 320;
/** Lines at least in the list a subheading's first copy stands in. */
const LISTED_RUN = 3;

/** On a page with no blank lines: the first and last units of the run of short lines (no paragraph among them) that holds unit `at`. */
function shortRunAround(units: readonly ClassifiedUnit[], at: number): [number, number] {
  const short = (k: number) => units[k]!.text.length <= LISTED_SUBHEADING_CHARS && units[k]!.kind !== "prose";
  let first = at;
  while (first > 0 && short(first - 1)) first--;
  let last = at;
  while (last + 1 < units.length && short(last + 1)) last++;
  return [first, last];
}

/** The first and last units of the run of lines with no blank between that holds unit `at`. */
function runAround(units: readonly ClassifiedUnit[], at: number): [number, number] {
  let first = at;
  while (first > 0 && units[first]!.gapBefore === 0) first--;
  let last = at;
  while (last + 1 < units.length && units[last + 1]!.gapBefore === 0) last++;
  return [first, last];
}
/** Longest line read as a subheading its page also lists. */
const LISTED_SUBHEADING_CHARS = 100;

/** Sign-up lines at most in a hand-written file (a box has more, or a button). */
const HAND_SIGN_UP_LINES = 2;
const SIGN_UP_BUTTON = /^(?:subscribe|sign[- ]?up|join|register|suscr[ií]bete|ap[uú]ntate|inscr[ií]bete|recibir (?:la )?newsletter|(?:jetzt )?abonnieren|anmelden|s'inscrire|je m'inscris|iscriviti|inscreva-se|quero receber)(?: now| here| today| ahora| agora)?[.!]?$/i;
/** Lines other than bylines and stamps over the first paragraph of a hand-written file: its headline, a kicker. */
const HAND_LINES_OVER_TEXT = 2;

/**
 * How often each unit's text stands on the page. Lines are grouped by length
 * first: hashing every paragraph whole to find the few repeated lines cost
 * more than the rest of the count. A length that many different lines share
 * gets a map of its own, so a page of thousands of short lines stays linear.
 */
function repeatCounts(units: Unit[]): number[] {
  // length → the groups of same-text units of that length (a map of them once there are many)
  const byLength = new Map<number, number[][] | Map<string, number[]>>();
  const groups: number[][] = [];
  for (let i = 0; i < units.length; i++) {
    const text = units[i]!.text;
    const bucket = byLength.get(text.length);
    let same: number[] | undefined;
    if (bucket === undefined) {
      same = [];
      byLength.set(text.length, [same]);
    } else if (bucket instanceof Map) {
      same = bucket.get(text);
      if (!same) bucket.set(text, (same = []));
    } else {
      same = bucket.find((group) => units[group[0]!]!.text === text);
      if (!same) {
        bucket.push((same = []));
        if (bucket.length > SMALL_BUCKET) byLength.set(text.length, new Map(bucket.map((group) => [units[group[0] ?? i]!.text, group])));
      }
    }
    if (same.length === 1) groups.push(same);
    same.push(i);
  }
  const counts = new Array<number>(units.length).fill(1);
  for (const group of groups) for (const k of group) counts[k] = group.length;
  return counts;
}

/** Distinct texts of one length compared one by one before they get a map. */
const SMALL_BUCKET = 8;

/** "Get the morning briefing" over "Sign up for our newsletter…": the box's heading is the box's. */
function markBoxHeadings(units: ClassifiedUnit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const unit = units[i]!;
    const next = units[i + 1]!;
    // The box's button right under its last line, a word or two ("We have more newsletters" / "Show me").
    if (unit.signUp && next.gapBefore === 0 && !next.furniture && next.words.length <= 2 && !endsLikeSentence(next.text) && (units[i + 2]?.gapBefore ?? 1) >= 1) {
      asFurniture(next);
    }
    if (!unit.furniture && unit.text.length <= 80 && next.gapBefore === 0 && next.signUp) {
      asFurniture(unit);
    }
    // A bare sign-up button ("SUBSCRIBE", "Sign up") closes a box: the blurb right above it, when it
    // says what the box offers, and the box's heading (not a sentence) over that.
    if (next.gapBefore === 0 && next.words.length <= 2 && next.signUp && unit.text.length <= SIGN_UP_BLURB_CHARS && isSignUpOffer(unit.text)) {
      const inBox = (k: number) => k === i || (units[k]!.text.length <= 80 && !endsLikeSentence(units[k]!.text));
      for (let k = i; k >= 0 && i - k < 2 && inBox(k); k--) {
        asFurniture(units[k]!);
        if (units[k]!.gapBefore > 1) break;
      }
    }
  }
}

/**
 * A table of contents under its own title ("Quick list" / "1. ZZ plant" / "2. Cast iron plant" / …): three short
 * lines or more set line under line, no sentence among them, are the list's entries, not the text's.
 */
function markContentsLists(units: ClassifiedUnit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!isContentsLabel(units[i]!.text)) continue;
    let j = i + 1;
    // An entry the list has named already is the first section's heading under it (a page without blank lines sets it right there).
    const entries = new Set<string>();
    while (j < units.length && (j === i + 1 ? units[j]!.gapBefore <= 1 : units[j]!.gapBefore === 0) && units[j]!.text.length <= MAX_CONTENTS_ENTRY && !endsLikeSentence(units[j]!.text) && !entries.has(units[j]!.text)) {
      entries.add(units[j]!.text);
      j++;
    }
    if (j - i - 1 < MIN_CONTENTS_ENTRIES) continue;
    for (let k = i + 1; k < j; k++) asFurniture(units[k]!);
    i = j - 1;
  }
}

/**
 * A picture's text alternative, as a text browser prints it in brackets where the picture stands ("[Old man opens a
 * wooden sluice]"), right over the picture's caption: the picture's, not the article's text. (A bracketed line
 * elsewhere may be the text's: a source named in brackets, an inset's label.)
 */
function markImageAltTexts(units: ClassifiedUnit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const under = units[i + 1]!;
    if (!BRACKETED_ALONE.test(units[i]!.text) || under.gapBefore > 1) continue;
    // (The caption's credit may stand on a line of its own under it: "… fills a jerrycan." / "© WaterBridge / Chikondi Banda".)
    if (!hasCaptionMarker(under.text) && !(units[i + 2]?.gapBefore === 0 && isStandaloneCredit(units[i + 2]!.text))) continue;
    asFurniture(units[i]!);
    // Never the headline either, however well the lead repeats its words.
    units[i]!.boilerplate = true;
  }
}

const BRACKETED_ALONE = /^\[[^[\]]{3,150}\]$/;

/** Longest entry, and fewest entries, of a table of contents under its title. */
const MAX_CONTENTS_ENTRY = 80;
const MIN_CONTENTS_ENTRIES = 3;

/**
 * The lines set between a box's sign-up heading and its sign-up button ("Sign
 * up to the Weekly" … "Our editors' pick of the week" … "Sign up"), one
 * under another with no blank line: the box's offer and consent lines, all
 * furniture, whatever their words.
 */
function markSignUpBoxInsides(units: ClassifiedUnit[]): void {
  for (let i = 0; i < units.length; i++) {
    // A blurb past a call's length that speaks of the newsletter, over the box's address field and button
    // ("Ti piacciono i viaggi lenti? Iscriviti alla newsletter … per i lettori." / "Il tuo indirizzo email" / "Iscriviti").
    // Or over its button alone ("Get fast, reliable updates … Sign up to the Courier's Morning Briefing, delivered …" / "Sign up").
    const field = units[i + 1];
    const boxUnder = field?.signUp === true && field.gapBefore <= 1 && ((units[i + 2]?.signUp === true && units[i + 2]!.gapBefore <= 1) || field.words.length <= BUTTON_WORDS);
    if (!units[i]!.signUp && boxUnder && units[i]!.text.length <= MAX_LONG_BLURB && mentionsSignUp(units[i]!.text)) {
      asFurniture(units[i]!);
      continue;
    }
    if (!units[i]!.signUp) continue;
    // The box's address field, then its button in the box's own words ("Email address" / "Send Me the Plan").
    const under = units[i + 1];
    if (under && !under.signUp && under.gapBefore <= 1 && ADDRESS_FIELD.test(units[i]!.text) && under.words.length <= BOX_BUTTON_WORDS && under.text.length <= 40 && !/[.!?:,;]$/.test(under.text) && !under.meta) {
      asFurniture(under);
      i++;
      continue;
    }
    // Flat, a blank line may part the box's name, its one-line offer and its button or consent line ("Newsletter" / "The
    // Harbour Bulletin: … every morning in your inbox" / "Sign up").
    const blurb = units[i + 1];
    const button = units[i + 2];
    // (Not the box's answer once filled, "You have successfully subscribed." over "An email with an activation link …".)
    if (blurb && button?.signUp && !SIGN_UP_ANSWER.test(blurb.text) && !SIGN_UP_ANSWER.test(button.text) && blurb.gapBefore <= 1 && button.gapBefore <= 1 && !blurb.signUp && !blurb.meta && blurb.text.length <= SIGN_UP_BLURB_CHARS) {
      asFurniture(blurb);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < units.length && j - i <= SIGN_UP_BOX_LINES && units[j]!.gapBefore === 0 && !units[j]!.signUp) j++;
    if (j >= units.length || j === i + 1 || j - i > SIGN_UP_BOX_LINES || units[j]!.gapBefore !== 0 || !units[j]!.signUp) continue;
    for (let k = i + 1; k < j; k++) {
      asFurniture(units[k]!);
    }
    i = j - 1;
  }
}

/**
 * A sponsor's box in a newsletter's or a blog's text: its label ("Together with Ledgerly", "Presented by …"), its blurb,
 * its button ("Try Ledgerly free →"). The label alone is furniture (vocabulary); with the button within a few lines
 * under it, the blurb between goes too, however much it reads like the text.
 */
function markSponsorBoxes(units: ClassifiedUnit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!SPONSOR_LABEL.test(units[i]!.text)) continue;
    asFurniture(units[i]!);
    const button = units.slice(i + 1, i + 1 + SPONSOR_BOX_LINES).findIndex((unit) => SPONSOR_BUTTON.test(unit.text));
    if (button < 0) continue;
    for (let k = i + 1; k <= i + 1 + button; k++) {
      asFurniture(units[k]!);
    }
    i += 1 + button;
  }
}

/**
 * A video's chapters under its label ("Key moments" / "0:00 First train leaves …" / "0:38 Inside the coach"): each a
 * clock and a few words, the first at zero. Live blogs set a clock over their posts too, but never from 0:00.
 */
function markVideoChapters(units: ClassifiedUnit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    if (!CHAPTERS_LABEL.test(units[i]!.text) || !FIRST_CHAPTER.test(units[i + 1]!.text) || units[i + 1]!.gapBefore > 1) continue;
    let k = i;
    do {
      asFurniture(units[k]!);
      k++;
    } while (k < units.length && units[k]!.gapBefore <= 1 && CHAPTER.test(units[k]!.text));
    i = k - 1;
  }
}

const CHAPTERS_LABEL = /^(?:key moments|chapters|in this video|momentos[- ]chave|momentos clave|momenti chiave|moments clés|schlüsselmomente|kapitel)$/i;
const FIRST_CHAPTER = /^0{1,2}:00\s+\S.{1,80}$/;
const CHAPTER = /^\d{1,2}:\d{2}(?::\d{2})?\s+\S.{1,80}$/;

/** "Together with Ledgerly", "Presented by Acme", "Sponsored by …", "In partnership with …": a sponsor's label alone on its line. */
// (Case-sensitive: with the `i` flag \p{Lu} would take "Sponsored by the family", an obituary's guest book.)
const SPONSOR_LABEL = /^(?:[Tt]ogether with|[Pp]resented by|[Ss]ponsored by|[Bb]rought to you by|[Ii]n partnership with|[Ii]n collaboration with|[Pp]räsentiert von|[Gg]esponsert von|[Ee]n collaboration avec|[Pp]résenté par|[Pp]atrocinado por|[Pp]resentado por|[Ii]n collaborazione con|TOGETHER WITH|PRESENTED BY|SPONSORED BY)\s+\p{Lu}[^.!?]{0,40}$/u;
/** A box's button: a call to act, a few words closed by an arrow ("Try Ledgerly free →", "Get started →"; not "Leer en español →"). */
const SPONSOR_BUTTON = /^(?:try|get|start|sign up|join|learn more|claim|book|download|shop|discover|explore|subscribe|buy|order|find out)\b[^.!?]{0,40}\s*[→➔➜]$/iu;
/** Lines under a sponsor's label its button may stand within. */
const SPONSOR_BOX_LINES = 3;

/** Marks a line as the page's furniture, weighed as chrome: a box's line the line rules alone would take for text. */
function asFurniture(unit: ClassifiedUnit): void {
  unit.furniture = true;
  unit.kind = "chrome";
}

/** Lines a sign-up box holds at most: its name, its offer, a consent line, a field, a button. */
export const SIGN_UP_BOX_LINES = 6;

/**
 * "Most Popular" over headlines set line under line: the list is links, not
 * the article, however much its headlines read like prose: it weighs
 * against the body around it.
 */
function markLinkLists(units: ClassifiedUnit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!units[i]!.relatedHeading) continue;
    // The list may stand a blank line under its heading; its items follow one another with none between.
    // A photo's caption ends it, though set right under its last headline (as pages without blank lines set everything);
    // a teaser may run its blurb's sentences on after its headline, so a sentence does not.
    let k = i + 1;
    for (; k < units.length && units[k]!.gapBefore <= (k === i + 1 ? 1 : 0) && units[k]!.text.length <= LINK_TITLE_CHARS && !units[k]!.meta && !hasCaptionMarker(units[k]!.text); k++) {
      // Chrome by weight, not furniture: the crop keeps the list where it stands, for the related links.
      units[k]!.kind = "chrome";
    }
    // Past the list (a heading inside it opens nothing new): each line is walked once.
    i = Math.max(i, k - 1);
  }
}

/**
 * A table written with pipes ("| Site | Rainfall |" over "| Hill Farm | 182 |")
 * is the article's, though each row looks like a nav row ("| Home | News |"):
 * rows of one width, line under line, one of them holding a number.
 */
function markPipeTables(units: ClassifiedUnit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!units[i]!.boilerplate || pipeRowCells(units[i]!.text) === null) continue;
    let j = i;
    while (j + 1 < units.length && units[j + 1]!.gapBefore === 0 && pipeRowCells(units[j + 1]!.text) !== null) j++;
    if (isPipeTable(units.slice(i, j + 1).map((unit) => unit.text))) {
      for (let k = i; k <= j; k++) Object.assign(units[k]!, { boilerplate: false, furniture: false, copyright: false, kind: "maybe" });
    }
    i = j;
  }
}

/**
 * A block of program code in a post ("srv := &http.Server{" … "}"): lines one under another,
 * the first and the last of them code by their shape (rules/line-shapes.ts codeLine), or the first and as
 * many as the rest (at least two), one of them by a shape only code has (a brace, `:=`, a
 * call): verse ending on semicolons and an itinerary's arrows are not code. Few stopwords make
 * such lines chrome, which would cut the article in two at its code and offer its first line as
 * a headline: they are the article's, and weigh nothing either way.
 */
function markCodeBlocks(units: ClassifiedUnit[]): void {
  for (let i = 0; i < units.length; i++) {
    let j = i;
    while (j + 1 < units.length && units[j + 1]!.gapBefore === 0) j++;
    // The group's first line is asked first: most groups (menus, lists) are not code, and stop there.
    if (j > i && codeLine(units[i]!.text) !== null) {
      const shapes = units.slice(i, j + 1).map((unit) => codeLine(unit.text));
      const code = shapes.filter((shape) => shape !== null).length;
      // Opened by code and closed by code ("srv := &http.Server{" … "}"), or code for the most part.
      if (code >= 2 && shapes.includes("strong") && shapes[0] !== null && (shapes[shapes.length - 1] !== null || code * 2 >= shapes.length)) {
        for (let k = i; k <= j; k++) Object.assign(units[k]!, { code: true, kind: "maybe", furniture: false, boilerplate: false, meta: false });
      }
    }
    i = j;
  }
}

/**
 * Teaser cards date each teaser ("FEATURES" / a headline / "June 15, 2010",
 * card after card): stamps that stand three or more within a few lines of one
 * another, each apart from the next, are the list's, not the article's, and
 * are furniture.
 */
function markListDates(units: ClassifiedUnit[]): void {
  const stamps: number[] = [];
  units.forEach((unit, i) => {
    if (unit.meta && unit.text.length <= STAMP_ONLY_CHARS && !BYLINE_OPENER.test(unit.text)) stamps.push(i);
  });
  const listed = new Set<number>();
  for (let k = 0; k + LIST_STAMPS - 1 < stamps.length; k++) {
    if (stamps[k + LIST_STAMPS - 1]! - stamps[k]! > LIST_STAMP_SPAN) continue;
    // Cards put a teaser between their dates; an article's own stamps (published, updated) stand together.
    if (stamps.slice(k + 1, k + LIST_STAMPS).some((at, j) => at - stamps[k + j]! < 2)) continue;
    // A diary's or a log's dates head its entries: each between the last entry's text and its own.
    if (stamps.slice(k, k + LIST_STAMPS).every((at) => headsEntry(units, at))) continue;
    for (let j = k; j < k + LIST_STAMPS; j++) listed.add(stamps[j]!);
  }
  for (const i of listed) {
    const unit = units[i]!;
    unit.meta = false;
    asFurniture(unit);
  }
}

/** A date over an entry's text (a sentence of some length) and under the last entry's, not under a card's headline. */
function headsEntry(units: ClassifiedUnit[], at: number): boolean {
  const next = units[at + 1];
  const previous = units[at - 1];
  return next !== undefined && next.text.length >= ENTRY_MIN_CHARS && endsLikeSentence(next.text) && (previous === undefined || endsLikeSentence(previous.text));
}

/** The shortest text under a date that reads as a diary's entry rather than a teaser's headline. */
const ENTRY_MIN_CHARS = 60;

/** A teaser's date is a short line of its own. */
const STAMP_ONLY_CHARS = 40;
/** Stamps this many, within LIST_STAMP_SPAN lines from first to last, date a list. */
const LIST_STAMPS = 3;
const LIST_STAMP_SPAN = 12;


/** A headline in a list of links is a line, not a paragraph. */
const LINK_TITLE_CHARS = 200;

/** A sign-up box's blurb is a sentence or two. */
const SIGN_UP_BLURB_CHARS = 200;

/**
 * jusText's context step: a line that is not furniture but reads poorly on its
 * own (a quote in few stopwords, a one-line sentence) takes its class from the
 * prose on both sides of it.
 */
function smoothByContext(units: ClassifiedUnit[]): void {
  const isText = (u: ClassifiedUnit | undefined) => u?.kind === "prose" || u?.kind === "maybe";
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.furniture || unit.meta || unit.kind === "prose" || unit.kind === "maybe") continue;
    if (unit.kind === "chrome" || endsLikeSentence(unit.text)) {
      if (isText(units[i - 1]) && isText(units[i + 1])) unit.kind = "maybe";
    }
  }
}

/**
 * How far the page's written sentences fall short of the stopword density
 * prose has where the lists cover the language well (a median of 0.45–0.55
 * in English, German, Portuguese or Russian news; past 0.35 nothing scales):
 * terse wire copy and languages whose function words cling to the next word
 * have sentences at a fraction of it. The thresholds scale down with them,
 * never below half, never up. Read off the page's first sentence-like lines
 * (ending a sentence, eight words or more).
 */
function stopwordScale(units: Unit[], words: string[][], densityOf: (i: number) => number): number {
  const densities: number[] = [];
  for (let i = 0; i < units.length && densities.length < SCALE_SAMPLE; i++) {
    if (words[i]!.length < 8 || !endsLikeSentence(units[i]!.text)) continue;
    // Capped at PROSE_DENSITY: a median at or past it scales nothing, and one below is exact.
    densities.push(densityOf(i));
  }
  if (densities.length < 3) return 1;
  densities.sort((a, b) => a - b);
  const median = densities[Math.floor(densities.length / 2)]!;
  return Math.min(1, Math.max(MIN_SCALE, median / PROSE_DENSITY));
}

/** The thresholds scale down to half at most; a page at that floor is one whose stopwords tell nothing. */
const MIN_SCALE = 0.5;

/** The share of a line's words that are stopwords, counted only up to PROSE_DENSITY. */
function cappedDensity(words: string[], stopwords: Set<string>): number {
  if (words.length === 0) return 0;
  let stop = 0;
  for (let k = 0; k < words.length && stop / words.length < PROSE_DENSITY; k++) if (stopwords.has(words[k]!)) stop++;
  return Math.min(PROSE_DENSITY, stop / words.length);
}

/** Sentence-like lines read to scale the thresholds. */
const SCALE_SAMPLE = 15;
/** Below the median stopword density of news prose where the lists cover the language well (0.45–0.55). */
const PROSE_DENSITY = 0.35;

function classOf(unit: Unit, words: string[], densityOf: () => number, unspaced: boolean, scale: number): UnitClass {
  const text = unit.text;
  if (unspaced) {
    if (text.length >= CLASSIFIER.unspacedProseChars && UNSPACED_SENTENCE_MARK.test(text)) return "prose";
    // Thai and Lao end no sentence with a mark: a long run of text, spaced only between phrases, is prose there.
    if (text.length >= CLASSIFIER.phrasedProseChars && PHRASE_SPACED_SCRIPT.test(text)) return "prose";
    return text.length >= 15 ? "maybe" : "short";
  }
  if (words.length === 0) return "chrome";
  // Capped past every threshold: more stopwords change nothing below.
  const proseStopwords = CLASSIFIER.proseStopwords * scale;
  const maybeStopwords = CLASSIFIER.maybeStopwords * scale;
  const density = densityOf();
  const sentence = endsLikeSentence(text);
  if (text.length < CLASSIFIER.proseMinChars) {
    if (unit.bullet || !sentence) return "short";
    if (words.length >= 4 && density >= maybeStopwords) return "maybe";
    // Where the lists say nothing of the page's sentences (Korean, whose syllables pack a Latin
    // line's words into half its characters), a sentence of eight words is text too.
    return scale <= MIN_SCALE && words.length >= SHORT_SENTENCE_WORDS ? "maybe" : "short";
  }
  if (density >= proseStopwords && (sentence || text.length >= 150)) return "prose";
  if (density >= maybeStopwords) return "maybe";
  // Several full sentences in a row are written text, whatever the stopword count says
  // (a language the lists cover poorly, a terse report): not chrome, if not yet prose.
  // On a page whose sentences are stopword-poor (scale < 1), two short ones do.
  if (sentence && (text.length >= CLASSIFIER.sentencesMinChars || scale < 1) && (text.match(SENTENCE_BREAK) ?? []).length >= 1) return "maybe";
  if (sentence && words.length >= 15 && text.length >= 100 && /[,،、，]/u.test(text)) return "maybe";
  // Where the lists say nothing of the page's sentences (Korean, whose particles cling to the word),
  // one long sentence is written text too.
  if (sentence && scale <= MIN_SCALE && words.length >= 10 && text.length >= 60) return "maybe";
  return "chrome";
}

/** Words a short line needs to read as a sentence on a page whose stopwords say nothing. */
const SHORT_SENTENCE_WORDS = 8;

// A stop, then a new sentence: a capital, or any letter of a script without case (Hangul, Arabic,
// Devanagari, Hebrew), whose sentences start with no capital. Hindi ends them with a danda (।).
const SENTENCE_BREAK = /[.!?;।؟]["'”’»)]*\s+["'“‘«(]?[\p{Lu}\p{Lo}]/gu;


/** A sign-up box or a related-list heading: it splits what stands around it. */
export function isWall(unit: ClassifiedUnit): boolean {
  return unit.signUp || unit.relatedHeading;
}

/** A caption describes its photo in a few words at least: menu items and buttons are not asked. */
const CAPTION_MIN_WORDS = 4;

function weightOf(unit: ClassifiedUnit, kind: UnitClass): number {
  if (unit.code) return 0;
  if (isWall(unit)) return CLASSIFIER.wallWeight;
  // A photo's caption (its credit marks it; set apart by a blank line, not an item of a list of teasers)
  // and a gallery's counter stand where the photos stand, in the article or out of it: they neither
  // make a body nor break one (a gallery is captions and counters).
  if ((kind === "chrome" || kind === "short") && (GALLERY_COUNTER.test(unit.text) || (kind === "chrome" && !unit.furniture && !unit.bullet && unit.gapBefore >= 1 && unit.words.length >= CAPTION_MIN_WORDS && hasCaptionMarker(unit.text)))) return 0;
  const words = unit.unspaced ? unit.text.length / 2 : unit.words.length;
  switch (kind) {
    case "prose":
      return words;
    case "maybe":
      // A line of an unspaced script with no sentence's mark and short of prose's length is a heading or a teaser's
      // headline as often as text: it carries a body on a little, never by its length alone.
      return unit.unspaced ? Math.min(words * CLASSIFIER.maybeWeight, CLASSIFIER.unspacedMaybeWeight) : words * CLASSIFIER.maybeWeight;
    case "short":
      // A one-line sentence neither makes nor breaks a body; a label breaks it a little.
      return endsLikeSentence(unit.text) ? CLASSIFIER.sentenceWeight : CLASSIFIER.shortWeight;
    case "chrome":
      return CLASSIFIER.chromeWeight - Math.min(words, 40) / 2;
  }
}
