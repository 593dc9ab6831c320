import { readFileSync, readdirSync } from "node:fs";
import { loadOne } from "../../src/load/load-articles";
const dir = `/work/shared/corpus/news-pages-dev/${process.argv[2] ?? "text"}`;
const files = readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`)] as const);
for (let r = 0; r < 5; r++) { const c = process.cpuUsage(); const t = performance.now(); for (const [f, b] of files) { try { loadOne({ name: f, bytes: b, mtimeMs: 0 }); } catch {} } const u = process.cpuUsage(c); console.log(((performance.now() - t) / files.length).toFixed(2), "ms/page wall", ((u.user + u.system) / 1000 / files.length).toFixed(2), "ms/page cpu"); }
