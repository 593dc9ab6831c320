/**
 * `npm run bench:extract -- <corpus dir> [--worst N] [--no-write] [--only text|text-layout|html]`
 *
 * Runs the loader over a corpus folder (`text/`, `text-layout/`, `html/` and
 * `truth.json`, as in the extraction benchmark) and prints body F1 /
 * precision / recall, titles, dates, authors and first captions right, and
 * the time per page; writes the table to bench/results.md.
 */
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { availableParallelism } from "node:os";
import { DEFAULT_ARTICLE_LIMITS } from "../src/config";
import { normaliseArticle } from "../src/article/normalise";
import { FolderParser } from "../src/node/parallel-parse";
import { readTruth, runVariant, VARIANTS, type VariantResult } from "./extract/corpus";
import { scrape } from "./generate";
import { machine, writeSection } from "./lib";

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
// Throughput on typical articles: 10,000 generated scrapes of about 4 KB each, loaded one after another.
const GENERATED = 10_000;
const encoder = new TextEncoder();
const generated = Array.from({ length: GENERATED }, (_, i) => encoder.encode(scrape(i)));
const generatedKb = generated.reduce((sum, bytes) => sum + bytes.length, 0) / GENERATED / 1024;
for (const bytes of generated.slice(0, 500)) normaliseArticle({ name: "warm.txt", bytes, mtimeMs: 0 });
const started = performance.now();
generated.forEach((bytes, i) => normaliseArticle({ name: `a${i}.txt`, bytes, mtimeMs: 0 }));
const generatedSeconds = (performance.now() - started) / 1000;
// The same files as the server loads a folder of new files: in worker threads, one per core.
const sources = generated.map((bytes, i) => ({ name: `a${i}.txt`, bytes, mtimeMs: 0 }));
const threadsStarted = performance.now();
await new FolderParser(DEFAULT_ARTICLE_LIMITS).parse(sources);
const threadsSeconds = (performance.now() - threadsStarted) / 1000;
const throughput = `${GENERATED.toLocaleString("en")} generated scrapes of ${generatedKb.toFixed(1)} KB on average loaded in ${threadsSeconds.toFixed(2)} s as the server loads them (${availableParallelism()} parse threads, their start-up included), ${generatedSeconds.toFixed(2)} s one after another on one thread (${((generatedSeconds * 1000) / GENERATED).toFixed(3)} ms each).`;
console.log(`\n${throughput}`);

if (write) {
  const corpus = dir.split("/").pop();
  writeSection(`extract-${corpus}`, `## Extraction quality: ${corpus}\n\n\`npm run bench:extract -- <dir>/${corpus}\`, ${new Date().toISOString().slice(0, 10)}, ${machine()}. Body measured as in the benchmark (4-token shingles; F1 of mean precision and mean recall); titles fold case, quotes, dashes and a trailing site name; dates within a day; authors by folded containment; a caption is found when it shares ≥ 60 % of its words both ways with the page's first caption; the lead image is right when its URL equals the page's og:image after normalising, or has the same path. Time is wall-clock per page after a warm-up pass, on a shared machine.\n\n${table}\n\n${throughput}`);
}
