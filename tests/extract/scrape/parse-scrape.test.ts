import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScrape } from "../../../src/extract/scrape/parse-scrape";

describe("reading a scrape whole when the crop misjudges it", () => {
  // Prose with almost no stopwords (keyword lists, a language no stopword list covers) reads as
  // chrome; the captioned photo was then all the crop kept, and the file was rejected.
  const page = readFileSync(new URL("../../fixtures/pages/keyword-prose.txt", import.meta.url), "utf8");

  it("keeps every paragraph instead of rejecting the file", () => {
    const article = parseScrape(page);
    expect(article.title).toBe("Research vehicles slow match coal engineers homes students arrest along");
    expect(article.author).toBe("Tomás Silva");
    expect(article.lead).toMatch(/^MUMBAI \(Reuters\) - Company airport price region/);
    expect(article.blocks.filter((b) => b.kind === "paragraph").length).toBeGreaterThanOrEqual(10);
    expect(article.captions).toHaveLength(1);
  });
});
