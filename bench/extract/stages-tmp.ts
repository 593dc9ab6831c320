import { readFileSync, readdirSync } from "node:fs";
import { cleanText } from "../../src/core/text";
import { classifyPage } from "../../src/normalise/scrape/classify";
import { cropToArticle } from "../../src/normalise/scrape/crop";
import { findBody, findHeadline } from "../../src/normalise/scrape/locate";
import { findPageDate } from "../../src/normalise/scrape/page-date";
import { parseScrape } from "../../src/normalise/scrape/parse-scrape";
import { toUnits } from "../../src/normalise/scrape/units";
const dir = `/work/shared/corpus/news-pages-dev/${process.argv[2] ?? "text"}`;
const texts = readdirSync(dir).map((f) => cleanText(readFileSync(`${dir}/${f}`, "utf8")));
const T: Record<string, number> = {};
const time = (k: string, f: () => unknown) => { const c = process.cpuUsage(); const r = f(); const u = process.cpuUsage(c); T[k] = (T[k] ?? 0) + u.user + u.system; return r; };
for (let r = 0; r < 4; r++) for (const t of texts) {
  const units = time("toUnits", () => toUnits(t)) as any;
  const page = time("classify", () => classifyPage(units)) as any;
  const body = time("findBody", () => findBody(page.units)) as any;
  if (body) time("findHeadline", () => findHeadline(page.units, body.start, page.stopwords));
  const crop = time("crop(all)", () => cropToArticle(units)) as any;
  time("pageDate", () => findPageDate(crop.dateLines, crop.language));
  time("parseScrape", () => { try { parseScrape(t); } catch {} });
}
for (const [k, v] of Object.entries(T)) console.log(k.padEnd(14), (v / 1000 / (4 * texts.length)).toFixed(3), "ms/page");
