import { describe, expect, it } from "vitest";
import { prefersHtml } from "../../src/serve/respond";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { appFor, fixtureBytes, seedSource, source } from "../support/fixtures";
import { describeHttpContract, type RawRequest } from "../support/http-contract";

const { app } = appFor([seedSource(), source("full.md", fixtureBytes("markdown/full.md"))]);

const request: RawRequest = async (path, init) => {
  const response = await app.request(path, init);
  return { status: response.status, headers: response.headers, body: new Uint8Array(await response.arrayBuffer()) };
};

describeHttpContract("Node app, in process", () => request, {
  decompress: (coding, bytes) => (coding === "gzip" ? gunzipSync(bytes) : brotliDecompressSync(bytes)),
});


describe("which form of a feed a client gets", () => {
  it.each([
    ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true], // Chromium, Firefox
    ["application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, text/html;q=0.7, unknown/unknown;q=0.1", false], // SimplePie (FreshRSS)
    ["application/rss+xml, application/atom+xml, */*;q=0.1", false],
    ["text/html;q=0", false],
    ["*/*", false],
    [null, false],
  ])("%s → browser form: %s", (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});
