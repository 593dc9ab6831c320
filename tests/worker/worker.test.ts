/**
 * Runs inside workerd (vitest-pool-workers), against the worker that
 * wrangler.toml describes: same settings, same built site (`npm run
 * build:site`, run by `npm test` first), same assets.
 */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Manifest } from "../../src/serve/manifest";
import { INTERNALS, TRAVERSALS } from "../support/hostile";

const SITE = "http://localhost:8787";
const manifest = await (await (env as unknown as { ASSETS: Fetcher }).ASSETS.fetch("https://assets.invalid/_site/manifest.json")).json<Manifest>();
/** The built article pages' slugs, newest first. */
const slugs = Object.keys(manifest.documents).filter((path) => path.startsWith("/articles/")).map((path) => path.slice("/articles/".length));

describe("the worker, inside workerd", () => {
  it.each([
    ["/rss.xml", "application/rss+xml; charset=utf-8", "<rss version=\"2.0\""],
    ["/atom.xml", "application/atom+xml; charset=utf-8", "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"],
    ["/", "text/html; charset=utf-8", "<link rel=\"alternate\" type=\"application/feed+json\""],
  ])("GET %s", async (path, type, marker) => {
    const response = await SELF.fetch(`${SITE}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const body = await response.text();
    expect(body).toContain(marker);
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) expect(body).toContain(`${SITE}/articles/${slug}`);
  });

  it("serves JSON Feed 1.1 with every bundled article", async () => {
    const response = await SELF.fetch(`${SITE}/feed.json`);
    expect(response.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    const feed = (await response.json()) as { version: string; feed_url: string; items: { id: string; title: string; date_published: string }[] };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    expect(feed.items.map((i) => i.id)).toEqual(slugs.map((slug) => `${SITE}/articles/${slug}`));
    for (const item of feed.items) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(Date.parse(item.date_published)).not.toBeNaN();
    }
  });

  it("serves article pages and a 404 page", async () => {
    const page = await SELF.fetch(`${SITE}/articles/${slugs[0]}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`<link rel="canonical" href="${SITE}/articles/${slugs[0]}">`);
    const missing = await SELF.fetch(`${SITE}/articles/no-such-article`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page not found");
  });

  it("serves the feed stylesheet as XSL", async () => {
    const xsl = await SELF.fetch(`${SITE}/feed.xsl`);
    expect(xsl.status).toBe(200);
    expect(xsl.headers.get("content-type")).toMatch(/^(text\/xsl|application\/xslt\+xml|application\/xml|text\/xml)/);
    expect(await xsl.text()).toContain("<xsl:stylesheet");
  });

  it("serves public/ through static assets", async () => {
    const icon = await SELF.fetch(`${SITE}/icon.png`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await icon.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});

describe("the build's own files, inside workerd", () => {
  it.each(["/_site/manifest.json", "/_site/404.html", "/_site/docs/rss.xml", "/_site/docs/index", "/_SITE/manifest.json", "/%5Fsite/manifest.json"])("GET %s → the 404 page", async (path) => {
    const response = await SELF.fetch(`${SITE}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });
});

describe("hostile requests, inside workerd", () => {
  it.each(TRAVERSALS)("GET %s → 404, nothing leaked", async (path) => {
    const response = await SELF.fetch(`${SITE}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(INTERNALS);
  });
});
