/**
 * Renders everything the server sends, once per article set: feed bodies and
 * HTML pages are strings ready to send, so a request is only a lookup.
 */
import type { Article, LoadResult } from "../core/article";
import type { SiteConfig } from "../config";
import { feedWindow, toEntry, type FeedEntry } from "./entries";
import { renderJsonFeed } from "./json-feed";
import { renderArticlePage, renderLandingPage, renderNotFoundPage } from "./pages";
import { FEED_PATHS, renderAtom, renderRss } from "./xml-feeds";

export const MEDIA_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
  html: "text/html; charset=utf-8",
  /** For browsers that download application/rss+xml instead of showing it (FEEDS_AS_XML). */
  xml: "application/xml; charset=utf-8",
} as const;

export interface Representation {
  kind: "feed" | "page";
  body: string;
  contentType: string;
  /** Content-Type for a browser's request, when it differs (RSS/Atom: application/xml). */
  browserContentType?: string;
  /** Newest change to what the body shows (HTTP Last-Modified). */
  lastModified: Date;
}

export interface RenderedSite {
  config: SiteConfig;
  /** Every article, newest first. */
  articles: Article[];
  /** Feeds and the landing page: rendered now. */
  routes: Map<string, Representation>;
  /** An article's page, rendered on first use and kept while the article is unchanged. */
  page(slug: string): Representation | undefined;
  notFound: Representation;
  /** Cache-Control for every 200: readers (max-age) and CDNs (s-maxage) alike. */
  cacheControl: string;
}

/** Most articles listed on the landing page (feeds carry FEED_LIMIT). */
export const LANDING_LIMIT = 100;

/**
 * Readers and shared caches may reuse a response for CACHE_MAX_AGE seconds; a
 * CDN may keep serving a stale copy for a day while the origin is down.
 */
export function cacheControlFor(config: SiteConfig): string {
  return `public, max-age=${config.cacheMaxAge}, s-maxage=${config.cacheMaxAge}, stale-if-error=86400`;
}

// Rendering is memoised per settings object and per article object: the store
// keeps an unchanged article's object across reloads, so a reload renders only
// what changed. Weak maps: nothing here keeps an old article alive.
const entryCache = new WeakMap<SiteConfig, WeakMap<Article, FeedEntry>>();
const pageCache = new WeakMap<SiteConfig, WeakMap<Article, Representation>>();

function cached<V>(caches: WeakMap<SiteConfig, WeakMap<Article, V>>, config: SiteConfig, article: Article, make: () => V): V {
  let perConfig = caches.get(config);
  if (!perConfig) caches.set(config, (perConfig = new WeakMap()));
  let value = perConfig.get(article);
  if (value === undefined) perConfig.set(article, (value = make()));
  return value;
}

export function renderSite(load: Pick<LoadResult, "articles" | "folderModified">, config: SiteConfig): RenderedSite {
  const articles = load.articles;
  const entryOf = (article: Article) => cached(entryCache, config, article, () => toEntry(article, config));
  const { entries: window, updated } = feedWindow(articles.slice(0, config.feedLimit).map(entryOf), config);
  const listed = articles.slice(0, Math.max(LANDING_LIMIT, config.feedLimit)).map(entryOf);
  // HTTP Last-Modified moves with any edit or removal, not only with item dates.
  const feedsChanged = lastChange(window, load.folderModified);
  const feed = (body: string, contentType: string): Representation => ({ kind: "feed", body, contentType, lastModified: feedsChanged });
  // Browsers show application/rss+xml as plain text (or download it) and skip
  // its stylesheet; as application/xml they apply it (FEEDS_AS_XML).
  const xmlFeed = (body: string, contentType: string): Representation =>
    config.feedsAsXml === "always"
      ? feed(body, MEDIA_TYPES.xml)
      : { ...feed(body, contentType), ...(config.feedsAsXml === "browsers" ? { browserContentType: MEDIA_TYPES.xml } : {}) };
  const routes = new Map<string, Representation>([
    [FEED_PATHS.rss, xmlFeed(renderRss(window, updated, config), MEDIA_TYPES.rss)],
    [FEED_PATHS.atom, xmlFeed(renderAtom(window, updated, config), MEDIA_TYPES.atom)],
    [FEED_PATHS.json, feed(renderJsonFeed(window, config), MEDIA_TYPES.json)],
    ["/", {
      kind: "page",
      body: renderLandingPage(listed, articles.length, config),
      contentType: MEDIA_TYPES.html,
      lastModified: lastChange(listed, newestFileChange(articles, load.folderModified)),
    }],
  ]);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return {
    config,
    articles,
    routes,
    page(slug) {
      const article = bySlug.get(slug);
      if (!article) return undefined;
      return cached(pageCache, config, article, () => {
        const entry = entryOf(article);
        return { kind: "page", body: renderArticlePage(entry, config), contentType: MEDIA_TYPES.html, lastModified: entry.changed };
      });
    },
    notFound: { kind: "page", body: renderNotFoundPage(config), contentType: MEDIA_TYPES.html, lastModified: new Date(0) },
    cacheControl: cacheControlFor(config),
  };
}

function lastChange(entries: FeedEntry[], since?: Date): Date {
  let newest = since?.getTime() ?? 0;
  for (const entry of entries) newest = Math.max(newest, entry.changed.getTime());
  return new Date(newest);
}

/** The folder's last change: its own mtime, or any article's file, whichever is later. */
function newestFileChange(articles: Article[], folderModified?: Date): Date {
  let newest = folderModified?.getTime() ?? 0;
  for (const a of articles) newest = Math.max(newest, a.fileModified.getTime(), a.updated.getTime());
  return new Date(newest);
}
