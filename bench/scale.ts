/**
 * One size of the scale benchmark: a folder of `size` realistic articles
 * (bench/generate.ts), then the worker's build (cold and after one edit),
 * the worker script, workerd's memory, and Node's first start, restart,
 * memory and one edit reflected. Each step in fresh processes.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { articleName, articleText, generateFolder } from "./generate";
import { timeNodeStart } from "./node-start";
import { dryRunBundle, workerdMemory } from "./workerd-memory";

export interface ScaleFigures {
  size: number;
  /** The build's own words when it refuses (ASSET_LIMIT). */
  refused?: string;
  assetLimit: number;
  buildMs?: number;
  rebuildMs?: number;
  rebuildRendered?: string;
  assets?: number;
  largestKb?: number;
  scriptGzipKb?: number;
  workerdMb?: number;
  firstStartMs?: number;
  restartMs?: number;
  nodeRssMb?: number;
  editMs?: number;
}

const BASE_ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", CI: "true", NO_COLOR: "1" };

function buildSite(env: NodeJS.ProcessEnv): { ms: number; out: string } {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ["--import", "tsx", "src/node/commands/build-site.ts"], { env: { ...BASE_ENV, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 });
  return { ms: Math.round(performance.now() - t0), out };
}

export async function measureScale(size: number, work: string): Promise<ScaleFigures> {
  const dir = join(work, `articles-${size}`);
  const site = join(work, `site-${size}`);
  const cache = join(work, `cache-${size}`);
  generateFolder(dir, size);
  const env = { ARTICLES_DIR: dir, SITE_BUILD_DIR: site, ARTICLE_CACHE_DIR: cache, MAX_ARTICLES: String(Math.max(size, 10_000)) };
  const figures: ScaleFigures = { size, assetLimit: 20_000 };
  try {
    figures.buildMs = buildSite(env).ms;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? error);
    figures.refused = stderr.trim().split("\n").pop();
    figures.assetLimit = 100_000;
    figures.buildMs = buildSite({ ...env, ASSET_LIMIT: "100000" }).ms;
  }
  const limit = { ASSET_LIMIT: String(figures.assetLimit) };
  // One edit, then an incremental rebuild.
  const edited = articleName(Math.floor(size / 2));
  writeFileSync(join(dir, edited), articleText(Math.floor(size / 2), 2));
  const rebuild = buildSite({ ...env, ...limit });
  figures.rebuildMs = rebuild.ms;
  const built = /Built .*?: (\d+) documents \((\d+) rendered.*?(\d+) of \d+ asset files, largest (\d+) KB/.exec(rebuild.out);
  if (built) {
    figures.rebuildRendered = `${built[2]} of ${Number(built[1]).toLocaleString("en")}`;
    figures.assets = Number(built[3]);
    figures.largestKb = Number(built[4]);
  }
  // The worker script (what `wrangler deploy` uploads besides the assets), then workerd serving the site.
  const bundle = dryRunBundle(site, { ...env, ...limit });
  try {
    figures.scriptGzipKb = Math.round((gzipSync(readFileSync(join(bundle, "index.js")), { level: 9 }).length / 1024) * 10) / 10;
    figures.workerdMb = await workerdMemory(bundle, site);
  } finally {
    rmSync(bundle, { recursive: true, force: true });
  }
  // Node: a first start parses everything (fresh cache), a restart reads the cache.
  const nodeCache = join(work, `node-cache-${size}`);
  const nodeEnv = { ARTICLES_DIR: dir, ARTICLE_CACHE_DIR: nodeCache, MAX_ARTICLES: String(Math.max(size, 10_000)) };
  figures.firstStartMs = (await timeNodeStart(nodeEnv)).readyMs;
  const restart = await timeNodeStart(nodeEnv);
  figures.restartMs = restart.readyMs;
  figures.nodeRssMb = restart.rssMb;
  const probe = execFileSync(process.execPath, ["--import", "tsx", "bench/scale-probe.ts"], { env: { ...BASE_ENV, ...nodeEnv }, encoding: "utf8", maxBuffer: 1 << 28 });
  figures.editMs = (JSON.parse(probe.trim().split("\n").pop()!) as { editMs: number }).editMs;
  rmSync(dir, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  return figures;
}
