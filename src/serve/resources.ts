/**
 * Rendered pages → ready-to-send resources: UTF-8 bytes, strong ETag,
 * Last-Modified and every response header, computed once per content change.
 * Compressed variants come from the runtime edge (Node passes zlib; the worker
 * leaves compression to the platform) and are made once, on first use.
 */
import type { SiteConfig } from "../config";
import type { LoadResult } from "../core/article";
import { ARTICLE_PREFIX, renderSite, type Representation, type RenderedSite } from "../render/site";
import { strongEtag } from "./etag";
import { ledgerAnswers, type LedgerAnswers } from "./ledger-routes";
import type { Coding } from "./negotiate";

export type Headers = Record<string, string>;

export interface Variant {
  body: Uint8Array;
  headers: Headers;
}

/** Compresses bytes for one coding, or returns undefined to skip it. */
export type Compressor = (coding: Exclude<Coding, "identity">, bytes: Uint8Array) => Uint8Array | undefined;

/** One representation of a resource: its validators and its encoded variants. */
export interface Form {
  etag: string;
  lastModifiedMs: number;
  /** Codings this form can be sent in besides identity. */
  codings: readonly Coding[];
  variant(coding: Coding): Variant;
  /** Headers of a 304: the validators and caching headers, no representation metadata. */
  notModifiedHeaders: Headers;
}

export interface Resource {
  primary: Form;
  /** RSS/Atom as application/xml for browsers, which show application/rss+xml as text and skip its stylesheet. */
  forBrowsers?: Form;
}

/** Path → resource: feeds and the landing page ready, article pages made on first request. */
export interface ResourceTable {
  get(path: string): Resource | undefined;
  /** The resources made so far (feeds, landing page, article pages requested). */
  built(): IterableIterator<[string, Resource]>;
}

export interface ServedSite {
  rendered: RenderedSite;
  resources: ResourceTable;
  notFound: Variant;
  /** 301s and 410s from the publication ledger. */
  ledger?: LedgerAnswers;
}



/** Below this size compression does not pay for its header and CPU. */
const MIN_COMPRESS_BYTES = 1024;

const encoder = new TextEncoder();

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

// Web-based readers fetch feeds cross-origin and need the validators to poll politely.
const FEED_HEADERS: Headers = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link",
};

/** Loaded articles → everything the app serves: the one call both entries make. */
export interface BuildOptions {
  /** Makes compressed variants (Node); absent on the worker. */
  compress?: Compressor;
  /** The site being replaced by a reload: unchanged resources are reused as they are. */
  previous?: ServedSite;
  /** The clock, used only when a reload changes bytes without moving their content date. */
  now?: () => number;
}

/** Loaded articles → everything the app serves: the one call both entries make. */
export function buildSite(load: Pick<LoadResult, "articles" | "folderModified" | "moved" | "gone">, config: SiteConfig, options: BuildOptions = {}): ServedSite {
  return { ...buildServedSite(renderSite(load, config), options), ledger: ledgerAnswers(load, config) };
}

/**
 * Validators change exactly when the bytes do: a resource whose ETag is
 * unchanged keeps its previous Last-Modified (and its compressed variants); one
 * whose bytes changed gets a Last-Modified later than before, even when the
 * change (a removal, an edit that kept its date) did not move a content date.
 * The previous site's resources are consulted, never kept: no chain of old
 * sites builds up across reloads.
 */
export function buildServedSite(rendered: RenderedSite, options: BuildOptions = {}): ServedSite {
  const { compress, previous, now = Date.now } = options;
  const made = new Map<string, Built>();
  // What every path served last: the previous site's resources over its own history,
  // so a path built lazily (a tag feed, an archive page) still continues its validators
  // after reloads in which nobody asked for it.
  const history = new Map<string, Built>();
  // Paths gone from the site keep only their last Last-Modified (bounded), so a path
  // that comes back with other bytes still moves forward.
  const gone = new Map<string, number>(previous ? (previous.resources as Table).gone : []);
  if (previous) {
    const table = previous.resources as Table;
    for (const source of [table.history, table.made]) {
      for (const [path, built] of source) {
        if (rendered.has(path)) {
          history.set(path, built);
          gone.delete(path);
        } else gone.set(path, built.resource.primary.lastModifiedMs);
      }
    }
    for (const path of gone.keys()) {
      if (gone.size <= MAX_GONE) break;
      gone.delete(path);
    }
  }
  const builtAt = Math.floor(now() / 1000) * 1000;

  /** A resource for `rep`, continuing the validators of what was served at `path` before. */
  const settle = (path: string, rep: Representation) => {
    const old = history.get(path);
    if (old?.rep === rep) return old.resource; // unchanged article page: nothing to redo
    // Never later than now (RFC 9110 §8.8.2.1): a future-dated article must not make Last-Modified a promise.
    const fresh = toResource(rep, rep.cacheControl ?? rendered.cacheControl, compress, Math.min(rep.lastModified.getTime(), builtAt));
    if (old?.resource.primary.etag === fresh.primary.etag) return old.resource;
    const before = old?.resource.primary.lastModifiedMs ?? gone.get(path);
    if (before === undefined || fresh.primary.lastModifiedMs > before) return fresh;
    // The bytes changed but their content date did not move: the change happened now.
    // Within the same second as the last change it cannot move further; the ETag still does.
    return toResource(rep, rep.cacheControl ?? rendered.cacheControl, compress, Math.max(before, builtAt));
  };

  for (const [path, rep] of rendered.routes) made.set(path, { rep, resource: settle(path, rep) });
  // Article pages served before and unchanged keep their resource (and validators).
  for (const [path, old] of history) {
    if (!made.has(path) && path.startsWith(ARTICLE_PREFIX) && rendered.lazy(path) === old.rep) made.set(path, old);
  }

  const table: Table = {
    made,
    history,
    gone,
    get(path) {
      const hit = made.get(path);
      if (hit) return hit.resource;
      const rep = rendered.lazy(path);
      if (!rep) return undefined;
      const resource = settle(path, rep);
      made.set(path, { rep, resource });
      return resource;
    },
    built() {
      return [...made].map(([path, { resource }]) => [path, resource] as [string, Resource])[Symbol.iterator]();
    },
  };
  const notFoundBody = encoder.encode(rendered.notFound.body);
  return {
    rendered,
    resources: table,
    notFound: {
      body: notFoundBody,
      headers: {
        ...BASE_HEADERS,
        ...PAGE_HEADERS,
        "Content-Type": rendered.notFound.contentType,
        "Content-Length": String(notFoundBody.length),
        "Cache-Control": "no-store",
      },
    },
  };
}

interface Built {
  rep: Representation;
  resource: Resource;
}

interface Table extends ResourceTable {
  made: Map<string, Built>;
  history: Map<string, Built>;
  gone: Map<string, number>;
}

/** Removed paths whose Last-Modified is remembered. */
const MAX_GONE = 10_000;

function toResource(rep: Representation, cacheControl: string, compress?: Compressor, lastModifiedOverride?: number): Resource {
  const body = encoder.encode(rep.body);
  const lastModifiedMs = Math.floor((lastModifiedOverride ?? rep.lastModified.getTime()) / 1000) * 1000;
  const codings: Coding[] = compress && body.length >= MIN_COMPRESS_BYTES ? ["br", "gzip"] : [];
  // Compressed bytes are shared by both forms: only the Content-Type differs.
  const packed = new Map<Coding, Uint8Array | undefined>();
  const pack = (coding: Exclude<Coding, "identity">) => {
    if (!packed.has(coding)) {
      const bytes = compress?.(coding, body);
      packed.set(coding, bytes && bytes.length < body.length ? bytes : undefined);
    }
    return packed.get(coding);
  };
  const vary = rep.browserContentType ? "Accept, Accept-Encoding" : "Accept-Encoding";
  const form = (contentType: string): Form => {
    // The ETag covers the bytes and their type, so each form validates on its own.
    const etag = strongEtag(body, contentType);
    const validators: Headers = {
      ETag: etag,
      "Last-Modified": new Date(lastModifiedMs).toUTCString(),
      "Cache-Control": cacheControl,
      Vary: vary,
      ...BASE_HEADERS,
      ...(rep.kind === "feed" ? FEED_HEADERS : PAGE_HEADERS),
      ...(rep.link ? { Link: rep.link } : {}),
    };
    const identity: Variant = { body, headers: { "Content-Type": contentType, "Content-Length": String(body.length), ...validators } };
    const variants = new Map<Coding, Variant>([["identity", identity]]);
    return {
      etag,
      lastModifiedMs,
      codings,
      notModifiedHeaders: validators,
      variant(coding) {
        let variant = variants.get(coding);
        if (!variant) {
          const bytes = coding === "identity" ? undefined : pack(coding);
          variant = bytes
            ? { body: bytes, headers: { ...identity.headers, "Content-Encoding": coding, "Content-Length": String(bytes.length) } }
            : identity;
          variants.set(coding, variant);
        }
        return variant;
      },
    };
  };
  return { primary: form(rep.contentType), forBrowsers: rep.browserContentType ? form(rep.browserContentType) : undefined };
}
