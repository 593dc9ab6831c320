/**
 * Articles → documents: every path the site publishes, as a body, the family
 * of media type it is written in, and when what it shows last changed.
 * Rendering knows nothing of HTTP (serve/ turns documents into responses), so
 * the Node server, `npm run export` and the worker's build consume the same
 * documents.
 */
import type { FEED_MEDIA_TYPES } from "../core/media-types";
import type { Article, LoadResult } from "../core/article";
import type { SiteConfig } from "../config";
import { entryBytes, fitEntry, itemBudget } from "./byte-budget";
import { hashText } from "../core/hash";
import { absoluteUrl, siteHome, toEntry, type FeedEntry } from "./entries";
import { subscriptionAndArchives, tagFeeds, type FeedDoc } from "./feed-docs";
import { renderJsonFeed } from "./json-feed";
import { renderArticlePage, renderGonePage, renderLandingPage, renderNotFoundPage } from "./pages";
import { renderAtom, renderRss } from "./xml-feeds";
import { ARTICLE_PREFIX } from "../core/url";

/** The family of media type a document is written in (serve/ picks the exact type). */
export type DocumentFamily = keyof typeof FEED_MEDIA_TYPES | "html";

export interface Document {
  body: string;
  family: DocumentFamily;
  /** Newest change to what the body shows (content dates, file changes). */
  changed: Date;
  /** A complete archive page: its items can no longer change. */
  final?: boolean;
}

export interface RenderedSite {
  config: SiteConfig;
  /** Every article, newest first. */
  articles: Article[];
  /** The subscription feed document (WebSub). */
  subscription: FeedDoc;
  /** Tag feeds (WebSub, discovery links). */
  tags: FeedDoc[];
  /** Every path this site serves. */
  paths(): string[];
  /** Whether the site serves this path, without rendering it. */
  has(path: string): boolean;
  /** The document at `path`, rendered on first request and kept while its inputs are unchanged. */
  document(path: string): Document | undefined;
  /**
   * A digest of everything the document at `path` is rendered from, without
   * rendering it: equal digests (with equal settings) mean equal bytes. The
   * worker's build uses it to re-render only what an article change touches.
   */
  inputsOf(path: string): string | undefined;
  notFound: Document;
  /** The page a removed article's address answers with (410 Gone). */
  gone: Document;
}

/** Most articles listed on the landing page (feeds carry FEED_LIMIT). */
const LANDING_LIMIT = 100;



// Rendering is memoised per settings object and per article object: the store
// keeps an unchanged article's object across reloads, so a reload renders only
// what changed. Weak maps: nothing here keeps an old article alive.
const entryCache = new WeakMap<SiteConfig, WeakMap<Article, FeedEntry>>();
const pageCache = new WeakMap<SiteConfig, WeakMap<Article, Document>>();
const articleDigests = new WeakMap<Article, string>();
const sizeCache = new WeakMap<SiteConfig, WeakMap<Article, number>>();

function cached<V>(caches: WeakMap<SiteConfig, WeakMap<Article, V>>, config: SiteConfig, article: Article, make: () => V): V {
  let perConfig = caches.get(config);
  if (!perConfig) caches.set(config, (perConfig = new WeakMap()));
  let value = perConfig.get(article);
  if (value === undefined) perConfig.set(article, (value = make()));
  return value;
}

/** Everything an article's renderings depend on, as one digest. */
function articleDigest(article: Article): string {
  let digest = articleDigests.get(article);
  if (digest === undefined) articleDigests.set(article, (digest = hashText(JSON.stringify(article))));
  return digest;
}

export interface RenderOptions {
  /**
   * Keep documents once rendered (default): a server renders each on first
   * request. A build that writes each document once passes false, so memory
   * stays that of one document.
   */
  keep?: boolean;
}

export function renderSite(load: Pick<LoadResult, "articles" | "folderModified">, config: SiteConfig, options: RenderOptions = {}): RenderedSite {
  const keep = options.keep ?? true;
  const articles = load.articles;
  const entryOf = (article: Article) => cached(entryCache, config, article, () => toEntry(article, config));
  const home = siteHome(config);
  // Feeds carry an article too large for FEED_MAX_BYTES by its summary; its page keeps the whole text.
  // The margin leaves room for the longest document title (a tag feed's, an archive part's).
  const fitBudget = itemBudget(config, `${config.title}${" ".repeat(200)}`);
  const feedEntryOf = (article: Article) => fitEntry(entryOf(article), fitBudget);
  // Sizes of articles in archive pages nobody asked for yet: keep the number, not the entry (memory).
  const sizeOf = (article: Article) => cached(sizeCache, config, article, () => entryBytes(fitEntry(entryCache.get(config)?.get(article) ?? toEntry(article, config), fitBudget)));
  const feeds = subscriptionAndArchives(articles, feedEntryOf, sizeOf, config, home);
  const subscription = feeds.subscription;
  const tags = tagFeeds(articles, feedEntryOf, sizeOf, config, (path) => absoluteUrl(config, path));
  const docs = new Map<string, FeedDoc>();
  for (const doc of [subscription, ...tags]) for (const path of Object.values(doc.paths)) docs.set(path, doc);
  const docAt = (path: string) => docs.get(path) ?? feeds.archiveAt(path);

  // HTTP Last-Modified moves with any edit or removal, not only with item dates.
  const changedOf = (doc: FeedDoc) => lastChange(doc.entries(), doc.kind === "subscription" ? load.folderModified : undefined);
  const renderFeed = (doc: FeedDoc, only?: string): [string, Document][] => {
    const changed = changedOf(doc);
    const final = doc.complete ? { final: true } : {};
    const formats = [
      [doc.paths.rss, "rss", () => renderRss(doc, config)],
      [doc.paths.atom, "atom", () => renderAtom(doc, config)],
      [doc.paths.json, "json", () => renderJsonFeed(doc, config)],
    ] as const;
    return formats.filter(([path]) => !only || path === only)
      .map(([path, family, render]) => [path, { body: render(), family, changed, ...final }]);
  };

  const listed = articles.slice(0, Math.max(LANDING_LIMIT, config.feedLimit));
  const landing = (): Document => {
    const entries = listed.map(entryOf);
    return {
      body: renderLandingPage(entries, articles.length, tags, config),
      family: "html",
      changed: lastChange(entries, newestFileChange(articles, load.folderModified)),
    };
  };
  // Built on first use: a reload that nobody follows with a page request never pays for it.
  let slugs: Map<string, Article> | undefined;
  const articleAt = (path: string) => {
    if (!path.startsWith(ARTICLE_PREFIX)) return undefined;
    slugs ??= new Map(articles.map((a) => [a.slug, a]));
    return slugs.get(path.slice(ARTICLE_PREFIX.length));
  };
  const rendered = new Map<string, Document>();
  return {
    config,
    articles,
    subscription,
    tags,
    paths: () => [
      "/",
      ...Object.values(subscription.paths),
      ...feeds.archives().flatMap((doc) => Object.values(doc.paths)),
      ...tags.flatMap((doc) => Object.values(doc.paths)),
      ...articles.map((a) => `${ARTICLE_PREFIX}${a.slug}`),
    ],
    has: (path) => path === "/" || docAt(path) !== undefined || articleAt(path) !== undefined,
    document(path) {
      const article = articleAt(path);
      if (article) {
        const page = (): Document => {
          const entry = entryOf(article);
          return { body: renderArticlePage(entry, config), family: "html", changed: entry.changed };
        };
        return keep ? cached(pageCache, config, article, page) : page();
      }
      let document = rendered.get(path);
      if (document) return document;
      if (path === "/") document = landing();
      else {
        const doc = docAt(path);
        if (!doc) return undefined;
        // A server renders the three formats of a feed together: a reader asking for one often asks for another.
        const all = renderFeed(doc, keep ? undefined : path);
        document = all.find(([p]) => p === path)![1];
        if (keep) for (const [p, d] of all) rendered.set(p, d);
        return document;
      }
      if (keep) rendered.set(path, document);
      return document;
    },
    inputsOf(path) {
      const article = articleAt(path);
      if (article) return `page ${articleDigest(article)}`;
      if (path === "/") return `landing ${articles.length} ${tags.map((t) => `${t.slug}:${t.label}:${t.count}`).join(",")} ${load.folderModified?.getTime() ?? ""} ${newestFileChange(articles).getTime()} ${listed.map(articleDigest).join("")}`;
      const doc = docAt(path);
      if (!doc) return undefined;
      const links = [doc.current, doc.prevArchive, doc.nextArchive].map((p) => p?.json ?? "").join(" ");
      const folder = doc.kind === "subscription" ? load.folderModified?.getTime() ?? "" : "";
      return `${doc.kind} ${path} ${doc.title} ${doc.complete ?? ""} ${links} ${folder} ${hashText(doc.articles.map(articleDigest).join(""))}`;
    },
    notFound: { body: renderNotFoundPage(config), family: "html", changed: new Date(0) },
    gone: { body: renderGonePage(config), family: "html", changed: new Date(0) },
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
