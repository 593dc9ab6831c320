/** Parsing a large batch on several threads gives exactly the in-line parses, files them in the cache, and a second run reads them back. */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ArticleSource } from "../../src/core/article";
import { DEFAULT_ARTICLE_LIMITS } from "../../src/config";
import { parseSource } from "../../src/article/article-store";
import { DiskArticleCache } from "../../src/node/article-cache";
import { FolderParser } from "../../src/node/parallel-parse";
import { folderSources, source } from "../support/fixtures";

const dir = mkdtempSync(join(tmpdir(), "parallel-parse-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Enough files to take the threaded path: the fixture site's articles under many names, plus bad ones.
const site = folderSources("site");
const sources: ArticleSource[] = Array.from({ length: 260 }, (_, i) => {
  const base = site[i % site.length]!;
  return { ...base, name: `${i}-${base.name}`, mtimeMs: base.mtimeMs + i * 1000 };
});
sources.push(source("broken.md", "---\ntitle: [unclosed\n---\n"), { name: "gone.txt", mtimeMs: 0, unreadable: "cannot be read (EACCES)" });

const packsOf = (cacheDir: string) => readdirSync(cacheDir).flatMap((v) => readdirSync(join(cacheDir, v)).filter((f) => f.endsWith(".json")));

describe("FolderParser", () => {
  it("parses a large batch in threads, in order, exactly as in line; rejections included", async () => {
    const parser = new FolderParser(DEFAULT_ARTICLE_LIMITS, undefined, 2);
    const parsed = await parser.parse(sources);
    expect(parser.counts).toEqual({ cached: 0, inLine: 0, inThreads: sources.length });
    expect(parsed).toEqual(sources.map((s) => parseSource(s)));
    expect(parsed.find((p) => p.name === "broken.md")?.problem).toBeTruthy();
  }, 120_000);

  it("the threads file their parses in the cache; the next run reads every one and parses none", async () => {
    const cacheDir = join(dir, "cache");
    const first = new FolderParser(DEFAULT_ARTICLE_LIMITS, new DiskArticleCache(cacheDir), 2);
    await first.parse(sources, { wholeFolder: true });
    // The main thread files the threads' parses after the task that awaited them: one macrotask later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const filed = new DiskArticleCache(cacheDir);
    expect(sources.filter((s) => s.bytes && !filed.get(s, DEFAULT_ARTICLE_LIMITS)).map((s) => s.name)).toEqual([]);
    expect(packsOf(cacheDir).length).toBeLessThan(sources.length / 10);
    expect(readdirSync(join(cacheDir, readdirSync(cacheDir).find((v) => v.startsWith("v"))!)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const again = new FolderParser(DEFAULT_ARTICLE_LIMITS, new DiskArticleCache(cacheDir), 2);
    const parsed = await again.parse(sources, { wholeFolder: true });
    expect(again.counts).toEqual({ cached: sources.length - 1, inLine: 1, inThreads: 0 });
    expect(parsed).toEqual(sources.map((s) => parseSource(s)));
  }, 120_000);

  it("threads started ahead of a large batch parse it; ahead of a small one they are let go", async () => {
    const ahead = new FolderParser(DEFAULT_ARTICLE_LIMITS, undefined, 2);
    ahead.warmUp(sources.length);
    expect(await ahead.parse(sources)).toEqual(sources.map((s) => parseSource(s)));
    expect(ahead.counts.inThreads).toBe(sources.length);
    const unneeded = new FolderParser(DEFAULT_ARTICLE_LIMITS, undefined, 2);
    unneeded.warmUp(sources.length);
    expect(await unneeded.parse(sources.slice(0, 2))).toEqual(sources.slice(0, 2).map((s) => parseSource(s)));
    expect(unneeded.counts).toEqual({ cached: 0, inLine: 2, inThreads: 0 });
  }, 120_000);

  it("threads started ahead are handed files as they are read: deferred sources, each read once, parsed as in line", async () => {
    const ahead = new FolderParser(DEFAULT_ARTICLE_LIMITS, new DiskArticleCache(join(dir, "deferred-cache")), 2);
    ahead.warmUp(sources.length);
    const reads: string[] = [];
    const deferred = sources.map((s) => ({ name: s.name, mtimeMs: s.mtimeMs, reread: () => (reads.push(s.name), s) }));
    expect(await ahead.parse(deferred, { wholeFolder: true })).toEqual(sources.map((s) => parseSource(s)));
    expect(reads).toEqual(sources.map((s) => s.name));
    expect(ahead.counts).toEqual({ cached: 0, inLine: 0, inThreads: sources.length });
  }, 120_000);

  it("a small batch is parsed in line", async () => {
    const parser = new FolderParser(DEFAULT_ARTICLE_LIMITS, undefined, 2);
    expect(await parser.parse(sources.slice(0, 3))).toEqual(sources.slice(0, 3).map((s) => parseSource(s)));
    expect(parser.counts).toEqual({ cached: 0, inLine: 3, inThreads: 0 });
  });

  it("reads a file given by its key alone when that parse is not in the cache after all", async () => {
    const cacheDir = join(dir, "reread-cache");
    const [one] = sources;
    let reread = 0;
    const parser = new FolderParser(DEFAULT_ARTICLE_LIMITS, new DiskArticleCache(cacheDir), 1);
    const parsed = await parser.parse([{ name: one!.name, mtimeMs: one!.mtimeMs, key: "no-such-parse", reread: () => (reread++, one!) }]);
    expect(reread).toBe(1);
    expect(parsed).toEqual([parseSource(one!)]);
    expect(parser.counts).toEqual({ cached: 0, inLine: 1, inThreads: 0 });
  });
});
