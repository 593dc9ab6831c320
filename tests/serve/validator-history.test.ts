/** Validators across reloads and builds (src/serve/validator-history.ts): Last-Modified moves exactly when the bytes do. */
import { describe, expect, it } from "vitest";
import { ValidatorHistory } from "../../src/serve/validator-history";

const T = Date.UTC(2024, 2, 12, 9, 30, 0);

describe("ValidatorHistory.settle", () => {
  it("a new path gets its content date, cut to the second", () => {
    expect(new ValidatorHistory().settle("/rss.xml", '"a"', T + 700, T + 60_000)).toBe(T);
  });

  it("never later than now, even for a future-dated article", () => {
    expect(new ValidatorHistory().settle("/rss.xml", '"a"', T + 86_400_000, T + 1500)).toBe(T + 1000);
  });

  it("unchanged bytes keep their Last-Modified, whatever the clock says", () => {
    const history = new ValidatorHistory();
    history.settle("/rss.xml", '"a"', T, T);
    expect(history.settle("/rss.xml", '"a"', T + 5000, T + 99_000)).toBe(T);
  });

  it("changed bytes whose content date did not move change now", () => {
    const history = new ValidatorHistory();
    history.settle("/rss.xml", '"a"', T, T);
    expect(history.settle("/rss.xml", '"b"', T, T + 60_000)).toBe(T + 60_000);
  });

  it("changed bytes with a newer content date take it", () => {
    const history = new ValidatorHistory();
    history.settle("/rss.xml", '"a"', T, T);
    expect(history.settle("/rss.xml", '"b"', T + 30_000, T + 60_000)).toBe(T + 30_000);
  });

  it("within the same second, Last-Modified cannot move on (the ETag does)", () => {
    const history = new ValidatorHistory();
    history.settle("/rss.xml", '"a"', T, T);
    expect(history.settle("/rss.xml", '"b"', T, T + 400)).toBe(T);
    expect(history.get("/rss.xml")).toEqual({ etag: '"b"', lastModifiedMs: T });
  });

  it("a path that comes back still moves forward, from what it was last served with", () => {
    const history = new ValidatorHistory([["/tags/x/rss.xml", { etag: '"old"', lastModifiedMs: T + 10_000 }]]);
    expect(history.settle("/tags/x/rss.xml", '"new"', T, T + 20_000)).toBe(T + 20_000);
  });
});

describe("ValidatorHistory.prune", () => {
  it("forgets the oldest paths the site no longer serves, past ten thousand of them", () => {
    const history = new ValidatorHistory();
    for (let i = 0; i < 10_005; i++) history.settle(`/gone/${i}`, '"x"', T, T);
    history.settle("/rss.xml", '"a"', T, T);
    history.prune((path) => path === "/rss.xml", 1);
    const paths = [...history.entries()].map(([path]) => path);
    expect(paths).toHaveLength(10_001);
    expect(paths).not.toContain("/gone/4");
    expect(paths).toContain("/gone/5");
    expect(paths).toContain("/rss.xml");
  });
});
