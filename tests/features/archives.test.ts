/**
 * RFC 5005 archives and JSON Feed next_url: a client that follows the links
 * from the subscription feed visits every article exactly once, in every format.
 */
import { describe, expect, it } from "vitest";
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
    expect(visited.map(local)).toEqual(["/feed.json", ...[6, 5, 4, 3, 2, 1].map((n) => `/archive/${n}/feed.json`)]);
    expect(ids).toHaveLength(130);
    expect(new Set(ids).size).toBe(130);
  });

  it("Atom: prev-archive leads through every entry once; archives link back and forth", async () => {
    const { visited, ids } = await walk(`${SITE}/atom.xml`, (body) => {
      const feed = parseStrictXml(body);
      return { ids: children(feed, "entry").map((e) => child(e, "id").text), next: atomLink(feed, "prev-archive") };
    });
    expect(visited).toHaveLength(7);
    expect(new Set(ids).size).toBe(130);
    const page3 = parseStrictXml(await (await app.request("/archive/3/atom.xml")).text());
    expect(atomLink(page3, "current")).toBe(`${SITE}/atom.xml`);
    expect(atomLink(page3, "next-archive")).toBe(`${SITE}/archive/4/atom.xml`);
    expect(atomLink(page3, "prev-archive")).toBe(`${SITE}/archive/2/atom.xml`);
    expect(children(page3, "fh:archive")).toHaveLength(1);
  });

  it("RSS: atom:link prev-archive leads through every item once", async () => {
    const { ids } = await walk(`${SITE}/rss.xml`, (body) => {
      const channel = child(parseStrictXml(body), "channel");
      const prev = children(channel, "atom:link").find((l) => l.attributes.rel === "prev-archive")?.attributes.href;
      return { ids: children(channel, "item").map((i) => child(i, "guid").text), next: prev };
    });
    expect(new Set(ids).size).toBe(130);
  });

  it("full archive pages are cached for long, the partial newest one and the feeds are not", async () => {
    expect((await app.request("/archive/1/rss.xml")).headers.get("cache-control")).toMatch(/max-age=2592000/);
    expect((await app.request("/archive/6/rss.xml")).headers.get("cache-control")).toMatch(/max-age=900,/);
    expect((await app.request("/rss.xml")).headers.get("cache-control")).toMatch(/max-age=900,/);
    const page1 = JSON.parse(await (await app.request("/archive/1/feed.json")).text());
    expect(page1.items.map((i: { title: string }) => i.title)).toEqual(Array.from({ length: 20 }, (_, k) => `Story ${19 - k}`));
    expect(page1.next_url).toBeUndefined();
  });

  it("archive documents are valid Atom; unknown pages are 404", async () => {
    expect((await validateAtom(await (await app.request("/archive/2/atom.xml")).text())).errors).toEqual([]);
    for (const path of ["/archive/0/rss.xml", "/archive/7/feed.json", "/archive/x/atom.xml", "/archive/1/"]) {
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
