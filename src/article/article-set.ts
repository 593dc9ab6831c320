/**
 * The article set as files come and go: the cross-file steps (unique ids,
 * links between siblings, order) over files parsed one by one, so a bad file
 * never takes the others down; a file that was good and turns bad
 * (half-written, broken by an edit, grown past the size limit) keeps its last
 * good version until it is fixed or removed. It never parses: the Node edge
 * parses in worker threads, ArticleStore in line.
 */
import type { Article, ArticleSource, Draft, LoadResult, LoadWarning, Rejection, Scheduled } from "../core/article";
import type { ArticleLimits } from "../config";
import { titleKey } from "../core/text";
import { ARTICLE_PREFIX } from "../core/url";

interface FileState {
  /** The last version that loaded. */
  good?: Article;
  /** Why the current version is not used (rejected, or kept back in favour of `good`). */
  problem?: string;
  /** What marks the current version as a draft: it is not served, whatever came before. */
  draft?: string;
  warnings: string[];
}

/**
 * Parsed files kept between runs (Node keeps them on disk), so a restart over
 * unchanged files does not parse them again. Keyed by the source itself: its
 * name, bytes and modification time are all a parse depends on.
 */
export interface ParseCache {
  get(source: ArticleSource, limits: ArticleLimits): ParsedFile | undefined;
  set(source: ArticleSource, limits: ArticleLimits, parsed: ParsedFile): void;
}

/** One file's parse: the article, or why there is none (a problem, or a draft). */
export interface ParsedFile {
  name: string;
  article?: Article;
  problem?: string;
  /** What marks it as a draft, e.g. "`draft: true` in the front matter". */
  draft?: string;
  warnings: string[];
}

/**
 * Where the date came from when it holds an article back: the writer's own
 * metadata (front matter, a Jekyll file name), as Hugo and Jekyll schedule.
 * A date read from a page's text may be an event's, and a file's modification
 * time in the future is a clock's fault: neither is a schedule.
 */
const SCHEDULING_SOURCES: ReadonlySet<Article["dateSource"]> = new Set(["front-matter", "file-name"]);

export class ArticleSet {
  private readonly files = new Map<string, FileState>();
  /** The clock that tells scheduled articles from published ones (ms since the epoch). */
  private readonly now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? Date.now;
  }
  /** File names in order; recomputed only when files come or go. */
  private sortedNames: string[] | undefined;
  private folderModified: Date | undefined;

  /** Takes in parsed files (new or changed) and drops the removed ones; returns the new article set. */
  update(parsed: readonly ParsedFile[], removals: readonly string[] = [], folderModified?: Date): LoadResult {
    for (const name of removals) {
      if (this.files.delete(name)) this.sortedNames = undefined;
      this.byTitle = undefined;
    }
    for (const file of parsed) {
      if (!this.files.has(file.name)) this.sortedNames = undefined;
      const previous = this.files.get(file.name);
      // A draft withdraws the file's last good version too: its writer asked for it not to be served.
      const good = file.article ?? (file.draft === undefined ? previous?.good : undefined);
      this.updateTitleIndex(previous?.good, good);
      this.files.set(file.name, file.article
        ? { good: file.article, warnings: file.warnings }
        : file.draft !== undefined
          ? { draft: file.draft, warnings: [] }
          : { good, problem: file.problem, warnings: [] });
    }
    if (folderModified) this.folderModified = folderModified;
    return this.result();
  }

  /** The current article set, newest first, with every rejection and warning. */
  result(): LoadResult {
    const rejections: Rejection[] = [];
    const drafts: Draft[] = [];
    const warnings: LoadWarning[] = [];
    const bySlug = new Map<string, Article>();
    // Sorted by name so that id collisions resolve the same way every time.
    this.sortedNames ??= [...this.files.keys()].sort(byString);
    for (const name of this.sortedNames) {
      const state = this.files.get(name)!;
      for (const message of state.warnings) warnings.push({ name, message });
      if (state.draft !== undefined) {
        drafts.push({ name, reason: state.draft });
        continue;
      }
      if (!state.good) {
        rejections.push({ name, reason: state.problem ?? "unknown problem" });
        continue;
      }
      if (state.problem) warnings.push({ name, message: `kept the last good version: ${state.problem}` });
      const clash = bySlug.get(state.good.slug);
      if (clash) {
        rejections.push({ name, reason: `its id "${state.good.slug}" is already taken by ${clash.sourceName}; rename one of the files` });
        continue;
      }
      bySlug.set(state.good.slug, state.good);
    }
    // Dated in the future by its writer: held back (it keeps its id) until then, as Hugo and Jekyll do.
    const now = this.now();
    const scheduled: Scheduled[] = [];
    const published: Article[] = [];
    for (const article of bySlug.values()) {
      if (article.published.getTime() > now && SCHEDULING_SOURCES.has(article.dateSource)) scheduled.push({ name: article.sourceName, at: article.published });
      else published.push(article);
    }
    scheduled.sort((a, b) => a.at.getTime() - b.at.getTime() || byString(a.name, b.name));
    // An article whose time came is a new sibling to link to.
    const heldBack = scheduled.map((s) => s.name).join("\n");
    if (heldBack !== this.heldBack) this.byTitle = undefined;
    this.heldBack = heldBack;
    const articles = this.linkRelatedToSiblings(published).sort(newestFirst);
    return {
      articles, rejections, warnings,
      ...(drafts.length ? { drafts } : {}),
      ...(scheduled.length ? { scheduled } : {}),
      ...(this.folderModified ? { folderModified: this.folderModified } : {}),
    };
  }

  // The linked copy of each article, reused while its links resolve the same
  // way, so an unchanged article keeps one object across updates (renderers
  // cache by object).
  private linked = new WeakMap<Article, { key: string; article: Article; version: number }>();
  /** Title key → served article; dropped whenever titles, ids or URLs may have changed. */
  private byTitle: Map<string, Article> | undefined;
  private linkVersion = 0;
  /** The files held back for their date at the last result(), one name a line. */
  private heldBack = "";

  /**
   * A related headline that matches another article's title links to that
   * article. Parsed articles stay as parsed: a sibling that goes away takes
   * its links with it.
   */
  private linkRelatedToSiblings(articles: Article[]): Article[] {
    if (!this.byTitle) {
      this.byTitle = new Map(articles.map((a) => [this.keysOf(a).title, a]));
      this.linkVersion++;
    }
    const byTitle = this.byTitle;
    return articles.map((article) => {
      if (article.related.length === 0) return article;
      const previous = this.linked.get(article);
      // Same titles, slugs and URLs as when it was last linked: same links.
      if (previous?.version === this.linkVersion) return previous.article;
      const keys = this.keysOf(article).related;
      const urls = article.related.map((link, i) => {
        if (link.url) return link.url;
        const sibling = byTitle.get(keys[i]!);
        return sibling && sibling !== article ? sibling.canonicalUrl ?? `${ARTICLE_PREFIX}${sibling.slug}` : undefined;
      });
      const key = urls.join("\n");
      let linked: Article;
      if (urls.every((url, i) => url === article.related[i]!.url)) linked = article;
      else if (previous?.key === key) linked = previous.article;
      else linked = { ...article, related: article.related.map((link, i) => (urls[i] ? { ...link, url: urls[i] } : link)) };
      this.linked.set(article, { key, article: linked, version: this.linkVersion });
      return linked;
    });
  }

  /**
   * An edit that keeps an article's title, id and canonical URL leaves every
   * other article's links as they were: patch the index instead of relinking
   * the whole folder. Anything else rebuilds it.
   */
  private updateTitleIndex(before: Article | undefined, after: Article | undefined): void {
    if (!this.byTitle || before === after) return;
    const key = before && after ? this.keysOf(before).title : undefined;
    const sameIdentity = before && after && key === this.keysOf(after).title && before.slug === after.slug && before.canonicalUrl === after.canonicalUrl;
    if (sameIdentity && this.byTitle.get(key!) === before) this.byTitle.set(key!, after!);
    else this.byTitle = undefined;
  }

  // Title keys per parsed article, computed once rather than on every update.
  private keys = new WeakMap<Article, { title: string; related: string[] }>();

  private keysOf(article: Article): { title: string; related: string[] } {
    let keys = this.keys.get(article);
    if (!keys) this.keys.set(article, (keys = { title: titleKey(article.title), related: article.related.map((l) => titleKey(l.title)) }));
    return keys;
  }

}

export function tooLarge(bytes: number, limit: number): string {
  return `file is ${size(bytes)}, over the ${size(limit)} limit (MAX_ARTICLE_BYTES)`;
}

/** In the unit the limit is likely set in: bytes, KB or MB. */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first; ties broken by slug so the order never depends on the file system. */
export function newestFirst(a: Article, b: Article): number {
  return b.published.getTime() - a.published.getTime() || byString(a.slug, b.slug);
}
