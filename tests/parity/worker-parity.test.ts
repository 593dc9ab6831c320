/**
 * Node and the worker serve the same bytes: the worker is the real dry-run
 * bundle (`wrangler deploy --dry-run`) running in workerd through Miniflare;
 * the Node app is built exactly as `npm start` builds it.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { nodeCompressor } from "../../src/node/compress";
import { buildSite } from "../../src/serve/site";
import { loadFolder } from "../../src/node/load-folder";
import { createApp } from "../../src/serve/app";
import { readWranglerConfig } from "../support/wrangler-config";

const run = promisify(execFile);
const wrangler = readWranglerConfig();
const SITE_URL = "https://parity.example.net";
const env = { ...wrangler.vars, SITE_URL };

let outdir = "";
let worker: Miniflare;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), "feed-publisher-worker-"));
  await run("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", CI: "true" },
  });
  worker = new Miniflare({
    modules: true,
    scriptPath: join(outdir, "index.js"),
    modulesRoot: outdir,
    compatibilityDate: wrangler.compatibility_date,
    bindings: env,
  });
}, 120_000);

afterAll(async () => {
  await worker?.dispose();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe("Node and worker parity", async () => {
  const result = await loadFolder("articles");
  const served = buildSite(result, readSiteConfig(env), { compress: nodeCompressor });
  const node = createApp({ site: () => served });
  const paths = ["/rss.xml", "/atom.xml", "/feed.json", "/", ...result.articles.map((a) => `/articles/${a.slug}`), "/no-such-page"];

  it.each(paths)("%s: same status, headers and bytes", async (path) => {
    const fromNode = await node.request(`${SITE_URL}${path}`);
    const fromWorker = await worker.dispatchFetch(`${SITE_URL}${path}`);
    expect(fromWorker.status).toBe(fromNode.status);
    for (const header of ["content-type", "cache-control", "last-modified"]) {
      expect(fromWorker.headers.get(header), header).toBe(fromNode.headers.get(header));
    }
    const [a, b] = [await fromNode.text(), await fromWorker.text()];
    expect(b.length).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  it("a worker with invalid settings answers a plain 500 and logs the problems", async () => {
    const broken = new Miniflare({
      modules: true,
      scriptPath: join(outdir, "index.js"),
      modulesRoot: outdir,
      compatibilityDate: wrangler.compatibility_date,
      bindings: { ...wrangler.vars, SITE_URL: "feeds.example.org", FEED_LIMIT: "many" },
      handleRuntimeStdio: (stdout, stderr) => {
        stdout.on("data", (d: Buffer) => (logged += d.toString()));
        stderr.on("data", (d: Buffer) => (logged += d.toString()));
      },
    });
    let logged = "";
    try {
      const response = await broken.dispatchFetch("https://x.example/rss.xml");
      expect(response.status).toBe(500);
      expect(await response.text()).toBe("Service misconfigured; see the worker logs.\n");
      await new Promise((r) => setTimeout(r, 200));
      expect(logged).toContain("SITE_URL must be an absolute http(s) URL");
      expect(logged).toContain("FEED_LIMIT must be a whole number");
    } finally {
      await broken.dispose();
    }
  });

  it("wrangler.toml [vars] name every setting, with the Node defaults", () => {
    const defaults = readSiteConfig({});
    expect(readSiteConfig(wrangler.vars)).toEqual(defaults);
    expect(wrangler.dev?.port).toBe(8787);
  });
});
