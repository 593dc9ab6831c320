/**
 * FEED_MAX_BYTES: readers cap what they fetch (FeedBurner at 512 KB), and a
 * reader on a phone pays for every byte on every poll, so every feed document
 * (feed, archive page, tag feed) holds as many items as fit in the budget,
 * besides FEED_LIMIT. Sizes are upper estimates made from the entry, without
 * rendering: each format's item is its text plus what escaping and markup
 * add, and the largest of the three counts. An item too large on its own is
 * carried with its summary and a link to the full article.
 */
import type { SiteConfig } from "../config";
import { escapeHtml } from "../core/text";
import type { FeedEntry } from "./entries";

const encoder = new TextEncoder();
const scratch = new Uint8Array(3 * 65_536);

/** UTF-8 length, encoded into a reused buffer (measured fastest: native, no allocation); long texts are encoded once. */
function utf8Length(text: string): number {
  return text.length <= 65_536 ? encoder.encodeInto(text, scratch).written : encoder.encode(text).length;
}

/** Bytes JSON escaping adds: one for each `"`, `\\`, line break or tab; five for other controls (`\u00XX`, rare after cleanText). */
function jsonEscapes(text: string): number {
  // eslint-disable-next-line no-control-regex
  return (text.match(/["\\\n\r\t]/g)?.length ?? 0) + (text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g)?.length ?? 0) * 5;
}

/** Markup around one item in the most verbose format (tags, dates, links, JSON keys and indentation). */
const ITEM_MARKUP_BYTES = 900;
/** Per tag, caption or related link: its element or JSON object around the text. */
const PER_PART_BYTES = 80;

const sizes = new WeakMap<FeedEntry, number>();

/** Upper estimate of the bytes one entry adds to a feed document, in whichever format is largest. */
export function entryBytes(entry: FeedEntry): number {
  let size = sizes.get(entry);
  if (size !== undefined) return size;
  const escaped = (s: string) => utf8Length(escapeHtml(s));
  const urls = utf8Length(entry.id) + utf8Length(entry.url) + (entry.image ? utf8Length(entry.image) : 0);
  const parts = (list: string[]) => list.reduce((sum, s) => sum + utf8Length(s) + jsonEscapes(s) + PER_PART_BYTES, 0);
  const tags = parts(entry.tags) * 2; // RSS and Atom write a tag's text twice at most (term and label)
  // JSON Feed repeats captions and related links (extension) besides content_html.
  const extension = parts(entry.captions) + parts(entry.related.map((r) => `${r.title} ${r.url ?? ""}`));
  const json = utf8Length(entry.title) + jsonEscapes(entry.title) + utf8Length(entry.summary) + jsonEscapes(entry.summary)
    + utf8Length(entry.contentHtml) + jsonEscapes(entry.contentHtml) + urls + tags + extension + utf8Length(entry.author);
  // RSS/Atom: title and summary are escaped (Atom escapes them as HTML, then as XML text), content is CDATA.
  const xml = 2 * escaped(entry.title) + 2 * escaped(entry.summary) + utf8Length(entry.contentHtml) + urls * 2 + tags + utf8Length(entry.author) * 2;
  size = Math.ceil(Math.max(json, xml) * 1.02) + ITEM_MARKUP_BYTES;
  sizes.set(entry, size);
  return size;
}

/** Upper estimate of a feed document without items: its head, links and closing tags. */
function docOverheadBytes(config: SiteConfig, title: string): number {
  const settings = utf8Length(escapeHtml(title)) + utf8Length(escapeHtml(config.description)) + utf8Length(escapeHtml(config.author));
  return 3000 + 3 * settings + 6 * utf8Length(config.siteUrl) + (config.websubHub ? 2 * utf8Length(config.websubHub) : 0);
}

/** The most items a document can hold: at least one (an oversized item is cut down by fitEntry). */
export function countWithin<T>(items: readonly T[], bytesOf: (item: T) => number, maxBytes: number, maxCount: number): number {
  let used = 0;
  let count = 0;
  for (const item of items) {
    if (count >= maxCount) break;
    used += bytesOf(item);
    if (used > maxBytes && count > 0) break;
    count++;
  }
  return count;
}

/** Bytes left for items in a document of this config, after its head. */
export function itemBudget(config: SiteConfig, title: string): number {
  return config.feedMaxBytes - docOverheadBytes(config, title);
}

const fitted = new WeakMap<FeedEntry, { budget: number; entry: FeedEntry }>();

/**
 * An entry that alone exceeds the budget goes out with its summary and a link
 * to its page, not its whole text (the page keeps the whole text).
 */
export function fitEntry(entry: FeedEntry, budget: number): FeedEntry {
  if (entryBytes(entry) <= budget) return entry;
  const known = fitted.get(entry);
  if (known?.budget === budget) return known.entry;
  const link = `<p><a href="${escapeHtml(entry.id)}">Read the whole article</a></p>`;
  let summary = entry.summary;
  let cut: FeedEntry = { ...entry, contentHtml: `<p>${escapeHtml(summary)}</p>\n${link}`, captions: [], related: [], tags: entry.tags.slice(0, 20) };
  // A summary is at most a few hundred characters, but the title has no limit: shorten until it fits.
  while (entryBytes(cut) > budget && (summary.length > 0 || cut.title.length > 80)) {
    summary = summary.slice(0, Math.floor(summary.length / 2));
    const title = cut.title.length > 80 ? `${cut.title.slice(0, 79)}…` : cut.title;
    cut = { ...cut, title, summary, contentHtml: `${summary ? `<p>${escapeHtml(summary)}</p>\n` : ""}${link}` };
  }
  fitted.set(entry, { budget, entry: cut });
  return cut;
}
