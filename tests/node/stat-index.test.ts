/**
 * The parse cache's stat index (src/node/stat-index.ts) on real folders: a
 * restart trusts an unchanged file without reading it, and reads every file
 * it has any doubt about (racy, edited, touched, new, index damaged or of
 * other settings); a deleted file leaves the index.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_ARTICLE_LIMITS, type ArticleLimits } from "../../src/config";
import { ArticleSet } from "../../src/article/article-set";
import { parseSource } from "../../src/article/article-store";
import { DiskArticleCache } from "../../src/node/article-cache";
import { FolderReader } from "../../src/node/folder-reader";
import { FolderParser } from "../../src/node/parallel-parse";
import { RACY_MS, StatIndex, STAT_INDEX_FILE, type FileStamp } from "../../src/node/stat-index";

// A file system with whole-second times and no change time of its own (ext3, HFS+, some network mounts), when asked:
// there an edit within the same second can leave the stat exactly as it was.
const clock = vi.hoisted(() => ({ coarse: false }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const statSync = ((...args: Parameters<typeof fs.statSync>) => {
    const stats = fs.statSync(...args);
    if (!clock.coarse || !stats || typeof stats.mtimeMs !== "number") return stats;
    const seconds = Math.floor(stats.mtimeMs / 1000) * 1000;
    return Object.assign(Object.create(Object.getPrototypeOf(stats) as object) as typeof stats, stats, { mtimeMs: seconds, ctimeMs: seconds });
  }) as typeof fs.statSync;
  return { ...fs, default: { ...fs, statSync }, statSync };
});

const root = mkdtempSync(join(tmpdir(), "stat-index-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  clock.coarse = false;
});
let folders = 0;

const LIMITS: ArticleLimits = { ...DEFAULT_ARTICLE_LIMITS, maxArticles: 100 };
const dated = (title: string) => `---\ntitle: ${title}\ndate: 2024-01-01\n---\nBody of ${title}.\n`;
const undated = (title: string) => `${title}\n\n:: Lead paragraph of ${title}.\n`;
/** The cache writes its packs and index after start-up (a timer): wait for them. */
const written = () => new Promise((resolve) => setTimeout(resolve, 100));

function newSite(files: Record<string, string>): { dir: string; cacheDir: string } {
  const dir = join(root, `site${folders++}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, cacheDir: `${dir}-cache` };
}

/** One start of the server's loading path (reader, cache, parser), as a fresh process would run it. */
async function start(dir: string, cacheDir: string, limits = LIMITS) {
  const cache = new DiskArticleCache(cacheDir);
  const parser = new FolderParser(limits, cache, 1);
  const reader = new FolderReader(dir, limits, cache);
  const changes = await reader.scan();
  const parsed = await parser.parse(changes.upserts, { wholeFolder: true });
  const result = new ArticleSet().update(parsed, changes.removals, changes.folderModified);
  await written();
  return {
    /** Files whose bytes were read in this start. */
    read: changes.upserts.filter((s) => s.bytes).map((s) => s.name).sort(),
    counts: parser.counts,
    /** Each file's parse, by name (the reader gives them newest first). */
    parsed: [...parsed].sort((a, b) => (a.name < b.name ? -1 : 1)),
    result,
  };
}

/** A start that happens long after the files were written, as a real restart does: nothing is racy. */
async function startLater(dir: string, cacheDir: string, limits = LIMITS) {
  const now = Date.now();
  vi.spyOn(Date, "now").mockReturnValue(now + 10_000);
  try {
    return await start(dir, cacheDir, limits);
  } finally {
    vi.mocked(Date.now).mockRestore();
  }
}

/** What a fresh parse of the file on disk gives. */
function fresh(dir: string, name: string) {
  return parseSource({ name, bytes: readFileSync(join(dir, name)), mtimeMs: statSync(join(dir, name)).mtimeMs }, LIMITS);
}

/** The names of the files in the stat index on disk. */
const indexedNames = (cacheDir: string): string[] => {
  const [version] = readdirSync(cacheDir).filter((name) => name.startsWith("v"));
  const index = JSON.parse(readFileSync(join(cacheDir, version!, STAT_INDEX_FILE), "utf8")) as { files: [string][] };
  return index.files.map(([name]) => name).sort();
};

describe("a restart over the stat index", () => {
  it("trusts unchanged files: reads and parses none, and gives exactly what a fresh parse gives", async () => {
    const { dir, cacheDir } = newSite({ "a.md": dated("A"), "b.txt": undated("B"), "c.md": dated("C") });
    const first = await startLater(dir, cacheDir);
    expect(first.read).toEqual(["a.md", "b.txt", "c.md"]);
    const again = await start(dir, cacheDir);
    expect(again.read).toEqual([]);
    expect(again.counts).toEqual({ cached: 3, inLine: 0, inThreads: 0 });
    expect(again.parsed).toEqual(["a.md", "b.txt", "c.md"].map((name) => fresh(dir, name)));
    expect(again.result).toEqual(first.result);
  });

  it("reads a file written within the racy window again, and picks up an edit of the same size with its mtime put back", async () => {
    const { dir, cacheDir } = newSite({ "a.md": dated("Alpha"), "b.md": dated("B") });
    // Read right after the files were written: their times are not clearly older than the reading.
    await start(dir, cacheDir);
    editKeepingMtime(join(dir, "a.md"), dated("Omega"));
    const again = await start(dir, cacheDir);
    expect(again.read).toEqual(["a.md", "b.md"]);
    expect(again.result.articles.map((a) => a.title).sort()).toEqual(["B", "Omega"]);
  });

  it("on whole-second times, reads a file modified within the racy window again: an edit leaving the very same stat is picked up", async () => {
    clock.coarse = true;
    const { dir, cacheDir } = newSite({ "a.md": dated("Alpha"), "b.md": dated("B") });
    const settled = new Date(Date.now() - 60_000);
    utimesSync(join(dir, "b.md"), settled, settled);
    await start(dir, cacheDir);
    const before = statSync(join(dir, "a.md"));
    editKeepingMtime(join(dir, "a.md"), dated("Omega"));
    const after = statSync(join(dir, "a.md"));
    expect([after.size, after.mtimeMs, after.ctimeMs, after.ino]).toEqual([before.size, before.mtimeMs, before.ctimeMs, before.ino]);
    const again = await start(dir, cacheDir);
    expect(again.read).toEqual(["a.md"]);
    expect(again.result.articles.map((a) => a.title).sort()).toEqual(["B", "Omega"]);
  });

  it("picks up an edit of the same size with its mtime put back outside the racy window (the change time moved)", async () => {
    const { dir, cacheDir } = newSite({ "a.md": dated("Alpha"), "b.md": dated("B") });
    await startLater(dir, cacheDir);
    editKeepingMtime(join(dir, "a.md"), dated("Omega"));
    const again = await startLater(dir, cacheDir);
    expect(again.read).toEqual(["a.md"]);
    expect(again.result.articles.map((a) => a.title).sort()).toEqual(["B", "Omega"]);
  });

  it("reads an edited file, and a touched but unchanged one keeps its cached parse with its new modification time", async () => {
    const { dir, cacheDir } = newSite({ "a.md": dated("A"), "b.md": dated("B"), "c.md": dated("C") });
    await startLater(dir, cacheDir);
    writeFileSync(join(dir, "a.md"), dated("A, longer"));
    const touched = new Date(Date.UTC(2025, 5, 1, 12, 0, 0));
    utimesSync(join(dir, "b.md"), touched, touched);
    const again = await startLater(dir, cacheDir);
    expect(again.read).toEqual(["a.md", "b.md"]);
    expect(again.counts).toEqual({ cached: 2, inLine: 1, inThreads: 0 });
    const b = again.parsed.find((p) => p.name === "b.md")!;
    expect(b.article?.fileModified).toEqual(touched);
    expect(again.parsed).toEqual(["a.md", "b.md", "c.md"].map((name) => fresh(dir, name)));
  });

  it("parses a touched file again when its dates come from its modification time", async () => {
    const { dir, cacheDir } = newSite({ "a.txt": undated("A") });
    await startLater(dir, cacheDir);
    const touched = new Date(Date.UTC(2025, 5, 1, 12, 0, 0));
    utimesSync(join(dir, "a.txt"), touched, touched);
    const again = await startLater(dir, cacheDir);
    expect(again.counts).toEqual({ cached: 0, inLine: 1, inThreads: 0 });
    expect(again.parsed[0]!.article?.published).toEqual(touched);
    expect(again.parsed).toEqual([fresh(dir, "a.txt")]);
  });

  it("forgets a deleted file, and reads a new one", async () => {
    const { dir, cacheDir } = newSite({ "a.md": dated("A"), "b.md": dated("B") });
    await startLater(dir, cacheDir);
    expect(indexedNames(cacheDir)).toEqual(["a.md", "b.md"]);
    unlinkSync(join(dir, "a.md"));
    writeFileSync(join(dir, "c.md"), dated("C"));
    const again = await startLater(dir, cacheDir);
    expect(again.read).toEqual(["c.md"]);
    expect(again.result.articles.map((a) => a.title).sort()).toEqual(["B", "C"]);
    expect(indexedNames(cacheDir)).toEqual(["b.md", "c.md"]);
  });

  it("falls back to reading every file when the index is damaged, and writes a good one", async () => {
    const { dir, cacheDir } = newSite({ "a.md": dated("A"), "b.md": dated("B") });
    await startLater(dir, cacheDir);
    const [version] = readdirSync(cacheDir).filter((name) => name.startsWith("v"));
    const good = `{"format":1,"maxArticleBytes":${LIMITS.maxArticleBytes},"files":`;
    for (const damage of ["not json", `${good}[["a.md",1,2]]}`, `${good}{}}`, `${good}[["a.md",1,2,3,4,5,"k"],`, ""]) {
      writeFileSync(join(cacheDir, version!, STAT_INDEX_FILE), damage);
      const again = await startLater(dir, cacheDir);
      expect(again.read, JSON.stringify(damage)).toEqual(["a.md", "b.md"]);
      expect(again.counts).toEqual({ cached: 2, inLine: 0, inThreads: 0 });
      expect((await startLater(dir, cacheDir)).read).toEqual([]);
    }
  });

  it("reads the files when the parses the index points to are gone, or were made under another size limit", async () => {
    const { dir, cacheDir } = newSite({ "a.md": dated("A"), "b.md": dated("B") });
    await startLater(dir, cacheDir);
    expect((await startLater(dir, cacheDir, { ...LIMITS, maxArticleBytes: 100_000 })).read).toEqual(["a.md", "b.md"]);
    const [version] = readdirSync(cacheDir).filter((name) => name.startsWith("v"));
    for (const pack of readdirSync(join(cacheDir, version!)).filter((name) => name.endsWith(".json") && name !== STAT_INDEX_FILE)) rmSync(join(cacheDir, version!, pack));
    const again = await startLater(dir, cacheDir);
    expect(again.read).toEqual(["a.md", "b.md"]);
    expect(again.counts).toEqual({ cached: 0, inLine: 2, inThreads: 0 });
    expect(again.result.articles.map((a) => a.title).sort()).toEqual(["A", "B"]);
  });
});

describe("StatIndex", () => {
  const stamp: FileStamp = { size: 100, mtimeMs: 1_700_000_000_123.456, ctimeMs: 1_700_000_000_123.456, ino: 42 };
  const settled = stamp.mtimeMs + RACY_MS + 1;

  it("vouches for an entry only when every field of the stat is the same", () => {
    const index = new StatIndex(join(root, "unit-index"), 1000);
    index.record("a.md", stamp, settled, "key-a");
    expect(index.trusted("a.md", stamp)).toBe("key-a");
    for (const change of [{ size: 101 }, { mtimeMs: stamp.mtimeMs + 0.001 }, { ctimeMs: stamp.ctimeMs + 1 }, { ino: 43 }]) {
      expect(index.trusted("a.md", { ...stamp, ...change }), JSON.stringify(change)).toBeUndefined();
    }
    expect(index.trusted("b.md", stamp)).toBeUndefined();
  });

  it("never vouches for a racy entry: modified or changed less than RACY_MS before it was read", () => {
    const index = new StatIndex(join(root, "unit-index"), 1000);
    index.record("same-second.md", stamp, stamp.mtimeMs + 1, "k");
    index.record("later.md", stamp, stamp.mtimeMs - 5000, "k");
    index.record("changed-lately.md", { ...stamp, mtimeMs: stamp.mtimeMs - 60_000 }, stamp.ctimeMs + 100, "k");
    expect(index.trusted("same-second.md", stamp)).toBeUndefined();
    expect(index.trusted("later.md", stamp)).toBeUndefined();
    expect(index.trusted("changed-lately.md", { ...stamp, mtimeMs: stamp.mtimeMs - 60_000 })).toBeUndefined();
  });

  it("survives a save and a read, and trusts nothing under another size limit", () => {
    const file = join(root, "saved-index");
    const index = new StatIndex(file, 1000);
    index.record("a.md", stamp, settled, "key-a");
    index.record("tab\tand\nnewline.md", stamp, settled, "key-b");
    index.save();
    expect(new StatIndex(file, 1000).trusted("a.md", stamp)).toBe("key-a");
    expect(new StatIndex(file, 1000).trusted("tab\tand\nnewline.md", stamp)).toBe("key-b");
    expect(new StatIndex(file, 2000).trusted("a.md", stamp)).toBeUndefined();
  });
});

/** Rewrites a file (same size in these tests) and puts its modification time back, as an editor or a checkout may. */
function editKeepingMtime(path: string, text: string): void {
  const { mtime } = statSync(path);
  writeFileSync(path, text);
  utimesSync(path, mtime, mtime);
}
