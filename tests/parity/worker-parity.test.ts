/**
 * Node and the worker serve the same bytes and headers: the worker is the
 * real dry-run bundle (`wrangler deploy --dry-run`) running in workerd through
 * Miniflare, over the static assets `npm run build:site` writes; the Node app
 * is built exactly as `npm start` builds it. Covers feeds, archive pages, tag
 * feeds, article pages, the landing page, 404, conditional requests, the
 * browser form of feeds and WebSub Link headers.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNodeConfig, readSiteConfig } from "../../src/config";
import { nodeCompressor } from "../../src/node/compress";
import { loadFolder } from "../../src/node/load-folder";
import { buildSiteFiles } from "../../src/node/site-build";
import { createApp } from "../../src/serve/app";
import { buildSite } from "../../src/serve/site";
import { readWranglerConfig } from "../support/wrangler-config";

const run = promisify(execFile);
const wrangler = readWranglerConfig();
const SITE_URL = "https://parity.example.net";
const env = { ...wrangler.vars, SITE_URL, FEED_LIMIT: "10", WEBSUB_HUB: "https://hub.example/" };
const root = mkdtempSync(join(tmpdir(), "feed-publisher-parity-"));
const articles = join(root, "articles");
const siteDir = join(root, "site");
const outdir = join(root, "bundle");
cpSync("articles", articles, { recursive: true });
for (let i = 0; i < 40; i++) {
  writeFileSync(join(articles, `post-${i}.md`), `---\ntitle: Post ${i}\ndate: 2024-0${1 + (i % 3)}-${String((i % 28) + 1).padStart(2, "0")}T10:00:00Z\ntags: [${i % 2 ? "World" : "Science & Tech"}]\n---\nBody ${i} with <em>markup</em>.\n`);
}

// The publication ledger records every article, then one is renamed (301) and one removed (410).
await loadFolder(articles, readNodeConfig(env), { writeLedger: true });
renameSync(join(articles, "post-39.md"), join(articles, "post-39-renamed.md"));
unlinkSync(join(articles, "post-38.md"));

let worker: Miniflare;
const startWorker = (bindings: Record<string, string>, log?: (text: string) => void) => new Miniflare({
  modules: true,
  scriptPath: join(outdir, "index.js"),
  modulesRoot: outdir,
  compatibilityDate: wrangler.compatibility_date,
  bindings,
  assets: {
    directory: siteDir,
    binding: "ASSETS",
    routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
    assetConfig: { html_handling: "none", not_found_handling: "none" },
  },
  ...(log ? { handleRuntimeStdio: (stdout, stderr) => { stdout.on("data", (d: Buffer) => log(d.toString())); stderr.on("data", (d: Buffer) => log(d.toString())); } } : {}),
});

beforeAll(async () => {
  await run("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", CI: "true" },
  });
  buildSiteFiles(await loadFolder(articles, readNodeConfig(env), { writeLedger: true }), readSiteConfig(env), { outDir: siteDir });
  worker = startWorker(env);
}, 120_000);

afterAll(async () => {
  await worker?.dispose();
  rmSync(root, { recursive: true, force: true });
});

// Content-Length is compared over real HTTP (tests/e2e); Miniflare's dispatchFetch does not pass it on.
const HEADERS = ["location", "content-type", "etag", "last-modified", "cache-control", "vary", "link", "access-control-allow-origin", "content-security-policy", "x-content-type-options"];

describe("Node and worker parity", async () => {
  const result = await loadFolder(articles, readNodeConfig(env));
  const served = buildSite(result, readSiteConfig(env), { compress: nodeCompressor });
  const node = createApp({ site: () => served });
  const paths = [...served.rendered.paths(), "/no-such-page", "/archive/1999-01/rss.xml", "/tags/nothing/feed.json", "/articles/post-39", "/articles/post-38"];

  it("covers archives, tag feeds and the publication ledger's 301 and 410", async () => {
    expect(paths).toEqual(expect.arrayContaining(["/archive/2024-01/rss.xml", "/tags/world/atom.xml", "/tags/science-tech/feed.json", "/articles/post-3"]));
    const [moved, gone] = [await worker.dispatchFetch(`${SITE_URL}/articles/post-39`, { redirect: "manual" }), await worker.dispatchFetch(`${SITE_URL}/articles/post-38`)];
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe(`${SITE_URL}/articles/post-39-renamed`);
    expect(gone.status).toBe(410);
  });

  it.each(paths)("%s: same status, headers and bytes", async (path) => {
    const fromNode = await node.request(`${SITE_URL}${path}`);
    const fromWorker = await worker.dispatchFetch(`${SITE_URL}${path}`, { redirect: "manual" });
    expect(fromWorker.status).toBe(fromNode.status);
    for (const header of HEADERS) expect(fromWorker.headers.get(header), header).toBe(fromNode.headers.get(header));
    const [a, b] = [await fromNode.text(), await fromWorker.text()];
    if (fromNode.status !== 301) expect(b.length).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  it.each([
    ["a browser", { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" }],
    ["a feed reader", { Accept: "application/rss+xml, application/atom+xml, text/html;q=0.7" }],
  ])("%s gets the same form of every feed", async (_who, headers) => {
    for (const path of ["/rss.xml", "/atom.xml", "/archive/2024-01/rss.xml", "/tags/world/atom.xml"]) {
      const [a, b] = [await node.request(`${SITE_URL}${path}`, { headers }), await worker.dispatchFetch(`${SITE_URL}${path}`, { headers })];
      for (const header of HEADERS) expect(b.headers.get(header), `${path} ${header}`).toBe(a.headers.get(header));
    }
  });

  it("conditional requests, HEAD and other methods answer alike", async () => {
    const first = await node.request(`${SITE_URL}/feed.json`);
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    const cases: [string, RequestInit][] = [
      ["/feed.json", { headers: { "If-None-Match": etag } }],
      ["/feed.json", { headers: { "If-Modified-Since": lastModified } }],
      ["/feed.json", { headers: { "If-None-Match": '"other"', "If-Modified-Since": lastModified } }],
      ["/feed.json", { method: "HEAD" }],
      ["/feed.json", { method: "POST" }],
      ["/articles/post-3", { method: "HEAD", headers: { "If-None-Match": "*" } }],
    ];
    for (const [path, init] of cases) {
      const [a, b] = [await node.request(`${SITE_URL}${path}`, init), await worker.dispatchFetch(`${SITE_URL}${path}`, init as never)];
      expect(b.status, `${path} ${JSON.stringify(init)}`).toBe(a.status);
      for (const header of ["etag", "last-modified", "cache-control", "link", "allow"]) expect(b.headers.get(header), header).toBe(a.headers.get(header));
      expect(await b.text()).toBe(await a.text());
    }
  });

  it("the build's own files are not served", async () => {
    for (const path of ["/_site/manifest.json", "/_site/docs/rss.xml", "/_site/404.html"]) {
      expect((await worker.dispatchFetch(`${SITE_URL}${path}`)).status).toBe(404);
    }
  });

  it("a worker with invalid settings answers a plain 500 and logs the problems", async () => {
    let logged = "";
    const broken = startWorker({ ...wrangler.vars, SITE_URL: "feeds.example.org", FEED_LIMIT: "many" }, (text) => (logged += text));
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

  it("a worker whose settings differ from the build's says to build again, rather than serve stale URLs", async () => {
    let logged = "";
    const stale = startWorker({ ...env, SITE_URL: "https://elsewhere.example" }, (text) => (logged += text));
    try {
      const response = await stale.dispatchFetch("https://elsewhere.example/rss.xml");
      expect(response.status).toBe(500);
      await new Promise((r) => setTimeout(r, 200));
      expect(logged).toContain('setting siteUrl is "https://elsewhere.example" in [vars] but the site was built with "https://parity.example.net"');
    } finally {
      await stale.dispose();
    }
  });

  it("wrangler.toml [vars] name every setting, with the Node defaults", () => {
    const defaults = readSiteConfig({});
    expect(readSiteConfig(wrangler.vars)).toEqual(defaults);
    expect(wrangler.dev?.port).toBe(8787);
  });
});
