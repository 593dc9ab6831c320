/**
 * Node edge: parsed articles on disk (`.cache/articles/`, git-ignored,
 * deletable at any time), so a restart or a build over unchanged files reads
 * them instead of parsing again. One file per parse, named by a digest of
 * what the parse depends on: the file's name, bytes and modification time,
 * the size limit, and the loader's own code (any change to a parser, for any
 * format, starts a fresh cache). It caches the parse result whatever the
 * format, rejections included.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, ArticleSource } from "../core/article";
import type { ParseCache, ParsedFile, StoreLimits } from "../load/article-store";
import { codeDigest } from "./code-digest";

/** Bumped when the shape of a cache file changes. */
const CACHE_FORMAT = 1;

export const DEFAULT_ARTICLE_CACHE_DIR = ".cache/articles";

/** Cache files written per turn of the event loop. */
const WRITE_BATCH = 100;

export class DiskArticleCache implements ParseCache {
  private readonly version = `${CACHE_FORMAT}:${codeDigest(["core", "load", "normalise"])}`;
  private madeDirs = new Set<string>();
  private pending: [string, ParsedFile][] = [];
  private flushing: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly dir: string = process.env.ARTICLE_CACHE_DIR?.trim() || DEFAULT_ARTICLE_CACHE_DIR) {}

  get(source: ArticleSource, limits: StoreLimits): ParsedFile | undefined {
    const file = this.fileFor(source, limits);
    if (!file) return undefined;
    try {
      return revive(JSON.parse(readFileSync(file, "utf8")) as ParsedFile);
    } catch {
      return undefined; // not cached yet, or unreadable: parse again
    }
  }

  set(source: ArticleSource, limits: StoreLimits, parsed: ParsedFile): void {
    const file = this.fileFor(source, limits);
    if (!file) return;
    // Written after start-up, in small batches: the first start serves as soon as it has parsed.
    this.pending.push([file, parsed]);
    if (!this.flushing) {
      this.flushing = setTimeout(() => this.flush(), 0);
      // A process that stops first still leaves a complete cache behind.
      process.once("exit", this.flushAll);
    }
  }

  private readonly flushAll = () => {
    for (const [file, parsed] of this.pending.splice(0)) this.write(file, parsed);
  };

  /** Writes what is queued, a batch per turn of the event loop. */
  private flush(): void {
    for (const [file, parsed] of this.pending.splice(0, WRITE_BATCH)) this.write(file, parsed);
    if (this.pending.length) this.flushing = setTimeout(() => this.flush(), 0);
    else {
      this.flushing = undefined;
      process.off("exit", this.flushAll);
    }
  }

  private write(file: string, parsed: ParsedFile): void {
    try {
      const folder = file.slice(0, file.lastIndexOf("/"));
      if (!this.madeDirs.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.madeDirs.add(folder);
      }
      // Written whole, then renamed: a reader never sees half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(parsed));
      renameSync(temporary, file);
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }

  private fileFor(source: ArticleSource, limits: StoreLimits): string | undefined {
    if (!source.bytes) return undefined; // unreadable files are cheap to reject again
    const key = createHash("sha256")
      .update(`${this.version}\0${source.name}\0${Math.floor(source.mtimeMs / 1000)}\0${limits.maxArticleBytes}\0`)
      .update(source.bytes)
      .digest("hex")
      .slice(0, 32);
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** JSON → a parse result: dates travel as ISO strings. */
function revive(parsed: ParsedFile): ParsedFile {
  const article = parsed.article as (Omit<Article, "published" | "updated" | "fileModified"> & Record<"published" | "updated" | "fileModified", string>) | undefined;
  if (!article) return parsed;
  return {
    ...parsed,
    article: { ...article, published: new Date(article.published), updated: new Date(article.updated), fileModified: new Date(article.fileModified) },
  };
}
