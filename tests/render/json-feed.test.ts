/** Feed document → JSON Feed 1.1 (src/render/json-feed.ts), checked against the JSON Feed 1.1 schema. */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { toEntry } from "../../src/render/entries";
import { tagPaths } from "../../src/render/feed-docs";
import { JSON_FEED_EXTENSION, renderJsonFeed } from "../../src/render/json-feed";
import { validateJsonFeed } from "../support/json-feed-schema";
import { makeArticle, makeFeedDoc } from "../support/article";

const config = readSiteConfig({ SITE_URL: "https://news.example.com", SITE_TITLE: "Test News", SITE_AUTHOR: "The Desk", SITE_LANGUAGE: "en-GB" });

interface JsonFeed {
  [key: string]: unknown;
  items: Record<string, unknown>[];
}

function render(doc = makeFeedDoc([]), settings = config): JsonFeed {
  const text = renderJsonFeed(doc, settings);
  expect(text.endsWith("}\n")).toBe(true);
  const feed = JSON.parse(text) as JsonFeed;
  expect(validateJsonFeed(feed)).toEqual([]);
  return feed;
}

describe("renderJsonFeed", () => {
  it("writes a valid JSON Feed 1.1 with the site's details and no items for no articles", () => {
    const feed = render();
    expect(feed).toEqual({
      version: "https://jsonfeed.org/version/1.1",
      title: "Test News",
      home_page_url: "https://news.example.com/",
      feed_url: "https://news.example.com/feed.json",
      description: config.description,
      icon: "https://news.example.com/icon.png",
      favicon: "https://news.example.com/icon.png",
      authors: [{ name: "The Desk" }],
      language: "en-GB",
      items: [],
    });
  });

  it("writes a plain article with only the keys it has (no tags, image or language)", () => {
    const entry = toEntry(makeArticle(), config);
    const [item] = render(makeFeedDoc([entry])).items;
    expect(item).toEqual({
      id: "https://news.example.com/articles/first-story",
      url: "https://news.example.com/articles/first-story",
      title: "First story",
      summary: "What happened first.",
      content_html: "<p>The body of the first story.</p>",
      date_published: "2024-03-01T09:30:00.000Z",
      date_modified: "2024-03-01T09:30:00.000Z",
      authors: [{ name: "The Desk" }],
      [JSON_FEED_EXTENSION]: { captions: [], related: [] },
    });
  });

  it("carries image, tags, language, captions and related links when the article has them", () => {
    const entry = toEntry(makeArticle({
      image: "/img/a.jpg", tags: ["World", "Élections"], language: "fr", captions: ["A caption"],
      related: [{ title: "Before", url: "/articles/before" }], updated: new Date("2024-03-02T00:00:00Z"),
    }), config);
    const [item] = render(makeFeedDoc([entry])).items;
    expect(item).toMatchObject({
      image: "https://news.example.com/img/a.jpg",
      tags: ["World", "Élections"],
      language: "fr",
      date_modified: "2024-03-02T00:00:00.000Z",
      [JSON_FEED_EXTENSION]: { captions: ["A caption"], related: [{ title: "Before", url: "https://news.example.com/articles/before" }] },
    });
  });

  it("keeps text exactly: unicode, markup characters and `]]>` survive the round trip", () => {
    const title = `Ünïcödé — سياسة 🙂 <b>&</b> "q" ]]> \u2028`;
    const entry = toEntry(makeArticle({ title, summary: "a]]>b", blocks: [] }), config);
    const [item] = render(makeFeedDoc([entry])).items;
    expect(item!.title).toBe(title);
    expect(item!.summary).toBe("a]]>b");
    expect(item!.content_html).toBe("");
  });

  it("keeps the entries' order", () => {
    const entries = ["c", "a", "b"].map((slug) => toEntry(makeArticle({ slug }), config));
    expect(render(makeFeedDoc(entries)).items.map((i) => i.id)).toEqual(entries.map((e) => e.id));
  });

  it("points feed_url at the document's own path and next_url at the older archive page", () => {
    const feed = render(makeFeedDoc([], { paths: tagPaths("world"), prevArchive: { rss: "/archive/2024-02/rss.xml", atom: "/archive/2024-02/atom.xml", json: "/archive/2024-02/feed.json" } }));
    expect(feed.feed_url).toBe("https://news.example.com/tags/world/feed.json");
    expect(feed.next_url).toBe("https://news.example.com/archive/2024-02/feed.json");
  });

  it("names the WebSub hub only when one is set", () => {
    expect(render().hubs).toBeUndefined();
    const withHub = readSiteConfig({ SITE_URL: "https://news.example.com", WEBSUB_HUB: "https://hub.example.net/" });
    expect(render(makeFeedDoc([]), withHub).hubs).toEqual([{ type: "WebSub", url: "https://hub.example.net/" }]);
  });

  it("uses the document's title (a tag feed's) and the site's icon under SITE_URL's path", () => {
    const underPath = readSiteConfig({ SITE_URL: "https://example.org/news" });
    const feed = render(makeFeedDoc([], { title: "Test News: World" }), underPath);
    expect(feed.title).toBe("Test News: World");
    expect(feed.icon).toBe("https://example.org/news/icon.png");
    expect(feed.home_page_url).toBe("https://example.org/news/");
  });
});
