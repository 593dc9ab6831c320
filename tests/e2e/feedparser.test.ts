/**
 * Python's feedparser (Debian's python3-feedparser, installed by
 * scripts/ensure-system-deps.sh), the parser many readers and services use,
 * sees an HTML article's images: `media_content` with the caption, the credit,
 * the enclosure, and the figures in the content.
 */
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { appFor, source } from "../support/fixtures";
import { HOSTILE_PAGE, HOSTILE_PAGE_NAME } from "../support/hostile-page";

interface Parsed {
  bozo: boolean;
  entries: { id: string; media_content: Record<string, string>[]; media_credit: Record<string, string>[]; enclosures: Record<string, string>[]; content: string[] }[];
}

function feedparser(xml: string): Promise<Parsed> {
  return new Promise((resolve, reject) => {
    const child = execFile("/usr/bin/python3", ["tests/support/feedparser-read.py"], { timeout: 30_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as Parsed));
    child.stdin!.end(xml);
  });
}

const LEAD = "https://media.coastal.example/2024/05/bridge-lead.jpg?w=1200&q=80";
const HERO = "https://www.coastal.example/images/2024/05/bridge-lead.jpg";

describe("feedparser reads the images", async () => {
  const { app } = appFor([source(HOSTILE_PAGE_NAME, HOSTILE_PAGE)]);

  it("RSS: media_content with caption and credit, the lead image as enclosure, figures in the content", async () => {
    const parsed = await feedparser(await (await app.request("/rss.xml")).text());
    expect(parsed.bozo).toBe(false);
    const entry = parsed.entries[0]!;
    expect(entry.media_content.map((m) => m.url)).toEqual([LEAD, HERO, "https://www.coastal.example/news/2024/images/2024/05/cables.jpg"]);
    expect(entry.media_content.every((m) => m.medium === "image")).toBe(true);
    expect(entry.media_credit.map((c) => c.content)).toContain("Leo Brandt / Coastal Courier");
    expect(entry.enclosures).toEqual([expect.objectContaining({ href: LEAD, type: "image/jpeg" })]);
    // feedparser sanitises the content itself and may reorder attributes.
    expect(entry.content.join("")).toMatch(new RegExp(`<img [^>]*src="${HERO.replace(/[.?]/g, "\\$&")}"`));
    expect(entry.content.join("")).toContain("<figcaption>The harbour bridge at dawn");
  });

  it("Atom: the lead image as enclosure", async () => {
    const parsed = await feedparser(await (await app.request("/atom.xml")).text());
    expect(parsed.bozo).toBe(false);
    expect(parsed.entries[0]!.enclosures).toEqual([expect.objectContaining({ href: LEAD, type: "image/jpeg" })]);
  });
});
