/** Parsed articles cached on disk: a restart reads what an earlier run parsed, for every format; any change parses again. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_ARTICLE_LIMITS, type ArticleLimits } from "../../src/config";
import { ArticleSet } from "../../src/article/article-set";
import { ArticleStore, parseSource } from "../../src/article/article-store";
import { DiskArticleCache } from "../../src/node/article-cache";
import { FolderReader } from "../../src/node/folder-reader";
import { folderParser, scanInto } from "../../src/node/load-folder";
import { folderSources, source } from "../support/fixtures";

const dir = mkdtempSync(join(tmpdir(), "article-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LIMITS: ArticleLimits = { ...DEFAULT_ARTICLE_LIMITS, maxArticles: 100 };
const written = () => new Promise((resolve) => setTimeout(resolve, 100)); // writes are queued behind start-up

describe("DiskArticleCache", () => {
  const sources = [...folderSources("site"), source("bad.md", "---\ntitle: [unclosed\n---\n"), source("draft.md", "---\ntitle: Not yet\ndraft: true\n---\nx\n")];

  it("gives back exactly what was parsed (dates, warnings, rejections and drafts included), for every format", async () => {
    const first = new ArticleStore(DEFAULT_ARTICLE_LIMITS, new DiskArticleCache(dir)).apply(sources);
    await written();
    const cache = new DiskArticleCache(dir);
    for (const s of sources) expect(cache.get(s, DEFAULT_ARTICLE_LIMITS), s.name).toEqual(parseSource(s));
    expect(new ArticleStore(DEFAULT_ARTICLE_LIMITS, cache).apply(sources)).toEqual(first);
    expect(first.rejections.map((r) => r.name)).toContain("bad.md");
    expect(first.drafts?.map((d) => d.name)).toEqual(["draft.md"]);
  });

  it("misses when the bytes or the size limit differ", async () => {
    const cache = new DiskArticleCache(dir);
    const [one] = sources;
    expect(cache.get(one!, DEFAULT_ARTICLE_LIMITS)).toBeDefined();
    expect(cache.get({ ...one!, bytes: new Uint8Array([...one!.bytes!, 10]) }, DEFAULT_ARTICLE_LIMITS)).toBeUndefined();
    expect(cache.get(one!, { ...DEFAULT_ARTICLE_LIMITS, maxArticleBytes: 1000 })).toBeUndefined();
  });

  it("gives a touched file (other modification time, same bytes) exactly its fresh parse: dated ones from the cache, the rest parsed again", async () => {
    const cache = new DiskArticleCache(dir);
    const touched = sources.map((s) => ({ ...s, mtimeMs: s.mtimeMs + 86_400_000 }));
    const hits = touched.filter((s) => cache.get(s, DEFAULT_ARTICLE_LIMITS));
    for (const s of hits) expect(cache.get(s, DEFAULT_ARTICLE_LIMITS), s.name).toEqual(parseSource(s));
    // Kept: every file whose dates are its own; parsed again: those dated by the modification time, and rejections.
    const dated = sources.filter((s) => parseSource(s).article && parseSource(s).article!.dateSource !== "file-mtime");
    expect(hits.map((s) => s.name)).toEqual(dated.map((s) => s.name));
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.length).toBeLessThan(sources.length);
  });

  it("gives a touched file its parse without reading its body, and files it again under the new time", async () => {
    const touchedDir = mkdtempSync(join(tmpdir(), "article-cache-touched-"));
    try {
      const dated = sources.find((s) => parseSource(s).article?.dateSource === "front-matter")!;
      new ArticleStore(DEFAULT_ARTICLE_LIMITS, new DiskArticleCache(touchedDir)).apply([dated]);
      await written();
      const touched = { ...dated, mtimeMs: dated.mtimeMs + 86_400_000 };
      const fromDisk = new DiskArticleCache(touchedDir).get(touched, DEFAULT_ARTICLE_LIMITS)!.article!;
      // Still a getter: the body has not been read to make the copy.
      expect(typeof Object.getOwnPropertyDescriptor(fromDisk, "blocks")!.get).toBe("function");
      expect(fromDisk.fileModified.getTime()).toBe(touched.mtimeMs);
      expect(JSON.stringify(fromDisk)).toBe(JSON.stringify(parseSource(touched).article));
      await written();
      const packs = readdirSync(touchedDir).flatMap((v) => readdirSync(join(touchedDir, v)).filter((f) => f.endsWith(".json") && f !== "stat-index.json"));
      expect(packs).toHaveLength(2); // the first parse's pack, and the touched file's filed again
      // The next start finds the parse filed under the new time: no copy needed.
      const next = new DiskArticleCache(touchedDir).get(touched, DEFAULT_ARTICLE_LIMITS)!.article!;
      expect(next.fileModified.getTime()).toBe(touched.mtimeMs);
      expect(JSON.stringify(next)).toBe(JSON.stringify(parseSource(touched).article));
    } finally {
      rmSync(touchedDir, { recursive: true, force: true });
    }
  });

  it("writes packs as ASCII and gives back text past ASCII exactly (accents, CJK, emoji, right-to-left)", async () => {
    const packsDir = mkdtempSync(join(tmpdir(), "article-cache-ascii-"));
    try {
      const text = "---\ntitle: Café 東京 🚆 مرحبا\ndate: 2024-01-01\ntags: [Ελλάδα]\n---\nNaïve façade, 日本語の本文, emoji 👩🏽‍🔬 and עברית.\n";
      const one = source("unicode.md", text);
      new ArticleStore(DEFAULT_ARTICLE_LIMITS, new DiskArticleCache(packsDir)).apply([one]);
      await written();
      const packs = readdirSync(packsDir).flatMap((v) => readdirSync(join(packsDir, v)).filter((f) => f.endsWith(".json")).map((f) => join(packsDir, v, f)));
      expect(packs).toHaveLength(1);
      const bodies = packs[0]!.replace(/\.json$/, ".bodies");
      for (const file of [packs[0]!, bodies]) expect(readFileSync(file).every((byte) => byte < 0x80), file).toBe(true);
      const cached = new DiskArticleCache(packsDir).get(one, DEFAULT_ARTICLE_LIMITS);
      expect(cached).toEqual(parseSource(one));
      expect(cached?.article?.title).toBe("Café 東京 🚆 مرحبا");
      // A pack without its bodies is not used: its parses are made again.
      rmSync(bodies);
      expect(new DiskArticleCache(packsDir).get(one, DEFAULT_ARTICLE_LIMITS)).toBeUndefined();
    } finally {
      rmSync(packsDir, { recursive: true, force: true });
    }
  });
  it("writes a first start's many parses only after its first readers, a pack at a time, all of them", async () => {
    const packsDir = mkdtempSync(join(tmpdir(), "article-cache-later-"));
    const packs = () => readdirSync(packsDir).flatMap((v) => readdirSync(join(packsDir, v)).filter((f) => f.endsWith(".json") && f !== "stat-index.json"));
    try {
      const cache = new DiskArticleCache(packsDir);
      const parsed = parseSource(source("one.md", "---\ntitle: One\ndate: 2024-01-01\n---\nText.\n"));
      // More than a pack (1,000 parses): a start over a large folder.
      for (let i = 0; i < 2500; i++) cache.store(`key-${i}`, parsed, 0);
      await written();
      expect(readdirSync(packsDir)).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(packs()).toHaveLength(3);
      const again = new DiskArticleCache(packsDir);
      for (const i of [0, 999, 1000, 2499]) expect(again.lookup(`key-${i}`, 0)).toEqual(parsed);
    } finally {
      rmSync(packsDir, { recursive: true, force: true });
    }
  });
  it("keeps apart the parses of two articles folders that share one cache folder", async () => {
    const root = mkdtempSync(join(tmpdir(), "article-cache-two-"));
    const cacheDir = join(root, "cache");
    const before = process.env.ARTICLE_CACHE_DIR;
    process.env.ARTICLE_CACHE_DIR = cacheDir;
    try {
      const folders = ["a", "b"].map((name) => {
        const dir = join(root, name);
        mkdirSync(dir);
        for (let i = 0; i < 5; i++) writeFileSync(join(dir, `${name}-${i}.md`), `---\ntitle: ${name} ${i}\ndate: 2024-01-0${i + 1}\n---\nText of ${name} ${i}.\n`);
        return dir;
      });
      /** One start over the folder, as the server makes it; how its files were parsed. */
      const start = async (dir: string) => {
        const parser = folderParser(dir, LIMITS);
        const result = await scanInto(new FolderReader(dir, LIMITS, parser.cache), parser, new ArticleSet());
        expect(result.articles).toHaveLength(5);
        await written();
        return parser.counts;
      };
      for (const dir of folders) expect(await start(dir)).toEqual({ cached: 0, inLine: 5, inThreads: 0 });
      // Each folder's next start finds all its parses, whichever folder started last.
      for (const dir of [...folders, ...folders]) expect((await start(dir)).inLine).toBe(0);
    } finally {
      if (before === undefined) delete process.env.ARTICLE_CACHE_DIR;
      else process.env.ARTICLE_CACHE_DIR = before;
      rmSync(root, { recursive: true, force: true });
    }
  });
});
