/**
 * FEED_MAX_BYTES caps every feed document (feed, archive page, tag feed) as
 * FEED_LIMIT caps its items: long articles move to the archives, and a walk
 * through the archives still meets every article exactly once.
 */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { appFor, source } from "../support/fixtures";
import { validateAtom } from "../support/validate-atom";
import { validateJsonFeed } from "../support/json-feed-schema";
import { child, children, parseStrictXml } from "../support/xml";

const SITE = "https://news.example.com";
const local = (url: string) => url.slice(SITE.length);

const PARAGRAPHS = [
  "The council said on Tuesday that the \"new\" plan would cut costs & raise spending on schools, roads and hospitals across the region.",
  "À Lyon, les cafés-librairies se multiplient malgré la hausse des loyers, « un pari » selon leurs fondateurs.",
  "افتتاح محطة جديدة لتحلية المياه على الساحل الشمالي بعد سنوات من التأخير.",
  "新しい路面電車が開業し、市中心部の渋滞緩和に期待が高まっている。",
];

/** Forty long Markdown articles (about 9–30 KB each times `scale`, several scripts) over three months. */
function longArticles(count = 40, scale = 1) {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) + i * 2 * 86_400_000).toISOString();
    const body = Array.from({ length: (40 + (i % 5) * 30) * scale }, (_, k) => PARAGRAPHS[(i + k) % PARAGRAPHS.length]).join("\n\n");
    return source(`long-${String(i).padStart(2, "0")}.md`, `---\ntitle: "Long story ${i} with <markup> & \\"quotes\\""\ndate: ${day}\ntags: [Long, ${i % 2 ? "Odd" : "Even"}]\n---\n\n${body}\n`);
  });
}

type App = ReturnType<typeof appFor>["app"];

async function fetchBody(app: App, path: string): Promise<string> {
  const response = await app.request(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** Follows prev-archive / next_url from a feed; every page's byte size and item ids. */
async function walk(app: App, format: "rss" | "atom" | "json") {
  const start = { rss: "/rss.xml", atom: "/atom.xml", json: "/feed.json" }[format];
  const pages: { path: string; bytes: number; ids: string[] }[] = [];
  for (let path: string | undefined = start; path; ) {
    const body = await fetchBody(app, path);
    let ids: string[];
    let next: string | undefined;
    if (format === "json") {
      const feed = JSON.parse(body);
      expect(validateJsonFeed(feed)).toEqual([]);
      ids = feed.items.map((i: { id: string }) => i.id);
      next = feed.next_url;
    } else {
      const root = parseStrictXml(body);
      const holder = format === "rss" ? child(root, "channel") : root;
      ids = format === "rss" ? children(holder, "item").map((i) => child(i, "guid").text) : children(holder, "entry").map((e) => child(e, "id").text);
      next = children(holder, format === "rss" ? "atom:link" : "link").find((l) => l.attributes.rel === "prev-archive")?.attributes.href;
    }
    pages.push({ path, bytes: new TextEncoder().encode(body).length, ids });
    path = next ? local(next) : undefined;
    expect(pages.length).toBeLessThan(100);
  }
  return pages;
}

describe("FEED_MAX_BYTES", () => {
  it("defaults to 512 KB and is validated", () => {
    expect(readSiteConfig({}).feedMaxBytes).toBe(524_288);
    expect(readSiteConfig({ FEED_MAX_BYTES: "60000" }).feedMaxBytes).toBe(60_000);
    expect(() => readSiteConfig({ FEED_MAX_BYTES: "100" })).toThrow(/FEED_MAX_BYTES must be a whole number/);
  });

  it("without it, forty long articles make a feed well over 512 KB; with the default, every feed stays under it", async () => {
    const sources = longArticles(40, 3);
    const unlimited = appFor(sources, { SITE_URL: SITE, FEED_MAX_BYTES: String(1024 ** 3) }).app;
    expect(new TextEncoder().encode(await fetchBody(unlimited, "/feed.json")).length).toBeGreaterThan(1_000_000);
    const { app } = appFor(sources, { SITE_URL: SITE });
    for (const format of ["rss", "atom", "json"] as const) {
      const pages = await walk(app, format);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(page.bytes, page.path).toBeLessThanOrEqual(524_288);
      expect(new Set(pages.flatMap((p) => p.ids)).size).toBe(40);
    }
  });

  describe("at 60000 bytes", async () => {
    const sources = longArticles();
    const { app, site } = appFor(sources, { SITE_URL: SITE, FEED_MAX_BYTES: "60000" });

    for (const format of ["rss", "atom", "json"] as const) {
      it(`${format}: every page is under 60,000 bytes and the walk meets every article exactly once`, async () => {
        const pages = await walk(app, format);
        for (const page of pages) expect(page.bytes, page.path).toBeLessThan(60_000);
        const ids = pages.flatMap((p) => p.ids);
        expect(ids).toHaveLength(40);
        expect(new Set(ids).size).toBe(40);
        // The budget, not FEED_LIMIT (50), is what splits them.
        expect(pages.length).toBeGreaterThan(5);
      });
    }

    it("every document the site serves, tag feeds included, is under 60,000 bytes and valid", async () => {
      const paths = site.rendered.paths().filter((p) => /\.(xml|json)$/.test(p));
      expect(paths.some((p) => p.startsWith("/tags/"))).toBe(true);
      for (const path of paths) {
        const body = await fetchBody(app, path);
        expect(new TextEncoder().encode(body).length, path).toBeLessThan(60_000);
        if (path.endsWith("atom.xml")) expect((await validateAtom(body)).errors, path).toEqual([]);
      }
    });

    it("FEED_LIMIT still applies under the budget", async () => {
      const limited = appFor(sources, { SITE_URL: SITE, FEED_MAX_BYTES: "60000", FEED_LIMIT: "1" }).app;
      expect(JSON.parse(await fetchBody(limited, "/feed.json")).items).toHaveLength(1);
    });
  });

  it("an article too large for the budget on its own is carried by its summary; its page keeps the whole text", async () => {
    const huge = "Word ".repeat(40_000);
    const { app } = appFor([
      source("huge.md", `---\ntitle: A very long report\ndate: 2024-05-01T00:00:00Z\nsummary: The short version.\n---\n\n${huge}\n\nThe last line of the report.\n`),
      source("small.md", "---\ntitle: A short note\ndate: 2024-04-01T00:00:00Z\n---\n\nJust a note.\n"),
    ], { SITE_URL: SITE, FEED_MAX_BYTES: "60000" });
    const feed = await fetchBody(app, "/feed.json");
    expect(feed.length).toBeLessThan(60_000);
    const item = JSON.parse(feed).items[0];
    expect(item.title).toBe("A very long report");
    expect(item.content_html).toContain("The short version.");
    expect(item.content_html).toContain(`href="${SITE}/articles/huge"`);
    expect(item.content_html).not.toContain("The last line of the report.");
    expect(await fetchBody(app, "/articles/huge")).toContain("The last line of the report.");
    const atom = await fetchBody(app, "/atom.xml");
    expect(atom.length).toBeLessThan(60_000);
    expect((await validateAtom(atom)).errors).toEqual([]);
  });
});
