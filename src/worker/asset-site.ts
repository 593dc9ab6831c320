/**
 * The served site on a worker: the build's manifest (fetched once per
 * isolate through the ASSETS binding) gives each path's validators and
 * headers through the same `toResource` as Node; bodies stay static assets
 * and are read from ASSETS only for a 200.
 */
import { ConfigError, type SiteConfig } from "../config";
import { assetOf, entryAt, factsOf, GONE_ASSET, MANIFEST_ASSET, NOT_FOUND_ASSET, parseManifest } from "../serve/manifest";
import { ledgerAnswers } from "../serve/ledger-routes";
import { notFoundResponse, toResource, type Resource, type ServedSite } from "../serve/resource";

/** Assets are fetched by path; the host is not looked at. */
const ASSET_ORIGIN = "https://assets.invalid";

export interface AssetSite extends ServedSite {
  /** Files from public/, the only other assets the worker hands out. */
  publicFiles: ReadonlySet<string>;
}

/**
 * What the site needs of the ASSETS binding: fetch by URL. Workers' `Fetcher`
 * is one; saying only this much lets tests serve a build folder from Node.
 */
export interface Assets {
  fetch(url: string): Promise<Response>;
}

export async function loadAssetSite(assets: Assets, config: SiteConfig): Promise<AssetSite> {
  const manifest = parseManifest(await fetchAsset(assets, MANIFEST_ASSET).then((r) => r.json()));
  const mismatched = Object.keys(config).concat(Object.keys(manifest.config))
    .filter((key, i, all) => all.indexOf(key) === i)
    .filter((key) => JSON.stringify(config[key as keyof SiteConfig]) !== JSON.stringify(manifest.config[key as keyof SiteConfig]));
  if (mismatched.length) {
    throw new ConfigError(mismatched.map((key) =>
      `setting ${key} is ${JSON.stringify(config[key as keyof SiteConfig])} in [vars] but the site was built with ${JSON.stringify(manifest.config[key as keyof SiteConfig])}: build with the same settings (they are read from wrangler.toml [vars] and the environment of npm run build:site)`));
  }
  const notFoundPage = await fetchAsset(assets, NOT_FOUND_ASSET);
  const notFound = new Uint8Array(await notFoundPage.arrayBuffer());
  const goneBody = manifest.gone.length ? new Uint8Array(await (await fetchAsset(assets, GONE_ASSET)).arrayBuffer()) : new Uint8Array();
  // Resources are made on first request of each path: memory grows with what is asked for.
  const made = new Map<string, Resource>();
  return {
    publicFiles: new Set(manifest.public),
    resource(path) {
      let resource = made.get(path);
      if (!resource) {
        const entry = entryAt(manifest, path);
        if (!entry) return undefined;
        made.set(path, (resource = toResource(path, factsOf(entry), config)));
      }
      return resource;
    },
    notFound: notFoundResponse(notFound),
    ledger: ledgerAnswers(manifest, config, goneBody),
    async loadBody(path) {
      // Whole bytes rather than the asset's stream: a stream would go out chunked, without Node's Content-Length.
      return new Uint8Array(await (await fetchAsset(assets, assetOf(path))).arrayBuffer());
    },
  };
}

async function fetchAsset(assets: Assets, path: string): Promise<Response> {
  const response = await assets.fetch(`${ASSET_ORIGIN}${path}`);
  if (!response.ok) throw new Error(`static asset ${path} answered ${response.status}: was the site built (npm run build:site)?`);
  return response;
}
