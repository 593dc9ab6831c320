/**
 * Node edge: a worker thread that parses article files for
 * parallel-parse.ts. Batches of sources come in and their parses go back;
 * when the last batch is done the thread files them all in the on-disk cache
 * as one pack, while the main thread builds the site: writing as it went
 * would hold back the parses the start is waiting for.
 */
import { parentPort } from "node:worker_threads";
import type { ArticleSource } from "../core/article";
import type { ArticleLimits } from "../config";
import type { ParsedFile } from "../article/article-set";
import { parseSource } from "../article/article-store";
import { DiskArticleCache, type Entry } from "./article-cache";

export interface ParseBatch {
  sources: ArticleSource[];
  /** Each source's cache key, when there is a cache. */
  keys?: (string | undefined)[];
  limits: ArticleLimits;
  cacheDir?: string;
}

let cacheDir: string | undefined;
const toCache: Entry[] = [];

parentPort!.on("message", (batch: ParseBatch | null) => {
  // No more work: end once the pack is on disk.
  if (batch === null) {
    if (cacheDir !== undefined) new DiskArticleCache(cacheDir).writePack(toCache);
    return parentPort!.close();
  }
  const { sources, keys, limits } = batch;
  const files: ParsedFile[] = sources.map((source) => parseSource(source, limits));
  parentPort!.postMessage(files);
  if (batch.cacheDir === undefined || !keys) return;
  cacheDir = batch.cacheDir;
  files.forEach((parsed, i) => keys[i] && toCache.push([keys[i], parsed, sources[i]!.mtimeMs]));
});
