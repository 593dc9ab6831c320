import { readFileSync } from "node:fs";
import { cleanText } from "../../src/core/text";
import { cropToArticle } from "../../src/normalise/scrape/crop";
import { toUnits } from "../../src/normalise/scrape/units";
const c = cropToArticle(toUnits(cleanText(readFileSync(process.argv[2]!, "utf8"))));
for (const u of c.units.slice(0, 12)) console.log(u.gapBefore, u.text.slice(0, 100));
import { parseScrape } from "../../src/normalise/scrape/parse-scrape";
const p = parseScrape(cleanText(readFileSync(process.argv[2]!, "utf8")));
console.log("TITLE:", p.title);
