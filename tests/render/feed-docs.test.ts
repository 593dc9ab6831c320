/** The feed documents as data (src/render/feed-docs.ts): subscription feed, monthly archive pages, tag feeds. */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import type { Article } from "../../src/core/article";
import { loadArticles } from "../../src/article/article-store";
import type { FeedEntry } from "../../src/render/entries";
import { FEED_PATHS, subscriptionAndArchives, tagFeeds, tagPaths, tagSlug } from "../../src/render/feed-docs";
import { source } from "../support/fixtures";

/** Articles dated by [file name, ISO date, tags], newest first as the store gives them. */
function articles(...specs: [string, string, string[]?][]): Article[] {
  const sources = specs.map(([name, date, tags = []]) => source(`${name}.md`, `---\ntitle: ${name}\ndate: ${date}\ntags: [${tags.map((t) => JSON.stringify(t)).join(", ")}]\n---\nBody of ${name}.\n`));
  return loadArticles(sources).articles;
}
const entryOf = (a: Article) => ({ id: a.slug }) as unknown as FeedEntry;
const oneByte = () => 1;
const HOME = "https://example.org/";

describe("tagSlug and paths", () => {
  it("makes URL-safe slugs, hashed for tags without ASCII letters", () => {
    expect(tagSlug("Science & Tech")).toBe("science-tech");
    expect(tagSlug("Élections")).toBe("elections");
    expect(tagSlug("سياسة")).toMatch(/^tag-[0-9a-f]{8}$/);
    expect(tagSlug("سياسة")).toBe(tagSlug("سياسة"));
  });

  it("keeps C, C++ and C# apart: a plus or a hash after a letter is spelled out", () => {
    expect([tagSlug("C"), tagSlug("C++"), tagSlug("C#"), tagSlug("F#"), tagSlug("Google+")]).toEqual(["c", "c-plus-plus", "c-sharp", "f-sharp", "google-plus"]);
    expect(tagSlug("#MeToo")).toBe("metoo");
  });

  it("puts each feed's three formats under one prefix", () => {
    expect(FEED_PATHS).toEqual({ rss: "/rss.xml", atom: "/atom.xml", json: "/feed.json" });
    expect(tagPaths("world")).toEqual({ rss: "/tags/world/rss.xml", atom: "/tags/world/atom.xml", json: "/tags/world/feed.json" });
  });
});

describe("subscriptionAndArchives", () => {
  const config = readSiteConfig({ FEED_LIMIT: "2" });
  const all = articles(
    ["e", "2024-04-02T00:00:00Z"], ["d", "2024-04-01T00:00:00Z"], ["c", "2024-03-20T00:00:00Z"], ["b", "2024-03-02T00:00:00Z"], ["a", "2024-02-10T00:00:00Z"],
  );
  const set = subscriptionAndArchives(all, entryOf, oneByte, config, HOME);
  const docs = [set.subscription, ...set.archives()];

  it("carries the newest FEED_LIMIT articles and files the rest by month, newest month first", () => {
    expect(docs.map((d) => [d.kind, d.paths.rss, d.articles.map((a) => a.slug).join("")])).toEqual([
      ["subscription", "/rss.xml", "ed"],
      ["archive", "/archive/2024-03/rss.xml", "cb"],
      ["archive", "/archive/2024-02/rss.xml", "a"],
    ]);
  });

  it("links the pages so a client visits every article once", () => {
    const [feed, march, february] = docs;
    expect(feed!.prevArchive?.rss).toBe("/archive/2024-03/rss.xml");
    expect(march!.prevArchive?.rss).toBe("/archive/2024-02/rss.xml");
    expect(february!.prevArchive).toBeUndefined();
    expect(march!.current).toEqual(FEED_PATHS);
    expect(march!.nextArchive).toBeUndefined(); // complete: see below
  });

  it("a month older than everything in the feed is complete and names no newer page", () => {
    expect(docs.map((d) => d.complete ?? false)).toEqual([false, true, true]);
    expect(docs[2]!.nextArchive).toBeUndefined();
  });

  it("finds an archive page by any of its paths, and nothing else", () => {
    expect(set.archiveAt("/archive/2024-03/atom.xml")).toBe(docs[1]);
    expect(set.archiveAt("/archive/2024-02/feed.json")).toBe(docs[2]);
    for (const path of ["/archive/2024-01/rss.xml", "/archive/2024-03.1/rss.xml", "/archive/2024-03.2/rss.xml", "/archive/2024-03/index.html", "/rss.xml"]) {
      expect(set.archiveAt(path), path).toBeUndefined();
    }
  });

  it("dates each document by its newest item, never the clock", () => {
    expect(docs[0]!.updated.toISOString()).toBe("2024-04-02T00:00:00.000Z");
    expect(subscriptionAndArchives([], entryOf, oneByte, config, HOME).subscription.updated.getTime()).toBe(0);
  });

  it("splits a month too big for a page into parts filled from its oldest article", () => {
    const many = articles(...Array.from({ length: 120 }, (_, i): [string, string] => [`m${String(i).padStart(3, "0")}`, `2024-01-01T${String(Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00Z`]));
    const pages = subscriptionAndArchives(many, entryOf, oneByte, readSiteConfig({ FEED_LIMIT: "10" }), HOME).archives();
    expect(pages.map((p) => [p.paths.json, p.articles.length])).toEqual([
      ["/archive/2024-01.3/feed.json", 10],
      ["/archive/2024-01.2/feed.json", 50],
      ["/archive/2024-01/feed.json", 50],
    ]);
    expect(pages[2]!.articles.at(-1)!.slug).toBe("m000");
    // The month is not complete (the feed still carries it): its parts link to the next newer one.
    expect(pages.map((p) => p.nextArchive?.json)).toEqual([undefined, "/archive/2024-01.3/feed.json", "/archive/2024-01.2/feed.json"]);
  });
});

describe("tagFeeds", () => {
  const config = readSiteConfig({ FEED_LIMIT: "1" });
  const all = articles(["two", "2024-03-02T00:00:00Z", ["World", "Science & Tech"]], ["one", "2024-03-01T00:00:00Z", ["world"]]);
  const docs = tagFeeds(all, entryOf, oneByte, config, (path) => `https://example.org${path}`);

  it("one feed per tag, matched case-insensitively, sorted by slug, newest FEED_LIMIT items", () => {
    expect(docs.map((d) => [d.slug, d.label, d.count, d.articles.map((a) => a.slug)])).toEqual([
      ["science-tech", "Science & Tech", 1, ["two"]],
      ["world", "World", 2, ["two"]],
    ]);
    expect(docs[1]).toMatchObject({ kind: "tag", title: "Feed Publisher: World", id: "https://example.org/tags/world/", paths: tagPaths("world") });
  });
});
