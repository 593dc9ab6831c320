/**
 * JSON Feed 1.1, written from the entry model: `feed` 6 emits JSON Feed 1.0
 * (single `author`, no `language`, HTML in `summary`), so it is not used here.
 * https://www.jsonfeed.org/version/1.1/
 */
import type { SiteConfig } from "../config";
import { absoluteUrl, siteHome } from "./entries";
import type { FeedDoc } from "./feed-docs";

/** Extension object (JSON Feed: keys starting with `_` are extensions). */
export const JSON_FEED_EXTENSION = "_feed_publisher";

export function renderJsonFeed(doc: FeedDoc, config: SiteConfig): string {
  const icon = absoluteUrl(config, config.icon);
  const entries = doc.entries();
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: doc.title,
    home_page_url: siteHome(config),
    feed_url: absoluteUrl(config, doc.paths.json),
    // Older items: the next archive page (JSON Feed pages from newest to oldest).
    ...(doc.prevArchive ? { next_url: absoluteUrl(config, doc.prevArchive.json) } : {}),
    description: config.description,
    icon,
    favicon: icon,
    authors: [{ name: config.author }],
    language: config.language,
    ...(config.websubHub ? { hubs: [{ type: "WebSub", url: config.websubHub }] } : {}),
    items: entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      ...(entry.image ? { image: entry.image } : {}),
      date_published: entry.published.toISOString(),
      date_modified: entry.updated.toISOString(),
      authors: [{ name: entry.author }],
      ...(entry.tags.length ? { tags: entry.tags } : {}),
      ...(entry.language ? { language: entry.language } : {}),
      [JSON_FEED_EXTENSION]: {
        captions: entry.captions,
        related: entry.related,
      },
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
