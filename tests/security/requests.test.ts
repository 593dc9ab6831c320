/**
 * Hostile and malformed requests get a short 4xx (or the normal page when the
 * oddity is harmless), never a 5xx, never internals. In process through the
 * app, and as raw bytes against the running Node server, where the
 * static-file handler and Node's HTTP parser are in play too.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appFor, seedSource } from "../support/fixtures";
import { INTERNALS, TRAVERSALS } from "../support/hostile";
import { startNode, type RunningServer } from "../support/servers";

describe("hostile requests, in process", () => {
  const { app } = appFor([seedSource()]);

  it.each(TRAVERSALS)("GET %s → 404, nothing leaked", async (path) => {
    const response = await app.request(`http://localhost${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(INTERNALS);
  });

  it.each([
    "/rss.xml?q=<script>alert(1)</script>",
    "/feed.json?limit=-1&page=abc&page=2",
    "/atom.xml?%zz=%",
    `/rss.xml?${"x=1&".repeat(2000)}`,
  ])("GET %s → 200: queries are ignored", async (path) => {
    const response = await app.request(`http://localhost${path}`);
    expect(response.status).toBe(200);
  });

  it.each(["PROPFIND", "MKCOL", "X-WHATEVER", "DELETE"])("%s → 405", async (method) => {
    const response = await app.request("/rss.xml", { method });
    expect(response.status).toBe(405);
    expect((await response.text()).length).toBeLessThan(200);
  });

  it.each([
    { "If-Modified-Since": "not a date" },
    { "If-Modified-Since": "Tue, 99 Foo 2024 99:99:99 GMT" },
    { "If-Modified-Since": "x".repeat(10_000) },
    { "If-None-Match": `${'"a", '.repeat(20_000)}"b"` },
    { "If-None-Match": "W/" },
    { "If-None-Match": '"' },
    { "Accept-Encoding": "gzip;q=abc, br;q=-1, *;q=2, ;;;" },
    { "Accept-Encoding": "x".repeat(10_000) },
  ] as Record<string, string>[])("odd headers %j → 200 or 304", async (headers) => {
    const response = await app.request("/rss.xml", { headers });
    expect([200, 304]).toContain(response.status);
  });

  it("a very long path → 404", async () => {
    const response = await app.request(`/articles/${"a".repeat(100_000)}`);
    expect(response.status).toBe(404);
  });
});

/** Sends raw bytes and returns the status line and body, as the server wrote them. */
function raw(url: string, request: string): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    const finish = () => {
      const text = Buffer.concat(chunks).toString("latin1");
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    };
    socket.on("end", finish);
    // The server may answer and close while a huge request is still being sent.
    socket.on("error", (error: NodeJS.ErrnoException) => (chunks.length && error.code === "ECONNRESET" ? finish() : reject(error)));
    socket.setTimeout(10_000, () => socket.destroy(new Error("timeout")));
  });
}

describe("hostile requests, raw bytes against npm start", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startNode();
  }, 60_000);
  afterAll(() => server?.stop());

  const get = (target: string, extra = "") => raw(server.url, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`);

  it.each(TRAVERSALS)("GET %s (unnormalised) → 4xx, nothing leaked", async (path) => {
    const { status, text } = await get(path);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(text).not.toMatch(INTERNALS);
  });

  it("static files still work", async () => {
    expect((await get("/icon.png")).status).toBe(200);
  });

  it.each([
    ["a NUL byte in the path", "GET /rss.xml\u0000.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"],
    ["a 100 kB URL", `GET /${"a".repeat(100_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
    ["a 64 kB header", `GET /rss.xml HTTP/1.1\r\nHost: x\r\nX-Big: ${"b".repeat(65_536)}\r\nConnection: close\r\n\r\n`],
    ["a broken request line", "GARBAGE\r\n\r\n"],
    ["TRACE", "TRACE /rss.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"],
    ["a NUL byte in a header", "GET /rss.xml HTTP/1.1\r\nHost: x\r\nAccept: text/html;q=\u0000\r\nConnection: close\r\n\r\n"],
    ["a bad HTTP version", "GET /rss.xml HTTP/9.9\r\nHost: x\r\n\r\n"],
    ["a header without a colon", "GET /rss.xml HTTP/1.1\r\nHost: x\r\nNoColonHere\r\nConnection: close\r\n\r\n"],
    ["an absolute-form target to another host", "GET http://169.254.169.254/latest HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"],
    ["a conflicting Content-Length", "POST /rss.xml HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\nConnection: close\r\n\r\nhello"],
  ])("%s → 4xx", async (_label, request) => {
    const { status, text } = await raw(server.url, request);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(text).not.toMatch(INTERNALS);
  });

  it("the server is still healthy afterwards, and logged no 5xx", async () => {
    expect((await get("/rss.xml")).status).toBe(200);
    expect(server.output()).not.toMatch(/Internal server error|\[[0-9a-f-]{36}\]/);
  });
});
