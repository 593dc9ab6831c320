/**
 * Renders everything the server sends, once per article set: feed bodies and
 * HTML pages are strings ready to send, so a request is only a lookup.
 */
import type { Article, LoadResult } from "../core/article";
import type { SiteConfig } from "../config";
import { entryBytes, fitEntry, itemBudget } from "./byte-budget";
import { absoluteUrl, siteHome, toEntry, type FeedEntry } from "./entries";
import { subscriptionAndArchives, tagFeeds, type FeedDoc } from "./feed-docs";
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
  /** Overrides the site's Cache-Control (full archive pages). */
  cacheControl?: string;
  /** HTTP Link header (WebSub hub and self). */
  link?: string;
  /** Newest change to what the body shows (HTTP Last-Modified). */
  lastModified: Date;
}

export interface RenderedSite {
  config: SiteConfig;
  /** Every article, newest first. */
  articles: Article[];
  /** The subscription feeds and the landing page: rendered now. */
  routes: Map<string, Representation>;
  /**
   * Article pages, archive pages and tag feeds: rendered on first request.
   * Article pages are kept while their article is unchanged.
   */
  lazy(path: string): Representation | undefined;
  /** Every path this site serves (for static export). */
  paths(): string[];
  /** Whether the site serves this path, without rendering it. */
  has(path: string): boolean;
  /** The subscription feed document. */
  subscription: FeedDoc;
  /** Tag feeds, for discovery links. */
  tags: FeedDoc[];
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

/** Full archive pages do not change: readers and CDNs may keep them for 30 days. */
export const ARCHIVE_CACHE_CONTROL = "public, max-age=2592000, s-maxage=2592000, stale-if-error=86400";

// Rendering is memoised per settings object and per article object: the store
// keeps an unchanged article's object across reloads, so a reload renders only
// what changed. Weak maps: nothing here keeps an old article alive.
const entryCache = new WeakMap<SiteConfig, WeakMap<Article, FeedEntry>>();
const pageCache = new WeakMap<SiteConfig, WeakMap<Article, Representation>>();
const sizeCache = new WeakMap<SiteConfig, WeakMap<Article, number>>();

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
  const home = siteHome(config);
  // Feeds carry an article too large for FEED_MAX_BYTES by its summary; its page keeps the whole text.
  // The margin leaves room for the longest document title (a tag feed's, an archive part's).
  const fitBudget = itemBudget(config, `${config.title}${" ".repeat(200)}`);
  const feedEntryOf = (article: Article) => fitEntry(entryOf(article), fitBudget);
  // Sizes of articles in archive pages nobody asked for yet: keep the number, not the entry (memory).
  const sizeOf = (article: Article) => cached(sizeCache, config, article, () => entryBytes(fitEntry(entryCache.get(config)?.get(article) ?? toEntry(article, config), fitBudget)));
  const [subscription, ...archives] = subscriptionAndArchives(articles, feedEntryOf, sizeOf, config, home);
  const tags = tagFeeds(articles, feedEntryOf, sizeOf, config, (path) => absoluteUrl(config, path));
  const docs = new Map<string, FeedDoc>();
  for (const doc of [...archives, ...tags]) for (const path of Object.values(doc.paths)) docs.set(path, doc);

  // HTTP Last-Modified moves with any edit or removal, not only with item dates.
  const lastModifiedOf = (doc: FeedDoc) => lastChange(doc.entries(), doc.kind === "subscription" ? load.folderModified : undefined);
  const feedReps = (doc: FeedDoc): [string, Representation][] => {
    const lastModified = lastModifiedOf(doc);
    const rep = (body: string, contentType: string, browserContentType?: string, self?: string): Representation => ({
      kind: "feed",
      body,
      contentType,
      lastModified,
      ...(browserContentType ? { browserContentType } : {}),
      ...(doc.complete ? { cacheControl: ARCHIVE_CACHE_CONTROL } : {}),
      // WebSub discovery (W3C WebSub §4): the hub and the topic URL, also in HTTP.
      ...(config.websubHub && self ? { link: `<${config.websubHub}>; rel="hub", <${absoluteUrl(config, self)}>; rel="self"` } : {}),
    });
    // Browsers show application/rss+xml as plain text (or download it) and skip
    // its stylesheet; as application/xml they apply it (FEEDS_AS_XML).
    const xml = (body: string, own: string, self: string) =>
      config.feedsAsXml === "always" ? rep(body, MEDIA_TYPES.xml, undefined, self) : rep(body, own, config.feedsAsXml === "browsers" ? MEDIA_TYPES.xml : undefined, self);
    return [
      [doc.paths.rss, xml(renderRss(doc, config), MEDIA_TYPES.rss, doc.paths.rss)],
      [doc.paths.atom, xml(renderAtom(doc, config), MEDIA_TYPES.atom, doc.paths.atom)],
      [doc.paths.json, rep(renderJsonFeed(doc, config), MEDIA_TYPES.json, undefined, doc.paths.json)],
    ];
  };

  const listed = articles.slice(0, Math.max(LANDING_LIMIT, config.feedLimit)).map(entryOf);
  const routes = new Map<string, Representation>([
    ...feedReps(subscription!),
    ["/", {
      kind: "page",
      body: renderLandingPage(listed, articles.length, tags, config),
      contentType: MEDIA_TYPES.html,
      lastModified: lastChange(listed, newestFileChange(articles, load.folderModified)),
    }],
  ]);
  // Built on first use: a reload that nobody follows with a page request never pays for it.
  let slugs: Map<string, Article> | undefined;
  const bySlug = () => (slugs ??= new Map(articles.map((a) => [a.slug, a])));
  const rendered = new Map<string, Representation>();
  return {
    config,
    articles,
    routes,
    subscription: subscription!,
    tags,
    paths: () => [...routes.keys(), ...articles.map((a) => `${ARTICLE_PREFIX}${a.slug}`), ...docs.keys()],
    has: (path) => routes.has(path) || docs.has(path) || (path.startsWith(ARTICLE_PREFIX) && bySlug().has(path.slice(ARTICLE_PREFIX.length))),
    lazy(path) {
      if (path.startsWith(ARTICLE_PREFIX)) {
        const article = bySlug().get(path.slice(ARTICLE_PREFIX.length));
        if (!article) return undefined;
        return cached(pageCache, config, article, () => {
          const entry = entryOf(article);
          return { kind: "page", body: renderArticlePage(entry, config), contentType: MEDIA_TYPES.html, lastModified: entry.changed };
        });
      }
      const doc = docs.get(path);
      if (!doc) return undefined;
      let rep = rendered.get(path);
      if (!rep) {
        for (const [p, r] of feedReps(doc)) rendered.set(p, r);
        rep = rendered.get(path);
      }
      return rep;
    },
    notFound: { kind: "page", body: renderNotFoundPage(config), contentType: MEDIA_TYPES.html, lastModified: new Date(0) },
    cacheControl: cacheControlFor(config),
  };
}

export const ARTICLE_PREFIX = "/articles/";

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
