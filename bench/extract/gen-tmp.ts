import { loadOne } from "../../src/load/load-articles";
import { scrape } from "../generate";
const enc = new TextEncoder();
const g = Array.from({ length: 3000 }, (_, i) => enc.encode(scrape(i)));
for (const b of g.slice(0, 300)) loadOne({ name: "w.txt", bytes: b, mtimeMs: 0 });
const c = process.cpuUsage(); const t = performance.now();
g.forEach((b, i) => loadOne({ name: `a${i}.txt`, bytes: b, mtimeMs: 0 }));
const u = process.cpuUsage(c); console.log(((performance.now() - t) / 3000).toFixed(3), "ms wall", ((u.user + u.system) / 1000 / 3000).toFixed(3), "ms cpu");
