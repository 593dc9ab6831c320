/**
 * Which language detector the loader uses: eld, tinyld and franc measured on
 * the repo's fixtures and on the development corpus (its pages' own
 * `<html lang>`), for accuracy, speed and size. Not part of `npm run bench`:
 * the candidates that lost are not dependencies, so install them first:
 *
 *   npm i --no-save eld@2.1.0 tinyld@1.3.4 franc@6.2.0 franc-min@6.2.0
 *   npx tsx bench/language-compare.ts [corpus folder]
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseSource } from "../src/article/article-store";
import { languageSample } from "../src/article/language";

type Detect = (text: string) => string;

const FRANC_TO_ISO1: Record<string, string> = {
  eng: "en", fra: "fr", arb: "ar", jpn: "ja", spa: "es", deu: "de", por: "pt", ita: "it", rus: "ru", kor: "ko",
  ind: "id", cmn: "zh", nld: "nl", pol: "pl", tur: "tr", ukr: "uk", sco: "en", zlm: "ms", hin: "hi",
};

async function detectors(): Promise<Record<string, { detect: Detect; entry: string }>> {
  const { eld } = await import("eld/medium" as string);
  const { eld: eldSmall } = await import("eld/small" as string);
  const { eld: eldExtraSmall } = await import("eld/extrasmall" as string);
  const tinyld = await import("tinyld" as string);
  const tinyldLight = await import("tinyld/light" as string);
  const { franc } = await import("franc" as string);
  const { franc: francMin } = await import("franc-min" as string);
  const fromFranc = (f: (t: string) => string): Detect => (t) => FRANC_TO_ISO1[f(t)] ?? f(t);
  return {
    "eld (medium)": { detect: (t) => eld.detect(t).language, entry: "export { eld } from 'eld/medium';" },
    "eld (small)": { detect: (t) => eldSmall.detect(t).language, entry: "export { eld } from 'eld/small';" },
    "eld (extrasmall)": { detect: (t) => eldExtraSmall.detect(t).language, entry: "export { eld } from 'eld/extrasmall';" },
    "tinyld (normal)": { detect: (t) => tinyld.detect(t), entry: "export { detect } from 'tinyld';" },
    "tinyld (light)": { detect: (t) => tinyldLight.detect(t), entry: "export { detect } from 'tinyld/light';" },
    "franc (187 langs)": { detect: fromFranc(franc), entry: "export { franc } from 'franc';" },
    "franc-min (82 langs)": { detect: fromFranc(francMin), entry: "export { franc } from 'franc-min';" },
  };
}

interface Sample {
  name: string;
  expected: string;
  text: string;
}

const FIXTURE_LANGUAGES: Record<string, string> = {
  "french-quotes-captions": "fr", "arabic-rtl": "ar", japanese: "ja", "page-french-blog": "fr", "page-german-comments": "de", "page-spanish-layout": "es",
};

function fixtureSamples(): Sample[] {
  const out: Sample[] = [];
  for (const dir of ["tests/fixtures/scrapes", "tests/fixtures/markdown", "tests/fixtures/site"]) {
    for (const name of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) {
      const parsed = parseSource({ name, bytes: readFileSync(join(dir, name)), mtimeMs: 0 });
      if (!parsed.article) continue;
      const base = name.replace(/\.[^.]+$/, "");
      out.push({ name: `${dir}/${name}`, expected: FIXTURE_LANGUAGES[base] ?? "en", text: languageSample(parsed.article, SAMPLE_CHARS) });
    }
  }
  return out;
}

/** Pages whose `<html lang>` is wrong, read by hand. */
const HAND_CHECKED: Record<string, string> = { "57b4dafd18cfd053": "de" };
const SAMPLE_CHARS = Number(process.env.SAMPLE_CHARS ?? 2000);

function corpusSamples(corpus: string): Sample[] {
  const out: Sample[] = [];
  for (const name of readdirSync(join(corpus, "text"))) {
    const id = name.replace(/\.txt$/, "");
    const html = readFileSync(join(corpus, "html", `${id}.html`), "utf8");
    const lang = HAND_CHECKED[id] ?? /<html[^>]*\slang="([a-zA-Z]{2,3})/i.exec(html)?.[1]?.toLowerCase();
    if (!lang) continue;
    const parsed = parseSource({ name, bytes: readFileSync(join(corpus, "text", name)), mtimeMs: 0 });
    if (!parsed.article) continue;
    out.push({ name: id, expected: lang, text: languageSample(parsed.article, SAMPLE_CHARS) });
  }
  return out;
}

function bundleBytes(entry: string): { min: number; gzip: number } {
  const out = execFileSync("npx", ["esbuild", "--bundle", "--minify", "--format=esm", "--platform=browser", "--log-level=error"], { input: entry, maxBuffer: 1 << 28 });
  return { min: out.length, gzip: gzipSync(out, { level: 9 }).length };
}

/** Import time and the memory the loaded detector keeps (RSS after a detection and two GCs), in a fresh process. */
function importCost(specifier: string): { ms: number; rssMb: number } {
  const script = `const r=process.memoryUsage().rss;const t=performance.now();const m=await import(${JSON.stringify(specifier)});const ms=performance.now()-t;
const f=m.eld?(s)=>m.eld.detect(s):m.detect??m.franc;f("a sentence to load what the detector loads lazily");gc();gc();
console.log(JSON.stringify({ms,rssMb:(process.memoryUsage().rss-r)/1048576}))`;
  return JSON.parse(execFileSync("node", ["--expose-gc", "--input-type=module", "-e", script]).toString());
}

async function main(): Promise<void> {
  const corpus = process.argv[2] ?? "/work/shared/corpus/news-pages-dev";
  const sets: [string, Sample[]][] = [["fixtures", fixtureSamples()]];
  if (existsSync(corpus) && statSync(corpus).isDirectory()) sets.push(["corpus", corpusSamples(corpus)]);
  const all = sets.flatMap(([, s]) => s);
  console.log(`samples: ${sets.map(([n, s]) => `${n} ${s.length}`).join(", ")}`);
  const rows: string[] = [];
  for (const [label, { detect, entry }] of Object.entries(await detectors())) {
    const scores = sets.map(([, samples]) => {
      const wrong = samples.filter((s) => detect(s.text) !== s.expected);
      return { right: samples.length - wrong.length, total: samples.length, wrong: wrong.map((s) => `${s.name}:${s.expected}→${detect(s.text) || "?"}`) };
    });
    for (let i = 0; i < 2; i++) for (const s of all) detect(s.text); // warm-up
    const runs = 5;
    const start = performance.now();
    for (let i = 0; i < runs; i++) for (const s of all) detect(s.text);
    const perText = (performance.now() - start) / (runs * all.length);
    const size = bundleBytes(entry);
    const specifier = /from '([^']+)'/.exec(entry)![1]!;
    const cost = importCost(specifier);
    rows.push(`| ${label} | ${scores.map((s) => `${s.right}/${s.total}`).join(" | ")} | ${perText.toFixed(3)} | ${cost.ms.toFixed(0)} | ${cost.rssMb.toFixed(0)} | ${(size.min / 1024).toFixed(0)} | ${(size.gzip / 1024).toFixed(0)} |`);
    for (const s of scores) if (s.wrong.length) console.log(`${label} wrong: ${s.wrong.join(", ")}`);
  }
  console.log(`\n| detector | ${sets.map(([n]) => `${n} right`).join(" | ")} | ms per article | import ms | RSS MB | min KB | gzip KB |`);
  console.log(`|---|${sets.map(() => "---:|").join("")}---:|---:|---:|---:|---:|`);
  for (const row of rows) console.log(row);
}

await main();
