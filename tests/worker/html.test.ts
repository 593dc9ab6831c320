/**
 * The hostile HTML page inside workerd: loaded by the same loader and served
 * by the same app in the Workers runtime, it yields a clean item with its
 * figure, caption, date, author and related links. (The deployed worker gets
 * documents rendered at build time; this proves the output is safe wherever the
 * parser runs.)
 */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { loadArticles } from "../../src/article/article-store";
import { createApp } from "../../src/serve/app";
import { buildSite } from "../../src/serve/site";
import { activeContent, HOSTILE_PAGE, HOSTILE_PAGE_NAME } from "../support/hostile-page";

const result = loadArticles([{ name: HOSTILE_PAGE_NAME, bytes: new TextEncoder().encode(HOSTILE_PAGE), mtimeMs: Date.UTC(2024, 5, 1) }]);
const site = buildSite(result, readSiteConfig({ SITE_URL: "https://edge.example" }));
const app = createApp({ site: () => site });

describe("a hostile HTML page inside workerd", () => {
  it("loads as one clean article", () => {
    expect(result.rejections).toEqual([]);
    const [article] = result.articles;
    expect(article).toMatchObject({ title: "Harbour bridge reopens after repairs", author: "Nadia Okafor" });
    expect(article!.published.toISOString()).toBe("2024-05-17T05:30:00.000Z");
    expect(activeContent(JSON.stringify(article!.blocks))).toEqual([]);
  });

  it("is served with its figure, caption, credit and related links, and nothing active", async () => {
    const feed = (await (await app.request("/feed.json")).json()) as { items: { content_html: string; image?: string; authors: { name: string }[] }[] };
    const item = feed.items[0]!;
    expect(activeContent(item.content_html)).toEqual([]);
    expect(item.image).toBe("https://media.coastal.example/2024/05/bridge-lead.jpg?w=1200&q=80");
    expect(item.authors).toEqual([{ name: "Nadia Okafor" }]);
    expect(item.content_html).toContain('<figure><img src="https://www.coastal.example/images/2024/05/bridge-lead.jpg"');
    expect(item.content_html).toContain('<figcaption>The harbour bridge at dawn on Friday, its first day open since September. <small class="credit">Leo Brandt / Coastal Courier</small></figcaption>');
    expect(item.content_html).toContain('<a href="https://www.coastal.example/news/2024/01/bridge-cables-replaced">Bridge cables replaced in record time</a>');
    for (const path of ["/rss.xml", "/atom.xml"]) {
      const xml = await (await app.request(path)).text();
      expect(activeContent(xml), path).toEqual([]);
      expect(xml, path).toContain("media.coastal.example/2024/05/bridge-lead.jpg");
    }
  });
});
