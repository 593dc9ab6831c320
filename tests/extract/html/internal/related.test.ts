/** Related links read from the whole page (src/extract/html/internal/related.ts), on small made-up pages. */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../../../src/extract/html/internal/dom";
import { isRelatedHeading, readRelated } from "../../../../src/extract/html/internal/related";

const PAGE = "https://news.example/world/story-1";
const related = (body: string, pageUrl: string | null = PAGE) => readRelated(parsePage(`<html><body>${body}</body></html>`), pageUrl ?? undefined);
const item = (href: string, text: string) => `<li><a href="${href}">${text}</a></li>`;

describe("readRelated", () => {
  it("reads links from a container named related, resolving them against the page", () => {
    const links = related(`<p>Body text here.</p><ul class="story-related">${item("/world/ferry-returns", "The ferry returns to the island")}</ul>`);
    expect(links).toEqual([{ title: "The ferry returns to the island", url: "https://news.example/world/ferry-returns" }]);
  });

  it.each(["related", "read-more", "readmore", "more-stories", "recommended", "see-also", "also-read", "jp-relatedposts", "related-posts"])("knows the container name %s (class or id)", (name) => {
    const html = `<div id="${name}"><a href="https://x.example/a">A headline long enough</a></div>`;
    expect(related(html)).toHaveLength(1);
  });

  it.each(["Relacionado", "Похожие статьи", "Ähnliche Beiträge", "Vous aimerez aussi", "مقالات ذات صلة"])("reads the list under a heading in another language: %s", (heading) => {
    expect(related(`<h3>${heading}</h3><ul>${item("/world/ferry-returns", "The ferry returns to the island")}</ul>`)).toHaveLength(1);
  });

  it("does not match a name that merely contains the word", () => {
    expect(related('<div class="unrelated"><a href="https://x.example/a">A headline long enough</a></div>')).toEqual([]);
  });

  it("reads the list after a heading that introduces it, or after the heading's wrapper", () => {
    expect(related(`<h3>Read more</h3><ul>${item("https://x.example/a", "A headline long enough")}</ul>`)).toHaveLength(1);
    expect(related(`<div><h2>You may also like:</h2></div><ul>${item("https://x.example/b", "Another headline long enough")}</ul>`)).toHaveLength(1);
    expect(related(`<h3>Sports results</h3><ul>${item("https://x.example/c", "Not related by its heading")}</ul>`)).toEqual([]);
  });

  it("skips short anchor texts, non-http links, the page itself and repeats", () => {
    const links = related(`<ul class="related">
      ${item("https://x.example/short", "Sport")}
      ${item("javascript:void(0)", "A headline long enough to count")}
      ${item(PAGE, "This very page, linked from itself")}
      ${item("https://x.example/one", "The one headline that counts")}
      ${item("https://x.example/one", "The same address a second time")}
    </ul>`);
    expect(links).toEqual([{ title: "The one headline that counts", url: "https://x.example/one" }]);
  });

  it("does not read a nested related container twice", () => {
    const links = related(`<section class="related"><div class="related-list">${item("https://x.example/a", "A headline long enough")}</div></section>`);
    expect(links).toHaveLength(1);
  });

  it("keeps at most eight links, in page order", () => {
    const items = Array.from({ length: 12 }, (_, i) => item(`https://x.example/${i}`, `Headline number ${i} of twelve`)).join("");
    const links = related(`<ul class="related">${items}</ul>`);
    expect(links.map((l) => l.url)).toEqual(Array.from({ length: 8 }, (_, i) => `https://x.example/${i}`));
  });

  it("drops relative links when the page address is unknown", () => {
    expect(related(`<ul class="related">${item("/a", "A headline long enough")}</ul>`, null)).toEqual([]);
  });

  it("finds nothing on a page without related links", () => {
    expect(related("<p>Just <a href='https://x.example/'>a link in a paragraph of text</a>.</p>")).toEqual([]);
  });
});

describe("isRelatedHeading", () => {
  it.each(["Related", "  Read   more: ", "More from World", "Lesen Sie auch", "関連記事"])("%s introduces related links", (text) => {
    expect(isRelatedHeading(text)).toBe(true);
  });

  it.each(["Related to the budget, the vote", "Sport", ""])("%s does not", (text) => {
    expect(isRelatedHeading(text)).toBe(false);
  });
});
