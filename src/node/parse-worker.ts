/**
 * Node edge: a worker thread that parses article files for
 * parallel-parse.ts: batches of sources come in, their parses go back. The
 * main thread files them in the on-disk cache, after the start that waited
 * for them has built its site.
 */
import { parentPort } from "node:worker_threads";
import type { ArticleSource } from "../core/article";
import type { ArticleLimits } from "../config";
import type { ParsedFile } from "../article/article-set";
import { parseSource } from "../article/article-store";

export interface ParseBatch {
  sources: ArticleSource[];
  limits: ArticleLimits;
}

parentPort!.on("message", (batch: ParseBatch | null) => {
  // No more work: end.
  if (batch === null) return parentPort!.close();
  const files: ParsedFile[] = batch.sources.map((source) => parseSource(source, batch.limits));
  parentPort!.postMessage(files);
});
