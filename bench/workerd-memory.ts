/**
 * workerd's resident memory serving a built site: the real dry-run bundle
 * (`wrangler deploy --dry-run`) in one workerd process through Miniflare, with
 * the site's static assets, after serving the three feeds, the landing page
 * and 200 article page requests across the archive (Linux /proc).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { readWranglerConfig } from "../tests/support/wrangler-config";

const BASE_ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", CI: "true", NO_COLOR: "1" };

/** The worker script as `wrangler deploy` would upload it (index.js); the caller removes the folder. */
export function dryRunBundle(siteDir: string, env: NodeJS.ProcessEnv): string {
  const out = mkdtempSync(join(tmpdir(), "bench-bundle-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out, "--assets", siteDir], { env: { ...BASE_ENV, ...env, SITE_BUILD_DIR: siteDir }, stdio: "ignore" });
  return out;
}

/** Resident memory of workerd processes started by this process, in MB. */
function childWorkerdMb(): number {
  let kb = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid !== process.pid || !stat.includes("(workerd)")) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* gone meanwhile */
    }
  }
  return Math.round(kb / 1024);
}

export async function workerdMemory(bundleDir: string, siteDir: string): Promise<number> {
  const wrangler = readWranglerConfig();
  const worker = new Miniflare({
    modules: true,
    scriptPath: join(bundleDir, "index.js"),
    modulesRoot: bundleDir,
    compatibilityDate: wrangler.compatibility_date,
    bindings: wrangler.vars,
    assets: {
      directory: siteDir,
      binding: "ASSETS",
      routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
      assetConfig: { html_handling: "none", not_found_handling: "none" },
    },
  });
  try {
    const site = "http://localhost:8787";
    const get = async (path: string) => {
      const response = await worker.dispatchFetch(`${site}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      return response.text();
    };
    const feed = JSON.parse(await get("/feed.json")) as { items: { id: string }[]; next_url?: string };
    for (const path of ["/rss.xml", "/atom.xml", "/"]) await get(path);
    const pages = feed.items.map((i) => new URL(i.id).pathname);
    for (let next = feed.next_url; next && pages.length < 200; ) {
      const page = JSON.parse(await get(new URL(next).pathname)) as { items: { id: string }[]; next_url?: string };
      pages.push(...page.items.map((i) => new URL(i.id).pathname));
      next = page.next_url;
    }
    // Always 200 page requests (a small site repeats its pages), so sites of every size are compared at equal work.
    for (let k = 0; k < 200; k++) await get(pages[k % pages.length]!);
    return childWorkerdMb();
  } finally {
    await worker.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [siteDir] = process.argv.slice(2);
  const bundle = dryRunBundle(siteDir!, {});
  try {
    console.log(await workerdMemory(bundle, siteDir!), "MB");
  } finally {
    rmSync(bundle, { recursive: true, force: true });
  }
}
