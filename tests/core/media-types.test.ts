/** Every media type the site sends, said once (src/core/media-types.ts). */
import { describe, expect, it } from "vitest";
import { FEED_MEDIA_TYPES, imageMediaType, isImagePath, MEDIA_TYPES, withCharset } from "../../src/core/media-types";

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

  it("names an image's type by its file extension, past a query or fragment, in any case", () => {
    expect(imageMediaType("photo.JPG")).toBe("image/jpeg");
    expect(imageMediaType("/img/a.webp?w=800&h=600")).toBe("image/webp");
    expect(imageMediaType("https://cdn.example/b.svg#view")).toBe("image/svg+xml");
    expect(imageMediaType("/news/story-1")).toBeUndefined();
    expect(imageMediaType("/files/report.pdf")).toBeUndefined();
  });

  it("tells a link to a photo from a link to a page", () => {
    expect(isImagePath("./hero.avif")).toBe(true);
    expect(isImagePath("big.jpeg?download=1")).toBe(true);
    expect(isImagePath("/2021/03/jpg-files-explained")).toBe(false);
    expect(isImagePath("")).toBe(false);
  });
});
