import { performance } from "node:perf_hooks";
import { appendFileSync } from "node:fs";
import { readNodeConfig, readSiteConfig } from "../src/config";
import { LiveSite } from "../src/node/live-site";
const node = readNodeConfig({ ARTICLES_DIR: "/tmp/scale/10000", WATCH: "false" });
const t0 = performance.now();
const live = await LiveSite.open(node, readSiteConfig({}), () => {});
console.log("cold", Math.round(performance.now() - t0));
for (let k = 0; k < 20; k++) { appendFileSync("/tmp/scale/10000/article-00007.md", `\nEdit ${k}.\n`); const t = performance.now(); await live.reload(["article-00007.md"]); if (k > 15) console.log("edit", (performance.now() - t).toFixed(1)); }
