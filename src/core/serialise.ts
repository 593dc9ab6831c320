/**
 * Articles ⇄ JSON, for the generated module that carries the loaded articles
 * to runtimes without a file system (the worker). Dates travel as ISO strings.
 */
import type { Article, LoadResult } from "./article";

export interface ArticleBundle {
  /** Format version of this bundle, bumped when Article changes shape. */
  version: 1;
  articles: (Omit<Article, "published" | "updated"> & { published: string; updated: string })[];
  rejections: LoadResult["rejections"];
  warnings: LoadResult["warnings"];
}

export function toBundle(result: LoadResult): ArticleBundle {
  return {
    version: 1,
    articles: result.articles.map((a) => ({ ...a, published: a.published.toISOString(), updated: a.updated.toISOString() })),
    rejections: result.rejections,
    warnings: result.warnings,
  };
}

export function fromBundle(bundle: ArticleBundle): LoadResult {
  if (bundle.version !== 1) throw new Error(`article bundle version ${String(bundle.version)} is not supported; rebuild it`);
  return {
    articles: bundle.articles.map((a) => ({ ...a, published: new Date(a.published), updated: new Date(a.updated) })),
    rejections: bundle.rejections,
    warnings: bundle.warnings,
  };
}
