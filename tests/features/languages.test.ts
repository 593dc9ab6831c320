import { describe, expect, it } from "vitest";
import { parseFeed } from "feedsmith";
import { appFor, fixtureBytes, folderSources, seedSource, source } from "../support/fixtures";
import { validateAtom } from "../support/validate-atom";
import { validateJsonFeed } from "../support/json-feed-schema";
import { child, children, parseStrictXml } from "../support/xml";

const EXPECTED: Record<string, string> = {
  "french-quotes-captions": "fr",
  "arabic-rtl": "ar",
  japanese: "ja",
  "page-french-blog": "fr",
  "page-german-comments": "de",
  "page-spanish-layout": "es",
  "layout-name-numeric-date": "pt",
};

const OVERRIDE = `---
title: Ein Artikel, dessen Sprache die Titelzeile festlegt
lang: de-AT
date: 2024-02-01T10:00:00Z
---

The body is English, but the front matter says otherwise, and front matter wins.
`;

const BAD_TAG = `---
title: A story whose front matter names no real language
lang: "english please"
date: 2024-02-02T10:00:00Z
---

Readers in the city woke to heavy snow on Tuesday, and the council said the buses would run late all day.
`;

function sources() {
  return [
    seedSource(),
    ...folderSources("scrapes").filter((s) => !/^(empty|blank|binary|latin1)\.txt$/.test(s.name)),
    ...["full.md", "minimal.md", "heading-title.md"].map((n) => source(n, fixtureBytes(`markdown/${n}`))),
    source("override.md", OVERRIDE),
    source("bad-tag.md", BAD_TAG),
  ];
}

/** Too few words to tell ("Minimal note / Just one line of text."): the item has none, the feed's applies. */
const TOO_SHORT = new Set(["minimal"]);

/** The language each article should get: fr/ar/ja fixtures, the override, none for a note too short to tell, English for the rest. */
function expectedLanguage(slug: string): string | undefined {
  if (slug === "override") return "de-AT";
  if (TOO_SHORT.has(slug)) return undefined;
  return EXPECTED[slug] ?? "en";
}

describe("per-item language", async () => {
  const { app, result } = appFor(sources());
  const text = async (path: string) => (await app.request(path)).text();
  const [rss, atom, json] = await Promise.all([text("/rss.xml"), text("/atom.xml"), text("/feed.json")]);
  const slugs = result.articles.map((a) => a.slug);

  it("the loader detects French, Arabic, Japanese and English, and front matter overrides", () => {
    for (const article of result.articles) expect([article.slug, article.language]).toEqual([article.slug, expectedLanguage(article.slug)]);
    expect(result.warnings.find((w) => w.name === "bad-tag.md")?.message).toMatch(/`lang` is not a language tag/);
  });

  it("JSON Feed items carry `language`; the feed keeps SITE_LANGUAGE; still valid", () => {
    const feed = JSON.parse(json);
    expect(feed.language).toBe("en");
    expect(feed.items.map((i: { language?: string }) => i.language)).toEqual(slugs.map(expectedLanguage));
    expect(validateJsonFeed(feed)).toEqual([]);
  });

  it("Atom entries carry xml:lang; the feed keeps SITE_LANGUAGE; valid against RFC 4287", async () => {
    const root = parseStrictXml(atom);
    expect(root.attributes["xml:lang"]).toBe("en");
    expect(children(root, "entry").map((e) => e.attributes["xml:lang"])).toEqual(slugs.map(expectedLanguage));
    const validation = await validateAtom(atom);
    expect(validation.errors).toEqual([]);
  });

  it("RSS items carry dc:language; the channel keeps SITE_LANGUAGE", () => {
    const root = parseStrictXml(rss);
    expect(root.attributes["xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
    const channel = child(root, "channel");
    expect(child(channel, "language").text).toBe("en");
    const languages = children(channel, "item").map((item) => children(item, "dc:language")[0]?.text);
    expect(languages).toEqual(slugs.map(expectedLanguage));
  });

  it("a real feed parser reads the item languages", () => {
    const parsed = parseFeed(rss);
    expect(parsed.format).toBe("rss");
    const items = (parsed.feed as { items?: { dc?: { languages?: string[]; language?: string } }[] }).items ?? [];
    const read = items.map((i) => i.dc?.languages?.[0] ?? i.dc?.language);
    expect(read).toEqual(slugs.map(expectedLanguage));
  });

  it("a right-to-left article says so: its page, its landing-page entry and its content in every feed", async () => {
    expect(await text("/articles/arabic-rtl")).toContain('<html lang="ar" dir="rtl">');
    expect(await text("/articles/french-quotes-captions")).toContain('<html lang="fr">');
    expect(await text("/")).toMatch(/<li lang="ar" dir="rtl">/);
    const item = JSON.parse(json).items.find((i: { id: string }) => i.id.endsWith("/arabic-rtl"));
    expect(item.content_html.startsWith('<div dir="rtl">')).toBe(true);
    expect(JSON.parse(json).items.find((i: { id: string }) => i.id.endsWith("/japanese")).content_html).not.toContain('dir="rtl"');
    // CDATA or escaped, as the feed package writes each.
    for (const xml of [atom, rss]) expect(xml).toMatch(/<!\[CDATA\[<div dir="rtl">|&lt;div dir=&quot;rtl&quot;&gt;/);
  });

  it("the article page declares its own language; others keep the site's", async () => {
    const lang = async (slug: string) => /<html lang="([^"]+)"/.exec(await text(`/articles/${slug}`))?.[1];
    expect(await lang("french-quotes-captions")).toBe("fr");
    expect(await lang("arabic-rtl")).toBe("ar");
    expect(await lang("japanese")).toBe("ja");
    expect(await lang("override")).toBe("de-AT");
    expect(await lang("minimal")).toBe("en");
    const { app: unsure } = appFor([source("ok.md", "---\ntitle: Ok\ndate: 2024-01-01\n---\n\nOk.\n")], { SITE_URL: "https://news.example.com", SITE_LANGUAGE: "pt-BR" });
    // Too little text to tell: the page and the item keep the site's language.
    expect(/<html lang="([^"]+)">/.exec(await (await unsure.request("/articles/ok")).text())?.[1]).toBe("pt-BR");
    expect(JSON.parse(await (await unsure.request("/feed.json")).text()).items[0].language).toBeUndefined();
  });

  it("SITE_LANGUAGE stays the feed-level language when it is not English", async () => {
    const { app: french } = appFor(sources(), { SITE_URL: "https://news.example.com", SITE_LANGUAGE: "fr" });
    const feed = JSON.parse(await (await french.request("/feed.json")).text());
    expect(feed.language).toBe("fr");
    expect(feed.items.find((i: { id: string }) => i.id.endsWith("/arabic-rtl")).language).toBe("ar");
  });
});
