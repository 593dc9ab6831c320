/** The answer to a GET or HEAD (src/serve/respond.ts): ledger fallback, browser form, conditional requests, coding. */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { ledgerAnswers } from "../../src/serve/ledger-routes";
import { answer, type HeaderReader } from "../../src/serve/respond";
import { digestOf, notFoundResponse, toResource, type Compressor, type Resource, type ServedSite } from "../../src/serve/resource";

const config = readSiteConfig({ SITE_URL: "https://news.example.com" });
const LAST_MODIFIED = Date.UTC(2024, 2, 1, 9, 30, 15);
const halve: Compressor = (_coding, input) => input.slice(0, input.length / 2);
const encoder = new TextEncoder();

function resourceOf(path: string, family: "rss" | "html", text: string, withBody = true): Resource {
  const body = encoder.encode(text);
  return toResource(path, { family, hash: digestOf(body), length: body.length, lastModifiedMs: LAST_MODIFIED }, config, withBody ? body : undefined, halve);
}

const resources = new Map<string, Resource>([
  ["/rss.xml", resourceOf("/rss.xml", "rss", "<rss/>".repeat(400))],
  ["/small", resourceOf("/small", "html", "<p>short</p>")],
  ["/asset", resourceOf("/asset", "html", "on the worker", false)],
]);
const site: ServedSite = {
  resource: (path) => resources.get(path),
  notFound: notFoundResponse(new Uint8Array()),
  ledger: ledgerAnswers({ moved: { old: "new" }, gone: ["removed"] }, config, encoder.encode("gone")),
};
const rss = resources.get("/rss.xml")!;
const headers = (values: Record<string, string> = {}): HeaderReader => (name) => values[name];

describe("answer", () => {
  it("sends the prepared identity bytes when nothing is negotiated", () => {
    const found = answer(site, "/rss.xml", headers())!;
    expect(found.status).toBe(200);
    expect(found.body).toBe(rss.body);
    expect(found.headers).toBe(rss.headers);
  });

  it("has no answer for a path the site and the ledger do not know", () => {
    expect(answer(site, "/nowhere", headers())).toBeUndefined();
    expect(answer(site, "/articles/never-was", headers())).toBeUndefined();
    expect(answer({ ...site, ledger: undefined }, "/articles/old", headers())).toBeUndefined();
  });

  it("answers the ledger's 301 and 410 for paths the site no longer serves", () => {
    const moved = answer(site, "/articles/old", headers({ "if-none-match": "*" }))!;
    expect([moved.status, moved.headers.Location]).toEqual([301, "https://news.example.com/articles/new"]);
    const gone = answer(site, "/articles/removed", headers({ "accept-encoding": "br" }))!;
    expect([gone.status, new TextDecoder().decode(gone.body!)]).toEqual([410, "gone"]);
  });

  it("serves a served path before the ledger's answer for it", () => {
    const both: ServedSite = { ...site, resource: (path) => (path === "/articles/old" ? rss : undefined) };
    expect(answer(both, "/articles/old", headers())!.status).toBe(200);
  });

  it("sends the browser form of a feed to a request that prefers HTML", () => {
    const found = answer(site, "/rss.xml", headers({ accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" }))!;
    expect(found.headers["Content-Type"]).toBe("application/xml; charset=utf-8");
    expect(found.headers.ETag).toBe(rss.forBrowsers!.etag);
    expect(answer(site, "/rss.xml", headers({ accept: "application/rss+xml, text/html;q=0.5" }))!.headers.ETag).toBe(rss.etag);
  });

  it("answers 304 with no body and the 304 headers when the ETag matches", () => {
    for (const value of [rss.etag, `W/${rss.etag}`, `"other", ${rss.etag}`, "*"]) {
      const found = answer(site, "/rss.xml", headers({ "if-none-match": value }))!;
      expect([found.status, found.body], value).toEqual([304, null]);
      expect(found.headers).toBe(rss.notModifiedHeaders);
    }
  });

  it("validates each form on its own ETag", () => {
    const html = { accept: "text/html" };
    expect(answer(site, "/rss.xml", headers({ ...html, "if-none-match": rss.etag }))!.status).toBe(200);
    expect(answer(site, "/rss.xml", headers({ ...html, "if-none-match": rss.forBrowsers!.etag }))!.status).toBe(304);
  });

  it("answers 304 when not modified since the given date, at one-second precision", () => {
    const at = (ms: number) => headers({ "if-modified-since": new Date(ms).toUTCString() });
    expect(answer(site, "/rss.xml", at(LAST_MODIFIED))!.status).toBe(304);
    expect(answer(site, "/rss.xml", at(LAST_MODIFIED + 60_000))!.status).toBe(304);
    expect(answer(site, "/rss.xml", at(LAST_MODIFIED - 1000))!.status).toBe(200);
    expect(answer(site, "/rss.xml", headers({ "if-modified-since": "yesterday" }))!.status).toBe(200);
  });

  it("lets If-None-Match decide alone when both validators are sent", () => {
    const later = new Date(LAST_MODIFIED + 60_000).toUTCString();
    expect(answer(site, "/rss.xml", headers({ "if-none-match": '"stale"', "if-modified-since": later }))!.status).toBe(200);
  });

  it("sends a compressed form the request accepts, with its own headers", () => {
    const found = answer(site, "/rss.xml", headers({ "accept-encoding": "gzip, br" }))!;
    expect(found.status).toBe(200);
    expect(found.headers["Content-Encoding"]).toBe("br");
    expect(found.body!.length).toBe(rss.body!.length / 2);
    expect(answer(site, "/rss.xml", headers({ "accept-encoding": "gzip" }))!.headers["Content-Encoding"]).toBe("gzip");
    expect(answer(site, "/rss.xml", headers({ "accept-encoding": "br;q=0, gzip;q=0" }))!.headers["Content-Encoding"]).toBeUndefined();
  });

  it("sends identity bytes when the resource has no compressed form", () => {
    const small = resources.get("/small")!;
    const found = answer(site, "/small", headers({ "accept-encoding": "br, gzip" }))!;
    expect([found.body, found.headers]).toEqual([small.body, small.headers]);
  });

  it("leaves the body to be loaded when the resource carries none (the worker's assets)", () => {
    const found = answer(site, "/asset", headers({ "accept-encoding": "br" }))!;
    expect(found.status).toBe(200);
    expect(found.body).toBeUndefined();
    expect(found.headers["Content-Length"]).toBe(String("on the worker".length));
  });
});
