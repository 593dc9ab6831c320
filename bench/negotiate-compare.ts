/**
 * Does Hono's parseAccept, under our q grammar, choose as the hand-written
 * splitter it replaced? Both run over 200,000 generated Accept and
 * Accept-Encoding values plus real ones; prints how many answers differ, by
 * kind of header, and the time per call. `npx tsx bench/negotiate-compare.ts`;
 * not run by `npm run bench`.
 */
import fc from "fast-check";
import { pickCoding, prefersHtml, type Coding } from "../src/serve/negotiate";

// The splitter before parseAccept (src/serve/negotiate.ts and respond.ts until issue 14), kept here to compare.
const Q = /^\s*q=([01](?:\.\d{0,3})?)\s*$/;
function oldPickCoding(acceptEncoding: string | null | undefined, available: readonly Coding[]): Coding {
  if (!acceptEncoding || available.length === 0) return "identity";
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.slice(0, 1024).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => Q.exec(p)).find(Boolean);
    weights.set(name, q ? Number(q[1]) : 1);
  }
  const weight = (coding: string) => weights.get(coding) ?? (coding === "x-gzip" ? undefined : weights.get("*"));
  let best: Coding = "identity";
  let bestWeight = 0;
  for (const coding of ["br", "gzip"] as const) {
    if (!available.includes(coding)) continue;
    const w = weight(coding) ?? (coding === "gzip" ? weights.get("x-gzip") : undefined) ?? 0;
    if (w > bestWeight) {
      best = coding;
      bestWeight = w;
    }
  }
  return best;
}
const FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/feed+json"];
function oldPrefersHtml(accept: string | null | undefined): boolean {
  if (!accept || !accept.includes("text/html")) return false;
  let html = 0;
  let feed = 0;
  for (const part of accept.slice(0, 2048).split(",")) {
    const [type, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => Q.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    if (type === "text/html") html = Math.max(html, weight);
    else if (FEED_TYPES.includes(type ?? "")) feed = Math.max(feed, weight);
  }
  return html > 0 && html > feed;
}

const NAMES = ["br", "gzip", "x-gzip", "*", "identity", "deflate", "BR", "Gzip", "text/html", "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/feed+json", "*/*", "TEXT/HTML", "application/xhtml+xml", ""];
const PARAMS = ["", ";q=0", ";q=1", ";q=0.5", ";q=0.7", ";q=0.9", ";q=0.123", ";Q=0.3", "; q=0.2", ";q=abc", ";q=-1", ";q=2", ";q=0.5000", ";q=.5", ";level=1", ";charset=utf-8;q=0.4", ";;"];
const EDGE_PARAMS = [" ;q=0.8 ", ';q="0.5"'];
const REAL = ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, text/html;q=0.7, unknown/unknown;q=0.1", "gzip, deflate, br", "br;q=0.5, gzip", "gzip;q=0, br;q=0", "identity", "gzip;q=abc, br;q=-1, *;q=2, ;;;", "x".repeat(10000), "gzip, deflate, br, zstd"];

const answers = (h: string, pick: typeof pickCoding, html: typeof prefersHtml) => [pick(h, ["br", "gzip"]), pick(h, ["gzip"]), html(h)].join();
function differing(header: fc.Arbitrary<string>, runs: number): number {
  let count = 0;
  fc.assert(fc.property(header, (h) => {
    if (answers(h, oldPickCoding, oldPrefersHtml) !== answers(h, pickCoding, prefersHtml)) count++;
  }), { numRuns: runs, seed: 14 });
  return count;
}
const join = (parts: fc.Arbitrary<string[]>) => parts.chain((p) => fc.constantFrom(", ", ",", " , ").map((sep) => p.join(sep)));
const runs = 200_000;
console.log(`real headers differing: ${REAL.filter((h) => answers(h, oldPickCoding, oldPrefersHtml) !== answers(h, pickCoding, prefersHtml)).length} of ${REAL.length}`);
console.log(`each name once: ${differing(join(fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...PARAMS)), { maxLength: 8, selector: ([n]) => n.toLowerCase() }).map((ps) => ps.map(([n, p]) => n + p))), runs)} of ${runs} differ`);
console.log(`names repeated: ${differing(join(fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...PARAMS)).map(([n, p]) => n + p), { maxLength: 8 })), runs)} of ${runs} differ`);
console.log(`with OWS before ";" and quoted q: ${differing(join(fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...PARAMS, ...EDGE_PARAMS)), { maxLength: 8, selector: ([n]) => n.toLowerCase() }).map((ps) => ps.map(([n, p]) => n + p))), runs)} of ${runs} differ`);

const time = (f: () => unknown) => {
  for (let i = 0; i < 1e5; i++) f();
  const start = performance.now();
  for (let i = 0; i < 1e6; i++) f();
  return `${Math.round((performance.now() - start) * 1e6 / 1e6)} ns`;
};
const encoding = "gzip, deflate, br, zstd";
const accept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
console.log(`pickCoding("${encoding}"): before ${time(() => oldPickCoding(encoding, ["br", "gzip"]))}, parseAccept ${time(() => pickCoding(encoding, ["br", "gzip"]))}`);
console.log(`prefersHtml(Chromium's Accept): before ${time(() => oldPrefersHtml(accept))}, parseAccept ${time(() => prefersHtml(accept))}`);
