/**
 * The answer to a GET or HEAD for a served resource: content negotiation
 * (browser form, coding), conditional GET, and the prepared variant. A pure
 * function of the site and the request headers, shared by the Hono route and
 * the Node entry's fast path, so there is one implementation of it.
 */
import { isNotModified } from "./conditional";
import { pickCoding } from "./negotiate";
import type { Headers, ServedSite } from "./resources";

export interface Answer {
  status: 200 | 304;
  headers: Headers;
  body: Uint8Array | null;
}

/** Reads one request header (lower-case name); null when absent. */
export type HeaderReader = (name: string) => string | null | undefined;

/** A browser navigating to a page asks for HTML; feed readers ask for feed types or anything. */
function wantsHtml(accept: string | null | undefined): boolean {
  return typeof accept === "string" && accept.includes("text/html");
}

export function answer(site: ServedSite, path: string, header: HeaderReader): Answer | undefined {
  const resource = site.resources.get(path);
  if (!resource) return undefined;
  const form = resource.forBrowsers && wantsHtml(header("accept")) ? resource.forBrowsers : resource.primary;
  if (isNotModified(header("if-none-match"), header("if-modified-since"), form.etag, form.lastModifiedMs)) {
    return { status: 304, headers: form.notModifiedHeaders, body: null };
  }
  const variant = form.variant(pickCoding(header("accept-encoding"), form.codings));
  return { status: 200, headers: variant.headers, body: variant.body };
}
