/**
 * Node edge: parsed articles on disk (`.cache/articles/`, git-ignored,
 * deletable at any time), so a restart or a build over unchanged files reads
 * them instead of parsing again. It caches every parse, whatever the format,
 * rejections included.
 *
 * Parses are written in packs (one file per batch of parses, not one per
 * article: ten thousand small files cost more to write and read than the
 * parsing they save) under a folder named for the loader's code, so any
 * change to a parser starts a fresh cache. Within it each parse is found by
 * a digest of what it depends on: the file's name and bytes, and the size
 * limit. The file's modification time is kept beside the parse, not in the
 * key, so a touched file keeps its parse (see `atModified`). Packs of parses
 * no file needs any more are compacted away after a start. A pack keeps the
 * articles' bodies apart, read only when an article renders (pack-file.ts).
 *
 * Beside the packs, a stat index (stat-index.ts) lets a start trust a file
 * whose stat has not changed, without reading or hashing it.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ArticleSource } from "../core/article";
import type { ArticleLimits } from "../config";
import type { ParseCache, ParsedFile } from "../article/article-set";
import { wholeSecondsMs } from "../core/time";
import { codeDigest } from "./code-digest";
import { readPack, removePack, withFileModified, writePack, type Entry } from "./pack-file";
import { StatIndex, STAT_INDEX_FILE, type FileStamp } from "./stat-index";

/** Bumped when the shape of a pack or its keys change. */
const CACHE_FORMAT = 6;

/** Parses per pack written after a start: few packs for the next start to read, a few megabytes of text each. */
const PACK_PARSES = 1000;

/**
 * How long a start that parsed more than a pack waits before writing them: the
 * first readers come first (a pack takes ~100 ms to write, which would
 * otherwise go before the first answer).
 */
const READERS_FIRST_MS = 1000;

const DEFAULT_ARTICLE_CACHE_DIR = ".cache/articles";

/** Folders this cache made: its own packs (any code version), and the one-file-per-parse layout before packs. */
const OWN_FOLDER = /^(v\d+-[0-9a-f]{16}|[0-9a-f]{2})$/;

export class DiskArticleCache implements ParseCache {
  /** Where this code's packs live. */
  private readonly packs: string;
  /** Every parse on disk for this code, read on first use. */
  private entries: Map<string, Entry> | undefined;
  /** Per size limit: the files known by their stat. */
  private readonly indexes = new Map<number, StatIndex>();
  private packsRead: string[] = [];
  private pending: Entry[] = [];
  private flushing: ReturnType<typeof setTimeout> | undefined;
  /** Whether this run of writes already waited READERS_FIRST_MS. */
  private waited = false;

  /** This code's folder: every articles folder's packs, under it, go with it when the code changes. */
  private readonly version: string;

  /**
   * `articlesDir`: the folder whose files it caches, when known. Each folder
   * gets packs of its own, so two folders sharing a cache folder do not
   * compact each other's parses away at every start.
   */
  constructor(readonly dir: string = process.env.ARTICLE_CACHE_DIR?.trim() || DEFAULT_ARTICLE_CACHE_DIR, articlesDir?: string) {
    this.version = `v${CACHE_FORMAT}-${codeDigest(["core", "extract", "article"])}`;
    this.packs = join(dir, this.version, ...(articlesDir === undefined ? [] : [folderTag(articlesDir)]));
  }

  get(source: ArticleSource, limits: ArticleLimits): ParsedFile | undefined {
    const key = this.keyOf(source, limits);
    return key === undefined ? undefined : this.lookup(key, source.mtimeMs);
  }

  set(source: ArticleSource, limits: ArticleLimits, parsed: ParsedFile): void {
    const key = this.keyOf(source, limits);
    if (key !== undefined) this.store(key, parsed, source.mtimeMs);
  }

  /** The parse filed under this key (see keyOf), as made from a file modified at `mtimeMs`. */
  lookup(key: string, mtimeMs: number): ParsedFile | undefined {
    const entry = this.read().get(key);
    if (!entry) return undefined;
    const parsed = atModified(entry, mtimeMs);
    // A touched file's parse, with its new modification time, is filed again: the next start takes it as it is.
    if (parsed && parsed !== entry[1]) this.store(key, parsed, mtimeMs);
    return parsed;
  }

  /** Files a parse under its key, to be written after start-up. */
  store(key: string, parsed: ParsedFile, mtimeMs: number): void {
    const entry: Entry = [key, parsed, mtimeMs];
    this.read().set(key, entry);
    this.pending.push(entry);
    this.flushLater();
  }

  /**
   * The key of this file's parse when the stat index vouches for it (same
   * stat, not racy) and the parse is here: the file need not be read.
   */
  knownKey(name: string, stamp: FileStamp, limits: ArticleLimits): string | undefined {
    const key = this.index(limits).trusted(name, stamp);
    return key !== undefined && this.lookup(key, stamp.mtimeMs) ? key : undefined;
  }

  /** Records in the stat index that the file, with this stat, read at `readAt`, has this key. */
  noteRead(name: string, stamp: FileStamp, readAt: number, key: string, limits: ArticleLimits): void {
    this.index(limits).record(name, stamp, readAt, key);
    this.flushLater();
  }

  /** After a scan of the whole folder: the stat index keeps only these files. */
  retainFiles(names: ReadonlySet<string>, limits: ArticleLimits): void {
    this.index(limits).retain(names);
    this.flushLater();
  }

  /** A file went: its stat index entry goes. */
  forgetFile(name: string, limits: ArticleLimits): void {
    this.index(limits).forget(name);
    this.flushLater();
  }

  /** Whether any parse of this code is on disk (without reading them). */
  hasParses(): boolean {
    if (this.entries) return this.entries.size > 0;
    try {
      return readdirSync(this.packs).some(isPack);
    } catch {
      return false;
    }
  }

  /** The digest a parse of this source is filed under (none for unreadable files: they are cheap to reject again). */
  keyOf(source: ArticleSource, limits: ArticleLimits): string | undefined {
    if (!source.bytes) return undefined;
    return createHash("sha256")
      .update(`${source.name}\0${limits.maxArticleBytes}\0`)
      .update(source.bytes)
      .digest("hex")
      .slice(0, 32);
  }

  /** Writes parses now, in packs of PACK_PARSES; false when any could not be written. */
  writePack(entries: readonly Entry[]): boolean {
    let written = true;
    for (let from = 0; from < entries.length; from += PACK_PARSES) {
      try {
        mkdirSync(this.packs, { recursive: true });
        writePack(join(this.packs, `${randomUUID()}.json`), entries.slice(from, from + PACK_PARSES));
      } catch {
        // A cache that cannot be written only costs speed.
        written = false;
      }
    }
    return written;
  }

  /**
   * After a full scan (`live`: every file's key): when much of what is on disk
   * is parses of files that are gone or changed, rewrites the cache as packs
   * of what the files need, and drops packs of other code versions.
   * Runs after start-up.
   */
  compactLater(live: readonly (string | undefined)[]): void {
    const entries = this.read();
    const keep: Entry[] = [];
    for (const key of live) {
      const entry = key === undefined ? undefined : entries.get(key);
      if (entry) keep.push(entry);
    }
    const stale = entries.size - keep.length;
    const oldPacks = this.packsRead;
    // Parses of files that changed or went stay on disk until compacted, not in memory.
    if (stale > 0) this.entries = new Map(keep.map((entry) => [entry[0], entry]));
    if (stale <= keep.length / 4 && oldPacks.length <= 4 + keep.length / 32) {
      setTimeout(() => this.dropOtherVersions(), 0).unref();
      return;
    }
    setTimeout(() => {
      this.flush();
      // The old packs go only once what replaces them is on disk.
      if (this.writePack(keep)) for (const pack of oldPacks) removePack(join(this.packs, pack));
      this.dropOtherVersions();
    }, 0).unref();
  }

  private index(limits: ArticleLimits): StatIndex {
    let index = this.indexes.get(limits.maxArticleBytes);
    if (!index) {
      index = new StatIndex(join(this.packs, STAT_INDEX_FILE), limits.maxArticleBytes);
      this.indexes.set(limits.maxArticleBytes, index);
    }
    return index;
  }

  /**
   * Writes what is new after start-up, a pack of PACK_PARSES at a time with
   * the event loop free between packs, after READERS_FIRST_MS when there is
   * more than a pack: the first start serves as soon as it has parsed, and
   * answers requests while ten thousand parses are written.
   */
  private flushLater(): void {
    if (this.flushing) return;
    this.flushing = setTimeout(this.flushStep, 0);
    // A process that stops first still leaves a complete cache behind.
    process.once("exit", this.flush);
  }

  private readonly flushStep = (): void => {
    if (this.pending.length <= PACK_PARSES) return this.flush();
    if (!this.waited) {
      this.waited = true;
      // Unref'd: a command that ends sooner writes them on exit.
      this.flushing = setTimeout(this.flushStep, READERS_FIRST_MS).unref();
      return;
    }
    this.writePack(this.pending.splice(0, PACK_PARSES));
    this.flushing = setTimeout(this.flushStep, 0);
  };

  /** Writes everything pending now. */
  private readonly flush = (): void => {
    clearTimeout(this.flushing);
    this.flushing = undefined;
    this.waited = false;
    process.off("exit", this.flush);
    this.writePack(this.pending.splice(0));
    if (this.indexes.size === 0) return;
    try {
      mkdirSync(this.packs, { recursive: true });
    } catch {
      return; // a cache that cannot be written only costs speed
    }
    for (const index of this.indexes.values()) index.save();
  };

  private read(): Map<string, Entry> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    let names: string[] = [];
    try {
      names = readdirSync(this.packs).filter(isPack);
    } catch {
      return this.entries; // no cache yet
    }
    for (const name of names) {
      try {
        for (const entry of readPack(join(this.packs, name))) {
          // A key filed twice (a touched file filed again): the parse of the later modification time.
          const other = this.entries.get(entry[0]);
          if (!other || other[2] <= entry[2]) this.entries.set(entry[0], entry);
        }
        this.packsRead.push(name);
      } catch {
        // unreadable pack: its parses are done again
      }
    }
    return this.entries;
  }

  private dropOtherVersions(): void {
    try {
      for (const name of readdirSync(this.dir)) {
        if (name !== this.version && OWN_FOLDER.test(name)) rmSync(join(this.dir, name), { recursive: true, force: true });
      }
    } catch {
      // nothing to drop
    }
  }
}

/** The name of an articles folder's packs: a digest of its absolute path (a folder moved starts afresh). */
function folderTag(articlesDir: string): string {
  return `folder-${createHash("sha256").update(resolve(articlesDir)).digest("hex").slice(0, 16)}`;
}

/** Whether a file in the cache folder is a pack (not the stat index, not a body file). */
function isPack(name: string): boolean {
  return name.endsWith(".json") && name !== STAT_INDEX_FILE;
}

/**
 * A parse made from the same name and bytes, for a file modified at
 * `mtimeMs`, which may have been touched since. The parser reads the
 * modification time (article/normalise.ts) for `fileModified` and, in a file
 * that gives no date of its own, for its dates and a warning: the first is
 * set here; the second, and a rejection (which could be about the time), are
 * parsed again.
 */
function atModified([, parsed, parsedAt]: Entry, mtimeMs: number): ParsedFile | undefined {
  if (wholeSecondsMs(parsedAt) === wholeSecondsMs(mtimeMs)) return parsed;
  const article = parsed.article;
  if (!article || article.dateSource === "file-mtime") return undefined;
  return { ...parsed, article: withFileModified(article, new Date(wholeSecondsMs(mtimeMs))) };
}
