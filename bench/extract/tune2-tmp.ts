import { CLASSIFIER } from "../../src/normalise/scrape/classify";
import { runVariant, readTruth } from "./corpus";
const dir = "/work/shared/corpus/news-pages-dev";
const truth = readTruth(dir);
const grid: Record<string, number[]> = JSON.parse(process.argv[2]!);
const keys = Object.keys(grid);
function* combos(i: number, acc: Record<string, number>): Generator<Record<string, number>> {
  if (i === keys.length) { yield { ...acc }; return; }
  for (const v of grid[keys[i]!]!) { acc[keys[i]!] = v; yield* combos(i + 1, acc); }
}
const res: [string, number, number, number, number][] = [];
for (const c of combos(0, {})) {
  Object.assign(CLASSIFIER, c);
  const a = runVariant(dir, "text", "txt", truth, 0)!; const b = runVariant(dir, "text-layout", "txt", truth, 0)!;
  res.push([JSON.stringify(c), a.f1, b.f1, a.titles, b.titles]);
}
res.sort((x, y) => y[1] + y[2] - x[1] - x[2]);
for (const r of res.slice(0, 10)) console.log(r[1].toFixed(3), r[2].toFixed(3), r[3], r[4], r[0]);
