/**
 * `npm run bench:extract -- <corpus dir> [--worst N] [--no-write] [--only text|text-layout|html]`
 *
 * Runs the loader over a corpus folder (`text/`, `text-layout/`, `html/` and
 * `truth.json`, as in the extraction benchmark) and prints body F1 /
 * precision / recall, titles, dates, authors and first captions right, and
 * the time per page; writes the table to bench/results.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { ArticleRejected, type Article } from "../src/core/article";
import { isArticleFile, loadOne } from "../src/load/load-articles";
import { machine, writeSection } from "./lib";
import {
  authorRight, bodyCounts, parseTruthDate, bodyScore, bodyText, captionFound, dateRight, pageF1, titleRight,
  type BodyCounts, type PageTruth,
} from "./extract/score";

const VARIANTS = [
  { folder: "text", ext: "txt" },
  { folder: "text-layout", ext: "txt" },
  { folder: "html", ext: "html" },
] as const;

interface VariantResult {
  variant: string;
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  titles: number;
  dates: number;
  datedPages: number;
  authors: number;
  authoredPages: number;
  captions: number;
  captionedPages: number;
  msPerPage: number;
  rejected: string[];
  worst: { id: string; f1: number; title: string }[];
}

function parseArgs(argv: string[]) {
  let dir: string | undefined;
  let worst = 0;
  let write = true;
  let only: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--worst") worst = Number(argv[++i]);
    else if (arg === "--no-write") write = false;
    else if (arg === "--only") only = argv[++i];
    else dir = arg;
  }
  if (!dir) {
    console.error("usage: npm run bench:extract -- <corpus dir> [--worst N] [--no-write] [--only text|text-layout|html]");
    process.exit(2);
  }
  return { dir: resolve(dir), worst, write, only };
}

function load(name: string, bytes: Uint8Array): Article | string {
  try {
    return loadOne({ name, bytes, mtimeMs: 0 });
  } catch (error) {
    if (error instanceof ArticleRejected) return error.message;
    throw error;
  }
}

function runVariant(dir: string, folder: string, ext: string, truth: Record<string, PageTruth>, worstCount: number): VariantResult | undefined {
  const path = join(dir, folder);
  if (!existsSync(path) || !isArticleFile(`page.${ext}`)) return undefined;
  const ids = readdirSync(path).filter((f) => f.endsWith(`.${ext}`)).map((f) => f.slice(0, -ext.length - 1)).filter((id) => truth[id]).sort();
  const files = ids.map((id) => ({ id, bytes: readFileSync(join(path, `${id}.${ext}`)) }));
  // One untimed pass warms the JIT; the timed pass is the one scored.
  for (const { id, bytes } of files) load(`${id}.${ext}`, bytes);
  const results: (Article | string)[] = [];
  const started = performance.now();
  for (const { id, bytes } of files) results.push(load(`${id}.${ext}`, bytes));
  const elapsed = performance.now() - started;

  const counts: BodyCounts[] = [];
  const perPage: { id: string; f1: number; title: string }[] = [];
  const result: VariantResult = {
    variant: folder, pages: files.length, f1: 0, precision: 0, recall: 0, titles: 0, dates: 0, datedPages: 0,
    authors: 0, authoredPages: 0, captions: 0, captionedPages: 0, msPerPage: elapsed / Math.max(1, files.length), rejected: [], worst: [],
  };
  files.forEach(({ id }, i) => {
    const page = truth[id]!;
    const article = results[i]!;
    if (page.published && parseTruthDate(page.published)) result.datedPages++;
    if (page.author) result.authoredPages++;
    if (page.captions?.length) result.captionedPages++;
    if (typeof article === "string") {
      result.rejected.push(`${id}: ${article}`);
      const c = bodyCounts(page.body, "");
      counts.push(c);
      perPage.push({ id, f1: 0, title: "(rejected)" });
      return;
    }
    const c = bodyCounts(page.body, bodyText(article.blocks));
    counts.push(c);
    perPage.push({ id, f1: pageF1(c), title: article.title });
    if (titleRight(article.title, page.title)) result.titles++;
    if (dateRight(article, page.published)) result.dates++;
    if (authorRight(article.author, page.author)) result.authors++;
    if (captionFound(article.captions, page.captions)) result.captions++;
  });
  Object.assign(result, bodyScore(counts));
  result.worst = perPage.sort((a, b) => a.f1 - b.f1).slice(0, worstCount);
  return result;
}

const { dir, worst, write, only } = parseArgs(process.argv.slice(2));
const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as Record<string, PageTruth>;
const results: VariantResult[] = [];
for (const { folder, ext } of VARIANTS) {
  if (only && only !== folder) continue;
  const result = runVariant(dir, folder, ext, truth, worst);
  if (result) results.push(result);
}

const f = (x: number) => x.toFixed(3);
const table = [
  "| input | pages | body F1 | precision | recall | titles right | dates right | authors right | first caption found | ms / page |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ...results.map((r) =>
    `| ${r.variant} | ${r.pages} | ${f(r.f1)} | ${f(r.precision)} | ${f(r.recall)} | ${r.titles} / ${r.pages} | ${r.dates} / ${r.datedPages} | ${r.authors} / ${r.authoredPages} | ${r.captions} / ${r.captionedPages} | ${r.msPerPage.toFixed(2)} |`),
].join("\n");
console.log(table);
for (const r of results) {
  if (r.rejected.length) console.log(`\n${r.variant}: rejected ${r.rejected.length}\n  ${r.rejected.join("\n  ")}`);
  if (r.worst.length) console.log(`\n${r.variant}: worst pages\n${r.worst.map((w) => `  ${w.id}  ${w.f1.toFixed(3)}  ${w.title.slice(0, 80)}`).join("\n")}`);
}
if (write) {
  const corpus = dir.split("/").pop();
  writeSection(`extract-${corpus}`, `## Extraction quality: ${corpus}\n\n\`npm run bench:extract -- <dir>/${corpus}\`, ${new Date().toISOString().slice(0, 10)}, ${machine()}. Body measured as in the benchmark (4-token shingles; F1 of mean precision and mean recall); titles fold case, quotes, dashes and a trailing site name; dates within a day; authors by folded containment; a caption is found when it shares ≥ 60 % of its words both ways with the page's first caption.\n\n${table}`);
}
