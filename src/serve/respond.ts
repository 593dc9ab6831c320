/**
 * The answer to a GET or HEAD for a served resource: content negotiation
 * (browser form, coding), conditional GET, and the prepared variant. A pure
 * function of the site and the request headers, shared by the Hono route and
 * the Node entry's fast path, so there is one implementation of it.
 */
import { isNotModified } from "./conditional";
import { pickCoding, prefersHtml } from "./negotiate";
import { ledgerAnswer } from "./ledger-routes";
import type { Headers, ServedSite } from "./resource";

export interface Answer {
  status: 200 | 301 | 304 | 410;
  headers: Headers;
  /** Null for a 304; undefined when the bytes are to be loaded (`ServedSite.loadBody`). */
  body: Uint8Array | null | undefined;
}

/** Reads one request header (lower-case name); null when absent. */
export type HeaderReader = (name: string) => string | null | undefined;

export function answer(site: ServedSite, path: string, header: HeaderReader): Answer | undefined {
  const primary = site.resource(path);
  if (!primary) return ledgerAnswer(site.ledger, path);
  const resource = primary.forBrowsers && prefersHtml(header("accept")) ? primary.forBrowsers : primary;
  if (isNotModified(header("if-none-match"), header("if-modified-since"), resource.etag, resource.lastModifiedMs)) {
    return { status: 304, headers: resource.notModifiedHeaders, body: null };
  }
  const coding = pickCoding(header("accept-encoding"), resource.codings);
  const encoded = coding === "identity" ? undefined : resource.encoded(coding);
  if (encoded) return { status: 200, headers: encoded.headers, body: encoded.body };
  return { status: 200, headers: resource.headers, body: resource.body };
}
