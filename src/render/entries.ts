/**
 * Articles + site settings → FeedEntry: the one view of an item that every
 * format renders, so RSS, Atom and JSON Feed carry the same ids, URLs, dates
 * and content in the same order.
 */
import type { Article, RelatedLink } from "../core/article";
import type { SiteConfig } from "../config";
import { articlePath, tryUrl } from "../core/url";
import { contentHtml } from "./content-html";
import { textDirection } from "./direction";

export interface FeedEntry {
  /** Permanent id: the article's URL on this site, from its file slug. */
  id: string;
  /** Where a reader should go: the article's canonical URL, else its page here. */
  url: string;
  slug: string;
  title: string;
  summary: string;
  contentHtml: string;
  image?: string;
  /** Every image in the item with its caption and credit, absolute URLs, lead image first (RSS media:content). */
  images: FeedImage[];
  published: Date;
  updated: Date;
  /** Last change to the item or its file, whichever is later (HTTP Last-Modified). */
  changed: Date;
  author: string;
  tags: string[];
  captions: string[];
  related: RelatedLink[];
  /** The article's own language tag, when known (the feed's is SITE_LANGUAGE). */
  language?: string;
}

export interface FeedImage {
  url: string;
  caption: string;
  credit?: string;
}

export function siteHome(config: SiteConfig): string {
  return `${config.siteUrl}/`;
}

/**
 * An absolute URL for a site path (`/icon.png`, under SITE_URL's own path if
 * it has one) or an absolute URL, normalised.
 */
export function absoluteUrl(config: SiteConfig, pathOrUrl: string, base = siteHome(config)): string {
  if (pathOrUrl.startsWith("/") && !pathOrUrl.startsWith("//")) return new URL(`${config.siteUrl}${pathOrUrl}`).href;
  return new URL(pathOrUrl, base).href;
}



export function toEntry(article: Article, config: SiteConfig): FeedEntry {
  const page = absoluteUrl(config, articlePath(article.slug));
  // A renamed file keeps the id readers know it by (the publication ledger's).
  const id = article.permanentId ? absoluteUrl(config, articlePath(article.permanentId)) : page;
  const related = article.related.map((link): RelatedLink => {
    const url = link.url ? safeAbsolute(config, link.url, page) : undefined;
    return url ? { title: link.title, url } : { title: link.title };
  });
  const image = article.image ? safeAbsolute(config, article.image, page) : undefined;
  return {
    id,
    url: article.canonicalUrl ?? page,
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    contentHtml: withDirection(contentHtml(article.blocks, related, (href) => safeAbsolute(config, href, page), image, article.language ?? config.language), article.language),
    image,
    images: feedImages(article, image, (href) => safeAbsolute(config, href, page)),
    published: article.published,
    updated: article.updated,
    changed: new Date(Math.max(article.updated.getTime(), article.fileModified.getTime())),
    author: article.author ?? config.author,
    tags: article.tags,
    captions: article.captions,
    related,
    ...(article.language ? { language: article.language } : {}),
  };
}

/** The figures' images (absolute, each once), with the lead image first when no figure shows it. */
function feedImages(article: Article, lead: string | undefined, resolve: (href: string) => string | undefined): FeedImage[] {
  const images: FeedImage[] = [];
  const seen = new Set<string>();
  for (const block of article.blocks) {
    if (block.kind !== "figure" || !block.image) continue;
    const url = block.image === article.image ? lead : resolve(block.image);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    images.push({ url, caption: block.caption, ...(block.credit ? { credit: block.credit } : {}) });
  }
  if (lead && !seen.has(lead)) images.unshift({ url: lead, caption: "" });
  return images;
}

/**
 * Resolves a link against the article page; only http(s) survives, so no
 * `javascript:` or `data:` URL reaches a feed or page.
 */
function safeAbsolute(config: SiteConfig, href: string, base: string): string | undefined {
  if (!tryUrl(href, base)) return undefined;
  const url = new URL(absoluteUrl(config, href, base));
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
}

/** A right-to-left article's content in an element that says so: readers show it right to left whatever their own language. */
function withDirection(html: string, language: string | undefined): string {
  return textDirection(language) ? `<div dir="rtl">\n${html}\n</div>` : html;
}
