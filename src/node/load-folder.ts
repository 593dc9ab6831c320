/** Node edge: the articles folder → LoadResult in one go (start-up and the build step). */
import type { NodeConfig } from "../config";
import type { LoadResult } from "../core/article";
import { ArticleStore } from "../load/article-store";
import { FolderReader } from "./folder-reader";

export type FolderSettings = Pick<NodeConfig, "maxArticleBytes" | "maxArticles">;

export const DEFAULT_FOLDER_SETTINGS: FolderSettings = { maxArticleBytes: 2 * 1024 * 1024, maxArticles: 10_000 };

export async function loadFolder(dir: string, settings: FolderSettings = DEFAULT_FOLDER_SETTINGS): Promise<LoadResult> {
  return scanInto(new FolderReader(dir, settings), new ArticleStore({ maxArticleBytes: settings.maxArticleBytes }));
}

/** A full scan of the reader's folder applied to the store, the folder-limit notice included. */
export async function scanInto(reader: FolderReader, store: ArticleStore): Promise<LoadResult> {
  const changes = await reader.scan();
  const result = store.apply(changes.upserts, changes.removals, changes.folderModified);
  if (changes.notice) result.warnings.unshift({ name: reader.dir, message: changes.notice });
  return result;
}
