/** Articles → every document the site publishes (src/render/site.ts): paths, families, change dates, memoising, input digests. */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import type { Article } from "../../src/core/article";
import { renderSite } from "../../src/render/site";
import { makeArticle } from "../support/article";
import { parseStrictXml } from "../support/xml";

const config = readSiteConfig({ SITE_URL: "https://news.example.com" });
const FEEDS = ["/rss.xml", "/atom.xml", "/feed.json"];
const at = (iso: string) => new Date(iso);

describe("renderSite with no articles", () => {
  const site = renderSite({ articles: [] }, config);

  it("publishes the landing page and the three feeds, nothing else", () => {
    expect(site.paths()).toEqual(["/", ...FEEDS]);
    expect(site.has("/")).toBe(true);
    expect(site.has("/articles/anything")).toBe(false);
    expect(site.has("/archive/2024-01/rss.xml")).toBe(false);
    expect(site.document("/nowhere")).toBeUndefined();
    expect(site.inputsOf("/nowhere")).toBeUndefined();
    expect(site.tags).toEqual([]);
  });

  it("writes each document in its family, dated at the epoch without a folder date", () => {
    expect(FEEDS.map((path) => site.document(path)?.family)).toEqual(["rss", "atom", "json"]);
    expect(site.document("/")?.family).toBe("html");
    for (const path of site.paths()) expect(site.document(path)!.changed.getTime(), path).toBe(0);
    expect(JSON.parse(site.document("/feed.json")!.body).items).toEqual([]);
  });

  it("dates the feed and landing page by the folder's change when there is one (a removal moves Last-Modified)", () => {
    const withFolder = renderSite({ articles: [], folderModified: at("2024-05-01T00:00:00Z") }, config);
    expect(withFolder.document("/rss.xml")!.changed.toISOString()).toBe("2024-05-01T00:00:00.000Z");
    expect(withFolder.document("/")!.changed.toISOString()).toBe("2024-05-01T00:00:00.000Z");
  });

  it("has 404 and 410 pages that never date themselves", () => {
    expect([site.notFound.family, site.gone.family]).toEqual(["html", "html"]);
    expect([site.notFound.changed.getTime(), site.gone.changed.getTime()]).toEqual([0, 0]);
    expect(site.gone.body).toContain("Article removed");
  });
});

describe("renderSite with articles", () => {
  const older = makeArticle({ slug: "older", title: "Older", published: at("2024-02-10T00:00:00Z"), updated: at("2024-02-10T00:00:00Z"), fileModified: at("2024-02-10T00:00:00Z"), tags: ["World"] });
  const newer = makeArticle({ slug: "newer", title: "Newer", published: at("2024-03-05T00:00:00Z"), updated: at("2024-03-06T00:00:00Z"), fileModified: at("2024-03-07T00:00:00Z") });
  const site = renderSite({ articles: [newer, older] }, readSiteConfig({ SITE_URL: "https://news.example.com", FEED_LIMIT: "1" }));

  it("lists article pages, archive pages of what the feed leaves out, and tag feeds", () => {
    expect(site.paths()).toEqual([
      "/", ...FEEDS,
      "/archive/2024-02/rss.xml", "/archive/2024-02/atom.xml", "/archive/2024-02/feed.json",
      "/tags/world/rss.xml", "/tags/world/atom.xml", "/tags/world/feed.json",
      "/articles/newer", "/articles/older",
    ]);
    for (const path of site.paths()) expect(site.has(path), path).toBe(true);
  });

  it("renders an article page dated by its entry's last change (the file's, here)", () => {
    const page = site.document("/articles/newer")!;
    expect(page.family).toBe("html");
    expect(page.body).toContain("<h1>Newer</h1>");
    expect(page.changed.toISOString()).toBe("2024-03-07T00:00:00.000Z");
  });

  it("dates a feed by its newest item's change and marks a complete archive page final", () => {
    expect(site.document("/rss.xml")!.changed.toISOString()).toBe("2024-03-07T00:00:00.000Z");
    const archive = site.document("/archive/2024-02/atom.xml")!;
    expect(archive.final).toBe(true);
    expect(archive.changed.toISOString()).toBe("2024-02-10T00:00:00.000Z");
    expect(site.document("/rss.xml")!.final).toBeUndefined();
    parseStrictXml(archive.body);
  });

  it("puts only the newest FEED_LIMIT articles in the feed, and lists both on the landing page", () => {
    expect(JSON.parse(site.document("/feed.json")!.body).items.map((i: { title: string }) => i.title)).toEqual(["Newer"]);
    const landing = site.document("/")!.body;
    expect(landing).toContain("/articles/newer");
    expect(landing).toContain("/articles/older");
  });

  it("does not serve a path that only looks like an article or feed", () => {
    for (const path of ["/articles/", "/articles/NEWER", "/articles/newer/", "/articles", "/articlez/newer", "/tags/world/", "/archive/2024-03/rss.xml"]) {
      expect(site.has(path), path).toBe(false);
      expect(site.document(path), path).toBeUndefined();
    }
  });
});

describe("memoising", () => {
  const article = makeArticle();

  it("keeps each rendered document", () => {
    const site = renderSite({ articles: [article] }, config);
    const rss = site.document("/rss.xml");
    expect(site.document("/rss.xml")).toBe(rss);
    expect(site.document("/")).toBe(site.document("/"));
    expect(site.document("/articles/first-story")).toBe(site.document("/articles/first-story"));
  });

  it("reuses an unchanged article's page across renders with the same settings", () => {
    const first = renderSite({ articles: [article] }, config).document("/articles/first-story");
    const again = renderSite({ articles: [article, makeArticle({ slug: "other" })] }, config).document("/articles/first-story");
    expect(again).toBe(first);
  });

  it("keeps nothing with keep: false, yet renders the same bytes", () => {
    const kept = renderSite({ articles: [article] }, config);
    const once = renderSite({ articles: [article] }, config, { keep: false });
    for (const path of ["/", "/atom.xml", "/articles/first-story"]) {
      const a = once.document(path)!;
      const b = once.document(path)!;
      expect(a, path).not.toBe(b);
      expect(a.body, path).toBe(kept.document(path)!.body);
    }
  });
});

describe("inputsOf", () => {
  const a = makeArticle({ slug: "a", title: "A", tags: ["World"] });
  const b = makeArticle({ slug: "b", title: "B" });
  const digests = (articles: Article[]) => {
    const site = renderSite({ articles }, config);
    return Object.fromEntries(site.paths().map((path) => [path, site.inputsOf(path)]));
  };

  it("is the same for equal inputs, even from other article objects", () => {
    expect(digests([makeArticle({ slug: "a", title: "A", tags: ["World"] }), makeArticle({ slug: "b", title: "B" })])).toEqual(digests([a, b]));
  });

  it("changes exactly for the documents an edit touches", () => {
    const before = digests([a, b]);
    const after = digests([a, { ...b, title: "B, corrected" }]);
    const changed = Object.keys(before).filter((path) => before[path] !== after[path]);
    expect(changed.sort()).toEqual(["/", "/articles/b", ...FEEDS].sort());
  });

  it("changes with the folder's modification for the feed and landing page only", () => {
    const before = renderSite({ articles: [a] }, config);
    const after = renderSite({ articles: [a], folderModified: at("2025-01-01T00:00:00Z") }, config);
    expect(["/", ...FEEDS, "/articles/a", "/tags/world/rss.xml"].filter((p) => before.inputsOf(p) !== after.inputsOf(p))).toEqual(["/", ...FEEDS]);
  });
});

describe("FEED_MAX_BYTES", () => {
  const small = readSiteConfig({ SITE_URL: "https://news.example.com", FEED_MAX_BYTES: String(16 * 1024) });
  const text = "A very long paragraph of reporting ]]> with ünïcode and <markup> & more. ".repeat(1000);
  const huge = makeArticle({ slug: "huge", summary: "The short version.", blocks: [{ kind: "paragraph", text }] });

  it("carries an article too large for a feed by its summary and a link, within the limit; its page keeps the whole text", () => {
    const site = renderSite({ articles: [huge] }, small);
    for (const path of FEEDS) {
      const body = site.document(path)!.body;
      expect(new TextEncoder().encode(body).length, path).toBeLessThanOrEqual(16 * 1024);
      expect(body, path).toContain("Read the whole article");
    }
    const [item] = JSON.parse(site.document("/feed.json")!.body).items;
    expect(item.content_html).toContain("<p>The short version.</p>");
    parseStrictXml(site.document("/rss.xml")!.body);
    expect(site.document("/articles/huge")!.body).toContain(text.slice(0, 200).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;"));
  });

  it("carries a large article that fits whole", () => {
    const fits = makeArticle({ slug: "fits", blocks: [{ kind: "paragraph", text: text.slice(0, 8000) }] });
    const body = renderSite({ articles: [fits] }, small).document("/feed.json")!.body;
    expect(body).not.toContain("Read the whole article");
    expect(JSON.parse(body).items[0].content_html.length).toBeGreaterThan(8000);
  });
});
