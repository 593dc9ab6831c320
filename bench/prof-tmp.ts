import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadOne } from "../src/load/load-articles";
const dir = "/tmp/scale/1000";
const files = readdirSync(dir).map((name) => ({ name, bytes: readFileSync(`${dir}/${name}`), mtimeMs: 0 }));
for (const kind of [".txt", ".md"]) {
  const subset = files.filter((f) => f.name.endsWith(kind));
  const t = performance.now();
  for (let k = 0; k < 3; k++) for (const f of subset) loadOne(f);
  console.log(kind, ((performance.now() - t) / (3 * subset.length)).toFixed(3), "ms/article");
}
