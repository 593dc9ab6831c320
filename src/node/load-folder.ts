/** Node edge: the articles folder → LoadResult in one go (start-up and the build step). */
import type { NodeConfig } from "../config";
import type { LoadResult } from "../core/article";
import { ArticleStore } from "../load/article-store";
import { DiskArticleCache } from "./article-cache";
import { FolderReader } from "./folder-reader";
import { FolderLedger, LedgerFile } from "./ledger-file";

export type FolderSettings = Pick<NodeConfig, "maxArticleBytes" | "maxArticles">;

export const DEFAULT_FOLDER_SETTINGS: FolderSettings = { maxArticleBytes: 2 * 1024 * 1024, maxArticles: 10_000 };

export interface LedgerOptions {
  /** Save the reconciled publication ledger (the server and the build step); otherwise only read it. */
  writeLedger?: boolean;
  /** Where ledger problems are reported. */
  log?: (line: string) => void;
  /** Receives the ledger as used, to report what it found (the checker). */
  ledger?: (ledger: FolderLedger) => void;
}

/** The folder's articles as readers know them: the publication ledger applied (read only, unless asked to write). */
export async function loadFolder(dir: string, settings: FolderSettings = DEFAULT_FOLDER_SETTINGS, options: LedgerOptions = {}): Promise<LoadResult> {
  const ledger = new FolderLedger(new LedgerFile(dir, options.log), options.writeLedger ?? false);
  options.ledger?.(ledger);
  return scanInto(new FolderReader(dir, settings), new ArticleStore({ maxArticleBytes: settings.maxArticleBytes }, new DiskArticleCache()), ledger);
}

/** A full scan of the reader's folder applied to the store (and the ledger), the folder-limit notice included. */
export async function scanInto(reader: FolderReader, store: ArticleStore, ledger?: FolderLedger): Promise<LoadResult> {
  const changes = await reader.scan();
  const loaded = store.apply(changes.upserts, changes.removals, changes.folderModified);
  const result = ledger ? ledger.apply(loaded) : loaded;
  if (changes.notice) result.warnings.unshift({ name: reader.dir, message: changes.notice });
  return result;
}
