import { readFileSync, readdirSync } from "node:fs";
import { loadOne } from "/work/main/src/load/load-articles";
import { bodyCounts, bodyText } from "/work/main/bench/extract/score";
const dir = "/work/shared/corpus/news-pages-dev";
const variant = process.argv[2] ?? "text";
const truth = JSON.parse(readFileSync(`${dir}/truth.json`, "utf8"));
const rows: [string, number, number][] = [];
for (const f of readdirSync(`${dir}/${variant}`).sort()) {
  const id = f.replace(/\.\w+$/, "");
  let a: any;
  try { a = loadOne({ name: f, bytes: readFileSync(`${dir}/${variant}/${f}`), mtimeMs: 0 }); } catch { continue; }
  const c = bodyCounts(truth[id].body, bodyText(a.blocks));
  rows.push([id, c.tp / Math.max(1, c.tp + c.fp), c.tp / Math.max(1, c.tp + c.fn)]);
}
rows.sort((a, b) => a[1] - b[1]);
console.log("lowest precision"); for (const r of rows.slice(0, 14)) console.log(r[0], r[1].toFixed(2), r[2].toFixed(2));
rows.sort((a, b) => a[2] - b[2]);
console.log("lowest recall"); for (const r of rows.slice(0, 14)) console.log(r[0], r[1].toFixed(2), r[2].toFixed(2));
