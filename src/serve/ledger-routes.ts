/**
 * What the publication ledger adds to the HTTP contract: a renamed article's
 * old address answers 301 to its new one, a removed article's address answers
 * 410 Gone (readers and crawlers stop asking; a 404 reads as a fault to
 * retry). Prepared once per site, like every other response.
 */
import type { LoadResult } from "../core/article";
import type { SiteConfig } from "../config";
import { BASE_HEADERS, cacheControlFor, htmlPageHeaders, type Headers } from "./resource";
import { ARTICLE_PREFIX, articlePath } from "../core/url";

// From core/url, not render/: the worker serves these from its manifest and bundles no renderer.
const articleUrl = (config: SiteConfig, slug: string) => new URL(`${config.siteUrl}${articlePath(slug)}`).href;

/** A prepared answer: status, headers and bytes. */
interface Variant {
  headers: Headers;
  body: Uint8Array;
}

export interface LedgerAnswers {
  /** Article path → 301 answer. */
  moved: Map<string, Variant & { status: 301 }>;
  /** Article path → 410 answer. */
  gone: Map<string, Variant & { status: 410 }>;
}

/** `goneBody`: the 410 page (render/pages renderGonePage), rendered by the caller. */
export function ledgerAnswers(load: Pick<LoadResult, "moved" | "gone">, config: SiteConfig, goneBody: Uint8Array): LedgerAnswers {
  const cacheControl = cacheControlFor(config);
  const moved = new Map<string, Variant & { status: 301 }>();
  for (const [from, to] of Object.entries(load.moved ?? {})) {
    const headers: Headers = { ...BASE_HEADERS, Location: articleUrl(config, to), "Cache-Control": cacheControl, "Content-Length": "0" };
    moved.set(`${ARTICLE_PREFIX}${from}`, { status: 301, body: new Uint8Array(), headers });
  }
  const gone = new Map<string, Variant & { status: 410 }>();
  if (load.gone?.length) {
    const headers = htmlPageHeaders(goneBody, cacheControl);
    for (const slug of load.gone) gone.set(`${ARTICLE_PREFIX}${slug}`, { status: 410, body: goneBody, headers });
  }
  return { moved, gone };
}

/** The 301 or 410 for a path the ledger knows, else undefined. */
export function ledgerAnswer(answers: LedgerAnswers | undefined, path: string): (Variant & { status: 301 | 410 }) | undefined {
  if (!answers || !path.startsWith(ARTICLE_PREFIX)) return undefined;
  return answers.moved.get(path) ?? answers.gone.get(path);
}
