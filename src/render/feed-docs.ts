/**
 * The feed documents a site publishes, as data: the subscription feed (newest
 * FEED_LIMIT items), RFC 5005 archive pages that reach every older article
 * exactly once, and one feed per tag. Each renders in all three formats.
 *
 * Archives are numbered from the oldest: page 1 holds the oldest FEED_LIMIT
 * articles, page 2 the next, and so on; the newest page may be partial. A
 * new article pushes the current feed's oldest item onto the newest page, so
 * a full page never changes (until an old article is edited or removed).
 */
import type { SiteConfig } from "../config";
import type { Article } from "../core/article";
import { hashText } from "../core/hash";
import { slugify } from "../core/text";
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

export function pathsUnder(prefix: string): FeedPaths {
  return { rss: `${prefix}/rss.xml`, atom: `${prefix}/atom.xml`, json: `${prefix}/feed.json` };
}

export const archivePaths = (page: number) => pathsUnder(`/archive/${page}`);
export const tagPaths = (slug: string) => pathsUnder(`/tags/${slug}`);

/** A URL-safe slug for a tag; tags in scripts without ASCII letters get a stable hashed one. */
export function tagSlug(tag: string): string {
  return slugify(tag) || `tag-${hashText(tag.toLowerCase()).slice(0, 8)}`;
}

export function updatedOf(articles: Article[]): Date {
  // An empty feed still needs a fixed date: the epoch, never the clock.
  let newest = 0;
  for (const a of articles) newest = Math.max(newest, a.updated.getTime());
  return new Date(newest);
}

/** The subscription feed and its archive pages, newest page first. */
export function subscriptionAndArchives(articles: Article[], entryOf: (a: Article) => FeedEntry, config: SiteConfig, home: string): FeedDoc[] {
  const limit = config.feedLimit;
  const archived = articles.slice(limit); // newest first
  const pages = Math.ceil(archived.length / limit);
  const current = articles.slice(0, limit);
  const docs: FeedDoc[] = [{
    kind: "subscription",
    title: config.title,
    id: home,
    paths: FEED_PATHS,
    articles: current,
    entries: () => current.map(entryOf),
    updated: updatedOf(current),
    ...(pages ? { prevArchive: archivePaths(pages) } : {}),
  }];
  // Page n (1 = oldest) holds archived[len - n*limit, len - (n-1)*limit), newest first.
  for (let page = pages; page >= 1; page--) {
    const end = archived.length - (page - 1) * limit;
    const share = archived.slice(Math.max(0, end - limit), end);
    docs.push({
      kind: "archive",
      title: `${config.title} (archive ${page} of ${pages})`,
      id: home,
      paths: archivePaths(page),
      articles: share,
      entries: () => share.map(entryOf),
      updated: updatedOf(share),
      current: FEED_PATHS,
      ...(page > 1 ? { prevArchive: archivePaths(page - 1) } : {}),
      ...(page < pages ? { nextArchive: archivePaths(page + 1) } : {}),
      complete: share.length === limit,
    });
  }
  return docs;
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
export function tagFeeds(articles: Article[], entryOf: (a: Article) => FeedEntry, config: SiteConfig, absolute: (path: string) => string): FeedDoc[] {
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
    const newest = group.articles.slice(0, config.feedLimit);
    return {
      kind: "tag" as const,
      title: `${config.title}: ${group.label}`,
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
