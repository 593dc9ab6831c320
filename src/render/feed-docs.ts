/**
 * The feed documents a site publishes, as data: the subscription feed (newest
 * FEED_LIMIT items), RFC 5005 archive pages that reach every older article
 * exactly once, and one feed per tag. Each renders in all three formats.
 *
 * Archive pages are calendar months (UTC) of publication: /archive/2024-03/.
 * An article's page depends on its own date only, so adding, removing or
 * back-dating one article changes its month's page and no other (RFC 5005:
 * archive documents should not change). A month older than every item still
 * in the subscription feed can gain no more items: it is complete.
 */
import type { SiteConfig } from "../config";
import type { Article } from "../core/article";
import { hashText } from "../core/hash";
import { slugify } from "../core/text";
import { countWithin, itemBudget } from "./byte-budget";
import type { FeedEntry } from "./entries";

export interface FeedPaths {
  rss: string;
  atom: string;
  json: string;
}

export interface FeedDoc {
  kind: "subscription" | "archive" | "tag";
  /** Shown as the feed title. */
  title: string;
  /** Atom id / JSON Feed identity: archives share the subscription's. */
  id: string;
  paths: FeedPaths;
  /** The articles it carries, newest first. */
  articles: Article[];
  /** Their feed entries (made on demand: archive pages render only when requested). */
  entries: () => FeedEntry[];
  /** Newest item date in this document (never the clock). */
  updated: Date;
  /** RFC 5005 links (site paths), where they exist. */
  current?: FeedPaths;
  prevArchive?: FeedPaths;
  nextArchive?: FeedPaths;
  /** A full archive page: its items are fixed, so it may be cached for long. */
  complete?: boolean;
  /** Tag feeds: the tag as written, its slug, and how many articles carry it. */
  label?: string;
  slug?: string;
  count?: number;
}

export const FEED_PATHS: FeedPaths = { rss: "/rss.xml", atom: "/atom.xml", json: "/feed.json" };

function pathsUnder(prefix: string): FeedPaths {
  return { rss: `${prefix}/rss.xml`, atom: `${prefix}/atom.xml`, json: `${prefix}/feed.json` };
}

const archivePaths = (month: string) => pathsUnder(`/archive/${month}`);
export const tagPaths = (slug: string) => pathsUnder(`/tags/${slug}`);

/** A URL-safe slug for a tag; tags in scripts without ASCII letters get a stable hashed one. */
export function tagSlug(tag: string): string {
  // "C++" and "C#" are not "C": a plus or a hash after a letter is spelled out ("c-plus-plus", "c-sharp"); "#MeToo" is "metoo".
  const spelled = tag.replace(/(?<=[\p{L}\p{N}+#])\+/gu, " plus ").replace(/(?<=[\p{L}\p{N}])#/gu, " sharp ");
  return slugify(spelled) || `tag-${hashText(tag.toLowerCase()).slice(0, 8)}`;
}

function updatedOf(articles: Article[]): Date {
  // An empty feed still needs a fixed date: the epoch, never the clock.
  let newest = 0;
  for (const a of articles) newest = Math.max(newest, a.updated.getTime());
  return new Date(newest);
}

const monthCache = new WeakMap<Article, string>();

/** "2024-03" for an article published in March 2024 (UTC); cached, as every reload asks for every article. */
function archiveMonth(article: Article): string {
  let month = monthCache.get(article);
  if (month === undefined) {
    const d = article.published;
    month = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    monthCache.set(article, month);
  }
  return month;
}

/** Bytes an article adds to a feed document (FEED_MAX_BYTES). */
export type SizeOf = (article: Article) => number;

/** The subscription feed and its monthly archive pages. */
export interface FeedDocSet {
  subscription: FeedDoc;
  /** The archive page one of whose paths this is; a month is split into pages only when one of them is asked for. */
  archiveAt(path: string): FeedDoc | undefined;
  /** Every archive page, newest first (a build or an export writes them all). */
  archives(): FeedDoc[];
}

const ARCHIVE_PATH = /^\/archive\/(\d{4}-\d{2})(?:\.(\d+))?\/(rss\.xml|atom\.xml|feed\.json)$/;

/**
 * Splitting a month into pages needs every article's size, which means
 * rendering its entry: done per month on demand, a server starts without
 * sizing ten thousand archived articles.
 */
export function subscriptionAndArchives(articles: Article[], entryOf: (a: Article) => FeedEntry, sizeOf: SizeOf, config: SiteConfig, home: string): FeedDocSet {
  const budget = itemBudget(config, config.title);
  const current = articles.slice(0, countWithin(articles, sizeOf, budget, config.feedLimit));
  const months: { month: string; articles: Article[] }[] = [];
  for (const article of articles.slice(current.length)) { // newest first, so months come newest first
    const month = archiveMonth(article);
    const last = months[months.length - 1];
    if (last?.month === month) last.articles.push(article);
    else months.push({ month, articles: [article] });
  }
  const monthIndex = new Map(months.map(({ month }, i) => [month, i]));
  // Archive titles are the feed's plus " (archive yyyy-mm.n)".
  const pageBudget = itemBudget(config, `${config.title} (archive 0000-00.000)`);
  const pageSize = Math.max(config.feedLimit, MIN_PAGE_SIZE);
  const splits = new Map<number, MonthPart[]>();
  const partsOf = (m: number): MonthPart[] => {
    let parts = splits.get(m);
    if (!parts) splits.set(m, (parts = splitMonth(months[m]!.month, months[m]!.articles, pageSize, pageBudget, sizeOf)));
    return parts;
  };
  const oldestCurrentMonth = current.length ? archiveMonth(current[current.length - 1]!) : "";
  const made = new Map<string, FeedDoc>();
  /** Part p (newest first) of month m. */
  const archive = (m: number, p: number): FeedDoc => {
    const parts = partsOf(m);
    const { key, month, articles: share } = parts[p]!;
    let doc = made.get(key);
    if (doc) return doc;
    // Pages run newest first across months: the older page is the next part, or the newest of the month before;
    // the newer page is the previous part, or the oldest of the month after, which keeps the month's own key.
    const older = p + 1 < parts.length ? parts[p + 1]!.key : m + 1 < months.length ? partsOf(m + 1)[0]!.key : undefined;
    const newer = p > 0 ? parts[p - 1]!.key : m > 0 ? months[m - 1]!.month : undefined;
    doc = {
      kind: "archive",
      title: `${config.title} (archive ${key})`,
      id: home,
      paths: archivePaths(key),
      articles: share,
      entries: () => share.map(entryOf),
      updated: updatedOf(share),
      current: FEED_PATHS,
      ...(older ? { prevArchive: archivePaths(older) } : {}),
      // A complete page must not change, and the next newer page is the one thing
      // that still can: complete pages leave next-archive out (it is optional).
      ...(newer && !(month < oldestCurrentMonth) ? { nextArchive: archivePaths(newer) } : {}),
      complete: month < oldestCurrentMonth,
    };
    made.set(key, doc);
    return doc;
  };
  const subscription: FeedDoc = {
    kind: "subscription",
    title: config.title,
    id: home,
    paths: FEED_PATHS,
    articles: current,
    entries: () => current.map(entryOf),
    updated: updatedOf(current),
    ...(months.length ? { prevArchive: archivePaths(partsOf(0)[0]!.key) } : {}),
  };
  return {
    subscription,
    archiveAt(path) {
      const match = ARCHIVE_PATH.exec(path);
      const m = match ? monthIndex.get(match[1]!) : undefined;
      if (m === undefined) return undefined;
      const parts = partsOf(m);
      // Part n of a month counts from its oldest (the month's own key is part 1); the list runs newest first.
      const n = match![2] === undefined ? 1 : Number(match![2]);
      if (match![2] !== undefined && (n < 2 || String(n) !== match![2])) return undefined;
      const p = parts.length - n;
      return p >= 0 && p < parts.length ? archive(m, p) : undefined;
    },
    archives: () => months.flatMap((_, m) => partsOf(m).map((__, p) => archive(m, p))),
  };
}

interface MonthPart {
  key: string;
  month: string;
  articles: Article[];
}

/** Archive pages never exceed this many items, or FEED_LIMIT if larger. */
const MIN_PAGE_SIZE = 50;

/**
 * A month with more articles than a page holds (by count, or by bytes:
 * FEED_MAX_BYTES) is split into parts filled from its oldest article:
 * `2024-03` (the oldest part keeps the month's own address), `2024-03.2`,
 * `2024-03.3`… A newer article then changes only the newest part, and
 * changes stay within that month. Newest first.
 */
function splitMonth(month: string, newestFirst: Article[], size: number, maxBytes: number, bytesOf: (a: Article) => number): MonthPart[] {
  const oldestFirst: Article[][] = [[]];
  let used = 0;
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    const article = newestFirst[i]!;
    const bytes = bytesOf(article);
    let part = oldestFirst[oldestFirst.length - 1]!;
    if (part.length > 0 && (part.length >= size || used + bytes > maxBytes)) {
      oldestFirst.push((part = []));
      used = 0;
    }
    part.push(article);
    used += bytes;
  }
  return oldestFirst.map((part, i) => ({ key: i === 0 ? month : `${month}.${i + 1}`, month, articles: part.reverse() })).reverse();
}



const slugCache = new Map<string, string>();

function cachedTagSlug(tag: string): string {
  let slug = slugCache.get(tag);
  if (slug === undefined) {
    if (slugCache.size > 100_000) slugCache.clear(); // bounded: tags are few, this is a safety net
    slugCache.set(tag, (slug = tagSlug(tag)));
  }
  return slug;
}

/** One feed per tag (tags matched case-insensitively), newest FEED_LIMIT items each. */
export function tagFeeds(articles: Article[], entryOf: (a: Article) => FeedEntry, sizeOf: SizeOf, config: SiteConfig, absolute: (path: string) => string): FeedDoc[] {
  const byTag = new Map<string, { label: string; articles: Article[] }>();
  for (const article of articles) {
    let previousSlug = "";
    for (const slug of article.tags.map(cachedTagSlug).sort()) {
      if (slug === previousSlug) continue; // two spellings of one tag on one article
      previousSlug = slug;
      let group = byTag.get(slug);
      if (!group) byTag.set(slug, (group = { label: article.tags.find((t) => cachedTagSlug(t) === slug)!, articles: [] }));
      group.articles.push(article);
    }
  }
  return [...byTag].sort(([a], [b]) => (a < b ? -1 : 1)).map(([slug, group]) => {
    const title = `${config.title}: ${group.label}`;
    const newest = group.articles.slice(0, countWithin(group.articles, sizeOf, itemBudget(config, title), config.feedLimit));
    return {
      kind: "tag" as const,
      title,
      id: absolute(`/tags/${slug}/`),
      paths: tagPaths(slug),
      articles: newest,
      entries: () => newest.map(entryOf),
      updated: updatedOf(newest),
      label: group.label,
      slug,
      count: group.articles.length,
    };
  });
}
