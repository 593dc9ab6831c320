/** The Hono app (src/serve/app.ts): routes, pages, headers, settings applied, errors. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { publicFiles } from "../../src/node/static-files";
import { createApp } from "../../src/serve/app";
import { BASE_HEADERS, CORS, PAGE_HEADERS } from "../../src/serve/resource";
import { buildSite } from "../../src/serve/site";
import { appFor, fixtureBytes, seedSource, source } from "../support/fixtures";

const { app } = appFor([seedSource(), source("full.md", fixtureBytes("markdown/full.md")), source("hostile.md", fixtureBytes("markdown/hostile.md"))]);

describe("routes", () => {
  it.each([
    ["/rss.xml", "application/rss+xml; charset=utf-8"],
    ["/atom.xml", "application/atom+xml; charset=utf-8"],
    ["/feed.json", "application/feed+json; charset=utf-8"],
    ["/", "text/html; charset=utf-8"],
    ["/articles/000_27df97f2463d8e1f", "text/html; charset=utf-8"],
  ])("GET %s → 200 %s", async (path, type) => {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("cache-control")).toBe("public, max-age=900, s-maxage=900, stale-if-error=86400");
    expect((await response.text()).length).toBeGreaterThan(100);
  });

  it("HEAD answers with GET's headers and no body", async () => {
    const get = await app.request("/feed.json");
    const head = await app.request("/feed.json", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
    expect(await head.text()).toBe("");
  });

  it("unknown paths get a friendly HTML 404", async () => {
    for (const path of ["/nope", "/articles/nope", "/rss.xml/extra", "/articles/../rss.xml.bak"]) {
      const response = await app.request(path);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toContain("Page not found");
    }
  });

  it("errors become a generic 500 without internals", async () => {
    const site = buildSite({ articles: [] }, readSiteConfig({}));
    let calls = 0;
    const broken = createApp({
      site: () => {
        if (calls++ > 0) throw new Error("secret /etc/path detail");
        return site;
      },
      logError: () => {},
    });
    await broken.request("/");
    const response = await broken.request("/");
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).toMatch(/^Internal server error \(request [0-9a-f-]+\)\n$/);
    expect(body).not.toContain("secret");
  });
});

describe("pages", () => {
  it("the landing page lists articles and advertises all three feeds", async () => {
    const html = await (await app.request("/")).text();
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Feed Publisher (RSS)" href="https://news.example.com/rss.xml">');
    expect(html).toContain('type="application/atom+xml"');
    expect(html).toContain('type="application/feed+json"');
    expect(html).toContain("Monitor: 58 Syria government fighters killed in ISIS attacks");
    expect(html).toContain('href="https://news.example.com/articles/000_27df97f2463d8e1f"');
  });

  it("article pages carry the content and a canonical link; text cannot inject markup", async () => {
    const seed = await (await app.request("/articles/000_27df97f2463d8e1f")).text();
    expect(seed).toContain('<link rel="canonical" href="https://news.example.com/articles/000_27df97f2463d8e1f">');
    expect(seed).toContain("<h2>Supply lines</h2>");
    const full = await (await app.request("/articles/full")).text();
    expect(full).toContain('<link rel="canonical" href="https://news.example.org/2024/03/desalination-plant">');
    const hostile = await (await app.request("/articles/hostile")).text();
    expect(hostile).toContain("<title>Tags &lt;b&gt;&amp;&lt;/b&gt; ]]&gt; and ]]&gt; again · Feed Publisher</title>");
    expect(hostile).not.toMatch(/<script>alert|<(iframe|svg|object|embed|form|input)\b|\son\w+=|(href|src)="\s*(javascript|data|vbscript):/i);
  });
});

describe("headers for people's pages", () => {
  it("pages forbid inline script and framing; 404 is not cached", async () => {
    const page = await app.request("/articles/000_27df97f2463d8e1f");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await page.text()).not.toMatch(/<script>(?!<\/script>)/);
    const missing = await app.request("/articles/nope");
    expect(missing.headers.get("cache-control")).toBe("no-store");
    expect(missing.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
  const READER_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1";

  it("browsers get RSS and Atom as application/xml (so the stylesheet applies), readers their own types", async () => {
    for (const [path, own] of [["/rss.xml", "application/rss+xml"], ["/atom.xml", "application/atom+xml"]] as const) {
      const browser = await app.request(path, { headers: { Accept: BROWSER_ACCEPT } });
      const reader = await app.request(path, { headers: { Accept: READER_ACCEPT } });
      expect(browser.headers.get("content-type")).toBe("application/xml; charset=utf-8");
      expect(reader.headers.get("content-type")).toBe(`${own}; charset=utf-8`);
      expect(browser.headers.get("vary")).toBe("Accept, Accept-Encoding");
      expect(browser.headers.get("etag")).not.toBe(reader.headers.get("etag"));
      expect(await browser.text()).toBe(await reader.text());
      const revalidated = await app.request(path, { headers: { Accept: BROWSER_ACCEPT, "If-None-Match": browser.headers.get("etag")! } });
      expect(revalidated.status).toBe(304);
    }
    const json = await app.request("/feed.json", { headers: { Accept: BROWSER_ACCEPT } });
    expect(json.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    expect(json.headers.get("vary")).toBe("Accept-Encoding");
  });

  it.each([
    ["always", "application/xml; charset=utf-8"],
    ["never", "application/rss+xml; charset=utf-8"],
  ])("FEEDS_AS_XML=%s", async (setting, type) => {
    const xml = appFor([seedSource()], { SITE_URL: "https://news.example.com", FEEDS_AS_XML: setting });
    for (const accept of [BROWSER_ACCEPT, READER_ACCEPT]) {
      expect((await xml.app.request("/rss.xml", { headers: { Accept: accept } })).headers.get("content-type")).toBe(type);
    }
  });

  it("RSS and Atom reference the XSL stylesheet by path", async () => {
    for (const path of ["/rss.xml", "/atom.xml"]) {
      const body = await (await app.request(path)).text();
      expect(body.split("\n")[1]).toBe('<?xml-stylesheet href="/feed.xsl" type="text/xsl"?>');
    }
  });
});

describe("a site under a path", () => {
  it("a site under a path gets its feed and item URLs under that path", async () => {
    const sub = appFor([seedSource()], { SITE_URL: "https://example.org/news" });
    const feed = JSON.parse(await (await sub.app.request("/feed.json")).text());
    expect(feed.feed_url).toBe("https://example.org/news/feed.json");
    expect(feed.items[0].id).toBe("https://example.org/news/articles/000_27df97f2463d8e1f");
  });
});

const { site: staticSite } = appFor([seedSource()]);
const appWithStatic = createApp({ site: () => staticSite, staticFiles: publicFiles() });
const pageHeaders = Object.entries({ ...BASE_HEADERS, ...PAGE_HEADERS });

describe("headers of responses the app makes itself", () => {
  it.each([
    ["a static file", "/icon.png", "GET", 200],
    ["the stylesheet", "/feed.xsl", "GET", 200],
    ["a 405", "/rss.xml", "POST", 405],
    ["the 404 page", "/nowhere", "GET", 404],
  ])("%s carries the pages' security headers, and only those", async (_, path, method, status) => {
    const response = await appWithStatic.request(path, { method });
    expect(response.status).toBe(status);
    for (const [name, value] of pageHeaders) expect(response.headers.get(name), name).toBe(value);
    for (const name of ["strict-transport-security", "x-xss-protection", "cross-origin-resource-policy"]) expect(response.headers.get(name), name).toBeNull();
  });

  it("static files are served whatever folder the server was started from", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "started-elsewhere-"));
    const before = process.cwd();
    process.chdir(elsewhere);
    try {
      const app = createApp({ site: () => staticSite, staticFiles: publicFiles() });
      const response = await app.request("/feed.xsl");
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("<xsl:stylesheet");
    } finally {
      process.chdir(before);
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it("a CORS preflight answers with the lists the feeds' headers use", async () => {
    const response = await appWithStatic.request("/rss.xml", { method: "OPTIONS", headers: { Origin: "https://reader.example", "Access-Control-Request-Method": "GET" } });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe(CORS.methods.join(","));
    expect(response.headers.get("access-control-allow-headers")).toBe(CORS.requestHeaders.join(","));
    expect(response.headers.get("access-control-expose-headers")).toBe(CORS.exposedHeaders.join(","));
    expect(response.headers.get("access-control-max-age")).toBe(String(CORS.preflightMaxAge));
    const feed = await appWithStatic.request("/rss.xml");
    expect(feed.headers.get("access-control-expose-headers")).toBe(CORS.exposedHeaders.join(", "));
  });
});
