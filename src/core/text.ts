/**
 * Text hygiene shared by every stage. Feeds are XML: one illegal character
 * makes a strict parser reject the whole document, so every string that can
 * reach a feed passes through `cleanText` first.
 */

// XML 1.0 forbids C0 controls except tab, LF and CR, plus U+FFFE/U+FFFF and
// unpaired surrogates. C1 controls (U+0080–U+009F) are legal but are always
// mojibake in scraped text, so they go too. CR is handled by line-ending
// normalisation before this runs.
const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// One pass to find out whether the slower exact pattern (with lookarounds) is needed.
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/;
/** MAYBE_ILLEGAL or a line break other than LF (CR is U+000D): whatever cleanText changes after the BOM. */
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Drops a leading BOM, normalises line endings to LF and strips XML-illegal characters. */
export function cleanText(input: string): string {
  const text = input.replace(/^\uFEFF/, "");
  // Most texts need neither step: one scan says so, where each step would scan the whole text.
  if (!NEEDS_CLEANING.test(text)) return text;
  const unixLines = text.replace(/\r\n?|\u2028|\u2029/g, "\n");
  return MAYBE_ILLEGAL.test(unixLines) ? unixLines.replace(XML_ILLEGAL, "") : unixLines;
}

// Every whitespace but the ideographic space (U+3000), which CJK headlines use
// as a separator and which must not become an ASCII space.
const SPACE_RUN = /[\t\n\v\f\r \u00A0\u1680\u2000-\u200B\u202F\u205F\uFEFF]+/g;

// Only a space before another space, or a space other than U+0020, needs replacing: most lines have neither.
const NEEDS_SQUASH = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200B\u202F\u205F\uFEFF]| {2}/;

/** Collapses runs of whitespace (incl. NBSP and tabs) to one space and trims. */
export function squash(input: string): string {
  return NEEDS_SQUASH.test(input) ? input.replace(SPACE_RUN, " ").trim() : input.trim();
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * A URL-safe, lower-case slug from a file name. Non-ASCII letters are folded
 * to ASCII where Unicode decomposition allows (é → e); anything else becomes
 * a hyphen. Returns "" when nothing usable is left.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "");
}

/** Case-, punctuation- and whitespace-insensitive key for comparing titles. */
export function titleKey(title: string): string {
  // ASCII titles (most, in English) take the same steps without Unicode tables: NFKC leaves
  // ASCII as it is, and its letters and digits are [a-z0-9] once lower-cased.
  if (ASCII.test(title)) return title.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const ASCII = /^[\x00-\x7f]*$/;

const segmenters = new Map<string, Intl.Segmenter>();

/** Sentences of a text, using the runtime's ICU rules (handles 。 ؟ etc.). */
export function sentences(text: string, language = "en"): string[] {
  return Array.from(sentenceSegments(text, language), (s) => s.segment);
}

function sentenceSegments(text: string, language: string): Intl.Segments {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, segmenter);
  }
  return segmenter.segment(text);
}

/** Ends on an abbreviation: initials ("U.S.", "J."), or a title, a unit or a month cut short ("Sen.", "Dr.", "Jan."). */
const ABBREVIATION_END =
  /(?:^|[\s(«"“‘'])(?:(?:\p{Lu}\.){1,3}|(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Jr|Sr|Prof|Rev|Hon|Pres|Inc|Ltd|Co|Corp|Bros|No|Nos|vs|etc|approx|Mt|Ft|Ave|Blvd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mme|Mlle|Sra|Srta|Hr|Fr|Nr|ca|bzw|Dipl|Ing)\.)$/u;

/**
 * Shortens text to at most `max` characters, preferring whole sentences,
 * then whole words; appends an ellipsis only when words were cut.
 */
export function truncateOnSentence(text: string, max: number, language = "en"): string {
  if (text.length <= max) return text;
  let out = "";
  // A segment closed by an abbreviation ("WASHINGTON (Reuters) - U.S.", "… said Sen.") is no
  // sentence: the segmenter ends one at any full stop before a capital. It runs on into the next.
  let pending = "";
  // Segmented lazily: a long paragraph is cut after its first sentences, not segmented whole.
  for (const { segment } of sentenceSegments(text, language)) {
    pending += segment;
    if (ABBREVIATION_END.test(segment.trimEnd())) continue;
    if ((out + pending).trimEnd().length > max) break;
    out += pending;
    pending = "";
  }
  out = out.trim();
  if (out) return out;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
