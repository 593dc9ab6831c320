/** Node edge: the articles folder → LoadResult, rejections of unreadable files included. */
import type { LoadResult } from "../core/article";
import { loadArticles } from "../load/article-store";
import { readArticlesFolder } from "./read-articles";

export async function loadFolder(dir: string): Promise<LoadResult> {
  const folder = await readArticlesFolder(dir);
  const result = loadArticles(folder.sources);
  result.rejections.unshift(...folder.unreadable);
  result.rejections.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return result;
}
