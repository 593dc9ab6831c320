/**
 * Property-based tests for web pages (fast-check): pages built from article
 * markup, hostile markup and odd text never make the loader throw anything
 * but a rejection, never let active content through, and every feed rendered
 * from them parses strictly and validates. Fewer runs than the text fuzzing:
 * a page takes milliseconds to parse, not microseconds.
 * Long run: HTML_FUZZ_RUNS=5000 FUZZ_SEED=random npx vitest run tests/property/html-fuzz.test.ts
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleRejected, type ArticleSource } from "../../src/core/article";
import { readSiteConfig } from "../../src/config";
import { loadArticles } from "../../src/article/article-store";
import { normaliseArticle } from "../../src/article/normalise";
import { renderSite } from "../../src/render/site";
import { activeContent } from "../support/hostile-page";
import { validateJsonFeed } from "../support/json-feed-schema";
import { validateAtom } from "../support/validate-atom";
import { parseStrictXml } from "../support/xml";

const RUNS = Number(process.env.HTML_FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === "random" ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261129);
const PROSE = "The council approved the new budget on Tuesday after a long debate about the cost of roads and schools.";

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constant(PROSE) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom("]]>", "&amp;", "&", "<", "&#0;", "\u0001", "\uFFFE", "\uD800", "🎉", "مرحبا", "最初の文です。", "By Jane Doe", "Photo: Ann Lee/AP", "Related: more") },
);
const url = fc.constantFrom(
  "https://img.example/a.jpg", "/relative/b.png", "../c.webp?x=1&y=2", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
  "jav&#x09;ascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "data:image/gif;base64,R0lGOD", "//cdn.example/d.jpg", "", " ", "http://[bad", "vbscript:x",
);
const element: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: text.map((t) => `<p>${t}</p>`) },
  { weight: 1, arbitrary: fc.tuple(text, url).map(([t, u]) => `<p>${t} <a href="${u}" onclick="alert(1)">${t}</a></p>`) },
  { weight: 1, arbitrary: fc.tuple(url, text, text).map(([u, c, r]) => `<figure><img src="${u}" data-src="${u}" srcset="${u} 2x" onerror="alert(1)"><figcaption>${c} <span class="credit">${r}</span></figcaption></figure>`) },
  { weight: 1, arbitrary: text.map((t) => `<h2>${t}</h2>`) },
  { weight: 1, arbitrary: fc.array(text, { maxLength: 4 }).map((items) => `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`) },
  { weight: 1, arbitrary: fc.constantFrom(
    "<script>alert(1)</script>", "<style>p{}</style>", "<iframe src=\"https://x.example\"></iframe>", "<svg onload=\"alert(1)\"><script>alert(2)</script></svg>",
    "<form action=\"https://x.example\"><input><button>Go</button></form>", "<object data=\"x\"></object><embed src=\"x\">", "<p style=\"color:red\">styled</p>",
    "<div class=\"related\"><a href=\"/x\">A related headline that is long</a></div>", "<nav><a href=\"/\">Home</a></nav>", "<!-- comment -->", "<![CDATA[ x ]]>",
    "<math><mi>x</mi></math>", "<template><p>hidden</p></template>", "<p>unclosed <b>bold", "</div></div>", "<br><hr>",
  ) },
);
const head = fc.tuple(text, url, fc.constantFrom("2024-03-12T09:30:00Z", "0001-01-01", "not a date", "99999-01-01", ""), text).map(([title, image, date, tag]) =>
  `<title>${title}</title><meta property="og:image" content="${image}"><meta property="article:published_time" content="${date}"><meta property="article:tag" content="${tag}"><link rel="canonical" href="${image}"><script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(title)}}</script>`);
const page: fc.Arbitrary<ArticleSource> = fc.tuple(head, fc.array(element, { maxLength: 14 }), fc.boolean()).map(([h, body, wrap]) => ({
  name: "page.html",
  bytes: new TextEncoder().encode(wrap ? `<!doctype html><html><head>${h}</head><body><article>${body.join("\n")}</article></body></html>` : `${h}${body.join("")}`),
  mtimeMs: 1_700_000_000_000,
}));

describe("fuzz: web pages", () => {
  const accepted: ArticleSource[] = [];

  it(`returns a clean item or a clear rejection for ${RUNS} generated pages`, () => {
    fc.assert(fc.property(page, (source) => {
      try {
        const article = normaliseArticle(source);
        expect(activeContent(JSON.stringify(article.blocks))).toEqual([]);
        if (accepted.length < 200) accepted.push({ ...source, name: `page-${accepted.length}.html` });
      } catch (error) {
        if (!(error instanceof ArticleRejected)) throw error;
        expect(error.message).not.toContain("\n");
      }
    }), { numRuns: RUNS, seed: SEED });
    expect(accepted.length).toBeGreaterThan(0);
  });

  it("feeds rendered from the accepted pages parse strictly and validate", { timeout: 60_000 }, async () => {
    const site = renderSite(loadArticles(accepted), readSiteConfig({ SITE_URL: "https://fuzz.example", FEED_LIMIT: "1000" }));
    const [rss, atom, json] = ["/rss.xml", "/atom.xml", "/feed.json"].map((path) => site.document(path)!.body);
    parseStrictXml(rss!);
    parseStrictXml(atom!);
    for (const body of [rss!, atom!, json!]) expect(activeContent(body)).toEqual([]);
    expect(validateJsonFeed(JSON.parse(json!))).toEqual([]);
    expect((await validateAtom(atom!)).errors).toEqual([]);
  });
});
