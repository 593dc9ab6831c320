import { readFileSync, readdirSync } from "node:fs";
import { cleanText } from "../../src/core/text";
import { isBoilerplate, parseMetaLine } from "../../src/normalise/scrape/rules";
import { isSignUpLine, pageLanguage, RELATIVE_TIME, UNSPACED_SCRIPT, wordsOf } from "../../src/normalise/scrape/vocabulary";
import { toUnits } from "../../src/normalise/scrape/units";
const dir = `/work/shared/corpus/news-pages-dev/${process.argv[2] ?? "text"}`;
const pages = readdirSync(dir).map((f) => toUnits(cleanText(readFileSync(`${dir}/${f}`, "utf8"))));
const T: Record<string, number> = {};
const time = (k: string, f: () => unknown) => { const c = process.cpuUsage(); const r = f(); const u = process.cpuUsage(c); T[k] = (T[k] ?? 0) + u.user + u.system; return r; };
for (let r = 0; r < 3; r++) for (const units of pages) {
  time("meta", () => units.map((u) => u.text.length < 200 && parseMetaLine(u.text)));
  time("boiler", () => units.map((u) => isBoilerplate(u.text)));
  time("signup", () => units.map((u) => isSignUpLine(u.text)));
  time("reltime", () => units.map((u) => RELATIVE_TIME.test(u.text)));
  time("unspaced", () => units.map((u) => UNSPACED_SCRIPT.test(u.text)));
  const words = time("words", () => units.map((u) => wordsOf(u.text))) as string[][];
  time("lang", () => pageLanguage(words.filter((w) => w.length >= 8).flat()));
}
for (const [k, v] of Object.entries(T)) console.log(k.padEnd(14), (v / 1000 / (3 * pages.length)).toFixed(3), "ms/page");
