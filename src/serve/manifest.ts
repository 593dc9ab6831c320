/**
 * The worker's build output, as the worker reads it: every document's facts
 * (media family, digest, length, Last-Modified) keyed by path, the settings
 * they were rendered with, and where the bodies are among the static assets.
 * Compact on purpose: the worker parses it once per isolate.
 */
import type { SiteConfig } from "../config";
import type { DocumentFamily } from "../render/site";
import type { DocumentFacts } from "./resource";

/** Everything the build writes besides public/ lives under this prefix; the worker never serves it as itself. */
export const BUILD_PREFIX = "/_site";
export const MANIFEST_ASSET = `${BUILD_PREFIX}/manifest.json`;
export const NOT_FOUND_ASSET = `${BUILD_PREFIX}/404.html`;
/** The 410 page, written when the publication ledger lists removed articles. */
export const GONE_ASSET = `${BUILD_PREFIX}/410.html`;

/** Where a document's body is among the assets: `/` → `/_site/docs/index`, `/rss.xml` → `/_site/docs/rss.xml`. */
export function assetOf(path: string): string {
  return `${BUILD_PREFIX}/docs${path === "/" ? "/index" : path}`;
}

/** [family, body digest, body length, Last-Modified in seconds, complete archive page (1), inputs digest (build only)]. */
export type ManifestEntry = [DocumentFamily, string, number, number, 0 | 1, string];

export interface Manifest {
  /** Bumped when the shape changes: an older manifest is rebuilt from scratch. */
  version: 1;
  /** The settings the documents were rendered with. */
  config: SiteConfig;
  /** Digest of the rendering code (build only: a change renders everything again). */
  code: string;
  /** Document paths, in the site's order. */
  documents: Record<string, ManifestEntry>;
  /** Publication ledger: former article slugs → current slug (301). */
  moved: Record<string, string>;
  /** Publication ledger: slugs of removed articles (410 Gone). */
  gone: string[];
  /** Files copied from public/ (site paths), served through the ASSETS binding as they are. */
  public: string[];
  /** Paths that left the site, with their last validators: [path, etag, Last-Modified in seconds]. Build only. */
  pastValidators: [string, string, number][];
}

export const MANIFEST_VERSION = 1;

export function factsOf(entry: ManifestEntry): DocumentFacts {
  const [family, hash, length, lastModified, final] = entry;
  return { family, hash, length, lastModifiedMs: lastModified * 1000, ...(final ? { final: true } : {}) };
}

/** A manifest entry's own property (paths such as `/__proto__` are not entries). */
export function entryAt(manifest: Manifest, path: string): ManifestEntry | undefined {
  return Object.hasOwn(manifest.documents, path) ? manifest.documents[path] : undefined;
}
