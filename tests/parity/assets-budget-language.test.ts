/**
 * FEED_MAX_BYTES and per-item languages on the worker's path: languages are
 * detected at build time (the worker carries no detector) and travel in the
 * built documents; every document the worker's asset-site code serves stays
 * within the budget.
 */
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { loadArticles } from "../../src/article/article-store";
import { appFromAssets } from "../support/asset-app";

const encoder = new TextEncoder();
const PARAGRAPHS = {
  en: "The council said on Tuesday that the new plan would cut costs and raise spending on schools, roads and hospitals across the region.",
  fr: "À Lyon, les cafés-librairies se multiplient malgré la hausse des loyers, un pari selon leurs fondateurs qui y croient encore.",
  ar: "افتتاح محطة جديدة لتحلية المياه على الساحل الشمالي بعد سنوات من التأخير والانتظار الطويل.",
} as const;
const languages = Object.keys(PARAGRAPHS) as (keyof typeof PARAGRAPHS)[];
const sources = Array.from({ length: 30 }, (_, i) => {
  const lang = languages[i % 3]!;
  const body = Array.from({ length: 60 }, () => PARAGRAPHS[lang]).join("\n\n");
  return { name: `story-${i}.md`, bytes: encoder.encode(`---\ntitle: Story ${i}\ndate: 2024-0${1 + (i % 3)}-${String(1 + i).padStart(2, "0")}T00:00:00Z\n---\n\n${body}\n`), mtimeMs: Date.UTC(2024, 5, 1) };
});
const { app, outDir } = await appFromAssets(loadArticles(sources), readSiteConfig({ SITE_URL: "https://edge.example", FEED_MAX_BYTES: "30000" }));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("budget and languages served from the built assets", () => {
  it("every feed document is under FEED_MAX_BYTES, and the archive walk meets every article once", async () => {
    const ids: string[] = [];
    let pages = 0;
    for (let url: string | undefined = "/feed.json"; url; pages++) {
      const body = await (await app.request(url)).text();
      expect(encoder.encode(body).length, url).toBeLessThan(30_000);
      const feed = JSON.parse(body) as { items: { id: string }[]; next_url?: string };
      ids.push(...feed.items.map((i) => i.id));
      url = feed.next_url?.replace("https://edge.example", "");
    }
    expect(pages).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(30);
    expect(ids).toHaveLength(30);
  });

  it("items carry their own language from the bundle; the feed keeps SITE_LANGUAGE", async () => {
    const feed = (await (await app.request("/feed.json")).json()) as { language: string; items: { title: string; language?: string }[] };
    expect(feed.language).toBe("en");
    for (const item of feed.items) expect(item.language).toBe(languages[Number(item.title.split(" ")[1]) % 3]);
    const page = await (await app.request("/articles/story-1")).text();
    expect(page).toContain('<html lang="fr">');
    const atom = await (await app.request("/atom.xml")).text();
    expect(atom).toMatch(/<entry xml:lang="(en|fr|ar)">/);
  });
});
