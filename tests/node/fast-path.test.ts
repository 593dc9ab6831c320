/**
 * The Node fast path (src/node/fast-path.ts): prepared answers straight from
 * node:http, the same bytes as through Hono, and a failure while answering
 * (a body that cannot be read from the cache) handed to the app, whose error
 * handler answers 500 without a stack trace.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { loadArticles } from "../../src/article/article-store";
import { createApp } from "../../src/serve/app";
import { buildSite } from "../../src/serve/site";
import type { ServedSite } from "../../src/serve/resource";
import { withFastPath } from "../../src/node/fast-path";
import { folderSources } from "../support/fixtures";

const loaded = loadArticles(folderSources("site"));
const site = buildSite(loaded, readSiteConfig({ SITE_URL: "https://fast.example" }));
const article = loaded.articles[0]!;
const broken = `/articles/${article.slug}`;
// Reading this article's body fails, as a damaged cache file would make it.
const served: ServedSite = {
  notFound: site.notFound,
  resource: (path) => {
    if (path === broken) throw new Error("the parse cache's body file is shorter than its pack says");
    return site.resource(path);
  },
};
const logged: string[] = [];
const app = createApp({ site: () => served, logError: (line) => logged.push(line) });
let server: Server;
let url = "";

beforeAll(async () => {
  server = createServer(withFastPath(() => served, getRequestListener(app.fetch)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the Node fast path", () => {
  it("answers a feed and its conditional GET with the prepared bytes and validators", async () => {
    const first = await fetch(`${url}/feed.json`);
    expect(first.status).toBe(200);
    const body = await first.text();
    expect(body).toBe(new TextDecoder().decode(site.resource("/feed.json")!.body!));
    const again = await fetch(`${url}/feed.json`, { headers: { "If-None-Match": first.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("hands a failure while answering to the app: a 500 with a request id, the error logged, no stack to the client", async () => {
    const response = await fetch(`${url}${broken}`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toMatch(/^Internal server error \(request [0-9a-f-]{36}\)\n$/);
    expect(text).not.toContain("shorter than its pack");
    expect(logged.at(-1)).toContain("shorter than its pack");
    // The server goes on serving.
    expect((await fetch(`${url}/rss.xml`)).status).toBe(200);
  });
});
