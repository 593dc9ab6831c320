/**
 * A real feed reader: newsboat (Debian) subscribes to the running server's
 * RSS and Atom feeds, reloads, and we read what it stored in its cache.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFolder } from "../../src/node/load-folder";
import { HOSTILE_PAGE, HOSTILE_PAGE_NAME } from "../support/hostile-page";
import { startNode, type RunningServer } from "../support/servers";

const run = promisify(execFile);
const home = mkdtempSync(join(tmpdir(), "newsboat-"));
const articles = join(home, "articles");
let server: RunningServer;

// The seed plus varied scrapes and Markdown, so the reader sees many kinds of item.
cpSync("articles", articles, { recursive: true });
for (const name of ["wire-byline-dateline.txt", "arabic-rtl.txt", "japanese.txt", "hostile-text.txt", "french-quotes-captions.txt"]) {
  cpSync(`tests/fixtures/scrapes/${name}`, join(articles, name));
}
cpSync("tests/fixtures/markdown/full.md", join(articles, "full.md"));
// An HTML page, whose figures the reader must show (newsboat 2.21 keeps only
// audio/video enclosures; it shows a content <img> as a numbered image link).
writeFileSync(join(articles, HOSTILE_PAGE_NAME), HOSTILE_PAGE);

beforeAll(async () => {
  server = await startNode({ ARTICLES_DIR: articles });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(home, { recursive: true, force: true });
});

interface StoredItem {
  title: string;
  guid: string;
  feedurl: string;
  content: string;
}

async function newsboatRead(feedUrl: string): Promise<StoredItem[]> {
  const dir = mkdtempSync(join(home, "reader-"));
  writeFileSync(join(dir, "urls"), `${feedUrl}\n`);
  writeFileSync(join(dir, "config"), "");
  const cache = join(dir, "cache.db");
  await run("newsboat", ["-u", join(dir, "urls"), "-c", cache, "-C", join(dir, "config"), "-x", "reload"], {
    env: { ...process.env, HOME: dir, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
    timeout: 60_000,
  });
  const { stdout } = await run("sqlite3", ["-json", cache, "SELECT title, guid, feedurl, content FROM rss_item ORDER BY pubDate DESC, guid"]);
  return stdout.trim() ? (JSON.parse(stdout) as StoredItem[]) : [];
}

describe("newsboat reads the feeds", async () => {
  const expected = (await loadFolder(articles)).articles;

  it.each(["/rss.xml", "/atom.xml"])("%s: every item, with the right title and id", async (path) => {
    const items = await newsboatRead(`${server.url}${path}`);
    expect(items).toHaveLength(expected.length);
    const byGuid = new Map(items.map((i) => [i.guid, i]));
    for (const article of expected) {
      const item = byGuid.get(`${server.url}/articles/${article.slug}`);
      expect(item, article.slug).toBeDefined();
      expect(item!.title).toBe(article.title);
    }
    const bridge = byGuid.get(`${server.url}/articles/harbour-bridge`);
    expect(bridge?.content).toContain('<figure><img src="https://www.coastal.example/images/2024/05/bridge-lead.jpg"');
    expect(bridge?.content).toContain("<figcaption>The harbour bridge at dawn on Friday");
  });
});
