/** Article + settings → the one entry every format renders (src/render/entries.ts). */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { absoluteUrl, siteHome, toEntry } from "../../src/render/entries";
import { makeArticle } from "../support/article";

const config = readSiteConfig({ SITE_URL: "https://news.example.com", SITE_AUTHOR: "The Desk" });
const underPath = readSiteConfig({ SITE_URL: "https://example.org/news/" });

describe("siteHome and absoluteUrl", () => {
  it("puts the home page and site paths under SITE_URL's own path", () => {
    expect(siteHome(config)).toBe("https://news.example.com/");
    expect(siteHome(underPath)).toBe("https://example.org/news/");
    expect(absoluteUrl(underPath, "/icon.png")).toBe("https://example.org/news/icon.png");
    expect(absoluteUrl(config, "/rss.xml")).toBe("https://news.example.com/rss.xml");
  });

  it("normalises absolute URLs and resolves relative ones against the base", () => {
    expect(absoluteUrl(config, "HTTPS://CDN.Example.NET/a/../b.png")).toBe("https://cdn.example.net/b.png");
    expect(absoluteUrl(config, "pic.png", "https://news.example.com/articles/x")).toBe("https://news.example.com/articles/pic.png");
  });

  it("reads `//host/path` as another host, not a site path", () => {
    expect(absoluteUrl(underPath, "//cdn.example.net/i.png")).toBe("https://cdn.example.net/i.png");
  });
});

describe("toEntry", () => {
  it("names the entry by the article's page on this site", () => {
    const entry = toEntry(makeArticle({ slug: "budget-2024" }), config);
    expect(entry.id).toBe("https://news.example.com/articles/budget-2024");
    expect(entry.url).toBe(entry.id);
    expect(entry.slug).toBe("budget-2024");
    expect(toEntry(makeArticle({ slug: "budget" }), underPath).id).toBe("https://example.org/news/articles/budget");
  });

  it("percent-encodes a slug that is not URL-safe", () => {
    expect(toEntry(makeArticle({ slug: "a b?c" }), config).id).toBe("https://news.example.com/articles/a%20b%3Fc");
  });

  it("keeps the permanent id of a renamed file while linking to its current page", () => {
    const entry = toEntry(makeArticle({ slug: "new-name", permanentId: "old-name" }), config);
    expect(entry.id).toBe("https://news.example.com/articles/old-name");
    expect(entry.url).toBe("https://news.example.com/articles/new-name");
  });

  it("links to the article's own canonical URL when it has one", () => {
    const entry = toEntry(makeArticle({ canonicalUrl: "https://paper.example/story" }), config);
    expect(entry.url).toBe("https://paper.example/story");
    expect(entry.id).toBe("https://news.example.com/articles/first-story");
  });

  it("falls back to the site's author, and carries no language key when the article has none", () => {
    const entry = toEntry(makeArticle(), config);
    expect(entry.author).toBe("The Desk");
    expect("language" in entry).toBe(false);
    expect(entry.tags).toEqual([]);
    expect(entry.image).toBeUndefined();
    expect(entry.images).toEqual([]);
    const own = toEntry(makeArticle({ author: "Ana Ruiz", language: "es", tags: ["Política"] }), config);
    expect([own.author, own.language, own.tags]).toEqual(["Ana Ruiz", "es", ["Política"]]);
  });

  it("dates a change by the later of the article's update and its file's modification", () => {
    const updated = new Date("2024-03-01T00:00:00Z");
    expect(toEntry(makeArticle({ updated, fileModified: new Date("2024-03-05T00:00:00Z") }), config).changed.toISOString()).toBe("2024-03-05T00:00:00.000Z");
    expect(toEntry(makeArticle({ updated, fileModified: new Date("2024-02-01T00:00:00Z") }), config).changed.toISOString()).toBe("2024-03-01T00:00:00.000Z");
  });

  it("resolves related links against the page and drops a URL that is not http(s), keeping the title", () => {
    const entry = toEntry(makeArticle({ related: [
      { title: "Sibling", url: "/articles/sibling" },
      { title: "Relative", url: "other" },
      { title: "Hostile", url: "javascript:alert(1)" },
      { title: "Broken", url: "http://[" },
      { title: "Untitled link" },
    ] }), config);
    expect(entry.related).toEqual([
      { title: "Sibling", url: "https://news.example.com/articles/sibling" },
      { title: "Relative", url: "https://news.example.com/articles/other" },
      { title: "Hostile" },
      { title: "Broken" },
      { title: "Untitled link" },
    ]);
    expect(entry.contentHtml).not.toContain("javascript:");
  });

  it("resolves the lead image, and drops one that is not http(s)", () => {
    expect(toEntry(makeArticle({ image: "/img/lead.jpg" }), config).image).toBe("https://news.example.com/img/lead.jpg");
    const hostile = toEntry(makeArticle({ image: "data:image/png;base64,AAAA" }), config);
    expect(hostile.image).toBeUndefined();
    expect(hostile.images).toEqual([]);
  });

  it("lists every figure's image once with its caption and credit, the lead image first", () => {
    const entry = toEntry(makeArticle({
      image: "/img/lead.jpg",
      blocks: [
        { kind: "figure", caption: "Second", image: "/img/two.png", credit: "AP" },
        { kind: "figure", caption: "Second again", image: "/img/two.png" },
        { kind: "figure", caption: "No image" },
        { kind: "figure", caption: "Unsafe", image: "javascript:x" },
      ],
    }), config);
    expect(entry.images).toEqual([
      { url: "https://news.example.com/img/lead.jpg", caption: "" },
      { url: "https://news.example.com/img/two.png", caption: "Second", credit: "AP" },
    ]);
  });

  it("gives the lead image its figure's caption when a figure shows it", () => {
    const entry = toEntry(makeArticle({ image: "lead.jpg", blocks: [{ kind: "figure", caption: "The lead", image: "lead.jpg" }] }), config);
    expect(entry.images).toEqual([{ url: "https://news.example.com/articles/lead.jpg", caption: "The lead" }]);
  });

  it("renders the body's blocks into contentHtml with links made absolute", () => {
    const entry = toEntry(makeArticle({ blocks: [{ kind: "html", html: '<p><a href="next">n</a></p>' }] }), config);
    expect(entry.contentHtml).toBe('<p><a href="https://news.example.com/articles/next">n</a></p>');
  });
});
