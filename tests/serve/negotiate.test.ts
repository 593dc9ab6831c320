/** Content negotiation (src/serve/negotiate.ts): the coding, and a feed's browser form. */
import { describe, expect, it } from "vitest";
import { pickCoding, prefersHtml } from "../../src/serve/negotiate";

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

describe("which coding a client gets", () => {
  const both = ["br", "gzip"] as const;
  it.each([
    ["gzip, deflate, br", "br"],
    ["br;q=0.5, gzip", "gzip"],
    ["gzip;q=0, br;q=0", "identity"],
    ["identity", "identity"],
    ["*", "br"],
    ["*;q=0.5, gzip", "gzip"],
    ["x-gzip", "gzip"],
    ["GZIP;Q=0.8, BR;q=0.2", "gzip"],
    // A q outside RFC 9110's grammar counts as 1.
    ["gzip;q=abc, br;q=-1, *;q=2, ;;;", "br"],
    ["br;q=0.5000, gzip;q=0.9", "br"],
    // Whitespace before the parameter (RFC 9110 `OWS ";" OWS`).
    ["br ;q=0.1, gzip ; q=0.9", "gzip"],
    // Listed twice: the highest q counts.
    ["br;q=0, gzip;q=0.5, br", "br"],
    ["", "identity"],
    [null, "identity"],
    ["x".repeat(10_000), "identity"],
  ])("%s → %s", (header, expected) => {
    expect(pickCoding(header, both)).toBe(expected);
  });

  it("offers only what the resource has ready", () => {
    expect(pickCoding("br, gzip", ["gzip"])).toBe("gzip");
    expect(pickCoding("br", ["gzip"])).toBe("identity");
    expect(pickCoding("br, gzip", [])).toBe("identity");
  });
});
