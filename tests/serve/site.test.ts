/** Loaded articles → the served site (src/serve/site.ts): resources made once, kept across reloads, validators continued, ledger answers; HTTP through the app. */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { createApp } from "../../src/serve/app";
import { buildSite } from "../../src/serve/site";
import { ValidatorHistory } from "../../src/serve/validator-history";
import { makeArticle } from "../support/article";

const config = readSiteConfig({ SITE_URL: "https://news.example.com" });
const CONTENT = Date.UTC(2024, 2, 1, 9, 30, 0);
const LATER = Date.UTC(2024, 5, 1, 12, 0, 0);
const first = makeArticle({ slug: "first", title: "First" });
const second = makeArticle({ slug: "second", title: "Second" });
const appOf = (site: ReturnType<typeof buildSite>) => createApp({ site: () => site, logError: () => {} });

describe("buildSite", () => {
  it("has the landing page and the feeds ready before the first request, other paths on demand", () => {
    const site = buildSite({ articles: [first] }, config, { now: () => LATER });
    expect([...site.made().keys()].sort()).toEqual(["/", "/atom.xml", "/feed.json", "/rss.xml"]);
    const page = site.resource("/articles/first")!;
    expect(site.resource("/articles/first")).toBe(page);
    expect(site.made().get("/articles/first")).toBe(page);
    expect(site.resource("/articles/none")).toBeUndefined();
    expect(site.made().has("/articles/none")).toBe(false);
  });

  it("serves an empty site: its landing page, empty feeds and the 404 page", () => {
    const site = buildSite({ articles: [] }, config);
    expect(site.resource("/")!.headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(JSON.parse(new TextDecoder().decode(site.resource("/feed.json")!.body)).items).toEqual([]);
    expect(new TextDecoder().decode(site.notFound.body)).toContain("Page not found");
    expect(site.ledger).toEqual({ moved: new Map(), gone: new Map() });
  });

  it("dates a new resource by its content, never later than the build", () => {
    const history = new ValidatorHistory();
    const site = buildSite({ articles: [first] }, config, { history, now: () => LATER });
    expect(site.resource("/articles/first")!.lastModifiedMs).toBe(CONTENT);
    const future = makeArticle({ slug: "future", published: new Date(LATER + 86_400_000), updated: new Date(LATER + 86_400_000), fileModified: new Date(LATER + 86_400_000) });
    expect(buildSite({ articles: [future] }, config, { now: () => LATER }).resource("/articles/future")!.lastModifiedMs).toBe(LATER);
  });

  it("keeps an unchanged resource across a reload, and remakes only what changed", () => {
    const history = new ValidatorHistory();
    const before = buildSite({ articles: [second, first] }, config, { history, now: () => CONTENT });
    const firstPage = before.resource("/articles/first")!;
    const secondPage = before.resource("/articles/second")!;
    const feed = before.resource("/rss.xml")!;
    const edited = { ...second, title: "Second, corrected" };
    const after = buildSite({ articles: [edited, first] }, config, { history, previous: before, now: () => LATER });
    expect(after.resource("/articles/first")).toBe(firstPage);
    expect(after.resource("/articles/second")!.etag).not.toBe(secondPage.etag);
    expect(after.resource("/rss.xml")!.etag).not.toBe(feed.etag);
  });

  it("keeps the resource of a page whose bytes are equal though its article was read again (a new object)", () => {
    let compressions = 0;
    const compress = (_coding: string, input: Uint8Array) => (compressions++, input.slice(0, 10));
    const big = makeArticle({ slug: "big", blocks: [{ kind: "paragraph", text: "Long enough to compress. ".repeat(100) }] });
    const before = buildSite({ articles: [big] }, config, { compress });
    const page = before.resource("/articles/big")!;
    expect(page.encoded("gzip")).toBeDefined();
    const count = compressions;
    const after = buildSite({ articles: [{ ...big }] }, config, { compress, previous: before });
    expect(after.resource("/articles/big")).toBe(page);
    after.resource("/articles/big")!.encoded("gzip");
    expect(compressions).toBe(count); // its compressed form came along with it
  });

  it("moves Last-Modified forward when bytes change without a content date moving (an edit that kept its dates)", () => {
    const history = new ValidatorHistory();
    const before = buildSite({ articles: [first] }, config, { history, now: () => CONTENT + 1000 });
    expect(before.resource("/articles/first")!.lastModifiedMs).toBe(CONTENT);
    const after = buildSite({ articles: [{ ...first, title: "First, corrected" }] }, config, { history, previous: before, now: () => LATER });
    expect(after.resource("/articles/first")!.lastModifiedMs).toBe(LATER);
    // Equal bytes again in a new site object: the validators from history are kept.
    const again = buildSite({ articles: [{ ...first, title: "First, corrected" }] }, config, { history, now: () => LATER + 60_000 });
    expect(again.resource("/articles/first")!.lastModifiedMs).toBe(LATER);
  });

  it("drops a previous resource whose path the new site does not serve", () => {
    const before = buildSite({ articles: [first, second] }, config);
    before.resource("/articles/second");
    const after = buildSite({ articles: [first] }, config, { previous: before });
    expect(after.resource("/articles/second")).toBeUndefined();
    expect(after.made().has("/articles/second")).toBe(false);
  });

  it("answers the ledger's renamed and removed articles, the 410 with the rendered removal page", () => {
    const site = buildSite({ articles: [first], moved: { "old-first": "first" }, gone: ["removed"] }, config);
    expect(site.ledger!.moved.get("/articles/old-first")!.headers.Location).toBe("https://news.example.com/articles/first");
    expect(new TextDecoder().decode(site.ledger!.gone.get("/articles/removed")!.body)).toContain("Article removed");
  });
});

describe("the built site through the app", () => {
  const site = buildSite({ articles: [first], moved: { "old-first": "first" }, gone: ["removed"] }, config);
  const app = appOf(site);

  it("answers GET and HEAD alike, HEAD without a body", async () => {
    const get = await app.request("/articles/first");
    const head = await app.request("/articles/first", { method: "HEAD" });
    expect([get.status, head.status]).toEqual([200, 200]);
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    expect(head.headers.get("content-length")).toBe(String((await get.arrayBuffer()).byteLength));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers a conditional request 304 by ETag and by date", async () => {
    const { etag, lastModifiedMs } = site.resource("/atom.xml")!;
    const byTag = await app.request("/atom.xml", { headers: { "If-None-Match": etag } });
    expect(byTag.status).toBe(304);
    expect((await byTag.arrayBuffer()).byteLength).toBe(0);
    const byDate = await app.request("/atom.xml", { headers: { "If-Modified-Since": new Date(lastModifiedMs).toUTCString() } });
    expect(byDate.status).toBe(304);
    expect((await app.request("/atom.xml", { headers: { "If-None-Match": '"changed"' } })).status).toBe(200);
  });

  it("answers 301 and 410 from the ledger, also to HEAD", async () => {
    const moved = await app.request("/articles/old-first", { redirect: "manual" });
    expect([moved.status, moved.headers.get("location")]).toEqual([301, "https://news.example.com/articles/first"]);
    const gone = await app.request("/articles/removed");
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("Article removed");
    const goneHead = await app.request("/articles/removed", { method: "HEAD" });
    expect(goneHead.status).toBe(410);
    expect((await goneHead.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers a path that does not exist with the 404 page, never cached", async () => {
    const missing = await app.request("/articles/does-not-exist");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
    expect(await missing.text()).toContain("Page not found");
  });
});
