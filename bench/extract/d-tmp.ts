import { readFileSync } from "node:fs";
import { cleanText } from "../../src/core/text";
import { cropToArticle } from "../../src/normalise/scrape/crop";
import { toUnits } from "../../src/normalise/scrape/units";
const c = cropToArticle(toUnits(cleanText(readFileSync(process.argv[2]!, "utf8"))));
console.log(c.language, c.dateLines);
