/**
 * The worker's build (`npm run build:site`): incremental (only what a change
 * touches is rendered and written), validators continued across builds, files
 * of removed paths deleted, and a clear refusal past ASSET_LIMIT with nothing
 * written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { loadFolder } from "../../src/node/load-folder";
import { buildSiteFiles, readManifest, SiteTooLarge } from "../../src/node/site-build";
import { assetOf, entryAt } from "../../src/serve/manifest";

const root = mkdtempSync(join(tmpdir(), "site-build-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  delete process.env.ARTICLE_CACHE_DIR;
});

const config = readSiteConfig({ SITE_URL: "https://build.example", FEED_LIMIT: "5" });
const write = (dir: string, i: number, body = `Body ${i}.`) => {
  const file = join(dir, `post-${i}.md`);
  writeFileSync(file, `---\ntitle: Post ${i}\ndate: 2024-0${1 + (i % 3)}-${String(i + 1).padStart(2, "0")}T10:00:00Z\ntags: [${i % 2 ? "odd" : "even"}]\n---\n${body}\n`);
  utimesSync(file, new Date(Date.UTC(2024, 5, 1)), new Date(Date.UTC(2024, 5, 1)));
};
/** A fresh folder of `count` dated Markdown articles with tags, spread over three months. */
function folder(name: string, count: number): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) write(dir, i);
  return dir;
}

describe("npm run build:site", () => {
  it("renders only what an article change touches, keeps validators of the rest, deletes files of removed paths", async () => {
    const articles = folder("a", 20);
    const out = join(root, "site-a");
    process.env.ARTICLE_CACHE_DIR = join(root, "cache-a");
    let clock = Date.UTC(2025, 0, 1);
    const build = async () => buildSiteFiles(await loadFolder(articles), config, { outDir: out, now: () => clock });

    const first = await build();
    expect(first.rendered).toBe(first.documents);
    const before = readManifest(out)!;
    for (const path of ["/", "/rss.xml", "/archive/2024-01/feed.json", "/tags/odd/atom.xml", "/articles/post-3"]) {
      expect(readFileSync(join(out, assetOf(path))).length, path).toBe(entryAt(before, path)![2]);
    }

    clock += 60_000;
    // Parses are filed in the on-disk cache after the load that made them: this build reads them back from there.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await build();
    expect(again.rendered).toBe(0);
    expect(again.written).toBe(1); // the manifest alone
    expect(readManifest(out)!.documents).toEqual(before.documents);

    // An old article (in an archive page and on the landing page, not in the feeds) changes its text.
    clock += 60_000;
    write(articles, 0, "Edited body.");
    const edited = await build();
    const after = readManifest(out)!;
    const changed = Object.keys(after.documents).filter((path) => after.documents[path]![1] !== before.documents[path]![1]);
    expect(changed.sort()).toEqual(["/", "/archive/2024-01/atom.xml", "/archive/2024-01/feed.json", "/archive/2024-01/rss.xml", "/articles/post-0"]);
    expect(edited.rendered).toBeLessThan(10);
    for (const path of changed) expect(after.documents[path]![3] * 1000).toBeGreaterThan(before.documents[path]![3] * 1000);
    expect(after.documents["/rss.xml"]).toEqual(before.documents["/rss.xml"]);
    expect(readFileSync(join(out, assetOf("/articles/post-0")), "utf8")).toContain("Edited body.");

    // A removed article takes its page away.
    rmSync(join(articles, "post-1.md"));
    await build();
    expect(entryAt(readManifest(out)!, "/articles/post-1")).toBeUndefined();
    expect(existsSync(join(out, assetOf("/articles/post-1")))).toBe(false);
  });

  it("refuses past ASSET_LIMIT, saying what to do, and writes nothing", async () => {
    const articles = folder("b", 12);
    const out = join(root, "site-b");
    const load = await loadFolder(articles);
    let error: unknown;
    try {
      buildSiteFiles(load, config, { outDir: out, assetLimit: 20 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SiteTooLarge);
    expect(String((error as Error).message)).toMatch(/needs \d+ static asset files .* over ASSET_LIMIT=20\. .*paid plan set ASSET_LIMIT=100000.*R2/);
    expect(existsSync(out)).toBe(false);
    expect(buildSiteFiles(load, config, { outDir: out, assetLimit: 100 }).assets).toBeLessThanOrEqual(100);
  });
});
