/**
 * Content negotiation over what we have ready: the coding (RFC 9110 §12.5.3)
 * and whether a feed goes out in its browser form. Hono's `parseAccept`
 * splits the header; the q grammar is RFC 9110's (`0`–`1`, at most three
 * decimals) and a q outside it counts as 1, as before Hono did the splitting.
 */
import { parseAccept } from "hono/utils/accept";
import { FEED_MEDIA_TYPES, MEDIA_TYPES } from "../core/media-types";

export type Coding = "br" | "gzip" | "identity";

/** Longest header read; the rest of an oversized value is ignored. */
const MAX_ACCEPT = 2048;
const MAX_ACCEPT_ENCODING = 1024;

const Q_VALUE = /^[01](?:\.\d{0,3})?$/;

/** Each listed name (lower-cased) with its q. */
function weighted(header: string, maxLength: number): [string, number][] {
  return parseAccept(header.slice(0, maxLength)).map(({ type, params }) => {
    const q = Object.entries(params).find(([key]) => key.toLowerCase() === "q")?.[1]?.trim();
    return [type.toLowerCase(), q !== undefined && Q_VALUE.test(q) ? Number(q) : 1];
  });
}

/** Best available coding for an Accept-Encoding value; identity when nothing else is acceptable. */
export function pickCoding(acceptEncoding: string | null | undefined, available: readonly Coding[]): Coding {
  if (!acceptEncoding || available.length === 0) return "identity";
  // A coding listed twice: its highest q counts (parseAccept sorts by q, so the order given is lost).
  const weights = new Map<string, number>();
  for (const [name, q] of weighted(acceptEncoding, MAX_ACCEPT_ENCODING)) weights.set(name, Math.max(q, weights.get(name) ?? 0));
  const weight = (coding: string) => weights.get(coding) ?? (coding === "x-gzip" ? undefined : weights.get("*"));
  let best: Coding = "identity";
  let bestWeight = 0;
  // Server preference on ties: brotli, then gzip.
  for (const coding of ["br", "gzip"] as const) {
    if (!available.includes(coding)) continue;
    const w = weight(coding) ?? (coding === "gzip" ? weights.get("x-gzip") : undefined) ?? 0;
    if (w > bestWeight) {
      best = coding;
      bestWeight = w;
    }
  }
  return best;
}

const FEED_TYPES: readonly string[] = [FEED_MEDIA_TYPES.rss, FEED_MEDIA_TYPES.atom, MEDIA_TYPES.xml, "text/xml", FEED_MEDIA_TYPES.json];

/**
 * A browser navigating to a feed prefers HTML; feed readers prefer feed types,
 * even when they also accept HTML at a lower q ("…, text/html;q=0.7").
 */
export function prefersHtml(accept: string | null | undefined): boolean {
  if (!accept || !accept.includes(MEDIA_TYPES.html)) return false;
  let html = 0;
  let feed = 0;
  for (const [type, q] of weighted(accept, MAX_ACCEPT)) {
    if (type === MEDIA_TYPES.html) html = Math.max(html, q);
    else if (FEED_TYPES.includes(type)) feed = Math.max(feed, q);
  }
  return html > 0 && html > feed;
}
