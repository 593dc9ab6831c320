/**
 * The worker's build output, as the worker reads it: every document's facts
 * (media family, digest, length, Last-Modified) keyed by path, the settings
 * they were rendered with, and where the bodies are among the static assets.
 * Compact on purpose: the worker parses it once per isolate.
 */
import * as v from "valibot";
import { ConfigError, type SiteConfig } from "../config";
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

const FAMILY = v.picklist(["rss", "atom", "json", "html"] satisfies DocumentFamily[]);
const WHOLE = v.pipe(v.number(), v.integer(), v.minValue(0));

const SITE_CONFIG = v.object({
  siteUrl: v.string(),
  title: v.string(),
  description: v.string(),
  author: v.string(),
  language: v.string(),
  icon: v.string(),
  feedLimit: WHOLE,
  feedMaxBytes: WHOLE,
  cacheMaxAge: WHOLE,
  feedsAsXml: v.picklist(["browsers", "always", "never"]),
  websubHub: v.optional(v.string()),
}) satisfies v.GenericSchema<unknown, SiteConfig>;

/** The manifest's shape, checked where it is read instead of cast: a build from another version or a damaged file says what is wrong. */
const MANIFEST = v.object({
  version: v.literal(MANIFEST_VERSION),
  config: SITE_CONFIG,
  code: v.string(),
  documents: v.record(v.string(), v.tuple([FAMILY, v.string(), WHOLE, WHOLE, v.picklist([0, 1]), v.string()])),
  moved: v.optional(v.record(v.string(), v.string()), {}),
  gone: v.optional(v.array(v.string()), []),
  public: v.array(v.string()),
  pastValidators: v.optional(v.array(v.tuple([v.string(), v.string(), WHOLE])), []),
}) satisfies v.GenericSchema<unknown, Manifest>;

/**
 * The manifest from its parsed JSON; throws ConfigError naming every
 * problem by its path (`documents./rss.xml.2: …`) when it is not one this
 * version wrote.
 */
export function parseManifest(json: unknown): Manifest {
  const version = typeof json === "object" && json !== null ? (json as { version?: unknown }).version : undefined;
  if (version !== MANIFEST_VERSION) throw new ConfigError([`the site was built by another version (manifest ${String(version)}); run npm run build:site again`]);
  const result = v.safeParse(MANIFEST, json);
  if (result.success) return result.output;
  throw new ConfigError(result.issues.map((issue) => `the site's manifest is damaged at ${v.getDotPath(issue) ?? "its top"}: ${issue.message}; run npm run build:site again`));
}

export function factsOf(entry: ManifestEntry): DocumentFacts {
  const [family, hash, length, lastModified, final] = entry;
  return { family, hash, length, lastModifiedMs: lastModified * 1000, ...(final ? { final: true } : {}) };
}

/** A manifest entry's own property (paths such as `/__proto__` are not entries). */
export function entryAt(manifest: Manifest, path: string): ManifestEntry | undefined {
  return Object.hasOwn(manifest.documents, path) ? manifest.documents[path] : undefined;
}
