/**
 * RSS 2.0 and Atom 1.0 with the `feed` package, around its known defects
 * (see README "Feed package workarounds"): every `]]>` is split correctly,
 * plain text is escaped where `feed` declares HTML, RSS names authors with
 * `dc:creator`, Atom gets `xml:lang`, dates never come from the clock.
 */
import { Feed, type Item } from "feed";
import type { SiteConfig } from "../config";
import { escapeHtml } from "../core/text";
import { absoluteUrl, type FeedEntry, siteHome } from "./entries";

export const FEED_PATHS = { rss: "/rss.xml", atom: "/atom.xml", json: "/feed.json" } as const;
/** public/feed.xsl: shows RSS and Atom as a readable page in a browser. */
export const STYLESHEET_PATH = "/feed.xsl";

// `feed` (xml-js) splits only the first `]]>` of a CDATA section. Text reaching
// it has been through cleanText, so it cannot contain NUL: NUL stands in for
// every `]]>` in CDATA-bound strings and becomes a correct split afterwards.
const CDATA_END_PLACEHOLDER = "\u0000";

function protectCdata(text: string): string {
  return text.replaceAll("]]>", CDATA_END_PLACEHOLDER);
}

/** Post-processing shared by both formats: CDATA splits, and the stylesheet PI on its own line. */
function finish(xml: string): string {
  return xml.replaceAll(CDATA_END_PLACEHOLDER, "]]]]><![CDATA[>").replace("?><?xml-stylesheet", "?>\n<?xml-stylesheet");
}

function buildFeed(entries: FeedEntry[], updated: Date, config: SiteConfig, format: "rss" | "atom"): Feed {
  const home = siteHome(config);
  const feed = new Feed({
    id: home,
    title: config.title,
    description: config.description,
    link: home,
    language: config.language,
    updated,
    generator: "feed-publisher",
    image: absoluteUrl(config, config.icon),
    favicon: absoluteUrl(config, config.icon),
    ttl: Math.max(1, Math.ceil(config.cacheMaxAge / 60)),
    // Path only: browsers refuse a cross-origin stylesheet, and the feed may be
    // opened on another host than SITE_URL (a preview, localhost).
    stylesheet: new URL(absoluteUrl(config, STYLESHEET_PATH)).pathname,
    feedLinks: {
      rss: absoluteUrl(config, FEED_PATHS.rss),
      atom: absoluteUrl(config, FEED_PATHS.atom),
      json: absoluteUrl(config, FEED_PATHS.json),
    },
    author: { name: config.author },
  });
  for (const entry of entries) feed.addItem(format === "rss" ? rssItem(entry) : atomItem(entry));
  return feed;
}

function rssItem(entry: FeedEntry): Item {
  return {
    // RSS titles are plain text in CDATA.
    title: protectCdata(entry.title),
    id: entry.id,
    link: entry.url,
    date: entry.updated,
    published: entry.published,
    // RSS descriptions are read as HTML: escape the plain-text summary.
    description: protectCdata(escapeHtml(entry.summary)),
    content: protectCdata(entry.contentHtml),
    category: entry.tags.map((tag) => ({ name: tag })),
    // `feed` writes RSS <author> as a bare name, which must be an e-mail address.
    extensions: [{ name: "dc:creator", objects: { _text: entry.author } }],
  };
}

function atomItem(entry: FeedEntry): Item {
  return {
    // `feed` marks Atom titles and summaries type="html": escape the plain text.
    title: protectCdata(escapeHtml(entry.title)),
    id: entry.id,
    link: entry.url,
    date: entry.updated,
    published: entry.published,
    description: protectCdata(escapeHtml(entry.summary)),
    content: protectCdata(entry.contentHtml),
    author: [{ name: entry.author }],
    category: entry.tags.map((tag) => ({ term: tag })),
  };
}

export function renderRss(entries: FeedEntry[], updated: Date, config: SiteConfig): string {
  const xml = finish(buildFeed(entries, updated, config, "rss").rss2());
  // `feed` declares xmlns:dc only when some item has content; dc:creator needs it always.
  if (xml.includes("<dc:creator>") && !xml.includes('xmlns:dc="')) {
    return xml.replace('<rss version="2.0"', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"');
  }
  return xml;
}

export function renderAtom(entries: FeedEntry[], updated: Date, config: SiteConfig): string {
  const xml = finish(buildFeed(entries, updated, config, "atom").atom1());
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error("feed package changed its Atom root element; update renderAtom");
  // `feed` writes no xml:lang, and no type on the self link.
  return xml
    .replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(config.language)}">`)
    .replace(/<link rel="self" href="([^"]+)"\/>/, '<link rel="self" type="application/atom+xml" href="$1"/>');
}
