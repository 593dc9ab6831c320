/**
 * `npm run build:site`: articles/ → the worker's static assets (SITE_BUILD_DIR,
 * default `.site/`, wrangler.toml `[assets]`). Run by wrangler's `[build]`
 * before every `wrangler dev` and deploy, and by npm pre-scripts. Settings are
 * wrangler.toml `[vars]`, overridden by the environment; ASSET_LIMIT (default
 * 20000, the free plan) bounds the number of files. Reports loaded and
 * rejected files exactly as the Node server does.
 */
import { formatLoadReport } from "../../article/report";
import { runCommand } from "./command";
import { loadFolder } from "../load-folder";
import { buildSiteFiles, readBuildSettings } from "../site-build";

async function main(): Promise<void> {
  const started = performance.now();
  const { node, config, outDir, assetLimit: limit } = readBuildSettings(process.env);
  // The build writes the publication ledger too: a deploy from CI redirects and dates like the server.
  const result = await loadFolder(node.articlesDir, node, { writeLedger: true });
  for (const line of formatLoadReport(result, node.articlesDir)) console.log(line);
  const report = buildSiteFiles(result, config, { outDir, assetLimit: limit });
  console.log(
    `Built ${outDir}/ for ${config.siteUrl}: ${report.documents} documents (${report.rendered} rendered, ${report.written} files written, ${report.removed} removed), ` +
    `${report.assets} of ${limit} asset files, largest ${Math.round(report.largest.bytes / 1024)} KB (${report.largest.path}), in ${Math.round(performance.now() - started)} ms`,
  );
}

runCommand("Cannot build the site", main);
