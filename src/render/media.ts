/**
 * Images as feed media: RSS `media:content` (Media RSS) with the caption as
 * `media:description` and the credit as `media:credit`, and an enclosure for
 * the lead image in RSS and Atom. `feed` guesses an enclosure's type from the
 * file extension (`image/jpg`) and ignores the one given in Atom, and writes
 * extension attributes unescaped, so the values are prepared here.
 */
import { imageMediaType } from "../core/media-types";
import { escapeHtml } from "../core/text";
import type { FeedEntry } from "./entries";

export const MEDIA_NS = "http://search.yahoo.com/mrss/";

/** The image's media type from its file extension, or undefined when the URL does not say. */
function imageType(url: string): string | undefined {
  return imageMediaType(new URL(url).pathname);
}

/**
 * The lead image as an enclosure, when its type is known (an enclosure must
 * have one). Its size is not known without fetching it: 0, as the RSS
 * Advisory Board's profile asks for an unknown length.
 */
export function leadEnclosure(entry: FeedEntry): { url: string; type: string; length: number } | undefined {
  if (!entry.image) return undefined;
  const type = imageType(entry.image);
  return type ? { url: entry.image, type, length: 0 } : undefined;
}

/** `media:content` objects for `feed`'s item extensions (xml-js compact form); attribute values pre-escaped. */
export function mediaContents(entry: FeedEntry): object[] {
  return entry.images.map((image) => {
    const type = imageType(image.url);
    return {
      _attributes: { url: attribute(image.url), medium: "image", ...(type ? { type } : {}) },
      ...(image.caption ? { "media:description": { _attributes: { type: "plain" }, _text: image.caption } } : {}),
      ...(image.credit ? { "media:credit": { _text: image.credit } } : {}),
    };
  });
}

/** Atom `<link rel="enclosure">` for the lead image, written by us with its real type. */
export function atomEnclosure(entry: FeedEntry): string {
  const enclosure = leadEnclosure(entry);
  return enclosure ? `<link rel="enclosure" type="${enclosure.type}" href="${escapeHtml(enclosure.url)}"/>` : "";
}

// xml-js escapes `"` in attributes but not `&` or `<`; URLs from `new URL()` have no raw `<`.
function attribute(url: string): string {
  return url.replace(/&/g, "&amp;").replace(/</g, "%3C");
}
