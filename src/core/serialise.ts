/**
 * Articles ⇄ JSON, for the generated module that carries the loaded articles
 * to runtimes without a file system (the worker). Dates travel as ISO strings.
 */
import type { Article, LoadResult } from "./article";

type DateFields = "published" | "updated" | "fileModified";

export interface ArticleBundle {
  /** Format version of this bundle, bumped when Article changes shape. */
  version: 2;
  articles: (Omit<Article, DateFields> & Record<DateFields, string>)[];
  rejections: LoadResult["rejections"];
  warnings: LoadResult["warnings"];
  folderModified?: string;
  /** Publication ledger routes (old slug → current slug; removed slugs). */
  moved?: Record<string, string>;
  gone?: string[];
}

export function toBundle(result: LoadResult): ArticleBundle {
  return {
    version: 2,
    articles: result.articles.map((a) => ({
      ...a,
      published: a.published.toISOString(),
      updated: a.updated.toISOString(),
      fileModified: a.fileModified.toISOString(),
    })),
    rejections: result.rejections,
    warnings: result.warnings,
    ...(result.folderModified ? { folderModified: result.folderModified.toISOString() } : {}),
    ...(result.moved && Object.keys(result.moved).length ? { moved: result.moved } : {}),
    ...(result.gone?.length ? { gone: result.gone } : {}),
  };
}

export function fromBundle(bundle: ArticleBundle): LoadResult {
  if (bundle.version !== 2) throw new Error(`article bundle version ${String(bundle.version)} is not supported; rebuild it`);
  return {
    articles: bundle.articles.map((a) => ({
      ...a,
      published: new Date(a.published),
      updated: new Date(a.updated),
      fileModified: new Date(a.fileModified),
    })),
    rejections: bundle.rejections,
    warnings: bundle.warnings,
    ...(bundle.folderModified ? { folderModified: new Date(bundle.folderModified) } : {}),
    ...(bundle.moved ? { moved: bundle.moved } : {}),
    ...(bundle.gone ? { gone: bundle.gone } : {}),
  };
}
