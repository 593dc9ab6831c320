/**
 * The parse cache's pack format (src/node/pack-file.ts): what is written is
 * read back exactly, as ASCII, and an article's body is read from disk only
 * when it is asked for, even after its pack was deleted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseSource } from "../../src/article/article-store";
import { readPack, removePack, writePack, type Entry } from "../../src/node/pack-file";
import { folderSources, source } from "../support/fixtures";

// Every positioned read, to see when bodies are read.
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readSync = ((...args: Parameters<typeof fs.readSync>) => {
    reads.count++;
    return fs.readSync(...args);
  }) as typeof fs.readSync;
  return { ...fs, default: { ...fs, readSync }, readSync };
});

const dir = mkdtempSync(join(tmpdir(), "pack-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => void (reads.count = 0));
let packs = 0;
const newPack = () => join(dir, `pack-${packs++}.json`);

const sources = [
  ...folderSources("site"),
  source("unicode.md", "---\ntitle: Café 東京 🚆 مرحبا\ndate: 2024-01-01\n---\nNaïve façade, 日本語の本文, emoji 👩🏽‍🔬 and עברית.\n"),
  source("bad.md", "---\ntitle: [unclosed\n---\n"),
];
const entries: Entry[] = sources.map((s, i) => [`key-${i}`, parseSource(s), s.mtimeMs + i]);

describe("pack files", () => {
  it("gives back articles that serialise to the very JSON of the fresh parse (field order included), so content digests do not change", () => {
    const file = newPack();
    writePack(file, entries);
    const back = readPack(file);
    entries.forEach(([, parsed], i) => expect(JSON.stringify(back[i]![1].article), parsed.name).toBe(JSON.stringify(parsed.article)));
  });


  it("reads back exactly what was written, rejections and text past ASCII included; both files are ASCII", () => {
    const file = newPack();
    writePack(file, entries);
    for (const written of [file, file.replace(/\.json$/, ".bodies")]) expect(readFileSync(written).every((byte) => byte < 0x80), written).toBe(true);
    expect(readPack(file)).toEqual(entries);
  });

  it("reads an article's body only when it is asked for, once", () => {
    const file = newPack();
    writePack(file, entries);
    const read = readPack(file);
    expect(reads.count).toBe(0);
    const article = read.find(([, parsed]) => parsed.name === "unicode.md")![1].article!;
    expect(article.blocks).toEqual(parseSource(sources.at(-2)!).article!.blocks);
    expect(article.blocks).toBe(article.blocks);
    expect(reads.count).toBe(1);
  });

  it("still reads bodies after the pack is deleted (compaction by this process or another)", () => {
    const file = newPack();
    writePack(file, entries);
    const read = readPack(file);
    removePack(file);
    expect(existsSync(file)).toBe(false);
    expect(read).toEqual(entries);
  });

  it("copies bodies nobody asked for into a new pack as they were, and the new pack reads back exactly", () => {
    const first = newPack();
    writePack(first, entries);
    const again = newPack();
    writePack(again, readPack(first));
    expect(readFileSync(again.replace(/\.json$/, ".bodies"), "latin1")).toBe(readFileSync(first.replace(/\.json$/, ".bodies"), "latin1"));
    expect(readPack(again)).toEqual(entries);
  });

  it("refuses a pack whose body file is gone or cut short, rather than serve wrong text later", () => {
    const gone = newPack();
    writePack(gone, entries);
    rmSync(gone.replace(/\.json$/, ".bodies"));
    expect(() => readPack(gone)).toThrow();
    const cut = newPack();
    writePack(cut, entries);
    truncateSync(cut.replace(/\.json$/, ".bodies"), 100);
    expect(() => readPack(cut)).toThrow(/shorter than its pack says/);
  });
});
