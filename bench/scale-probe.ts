/**
 * One edited article reflected, in a fresh process: opens ARTICLES_DIR as the
 * server does, then times edits to one Markdown article until the new site is
 * swapped in. Prints a JSON line with `editMs` (bench/scale.ts reads it).
 */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readNodeConfig, readSiteConfig } from "../src/config";
import { LiveSite } from "../src/node/live-site";
import { articleName } from "./generate";

const node = readNodeConfig({ ...process.env, WATCH: "false" });
const live = await LiveSite.open(node, readSiteConfig(process.env), () => {});

// 3 edits to warm up (a long-running server has), then the median of 7, each timed until readers
// get the new site (onReload, called as it is swapped in); the ledger is written just after.
const edits: number[] = [];
let swappedAt = 0;
live.onReload = () => (swappedAt = performance.now());
const name = articleName(7); // a Markdown article in generated folders
for (let k = 0; k < 10; k++) {
  appendFileSync(join(node.articlesDir, name), `\nEdit ${k}.\n`);
  const t1 = performance.now();
  await live.reload([name]);
  if (k >= 3) edits.push(swappedAt - t1);
}
const sorted = [...edits].sort((a, b) => a - b);
console.log(JSON.stringify({ editMs: Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10 }));
