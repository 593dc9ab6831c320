/**
 * WebSub: discovery in headers and in every format, and publish pings to a
 * fake hub on 127.0.0.1 after live edits (with retries), and from the
 * `npm run websub:ping` command.
 */
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNodeConfig, readSiteConfig } from "../../src/config";
import { LiveSite } from "../../src/node/live-site";
import { WebSubPublisher } from "../../src/node/websub";
import { appFor, seedSource, source } from "../support/fixtures";
import { child, children, parseStrictXml } from "../support/xml";

const run = promisify(execFile);
let hub: Server;
let hubUrl = "";
const pings: { mode: string; url: string }[] = [];
let failNext = 0;

beforeAll(async () => {
  hub = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      const params = new URLSearchParams(body);
      pings.push({ mode: params.get("hub.mode") ?? "", url: params.get("hub.url") ?? "" });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => hub.listen(0, "127.0.0.1", resolve));
  const address = hub.address();
  hubUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
});
afterAll(() => new Promise<void>((resolve) => hub.close(() => resolve())));

describe("WebSub discovery", () => {
  const env = () => ({ SITE_URL: "https://news.example.com", WEBSUB_HUB: hubUrl });

  it("feeds advertise the hub and themselves in Link headers, on GET, HEAD and 304", async () => {
    const { app } = appFor([seedSource(), source("t.md", "---\ntitle: Tagged\ntags: [science]\n---\nBody.\n")], env());
    for (const path of ["/rss.xml", "/atom.xml", "/feed.json", "/tags/science/feed.json"]) {
      const expected = `<${hubUrl}>; rel="hub", <https://news.example.com${path}>; rel="self"`;
      const get = await app.request(path);
      expect(get.headers.get("link")).toBe(expected);
      expect((await app.request(path, { method: "HEAD" })).headers.get("link")).toBe(expected);
      expect((await app.request(path, { headers: { "If-None-Match": get.headers.get("etag")! } })).headers.get("link")).toBe(expected);
    }
  });

  it("RSS and Atom carry atom:link rel=hub, JSON Feed carries hubs", async () => {
    const { app } = appFor([seedSource()], env());
    const rss = child(parseStrictXml(await (await app.request("/rss.xml")).text()), "channel");
    expect(children(rss, "atom:link").find((l) => l.attributes.rel === "hub")?.attributes.href).toBe(hubUrl);
    const atom = parseStrictXml(await (await app.request("/atom.xml")).text());
    expect(children(atom, "link").find((l) => l.attributes.rel === "hub")?.attributes.href).toBe(hubUrl);
    const json = JSON.parse(await (await app.request("/feed.json")).text());
    expect(json.hubs).toEqual([{ type: "WebSub", url: hubUrl }]);
  });

  it("without WEBSUB_HUB nothing is advertised", async () => {
    const { app } = appFor([seedSource()]);
    expect((await app.request("/rss.xml")).headers.get("link")).toBeNull();
    expect(JSON.parse(await (await app.request("/feed.json")).text()).hubs).toBeUndefined();
  });
});

describe("WebSub publishing", () => {
  it("after a live edit, the hub gets a publish ping for each changed feed URL", async () => {
    const dir = mkdtempSync(join(tmpdir(), "websub-"));
    try {
      writeFileSync(join(dir, "a.md"), "---\ntitle: A\ntags: [x]\ndate: 2024-01-01\n---\nA.\n");
      writeFileSync(join(dir, "b.md"), "---\ntitle: B\ntags: [y]\ndate: 2024-01-02\n---\nB.\n");
      const live = await LiveSite.open(readNodeConfig({ ARTICLES_DIR: dir }), readSiteConfig({ SITE_URL: "https://s.example", WEBSUB_HUB: hubUrl }), () => {});
      pings.length = 0;
      writeFileSync(join(dir, "a.md"), "---\ntitle: A, edited\ntags: [x]\ndate: 2024-01-01\n---\nA.\n");
      await live.reload(["a.md"]);
      await live.publisher!.idle();
      expect(pings.every((p) => p.mode === "publish")).toBe(true);
      expect(pings.map((p) => p.url).sort()).toEqual([
        "https://s.example/atom.xml", "https://s.example/feed.json", "https://s.example/rss.xml",
        "https://s.example/tags/x/atom.xml", "https://s.example/tags/x/feed.json", "https://s.example/tags/x/rss.xml",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("retries a failing hub, and bounds its queue", async () => {
    pings.length = 0;
    failNext = 2;
    const logs: string[] = [];
    const publisher = new WebSubPublisher(hubUrl, (l) => logs.push(l), { retryDelayMs: 10, maxQueue: 3 });
    publisher.publish(["https://s.example/1", "https://s.example/2", "https://s.example/3", "https://s.example/4", "https://s.example/1"]);
    await publisher.idle();
    // The oldest URL fell off the bounded queue; the first ping succeeded on its third attempt.
    expect(pings.map((p) => p.url)).toEqual(["https://s.example/2", "https://s.example/3", "https://s.example/4"]);
    expect(failNext).toBe(0);
    expect(publisher.failed).toEqual([]);
    expect(logs.some((l) => l.includes("queue full"))).toBe(true);
  });

  it("gives up after its attempts and says so", async () => {
    const logs: string[] = [];
    const publisher = new WebSubPublisher("http://127.0.0.1:9/", (l) => logs.push(l), { retryDelayMs: 5, attempts: 2, timeoutMs: 500 });
    publisher.publish(["https://s.example/x"]);
    await publisher.idle();
    expect(publisher.failed).toEqual(["https://s.example/x"]);
    expect(logs[0]).toMatch(/WebSub ping for https:\/\/s\.example\/x failed/);
  });

  it("npm run websub:ping pings every feed URL", async () => {
    pings.length = 0;
    const { stdout } = await run("npm", ["run", "-s", "websub:ping"], { env: { ...process.env, SITE_URL: "https://deploy.example", WEBSUB_HUB: hubUrl } });
    expect(stdout).toMatch(/Pinged .* for 3 of 3 feed URLs/);
    expect(pings.map((p) => p.url).sort()).toEqual(["https://deploy.example/atom.xml", "https://deploy.example/feed.json", "https://deploy.example/rss.xml"]);
  });
});
