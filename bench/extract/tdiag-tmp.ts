import { readFileSync } from "node:fs";
import { cleanText } from "../../src/core/text";
import { classifyPage } from "../../src/normalise/scrape/classify";
import { findBody, findHeadline, isHeadlineCandidate } from "../../src/normalise/scrape/locate";
import { toUnits } from "../../src/normalise/scrape/units";
import { foldTitle } from "./score";
const dir = "/work/shared/corpus/news-pages-dev";
const variant = process.argv[2] ?? "text-layout";
const truth = JSON.parse(readFileSync(`${dir}/truth.json`, "utf8"));
for (const [id, t] of Object.entries<any>(truth)) {
  const { units, stopwords } = classifyPage(toUnits(cleanText(readFileSync(`${dir}/${variant}/${id}.txt`, "utf8"))));
  const body = findBody(units)!; const h = findHeadline(units, body.start, stopwords);
  const want = foldTitle(t.title ?? "");
  const at = units.map((u, i) => [i, u] as const).filter(([, u]) => { const f = foldTitle(u.text.replace(/^[-*•]\s+/, "")); return f.length > 10 && (want.startsWith(f) || f === want); }).map(([i, u]) => `${i}:${u.kind}${u.repeats > 1 ? "R" : ""}${isHeadlineCandidate(u) ? "C" : ""}`);
  const hi = h === null ? -1 : h;
  const ok = at.some((a) => a.startsWith(`${hi}:`));
  if (!ok) console.log(`${id} body=${body.start} h=${h} title@[${at.join(" ")}]  ${units[hi]?.text.slice(0, 60)}`);
}
