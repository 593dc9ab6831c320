/**
 * RSS 2.0 and Atom 1.0 with the `feed` package, around its known defects
 * (see README "Feed package workarounds"): every `]]>` is split correctly,
 * plain text is escaped where `feed` declares HTML, RSS names authors with
 * `dc:creator`, Atom gets `xml:lang`, dates never come from the clock.
 */
import { Feed, type Item } from "feed";
import type { SiteConfig } from "../config";
import { FEED_MEDIA_TYPES } from "../core/media-types";
import { escapeHtml } from "../core/text";
import { absoluteUrl, type FeedEntry, siteHome } from "./entries";
import type { FeedDoc, FeedPaths } from "./feed-docs";
import { atomEnclosure, leadEnclosure, MEDIA_NS, mediaContents } from "./media";

export { FEED_PATHS } from "./feed-docs";
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

function buildFeed(doc: FeedDoc, config: SiteConfig, format: "rss" | "atom"): Feed {
  const home = siteHome(config);
  const feed = new Feed({
    id: doc.id,
    title: doc.title,
    description: config.description,
    link: home,
    language: config.language,
    updated: doc.updated,
    generator: "feed-publisher",
    image: absoluteUrl(config, config.icon),
    favicon: absoluteUrl(config, config.icon),
    ttl: Math.max(1, Math.ceil(config.cacheMaxAge / 60)),
    // Path only: browsers refuse a cross-origin stylesheet, and the feed may be
    // opened on another host than SITE_URL (a preview, localhost).
    stylesheet: new URL(absoluteUrl(config, STYLESHEET_PATH)).pathname,
    feedLinks: {
      rss: absoluteUrl(config, doc.paths.rss),
      atom: absoluteUrl(config, doc.paths.atom),
      json: absoluteUrl(config, doc.paths.json),
    },
    ...(config.websubHub ? { hub: config.websubHub } : {}),
    author: { name: config.author },
  });
  for (const entry of doc.entries()) feed.addItem(format === "rss" ? rssItem(entry) : atomItem(entry));
  return feed;
}

const HISTORY_NS = "http://purl.org/syndication/history/1.0";

/** RFC 5005 links of a document, for one format: [rel, absolute URL]. */
function historyLinks(doc: FeedDoc, config: SiteConfig, format: keyof FeedPaths): [string, string][] {
  const links: [string, string][] = [];
  if (doc.current) links.push(["current", absoluteUrl(config, doc.current[format])]);
  if (doc.prevArchive) links.push(["prev-archive", absoluteUrl(config, doc.prevArchive[format])]);
  if (doc.nextArchive) links.push(["next-archive", absoluteUrl(config, doc.nextArchive[format])]);
  return links;
}

function rssItem(entry: FeedEntry): Item {
  const enclosure = leadEnclosure(entry);
  const media = mediaContents(entry);
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
    ...(enclosure ? { enclosure } : {}),
    // `feed` writes RSS <author> as a bare name, which must be an e-mail address.
    extensions: [
      { name: "dc:creator", objects: { _text: entry.author } },
      // xml-js writes an array as repeated elements; feed's type says an object.
      ...(media.length ? [{ name: "media:content", objects: media as unknown as Record<string, unknown> }] : []),
      ...(entry.language ? [{ name: "dc:language", objects: { _text: entry.language } }] : []),
    ],
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

/** Atom `xml:lang` on each entry whose language is known; `feed` writes entries in order, with no attributes. */
function withEntryLanguages(xml: string, entries: FeedEntry[]): string {
  if (!entries.some((e) => e.language)) return xml;
  let i = 0;
  return xml.replace(/<entry>/g, () => {
    const language = entries[i++]?.language;
    return language ? `<entry xml:lang="${escapeHtml(language)}">` : "<entry>";
  });
}

// `feed` has no way to add links or markers of its own choosing, so the RFC 5005
// ones are inserted after its self link; URLs are absolute and escaped.
export function renderRss(doc: FeedDoc, config: SiteConfig): string {
  let xml = finish(buildFeed(doc, config, "rss").rss2());
  const namespaces: string[] = [];
  // `feed` declares xmlns:dc only when some item has content; dc:creator needs it always.
  if (xml.includes("<dc:creator>") && !xml.includes('xmlns:dc="')) namespaces.push('xmlns:dc="http://purl.org/dc/elements/1.1/"');
  // `feed` never declares the namespaces of item extensions.
  if (xml.includes("<media:content ")) namespaces.push(`xmlns:media="${MEDIA_NS}"`);
  const extra = historyLinks(doc, config, "rss").map(([rel, href]) => `<atom:link href="${escapeHtml(href)}" rel="${rel}" type="${FEED_MEDIA_TYPES.rss}"/>`);
  if (doc.kind === "archive") {
    namespaces.push(`xmlns:fh="${HISTORY_NS}"`);
    extra.push("<fh:archive/>");
  }
  if (extra.length) xml = xml.replace(/(<atom:link href="[^"]*" rel="self" type="application\/rss\+xml"\/>)/, `$1\n        ${extra.join("\n        ")}`);
  if (namespaces.length) xml = xml.replace('<rss version="2.0"', `<rss version="2.0" ${namespaces.join(" ")}`);
  return xml;
}

export function renderAtom(doc: FeedDoc, config: SiteConfig): string {
  let xml = finish(buildFeed(doc, config, "atom").atom1());
  const entries = doc.entries();
  // The lead image's enclosure, after the entry's id (ids are unique URLs of this site): one pass over the document.
  const enclosures = new Map<string, string>();
  for (const entry of entries) {
    const enclosure = atomEnclosure(entry);
    if (enclosure) enclosures.set(`<id>${entry.id.replace(/&/g, "&amp;")}</id>`, enclosure);
  }
  if (enclosures.size) {
    xml = xml.replace(/<id>[^<]*<\/id>/g, (id) => {
      const enclosure = enclosures.get(id);
      if (!enclosure) return id;
      enclosures.delete(id); // its first occurrence only, as before
      return `${id}\n        ${enclosure}`;
    });
  }
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error("feed package changed its Atom root element; update renderAtom");
  const extra = historyLinks(doc, config, "atom").map(([rel, href]) => `<link rel="${rel}" type="${FEED_MEDIA_TYPES.atom}" href="${escapeHtml(href)}"/>`);
  if (doc.kind === "archive") extra.push("<fh:archive/>");
  const ns = doc.kind === "archive" ? ` xmlns:fh="${HISTORY_NS}"` : "";
  // `feed` writes no xml:lang, and no type on the self link.
  return withEntryLanguages(xml, entries)
    .replace(root, `<feed xmlns="http://www.w3.org/2005/Atom"${ns} xml:lang="${escapeHtml(config.language)}">`)
    .replace(/<link rel="self" href="([^"]+)"\/>/, `<link rel="self" type="${FEED_MEDIA_TYPES.atom}" href="$1"/>${extra.map((e) => `\n    ${e}`).join("")}`);
}
