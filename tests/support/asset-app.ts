/**
 * The worker's way of serving, run in Node: the build writes the site's
 * documents and manifest as static assets (buildSiteFiles, as `npm run
 * build:site` does), and the worker's own asset-site code answers from them
 * through an ASSETS binding that reads the output folder. The real bundle
 * inside workerd is compared with Node in tests/parity.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SiteConfig } from "../../src/config";
import type { LoadResult } from "../../src/core/article";
import { buildSiteFiles } from "../../src/node/site-build";
import { createApp } from "../../src/serve/app";
import { loadAssetSite, type Assets } from "../../src/worker/asset-site";

/** An ASSETS binding over a folder: a path's file, or 404. */
function folderAssets(dir: string): Assets {
  return {
    fetch: async (url: string) => {
      try {
        return new Response(readFileSync(join(dir, decodeURIComponent(new URL(url).pathname))));
      } catch {
        return new Response("not found", { status: 404 });
      }
    },
  };
}

export async function appFromAssets(load: Pick<LoadResult, "articles" | "folderModified" | "moved" | "gone">, config: SiteConfig) {
  const outDir = mkdtempSync(join(tmpdir(), "asset-app-"));
  buildSiteFiles(load, config, { outDir, publicDir: join(outDir, "no-public") });
  const site = await loadAssetSite(folderAssets(outDir), config);
  return { app: createApp({ site: () => site }), outDir };
}
