/** Every media type the site sends, said once (src/core/media-types.ts). */
import { describe, expect, it } from "vitest";
import { FEED_MEDIA_TYPES, MEDIA_TYPES, withCharset } from "../../src/core/media-types";

describe("media types", () => {
  it("names each feed format by its registered type", () => {
    expect(FEED_MEDIA_TYPES).toEqual({ rss: "application/rss+xml", atom: "application/atom+xml", json: "application/feed+json" });
  });

  it("includes every feed type among the types the site sends, beside HTML and the browsers' XML", () => {
    expect(MEDIA_TYPES).toEqual({ ...FEED_MEDIA_TYPES, html: "text/html", xml: "application/xml" });
  });

  it("adds the UTF-8 charset parameter", () => {
    expect(withCharset("text/html")).toBe("text/html; charset=utf-8");
    expect(withCharset(MEDIA_TYPES.json)).toBe("application/feed+json; charset=utf-8");
  });
});
