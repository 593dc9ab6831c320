/**
 * One resource: everything HTTP adds to a document, in one place. Media
 * types, ETag, Last-Modified, Cache-Control, CORS, Link, the browser form of
 * RSS/Atom and compressed bytes are decided here, once per content change, on
 * Node from rendered documents and on the worker from the build's manifest:
 * both go through `toResource`, so their headers cannot drift.
 */
import type { SiteConfig } from "../config";
import { hash64 } from "../core/hash";
import { MEDIA_TYPES, withCharset, type MediaType } from "../core/media-types";
import type { DocumentFamily } from "../render/site";
import type { LedgerAnswers } from "./ledger-routes";
import type { Coding } from "./negotiate";

export type Headers = Record<string, string>;

/** The Content-Type of each form a document is sent in. */
export const CONTENT_TYPES = Object.fromEntries(
  Object.entries(MEDIA_TYPES).map(([form, type]) => [form, withCharset(type)]),
) as Record<MediaType, string>;

/** One path in one media type, ready to answer: validators, headers and (on Node) the bytes. */
export interface Resource {
  etag: string;
  lastModifiedMs: number;
  /** Headers of a 200 sent as identity. */
  headers: Headers;
  /** Headers of a 304: the validators and caching headers, no representation metadata. */
  notModifiedHeaders: Headers;
  /** The bytes; absent on the worker, whose bodies are static assets. */
  body?: Uint8Array;
  /** Codings this resource can be sent in besides identity. */
  codings: readonly Coding[];
  /** Bytes and headers in a coding (Node), made on first use; undefined when it does not pay. */
  encoded(coding: Exclude<Coding, "identity">): { body: Uint8Array; headers: Headers } | undefined;
  /** RSS/Atom as application/xml for browsers, which show application/rss+xml as text and skip its stylesheet. */
  forBrowsers?: Resource;
}

/** What the app serves: a resource per path, and the 404 page. */
export interface ServedSite {
  resource(path: string): Resource | undefined;
  notFound: { headers: Headers; body: Uint8Array };
  /** 301s and 410s from the publication ledger. */
  ledger?: LedgerAnswers;
  /** Loads a body a resource does not carry (the worker's static assets). */
  loadBody?(path: string): Promise<Uint8Array>;
}

/** Compresses bytes for one coding, or returns undefined to skip it. */
export type Compressor = (coding: Exclude<Coding, "identity">, bytes: Uint8Array) => Uint8Array | undefined;

/** A document as the worker's manifest describes it: no body, its digest instead. */
export interface DocumentFacts {
  family: DocumentFamily;
  final?: boolean;
  /** hash64 of the UTF-8 body. */
  hash: string;
  /** Body length in bytes. */
  length: number;
  lastModifiedMs: number;
}

/** Below this size compression does not pay for its header and CPU. */
const MIN_COMPRESS_BYTES = 1024;


/** Headers every response carries, on both runtimes. */
export const BASE_HEADERS: Headers = {
  "X-Content-Type-Options": "nosniff",
};

// Pages run no third-party code: scripts and styles only from this site.
export const PAGE_HEADERS: Headers = {
  "Content-Security-Policy":
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: http: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
};

/** What web-based readers, which fetch feeds cross-origin, may do: the feeds' headers and the preflight's answer (app.ts) both come from here. */
export const CORS = {
  /** Request headers a reader's conditional GET carries; If-None-Match is not CORS-safelisted. */
  requestHeaders: ["If-None-Match", "If-Modified-Since"],
  /** Response headers a reader needs to poll politely. */
  exposedHeaders: ["ETag", "Last-Modified", "Link"],
  methods: ["GET", "HEAD"],
  /** How long a browser may reuse a preflight's answer, in seconds. */
  preflightMaxAge: 86400,
} as const;

const FEED_HEADERS: Headers = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": CORS.exposedHeaders.join(", "),
};

/**
 * Readers and shared caches may reuse a response for CACHE_MAX_AGE seconds; a
 * CDN may keep serving a stale copy for a day while the origin is down.
 */
export function cacheControlFor(config: SiteConfig): string {
  return `public, max-age=${config.cacheMaxAge}, s-maxage=${config.cacheMaxAge}, stale-if-error=86400`;
}

/**
 * Full archive pages rarely change (only when an old article is added or
 * back-dated later): readers and CDNs may keep them for a day, not a month, so
 * such an addition reaches them the next day; ETags make the checks cheap.
 */
const ARCHIVE_CACHE_CONTROL = "public, max-age=86400, s-maxage=86400, stale-if-error=86400";

/** The media type a document is sent in, and the one for browsers when it differs (FEEDS_AS_XML). */
export function mediaTypesOf(family: DocumentFamily, config: SiteConfig): [MediaType, MediaType?] {
  if (family !== "rss" && family !== "atom") return [family];
  // Browsers show application/rss+xml as plain text (or download it) and skip
  // its stylesheet; as application/xml they apply it.
  if (config.feedsAsXml === "always") return ["xml"];
  return config.feedsAsXml === "browsers" ? [family, "xml"] : [family];
}

/** The ETag covers the bytes and their type, so each form validates on its own. */
export function etagOf(facts: Pick<DocumentFacts, "hash" | "length">, type: MediaType): string {
  return `"${facts.hash}-${facts.length.toString(36)}-${type}"`;
}

/** The ETag of a document's primary form: what validator history is kept by. */
export function primaryEtag(facts: Pick<DocumentFacts, "family" | "hash" | "length">, config: SiteConfig): string {
  return etagOf(facts, mediaTypesOf(facts.family, config)[0]);
}

/** The digest a manifest records for a body. */
export function digestOf(bytes: Uint8Array): string {
  return hash64(bytes);
}

/** A document's resource at `path`: the one place headers are made, on both runtimes. */
export function toResource(path: string, facts: DocumentFacts, config: SiteConfig, body?: Uint8Array, compress?: Compressor): Resource {
  const [primary, browsers] = mediaTypesOf(facts.family, config);
  const feed = facts.family !== "html";
  const codings: Coding[] = compress && body && body.length >= MIN_COMPRESS_BYTES ? ["br", "gzip"] : [];
  // Compressed bytes are shared by both forms: only the Content-Type differs.
  const packed = new Map<Coding, Uint8Array | undefined>();
  const pack = (coding: Exclude<Coding, "identity">) => {
    if (!packed.has(coding)) {
      const bytes = body && compress?.(coding, body);
      packed.set(coding, bytes && bytes.length < body!.length ? bytes : undefined);
    }
    return packed.get(coding);
  };
  const form = (type: MediaType): Resource => {
    const etag = etagOf(facts, type);
    const validators: Headers = {
      ETag: etag,
      "Last-Modified": new Date(facts.lastModifiedMs).toUTCString(),
      "Cache-Control": facts.final ? ARCHIVE_CACHE_CONTROL : cacheControlFor(config),
      Vary: browsers ? "Accept, Accept-Encoding" : "Accept-Encoding",
      ...BASE_HEADERS,
      ...(feed ? FEED_HEADERS : PAGE_HEADERS),
      // WebSub discovery (W3C WebSub §4): the hub and the topic URL, also in HTTP.
      ...(feed && config.websubHub ? { Link: `<${config.websubHub}>; rel="hub", <${new URL(`${config.siteUrl}${path}`).href}>; rel="self"` } : {}),
    };
    const headers = { "Content-Type": CONTENT_TYPES[type], "Content-Length": String(facts.length), ...validators };
    const encoded = new Map<Coding, { body: Uint8Array; headers: Headers } | undefined>();
    return {
      etag,
      lastModifiedMs: facts.lastModifiedMs,
      headers,
      notModifiedHeaders: validators,
      ...(body ? { body } : {}),
      codings,
      encoded(coding) {
        if (!encoded.has(coding)) {
          const bytes = pack(coding);
          encoded.set(coding, bytes && { body: bytes, headers: { ...headers, "Content-Encoding": coding, "Content-Length": String(bytes.length) } });
        }
        return encoded.get(coding);
      },
    };
  };
  const resource = form(primary);
  if (browsers) resource.forBrowsers = form(browsers);
  return resource;
}

/** Headers of an HTML page answered whole, outside the site's documents (404, 410). */
export function htmlPageHeaders(body: Uint8Array, cacheControl: string): Headers {
  return { ...BASE_HEADERS, ...PAGE_HEADERS, "Content-Type": CONTENT_TYPES.html, "Content-Length": String(body.length), "Cache-Control": cacheControl };
}

/** The 404 page's response: never cached. */
export function notFoundResponse(body: Uint8Array): ServedSite["notFound"] {
  return { body, headers: htmlPageHeaders(body, "no-store") };
}

