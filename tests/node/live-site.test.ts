/**
 * Live reload on Node, through the real watcher: edits show within 2 s, the
 * swap is atomic, a file that turns bad keeps its last good version, and the
 * validators change exactly when the served bytes do.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEDGER_FILE_NAME } from "../../src/article/ledger";
import { readNodeConfig, readSiteConfig } from "../../src/config";
import { createApp } from "../../src/serve/app";
import { LiveSite } from "../../src/node/live-site";

const dir = mkdtempSync(join(tmpdir(), "live-"));
const logs: string[] = [];
let live: LiveSite;
let stop: () => void;
let app: ReturnType<typeof createApp>;

const md = (title: string, body = "Body.", date = "2024-01-01") => `---\ntitle: ${title}\ndate: ${date}\n---\n${body}\n`;

beforeAll(async () => {
  writeFileSync(join(dir, "first.md"), md("First story"));
  writeFileSync(join(dir, "second.md"), md("Second story", "Body.", "2024-02-01"));
  live = await LiveSite.open(readNodeConfig({ ARTICLES_DIR: dir }), readSiteConfig({ SITE_URL: "https://live.example" }), (l) => logs.push(l));
  stop = live.watch();
  app = createApp({ site: () => live.site() });
});
afterAll(() => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});

async function feed() {
  const response = await app.request("/feed.json");
  const body = (await response.json()) as { items: { id: string; title: string; content_html: string }[] };
  return { etag: response.headers.get("etag")!, lastModified: response.headers.get("last-modified")!, body };
}

/** Waits into the next wall-clock second, so a Last-Modified set now can differ from one set before. */
const nextSecond = () => new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20));

/** Polls until the served feed satisfies `check`; returns how long it took. */
async function within(ms: number, check: (f: Awaited<ReturnType<typeof feed>>) => boolean): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (check(await feed())) return Date.now() - start;
    if (Date.now() - start > ms) throw new Error(`not visible within ${ms} ms; log:\n${logs.join("\n")}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("live reload", () => {
  it("shows an added article within 2 s", async () => {
    writeFileSync(join(dir, "third.md"), md("Third story", "Body.", "2024-03-01"));
    await within(2000, (f) => f.body.items[0]?.title === "Third story");
    expect(await (await app.request("/articles/third")).text()).toContain("Third story");
  });

  it("shows an edit within 2 s, with new validators", async () => {
    await nextSecond();
    const before = await feed();
    writeFileSync(join(dir, "first.md"), md("First story, corrected"));
    await within(2000, (f) => f.body.items.some((i) => i.title === "First story, corrected"));
    const after = await feed();
    expect(after.etag).not.toBe(before.etag);
    expect(Date.parse(after.lastModified)).toBeGreaterThan(Date.parse(before.lastModified));
  });

  it("keeps validators when a file is touched but the bytes served do not change", async () => {
    const before = await feed();
    const future = new Date(Date.now() + 5_000);
    utimesSync(join(dir, "second.md"), future, future);
    await live.reload(["second.md"]);
    const after = await feed();
    expect(after.etag).toBe(before.etag);
    expect(after.lastModified).toBe(before.lastModified);
  });

  it("a file that turns bad keeps its last good version, and says why", async () => {
    writeFileSync(join(dir, "second.md"), "");
    await live.reload(["second.md"]);
    expect((await feed()).body.items.map((i) => i.title)).toContain("Second story");
    expect(logs.join("\n")).toContain("second.md: kept the last good version: empty file (0 bytes)");
    writeFileSync(join(dir, "second.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    await live.reload(["second.md"]);
    expect((await feed()).body.items.map((i) => i.title)).toContain("Second story");
    writeFileSync(join(dir, "second.md"), md("Second story, fixed", "Body.", "2024-02-01"));
    await within(2000, (f) => f.body.items.some((i) => i.title === "Second story, fixed"));
  });

  it("a half-written file never replaces the good one", async () => {
    writeFileSync(join(dir, "third.md"), "---\ntitle: Third sto");
    await live.reload(["third.md"]);
    const titles = (await feed()).body.items.map((i) => i.title);
    expect(titles).toContain("Third story");
    writeFileSync(join(dir, "third.md"), md("Third story, complete", "Body.", "2024-03-01"));
    await within(2000, (f) => f.body.items[0]?.title === "Third story, complete");
  });

  it("a removed article leaves every feed and page within 2 s; Last-Modified still moves forward", async () => {
    await nextSecond();
    const before = await feed();
    unlinkSync(join(dir, "third.md"));
    await within(2000, (f) => !f.body.items.some((i) => i.id.endsWith("/third")));
    const after = await feed();
    expect(Date.parse(after.lastModified)).toBeGreaterThan(Date.parse(before.lastModified));
    // The publication ledger remembers it: gone for good, not a fault to retry.
    expect((await app.request("/articles/third")).status).toBe(410);
    expect((await app.request("/rss.xml")).headers.get("etag")).not.toBeNull();
  });

  it("a new bad file is rejected and logged; the others stay", async () => {
    writeFileSync(join(dir, "broken.md"), "---\ntitle: [unclosed\n---\nBody\n");
    await live.reload(["broken.md"]);
    expect(logs.join("\n")).toMatch(/✗ broken\.md: front matter is not valid YAML/);
    expect((await feed()).body.items).toHaveLength(2);
  });

  it("every response during a burst of edits is a complete feed, old or new", async () => {
    const seen = new Set<string>();
    let failures = 0;
    const reader = (async () => {
      for (let i = 0; i < 200; i++) {
        const response = await app.request("/feed.json");
        try {
          const body = (await response.json()) as { items: unknown[] };
          seen.add(response.headers.get("etag")!);
          if (!Array.isArray(body.items) || body.items.length < 2) failures++;
        } catch {
          failures++;
        }
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(dir, "first.md"), md(`First story, edit ${i}`));
      await new Promise((r) => setTimeout(r, 40));
    }
    await reader;
    expect(failures).toBe(0);
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe("validators of pages built on request", () => {
  it("a tag feed's Last-Modified never goes back while its bytes change, even across reloads nobody looked at", async () => {
    const tagDir = mkdtempSync(join(tmpdir(), "live-tags-"));
    try {
      writeFileSync(join(tagDir, "a.md"), md("A", "Body.", "2024-01-01T10:00:00Z").replace("date:", "tags: [x]\ndate:"));
      writeFileSync(join(tagDir, "b.md"), md("B", "Body.", "2024-01-01T11:00:00Z").replace("date:", "tags: [x]\ndate:"));
      writeFileSync(join(tagDir, "c.md"), md("C", "Body.", "2023-01-01T00:00:00Z"));
      const tagLive = await LiveSite.open(readNodeConfig({ ARTICLES_DIR: tagDir, WATCH: "false" }), readSiteConfig({ SITE_URL: "https://t.example" }), () => {});
      const tagApp = createApp({ site: () => tagLive.site() });
      const first = await tagApp.request("/tags/x/rss.xml");
      await nextSecond(); // HTTP dates have one-second precision: changes within it keep Last-Modified (the ETag moves)
      writeFileSync(join(tagDir, "c.md"), md("C, edited", "Body.", "2023-01-01T00:00:00Z"));
      await tagLive.reload(["c.md"]); // a reload in which nobody asks for the tag feed
      unlinkSync(join(tagDir, "b.md"));
      await tagLive.reload(["b.md"]);
      const after = await tagApp.request("/tags/x/rss.xml");
      expect(after.headers.get("etag")).not.toBe(first.headers.get("etag"));
      expect(Date.parse(after.headers.get("last-modified")!)).toBeGreaterThan(Date.parse(first.headers.get("last-modified")!));
      const stale = await tagApp.request("/tags/x/rss.xml", { headers: { "If-Modified-Since": first.headers.get("last-modified")! } });
      expect(stale.status).toBe(200);
    } finally {
      rmSync(tagDir, { recursive: true, force: true });
    }
  });

  it("an article dated in the future waits for its date, then comes into the feeds by itself", async () => {
    const soonDir = mkdtempSync(join(tmpdir(), "live-soon-"));
    const soonLogs: string[] = [];
    try {
      const at = new Date(Math.ceil((Date.now() + 2500) / 1000) * 1000);
      writeFileSync(join(soonDir, "now.md"), md("Out already", "Body.", "2024-03-12"));
      writeFileSync(join(soonDir, "soon.md"), md("Out soon", "Body.", at.toISOString()));
      const soonLive = await LiveSite.open(readNodeConfig({ ARTICLES_DIR: soonDir, WATCH: "false" }), readSiteConfig({}), (l) => soonLogs.push(l));
      const soonApp = createApp({ site: () => soonLive.site() });
      const titles = async () => ((await (await soonApp.request("/feed.json")).json()) as { items: { title: string }[] }).items.map((i) => i.title);
      expect(await titles()).toEqual(["Out already"]);
      expect((await soonApp.request("/articles/soon")).status).toBe(404);
      expect(soonLogs).toContain(`  ⏲ soon.md: dated ${at.toISOString()}, in the future: left out of every feed and page until then`);
      await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 500));
      expect(await titles()).toEqual(["Out soon", "Out already"]);
      expect((await soonApp.request("/articles/soon")).status).toBe(200);
      expect(soonLogs).toContain("Published soon.md: its date has come");
    } finally {
      rmSync(soonDir, { recursive: true, force: true });
    }
  });

  it("a future-dated article does not make Last-Modified later than now", async () => {
    const futureDir = mkdtempSync(join(tmpdir(), "live-future-"));
    try {
      writeFileSync(join(futureDir, "f.md"), md("From the future", "Body.", "2204-03-12"));
      const futureLive = await LiveSite.open(readNodeConfig({ ARTICLES_DIR: futureDir, WATCH: "false" }), readSiteConfig({}), () => {});
      const response = await createApp({ site: () => futureLive.site() }).request("/feed.json");
      expect(Date.parse(response.headers.get("last-modified")!)).toBeLessThanOrEqual(Date.now());
    } finally {
      rmSync(futureDir, { recursive: true, force: true });
    }
  });

  it("writes the publication ledger as it starts, before any edit", async () => {
    const quietDir = mkdtempSync(join(tmpdir(), "live-ledger-"));
    try {
      writeFileSync(join(quietDir, "q.md"), md("Quiet start", "Body.", "2024-03-12"));
      await LiveSite.open(readNodeConfig({ ARTICLES_DIR: quietDir, WATCH: "false" }), readSiteConfig({}), () => {});
      expect(readFileSync(join(quietDir, LEDGER_FILE_NAME), "utf8")).toMatch(/^q\tq\.md\t/m);
    } finally {
      rmSync(quietDir, { recursive: true, force: true });
    }
  });
});
