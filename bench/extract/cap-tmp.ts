import { readFileSync } from "node:fs";
import { cleanText } from "../../src/core/text";
import { classifyPage } from "../../src/normalise/scrape/classify";
import { findBody, findHeadline } from "../../src/normalise/scrape/locate";
import { toUnits } from "../../src/normalise/scrape/units";
import { tokens } from "./score";
const dir = "/work/shared/corpus/news-pages-dev";
const truth = JSON.parse(readFileSync(`${dir}/truth.json`, "utf8"));
for (const [id, t] of Object.entries<any>(truth)) {
  if (!t.captions?.length) continue;
  const { units } = classifyPage(toUnits(cleanText(readFileSync(`${dir}/text/${id}.txt`, "utf8"))));
  const body = findBody(units)!; const h = findHeadline(units, body.start);
  const want = new Set(tokens(t.captions[0]));
  let best = -1, bestS = 0;
  units.forEach((u, i) => { const got = new Set(tokens(u.text)); let s = 0; for (const w of got) if (want.has(w)) s++; const sc = s / Math.max(want.size, got.size); if (sc > bestS) { bestS = sc; best = i; } });
  console.log(`${id} h=${h} body=${body.start}..${body.end} cap@${best} (${bestS.toFixed(2)}) ${units[best]?.kind}: ${units[best]?.text.slice(0, 150)}`);
  if (best >= 0) console.log(`      prev: ${units[best - 1]?.text.slice(0, 80)} | next: ${units[best + 1]?.text.slice(0, 80)}`);
}
