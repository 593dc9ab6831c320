/**
 * `npm run bench:extract -- <corpus dir> [--worst N] [--no-write] [--only text|text-layout|html]`
 *
 * Runs the loader over a corpus folder (`text/`, `text-layout/`, `html/` and
 * `truth.json`, as in the extraction benchmark) and prints body F1 /
 * precision / recall, titles, dates, authors and first captions right, and
 * the time per page; writes the table to bench/results.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { availableParallelism } from "node:os";
import { normaliseArticle } from "../src/article/normalise";
import { readTruth, runVariant, VARIANTS, type VariantResult } from "./extract/corpus";
import { articleName, articleText, generateFolder } from "./generate";
import { machine, startScript, writeSection } from "./lib";

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

const { dir, worst, write, only } = parseArgs(process.argv.slice(2));
const truth = readTruth(dir);
const results: VariantResult[] = [];
for (const { folder, ext } of VARIANTS) {
  if (only && only !== folder) continue;
  const result = runVariant(dir, folder, ext, truth, worst);
  if (result) results.push(result);
}

const f = (x: number) => x.toFixed(3);
const table = [
  "| input | pages | body F1 | precision | recall | titles right | dates right | authors right | first caption found | lead image right | ms / page |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ...results.map((r) =>
    `| ${r.variant} | ${r.pages} | ${f(r.f1)} | ${f(r.precision)} | ${f(r.recall)} | ${r.titles} / ${r.pages} | ${r.dates} / ${r.datedPages} | ${r.authors} / ${r.authoredPages} | ${r.captions} / ${r.captionedPages} | ${r.images} / ${r.imagedPages} | ${r.msPerPage.toFixed(2)} |`),
].join("\n");
console.log(table);
for (const r of results) {
  if (r.rejected.length) console.log(`\n${r.variant}: rejected ${r.rejected.length}\n  ${r.rejected.join("\n  ")}`);
  if (r.worst.length) console.log(`\n${r.variant}: worst pages\n${r.worst.map((w) => `  ${w.id}  ${w.f1.toFixed(3)}  ${w.title.slice(0, 80)}`).join("\n")}`);
}
// Throughput on typical articles: 10,000 generated ones of about 4 KB (scrapes and Markdown, as
// bench/generate.ts makes a folder), loaded one after another in this process, then by the compiled
// server from a fresh cache (its parse threads, their start-up and the reading of the files included).
const GENERATED = 10_000;
const encoder = new TextEncoder();
const generated = Array.from({ length: GENERATED }, (_, i) => ({ name: articleName(i), bytes: encoder.encode(articleText(i)) }));
const generatedKb = generated.reduce((sum, file) => sum + file.bytes.length, 0) / GENERATED / 1024;
for (const file of generated.slice(0, 500)) normaliseArticle({ ...file, mtimeMs: 0 });
const started = performance.now();
for (const file of generated) normaliseArticle({ ...file, mtimeMs: 0 });
const generatedSeconds = (performance.now() - started) / 1000;
const serverSeconds = await serverLoadSeconds(GENERATED);
const throughput = `${GENERATED.toLocaleString("en")} generated articles (70 % scrapes, 30 % Markdown) of ${generatedKb.toFixed(1)} KB on average: ${generatedSeconds.toFixed(2)} s one after another on one thread (${((generatedSeconds * 1000) / GENERATED).toFixed(3)} ms each); loaded by the compiled server in ${serverSeconds.toFixed(2)} s from a fresh cache (${availableParallelism()} parse threads, reading the files and their start-up included; its own "Loaded … in" line).`;
console.log(`\n${throughput}`);

if (write) {
  const corpus = dir.split("/").pop();
  writeSection(`extract-${corpus}`, `## Extraction quality: ${corpus}\n\n\`npm run bench:extract -- <dir>/${corpus}\`, ${new Date().toISOString().slice(0, 10)}, ${machine()}. Body measured as in the benchmark (4-token shingles; F1 of mean precision and mean recall); titles fold case, quotes, dashes and a trailing site name; dates within a day; authors by folded containment; a caption is found when it shares ≥ 60 % of its words both ways with the page's first caption; the lead image is right when its URL equals the page's og:image after normalising, or has the same path. Time is wall-clock per page, the median of five passes after two warm-up passes, on a shared machine.\n\n${table}\n\n${throughput}`);
}

/** Seconds the compiled server (npm start; built by the prebench script) reports for loading `count` generated articles from a fresh cache. */
async function serverLoadSeconds(count: number): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), "extract-load-"));
  try {
    generateFolder(join(work, "articles"), count);
    const server = await startScript("build/node/main.js", { ARTICLES_DIR: join(work, "articles"), ARTICLE_CACHE_DIR: join(work, "cache"), WATCH: "false", MAX_ARTICLES: String(count) }, /Serving on /, 120_000);
    const report = server.output();
    await server.stop();
    const seconds = /Loaded \d+ articles? from .* in ([\d.]+) s/.exec(report)?.[1];
    if (!seconds) throw new Error(`the server did not report its load time: ${report.slice(0, 300)}`);
    return Number(seconds);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
