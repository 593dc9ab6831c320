/**
 * `npm run bench:html-start -- [corpus dir] [--pages N]`
 *
 * First start with N HTML pages (default 1,000: copies of the corpus's HTML
 * pages under different names, in a temp dir) against the same N text
 * scrapes of the same pages: `npm start`'s own entry, timed from spawn to
 * "Serving on", and its peak memory. Default corpus: the vendored pages in
 * tests/fixtures/corpus. Writes the table to bench/results.md.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { machine, startScript, writeSection } from "./lib";

function parseArgs(argv: string[]) {
  let dir = "tests/fixtures/corpus";
  let pages = 1000;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--pages") pages = Number(argv[++i]);
    else dir = argv[i]!;
  }
  return { dir: resolve(dir), pages };
}

/** N copies of the folder's `.ext` files, round-robin, each under its own name. */
function copies(from: string, ext: string, count: number, into: string): void {
  const files = readdirSync(from).filter((f) => f.endsWith(`.${ext}`)).sort();
  mkdirSync(into, { recursive: true });
  for (let i = 0; i < count; i++) {
    const name = files[i % files.length]!;
    copyFileSync(join(from, name), join(into, `page-${String(i).padStart(5, "0")}-${name}`));
  }
}

async function firstStart(articlesDir: string): Promise<{ ms: number; peakMb: number }> {
  const started = performance.now();
  // HTML pages take about a minute per thousand on one core: a generous start-up limit.
  // A fresh article cache: a first start parses every page.
  const cache = mkdtempSync(join(tmpdir(), "html-start-cache-"));
  const server = await startScript("src/node/commands/main.ts", { ARTICLES_DIR: articlesDir, ARTICLE_CACHE_DIR: cache, WATCH: "false" }, /Serving on/, 600_000);
  const ms = performance.now() - started;
  const status = await import("node:fs").then((fs) => fs.readFileSync(`/proc/${server.pid}/status`, "utf8"));
  const peakMb = Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  await server.stop();
  rmSync(cache, { recursive: true, force: true });
  return { ms, peakMb };
}

const { dir, pages } = parseArgs(process.argv.slice(2));
const temp = mkdtempSync(join(tmpdir(), "html-start-"));
try {
  const rows: string[] = [];
  for (const { folder, ext } of [{ folder: "text", ext: "txt" }, { folder: "html", ext: "html" }]) {
    const into = join(temp, folder);
    copies(join(dir, folder), ext, pages, into);
    const { ms, peakMb } = await firstStart(into);
    rows.push(`| ${pages} × .${ext} (${folder}/) | ${(ms / 1000).toFixed(1)} s | ${(ms / pages).toFixed(1)} ms | ${peakMb} MB |`);
    console.log(rows[rows.length - 1]);
  }
  const table = ["| articles | first start (spawn → serving) | per article | peak memory |", "| --- | --- | --- | --- |", ...rows].join("\n");
  writeSection("html-start", `## First start with HTML pages\n\n\`npm run bench:html-start\`, ${new Date().toISOString().slice(0, 10)}, ${machine()}. Copies of the ${dir.split("/").pop()} pages under different names, one process, no parse cache (\`npm start\`'s entry, WATCH=false; the time includes starting Node and tsx, about 1 s).\n\n${table}`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
