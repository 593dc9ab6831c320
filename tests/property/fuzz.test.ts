/**
 * Property-based tests (fast-check): generated articles of every kind, from
 * plausible scrapes to random bytes, never make the loader throw unexpectedly,
 * and every feed rendered from them parses strictly and validates.
 *
 * CI runs 10,000+ generated articles in a few seconds with a fixed seed.
 * Long run: FUZZ_RUNS=200000 FUZZ_SEED=random npm test -- tests/property
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleRejected, type ArticleSource } from "../../src/core/article";
import { loadArticles } from "../../src/article/article-store";
import { normaliseArticle } from "../../src/article/normalise";
import { readSiteConfig } from "../../src/config";
import { renderSite } from "../../src/render/site";
import { validateJsonFeed } from "../support/json-feed-schema";
import { validateAtom } from "../support/validate-atom";
import { parseStrictXml } from "../support/xml";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = process.env.FUZZ_SEED === "random" ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261125);
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Pieces real scrapes are made of, plus hostile ones.
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 120 }) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) }, // any code point, lone surrogates included
  { weight: 1, arbitrary: fc.constantFrom(
    ":: ", "By Jane Doe", "Published: September 29, 2017 10:42 AM GMT", "Updated 2017-09-29 14:05 UTC",
    "BEIRUT (Reuters) - ", "REUTERS/Omar Sanadiki", "(Photo: AP)", "Related:", "Read more:", "Supply lines",
    "| About Us | Privacy Policy | Terms of Use |", "Powered by : © 2014 Example", "Share | Tweet | Email",
    "We use cookies. By continuing you accept our use of cookies.", "Title - https://example.com/a?b=1&c=2",
    "[Link](javascript:alert(1))", "<script>alert(1)</script>", "<b>bold</b>", "]]>", "]]]]>", "&amp;", "&", "<", "\u0000",
    "\u0001\u0008\u000B\u000C\u001F", "\uFEFF", "\r\n", "\r", "\uFFFE\uFFFF", "\uD800", "\uDC00", "🎉 👩‍💻", "مرحبا بالعالم", "最初の文です。",
    "“Quoted,” he said.", "“A whole quote.”", "---", "title: x", "# Heading", "\t \t", "0", "Tags: a, b", "\u2028\u2029",
  ) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => "x".repeat(n)) }, // huge lines
  // Long lines of one construct repeated: what makes a backtracking rule quadratic.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("(photo ", "[image ", "By ", "| ", "Published: ", "“", "http://", "1, 2024 ", ":: ", "REUTERS/"), fc.integer({ min: 500, max: 1500 })).map(([token, n]) => token.repeat(n)) },
);
const lines = fc.array(fc.tuple(piece, fc.nat({ max: 3 })), { maxLength: 25 })
  .map((parts) => parts.map(([text, blanks]) => text + "\n".repeat(blanks)).join("\n"));
const frontMatter = fc.record({
  title: fc.oneof(fc.string({ maxLength: 40 }), fc.constant(""), fc.constant("]]> & <x>")),
  date: fc.oneof(fc.constant("2024-03-12T09:30:00Z"), fc.string({ maxLength: 20 }), fc.constant("99999-01-01")),
  extra: fc.constantFrom("", "tags: [a, '<b>', 3]\n", "related:\n  - x - https://e.example\n  - {title: y}\n", "url: javascript:alert(1)\n", "image: data:x\n", "summary: |\n  multi\n  line\n", "author: [a, b]\n", ": bad: yaml: [\n"),
}).map(({ title, date, extra }) => `---\ntitle: ${JSON.stringify(title)}\ndate: ${JSON.stringify(date)}\n${extra}---\n`);

const encoder = new TextEncoder();
const article: fc.Arbitrary<ArticleSource> = fc.oneof(
  { weight: 5, arbitrary: lines.map((text) => ({ name: "scrape.txt", bytes: encoder.encode(text), mtimeMs: 1_700_000_000_000 })) },
  { weight: 3, arbitrary: fc.tuple(frontMatter, lines).map(([fm, body]) => ({ name: "post.md", bytes: encoder.encode(fm + body), mtimeMs: 1_700_000_000_000 })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((bytes) => ({ name: "bytes.txt", bytes, mtimeMs: 1_700_000_000_000 })) },
  { weight: 1, arbitrary: fc.tuple(lines, fc.uint8Array({ maxLength: 8 })).map(([text, junk]) => {
    // Mixed encodings: valid UTF-8 with Latin-1 or random bytes spliced in.
    const utf8 = encoder.encode(text);
    const at = Math.floor(utf8.length / 2);
    return { name: "mixed.txt", bytes: new Uint8Array([...utf8.subarray(0, at), ...junk, 0xe9, ...utf8.subarray(at)]), mtimeMs: 1_700_000_000_000 };
  }) },
);

function checkArticle(source: ArticleSource): void {
  let loaded;
  try {
    loaded = normaliseArticle(source);
  } catch (error) {
    if (!(error instanceof ArticleRejected)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message).not.toContain("\n");
    return;
  }
  expect(loaded.title.trim()).not.toBe("");
  expect(Number.isFinite(loaded.published.getTime())).toBe(true);
  expect(Number.isFinite(loaded.updated.getTime())).toBe(true);
  expect(JSON.stringify(loaded)).not.toMatch(/\\u00[01][0-8bcef]|\\u001[0-9a-f]|\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
}

// A guard against hangs, not a speed check: the machines are shared and ten thousand runs vary in time.
const FUZZ_TIMEOUT_MS = 120_000;

describe("fuzz: the loader", () => {
  it(`returns an item or a clear rejection for ${RUNS} generated articles`, () => {
    fc.assert(fc.property(article, checkArticle), { numRuns: RUNS, seed: SEED });
  }, FUZZ_TIMEOUT_MS);
});

describe("fuzz: rendered feeds", () => {
  const config = readSiteConfig({ SITE_URL: "https://fuzz.example" });
  const atomSamples: string[] = [];
  const batches = Math.max(50, Math.round(RUNS / 25));

  it(`every feed parses strictly and validates (${batches} generated folders)`, () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 8 }), (sources) => {
        const named = sources.map((s, i) => ({ ...s, name: `${i}-${s.name}` }));
        const site = renderSite(loadArticles(named), config);
        for (const path of ["/rss.xml", "/atom.xml"]) {
          const body = site.document(path)!.body;
          expect(body).not.toMatch(XML_ILLEGAL);
          parseStrictXml(body);
        }
        const json = JSON.parse(site.document("/feed.json")!.body);
        expect(validateJsonFeed(json)).toEqual([]);
        if (atomSamples.length < 25 && json.items.length > 0) atomSamples.push(site.document("/atom.xml")!.body);
      }),
      { numRuns: batches, seed: SEED },
    );
  });

  it("sampled Atom feeds are valid against the RFC 4287 schema", async () => {
    expect(atomSamples.length).toBeGreaterThan(0);
    for (const atom of atomSamples) {
      const result = await validateAtom(atom);
      expect(result.errors).toEqual([]);
    }
  }, 60_000);
});
