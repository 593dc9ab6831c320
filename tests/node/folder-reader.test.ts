/**
 * FolderReader on its own (src/node/folder-reader.ts): what each scan and
 * rescan reports in a temporary folder. Whole-folder loading, odd file kinds
 * and 10,000 files are in load-folder.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { FolderReader } from "../../src/node/folder-reader";

// Every path the reader opens, to check what it leaves unread.
const opened = vi.hoisted(() => [] as string[]);
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readFileSync = ((path: string, ...rest: unknown[]) => {
    opened.push(String(path));
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const root = mkdtempSync(join(tmpdir(), "folder-reader-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const BASE = Date.UTC(2024, 0, 15, 12, 0, 0);

function newFolder(): string {
  const dir = join(root, `f${folders++}`);
  mkdirSync(dir);
  return dir;
}

/** Writes a file with a fixed modification time (seconds after BASE), so order and change checks do not depend on the clock. */
function write(dir: string, name: string, text: string, second = 0): void {
  writeFileSync(join(dir, name), text);
  const t = new Date(BASE + second * 1000);
  utimesSync(join(dir, name), t, t);
}

const reader = (dir: string, maxArticles = 100, maxArticleBytes = 1000) => new FolderReader(dir, { maxArticles, maxArticleBytes });
const names = (changes: { upserts: { name: string }[] }) => changes.upserts.map((s) => s.name).sort();
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe("FolderReader.scan", () => {
  it("reads every article file the first time, with its bytes and modification time, and the folder's time in whole seconds", async () => {
    const dir = newFolder();
    write(dir, "a.md", "# A", 1);
    write(dir, "b.txt", "B", 2);
    write(dir, "notes.json", "{}", 3);
    write(dir, ".hidden.md", "hidden", 4);
    const changes = await reader(dir).scan();
    expect(names(changes)).toEqual(["a.md", "b.txt"]);
    const a = changes.upserts.find((s) => s.name === "a.md")!;
    expect(text(a.bytes)).toBe("# A");
    expect(a.mtimeMs).toBe(BASE + 1000);
    expect(changes.removals).toEqual([]);
    expect(changes.folderModified!.getTime() % 1000).toBe(0);
    expect(changes).not.toHaveProperty("notice");
  });

  it("reads only what changed since the last scan, and reports each removal once", async () => {
    const dir = newFolder();
    write(dir, "same.md", "same", 1);
    write(dir, "edited.md", "before", 1);
    write(dir, "removed.md", "bye", 1);
    const r = reader(dir);
    await r.scan();
    expect(await r.scan()).toMatchObject({ upserts: [], removals: [] });
    write(dir, "edited.md", "after, longer", 1); // same time, new size
    write(dir, "touched.md", "new", 2);
    unlinkSync(join(dir, "removed.md"));
    const changes = await r.scan();
    expect(names(changes)).toEqual(["edited.md", "touched.md"]);
    expect(text(changes.upserts.find((s) => s.name === "edited.md")!.bytes)).toBe("after, longer");
    expect(changes.removals).toEqual(["removed.md"]);
    expect((await r.scan()).removals).toEqual([]);
  });

  it("notices an edit that keeps the size but moves the modification time", async () => {
    const dir = newFolder();
    write(dir, "a.md", "1234", 1);
    const r = reader(dir);
    await r.scan();
    write(dir, "a.md", "abcd", 5);
    expect(names(await r.scan())).toEqual(["a.md"]);
  });

  it("reports a file over the size limit with the reason, without its bytes, and reads it once it shrinks", async () => {
    const dir = newFolder();
    write(dir, "big.md", "x".repeat(2048), 1);
    write(dir, "small.md", "ok", 1);
    const r = reader(dir, 100, 1024);
    opened.length = 0;
    const first = await r.scan();
    expect(opened.map((path) => path.slice(dir.length + 1))).toEqual(["small.md"]);
    const big = first.upserts.find((s) => s.name === "big.md")!;
    expect(big.bytes).toBeUndefined();
    expect(big.unreadable).toBe("file is 2.0 KB, over the 1.0 KB limit (MAX_ARTICLE_BYTES)");
    expect(first.upserts.find((s) => s.name === "small.md")!.bytes).toBeDefined();
    expect((await r.scan()).upserts).toEqual([]);
    write(dir, "big.md", "now small", 2);
    expect(text((await r.scan()).upserts[0]!.bytes)).toBe("now small");
  });

  it("past MAX_ARTICLES reads only the newest files (ties by name) and says how many it left out", async () => {
    const dir = newFolder();
    write(dir, "old.md", "old", 1);
    write(dir, "b.md", "b", 5);
    write(dir, "a.md", "a", 5);
    write(dir, "newest.md", "newest", 9);
    const changes = await reader(dir, 2).scan();
    expect(names(changes)).toEqual(["a.md", "newest.md"]);
    expect(changes.notice).toBe("ignored 2 older files: the folder has 4 article files, over MAX_ARTICLES=2");
  });

  it("says which subfolders hold article files it does not read, and is quiet about folders of images", async () => {
    const dir = newFolder();
    write(dir, "top.md", "top", 1);
    mkdirSync(join(dir, "2025"));
    write(join(dir, "2025"), "nested.md", "nested", 1);
    mkdirSync(join(dir, "images"));
    write(join(dir, "images"), "pier.jpg", "jpeg", 1);
    mkdirSync(join(dir, ".git"));
    write(join(dir, ".git"), "notes.md", "git", 1);
    const changes = await reader(dir).scan();
    expect(names(changes)).toEqual(["top.md"]);
    expect(changes.notice).toBe("article files in 2025/ are not read: articles must stand in the folder itself");
  });

  it("removes a file that a newer one pushes past MAX_ARTICLES", async () => {
    const dir = newFolder();
    write(dir, "a.md", "a", 1);
    write(dir, "b.md", "b", 2);
    const r = reader(dir, 2);
    await r.scan();
    write(dir, "c.md", "c", 3);
    const changes = await r.scan();
    expect(names(changes)).toEqual(["c.md"]);
    expect(changes.removals).toEqual(["a.md"]);
  });

  it("reports a broken symbolic link as unreadable, and keeps reporting it until it is fixed", async () => {
    const dir = newFolder();
    symlinkSync(join(dir, "nowhere.md"), join(dir, "dangling.md"));
    const r = reader(dir);
    const first = await r.scan();
    expect(first.upserts).toEqual([{ name: "dangling.md", mtimeMs: 0, unreadable: "is a broken symbolic link, or vanished while being read" }]);
    expect(names(await r.scan())).toEqual(["dangling.md"]);
    write(dir, "nowhere.md", "target", 1);
    const fixed = await r.scan();
    expect(fixed.upserts.map((s) => [s.name, text(s.bytes)]).sort()).toEqual([["dangling.md", "target"], ["nowhere.md", "target"]]);
  });

  it("reads every file again after forget()", async () => {
    const dir = newFolder();
    write(dir, "a.md", "a", 1);
    const r = reader(dir);
    await r.scan();
    r.forget();
    expect(names(await r.scan())).toEqual(["a.md"]);
  });

  it("names the folder and the error when the folder cannot be read", async () => {
    const missing = join(root, "no-such-folder");
    await expect(reader(missing).scan()).rejects.toThrow(`cannot read the articles folder ${missing}: ENOENT`);
  });
});

describe("FolderReader.rescan", () => {
  it("reads only the named files that changed, and ignores names that are not articles", async () => {
    const dir = newFolder();
    write(dir, "a.md", "a", 1);
    write(dir, "b.md", "b", 1);
    const r = reader(dir);
    await r.scan();
    write(dir, "a.md", "a2", 2);
    write(dir, "b.md", "b2", 2);
    write(dir, "c.json", "{}", 2);
    const changes = await r.rescan(["a.md", "a.md", "c.json"]);
    expect(names(changes)).toEqual(["a.md"]);
    expect(changes.removals).toEqual([]);
    expect(changes.folderModified).toBeInstanceOf(Date);
    // b.md was not named: a later rescan of it still finds the change.
    expect(names(await r.rescan(["b.md"]))).toEqual(["b.md"]);
  });

  it("reports a named file that is gone as a removal, once, and a never-seen missing name as nothing", async () => {
    const dir = newFolder();
    write(dir, "a.md", "a", 1);
    const r = reader(dir);
    await r.scan();
    unlinkSync(join(dir, "a.md"));
    expect(await r.rescan(["a.md", "ghost.md"])).toMatchObject({ upserts: [], removals: ["a.md"] });
    expect((await r.rescan(["a.md"])).removals).toEqual([]);
  });

  it("reads a new file, and reports a link that broke as unreadable rather than removed", async () => {
    const dir = newFolder();
    write(dir, "target.md", "t", 1);
    symlinkSync(join(dir, "target.md"), join(dir, "link.md"));
    const r = reader(dir);
    await r.scan();
    write(dir, "new.md", "n", 2);
    unlinkSync(join(dir, "target.md"));
    const changes = await r.rescan(["new.md", "link.md", "target.md"]);
    expect(changes.removals).toEqual(["target.md"]);
    expect(changes.upserts).toEqual([
      { name: "new.md", mtimeMs: BASE + 2000, bytes: expect.anything() },
      { name: "link.md", mtimeMs: 0, unreadable: "is a broken symbolic link, or vanished while being read" },
    ]);
  });

  it("falls back to a full scan when new files would cross MAX_ARTICLES, keeping the newest", async () => {
    const dir = newFolder();
    write(dir, "a.md", "a", 1);
    write(dir, "b.md", "b", 2);
    const r = reader(dir, 2);
    await r.scan();
    write(dir, "c.md", "c", 3);
    const changes = await r.rescan(["c.md"]);
    expect(names(changes)).toEqual(["c.md"]);
    expect(changes.removals).toEqual(["a.md"]);
    expect(changes.notice).toMatch(/^ignored 1 older files/);
  });
});

describe("FolderReader.scan's listing", () => {
  it("tells how many article files the folder holds before reading any", async () => {
    const dir = newFolder();
    write(dir, "a.md", "a");
    write(dir, "b.html", "b");
    write(dir, "c.png", "c");
    opened.length = 0;
    let listed: number | undefined;
    let openedWhenListed = -1;
    await reader(dir).scan({
      listed: (files) => {
        listed = files;
        openedWhenListed = opened.length;
      },
    });
    expect(listed).toBe(2);
    expect(openedWhenListed).toBe(0);
  });

  it("with deferReads, reads no file during the scan: each source reads its file when asked, as an eager scan would have", async () => {
    const dir = newFolder();
    write(dir, "a.md", "---\ntitle: A\n---\nBody.");
    write(dir, "b.txt", "Headline\n\nBody text.");
    opened.length = 0;
    const changes = await reader(dir).scan({ deferReads: true });
    expect(opened).toEqual([]);
    expect(changes.upserts.map((s) => [s.name, s.bytes])).toEqual([["a.md", undefined], ["b.txt", undefined]]);
    const read = changes.upserts.map((s) => s.reread!());
    expect(read.map((s) => text(s.bytes))).toEqual(["---\ntitle: A\n---\nBody.", "Headline\n\nBody text."]);
    expect(opened.length).toBe(2);
    expect(names(await reader(dir).scan())).toEqual(["a.md", "b.txt"]);
  });
});
