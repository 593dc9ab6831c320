/** The publication ledger's answers: 301 for a renamed article, 410 for a removed one (src/serve/ledger-routes.ts). */
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { ledgerAnswer, ledgerAnswers } from "../../src/serve/ledger-routes";

const config = readSiteConfig({ SITE_URL: "https://news.example.com", CACHE_MAX_AGE: "120" });
const goneBody = new TextEncoder().encode("<!doctype html><h1>Article removed — gone</h1>");

describe("ledgerAnswers", () => {
  const answers = ledgerAnswers({ moved: { "old-name": "new-name", "second-old": "new-name" }, gone: ["removed", "also-removed"] }, config, goneBody);

  it("answers a renamed article's old path 301 to its new page, with no body", () => {
    const moved = answers.moved.get("/articles/old-name")!;
    expect(moved.status).toBe(301);
    expect(moved.body.length).toBe(0);
    expect(moved.headers).toEqual({
      "X-Content-Type-Options": "nosniff",
      Location: "https://news.example.com/articles/new-name",
      "Cache-Control": "public, max-age=120, s-maxage=120, stale-if-error=86400",
      "Content-Length": "0",
    });
    expect(answers.moved.get("/articles/second-old")!.headers.Location).toBe("https://news.example.com/articles/new-name");
  });

  it("answers a removed article's path 410 with the page it was given, sized in bytes and with the pages' security headers", () => {
    const gone = answers.gone.get("/articles/removed")!;
    expect(gone.status).toBe(410);
    expect(gone.body).toBe(goneBody);
    expect(gone.headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(gone.headers["Content-Length"]).toBe(String(goneBody.length));
    expect(Number(gone.headers["Content-Length"])).toBeGreaterThan("<!doctype html><h1>Article removed — gone</h1>".length); // the dash is 3 bytes
    expect(gone.headers["Content-Security-Policy"]).toContain("default-src 'none'");
    expect(gone.headers["X-Frame-Options"]).toBe("DENY");
    expect(gone.headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(gone.headers["Cache-Control"]).toBe("public, max-age=120, s-maxage=120, stale-if-error=86400");
    expect([...answers.gone.keys()]).toEqual(["/articles/removed", "/articles/also-removed"]);
  });

  it("puts the new address under SITE_URL's own path and percent-encodes its slug", () => {
    const underPath = readSiteConfig({ SITE_URL: "https://example.org/news" });
    const { moved } = ledgerAnswers({ moved: { old: "new story?" } }, underPath, new Uint8Array());
    expect(moved.get("/articles/old")!.headers.Location).toBe("https://example.org/news/articles/new%20story%3F");
  });

  it("has nothing to answer without a ledger, or with an empty one", () => {
    for (const load of [{}, { moved: {}, gone: [] }]) {
      const empty = ledgerAnswers(load, config, goneBody);
      expect([empty.moved.size, empty.gone.size]).toEqual([0, 0]);
    }
  });
});

describe("ledgerAnswer", () => {
  const answers = ledgerAnswers({ moved: { old: "new" }, gone: ["removed"] }, config, goneBody);

  it("finds the 301 or 410 for a known article path", () => {
    expect(ledgerAnswer(answers, "/articles/old")?.status).toBe(301);
    expect(ledgerAnswer(answers, "/articles/removed")?.status).toBe(410);
  });

  it("has no answer for other paths, unknown articles, or a site without a ledger", () => {
    for (const path of ["/articles/new", "/articles/", "/old", "/tags/old", "/articles/old/", "/articles/OLD"]) expect(ledgerAnswer(answers, path), path).toBeUndefined();
    expect(ledgerAnswer(undefined, "/articles/old")).toBeUndefined();
  });

  it("prefers the redirect when a slug is both renamed away and removed", () => {
    const both = ledgerAnswers({ moved: { twice: "final" }, gone: ["twice"] }, config, goneBody);
    expect(ledgerAnswer(both, "/articles/twice")?.status).toBe(301);
  });
});
