/** Feed document → RSS 2.0 and Atom 1.0 (src/render/xml-feeds.ts), read back with a strict XML parser, feedsmith and the RFC 4287 schema. */
import { decodeHTML } from "entities";
import { parseFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import type { Article } from "../../src/core/article";
import { toEntry } from "../../src/render/entries";
import { FEED_PATHS, type FeedDoc, type FeedPaths } from "../../src/render/feed-docs";
import { renderAtom, renderRss } from "../../src/render/xml-feeds";
import { makeArticle, makeFeedDoc } from "../support/article";
import { validateAtom } from "../support/validate-atom";
import { child, children, parseStrictXml, type XmlElement } from "../support/xml";

const config = readSiteConfig({ SITE_URL: "https://news.example.com", SITE_TITLE: "Test News", SITE_AUTHOR: "The Desk", CACHE_MAX_AGE: "600" });
const docOf = (articles: Partial<Article>[], overrides: Partial<FeedDoc> = {}, settings = config) =>
  makeFeedDoc(articles.map((a, i) => toEntry(makeArticle({ slug: `story-${i}`, ...a }), settings)), overrides);
const archivePaths = (month: string): FeedPaths => ({ rss: `/archive/${month}/rss.xml`, atom: `/archive/${month}/atom.xml`, json: `/archive/${month}/feed.json` });

function rss(doc: FeedDoc, settings = config): { xml: string; channel: XmlElement; items: XmlElement[] } {
  const xml = renderRss(doc, settings);
  const channel = child(parseStrictXml(xml), "channel");
  return { xml, channel, items: children(channel, "item") };
}

async function atom(doc: FeedDoc, settings = config): Promise<{ xml: string; root: XmlElement; entries: XmlElement[] }> {
  const xml = renderAtom(doc, settings);
  expect(await validateAtom(xml)).toEqual({ valid: true, errors: [] });
  const root = parseStrictXml(xml);
  return { xml, root, entries: children(root, "entry") };
}

const links = (element: XmlElement, name: string) => children(element, name).map((l) => l.attributes);

describe("an empty feed", () => {
  const doc = docOf([]);

  it("is well-formed RSS with the channel's details, no items and the epoch as its date (never the clock)", () => {
    const { xml, channel, items } = rss(doc);
    expect(items).toEqual([]);
    expect(child(channel, "title").text).toBe("Test News");
    expect(child(channel, "link").text).toBe("https://news.example.com/");
    expect(child(channel, "lastBuildDate").text).toBe("Thu, 01 Jan 1970 00:00:00 GMT");
    expect(child(channel, "ttl").text).toBe("10");
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<\?xml-stylesheet href="\/feed\.xsl" type="text\/xsl"\?>\n<rss /);
  });

  it("is a schema-valid Atom feed with xml:lang, a typed self link and no entries", async () => {
    const { root, entries } = await atom(doc);
    expect(entries).toEqual([]);
    expect(root.attributes["xml:lang"]).toBe("en");
    expect(child(root, "updated").text).toBe("1970-01-01T00:00:00.000Z");
    expect(links(root, "link")).toContainEqual({ rel: "self", type: "application/atom+xml", href: "https://news.example.com/atom.xml" });
  });
});

describe("items", () => {
  it("write a plain article's fields, naming the author with dc:creator (declared) in RSS", () => {
    const { xml, items } = rss(docOf([{}]));
    const [item] = items;
    expect(child(item!, "title").text).toBe("First story");
    expect(child(item!, "link").text).toBe("https://news.example.com/articles/story-0");
    expect(child(item!, "guid").text).toBe("https://news.example.com/articles/story-0");
    expect(child(item!, "dc:creator").text).toBe("The Desk");
    expect(children(item!, "author")).toEqual([]);
    expect(children(item!, "category")).toEqual([]);
    expect(children(item!, "enclosure")).toEqual([]);
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(xml).not.toContain("xmlns:media");
  });

  it("read back the same in feedsmith, in order", async () => {
    const doc = docOf([{ title: "One" }, { title: "Two", tags: ["World", "Élections"] }]);
    const r = parseFeed(rss(doc).xml);
    expect(r.format).toBe("rss");
    const items = (r.feed as { items: { title?: string; categories?: { name: string }[] }[] }).items;
    expect(items.map((i) => i.title)).toEqual(["One", "Two"]);
    expect(items[1]!.categories?.map((c) => c.name)).toEqual(["World", "Élections"]);
    const a = parseFeed(renderAtom(doc, config));
    expect(a.format).toBe("atom");
    const entries = (a.feed as { entries: { title?: { value: string }; authors?: { name: string }[]; categories?: { term: string }[] }[] }).entries;
    expect(entries.map((e) => e.title?.value)).toEqual(["One", "Two"]);
    expect(entries[0]!.authors?.map((x) => x.name)).toEqual(["The Desk"]);
    expect(entries[1]!.categories?.map((c) => c.term)).toEqual(["World", "Élections"]);
  });

  it("carry plain text exactly, however many `]]>` it holds, with markup and unicode", async () => {
    const title = "a ]]> b ]]> c <b>&</b> Ünï سياسة 🙂";
    const summary = "Sum ]]> ]]> <i>mary</i> & co";
    const html = "<p>x ]]> y ]]> z</p>";
    const doc = docOf([{ title, summary, blocks: [{ kind: "html", html }] }]);
    const [item] = rss(doc).items;
    expect(child(item!, "title").text).toBe(title);
    // RSS descriptions are read as HTML: the plain summary arrives escaped, so it shows as written.
    const escapedSummary = "Sum ]]&gt; ]]&gt; &lt;i&gt;mary&lt;/i&gt; &amp; co";
    expect(child(item!, "description").text).toBe(escapedSummary);
    expect(decodeHTML(escapedSummary)).toBe(summary);
    expect(child(item!, "content:encoded").text).toBe(html);
    const [entry] = (await atom(doc)).entries;
    expect(child(entry!, "title").attributes.type).toBe("html");
    expect(child(entry!, "title").text).toBe("a ]]&gt; b ]]&gt; c &lt;b&gt;&amp;&lt;/b&gt; Ünï سياسة 🙂");
    expect(decodeHTML(child(entry!, "title").text)).toBe(title);
    expect(child(entry!, "summary").text).toBe(escapedSummary);
    expect(child(entry!, "content").text).toBe(html);
  });

  it("date each item by its own dates and the feed by the document's", async () => {
    const doc = docOf([{ published: new Date("2024-01-02T03:04:05Z"), updated: new Date("2024-02-03T04:05:06Z") }], { updated: new Date("2024-05-06T07:08:09Z") });
    const { channel, items } = rss(doc);
    expect(child(channel, "lastBuildDate").text).toBe("Mon, 06 May 2024 07:08:09 GMT");
    expect(child(items[0]!, "pubDate").text).toBe("Tue, 02 Jan 2024 03:04:05 GMT");
    const { root, entries } = await atom(doc);
    expect(child(root, "updated").text).toBe("2024-05-06T07:08:09.000Z");
    expect(child(entries[0]!, "published").text).toBe("2024-01-02T03:04:05.000Z");
    expect(child(entries[0]!, "updated").text).toBe("2024-02-03T04:05:06.000Z");
  });

  it("name each article's own language: dc:language in RSS, xml:lang on the Atom entry", async () => {
    const doc = docOf([{ language: "fr" }, {}, { language: "ar" }]);
    expect(rss(doc).items.map((i) => children(i, "dc:language")[0]?.text)).toEqual(["fr", undefined, "ar"]);
    expect((await atom(doc)).entries.map((e) => e.attributes["xml:lang"])).toEqual(["fr", undefined, "ar"]);
  });

  it("carry the images: enclosure and declared media:content in RSS, an enclosure link after the id in Atom", async () => {
    const doc = docOf([{ image: "/img/lead.jpg?w=1&h=2", blocks: [{ kind: "figure", caption: "Cap <1>", image: "/img/two.png", credit: "AP & co" }] }]);
    const { xml, items } = rss(doc);
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    expect(child(items[0]!, "enclosure").attributes).toEqual({ url: "https://news.example.com/img/lead.jpg?w=1&h=2", type: "image/jpeg", length: "0" });
    const media = children(items[0]!, "media:content");
    expect(media.map((m) => m.attributes.url)).toEqual(["https://news.example.com/img/lead.jpg?w=1&h=2", "https://news.example.com/img/two.png"]);
    expect(child(media[1]!, "media:description").text).toBe("Cap <1>");
    expect(child(media[1]!, "media:credit").text).toBe("AP & co");
    const { entries } = await atom(doc);
    const afterId = entries[0]!.children.findIndex((c) => c.name === "id") + 1;
    expect(entries[0]!.children[afterId]!.attributes.rel).toBe("enclosure");
    expect(links(entries[0]!, "link")).toContainEqual({ rel: "enclosure", type: "image/jpeg", href: "https://news.example.com/img/lead.jpg?w=1&h=2" });
  });

  it("stay well-formed and valid with a very large entry", async () => {
    const text = "Lorem ipsum ]]> dolor <sit> amet & Ünï. ".repeat(8000);
    const doc = docOf([{ summary: text.slice(0, 500), blocks: [{ kind: "paragraph", text }] }]);
    const { items } = rss(doc);
    expect(decodeHTML(child(items[0]!, "content:encoded").text)).toBe(`<p>${text}</p>`);
    await atom(doc);
  });
});

describe("document kinds and links", () => {
  it("mark an archive page (RFC 5005) with declared fh:archive and links to the current feed and the older page", async () => {
    const doc = docOf([{}], { kind: "archive", paths: archivePaths("2024-03"), current: FEED_PATHS, prevArchive: archivePaths("2024-02"), nextArchive: archivePaths("2024-04") });
    const { channel } = rss(doc);
    expect(children(channel, "fh:archive")).toHaveLength(1);
    expect(links(channel, "atom:link")).toEqual([
      { href: "https://news.example.com/archive/2024-03/rss.xml", rel: "self", type: "application/rss+xml" },
      { href: "https://news.example.com/rss.xml", rel: "current", type: "application/rss+xml" },
      { href: "https://news.example.com/archive/2024-02/rss.xml", rel: "prev-archive", type: "application/rss+xml" },
      { href: "https://news.example.com/archive/2024-04/rss.xml", rel: "next-archive", type: "application/rss+xml" },
    ]);
    const { root } = await atom(doc);
    expect(children(root, "fh:archive")).toHaveLength(1);
    expect(links(root, "link").filter((l) => l.rel !== "alternate")).toEqual([
      { rel: "self", type: "application/atom+xml", href: "https://news.example.com/archive/2024-03/atom.xml" },
      { rel: "current", type: "application/atom+xml", href: "https://news.example.com/atom.xml" },
      { rel: "prev-archive", type: "application/atom+xml", href: "https://news.example.com/archive/2024-02/atom.xml" },
      { rel: "next-archive", type: "application/atom+xml", href: "https://news.example.com/archive/2024-04/atom.xml" },
    ]);
  });

  it("link the subscription feed to its older page without marking it an archive", async () => {
    const doc = docOf([{}], { prevArchive: archivePaths("2024-02") });
    const { xml, channel } = rss(doc);
    expect(children(channel, "fh:archive")).toEqual([]);
    expect(xml).not.toContain("xmlns:fh");
    expect(links(channel, "atom:link").map((l) => l.rel)).toEqual(["self", "prev-archive"]);
    const { xml: atomXml, root } = await atom(doc);
    expect(atomXml).not.toContain("xmlns:fh");
    expect(links(root, "link").map((l) => l.rel)).toEqual(["alternate", "self", "prev-archive"]);
  });

  it("advertise the WebSub hub when one is set", async () => {
    const withHub = readSiteConfig({ SITE_URL: "https://news.example.com", WEBSUB_HUB: "https://hub.example.net/" });
    const { channel } = rss(docOf([], {}, withHub), withHub);
    expect(links(channel, "atom:link")).toContainEqual(expect.objectContaining({ rel: "hub", href: "https://hub.example.net/" }));
    const { root } = await atom(docOf([], {}, withHub), withHub);
    expect(links(root, "link")).toContainEqual(expect.objectContaining({ rel: "hub", href: "https://hub.example.net/" }));
  });

  it("points the stylesheet at a path under SITE_URL's own path, not at another origin", () => {
    const underPath = readSiteConfig({ SITE_URL: "https://example.org/news" });
    expect(renderRss(docOf([], {}, underPath), underPath)).toContain('<?xml-stylesheet href="/news/feed.xsl" type="text/xsl"?>');
  });

  it("escapes the site language into Atom's xml:lang", async () => {
    const { root } = await atom(docOf([]), readSiteConfig({ SITE_URL: "https://news.example.com", SITE_LANGUAGE: "pt-BR" }));
    expect(root.attributes["xml:lang"]).toBe("pt-BR");
  });
});
