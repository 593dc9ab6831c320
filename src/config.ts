/**
 * Site settings: one typed object with defaults, read from a plain record of
 * strings so the same code reads `process.env` on Node and `[vars]` on a worker.
 */
import { tryUrl } from "./core/url";

export interface SiteConfig {
  /** Absolute base URL, no trailing slash: `https://news.example.com`. */
  siteUrl: string;
  title: string;
  description: string;
  author: string;
  /** BCP 47 language tag of the site, e.g. `en`, `en-GB`, `ar`. */
  language: string;
  /** Site-relative path or absolute URL of the feed icon. */
  icon: string;
  /** Most items per feed. */
  feedLimit: number;
  /** Largest feed document (feed, archive page, tag feed), in bytes: items past it go to the archives. */
  feedMaxBytes: number;
  /** Seconds readers and caches may reuse a response (`Cache-Control: max-age`, RSS `<ttl>`). */
  cacheMaxAge: number;
  /**
   * When RSS and Atom go out as application/xml instead of their own types:
   * `browsers` (requests that accept text/html, so the XSL stylesheet applies),
   * `always`, or `never`.
   */
  feedsAsXml: "browsers" | "always" | "never";
  /** WebSub hub URL to advertise (and ping from Node), if any. */
  websubHub?: string;
}

/** How much of the articles folder is read (MAX_ARTICLE_BYTES, MAX_ARTICLES): one type for the settings, the folder reader and the article store. */
export interface ArticleLimits {
  /** Largest article file read, in bytes. */
  maxArticleBytes: number;
  /** Most article files read from the folder (the newest by modification time). */
  maxArticles: number;
}

export const DEFAULT_ARTICLE_LIMITS: ArticleLimits = { maxArticleBytes: 2 * 1024 * 1024, maxArticles: 10_000 };

/** Settings that only the Node side uses (server and build step). */
export interface NodeConfig extends ArticleLimits {
  host: string;
  port: number;
  articlesDir: string;
  /** Reload when the articles folder changes. */
  watch: boolean;
  /** Threads that parse a large batch of new files (a first start, a build); 0: one per core, 1: none besides the main one. */
  parseThreads: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export type Env = Record<string, string | undefined>;

export const DEFAULT_PORT = 8787;
/** 512 KB: FeedBurner's cap, far below Miniflux's 15 MiB. */
const DEFAULT_FEED_MAX_BYTES = 512 * 1024;
/** Room for a feed's head and one cut-down item. */
const MIN_FEED_MAX_BYTES = 16 * 1024;

/** Reads whole-number settings within bounds, noting each bad value in `problems`. */
function integerReader(env: Env, problems: string[]) {
  return (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
      return fallback;
    }
    return value;
  };
}

/** Reads and validates the site settings; throws ConfigError listing every problem. */
export function readSiteConfig(env: Env, fallbackPort = DEFAULT_PORT): SiteConfig {
  const problems: string[] = [];
  const text = (name: string, fallback: string) => {
    const value = env[name]?.trim();
    return value ? value : fallback;
  };
  const integer = integerReader(env, problems);

  const siteUrl = text("SITE_URL", `http://localhost:${fallbackPort}`);
  const parsed = tryUrl(siteUrl);
  if (!/^https?:\/\//i.test(siteUrl) || !parsed) {
    problems.push(`SITE_URL must be an absolute http(s) URL such as https://news.example.com, got ${JSON.stringify(siteUrl)}`);
  } else if (parsed.search || parsed.hash) {
    problems.push(`SITE_URL must not have a query or fragment, got ${JSON.stringify(siteUrl)}`);
  }
  const choice = <T extends string>(name: string, options: readonly T[], fallback: T): T => {
    const raw = env[name]?.trim().toLowerCase();
    if (!raw) return fallback;
    if ((options as readonly string[]).includes(raw)) return raw as T;
    problems.push(`${name} must be one of ${options.join(", ")}, got ${JSON.stringify(env[name])}`);
    return fallback;
  };
  const language = text("SITE_LANGUAGE", "en");
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) {
    problems.push(`SITE_LANGUAGE must be a language tag such as en or pt-BR, got ${JSON.stringify(language)}`);
  }
  const icon = text("SITE_ICON", "/icon.png");
  if (!icon.startsWith("/") && !/^https?:\/\//i.test(icon)) {
    problems.push(`SITE_ICON must be a path starting with / or an absolute http(s) URL, got ${JSON.stringify(icon)}`);
  }
  const hub = env.WEBSUB_HUB?.trim();
  const hubUrl = hub ? tryUrl(hub) : null;
  if (hub && (!hubUrl || !/^https?:$/.test(hubUrl.protocol))) problems.push(`WEBSUB_HUB must be an absolute http(s) URL, got ${JSON.stringify(hub)}`);
  const config: SiteConfig = {
    siteUrl: problems.length ? siteUrl : normaliseBase(siteUrl),
    title: text("SITE_TITLE", "Feed Publisher"),
    description: text("SITE_DESCRIPTION", "The latest articles, as RSS, Atom and JSON Feed."),
    author: text("SITE_AUTHOR", "Newsroom"),
    language,
    icon,
    feedLimit: integer("FEED_LIMIT", 50, 1, 10_000),
    feedMaxBytes: integer("FEED_MAX_BYTES", DEFAULT_FEED_MAX_BYTES, MIN_FEED_MAX_BYTES, 1024 * 1024 * 1024),
    cacheMaxAge: integer("CACHE_MAX_AGE", 900, 0, 31_536_000),
    feedsAsXml: choice("FEEDS_AS_XML", ["browsers", "always", "never"] as const, "browsers"),
    ...(hubUrl ? { websubHub: hubUrl.href } : {}),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

export function readNodeConfig(env: Env): NodeConfig {
  const problems: string[] = [];
  const integer = integerReader(env, problems);
  const watchRaw = env.WATCH?.trim().toLowerCase();
  if (watchRaw && !["true", "false"].includes(watchRaw)) problems.push(`WATCH must be true or false, got ${JSON.stringify(env.WATCH)}`);
  const config: NodeConfig = {
    host: env.HOST?.trim() || "127.0.0.1",
    port: integer("PORT", DEFAULT_PORT, 0, 65535),
    articlesDir: env.ARTICLES_DIR?.trim() || "articles",
    maxArticleBytes: integer("MAX_ARTICLE_BYTES", DEFAULT_ARTICLE_LIMITS.maxArticleBytes, 1, 1024 * 1024 * 1024),
    maxArticles: integer("MAX_ARTICLES", DEFAULT_ARTICLE_LIMITS.maxArticles, 1, 1_000_000),
    watch: watchRaw !== "false",
    parseThreads: integer("PARSE_THREADS", 0, 0, 256),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** `HTTPS://Example.com/news/` → `https://example.com/news`. */
function normaliseBase(url: string): string {
  return new URL(url).href.replace(/\/+$/, "");
}
