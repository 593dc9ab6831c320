/**
 * `npm run bench:restart`: Node restarts over unchanged articles (warm parse
 * cache and stat index) at 10,000 generated articles (BENCH_SIZES), the
 * compiled server timed from spawn until /feed.json answers, BENCH_RUNS times
 * (default 7). With BENCH_BASELINE=<another checkout, built>, that checkout's
 * server runs in turn with each run (its own cache), so both see the same
 * machine load; BENCH_BASELINE_LABEL names it in the table. Writes the table
 * to bench/results.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { generateFolder } from "./generate";
import { machine, median, writeSection } from "./lib";
import { timeNodeStart } from "./node-start";

const sizes = (process.env.BENCH_SIZES ?? "10000").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const baseline = process.env.BENCH_BASELINE;
const baselineLabel = process.env.BENCH_BASELINE_LABEL ?? `baseline (${baseline})`;
const servers: [label: string, checkout: string][] = [["this checkout", "."], ...(baseline ? [[baselineLabel, baseline] as [string, string]] : [])];

const root = mkdtempSync(join(tmpdir(), "bench-restart-"));
const rows: string[] = [];
try {
  for (const size of sizes) {
    const dir = join(root, `articles-${size}`);
    generateFolder(dir, size);
    const envOf = (k: number) => ({ ARTICLES_DIR: dir, ARTICLE_CACHE_DIR: join(root, `cache-${size}-${k}`), MAX_ARTICLES: String(Math.max(size, 10_000)), WATCH: "false" });
    // Files written just now are racy (stat-index.ts): a start reads them until they are 2 s older than its reading.
    await new Promise((r) => setTimeout(r, 2500));
    const first: number[] = [];
    for (let k = 0; k < servers.length; k++) first.push((await timeNodeStart(envOf(k), servers[k]![1])).readyMs);
    const times: number[][] = servers.map(() => []);
    const rss: number[][] = servers.map(() => []);
    for (let run = 0; run < runs; run++) {
      for (let k = 0; k < servers.length; k++) {
        const figures = await timeNodeStart(envOf(k), servers[k]![1]);
        times[k]!.push(figures.readyMs);
        rss[k]!.push(figures.rssMb);
      }
    }
    servers.forEach(([label], k) => {
      const sorted = [...times[k]!].sort((a, b) => a - b);
      rows.push(`| ${size.toLocaleString("en")} | ${label} | ${first[k]!.toLocaleString("en")} ms | **${median(sorted).toLocaleString("en")} ms** | ${sorted.join(", ")} | ${median(rss[k]!)} MB |`);
    });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

const table = ["| articles | server | first start | restart (median) | restarts (ms, sorted) | RSS |", "|---|---|---|---|---|---|", ...rows].join("\n");
console.log(table);
writeSection("restart", `## Node restart\n\n\`npm run bench:restart\`, ${new Date().toISOString().slice(0, 10)}, ${machine()}, load average ${loadavg()[0]!.toFixed(1)} when the run ended (the machine is shared). Compiled \`npm start\` from spawn until /feed.json answers, over unchanged generated articles (warm parse cache and stat index), ${runs} runs${baseline ? ", each server in turn" : ""}; RSS after serving the feeds, the landing page and 100 article pages.\n\n${table}`);
