/** Images as feed media: enclosures and Media RSS objects (src/render/media.ts). */
import { describe, expect, it } from "vitest";
import type { FeedEntry, FeedImage } from "../../src/render/entries";
import { atomEnclosure, leadEnclosure, mediaContents } from "../../src/render/media";
import { parseStrictXml } from "../support/xml";

/** Only the fields media.ts reads. */
const entry = (image?: string, images: FeedImage[] = []) => ({ image, images }) as FeedEntry;

describe("leadEnclosure", () => {
  it("gives the lead image's URL, its registered media type from the extension, and length 0", () => {
    expect(leadEnclosure(entry("https://x.example/a/photo.JPG"))).toEqual({ url: "https://x.example/a/photo.JPG", type: "image/jpeg", length: 0 });
    const types = ["jpeg", "jpe", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff"].map((ext) => leadEnclosure(entry(`https://x.example/i.${ext}`))?.type);
    expect(types).toEqual(["image/jpeg", "image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/svg+xml", "image/bmp", "image/tiff", "image/tiff"]);
  });

  it("reads the extension from the path, not the query or fragment", () => {
    expect(leadEnclosure(entry("https://x.example/i.png?w=200&h=100"))?.type).toBe("image/png");
    expect(leadEnclosure(entry("https://x.example/resize?src=i.png"))).toBeUndefined();
    expect(leadEnclosure(entry("https://x.example/i#frag.png"))).toBeUndefined();
  });

  it("gives none without a lead image or when its type is unknown (an enclosure must have a type)", () => {
    expect(leadEnclosure(entry())).toBeUndefined();
    expect(leadEnclosure(entry("https://x.example/image"))).toBeUndefined();
    expect(leadEnclosure(entry("https://x.example/file.heic"))).toBeUndefined();
  });
});

describe("atomEnclosure", () => {
  it("writes a well-formed enclosure link with the real type and an escaped URL", () => {
    const xml = atomEnclosure(entry("https://x.example/i.webp?a=1&b=2"));
    const link = parseStrictXml(`<feed xmlns="http://www.w3.org/2005/Atom">${xml}</feed>`).children[0]!;
    expect(link.attributes).toEqual({ rel: "enclosure", type: "image/webp", href: "https://x.example/i.webp?a=1&b=2" });
  });

  it("writes nothing when there is no enclosure", () => {
    expect(atomEnclosure(entry())).toBe("");
    expect(atomEnclosure(entry("https://x.example/no-extension"))).toBe("");
  });
});

describe("mediaContents", () => {
  it("gives one media:content per image, with caption and credit only when present", () => {
    expect(mediaContents(entry(undefined, [
      { url: "https://x.example/a.png", caption: "A caption", credit: "AP" },
      { url: "https://x.example/b", caption: "" },
    ]))).toEqual([
      {
        _attributes: { url: "https://x.example/a.png", medium: "image", type: "image/png" },
        "media:description": { _attributes: { type: "plain" }, _text: "A caption" },
        "media:credit": { _text: "AP" },
      },
      { _attributes: { url: "https://x.example/b", medium: "image" } },
    ]);
  });

  it("pre-escapes `&` and `<` in URLs (xml-js leaves them raw in attributes)", () => {
    const [content] = mediaContents(entry(undefined, [{ url: "https://x.example/i.png?a=1&b=<2", caption: "" }])) as { _attributes: { url: string } }[];
    expect(content!._attributes.url).toBe("https://x.example/i.png?a=1&amp;b=%3C2");
  });

  it("gives nothing for an entry without images", () => {
    expect(mediaContents(entry("https://x.example/lead.png"))).toEqual([]);
  });
});
