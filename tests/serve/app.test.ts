/** The Hono app (src/serve/app.ts): responses it makes itself carry the same header sets as prepared ones. */
import { describe, expect, it } from "vitest";
import { publicFiles } from "../../src/node/static-files";
import { createApp } from "../../src/serve/app";
import { BASE_HEADERS, CORS, PAGE_HEADERS } from "../../src/serve/resource";
import { appFor, seedSource } from "../support/fixtures";

const { site } = appFor([seedSource()]);
const app = createApp({ site: () => site, staticFiles: publicFiles() });
const pageHeaders = Object.entries({ ...BASE_HEADERS, ...PAGE_HEADERS });

describe("headers of responses the app makes itself", () => {
  it.each([
    ["a static file", "/icon.png", "GET", 200],
    ["the stylesheet", "/feed.xsl", "GET", 200],
    ["a 405", "/rss.xml", "POST", 405],
    ["the 404 page", "/nowhere", "GET", 404],
  ])("%s carries the pages' security headers, and only those", async (_, path, method, status) => {
    const response = await app.request(path, { method });
    expect(response.status).toBe(status);
    for (const [name, value] of pageHeaders) expect(response.headers.get(name), name).toBe(value);
    for (const name of ["strict-transport-security", "x-xss-protection", "cross-origin-resource-policy"]) expect(response.headers.get(name), name).toBeNull();
  });

  it("a CORS preflight answers with the lists the feeds' headers use", async () => {
    const response = await app.request("/rss.xml", { method: "OPTIONS", headers: { Origin: "https://reader.example", "Access-Control-Request-Method": "GET" } });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe(CORS.methods.join(","));
    expect(response.headers.get("access-control-allow-headers")).toBe(CORS.requestHeaders.join(","));
    expect(response.headers.get("access-control-expose-headers")).toBe(CORS.exposedHeaders.join(","));
    expect(response.headers.get("access-control-max-age")).toBe(String(CORS.preflightMaxAge));
    const feed = await app.request("/rss.xml");
    expect(feed.headers.get("access-control-expose-headers")).toBe(CORS.exposedHeaders.join(", "));
  });
});
