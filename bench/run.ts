/**
 * `npm run bench`: every benchmark, figures written to bench/results.md.
 * Loopback only; bounded in time. BENCH_SECONDS / BENCH_RUNS / BENCH_CONNECTIONS
 * tune the serving runs; BENCH_SIZES the scale runs (default 100,1000,10000).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { generateFolder } from "./generate";
import { machine, median, writeSection } from "./lib";
import { benchServing, servingTable } from "./serve";
import { startWorkerDev } from "../tests/support/servers";

const SIZES = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
/** Which parts to run: BENCH_PARTS=serving,scale,worker (default all). */
const PARTS = new Set((process.env.BENCH_PARTS ?? "serving,scale,worker").split(","));
const work = mkdtempSync(join(tmpdir(), "bench-"));
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", CI: "true" };

try {
  // Serving, on a realistic folder of 100 articles (feeds carry the newest 50).
  if (PARTS.has("serving")) {
    const serveDir = join(work, "serve");
    generateFolder(serveDir, 100);
    const servingMd = servingTable(await benchServing(serveDir), 100);
    console.log(servingMd);
    writeSection("serving", servingMd);
  }

  // Scale: each size in a fresh process, so peak memory is that load alone.
  const rows: string[] = [];
  for (const size of PARTS.has("scale") ? SIZES : []) {
    const dir = join(work, `scale-${size}`);
    generateFolder(dir, size);
    const out = execFileSync(process.execPath, ["--import", "tsx", "bench/scale-probe.ts"], { env: { ...env, ARTICLES_DIR: dir }, encoding: "utf8" });
    const r = JSON.parse(out.trim().split("\n").pop()!);
    rows.push(`| ${size.toLocaleString("en")} | ${r.coldMs.toLocaleString("en")} ms | ${r.coldRssMb} MB | ${r.peakRssMb} MB | ${r.editMs} ms | ${Math.round(r.feedBytes / 1024)} KB |`);
    console.log(rows[rows.length - 1]);
  }
  const scaleMd = [
    `## Scale`,
    ``,
    `${machine()}. Generated folders (70 % scrapes, 30 % Markdown, about 4 KB each). Cold start = read + normalise + render everything served up front (feeds, landing page), in a fresh process; article pages render on first request. Edit = one Markdown file changed, until the new site is swapped in (median of 7, after 3 to warm up).`,
    ``,
    `| articles | cold start | RSS after start | peak RSS | one edit reflected | /feed.json size |`,
    `|---|---|---|---|---|---|`,
    ...rows,
  ].join("\n");
  if (PARTS.has("scale")) writeSection("scale", scaleMd);
  if (!PARTS.has("worker")) process.exit(0);

  // Worker: bundle size and a workerd request benchmark.
  const out = (dir: string, articles?: string) => {
    execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", dir], { env: { ...env, ...(articles ? { ARTICLES_DIR: articles } : {}) }, stdio: "ignore" });
    return gzipSync(readFileSync(join(dir, "index.js")), { level: 9 }).length;
  };
  const empty = join(work, "empty");
  generateFolder(empty, 0);
  const codeOnly = out(join(work, "bundle-code"), empty);
  const withSeed = out(join(work, "bundle-seed"));
  execFileSync(process.execPath, ["--import", "tsx", "src/node/build-articles.ts"], { env, stdio: "ignore" }); // restore the bundle of articles/
  const worker = await startWorkerDev();
  const rates: Record<string, number[]> = { "200": [], "304": [] };
  try {
    const tag = (await fetch(`${worker.url}/feed.json`)).headers.get("etag") ?? "";
    for (let run = 0; run < 3; run++) {
      for (const [status, headers] of [["200", {}], ["304", { "if-none-match": tag }]] as const) {
        const r = await autocannon({ url: `${worker.url}/feed.json`, connections: 20, duration: 5, headers });
        rates[status]!.push(r.requests.average);
      }
    }
  } finally {
    await worker.stop();
  }
  const workerMd = [
    `## Worker`,
    ``,
    `| figure | value |`,
    `|---|---|`,
    `| bundle, code alone (minified, gzip -9) | ${(codeOnly / 1024).toFixed(1)} KB |`,
    `| bundle with the seed article | ${(withSeed / 1024).toFixed(1)} KB |`,
    `| workerd (\`wrangler dev\`, local) GET /feed.json, 200 | ${Math.round(median(rates["200"]!)).toLocaleString("en")} req/s |`,
    `| workerd GET /feed.json, 304 | ${Math.round(median(rates["304"]!)).toLocaleString("en")} req/s |`,
    ``,
    `The workerd figures go through wrangler's local proxy and are a floor for the runtime, not a prediction of production (median of 3 runs × 5 s, 20 connections).`,
  ].join("\n");
  console.log(workerMd);
  writeSection("worker", workerMd);
} finally {
  rmSync(work, { recursive: true, force: true });
}
