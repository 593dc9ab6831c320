/** Conditional GET (src/serve/conditional.ts, RFC 9110 §13): If-None-Match first, If-Modified-Since at one-second precision. */
import { describe, expect, it } from "vitest";
import { ifNoneMatchMatches, isNotModified, parseHttpDate } from "../../src/serve/conditional";

const ETAG = '"abc-1f-rss"';
const MODIFIED = Date.UTC(2024, 2, 12, 9, 30, 0, 500); // half a second past the whole second

describe("ifNoneMatchMatches", () => {
  it.each([
    [ETAG, true],
    ["*", true],
    [` ${ETAG} `, true],
    [`"other", ${ETAG}`, true],
    [`"other",${ETAG},"more"`, true],
    [`W/${ETAG}`, true], // weak comparison
    ['"other"', false],
    ['"abc-1f"', false],
    ["", false],
    ["W/", false],
    ['"', false],
    ["abc-1f-rss", false], // not quoted
    [`${'"a", '.repeat(2000)}${ETAG}`, false], // longer than we read
  ])("%s → %s", (header, expected) => {
    expect(ifNoneMatchMatches(header, ETAG)).toBe(expected);
  });

  it("compares a weak ETag of ours weakly too", () => {
    expect(ifNoneMatchMatches(ETAG, `W/${ETAG}`)).toBe(true);
  });
});

describe("parseHttpDate", () => {
  it.each([
    ["Tue, 12 Mar 2024 09:30:00 GMT", Date.UTC(2024, 2, 12, 9, 30)], // IMF-fixdate
    ["Tuesday, 12-Mar-24 09:30:00 GMT", Date.UTC(2024, 2, 12, 9, 30)], // RFC 850
    ["Tue Mar 12 09:30:00 2024", Date.UTC(2024, 2, 12, 9, 30)], // asctime
    ["Tue Mar  2 09:30:00 2024", Date.UTC(2024, 2, 2, 9, 30)],
  ])("%s", (text, ms) => {
    expect(parseHttpDate(text)).toBe(ms);
  });

  it.each(["not a date", "2024-03-12T09:30:00Z", "Tue, 99 Foo 2024 99:99:99 GMT", "Tue, 12 Mar 2024 09:30:00 +0000", ""])("refuses %j", (text) => {
    expect(parseHttpDate(text)).toBeNull();
  });
});

describe("isNotModified", () => {
  const since = (ms: number) => new Date(ms).toUTCString();

  it("If-None-Match decides alone when present", () => {
    expect(isNotModified(ETAG, since(0), ETAG, MODIFIED)).toBe(true);
    expect(isNotModified('"other"', since(MODIFIED + 60_000), ETAG, MODIFIED)).toBe(false);
    expect(isNotModified("", since(MODIFIED + 60_000), ETAG, MODIFIED)).toBe(false);
  });

  it("If-Modified-Since compares whole seconds", () => {
    expect(isNotModified(null, since(MODIFIED), ETAG, MODIFIED)).toBe(true); // same second, though 500 ms later
    expect(isNotModified(undefined, since(MODIFIED + 1000), ETAG, MODIFIED)).toBe(true);
    expect(isNotModified(null, since(MODIFIED - 1000), ETAG, MODIFIED)).toBe(false);
  });

  it("ignores an If-Modified-Since it cannot read, or one too long to be a date", () => {
    expect(isNotModified(null, "yesterday", ETAG, MODIFIED)).toBe(false);
    expect(isNotModified(null, `${since(MODIFIED)}${" ".repeat(64)}`, ETAG, MODIFIED)).toBe(false);
    expect(isNotModified(null, null, ETAG, MODIFIED)).toBe(false);
  });
});
