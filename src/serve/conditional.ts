/**
 * Conditional GET (RFC 9110 §13). Written here rather than with hono/etag
 * because that middleware hashes every response body on every request and
 * ignores If-Modified-Since; our validators are computed once per content
 * change and this check is a string comparison.
 */
import { wholeSecondsMs } from "../core/time";

/** Longest If-None-Match value we read; longer lists are treated as no match. */
const MAX_IF_NONE_MATCH = 8192;

/** Entity tags in an If-None-Match value, opaque parts only (weak comparison). */
function* entityTags(header: string): Generator<string> {
  // entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, comma-separated.
  const pattern = /\s*(?:W\/)?("[^"]*")\s*(?:,|$)/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(header)) !== null) {
    yield match[1]!;
    if (pattern.lastIndex >= header.length) return;
  }
}

/** True when If-None-Match matches (RFC 9110 §13.1.2, weak comparison). */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  const value = header.trim();
  if (value === "*") return true;
  if (value.length > MAX_IF_NONE_MATCH) return false;
  const opaque = etag.startsWith("W/") ? etag.slice(2) : etag;
  for (const tag of entityTags(value)) if (tag === opaque) return true;
  return false;
}

/**
 * True when a GET/HEAD may be answered 304. If-None-Match, when present,
 * decides alone; otherwise If-Modified-Since is compared at one-second
 * precision, and an unparseable date is ignored.
 */
export function isNotModified(
  ifNoneMatch: string | null | undefined,
  ifModifiedSince: string | null | undefined,
  etag: string,
  lastModifiedMs: number,
): boolean {
  if (ifNoneMatch !== null && ifNoneMatch !== undefined) return ifNoneMatchMatches(ifNoneMatch, etag);
  if (!ifModifiedSince || ifModifiedSince.length > 64) return false;
  const since = parseHttpDate(ifModifiedSince);
  return since !== null && wholeSecondsMs(lastModifiedMs) <= since;
}

// IMF-fixdate, RFC 850 and asctime (RFC 9110 §5.6.7).
const HTTP_DATE = /^(?:[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;

/** Milliseconds for a valid HTTP-date, else null. */
export function parseHttpDate(value: string): number | null {
  const text = value.trim();
  if (!HTTP_DATE.test(text)) return null;
  const ms = Date.parse(text.endsWith("GMT") ? text : `${text} GMT`);
  return Number.isFinite(ms) ? ms : null;
}
