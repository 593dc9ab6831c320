/** URLs (src/core/url.ts): where article pages live, and URL parsing that does not throw. */
import { describe, expect, it } from "vitest";
import { ARTICLE_PREFIX, articlePath, tryUrl } from "../../src/core/url";

describe("articlePath", () => {
  it("puts an article's page under /articles/, its id encoded", () => {
    expect(ARTICLE_PREFIX).toBe("/articles/");
    expect(articlePath("000_27df97f2463d8e1f")).toBe("/articles/000_27df97f2463d8e1f");
    expect(articlePath("a b/c?")).toBe("/articles/a%20b%2Fc%3F");
  });
});

describe("tryUrl", () => {
  it("parses, or gives null", () => {
    expect(tryUrl("https://example.org/a")?.href).toBe("https://example.org/a");
    expect(tryUrl("/b", "https://example.org/a")?.href).toBe("https://example.org/b");
    expect(tryUrl("not a url")).toBeNull();
    expect(tryUrl("http://")).toBeNull();
  });
});
