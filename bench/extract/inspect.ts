/**
 * `npx tsx bench/extract/inspect.ts <page.txt> [from] [to]`: how the scrape
 * extractor sees one page: each unit's class and weight, the body span and
 * the headline it chose. A tool for tuning the stages, not part of the product.
 */
import { readFileSync } from "node:fs";
import { cleanText } from "../../src/core/text";
import { classifyPage } from "../../src/extract/scrape/internal/classify";
import { findBody } from "../../src/extract/scrape/internal/body-search";
import { findHeadline, headlineTrace } from "../../src/extract/scrape/internal/headline-search";
import { toUnits } from "../../src/extract/scrape/internal/units";

const [path, from = "0", to = "100000"] = process.argv.slice(2);
if (process.env.DEBUG_HEADLINES === "1") headlineTrace.log = (line) => console.log(line);
const { units, language, stopwords } = classifyPage(toUnits(cleanText(readFileSync(path!, "utf8"))));
const body = findBody(units);
const headline = body ? findHeadline(units, body.start, stopwords, body.end) : null;
console.log(`body ${body?.start}..${body?.end}, headline ${headline}, language ${language}`);
units.forEach((u, i) => {
  if (i < Number(from) || i > Number(to)) return;
  const mark = body && i >= body.start && i <= body.end ? "█" : i === headline ? "H" : " ";
  console.log(`${String(i).padStart(4)} ${mark} ${u.kind.padEnd(6)} ${u.weight.toFixed(1).padStart(6)} g${u.gapBefore} i${u.indent} ${u.text.slice(0, 110)}`);
});
