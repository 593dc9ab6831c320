import { describe, expect, it } from "vitest";
import { parseFeed } from "feedsmith";
import { appFor, folderSources, seedSource, source, fixtureBytes } from "../support/fixtures";
import { validateAtom } from "../support/validate-atom";
import { validateJsonFeed } from "../support/json-feed-schema";
import { child, children, parseStrictXml } from "../support/xml";

/** A folder mixing the seed, varied scrapes and Markdown, hostile text included. */
function mixedSources() {
  return [
    seedSource(),
    ...folderSources("scrapes").filter((s) => !/^(empty|blank|binary|latin1)\.txt$/.test(s.name)),
    ...["full.md", "minimal.md", "heading-title.md", "hostile.md"].map((n) => source(n, fixtureBytes(`markdown/${n}`))),
    source("xml-hostile.txt", "Title & <tag> ]]> and ]]>\u0001 🎉\n\n:: Lead & <b>bold</b> ]]> twice ]]> \u0008 end.\n\nSecond ]]> paragraph.\n"),
  ];
}

async function get(app: ReturnType<typeof appFor>["app"], path: string) {
  const response = await app.request(path);
  return { response, body: await response.text() };
}

describe("feeds", async () => {
  const { app, result } = appFor(mixedSources());
  const rss = await get(app, "/rss.xml");
  const atom = await get(app, "/atom.xml");
  const json = await get(app, "/feed.json");
  const articles = result.articles;

  it("serves each format with its media type", () => {
    expect(rss.response.status).toBe(200);
    expect(rss.response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(atom.response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(json.response.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
  });

  it("RSS is well-formed (strict parser) and carries every item's fields", () => {
    const root = parseStrictXml(rss.body);
    expect(root.name).toBe("rss");
    expect(root.attributes.version).toBe("2.0");
    const channel = child(root, "channel");
    expect(child(channel, "lastBuildDate").text).toBe(articles[0]!.updated.toUTCString());
    const self = children(channel, "atom:link").find((l) => l.attributes.rel === "self");
    expect(self?.attributes.href).toBe("https://news.example.com/rss.xml");
    const items = children(channel, "item");
    expect(items).toHaveLength(articles.length);
    items.forEach((item, i) => {
      const article = articles[i]!;
      expect(child(item, "title").text).toBe(article.title);
      expect(child(item, "guid").text).toBe(`https://news.example.com/articles/${article.slug}`);
      expect(child(item, "dc:creator").text).toBe(article.author ?? "Newsroom");
      expect(children(item, "author")).toHaveLength(0);
      expect(child(item, "pubDate").text).toBe(article.published.toUTCString());
    });
  });

  it("Atom is well-formed and valid against the RFC 4287 RELAX NG schema", async () => {
    const root = parseStrictXml(atom.body);
    expect(root.attributes["xml:lang"]).toBe("en");
    expect(child(root, "updated").text).toBe(articles[0]!.updated.toISOString());
    const entries = children(root, "entry");
    expect(entries.map((e) => child(e, "id").text)).toEqual(articles.map((a) => `https://news.example.com/articles/${a.slug}`));
    const validation = await validateAtom(atom.body);
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
  });

  it("JSON Feed is version 1.1 and valid against its schema", () => {
    const feed = JSON.parse(json.body);
    expect(validateJsonFeed(feed)).toEqual([]);
    expect(feed).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      home_page_url: "https://news.example.com/",
      feed_url: "https://news.example.com/feed.json",
      language: "en",
      authors: [{ name: "Newsroom" }],
    });
    expect(feed.author).toBeUndefined();
    feed.items.forEach((item: Record<string, unknown>, i: number) => {
      expect(item.id).toBe(`https://news.example.com/articles/${articles[i]!.slug}`);
      expect(item.summary).toBe(articles[i]!.summary);
      expect(typeof item.content_html).toBe("string");
      expect(item.date_published).toBe(articles[i]!.published.toISOString());
      expect(item.date_modified).toBe(articles[i]!.updated.toISOString());
      expect(item._feed_publisher).toEqual({ captions: articles[i]!.captions, related: expect.any(Array) });
    });
  });

  it("the same items, ids and order in all three formats, newest first", () => {
    const rssIds = children(child(parseStrictXml(rss.body), "channel"), "item").map((i) => child(i, "guid").text);
    const atomIds = children(parseStrictXml(atom.body), "entry").map((e) => child(e, "id").text);
    const jsonIds = JSON.parse(json.body).items.map((i: { id: string }) => i.id);
    expect(rssIds).toEqual(atomIds);
    expect(jsonIds).toEqual(atomIds);
    const dates = JSON.parse(json.body).items.map((i: { date_published: string }) => Date.parse(i.date_published));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("a real feed parser reads all three formats the same way", () => {
    const r = parseFeed(rss.body);
    const a = parseFeed(atom.body);
    const j = parseFeed(json.body);
    expect([r.format, a.format, j.format]).toEqual(["rss", "atom", "json"]);
    const rssTitles = (r.feed as { items: { title: string }[] }).items.map((i) => i.title);
    const atomTitles = (a.feed as { entries: { title: { value: string; type: string } }[] }).entries.map((e) => {
      expect(e.title.type).toBe("html");
      return e.title.value;
    });
    const jsonTitles = (j.feed as { items: { title: string }[] }).items.map((i) => i.title);
    expect(jsonTitles).toEqual(articles.map((x) => x.title));
    expect(rssTitles).toEqual(jsonTitles);
    // Atom titles are type="html": feedsmith returns the escaped markup as sent.
    expect(atomTitles.map((t) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"))).toEqual(jsonTitles);
  });

  it("XML-hostile text survives intact: &, <, ]]> twice, emoji", () => {
    const hostile = articles.find((x) => x.slug === "xml-hostile")!;
    expect(hostile.title).toBe("Title & <tag> ]]> and ]]> 🎉");
    const rssItem = children(child(parseStrictXml(rss.body), "channel"), "item").find((i) => child(i, "title").text === hostile.title);
    expect(rssItem).toBeDefined();
    expect(child(rssItem!, "content:encoded").text).toContain("<p>Second ]]&gt; paragraph.</p>");
    const atomEntry = children(parseStrictXml(atom.body), "entry").find((e) => child(e, "id").text.endsWith("/xml-hostile"))!;
    expect(child(atomEntry, "title").text).toBe("Title &amp; &lt;tag&gt; ]]&gt; and ]]&gt; 🎉");
    expect(rss.body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it("content carries paragraphs, headings, quotes, figures and related links as HTML", () => {
    const item = JSON.parse(json.body).items.find((i: { id: string }) => i.id.endsWith("/000_27df97f2463d8e1f"));
    expect(item.content_html).toContain("<h2>Supply lines</h2>");
    expect(item.content_html).toContain("<figure><figcaption>A boy who fled Deir Ezzor");
    expect(item.content_html).toContain("<blockquote><p>“ISIS then carried out");
    expect(item.content_html).toMatch(/<ul class="related">\n<li>Tillerson: US does not recognize Kurdish independence vote in Iraq<\/li>/);
    expect(item._feed_publisher.related).toEqual([
      { title: "Tillerson: US does not recognize Kurdish independence vote in Iraq" },
      { title: "ISIS militants killed in Libya by US airstrike" },
    ]);
    const full = JSON.parse(json.body).items.find((i: { id: string }) => i.id.endsWith("/full"));
    expect(full.url).toBe("https://news.example.org/2024/03/desalination-plant");
    expect(full.image).toBe("https://news.example.com/images/plant.jpg");
    expect(full.content_html).toContain('href="https://news.example.com/reports/plant.pdf"');
    expect(full.content_html).toContain('src="https://news.example.com/articles/maps/coast.png"');
    expect(full.content_html).toContain('<a href="https://news.example.com/articles/000_27df97f2463d8e1f">Monitor: 58 Syria');
  });

  it("renders byte-identical feeds from the same articles", async () => {
    const again = appFor(mixedSources());
    for (const [path, first] of [["/rss.xml", rss], ["/atom.xml", atom], ["/feed.json", json]] as const) {
      expect((await get(again.app, path)).body).toBe(first.body);
    }
  });

  it("an empty folder still gives valid feeds, dated by the epoch not the clock", async () => {
    const empty = appFor([]);
    const emptyAtom = (await get(empty.app, "/atom.xml")).body;
    expect((await validateAtom(emptyAtom)).valid).toBe(true);
    expect(emptyAtom).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
    expect(validateJsonFeed(JSON.parse((await get(empty.app, "/feed.json")).body))).toEqual([]);
    parseStrictXml((await get(empty.app, "/rss.xml")).body);
  });

  it("a feed whose items have no body still declares every namespace it uses", async () => {
    const bare = appFor([source("bare.md", "---\ntitle: Only a title\n---\n")]);
    const rssBody = (await get(bare.app, "/rss.xml")).body;
    expect(child(children(child(parseStrictXml(rssBody), "channel"), "item")[0]!, "dc:creator").text).toBe("Newsroom");
  });

  it("FEED_LIMIT bounds the feeds to the newest items", async () => {
    const limited = appFor(mixedSources(), { SITE_URL: "https://news.example.com", FEED_LIMIT: "3" });
    const feed = JSON.parse((await get(limited.app, "/feed.json")).body);
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(articles.slice(0, 3).map((a) => `https://news.example.com/articles/${a.slug}`));
  });
});
