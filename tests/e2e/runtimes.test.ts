/**
 * The two ways a user runs the project, as processes: `npm start` (Node) and
 * `npm run dev:worker` (wrangler dev + workerd, offline), with the same
 * SITE_URL, serve byte-identical feeds.
 */
import { execFileSync } from "node:child_process";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeHttpContract } from "../support/http-contract";
import { rawHttp } from "../support/raw-http";
import { startNode, startWorkerDev, type RunningServer } from "../support/servers";

const SITE_URL = "https://feeds.example.org";
let node: RunningServer;
let worker: RunningServer;

beforeAll(async () => {
  [node, worker] = await Promise.all([startNode({ SITE_URL }), startWorkerDev({ SITE_URL })]);
}, 120_000);

afterAll(async () => {
  await Promise.all([node?.stop(), worker?.stop()]);
});

describeHttpContract("npm start, over loopback", () => rawHttp(() => node.url), {
  decompress: (coding, bytes) => (coding === "gzip" ? gunzipSync(bytes) : brotliDecompressSync(bytes)),
});
describeHttpContract("npm run dev:worker, over loopback", () => rawHttp(() => worker.url));

describe("npm start and npm run dev:worker", () => {
  it("Node prints its address and the three feed URLs", () => {
    const out = node.output();
    expect(out).toMatch(/Loaded \d+ articles? from articles/);
    for (const path of ["/rss.xml", "/atom.xml", "/feed.json"]) expect(out).toContain(`${SITE_URL}${path}`);
  });

  it.each(["/rss.xml", "/atom.xml", "/feed.json", "/"])("%s is byte-identical on both", async (path) => {
    const [a, b] = await Promise.all([fetch(`${node.url}${path}`), fetch(`${worker.url}${path}`)]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.headers.get("content-type")).toBe(a.headers.get("content-type"));
    const [bodyA, bodyB] = await Promise.all([a.text(), b.text()]);
    expect(bodyA).toContain(SITE_URL);
    expect(bodyB).toBe(bodyA);
  });

  it("Node refuses to start with invalid settings, naming each problem", async () => {
    const failed = await startNode({ SITE_URL: "example.org", PORT: "80a" }).then(
      (server) => server.stop().then(() => ""),
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/exited with 1/);
    expect(failed).toContain("PORT must be a whole number");
  });

  it("Node refuses a port already in use in one line, before reading the articles", async () => {
    const port = new URL(node.url).port;
    const failed = await startNode({ SITE_URL, PORT: port }).then(
      (server) => server.stop().then(() => ""),
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/exited with 1/);
    expect(failed).toContain(`127.0.0.1:${port} is already in use`);
    expect(failed).not.toMatch(/Loaded|\n\s+at /);
  });

  it("npm start runs the server as npm's own child, no shell between, so npm's stop signal reaches it", async () => {
    const server = await startNode({ SITE_URL });
    try {
      // npm forwards SIGINT and SIGTERM to its child: that child must be the server itself.
      const children = execFileSync("ps", ["-o", "args=", "--ppid", String(server.pid)], { encoding: "utf8" }).trim().split("\n");
      expect(children).toContainEqual(expect.stringMatching(/^node .*build\/node\/main\.js$/));
      expect(children.some((args) => /^(?:\/bin\/)?(?:ba|da)?sh\b/.test(args))).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it("both serve public/icon.png", async () => {
    for (const server of [node, worker]) {
      const response = await fetch(`${server.url}/icon.png`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
    }
  });
});

