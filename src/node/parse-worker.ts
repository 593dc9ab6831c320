/**
 * Node edge: a worker thread that parses article files for
 * parallel-parse.ts. A batch of sources comes in, their parses go back, and
 * then the thread files them in the on-disk cache as one pack while the main
 * thread carries on.
 */
import { parentPort } from "node:worker_threads";
import type { ArticleSource } from "../core/article";
import type { ArticleLimits } from "../config";
import type { ParsedFile } from "../article/article-set";
import { parseSource } from "../article/article-store";
import { DiskArticleCache } from "./article-cache";

export interface ParseBatch {
  sources: ArticleSource[];
  /** Each source's cache key, when there is a cache. */
  keys?: (string | undefined)[];
  limits: ArticleLimits;
  cacheDir?: string;
}

let cache: DiskArticleCache | undefined;

parentPort!.on("message", (batch: ParseBatch | null) => {
  // No more work: end once the last pack is on disk.
  if (batch === null) return parentPort!.close();
  const { sources, keys, limits, cacheDir } = batch;
  const files: ParsedFile[] = sources.map((source) => parseSource(source, limits));
  parentPort!.postMessage(files);
  if (cacheDir === undefined || !keys) return;
  cache ??= new DiskArticleCache(cacheDir);
  cache.writePack(files.flatMap((parsed, i) => (keys[i] ? [[keys[i], parsed] as [string, ParsedFile]] : [])));
});
