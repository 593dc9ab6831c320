/** Node edge: the articles folder → LoadResult in one go (start-up and the build step). */
import { DEFAULT_ARTICLE_LIMITS, type ArticleLimits, type NodeConfig } from "../config";
import type { LoadResult } from "../core/article";
import { ArticleSet } from "../article/article-set";
import { DiskArticleCache } from "./article-cache";
import { FolderReader } from "./folder-reader";
import { FolderParser } from "./parallel-parse";
import { FolderLedger, LedgerFile } from "./ledger-file";

/** What loading a folder needs of the settings: its limits, and the parse threads it may use. */
export type FolderSettings = ArticleLimits & Partial<Pick<NodeConfig, "parseThreads">>;

/** The parser for a folder: its packs in the on-disk cache, then as many threads as the settings allow. */
export function folderParser(dir: string, settings: FolderSettings): FolderParser {
  return new FolderParser({ maxArticleBytes: settings.maxArticleBytes, maxArticles: settings.maxArticles }, new DiskArticleCache(undefined, dir), settings.parseThreads ?? 0);
}

export interface LedgerOptions {
  /** Save the reconciled publication ledger (the server and the build step); otherwise only read it. */
  writeLedger?: boolean;
  /** Where ledger problems are reported. */
  log?: (line: string) => void;
  /** Receives the ledger as used, to report what it found (the checker). */
  ledger?: (ledger: FolderLedger) => void;
}

/** The folder's articles as readers know them: the publication ledger applied (read only, unless asked to write). */
export async function loadFolder(dir: string, settings: FolderSettings = DEFAULT_ARTICLE_LIMITS, options: LedgerOptions = {}): Promise<LoadResult> {
  const ledger = new FolderLedger(new LedgerFile(dir, options.log), options.writeLedger ?? false);
  options.ledger?.(ledger);
  const parser = folderParser(dir, settings);
  return scanInto(new FolderReader(dir, settings, parser.cache), parser, new ArticleSet(), ledger);
}

/** A full scan of the reader's folder, parsed and applied to the set (and the ledger), the folder-limit notice included. */
export async function scanInto(reader: FolderReader, parser: FolderParser, set: ArticleSet, ledger?: FolderLedger): Promise<LoadResult> {
  // Files are read as the parser goes: threads parse the first while the rest are read.
  const changes = await reader.scan({ listed: (files) => parser.warmUp(files), deferReads: true });
  const loaded = set.update(await parser.parse(changes.upserts, { wholeFolder: true }), changes.removals, changes.folderModified);
  const result = ledger ? ledger.apply(loaded) : loaded;
  if (changes.notice) result.warnings.unshift({ name: reader.dir, message: changes.notice });
  return result;
}
