/**
 * One measurement in a fresh process (so peak memory is this load alone):
 * load + normalise + render ARTICLES_DIR, then one edited article reflected.
 * Prints a JSON line.
 */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readNodeConfig, readSiteConfig } from "../src/config";
import { LiveSite } from "../src/node/live-site";
import { markdown } from "./generate";

const node = readNodeConfig({ ...process.env, WATCH: "false" });
const config = readSiteConfig(process.env);
const t0 = performance.now();
const live = await LiveSite.open(node, config, () => {});
const coldMs = performance.now() - t0;
const coldRss = process.memoryUsage().rss;
const feedBytes = live.site().resource("/feed.json")!.body!.length;

// Edit one article and time until the new site is swapped in: 3 edits to warm up
// (a long-running server has), then the median of 7.
// Timed until readers get the new site (onReload, called as it is swapped in); the ledger is written just after.
const edits: number[] = [];
let swappedAt = 0;
live.onReload = () => (swappedAt = performance.now());
for (let k = 0; k < 10; k++) {
  const name = "article-00007.md";
  appendFileSync(join(node.articlesDir, name), `\nEdit ${k}.\n`);
  const t1 = performance.now();
  await live.reload([name]);
  if (k >= 3) edits.push(swappedAt - t1);
}
const sorted = [...edits].sort((a, b) => a - b);
console.log(JSON.stringify({
  coldMs: Math.round(coldMs),
  coldRssMb: Math.round(coldRss / 1024 / 1024),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  editMs: Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10,
  articles: live.site().rendered.articles.length,
  feedBytes,
}));
void markdown;
