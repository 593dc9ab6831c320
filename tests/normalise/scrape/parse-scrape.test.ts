import { describe, expect, it } from "vitest";
import { parseScrape } from "../../../src/normalise/scrape/parse-scrape";

describe("reading a scrape whole when the crop misjudges it", () => {
  // Prose with almost no stopwords (keyword lists, a language no stopword list covers)
  // reads as chrome; a captioned photo is then all the crop would keep.
  const keywordProse = (n: number) =>
    `Company airport price region opposed league harvest unions students food Jonas percent number ${n} markets rail.`;
  const page = [
    "Research vehicles slow match coal engineers homes",
    "By Tomás Silva",
    "Published: 02 Jan 2015 04:00 GMT",
    "",
    "Shares hospital annual internet rail in Mumbai, Jan 2, 2015. REUTERS/Elena Petrova",
    "",
    ...[1, 2, 3, 4].flatMap((n) => [keywordProse(n), ""]),
  ].join("\n");

  it("keeps every paragraph instead of rejecting the file", () => {
    const article = parseScrape(page);
    expect(article.title).toBe("Research vehicles slow match coal engineers homes");
    expect(article.blocks.filter((b) => b.kind === "paragraph")).toHaveLength(4);
    expect(article.captions).toHaveLength(1);
    expect(article.author).toBe("Tomás Silva");
  });
});
