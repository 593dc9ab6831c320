/**
 * The article set with its parser in line: files in, articles out, parsed
 * one by one (through the cache when there is one). Used where parsing in
 * line is right: the build step's tools, the checker and tests; the Node
 * server parses in worker threads instead (node/parallel-parse.ts).
 */
import { ArticleIsDraft, ArticleRejected, type ArticleSource, type LoadResult, type LoadWarning } from "../core/article";
import { DEFAULT_ARTICLE_LIMITS, type ArticleLimits } from "../config";
import { ArticleSet, tooLarge, type ParseCache, type ParsedFile } from "./article-set";
import { normaliseArticle } from "./normalise";

export class ArticleStore extends ArticleSet {
  constructor(private readonly limits: ArticleLimits = DEFAULT_ARTICLE_LIMITS, private readonly cache?: ParseCache) {
    super();
  }

  /** Adds or replaces the given files and drops the removed ones; returns the new article set. */
  apply(upserts: readonly ArticleSource[], removals: readonly string[] = [], folderModified?: Date): LoadResult {
    return this.update(upserts.map((source) => this.parse(source)), removals, folderModified);
  }

  private parse(source: ArticleSource): ParsedFile {
    const hit = this.cache?.get(source, this.limits);
    if (hit) return hit;
    const parsed = parseSource(source, this.limits);
    this.cache?.set(source, this.limits, parsed);
    return parsed;
  }
}

/** One file → its parse: never throws for a bad file or a draft, only says why. */
export function parseSource(source: ArticleSource, limits: ArticleLimits = DEFAULT_ARTICLE_LIMITS): ParsedFile {
  const warnings: LoadWarning[] = [];
  try {
    if (source.unreadable !== undefined) throw new ArticleRejected(source.unreadable);
    if (source.bytes && source.bytes.length > limits.maxArticleBytes) throw new ArticleRejected(tooLarge(source.bytes.length, limits.maxArticleBytes));
    const article = normaliseArticle(source, warnings);
    return { name: source.name, article, warnings: warnings.map((w) => w.message) };
  } catch (error) {
    if (error instanceof ArticleIsDraft) return { name: source.name, draft: error.message, warnings: [] };
    if (!(error instanceof ArticleRejected)) throw error;
    return { name: source.name, problem: error.message, warnings: [] };
  }
}

/** Loads a whole set of files at once. */
export function loadArticles(sources: readonly ArticleSource[], limits?: ArticleLimits): LoadResult {
  return new ArticleStore(limits).apply(sources);
}
