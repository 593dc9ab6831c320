/** Settings (src/config.ts): defaults, overrides, and every problem named. */
import { describe, expect, it } from "vitest";
import { ConfigError, readNodeConfig, readSiteConfig } from "../src/config";

describe("settings", () => {
  it("have defaults", () => {
    expect(readSiteConfig({})).toMatchObject({ siteUrl: "http://localhost:8787", language: "en", feedLimit: 50, cacheMaxAge: 900 });
    expect(readNodeConfig({})).toEqual({ host: "127.0.0.1", port: 8787, articlesDir: "articles", maxArticleBytes: 2_097_152, maxArticles: 10_000, watch: true, parseThreads: 0 });
    expect(readNodeConfig({ PARSE_THREADS: "1" }).parseThreads).toBe(1);
    expect(readSiteConfig({}, 9000).siteUrl).toBe("http://localhost:9000");
  });
  it("are overridable and normalised", () => {
    const config = readSiteConfig({ SITE_URL: "HTTPS://News.Example.com/blog/", SITE_TITLE: "Daily", SITE_LANGUAGE: "pt-BR", FEED_LIMIT: "10" });
    expect(config).toMatchObject({ siteUrl: "https://news.example.com/blog", title: "Daily", language: "pt-BR", feedLimit: 10 });
  });
  it("are validated, with every problem named", () => {
    let error: unknown;
    try {
      readSiteConfig({ SITE_URL: "news.example.com", FEED_LIMIT: "-3", SITE_LANGUAGE: "English" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringContaining("SITE_URL must be an absolute http(s) URL"),
      expect.stringContaining("SITE_LANGUAGE must be a language tag"),
      expect.stringContaining("FEED_LIMIT must be a whole number"),
    ]);
    expect(() => readNodeConfig({ PORT: "http" })).toThrow(/PORT must be a whole number/);
  });
});
