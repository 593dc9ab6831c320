/**
 * Node edge: the articles folder → ArticleSource changes. Keeps what it last
 * saw of each file (mtime, size) so a rescan reads only files that changed.
 * Enforces the folder's limits before reading: files over MAX_ARTICLE_BYTES are
 * reported, not read; past MAX_ARTICLES only the newest files are read.
 * With the parse cache's stat index, a file whose stat the index vouches for
 * is not read at all: its source carries the key of its cached parse.
 */
// Synchronous on purpose: for thousands of small files it is several times
// faster than the promise API, a cold start has no requests to keep serving,
// and a reload reads only the few files that changed.
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ArticleLimits } from "../config";
import type { ArticleSource } from "../core/article";
import { wholeSecondDate } from "../core/time";
import { tooLarge } from "../article/article-set";
import { isArticleFile } from "../article/article-files";
import type { DiskArticleCache } from "./article-cache";
import type { FileStamp } from "./stat-index";

/**
 * A file as the reader gives it: its bytes, or (when the stat index vouches
 * for it) only the key of its cached parse, with a way to read it after all.
 */
export interface FolderSource extends ArticleSource {
  /** The key its parse is filed under in the cache, when known. */
  key?: string;
  /** Reads the file (for a source given by key alone, should its parse not be found, or one whose reading was deferred). */
  reread?: () => FolderSource;
}

export interface ScanOptions {
  listed?: (files: number) => void;
  deferReads?: boolean;
}

/** What the reader asks of the parse cache: keys by stat, and keys of what it reads. */
export type StatKeys = Pick<DiskArticleCache, "knownKey" | "keyOf" | "noteRead" | "retainFiles" | "forgetFile">;

export interface FolderChanges {
  upserts: FolderSource[];
  removals: string[];
  folderModified?: Date;
  /** A note for the load report when files were left out (MAX_ARTICLES). */
  notice?: string;
}

interface Seen {
  mtimeMs: number;
  size: number;
}

export class FolderReader {
  private seen = new Map<string, Seen>();
  /** Files the last full scan left out for MAX_ARTICLES: a removal lets one of them in. */
  private leftOut = 0;

  constructor(readonly dir: string, private readonly limits: ArticleLimits, private readonly cache?: StatKeys) {}

  /** Forgets what was read, so the next scan takes every file again (after a failed reload; files the stat index vouches for are still not read). */
  forget(): void {
    this.seen.clear();
  }

  /**
   * Every change since the last scan (all files, the first time).
   * `listed` hears how many article files the folder holds, before any is read.
   * `deferReads`: files are read when their source's `reread` is called (the
   * parser reads each as it goes, handing the first to parse threads while it
   * reads the rest), not during the scan.
   */
  async scan({ listed, deferReads = false }: ScanOptions = {}): Promise<FolderChanges> {
    // Before anything is statted: an edit after this moment is never hidden by the stat index (see stat-index.ts).
    const readAt = Date.now();
    let names: string[];
    let folderModified: Date | undefined;
    let nested: string[];
    try {
      const entries = readdirSync(this.dir, { withFileTypes: true });
      // A directory named like an article (`folder.md`) is listed, and reported as no regular file.
      names = entries.filter((entry) => isArticleFile(entry.name)).map((entry) => entry.name);
      nested = entries
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && !isArticleFile(entry.name))
        .map((entry) => entry.name)
        .filter((sub) => holdsArticleFiles(join(this.dir, sub)));
      folderModified = wholeSecondDate(statSync(this.dir).mtimeMs);
    } catch (error) {
      throw new Error(`cannot read the articles folder ${this.dir}: ${errorCode(error)}`);
    }
    listed?.(names.length);
    const stats = names.map((name) => ({ name, info: statFile(join(this.dir, name)) }));
    // Past the limit, keep the newest files (ties by name, so the choice is stable).
    stats.sort((a, b) => (b.info.mtimeMs - a.info.mtimeMs) || (a.name < b.name ? -1 : 1));
    const kept = stats.slice(0, this.limits.maxArticles);
    this.leftOut = stats.length - kept.length;
    const notices = [
      ...(stats.length > kept.length ? [`ignored ${stats.length - kept.length} older files: the folder has ${stats.length} article files, over MAX_ARTICLES=${this.limits.maxArticles}`] : []),
      // Publishers file posts by year; the loader reads the folder itself only (subfolders hold images and other files).
      ...(nested.length ? [`article files in ${nested.map((sub) => `${sub}/`).join(", ")} are not read: articles must stand in the folder itself`] : []),
    ];
    const notice = notices.length ? notices.join("; ") : undefined;

    const current = new Set(kept.map((s) => s.name));
    const removals = [...this.seen.keys()].filter((name) => !current.has(name));
    for (const name of removals) this.seen.delete(name);
    this.cache?.retainFiles(current, this.limits);
    const upserts: FolderSource[] = [];
    for (const { name, info } of kept) {
      const before = this.seen.get(name);
      if (before && before.mtimeMs === info.mtimeMs && before.size === info.size && !info.problem) continue;
      upserts.push(this.read(name, info, readAt, deferReads));
    }
    return { upserts, removals, folderModified, ...(notice ? { notice } : {}) };
  }

  /** Re-reads the named files only (a watcher's hint); missing ones become removals. */
  async rescan(names: Iterable<string>): Promise<FolderChanges> {
    const readAt = Date.now();
    const wanted = [...new Set(names)].filter(isArticleFile);
    // New files that could cross MAX_ARTICLES: let a full scan choose, before anything is recorded.
    const added = wanted.filter((name) => !this.seen.has(name) && exists(join(this.dir, name)));
    if (added.length && this.seen.size + added.length > this.limits.maxArticles) return this.scan();
    const removed = wanted.some((name) => this.seen.has(name) && !exists(join(this.dir, name)));
    if (removed && this.leftOut > 0) return this.scan();
    const upserts: FolderSource[] = [];
    const removals: string[] = [];
    for (const name of wanted) {
      const info = statFile(join(this.dir, name));
      if (info.problem === MISSING && !exists(join(this.dir, name))) {
        if (this.seen.delete(name)) removals.push(name);
        this.cache?.forgetFile(name, this.limits);
        continue;
      }
      const before = this.seen.get(name);
      if (before && before.mtimeMs === info.mtimeMs && before.size === info.size && !info.problem) continue;
      upserts.push(this.read(name, info, readAt));
    }
    const folderStat = statSync(this.dir, { throwIfNoEntry: false });
    return { upserts, removals, ...(folderStat ? { folderModified: wholeSecondDate(folderStat.mtimeMs) } : {}) };
  }

  /** `readAt`: when the scan began, before the file was statted. */
  private read(name: string, info: FileInfo, readAt: number, defer = false): FolderSource {
    this.seen.set(name, { mtimeMs: info.mtimeMs, size: info.size });
    if (info.problem) return { name, mtimeMs: info.mtimeMs, unreadable: info.problem };
    if (info.size > this.limits.maxArticleBytes) return { name, mtimeMs: info.mtimeMs, unreadable: tooLarge(info.size, this.limits.maxArticleBytes) };
    const key = this.cache?.knownKey(name, info, this.limits);
    const reread = () => this.readBytes(name, info, readAt);
    if (key !== undefined) return { name, mtimeMs: info.mtimeMs, key, reread };
    return defer ? { name, mtimeMs: info.mtimeMs, reread } : reread();
  }

  private readBytes(name: string, info: FileInfo, readAt: number): FolderSource {
    try {
      const bytes = readFileSync(join(this.dir, name));
      // It may have grown between stat and read.
      if (bytes.length > this.limits.maxArticleBytes) return { name, mtimeMs: info.mtimeMs, unreadable: tooLarge(bytes.length, this.limits.maxArticleBytes) };
      const source: FolderSource = { name, mtimeMs: info.mtimeMs, bytes };
      const key = this.cache?.keyOf(source, this.limits);
      if (key === undefined) return source;
      // The stat from before the read: an edit since shows as another stat next time.
      this.cache!.noteRead(name, info, readAt, key, this.limits);
      return { ...source, key };
    } catch (error) {
      return { name, mtimeMs: info.mtimeMs, unreadable: `cannot be read (${errorCode(error)})` };
    }
  }
}

const MISSING = "is a broken symbolic link, or vanished while being read";

interface FileInfo extends FileStamp {
  problem?: string;
}

function statFile(path: string): FileInfo {
  try {
    const info = statSync(path); // follows symlinks; a loop fails with ELOOP
    const stamp = { mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
    if (!info.isFile()) return { ...stamp, size: 0, problem: "not a regular file" };
    return { ...stamp, size: info.size };
  } catch (error) {
    const code = errorCode(error);
    return { mtimeMs: 0, ctimeMs: 0, ino: 0, size: 0, problem: code === "ENOENT" ? MISSING : code === "ELOOP" ? "cannot be read: symbolic link loop or chain too deep (ELOOP)" : `cannot be read (${code})` };
  }
}

/** True if a directory entry exists, even a broken symlink. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

/** Whether a subfolder holds article files (unreadable: no). */
function holdsArticleFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some(isArticleFile);
  } catch {
    return false;
  }
}
