/**
 * The worker's build: the rendered site as files that Workers serves as
 * static assets, plus the manifest the worker answers from (see
 * serve/manifest.ts). Incremental: a document whose inputs did not change
 * since the last build is not rendered again, and a file whose bytes did not
 * change is not written again; files of paths that left the site are removed.
 * Validators continue from the previous manifest (ValidatorHistory).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { parse } from "smol-toml";
import { ConfigError, readNodeConfig, readSiteConfig, type Env, type NodeConfig, type SiteConfig } from "../config";
import type { LoadResult } from "../core/article";
import { hashText } from "../core/hash";
import { renderSite } from "../render/site";
import { codeDigest } from "./code-digest";
import { PUBLIC_DIR } from "./project-dir";
import { assetOf, BUILD_PREFIX, entryAt, factsOf, GONE_ASSET, MANIFEST_ASSET, MANIFEST_VERSION, NOT_FOUND_ASSET, parseManifest, type Manifest, type ManifestEntry } from "../serve/manifest";
import { digestOf, primaryEtag } from "../serve/resource";
import { ValidatorHistory, type Validators } from "../serve/validator-history";

/** Workers static assets: files per worker version (free plan; the paid plan allows 100,000). */
const FREE_PLAN_ASSET_LIMIT = 20_000;
/** Workers static assets: largest file. */
const MAX_ASSET_BYTES = 25 * 1024 * 1024;
/** Removed paths whose validators the manifest remembers. */
const MAX_PAST = 1_000;

export interface SiteBuildOptions {
  outDir: string;
  publicDir?: string;
  /** Most asset files the build may produce (ASSET_LIMIT). */
  assetLimit?: number;
  now?: () => number;
}

export interface SiteBuildReport {
  documents: number;
  /** Documents rendered this time (the others were unchanged since the last build). */
  rendered: number;
  /** Files written (documents, public/, 404, manifest). */
  written: number;
  removed: number;
  /** Every file in the output folder. */
  assets: number;
  largest: { path: string; bytes: number };
  manifestBytes: number;
}

/** The build would not fit the platform: nothing was written. */
export class SiteTooLarge extends Error {}

const encoder = new TextEncoder();

const DEFAULT_SITE_BUILD_DIR = ".site";

/** wrangler.toml [vars], the worker's settings; empty when there is no wrangler.toml. */
function wranglerVars(file = "wrangler.toml"): Env {
  try {
    const toml = parse(readFileSync(file, "utf8")) as { vars?: Record<string, unknown> };
    return Object.fromEntries(Object.entries(toml.vars ?? {}).map(([k, v]) => [k, String(v)]));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new ConfigError([`wrangler.toml cannot be read: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

function readAssetLimit(env: Env): number {
  const raw = env.ASSET_LIMIT?.trim();
  if (!raw) return FREE_PLAN_ASSET_LIMIT;
  if (!/^\d+$/.test(raw) || Number(raw) < 3) throw new ConfigError([`ASSET_LIMIT must be a whole number of files such as 20000 or 100000, got ${JSON.stringify(raw)}`]);
  return Number(raw);
}

/** The build's settings: wrangler.toml [vars] (the worker's), overridden by the environment. */
export function readBuildSettings(processEnv: Env, wranglerFile = "wrangler.toml"): { node: NodeConfig; config: SiteConfig; outDir: string; assetLimit: number } {
  const env: Env = { ...wranglerVars(wranglerFile), ...processEnv };
  return {
    node: readNodeConfig(env),
    config: readSiteConfig(env),
    outDir: env.SITE_BUILD_DIR?.trim() || DEFAULT_SITE_BUILD_DIR,
    assetLimit: readAssetLimit(env),
  };
}


export function buildSiteFiles(load: Pick<LoadResult, "articles" | "folderModified" | "moved" | "gone">, config: SiteConfig, options: SiteBuildOptions): SiteBuildReport {
  const { outDir, publicDir = PUBLIC_DIR, assetLimit = FREE_PLAN_ASSET_LIMIT, now = Date.now } = options;
  const builtAt = now();
  const previous = readManifest(outDir);
  const code = codeDigest(["core", "render"]);
  const sameSettings = previous?.code === code && JSON.stringify(previous.config) === JSON.stringify(config);
  const rendered = renderSite(load, config, { keep: false });
  const paths = rendered.paths();
  const publicFiles = existsSync(publicDir) ? listFiles(publicDir) : [];
  const clash = publicFiles.find((path) => path.startsWith(`${BUILD_PREFIX}/`));
  if (clash) throw new SiteTooLarge(`public${clash} is under ${BUILD_PREFIX}/, which the build uses for itself: move it`);
  const moved = load.moved ?? {};
  const gone = load.gone ?? [];
  const assets = paths.length + publicFiles.length + 2 + (gone.length ? 1 : 0); // + manifest, 404 page and 410 page
  if (assets > assetLimit) {
    throw new SiteTooLarge(
      `the site needs ${assets.toLocaleString("en")} static asset files (${paths.length.toLocaleString("en")} documents), over ASSET_LIMIT=${assetLimit}. ` +
      `Workers allow ${FREE_PLAN_ASSET_LIMIT.toLocaleString("en")} files on the free plan and 100,000 on the paid plan: on the paid plan set ASSET_LIMIT=100000; ` +
      `past that, or to stay on the free plan, serve article pages from R2 or lower MAX_ARTICLES (README, "Deploy to Cloudflare Workers"). Nothing was written.`,
    );
  }

  const history = new ValidatorHistory(previous ? previousValidators(previous) : []);
  const documents: Record<string, ManifestEntry> = {};
  const report: SiteBuildReport = { documents: paths.length, rendered: 0, written: 0, removed: 0, assets, largest: { path: "", bytes: 0 }, manifestBytes: 0 };
  const write = (asset: string, bytes: Uint8Array) => {
    const file = join(outDir, asset);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    report.written++;
  };
  for (const path of paths) {
    const inputs = hashText(rendered.inputsOf(path)!);
    const old = previous && entryAt(previous, path);
    const file = join(outDir, assetOf(path));
    let entry: ManifestEntry;
    if (sameSettings && old?.[5] === inputs && existsSync(file)) entry = old;
    else {
      const document = rendered.document(path)!;
      report.rendered++;
      const bytes = encoder.encode(document.body);
      if (bytes.length > MAX_ASSET_BYTES) throw new SiteTooLarge(`${path} is ${bytes.length} bytes, over the ${MAX_ASSET_BYTES} bytes Workers allow per asset: lower FEED_LIMIT`);
      const hash = digestOf(bytes);
      if (!(old?.[1] === hash && old[2] === bytes.length && existsSync(file))) write(assetOf(path), bytes);
      const etag = primaryEtag({ family: document.family, hash, length: bytes.length }, config);
      const lastModifiedMs = history.settle(path, etag, document.changed.getTime(), builtAt);
      entry = [document.family, hash, bytes.length, lastModifiedMs / 1000, document.final ? 1 : 0, inputs];
    }
    documents[path] = entry;
    if (entry[2] > report.largest.bytes) report.largest = { path, bytes: entry[2] };
  }
  for (const path of Object.keys(previous?.documents ?? {})) {
    if (documents[path]) continue;
    rmSync(join(outDir, assetOf(path)), { force: true });
    report.removed++;
  }
  for (const path of previous?.public ?? []) {
    if (publicFiles.includes(path)) continue;
    rmSync(join(outDir, path), { force: true });
    report.removed++;
  }
  for (const path of publicFiles) if (writeIfChanged(join(outDir, path), readFileSync(join(publicDir, path)))) report.written++;
  if (writeIfChanged(join(outDir, NOT_FOUND_ASSET), encoder.encode(rendered.notFound.body))) report.written++;
  if (gone.length && writeIfChanged(join(outDir, GONE_ASSET), encoder.encode(rendered.gone.body))) report.written++;
  if (!gone.length && existsSync(join(outDir, GONE_ASSET))) rmSync(join(outDir, GONE_ASSET));

  history.prune((path) => Object.hasOwn(documents, path), 0);
  const pastValidators = [...history.entries()].filter(([path]) => !Object.hasOwn(documents, path)).slice(-MAX_PAST)
    .map(([path, v]): [string, string, number] => [path, v.etag, v.lastModifiedMs / 1000]);
  const manifest: Manifest = { version: MANIFEST_VERSION, config, code, documents, moved, gone, public: publicFiles, pastValidators };
  const json = encoder.encode(JSON.stringify(manifest));
  report.manifestBytes = json.length;
  // Written last, in one rename: a build that stops half-way leaves the previous manifest, which rebuilds what is missing.
  const manifestFile = join(outDir, MANIFEST_ASSET);
  mkdirSync(dirname(manifestFile), { recursive: true });
  writeFileSync(`${manifestFile}.tmp`, json);
  renameSync(`${manifestFile}.tmp`, manifestFile);
  report.written++;
  return report;
}

/** The manifest of the last build in `outDir`, if it is one this version can continue. */
export function readManifest(outDir: string): Manifest | undefined {
  try {
    // Anything this version cannot read (another version, a damaged file) is rebuilt from scratch.
    return parseManifest(JSON.parse(readFileSync(join(outDir, MANIFEST_ASSET), "utf8")));
  } catch {
    return undefined;
  }
}

function previousValidators(manifest: Manifest): [string, Validators][] {
  const served = Object.entries(manifest.documents).map(([path, entry]): [string, Validators] => {
    const facts = factsOf(entry);
    return [path, { etag: primaryEtag(facts, manifest.config), lastModifiedMs: facts.lastModifiedMs }];
  });
  const past = (manifest.pastValidators ?? []).map(([path, etag, seconds]): [string, Validators] => [path, { etag, lastModifiedMs: seconds * 1000 }]);
  return [...past, ...served];
}

/** Site paths of every file under `dir` (`/icon.png`). */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(`/${relative(dir, full).split(sep).join("/")}`);
    }
  };
  walk(dir);
  return out.sort();
}

function writeIfChanged(file: string, bytes: Uint8Array): boolean {
  if (existsSync(file) && statSync(file).size === bytes.length && Buffer.compare(readFileSync(file), bytes) === 0) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return true;
}
