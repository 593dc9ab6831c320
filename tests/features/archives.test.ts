/**
 * RFC 5005 archives and JSON Feed next_url: a client that follows the links
 * from the subscription feed visits every article exactly once, in every format.
 */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { loadArticles } from "../../src/article/article-store";
import { entryBytes } from "../../src/render/byte-budget";
import { toEntry } from "../../src/render/entries";
import { subscriptionAndArchives } from "../../src/render/feed-docs";
import { appFor, source } from "../support/fixtures";
import { validateAtom } from "../support/validate-atom";
import { validateJsonFeed } from "../support/json-feed-schema";
import { child, children, parseStrictXml, type XmlElement } from "../support/xml";

const SITE = "https://news.example.com";
const articles = Array.from({ length: 130 }, (_, i) => {
  const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString();
  return source(`story-${String(i).padStart(3, "0")}.md`, `---\ntitle: Story ${i}\ndate: ${day}\ntags: [${i % 2 ? "odd" : "even"}${i % 10 === 0 ? ", Décennie" : ""}]\n---\nBody ${i}.\n`);
});
const { app } = appFor(articles, { SITE_URL: SITE, FEED_LIMIT: "20" });
const local = (url: string) => url.slice(SITE.length);

async function walk(start: string, next: (body: string) => { ids: string[]; next?: string }) {
  const visited: string[] = [];
  const ids: string[] = [];
  for (let url: string | undefined = start; url; ) {
    visited.push(url);
    const response = await app.request(local(url));
    expect(response.status, url).toBe(200);
    const page = next(await response.text());
    ids.push(...page.ids);
    url = page.next;
    expect(visited.length).toBeLessThan(20);
  }
  return { visited, ids };
}

const atomLink = (feed: XmlElement, rel: string) => children(feed, "link").find((l) => l.attributes.rel === rel)?.attributes.href;

describe("archives", () => {
  it("JSON Feed: next_url leads through every article once", async () => {
    const { visited, ids } = await walk(`${SITE}/feed.json`, (body) => {
      const feed = JSON.parse(body);
      expect(validateJsonFeed(feed)).toEqual([]);
      return { ids: feed.items.map((i: { id: string }) => i.id), next: feed.next_url };
    });
    // Stories are one a day from 2020-01-01; the feed holds the newest 20 (from 20 April).
    expect(visited.map(local)).toEqual(["/feed.json", ...["2020-04", "2020-03", "2020-02", "2020-01"].map((m) => `/archive/${m}/feed.json`)]);
    expect(ids).toHaveLength(130);
    expect(new Set(ids).size).toBe(130);
  });

  it("Atom: prev-archive leads through every entry once; archives link back and forth", async () => {
    const { visited, ids } = await walk(`${SITE}/atom.xml`, (body) => {
      const feed = parseStrictXml(body);
      return { ids: children(feed, "entry").map((e) => child(e, "id").text), next: atomLink(feed, "prev-archive") };
    });
    expect(visited).toHaveLength(5);
    expect(new Set(ids).size).toBe(130);
    const march = parseStrictXml(await (await app.request("/archive/2020-03/atom.xml")).text());
    expect(atomLink(march, "current")).toBe(`${SITE}/atom.xml`);
    // Complete pages must not change, so they leave out next-archive (the one link that could).
    expect(atomLink(march, "next-archive")).toBeUndefined();
    expect(atomLink(march, "prev-archive")).toBe(`${SITE}/archive/2020-02/atom.xml`);
    expect(children(march, "fh:archive")).toHaveLength(1);
    expect(children(march, "entry")).toHaveLength(31);
  });

  it("RSS: atom:link prev-archive leads through every item once", async () => {
    const { ids } = await walk(`${SITE}/rss.xml`, (body) => {
      const channel = child(parseStrictXml(body), "channel");
      const prev = children(channel, "atom:link").find((l) => l.attributes.rel === "prev-archive")?.attributes.href;
      return { ids: children(channel, "item").map((i) => child(i, "guid").text), next: prev };
    });
    expect(new Set(ids).size).toBe(130);
  });

  it("past months are cached for a day; the month still shared with the feed, and the feeds, are not", async () => {
    expect((await app.request("/archive/2020-01/rss.xml")).headers.get("cache-control")).toMatch(/max-age=86400,/);
    expect((await app.request("/archive/2020-04/rss.xml")).headers.get("cache-control")).toMatch(/max-age=900,/);
    expect((await app.request("/rss.xml")).headers.get("cache-control")).toMatch(/max-age=900,/);
    const january = JSON.parse(await (await app.request("/archive/2020-01/feed.json")).text());
    expect(january.items.map((i: { title: string }) => i.title)).toEqual(Array.from({ length: 31 }, (_, k) => `Story ${30 - k}`));
    expect(january.next_url).toBeUndefined();
  });

  it("pages are stable: a change touches only its own month", async () => {
    const body = async (a: ReturnType<typeof appFor>["app"], path: string) => (await a.request(path)).text();
    const fewer = appFor(articles.filter((_, i) => i !== 45), { SITE_URL: SITE, FEED_LIMIT: "20" }).app; // a February story removed
    const more = appFor([...articles, source("new.md", "---\ntitle: Brand new\ndate: 2020-06-01\n---\nNew.\n")], { SITE_URL: SITE, FEED_LIMIT: "20" }).app;
    expect(await body(fewer, "/archive/2020-01/feed.json")).toBe(await body(app, "/archive/2020-01/feed.json"));
    expect(await body(fewer, "/archive/2020-03/feed.json")).toBe(await body(app, "/archive/2020-03/feed.json"));
    expect(await body(fewer, "/archive/2020-02/feed.json")).not.toBe(await body(app, "/archive/2020-02/feed.json"));
    for (const month of ["2020-01", "2020-02", "2020-03"]) expect(await body(more, `/archive/${month}/feed.json`)).toBe(await body(app, `/archive/${month}/feed.json`));
  });

  it("a complete page keeps its bytes when newer archive pages appear", async () => {
    const post = (name: string, date: string) => source(`${name}.md`, `---\ntitle: ${name}\ndate: ${date}\n---\nBody.\n`);
    const base = [post("feb1", "2024-02-01"), post("apr2", "2024-04-02"), post("apr3", "2024-04-03")];
    const before = appFor(base, { SITE_URL: SITE, FEED_LIMIT: "2" }).app;
    const after = appFor([...base, post("may1", "2024-05-01")], { SITE_URL: SITE, FEED_LIMIT: "2" }).app;
    const feb = async (a: typeof before) => (await a.request("/archive/2024-02/feed.json")).text();
    expect((await before.request("/archive/2024-02/feed.json")).headers.get("cache-control")).toMatch(/max-age=86400,/);
    expect(await feb(after)).toBe(await feb(before));
    expect((await after.request("/archive/2024-04/feed.json")).status).toBe(200);
  });

  it("a month with more articles than a page holds is split into parts, oldest first", async () => {
    const crowded = Array.from({ length: 130 }, (_, i) => source(`c-${i}.md`, `---\ntitle: C ${i}\ndate: 2021-05-01T${String(Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00Z\n---\nBody.\n`));
    const { app: split } = appFor(crowded, { SITE_URL: SITE, FEED_LIMIT: "20" });
    const { visited, ids } = await (async () => {
      const seen: string[] = [];
      const got: string[] = [];
      for (let url: string | undefined = `${SITE}/feed.json`; url; ) {
        seen.push(url.slice(SITE.length));
        const feed = JSON.parse(await (await split.request(url.slice(SITE.length))).text());
        got.push(...feed.items.map((i: { id: string }) => i.id));
        url = feed.next_url;
      }
      return { visited: seen, ids: got };
    })();
    // The oldest part keeps the month's own address, so it never disappears when the month grows.
    expect(visited).toEqual(["/feed.json", "/archive/2021-05.3/feed.json", "/archive/2021-05.2/feed.json", "/archive/2021-05/feed.json"]);
    expect(new Set(ids).size).toBe(130);
    // Part numbers are spelt one way, and only parts that exist answer.
    for (const path of ["/archive/2021-05.1/feed.json", "/archive/2021-05.02/feed.json", "/archive/2021-05.4/feed.json", "/archive/2021-05.0/rss.xml", "/archive/2021-06/atom.xml"]) {
      expect((await split.request(path)).status, path).toBe(404);
    }
  });

  it("a month is split into pages only when one of its pages is asked for; enumerating gives the pages links reach", () => {
    const loaded = loadArticles(articles);
    const config = readSiteConfig({ SITE_URL: SITE, FEED_LIMIT: "20" });
    const sized = new Set<string>();
    const feeds = subscriptionAndArchives(loaded.articles, (a) => toEntry(a, config), (a) => {
      sized.add(a.slug);
      return entryBytes(toEntry(a, config));
    }, config, `${SITE}/`);
    // The feed's items and the newest archive month (its prev-archive link names that month's newest page).
    const months = (slugs: Iterable<string>) => new Set([...slugs].map((slug) => loaded.articles.find((a) => a.slug === slug)!.published.toISOString().slice(0, 7)));
    expect(months(sized)).toEqual(new Set(["2020-04", "2020-05"]));
    expect(feeds.archiveAt("/archive/2020-02/atom.xml")?.title).toContain("2020-02");
    // February, and January for February's prev-archive link (January's newest page); March's oldest page keeps the month's own key.
    expect(months(sized)).toEqual(new Set(["2020-01", "2020-02", "2020-04", "2020-05"]));
    const all = feeds.archives();
    expect(all.map((d) => d.paths.json)).toEqual(["2020-04", "2020-03", "2020-02", "2020-01"].map((m) => `/archive/${m}/feed.json`));
    for (const doc of all) expect(feeds.archiveAt(doc.paths.rss)).toBe(doc);
  });

  it("archive documents are valid Atom; unknown pages are 404", async () => {
    expect((await validateAtom(await (await app.request("/archive/2020-02/atom.xml")).text())).errors).toEqual([]);
    for (const path of ["/archive/2019-12/rss.xml", "/archive/2020-05/feed.json", "/archive/x/atom.xml", "/archive/2020-01/", "/archive/1/rss.xml"]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});

describe("tag feeds", () => {
  it("every tag has a feed in each format, with only its articles", async () => {
    const odd = JSON.parse(await (await app.request("/tags/odd/feed.json")).text());
    expect(validateJsonFeed(odd)).toEqual([]);
    expect(odd.title).toBe("Feed Publisher: odd");
    expect(odd.items).toHaveLength(20);
    expect(odd.items.every((i: { tags: string[] }) => i.tags.includes("odd"))).toBe(true);
    expect(odd.feed_url).toBe(`${SITE}/tags/odd/feed.json`);
    const decade = await app.request("/tags/decennie/atom.xml");
    expect(decade.status).toBe(200);
    expect((await validateAtom(await decade.text())).errors).toEqual([]);
    expect((await app.request("/tags/nope/rss.xml")).status).toBe(404);
  });

  it("tags are discoverable from the landing page and article pages", async () => {
    const landing = await (await app.request("/")).text();
    expect(landing).toContain(`href="${SITE}/tags/odd/rss.xml"`);
    expect(landing).toContain("Décennie");
    const page = await (await app.request("/articles/story-010")).text();
    expect(page).toContain(`<link rel="alternate" type="application/feed+json" title="Feed Publisher: Décennie (JSON Feed)" href="${SITE}/tags/decennie/feed.json">`);
  });
});
