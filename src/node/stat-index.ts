/**
 * Node edge: what the parse cache knows of each article file without reading
 * it, as git's index does: name → the file's stat when it was last read, and
 * the key its parse is filed under. A start trusts a file whose stat is the
 * same and skips reading and hashing it; anything else is read.
 *
 * "Racy" files, as git calls them: a file whose modification or change time
 * is not clearly older than the moment it was read could be edited again
 * within the same timestamp tick (same size, mtime kept by `cp -p`, rsync or
 * `touch -r`) and look unchanged. Such an entry is never trusted; the next
 * start reads the file again and records it with a later read time.
 *
 * Kept as one small file beside the packs (`stat-index.json`: the settings
 * it was made under and one row per file), rewritten whole, renamed into place.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";

/** What a file's stat says of it, compared field by field. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** Change time: moves on any write and on `utimes`, so a restored mtime does not hide an edit. */
  ctimeMs: number;
  ino: number;
}

/**
 * How much older than its reading a file's times must be for its entry to be
 * trusted: file systems with whole-second (ext3, HFS+) or two-second (FAT)
 * times, and the kernel's coarse clock (a few ms behind Date.now()), could
 * otherwise give an edit made just after the read the very same times.
 */
export const RACY_MS = 2000;

/** Bumped when the row format changes. */
const INDEX_FORMAT = 1;

/** Not a pack: packs are named `<uuid>.json`. */
export const STAT_INDEX_FILE = "stat-index.json";

interface Entry extends FileStamp {
  /** Date.now() before the file was statted and read. */
  readAt: number;
  key: string;
}

type Row = [name: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, readAt: number, key: string];

export class StatIndex {
  private entries: Map<string, Entry> | undefined;
  private dirty = false;

  /** `file`: where the index lives; `maxArticleBytes`: the limit its keys were made under (another limit: nothing is trusted). */
  constructor(private readonly file: string, private readonly maxArticleBytes: number) {}

  /** The key recorded for this file, if its stat is the same and was settled when it was read. */
  trusted(name: string, stamp: FileStamp): string | undefined {
    const entry = this.read().get(name);
    if (!entry || !sameStamp(entry, stamp)) return undefined;
    if (Math.max(entry.mtimeMs, entry.ctimeMs) > entry.readAt - RACY_MS) return undefined;
    return entry.key;
  }

  /** Notes that the file, with this stat, was read at `readAt` and its parse is filed under `key`. */
  record(name: string, stamp: FileStamp, readAt: number, key: string): void {
    const entries = this.read();
    const before = entries.get(name);
    if (before && before.key === key && before.readAt === readAt && sameStamp(before, stamp)) return;
    entries.set(name, { size: stamp.size, mtimeMs: stamp.mtimeMs, ctimeMs: stamp.ctimeMs, ino: stamp.ino, readAt, key });
    this.dirty = true;
  }

  /** Drops the files not named (after a scan of the whole folder). */
  retain(names: ReadonlySet<string>): void {
    for (const name of this.read().keys()) {
      if (!names.has(name)) {
        this.entries!.delete(name);
        this.dirty = true;
      }
    }
  }

  /** Drops one file's entry (it was removed). */
  forget(name: string): void {
    if (this.read().delete(name)) this.dirty = true;
  }

  /** Writes the index if it changed since it was read or written (written whole, then renamed: a reader never sees half of it). */
  save(): void {
    if (!this.dirty || !this.entries) return;
    this.dirty = false;
    const files: Row[] = [];
    for (const [name, e] of this.entries) files.push([name, e.size, e.mtimeMs, e.ctimeMs, e.ino, e.readAt, e.key]);
    try {
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: INDEX_FORMAT, maxArticleBytes: this.maxArticleBytes, files }));
      renameSync(temporary, this.file);
    } catch {
      // An index that cannot be written only costs speed: the next start reads the files.
    }
  }

  private read(): Map<string, Entry> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      return this.entries; // no index yet
    }
    try {
      const index = JSON.parse(text) as { format?: unknown; maxArticleBytes?: unknown; files?: unknown };
      if (index.format !== INDEX_FORMAT || index.maxArticleBytes !== this.maxArticleBytes || !Array.isArray(index.files)) return this.startAfresh();
      for (const row of index.files as unknown[]) {
        if (!isRow(row)) return this.startAfresh();
        const [name, size, mtimeMs, ctimeMs, ino, readAt, key] = row;
        this.entries.set(name, { size, mtimeMs, ctimeMs, ino, readAt, key });
      }
    } catch {
      return this.startAfresh();
    }
    return this.entries;
  }

  /** A damaged index, or one of other settings: trust nothing, and write a good one after this start. */
  private startAfresh(): Map<string, Entry> {
    this.entries = new Map();
    this.dirty = true;
    return this.entries;
  }
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

function isRow(value: unknown): value is Row {
  return Array.isArray(value) && value.length === 7 && typeof value[0] === "string" && typeof value[6] === "string" &&
    value.slice(1, 6).every((n) => typeof n === "number" && Number.isFinite(n));
}
