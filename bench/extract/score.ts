/**
 * The article-extraction benchmark's own measure, and the checks for the
 * other fields, over one corpus folder laid out as `<dir>/text/<id>.txt`,
 * `<dir>/text-layout/<id>.txt`, `<dir>/html/<id>.html` and `<dir>/truth.json`.
 * Used by `npm run bench:extract` and by the quality tests on vendored pages.
 */
import type { Article, Block } from "../../src/core/article";

/** What the corpus's `truth.json` says of one page. */
export interface PageTruth {
  body: string;
  url?: string;
  title?: string | null;
  published?: string | null;
  author?: string | null;
  image?: string | null;
  captions?: string[] | null;
}

/** Per-page counts for the body measure. */
export interface BodyCounts {
  tp: number;
  fp: number;
  fn: number;
}

const WORD = /[\p{L}\p{N}_\p{M}]+/gu;

/** `\w+` tokens (Unicode), lower-cased. */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []);
}

/** Multiset of 4-token shingles (the whole text as one shingle when it is shorter). */
function shingles(text: string): Map<string, number> {
  const toks = tokens(text);
  const out = new Map<string, number>();
  const n = 4;
  if (toks.length === 0) return out;
  if (toks.length < n) {
    out.set(toks.join(" "), 1);
    return out;
  }
  for (let i = 0; i + n <= toks.length; i++) {
    const key = toks.slice(i, i + n).join(" ");
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** tp, fp, fn between the expected and the extracted text's shingle multisets. */
export function bodyCounts(expected: string, extracted: string): BodyCounts {
  const want = shingles(expected);
  const got = shingles(extracted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of got) {
    const m = want.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of want) fn += Math.max(0, m - (got.get(key) ?? 0));
  return { tp, fp, fn };
}

export interface BodyScore {
  f1: number;
  precision: number;
  recall: number;
}

/** Means of per-page precision and recall (skipping undefined ones), and their harmonic mean. */
export function bodyScore(pages: BodyCounts[]): BodyScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of pages) {
    if (tp + fp > 0) precisions.push(tp / (tp + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}

/** One page's F1 (for listing the worst pages). */
export function pageF1({ tp, fp, fn }: BodyCounts): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** The item's body as the measure sees it: no figures/captions, no related links. */
export function bodyText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "paragraph":
      case "heading":
      case "quote":
        parts.push(block.text);
        break;
      case "list":
        parts.push(...block.items);
        break;
      case "html":
        parts.push(htmlText(block.html));
        break;
      case "figure":
        break;
    }
  }
  return parts.join("\n\n");
}

/** The tags of inline elements (not a line break) as the loader's HTML blocks keep them. */
const INLINE_TAG = /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)(?:\s[^>]*)?>/gi;

/** Text of rendered HTML, leaving out figures (their captions are not body text). */
function htmlText(html: string): string {
  return html
    .replace(/<figure\b[\s\S]*?<\/figure>/gi, " ")
    // Inline markup runs on with its words ("CO<sub>2</sub>-Abgaben", "rent.<a …>1</a>"); a block's or a break's parts the words.
    .replace(INLINE_TAG, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Case, quotes, dashes and spaces folded away. */
export function foldTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032'`´"\u201C\u201D\u201E\u201F\u2033«»‹›]/g, "")
    .replace(/[\u2010-\u2015\u2212-]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Right when equal after folding; the metadata's trailing " | Site" / " - Site" may be left out. */
export function titleRight(extracted: string, expected: string | null | undefined): boolean {
  if (!expected) return false;
  const got = foldTitle(extracted);
  const want = foldTitle(expected);
  if (!got) return false;
  if (got === want) return true;
  // One trailing segment at a time: "Headline - shoots for the moon - Site" loses "- Site" first.
  const cut = /\s+(?:\||-|—|–|::|·|•)\s+(?:(?!\s(?:\||-|—|–|::|·|•)\s).)*$/;
  let shorter = want;
  while (cut.test(shorter)) {
    shorter = shorter.replace(cut, "");
    if (got === shorter) return true;
  }
  return false;
}

/** Parses a truth date; dates without a zone are read as UTC. */
export function parseTruthDate(value: string): Date | undefined {
  let text = value.trim().replace(" ", "T");
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text += "T00:00:00Z";
  else if (!/(?:Z|[+-]\d{2}:?\d{2})$/.test(text)) text += "Z";
  text = text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  let date = new Date(text);
  if (Number.isNaN(date.getTime())) date = new Date(value.replace(/\s+(EST|EDT|CST|CDT|PST|PDT|GMT|UTC)$/, " $1").replace(/(\d{4}),\s+/, "$1 "));
  // Placeholder dates ("0001-01-01") say the page has none.
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1990 ? undefined : date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Within one day of the page's own date; dates taken from the file's mtime never count. */
export function dateRight(article: Article, expected: string | null | undefined): boolean {
  if (!expected || article.dateSource === "file-mtime") return false;
  if (!parseTruthDate(expected)) return false;
  const want = parseTruthDate(expected);
  return want !== undefined && Math.abs(article.published.getTime() - want.getTime()) <= DAY_MS;
}

/** Names compared after folding; one may hold the other ("Jane Doe" in "Jane Doe and John Roe"). */
export function authorRight(extracted: string | undefined, expected: string | null | undefined): boolean {
  if (!expected || !extracted) return false;
  const got = tokens(extracted).join(" ");
  const want = tokens(expected).join(" ");
  return got.length > 0 && want.length > 0 && (got.includes(want) || want.includes(got));
}

/** The page's first caption is among the item's captions: most of its words, few others. */
export function captionFound(captions: string[], expected: string[] | null | undefined): boolean {
  const first = expected?.[0];
  if (!first) return false;
  const want = new Set(tokens(first));
  if (want.size === 0) return false;
  return captions.some((caption) => {
    const got = new Set(tokens(caption));
    let shared = 0;
    for (const t of got) if (want.has(t)) shared++;
    const recall = shared / want.size;
    const precision = got.size ? shared / got.size : 0;
    return recall >= 0.6 && precision >= 0.6;
  });
}

/** Protocol-less, lower-case host, decoded path: two spellings of one image URL compare equal. */
function imageKey(url: string): { full: string; path: string } | undefined {
  try {
    const u = new URL(url.trim());
    const path = decodeURIComponent(u.pathname).replace(/\/+$/, "");
    return { full: `${u.hostname.toLowerCase()}${path}${u.search}`, path };
  } catch {
    return undefined;
  }
}

/** The lead image is the page's own: the same URL after normalising, or the same file path (a resized copy on a CDN host). */
export function imageRight(extracted: string | undefined, expected: string | null | undefined): boolean {
  if (!expected || !extracted) return false;
  const got = imageKey(extracted);
  const want = imageKey(expected);
  if (!got || !want) return false;
  return got.full === want.full || (want.path.length > 1 && got.path === want.path);
}
