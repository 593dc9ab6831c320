/**
 * At 10,000 realistic articles (PARITY_ARTICLES), `npm start` and `npm run
 * dev:worker` (wrangler dev serving the built static assets) answer every
 * feed, archive page, tag feed, the landing page, 404s and a spread of article
 * pages with the same status, headers and bytes, over real HTTP.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFolder } from "../../bench/generate";
import { readNodeConfig, readSiteConfig } from "../../src/config";
import { loadFolder } from "../../src/node/load-folder";
import { renderSite } from "../../src/render/site";
import { startNode, startWorkerDev, type RunningServer } from "../support/servers";

const COUNT = Number(process.env.PARITY_ARTICLES ?? 10_000);
const SITE_URL = "https://scale.example.org";
const root = mkdtempSync(join(tmpdir(), "feed-publisher-scale-"));
const articles = join(root, "articles");
let node: RunningServer;
let worker: RunningServer;

beforeAll(async () => {
  generateFolder(articles, COUNT);
  [node, worker] = await Promise.all([
    startNode({ SITE_URL, ARTICLES_DIR: articles, WATCH: "false" }),
    startWorkerDev({ SITE_URL }, { ARTICLES_DIR: articles }),
  ]);
}, 600_000);

afterAll(async () => {
  await Promise.all([node?.stop(), worker?.stop()]);
  rmSync(root, { recursive: true, force: true });
}, 60_000);

// Content-Length is compared where workerd's dev proxy keeps it (it streams larger bodies chunked).
const HEADERS = ["content-type", "etag", "last-modified", "cache-control", "vary", "access-control-allow-origin", "content-security-policy"];

describe(`npm start and npm run dev:worker at ${COUNT.toLocaleString("en")} articles`, () => {
  it("serve the same status, headers and bytes on every feed, archive page, tag feed and a spread of pages", async () => {
    const env = { SITE_URL, ARTICLES_DIR: articles };
    const site = renderSite(await loadFolder(articles, readNodeConfig(env)), readSiteConfig(env));
    const all = site.paths();
    const pages = all.filter((path) => path.startsWith("/articles/"));
    const paths = [
      ...all.filter((path) => !path.startsWith("/articles/")),
      ...pages.filter((_, i) => i % 25 === 0),
      "/no-such-page", "/articles/no-such-article", "/archive/1999-01/rss.xml", "/tags/nothing/feed.json",
    ];
    expect(paths.filter((path) => path.startsWith("/archive/")).length).toBeGreaterThan(COUNT / 50);
    expect(paths.some((path) => path.startsWith("/tags/"))).toBe(true);
    const queue = [...paths];
    const compare = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        // Identity: compression is each runtime's own (Node's zlib, the platform's on Workers).
        const init = { headers: { "Accept-Encoding": "identity" } };
        const [a, b] = await Promise.all([fetch(`${node.url}${path}`, init), fetch(`${worker.url}${path}`, init)]);
        expect(b.status, path).toBe(a.status);
        // Node's 404 passes through its static-file middleware (compression), which adds Vary: compared for 200s.
        for (const header of a.status === 200 ? HEADERS : HEADERS.filter((h) => h !== "vary")) expect(b.headers.get(header), `${path} ${header}`).toBe(a.headers.get(header));
        if (b.headers.has("content-length")) expect(b.headers.get("content-length"), `${path} content-length`).toBe(a.headers.get("content-length"));
        const [bodyA, bodyB] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
        expect(Buffer.from(bodyB).equals(Buffer.from(bodyA)), `${path} body`).toBe(true);
      }
    };
    await Promise.all([compare(), compare(), compare(), compare()]);
  }, 600_000);
});
