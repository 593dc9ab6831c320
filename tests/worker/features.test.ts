/**
 * Archives, tag feeds and WebSub discovery inside workerd: the loader and the
 * app built from in-memory articles in the Workers runtime itself (the
 * deployed worker answers from the documents npm run build:site renders with
 * the same code).
 */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { loadArticles } from "../../src/article/article-store";
import { createApp } from "../../src/serve/app";
import { buildSite } from "../../src/serve/site";

const encoder = new TextEncoder();
const sources = Array.from({ length: 25 }, (_, i) => ({
  name: `post-${i}.md`,
  bytes: encoder.encode(`---\ntitle: Post ${i}\ndate: 2024-02-${String(i + 1).padStart(2, "0")}\ntags: [${i % 2 ? "odd" : "even"}]\n---\nBody ${i} <script>x</script><em>kept</em>.\n`),
  mtimeMs: Date.UTC(2024, 2, 1),
}));
const config = readSiteConfig({ SITE_URL: "https://edge.example", FEED_LIMIT: "10", WEBSUB_HUB: "https://hub.example/" });
const app = createApp({ site: (() => { const s = buildSite(loadArticles(sources), config); return () => s; })() });

describe("features inside workerd", () => {
  it("archives chain from the feed to the oldest article", async () => {
    const seen: string[] = [];
    for (let url: string | undefined = "/feed.json"; url; ) {
      const feed = (await (await app.request(url)).json()) as { items: { id: string }[]; next_url?: string };
      seen.push(...feed.items.map((i) => i.id));
      url = feed.next_url?.replace("https://edge.example", "");
    }
    expect(new Set(seen).size).toBe(25);
  });

  it("tag feeds, sanitised content and WebSub discovery", async () => {
    const odd = await app.request("/tags/odd/feed.json");
    expect(odd.status).toBe(200);
    expect(odd.headers.get("link")).toBe('<https://hub.example/>; rel="hub", <https://edge.example/tags/odd/feed.json>; rel="self"');
    const feed = (await odd.json()) as { items: { content_html: string }[]; hubs: unknown };
    expect(feed.items).toHaveLength(10);
    expect(feed.items[0]!.content_html).toContain("<em>kept</em>");
    expect(feed.items[0]!.content_html).not.toContain("<script");
    expect(feed.hubs).toEqual([{ type: "WebSub", url: "https://hub.example/" }]);
    expect((await app.request("/tags/none/rss.xml")).status).toBe(404);
  });
});
