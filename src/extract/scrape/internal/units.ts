/**
 * Splits scraped text into "units": the lines a page's blocks became, with the
 * blank lines around them. The blank-line counts carry layout a scrape keeps
 * (an image leaves a run of blank lines; a footer sits after a long gap).
 */

export interface Unit {
  text: string;
  /** Blank lines before this unit (0 for a line that follows another directly). */
  gapBefore: number;
  /** Blank lines after it (Infinity at the end of the text). */
  gapAfter: number;
  /** Leading spaces in laid-out text (0 in flat scrapes). */
  indent: number;
  /** Starts with a list marker (`*`, `+`, `-`, `•`): menus and lists in laid-out text. */
  bullet: boolean;
}

import { squash } from "../../../core/text";
import { parseTimestampLine } from "../../dates";
import { codeLine } from "../rules/line-shapes";

/** A list item's marker, laid-out pages' menus and lists: `*`, `-`, `•`, `·`, `▪` and a space. */
export const BULLET = /^[-*•·▪]\s+/;

/** The line without its list marker ("* by Jane Doe" is a byline to the line rules). */
export function withoutBullet(line: string): string {
  return line.replace(BULLET, "");
}

/**
 * Ends on a sentence's stop (`.!?…。！？؟۔।:;`), maybe inside closing quotes
 * or brackets. Read backwards from the end: a regex anchored at the end (`…$`)
 * is tried at every position of the text, and this runs on every line
 * several times.
 */
export function endsLikeSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // A footnote mark closes few lines: its reading is asked only of those (this runs on every line, several times).
  let i = (last === 0x5d || last >= 0xb2) ? footnoteMarkStart(text) - 1 : text.length - 1;
  while (i >= 0) {
    const code = text.charCodeAt(i);
    // French sets a space before its closing guillemet: "… je cherchais. »".
    if (isCloser(code) || ((code === 0x20 || code === 0xa0 || code === 0x202f) && i + 1 < text.length && isCloser(text.charCodeAt(i + 1)))) i--;
    else break;
  }
  return i >= 0 && isSentenceStop(text.charCodeAt(i));
}

/**
 * Where a footnote's mark closing the text begins ("… has found.[1]", "… found.¹²"), or the
 * text's length when it ends in none: the sentence ends before the mark.
 */
function footnoteMarkStart(text: string): number {
  let i = text.length;
  if (text.charCodeAt(i - 1) === 0x5d) {
    // "[1]", "[12]": a bracket of one to three digits.
    let k = i - 2;
    while (k >= 0 && k > i - 5 && isDigit(text.charCodeAt(k))) k--;
    return k < i - 2 && k >= 0 && text.charCodeAt(k) === 0x5b ? k : i;
  }
  while (i > 0 && isSuperscriptDigit(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The text without footnote marks after its stops and commas ("found.[1]" → "found."), for a summary. */
/**
 * A page printed without a single blank line (a select-all copy of some sites) sets everything line under line:
 * there a run of lines tells no list or box apart, and the stages that read runs read other signs instead.
 */
export function printedWithoutBlankLines(units: readonly Pick<Unit, "gapBefore">[]): boolean {
  return units.every((unit) => unit.gapBefore === 0);
}

export function withoutFootnoteMarks(text: string): string {
  return /[\]¹²³⁰⁴-⁹]/.test(text) ? text.replace(FOOTNOTE_MARK, "") : text;
}

const FOOTNOTE_MARK = /(?<=[.!?,;:"'”’)])(?:\[\d{1,3}\]|[¹²³⁰⁴-⁹]+)(?=\s|$)/g;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** ¹ ² ³ and ⁰, ⁴–⁹. */
function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079);
}

/** `"` `'` `”` `’` `»` `)` `]` */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x29 || code === 0x5d;
}

/** `.` `!` `?` `…` `。` `！` `？` `؟` `۔` `।` `:` `;`, Myanmar's `။` and Khmer's `។` `៕` */
function isSentenceStop(code: number): boolean {
  switch (code) {
    case 0x2e: case 0x21: case 0x3f: case 0x2026: case 0x3002: case 0xff01: case 0xff1f: case 0x061f: case 0x06d4: case 0x0964: case 0x3a: case 0x3b: case 0x104b: case 0x17d4: case 0x17d5:
      return true;
    default:
      return false;
  }
}

/**
 * The width a hand-wrapped page was wrapped at (an e-mail, a text written in
 * an editor, a lynx dump): the longest line that runs on into a lower-case
 * line, when no more than a few lines are longer (an unwrapped page has its
 * paragraphs on lines of hundreds of characters). 0 when it is not wrapped.
 */
function hardWrapWidth(lines: readonly string[]): number {
  let width = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    // Scripts without case (Hebrew, Arabic, Chinese, Thai…) carry on in a letter of no case: a wrap as well.
    if (line.length <= MIN_WRAP_WIDTH / 2 || endsLikeSentence(line) || !/^\s*[\p{Ll}\p{Lo}]/u.test(lines[i + 1]!)) continue;
    const length = columns(line);
    if (length > MIN_WRAP_WIDTH) width = Math.max(width, length);
  }
  if (width === 0) return 0;
  let long = 0;
  let wider = 0;
  let full = 0;
  for (const raw of lines) {
    const length = columns(raw.trimEnd());
    if (length <= MIN_WRAP_WIDTH) continue;
    long++;
    if (length > width + WRAP_SLACK) wider++;
    else if (length >= WRAP_FILL * width) full++;
  }
  // Wrapped text fills most of its lines to the width; a page of paragraphs a line each (in a script whose every
  // line opens on a letter of no case, as Thai's) has the longest paragraph for its "width", and few lines near it.
  return wider <= Math.max(1, long * WIDER_SHARE) && full >= long * MIN_FULL_SHARE ? width : 0;
}

/** Share of a wrapped page's long lines that fill it to its width (0.55 and more on text browsers' dumps; 0.2 and less on pages of unwrapped paragraphs). */
const MIN_FULL_SHARE = 0.4;

/**
 * The columns a line fills on a terminal, as lynx and w3m wrap it: Chinese and Japanese characters, Hangul
 * and full-width forms take two. By hand: a few code ranges, asked of each character.
 */
export function columns(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += isWide(text.charCodeAt(i)) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6));
}

/** Chinese and Japanese text, written without spaces: a wrap inside it is joined with none. */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。，．！？「」『』（）]/u;

/** A line that is one bracketed item: a picture's text alternative as a text browser prints it. */
const BRACKETED_LINE = /^\[[^[\]]+\]$/;

/** Three spaces and more between two words of a line: a gap between a table's columns, as text browsers lay tables out. */
const COLUMN_GAP = /\S {3,}\S/;
const PIPE_ROW = /^\|.*\|$/;
/** Two spaces between two words, the left one not closing a sentence or a clause. */
const BUTTON_GAP = /[^\s.!?:;,"”’)]  (?=\S)/;

/** Narrowest wrap measured: notes and e-mails are wrapped at 40 columns and more; shorter lines are a list's or a poem's. */
const MIN_WRAP_WIDTH = 30;
/** Characters past the wrap width a line of a wrapped page may run (a long word, a hand's wrap). */
const WRAP_SLACK = 4;
/** Share of the long lines that may be wider than the wrap width (URLs, a table) on a wrapped page. */
const WIDER_SHARE = 0.05;
/** How full a line of a wrapped page must be to have been wrapped (the next word did not fit). */
const WRAP_FILL = 0.8;

/** A line of break marks only: asterisks, dinkuses, tildes, dots, or three hyphens or dashes and more ("###" ends a press release: not one). */
/** A run of "=" or "-" under a heading, as long as it give or take a column or two. */
const UNDERLINE = /^(?:={3,}|-{3,})$/;
const UNDERLINE_SLACK = 2;
const SCENE_BREAK = /^(?:(?:[*⁂~•·=_]\s*){1,7}|(?:[-–—]\s*){3,7})$/;
/** The marks a scene break opens with: asked of every line before the pattern. */
const BREAK_MARK = new Set([..."*⁂~•·=_-–—"].map((mark) => mark.charCodeAt(0)));

/**
 * "by Priya Nair", "written by Priya Nair, January 15, 2025" under a headline: a byline in lower case,
 * not the end of a wrapped sentence ("… written\nby John Smith, who …" carries on).
 */
function isLowerCaseByline(line: string): boolean {
  // "… championed for two years\nby Mayor Karen Bass.": a sentence's end, not a byline.
  return (line.length <= 80 && !/[.!?]$/.test(line) && LOWER_CASE_BYLINE.test(line)) || isLowerCaseStamp(line);
}

/**
 * "zo 9 mrt 2025, 18:04 · Aangepast …", "ma 4 sep 2023 om 14:32": a stamp opening on its weekday cut short in lower case,
 * as Dutch and Nordic pages print it under the headline; not the rest of a wrapped sentence ("in 2019 the council …").
 */
function isLowerCaseStamp(line: string): boolean {
  return line.length <= MAX_STAMP_LINE && LOWER_CASE_WORD_THEN_NUMBER.test(line) && parseTimestampLine(line.split(STAMP_FIELD_SEPARATOR)[0]!) !== null;
}

const MAX_STAMP_LINE = 120;
const LOWER_CASE_WORD_THEN_NUMBER = /^\p{Ll}{1,12}\.?,?\s+\d/u;
const STAMP_FIELD_SEPARATOR = /\s+[·|•]\s+/;

const LOWER_CASE_BYLINE = /^(?:(?:written|posted|words|story|reporting) )?(?:by|von|par|por|di|door)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*(?:\p{L}+\.?,?\s+)?\d{1,4}\b.{0,24})?$/u;

// A name of two or three words, then the line's end or the row's next field (a stamp's word, a separator, a digit):
// "ByHeart Whole Nutrition Infant Formula was recalled" is a brand's name in a sentence.
const GLUED_BY = /^By(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}(?:$|\s+(?:Posted|Published|Updated|on|[|·•–—-]|\d)))/u;

/** Scraped text (already cleaned, LF line endings) → units. */
export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const lines = text.split("\n");
  const wrapWidth = hardWrapWidth(lines);
  let blanks = 0;
  // Length of the last non-blank line as written (the wrap width is measured on those).
  let lastLength = 0;
  for (const raw of lines) {
    const indent = /^[ \t]*/.exec(raw)![0].replace(/\t/g, "    ").length;
    // Laid-out text marks nested menu items with "+" or "o": one kind of bullet for the rules.
    // "ByJenna Park Posted on …": a theme's spans set the byline's word and the name with no space between.
    const line = squash(raw).replace(/^(?:\+|o(?=\s+\p{Lu}))\s+/u, "* ").replace(GLUED_BY, "By ");
    if (!line || line === "*") {
      blanks++;
      continue;
    }
    // A heading underlined as a text browser or Markdown sets it ("Pukeutuminen" over "------------"): the rule is the
    // heading's mark, not a line (nor a wrapped line's rest); the heading stays a line of its own.
    const previous = units[units.length - 1];
    if (previous && blanks === 0 && UNDERLINE.test(line) && Math.abs(line.length - columns(previous.text)) <= UNDERLINE_SLACK) {
      lastLength = 0;
      continue;
    }
    // A scene break ("* * *", "***", "⁂", "---") parts two stretches of one text: a gap, not a line
    // of the page (counted as one blank line, so that it never widens into the gap that ends an article).
    if (BREAK_MARK.has(line.charCodeAt(0)) && SCENE_BREAK.test(line)) {
      blanks = Math.max(blanks, 1);
      continue;
    }
    // A drop cap set on a line of its own ("T" over "hree years ago…"): the paragraph's first letter.
    if (previous && blanks <= 1 && previous.text.length === 1 && /^\p{Lu}$/u.test(previous.text) && /^\p{Ll}{2}/u.test(line)) {
      previous.text += line;
      blanks = 0;
      lastLength = wrapWidth > 0 ? columns(raw.trimEnd()) : 0;
      continue;
    }
    const previousLength = lastLength;
    // A table's row set in space-aligned columns ("Ekwendeni    14    12,600") is neither wrapped nor carried on.
    // So is a row of buttons or links a text browser sets apart by two spaces ("Compartir en Facebook  Compartir en X  Copiar
    // enlace"): prose is wrapped with one (two spaces after a sentence's stop are a typist's, not a row's).
    // A row of a table written with pipes ("| Virgen extra | 5,48 |") is a line of its own too.
    const rowOfItsOwn = wrapWidth > 0 && (COLUMN_GAP.test(raw.trim()) || BUTTON_GAP.test(raw.trim()) || PIPE_ROW.test(raw.trim()));
    // Measured only where a wrap width was found: the width is read for nothing else.
    lastLength = wrapWidth > 0 && !rowOfItsOwn ? columns(raw.trimEnd()) : 0;
    // A hard-wrapped paragraph: the previous line stops mid-sentence and this
    // one carries on in lower case. Join them rather than invent a paragraph.
    // On a page wrapped at a width, a line that filled it carries on into the
    // next whatever that one starts with ("… between Europe and the" / "United
    // States, …"), even past a full stop: the wrap fell there.
    // A line of code or a command ("$ head -n 4 import.log"), a picture's text in brackets ("[Image: Hand turning the
    // handle]") and a line past the width were broken by their writer.
    const brokenByWriter = wrapWidth > 0 && previous !== undefined && (previousLength > wrapWidth || BRACKETED_LINE.test(previous.text) || codeLine(previous.text) === "strong" || codeLine(line) === "strong");
    const wrapped = wrapWidth > 0 && previousLength >= WRAP_FILL * wrapWidth && !BULLET.test(line);
    if (previous && blanks === 0 && !rowOfItsOwn && !brokenByWriter && (wrapped || (!endsLikeSentence(previous.text) && /^\p{Ll}/u.test(line) && previous.text.length > 40)) && !isLowerCaseByline(line)) {
      // Between two characters of an unspaced script the wrap fell inside the text: no space goes in.
      const unspaced = UNSPACED_CHAR.test(previous.text.slice(-1)) && UNSPACED_CHAR.test(line[0]!);
      previous.text += unspaced ? line : ` ${line}`;
      continue;
    }
    if (previous) previous.gapAfter = blanks;
    units.push({ text: line, gapBefore: units.length === 0 ? 0 : blanks, gapAfter: Infinity, indent, bullet: BULLET.test(line) });
    blanks = 0;
  }
  return units;
}
