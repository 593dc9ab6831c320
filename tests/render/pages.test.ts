/** HTML pages for people: landing, article, 410 and 404 (src/render/pages.ts), parsed with linkedom. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { toEntry } from "../../src/render/entries";
import { tagPaths } from "../../src/render/feed-docs";
import { renderArticlePage, renderGonePage, renderLandingPage, renderNotFoundPage } from "../../src/render/pages";
import { makeArticle, makeFeedDoc } from "../support/article";

const config = readSiteConfig({ SITE_URL: "https://news.example.com", SITE_TITLE: "Test <News>", SITE_AUTHOR: "The Desk", FEED_LIMIT: "2" });
const page = (html: string) => parseHTML(html).document;
type Page = ReturnType<typeof page>;
const attrs = (doc: Page, selector: string, name: string) => [...doc.querySelectorAll(selector)].map((e) => e.getAttribute(name));
const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)> "'&`;

describe("renderLandingPage", () => {
  it("invites adding files when there are no articles, and still offers the three feeds", () => {
    const doc = page(renderLandingPage([], 0, [], config));
    expect(doc.querySelector(".articles li")?.textContent).toContain("No articles yet");
    expect(attrs(doc, ".subscribe a", "href")).toEqual(["https://news.example.com/rss.xml", "https://news.example.com/atom.xml", "https://news.example.com/feed.json"]);
    expect(attrs(doc, ".subscribe a", "type")).toEqual(["application/rss+xml", "application/atom+xml", "application/feed+json"]);
    expect(attrs(doc, 'link[rel="alternate"]', "type")).toEqual(["application/rss+xml", "application/atom+xml", "application/feed+json"]);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe("https://news.example.com/");
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("title")?.textContent).toBe("Test <News>");
    expect(doc.querySelector(".tags")).toBeNull();
  });

  it("lists each article with its link, date, author and summary, newest as given", () => {
    const entries = [
      toEntry(makeArticle({ slug: "b", title: "Second", summary: "Two.", author: "Ana" }), config),
      toEntry(makeArticle({ slug: "a", title: "First", summary: "" }), config),
    ];
    const doc = page(renderLandingPage(entries, 2, [], config));
    const items = [...doc.querySelectorAll(".articles li")];
    expect(items.map((li) => li.querySelector("h2 a")?.getAttribute("href"))).toEqual(["https://news.example.com/articles/b", "https://news.example.com/articles/a"]);
    expect(items[0]!.querySelector(".muted")?.textContent).toBe("2024-03-01 · Ana");
    expect(items[0]!.querySelector("p")?.textContent).toBe("Two.");
    expect(items[1]!.querySelector(".muted")?.textContent).toBe("2024-03-01 · The Desk");
    expect(items[1]!.querySelector("p")).toBeNull(); // no summary, no empty paragraph
    expect(doc.body.textContent).not.toContain("The newest");
  });

  it("shows an update date only when it falls on another day", () => {
    const sameDay = toEntry(makeArticle({ updated: new Date("2024-03-01T23:00:00Z") }), config);
    const later = toEntry(makeArticle({ updated: new Date("2024-03-04T08:00:00Z") }), config);
    const doc = page(renderLandingPage([sameDay, later], 2, [], config));
    expect([...doc.querySelectorAll(".articles li")].map((li) => li.querySelectorAll("time").length)).toEqual([1, 2]);
    expect(attrs(doc, ".articles time", "datetime")).toEqual(["2024-03-01T09:30:00.000Z", "2024-03-01T09:30:00.000Z", "2024-03-04T08:00:00.000Z"]);
  });

  it("says how many articles are not listed when there are more than it shows", () => {
    const doc = page(renderLandingPage([toEntry(makeArticle(), config)], 250, [], config));
    expect(doc.body.textContent).toContain("The newest 1 of 250 articles; the feeds carry the newest 2.");
  });

  it("marks an article in another language with its lang, and the first photo caption", () => {
    const entries = [
      toEntry(makeArticle({ language: "ar", captions: ["صورة", "second"] }), config),
      toEntry(makeArticle({ language: "en" }), config),
    ];
    const doc = page(renderLandingPage(entries, 2, [], config));
    expect(attrs(doc, ".articles li", "lang")).toEqual(["ar", null]);
    expect(doc.querySelector(".articles li p.muted")?.textContent).toBe("Photo: صورة");
  });

  it("lists topic feeds with their counts and every format", () => {
    const tag = makeFeedDoc([], { kind: "tag", title: "Test <News>: World", paths: tagPaths("world"), label: "World", count: 3 });
    const doc = page(renderLandingPage([], 0, [tag], config));
    const li = doc.querySelector(".tags li")!;
    expect(li.textContent).toMatch(/^World \(3\) · RSS Atom JSON Feed$/);
    expect(attrs(doc, ".tags a", "href")).toEqual(["https://news.example.com/tags/world/rss.xml", "https://news.example.com/tags/world/atom.xml", "https://news.example.com/tags/world/feed.json"]);
  });

  it("escapes every piece of article text: no element or attribute comes from it", () => {
    const entry = toEntry(makeArticle({ title: HOSTILE, summary: HOSTILE, author: HOSTILE, captions: [HOSTILE], language: `x" onclick="y` }), config);
    const doc = page(renderLandingPage([entry], 1, [], config));
    expect(doc.querySelectorAll("script").length).toBe(1); // subscribe.js only
    expect(doc.querySelectorAll("img").length).toBe(0);
    expect(doc.querySelector("[onclick]")).toBeNull();
    expect(doc.querySelector(".articles h2")?.textContent).toBe(HOSTILE);
  });
});

describe("renderArticlePage", () => {
  it("shows the entry's content under its title, with its canonical URL and summary as description", () => {
    const entry = toEntry(makeArticle({ title: "Budget day", summary: "What changed.", canonicalUrl: "https://paper.example/budget", blocks: [{ kind: "quote", text: "We will." }] }), config);
    const doc = page(renderArticlePage(entry, config));
    expect(doc.querySelector("title")?.textContent).toBe("Budget day · Test <News>");
    expect(doc.querySelector("article h1")?.textContent).toBe("Budget day");
    expect(doc.querySelector("article blockquote p")?.textContent).toBe("We will.");
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe("https://paper.example/budget");
    expect(doc.querySelector('meta[name="description"]')?.getAttribute("content")).toBe("What changed.");
  });

  it("takes the article's language for the page, else the site's", () => {
    expect(page(renderArticlePage(toEntry(makeArticle({ language: "fr" }), config), config)).documentElement.getAttribute("lang")).toBe("fr");
    expect(page(renderArticlePage(toEntry(makeArticle(), config), config)).documentElement.getAttribute("lang")).toBe("en");
  });

  it("offers the article's own topic feeds, in the head and in the page", () => {
    const doc = page(renderArticlePage(toEntry(makeArticle({ tags: ["Science & Tech"] }), config), config));
    expect(attrs(doc, 'link[rel="alternate"]', "href")).toEqual([
      "https://news.example.com/rss.xml", "https://news.example.com/atom.xml", "https://news.example.com/feed.json",
      "https://news.example.com/tags/science-tech/rss.xml", "https://news.example.com/tags/science-tech/atom.xml", "https://news.example.com/tags/science-tech/feed.json",
    ]);
    expect(attrs(doc, 'link[rel="alternate"]', "title")[3]).toBe("Test <News>: Science & Tech (RSS)");
    expect(doc.querySelector("article h2.muted")?.textContent).toBe("Follow these topics");
    expect(doc.querySelector("article .tags li")?.textContent).toMatch(/^Science & Tech · RSS Atom JSON Feed$/);
  });

  it("has no topic section and only the site's feeds for an article without tags", () => {
    const doc = page(renderArticlePage(toEntry(makeArticle(), config), config));
    expect(doc.querySelector(".tags")).toBeNull();
    expect(doc.querySelectorAll('link[rel="alternate"]').length).toBe(3);
  });

  it("escapes title, author and summary", () => {
    const doc = page(renderArticlePage(toEntry(makeArticle({ title: HOSTILE, summary: HOSTILE, author: HOSTILE, blocks: [] }), config), config));
    expect(doc.querySelectorAll("script, img").length).toBe(0);
    expect(doc.querySelector("article h1")?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(HOSTILE);
  });
});

describe("renderGonePage and renderNotFoundPage", () => {
  it("say what happened, link to the front page and claim no canonical address", () => {
    const underPath = readSiteConfig({ SITE_URL: "https://example.org/news" });
    for (const [html, heading, title] of [
      [renderGonePage(underPath), "Article removed", "Removed · Feed Publisher"],
      [renderNotFoundPage(underPath), "Page not found", "Not found · Feed Publisher"],
    ] as const) {
      const doc = page(html);
      expect(doc.querySelector("main h1")?.textContent).toBe(heading);
      expect(doc.querySelector("title")?.textContent).toBe(title);
      expect(doc.querySelector("main a")?.getAttribute("href")).toBe("https://example.org/news/");
      expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
      expect(doc.querySelector('link[rel="icon"]')?.getAttribute("href")).toBe("https://example.org/news/icon.png");
    }
  });
});
