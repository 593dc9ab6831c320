/**
 * The HTTP behaviour feed readers rely on, as one list of checks run against
 * every way the app is served: in-process on Node, inside workerd, and over
 * the network against `npm start` and `wrangler dev`. Runtime-neutral (no Node
 * imports) so the worker tests can use it too.
 */
import { describe, expect, it } from "vitest";

export interface RawResponse {
  status: number;
  headers: Headers;
  /** Bytes as sent on the wire (not decompressed). */
  body: Uint8Array;
}

export type RawRequest = (path: string, init?: { method?: string; headers?: Record<string, string> }) => Promise<RawResponse>;

export interface ContractOptions {
  /** Whether this runtime compresses (Node does; the worker leaves it to the platform). */
  decompress?: (coding: string, bytes: Uint8Array) => Uint8Array;
  feedTypes?: Record<string, string>;
}

const FEEDS: Record<string, string> = {
  "/rss.xml": "application/rss+xml; charset=utf-8",
  "/atom.xml": "application/atom+xml; charset=utf-8",
  "/feed.json": "application/feed+json; charset=utf-8",
};

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const shiftDate = (httpDate: string, seconds: number) => new Date(Date.parse(httpDate) + seconds * 1000).toUTCString();

export function describeHttpContract(name: string, request: () => RawRequest, options: ContractOptions = {}): void {
  const feeds = options.feedTypes ?? FEEDS;
  describe(`HTTP contract: ${name}`, () => {
    describe.each(Object.entries(feeds))("%s", (path, contentType) => {
      const get = (headers: Record<string, string> = {}) => request()(path, { headers });
      const validators = async () => {
        const response = await get();
        return { etag: response.headers.get("etag")!, lastModified: response.headers.get("last-modified")!, response };
      };

      it("200 with the headers readers need", async () => {
        const { etag, lastModified, response } = await validators();
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe(contentType);
        expect(etag).toMatch(/^"[^"]+"$/); // strong
        expect(Date.parse(lastModified)).not.toBeNaN();
        expect(new Date(Date.parse(lastModified)).toUTCString()).toBe(lastModified);
        expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
        expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        expect(response.headers.get("access-control-allow-origin")).toBe("*");
        expect(response.headers.get("content-encoding")).toBeNull();
        expect(response.body.length).toBeGreaterThan(200);
        const length = response.headers.get("content-length");
        if (length !== null) expect(Number(length)).toBe(response.body.length);
      });

      it("the validators are stable between requests", async () => {
        const [a, b] = [await validators(), await validators()];
        expect(b.etag).toBe(a.etag);
        expect(b.lastModified).toBe(a.lastModified);
        expect(text(b.response.body)).toBe(text(a.response.body));
      });

      it.each([
        ["the exact tag", (etag: string) => etag, 304],
        ["another tag", () => '"not-this-one"', 200],
        ["a list containing it", (etag: string) => `"a", ${etag} ,"b"`, 304],
        ["a list without it", () => '"a", "b", W/"c"', 200],
        ["*", () => "*", 304],
        ["its weak form (weak comparison)", (etag: string) => `W/${etag}`, 304],
        ["garbage", () => "not a tag", 200],
        ["a long list ending with it", (etag: string) => `${Array.from({ length: 400 }, (_, i) => `"x${i}"`).join(", ")}, ${etag}`, 304],
      ])("If-None-Match with %s", async (_label, value, status) => {
        const { etag, lastModified } = await validators();
        const response = await get({ "If-None-Match": value(etag) });
        expect(response.status).toBe(status);
        if (status === 304) {
          expect(response.body.length).toBe(0);
          expect(response.headers.get("etag")).toBe(etag);
          expect(response.headers.get("last-modified")).toBe(lastModified);
          expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
          expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
        }
      });

      it.each([
        ["equal to Last-Modified", (lm: string) => lm, 304],
        ["a day later", (lm: string) => shiftDate(lm, 86400), 304],
        ["a day earlier", (lm: string) => shiftDate(lm, -86400), 200],
        ["a second earlier", (lm: string) => shiftDate(lm, -1), 200],
        ["invalid", () => "yesterday", 200],
        ["in an obsolete but valid format (RFC 850)", (lm: string) => rfc850(shiftDate(lm, 60)), 304],
      ])("If-Modified-Since %s", async (_label, value, status) => {
        const { lastModified } = await validators();
        const response = await get({ "If-Modified-Since": value(lastModified) });
        expect(response.status).toBe(status);
        if (status === 304) expect(response.body.length).toBe(0);
      });

      it("an over-long If-None-Match is refused or ignored, never an error", async () => {
        const huge = Array.from({ length: 3000 }, (_, i) => `"x${i}"`).join(", ");
        const response = await get({ "If-None-Match": huge });
        expect([200, 431]).toContain(response.status);
      });

      it("If-None-Match takes precedence over If-Modified-Since", async () => {
        const { etag, lastModified } = await validators();
        const later = shiftDate(lastModified, 86400);
        const earlier = shiftDate(lastModified, -86400);
        expect((await get({ "If-None-Match": '"stale"', "If-Modified-Since": later })).status).toBe(200);
        expect((await get({ "If-None-Match": etag, "If-Modified-Since": earlier })).status).toBe(304);
      });

      it("HEAD: GET's headers, no body; conditional too", async () => {
        const { etag, response: full } = await validators();
        const head = await request()(path, { method: "HEAD" });
        expect(head.status).toBe(200);
        expect(head.body.length).toBe(0);
        for (const header of ["content-type", "etag", "last-modified", "cache-control"]) {
          expect(head.headers.get(header), header).toBe(full.headers.get(header));
        }
        expect((await request()(path, { method: "HEAD", headers: { "If-None-Match": etag } })).status).toBe(304);
      });

      it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])("%s → 405 with Allow", async (method) => {
        const response = await request()(path, { method });
        expect(response.status).toBe(405);
        expect(response.headers.get("allow")).toBe("GET, HEAD");
      });

      it("answers a CORS preflight for conditional requests", async () => {
        const response = await request()(path, {
          method: "OPTIONS",
          headers: { Origin: "https://reader.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
        });
        expect(response.status).toBe(204);
        expect(response.headers.get("access-control-allow-origin")).toBe("*");
        expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-none-match");
      });

      if (options.decompress) {
        const decompress = options.decompress;
        it.each(["gzip", "br"])("%s round trip: same bytes, same validator", async (coding) => {
          const { etag, response: plain } = await validators();
          const packed = await get({ "Accept-Encoding": coding });
          expect(packed.status).toBe(200);
          expect(packed.headers.get("content-encoding")).toBe(coding);
          expect(packed.headers.get("etag")).toBe(etag);
          expect(packed.headers.get("vary")).toMatch(/accept-encoding/i);
          expect(packed.body.length).toBeLessThan(plain.body.length);
          expect(text(decompress(coding, packed.body))).toBe(text(plain.body));
          const notModified = await get({ "Accept-Encoding": coding, "If-None-Match": etag });
          expect(notModified.status).toBe(304);
          expect(notModified.body.length).toBe(0);
        });

        it("prefers brotli, honours q-values and identity", async () => {
          expect((await get({ "Accept-Encoding": "gzip, deflate, br" })).headers.get("content-encoding")).toBe("br");
          expect((await get({ "Accept-Encoding": "br;q=0.5, gzip" })).headers.get("content-encoding")).toBe("gzip");
          expect((await get({ "Accept-Encoding": "gzip;q=0, br;q=0" })).headers.get("content-encoding")).toBeNull();
          expect((await get({ "Accept-Encoding": "identity" })).headers.get("content-encoding")).toBeNull();
        });
      }
    });
  });
}

/** "Sun, 06 Nov 1994 08:49:37 GMT" → "Sunday, 06-Nov-94 08:49:37 GMT". */
function rfc850(httpDate: string): string {
  const days: Record<string, string> = { Sun: "Sunday", Mon: "Monday", Tue: "Tuesday", Wed: "Wednesday", Thu: "Thursday", Fri: "Friday", Sat: "Saturday" };
  const [day, dd, mon, yyyy, time] = httpDate.replace(",", "").split(" ");
  return `${days[day!]}, ${dd}-${mon}-${yyyy!.slice(2)} ${time} GMT`;
}
