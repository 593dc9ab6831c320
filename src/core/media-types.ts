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

/** Image media types by file extension: for enclosures' types, and to tell a link to a photo from a link to a page. */
const IMAGE_MEDIA_TYPES: Record<string, string> = {
  jpg: "image/jpeg", jpeg: "image/jpeg", jpe: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp",
  avif: "image/avif", svg: "image/svg+xml", bmp: "image/bmp", tif: "image/tiff", tiff: "image/tiff",
};

/** The image media type a path's or URL's file extension names (its query and fragment aside), or undefined. */
export function imageMediaType(pathOrUrl: string): string | undefined {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/is.exec(pathOrUrl)?.[1]?.toLowerCase();
  return ext ? IMAGE_MEDIA_TYPES[ext] : undefined;
}

/** `photo.jpg`, `/img/a.webp?w=800`: a path or URL that names an image file. */
export function isImagePath(pathOrUrl: string): boolean {
  return imageMediaType(pathOrUrl) !== undefined;
}
