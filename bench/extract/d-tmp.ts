import { readFileSync, readdirSync } from "node:fs";
import { cleanText } from "../../src/core/text";
import { parseScrape } from "../../src/normalise/scrape/parse-scrape";
const dir = "/work/shared/corpus/news-pages-dev/text";
const texts = readdirSync(dir).map((f) => cleanText(readFileSync(`${dir}/${f}`, "utf8")));
for (let r = 0; r < 10; r++) for (const t of texts) { try { parseScrape(t); } catch {} }
const t0 = performance.now(); for (let r = 0; r < 10; r++) for (const t of texts) { try { parseScrape(t); } catch {} }
console.log(((performance.now() - t0) / 880).toFixed(3), "ms/page");
