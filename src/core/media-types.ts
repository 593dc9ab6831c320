/** Every media type the site sends or negotiates, said once. */

/** The three feed formats' own types. */
export const FEED_MEDIA_TYPES = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
} as const;

export const MEDIA_TYPES = {
  ...FEED_MEDIA_TYPES,
  html: "text/html",
  /** RSS and Atom for browsers, which show application/rss+xml as text and skip its stylesheet (FEEDS_AS_XML). */
  xml: "application/xml",
} as const;

export type MediaType = keyof typeof MEDIA_TYPES;

/** Everything the site sends is UTF-8. */
export function withCharset(type: string): string {
  return `${type}; charset=utf-8`;
}
