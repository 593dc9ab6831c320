/** Everything HTTP adds to a document (src/serve/resource.ts): media types, validators, caching, CORS, security headers, codings. */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { hash64 } from "../../src/core/hash";
import {
  CONTENT_TYPES, cacheControlFor, digestOf, etagOf, mediaTypesOf, notFoundResponse, toResource, type Compressor, type DocumentFacts,
} from "../../src/serve/resource";

const config = readSiteConfig({ SITE_URL: "https://news.example.com", CACHE_MAX_AGE: "300" });
const bytes = (n: number) => new TextEncoder().encode("x".repeat(n));
const facts = (family: DocumentFacts["family"], body: Uint8Array, extra: Partial<DocumentFacts> = {}): DocumentFacts =>
  ({ family, hash: digestOf(body), length: body.length, lastModifiedMs: Date.UTC(2024, 2, 1, 9, 30, 15), ...extra });

describe("media types", () => {
  it("sends every form as UTF-8", () => {
    expect(CONTENT_TYPES).toEqual({
      rss: "application/rss+xml; charset=utf-8",
      atom: "application/atom+xml; charset=utf-8",
      json: "application/feed+json; charset=utf-8",
      html: "text/html; charset=utf-8",
      xml: "application/xml; charset=utf-8",
    });
  });

  it("offers RSS and Atom as application/xml to browsers only as FEEDS_AS_XML says", () => {
    const as = (value: string) => readSiteConfig({ FEEDS_AS_XML: value });
    expect(mediaTypesOf("rss", as("browsers"))).toEqual(["rss", "xml"]);
    expect(mediaTypesOf("atom", as("browsers"))).toEqual(["atom", "xml"]);
    expect(mediaTypesOf("rss", as("always"))).toEqual(["xml"]);
    expect(mediaTypesOf("atom", as("never"))).toEqual(["atom"]);
    for (const value of ["browsers", "always", "never"]) {
      expect(mediaTypesOf("json", as(value))).toEqual(["json"]);
      expect(mediaTypesOf("html", as(value))).toEqual(["html"]);
    }
  });
});

describe("validators", () => {
  it("makes a strong ETag from the digest, the length and the type, so each form validates on its own", () => {
    const f = facts("rss", bytes(100));
    expect(etagOf(f, "rss")).toBe(`"${hash64(bytes(100))}-2s-rss"`);
    expect(etagOf(f, "xml")).not.toBe(etagOf(f, "rss"));
    expect(etagOf({ ...f, length: 101 }, "rss")).not.toBe(etagOf(f, "rss"));
  });

  it("digests a body with hash64", () => {
    expect(digestOf(bytes(10))).toBe(hash64(bytes(10)));
  });

  it("lets caches keep a response for CACHE_MAX_AGE, and serve it stale for a day when the origin fails", () => {
    expect(cacheControlFor(config)).toBe("public, max-age=300, s-maxage=300, stale-if-error=86400");
    expect(cacheControlFor(readSiteConfig({ CACHE_MAX_AGE: "0" }))).toBe("public, max-age=0, s-maxage=0, stale-if-error=86400");
  });
});

describe("toResource", () => {
  it("prepares a page with its type, length, validators and the pages' security headers, no CORS", () => {
    const body = bytes(10);
    const page = toResource("/", facts("html", body), config, body);
    expect(page.body).toBe(body);
    expect(page.etag).toBe(etagOf(facts("html", body), "html"));
    expect(page.lastModifiedMs).toBe(Date.UTC(2024, 2, 1, 9, 30, 15));
    expect(page.headers).toMatchObject({
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": "10",
      ETag: page.etag,
      "Last-Modified": "Fri, 01 Mar 2024 09:30:15 GMT",
      "Cache-Control": "public, max-age=300, s-maxage=300, stale-if-error=86400",
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
    expect(page.headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers["Access-Control-Allow-Origin"]).toBeUndefined();
    expect(page.forBrowsers).toBeUndefined();
  });

  it("gives a 304 the validators and caching headers but no representation metadata", () => {
    const body = bytes(10);
    const page = toResource("/", facts("html", body), config, body);
    expect(page.notModifiedHeaders.ETag).toBe(page.etag);
    expect(page.notModifiedHeaders["Last-Modified"]).toBe(page.headers["Last-Modified"]);
    expect(page.notModifiedHeaders["Cache-Control"]).toBe(page.headers["Cache-Control"]);
    expect(page.notModifiedHeaders.Vary).toBe("Accept-Encoding");
    expect(page.notModifiedHeaders["Content-Type"]).toBeUndefined();
    expect(page.notModifiedHeaders["Content-Length"]).toBeUndefined();
  });

  it("opens a feed to web-based readers (CORS) without the pages' policy, and varies on Accept when it has a browser form", () => {
    const body = bytes(10);
    const rss = toResource("/rss.xml", facts("rss", body), config, body);
    expect(rss.headers["Content-Type"]).toBe("application/rss+xml; charset=utf-8");
    expect(rss.headers["Access-Control-Allow-Origin"]).toBe("*");
    expect(rss.headers["Access-Control-Expose-Headers"]).toBe("ETag, Last-Modified, Link");
    expect(rss.headers["Content-Security-Policy"]).toBeUndefined();
    expect(rss.headers.Vary).toBe("Accept, Accept-Encoding");
    const browsers = rss.forBrowsers!;
    expect(browsers.headers["Content-Type"]).toBe("application/xml; charset=utf-8");
    expect(browsers.etag).not.toBe(rss.etag);
    expect(browsers.body).toBe(body);
    const json = toResource("/feed.json", facts("json", body), config, body);
    expect(json.headers.Vary).toBe("Accept-Encoding");
    expect(json.forBrowsers).toBeUndefined();
  });

  it("lets a complete archive page be kept for a day", () => {
    const body = bytes(10);
    expect(toResource("/archive/2024-01/atom.xml", facts("atom", body, { final: true }), config, body).headers["Cache-Control"])
      .toBe("public, max-age=86400, s-maxage=86400, stale-if-error=86400");
  });

  it("names the WebSub hub and the feed's own URL (under SITE_URL's path) in a Link header, on feeds only", () => {
    const withHub = readSiteConfig({ SITE_URL: "https://example.org/news", WEBSUB_HUB: "https://hub.example.net/" });
    const body = bytes(10);
    expect(toResource("/tags/world/rss.xml", facts("rss", body), withHub, body).headers.Link)
      .toBe('<https://hub.example.net/>; rel="hub", <https://example.org/news/tags/world/rss.xml>; rel="self"');
    expect(toResource("/", facts("html", body), withHub, body).headers.Link).toBeUndefined();
    expect(toResource("/rss.xml", facts("rss", body), config, body).headers.Link).toBeUndefined();
  });

  it("carries no body and no codings when the bytes live elsewhere (the worker's assets)", () => {
    const resource = toResource("/atom.xml", facts("atom", bytes(5000)), config, undefined, () => new Uint8Array(1));
    expect("body" in resource).toBe(false);
    expect(resource.codings).toEqual([]);
    expect(resource.headers["Content-Length"]).toBe("5000");
  });
});

describe("toResource: compressed forms", () => {
  const calls: string[] = [];
  const halve: Compressor = (coding, input) => (calls.push(coding), input.slice(0, input.length / 2));

  it("offers br and gzip from 1024 bytes, not below", () => {
    expect(toResource("/", facts("html", bytes(1023)), config, bytes(1023), halve).codings).toEqual([]);
    expect(toResource("/", facts("html", bytes(1024)), config, bytes(1024), halve).codings).toEqual(["br", "gzip"]);
    expect(toResource("/", facts("html", bytes(5000)), config, bytes(5000)).codings).toEqual([]);
  });

  it("sends the compressed bytes with their own length and coding, keeping the validators", () => {
    const body = bytes(4000);
    const resource = toResource("/", facts("html", body), config, body, halve);
    const gzip = resource.encoded("gzip")!;
    expect(gzip.body.length).toBe(2000);
    expect(gzip.headers).toMatchObject({ "Content-Encoding": "gzip", "Content-Length": "2000", ETag: resource.etag, "Content-Type": "text/html; charset=utf-8" });
    expect(resource.headers["Content-Encoding"]).toBeUndefined();
  });

  it("compresses once per coding, shared by both forms of a feed", () => {
    calls.length = 0;
    const body = bytes(4000);
    const rss = toResource("/rss.xml", facts("rss", body), config, body, halve);
    rss.encoded("br");
    rss.encoded("br");
    const forBrowsers = rss.forBrowsers!.encoded("br")!;
    expect(calls).toEqual(["br"]);
    expect(forBrowsers.headers["Content-Type"]).toBe("application/xml; charset=utf-8");
    expect(forBrowsers.body).toBe(rss.encoded("br")!.body);
  });

  it("does not send a compressed form that is no smaller, or that the compressor skipped", () => {
    const body = bytes(2000);
    expect(toResource("/", facts("html", body), config, body, (_c, input) => input.slice()).encoded("br")).toBeUndefined();
    expect(toResource("/", facts("html", body), config, body, () => undefined).encoded("gzip")).toBeUndefined();
  });
});

describe("notFoundResponse", () => {
  it("is an HTML page with the pages' headers that no cache keeps", () => {
    const body = new TextEncoder().encode("<h1>Not found — here</h1>");
    const response = notFoundResponse(body);
    expect(response.body).toBe(body);
    expect(response.headers).toMatchObject({ "Content-Type": "text/html; charset=utf-8", "Content-Length": String(body.length), "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
    expect(response.headers.ETag).toBeUndefined();
  });
});
