/**
 * `npm run bench:extract -- <corpus dir> [--worst N] [--no-write] [--only text|text-layout|html]`
 *
 * Runs the loader over a corpus folder (`text/`, `text-layout/`, `html/` and
 * `truth.json`, as in the extraction benchmark) and prints body F1 /
 * precision / recall, titles, dates, authors and first captions right, and
 * the time per page; writes the table to bench/results.md.
 */
import { resolve } from "node:path";
import { readTruth, runVariant, VARIANTS, type VariantResult } from "./extract/corpus";
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
