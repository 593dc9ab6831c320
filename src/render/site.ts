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
  entries: FeedEntry[];
  /** Route path → ready response body. */
  routes: Map<string, Representation>;
  notFound: Representation;
  /** Cache-Control for every 200: readers (max-age) and CDNs (s-maxage) alike. */
  cacheControl: string;
}

/**
 * Readers and shared caches may reuse a response for CACHE_MAX_AGE seconds; a
 * CDN may keep serving a stale copy for a day while the origin is down.
 */
export function cacheControlFor(config: SiteConfig): string {
  return `public, max-age=${config.cacheMaxAge}, s-maxage=${config.cacheMaxAge}, stale-if-error=86400`;
}

export function renderSite(load: Pick<LoadResult, "articles" | "folderModified">, config: SiteConfig): RenderedSite {
  const entries = load.articles.map((article: Article) => toEntry(article, config));
  const { entries: window, updated } = feedWindow(entries, config);
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
    ["/", { kind: "page", body: renderLandingPage(entries, config), contentType: MEDIA_TYPES.html, lastModified: lastChange(entries, load.folderModified) }],
  ]);
  for (const entry of entries) {
    routes.set(`/articles/${entry.slug}`, {
      kind: "page",
      body: renderArticlePage(entry, config),
      contentType: MEDIA_TYPES.html,
      lastModified: entry.changed,
    });
  }
  return {
    config,
    entries,
    routes,
    notFound: { kind: "page", body: renderNotFoundPage(config), contentType: MEDIA_TYPES.html, lastModified: new Date(0) },
    cacheControl: cacheControlFor(config),
  };
}

function lastChange(entries: FeedEntry[], folderModified?: Date): Date {
  let newest = folderModified?.getTime() ?? 0;
  for (const entry of entries) newest = Math.max(newest, entry.changed.getTime());
  return new Date(newest);
}
