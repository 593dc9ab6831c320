/**
 * `npm run bench`: every benchmark, figures written to bench/results.md.
 * Loopback only; bounded in time. BENCH_SECONDS / BENCH_RUNS / BENCH_CONNECTIONS
 * tune the serving runs; BENCH_SIZES the scale runs (default 1000,10000,50000).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { generateFolder } from "./generate";
import { machine, median, writeSection } from "./lib";
import { measureScale } from "./scale";
import { dryRunBundle, workerdMemory } from "./workerd-memory";
import { benchServing, servingTable } from "./serve";
import { startWorkerDev } from "../tests/support/servers";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,50000").split(",").map(Number);
/** Which parts to run: BENCH_PARTS=serving,scale,worker (default all). */
const PARTS = new Set((process.env.BENCH_PARTS ?? "serving,scale,worker").split(","));
const work = mkdtempSync(join(tmpdir(), "bench-"));

try {
  // Serving, on a realistic folder of 100 articles (feeds carry the newest 50).
  if (PARTS.has("serving")) {
    const serveDir = join(work, "serve");
    generateFolder(serveDir, 100);
    const servingMd = servingTable(await benchServing(serveDir), 100);
    console.log(servingMd);
    writeSection("serving", servingMd);
  }

  // Scale: each size in fresh processes, so peak memory is that load alone.
  if (PARTS.has("scale")) {
    // The seed-only worker, for workerd's baseline.
    const seedSite = join(work, "seed-site");
    const seedBundle = dryRunBundle(seedSite, { ARTICLES_DIR: "articles", ARTICLE_CACHE_DIR: join(work, "seed-cache") });
    const seedWorkerdMb = await workerdMemory(seedBundle, seedSite).finally(() => rmSync(seedBundle, { recursive: true, force: true }));
    const rows: string[] = [];
    const notes: string[] = [];
    for (const size of SIZES) {
      const f = await measureScale(size, work);
      console.log(JSON.stringify(f));
      const n = (v?: number, unit = "") => (v === undefined ? "—" : `${v.toLocaleString("en")}${unit}`);
      rows.push(`| ${size.toLocaleString("en")} | ${n(f.scriptGzipKb, " KB")} | ${n(f.assets)} of ${f.assetLimit.toLocaleString("en")} | ${n(f.largestKb, " KB")} | ${n(f.workerdMb, " MB")} (+${n((f.workerdMb ?? 0) - seedWorkerdMb)}) | ${n(f.buildMs, " ms")} | ${n(f.rebuildMs, " ms")}, ${f.rebuildRendered ?? "—"} rendered | ${n(f.firstStartMs, " ms")} | ${n(f.restartMs, " ms")} | ${n(f.nodeRssMb, " MB")} | ${n(f.editMs, " ms")} |`);
      if (f.refused) notes.push(`At ${size.toLocaleString("en")} articles the build with the default ASSET_LIMIT (free plan) refuses: “${f.refused}” The row above is the paid plan's ASSET_LIMIT=100000; its build figure is that second build, whose articles the refused first attempt had already parsed into the cache.`);
    }
    const scaleMd = [
      `## Scale`,
      ``,
      `${machine()}, load average ${loadavg()[0]!.toFixed(1)} when the run ended (the machine is shared: timings vary with other work). Generated folders (\`bench/generate.ts\`: 70 % scrapes, 30 % Markdown, about 3.8 KB each of seeded-random text from a word list with function words at English rates, no two paragraphs alike). Seed-only worker in workerd: ${seedWorkerdMb} MB.`,
      ``,
      `- **worker script**: \`wrangler deploy --dry-run\` index.js, gzip -9 (the articles are static assets, not code).`,
      `- **assets**: files the build wrote (documents, public/, manifest, 404 page) against ASSET_LIMIT; largest asset.`,
      `- **workerd**: resident memory of workerd running the dry-run bundle with the built assets (Miniflare, one process: our worker, the asset router and the asset worker) after serving the three feeds, the landing page, the archive chain and 200 article page requests, and its excess over the seed-only worker serving the same number of requests.`,
      `- **build**: \`npm run build:site\` from scratch (parsing every article, empty cache); **rebuild**: after one article edit (cache warm), with how many documents were rendered again.`,
      `- **Node first start**: compiled \`npm start\` from spawn until /feed.json answers, empty article cache; **restart**: the same over unchanged articles (cache warm); **RSS**: after the restart and serving the feeds, the landing page and 100 article pages.`,
      `- **edit**: one Markdown article changed until the new site is swapped in, in process (median of 7 after 3 to warm up).`,
      ``,
      `| articles | worker script (gzip) | assets | largest asset | workerd (over seed) | build | rebuild after one edit | Node first start | Node restart | Node RSS | one edit on Node |`,
      `|---|---|---|---|---|---|---|---|---|---|---|`,
      ...rows,
      ...(notes.length ? [``, ...notes] : []),
    ].join("\n");
    console.log(scaleMd);
    writeSection("scale", scaleMd);
  }
  if (!PARTS.has("worker")) process.exit(0);

  // Worker: a workerd request benchmark on the seed.
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
    `| workerd (\`wrangler dev\`, local) GET /feed.json, 200 | ${Math.round(median(rates["200"]!)).toLocaleString("en")} req/s |`,
    `| workerd GET /feed.json, 304 | ${Math.round(median(rates["304"]!)).toLocaleString("en")} req/s |`,
    ``,
    `The workerd figures go through wrangler's local proxy and are a floor for the runtime, not a prediction of production (median of 3 runs × 5 s, 20 connections). A 200 reads the body from the ASSETS binding; a 304 answers from the manifest alone.`,
  ].join("\n");
  console.log(workerMd);
  writeSection("worker", workerMd);
} finally {
  rmSync(work, { recursive: true, force: true });
}
