import { readFileSync, readdirSync } from "node:fs";
import { loadOne } from "../../src/load/load-articles";
import { titleRight, dateRight } from "./score";
const dir = "/work/shared/corpus/news-pages-dev";
const variant = process.argv[2] ?? "text";
const what = process.argv[3] ?? "title";
const truth = JSON.parse(readFileSync(`${dir}/truth.json`, "utf8"));
for (const f of readdirSync(`${dir}/${variant}`).sort()) {
  const id = f.replace(/\.\w+$/, "");
  let a: any;
  try { a = loadOne({ name: f, bytes: readFileSync(`${dir}/${variant}/${f}`), mtimeMs: 0 }); } catch (e) { console.log(id, "REJECTED", String(e)); continue; }
  const t = truth[id];
  if (what === "title" && !titleRight(a.title, t.title)) console.log(id, "\n   got:", a.title, "\n  want:", t.title);
  if (what === "date" && t.published && !dateRight(a, t.published)) console.log(id, a.dateSource, a.published.toISOString(), "want", t.published);
  if (what === "caption" && t.captions?.length) console.log(id, "\n   got:", JSON.stringify(a.captions).slice(0,300), "\n  want:", t.captions[0].slice(0,200));
  if (what === "author" && t.author) console.log(id, "got:", a.author, "| want:", t.author);
}
