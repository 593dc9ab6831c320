/**
 * The publication ledger on the worker's path: the build step reconciles the
 * articles with the ledger and puts redirects and removals in the manifest;
 * the worker's asset-site code serves them from the built assets as Node
 * does (the real bundle in workerd: tests/parity/worker-parity.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { readSiteConfig } from "../../src/config";
import { loadArticles } from "../../src/article/article-store";
import { parseLedger } from "../../src/article/ledger";
import { reconcileLedger } from "../../src/article/ledger-reconcile";
import { appFromAssets } from "../support/asset-app";

const encoder = new TextEncoder();
const file = (name: string, text: string, mtimeMs = Date.UTC(2030, 0, 1)) => ({ name, bytes: encoder.encode(text), mtimeMs });
const undated = "Harbour works begin\n\n:: The council said on Tuesday that the harbour works would begin in May.\n";

// The ledger as committed: the harbour story was first published from `harbour.txt` in 2024, `old.md` was removed.
const committed = parseLedger([
  "id\tfile\tfirst_published\tupdated\tdigest\tformer",
  `harbour\tharbour.txt\t2024-04-02T08:00:00.000Z\t-\t${reconcileLedger(new Map(), loadArticles([file("x.txt", undated)])).ledger.get("x")!.digest}\t-`,
  "old\told.md\t-\t-\t0000000000000000\t-",
].join("\n")).ledger;

// What `npm run build:site` does after `harbour.txt` was renamed and `old.md` deleted.
const built = reconcileLedger(committed, loadArticles([file("harbour-works.txt", undated), file("other.md", "---\ntitle: Other\ndate: 2024-05-01\n---\nBody.\n")]));
const { app, outDir } = await appFromAssets(built.result, readSiteConfig({ SITE_URL: "https://edge.example" }));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("publication ledger served from the built assets", () => {
  it("a renamed article keeps its id and first-published date, and its old address answers 301", async () => {
    const feed = (await (await app.request("/feed.json")).json()) as { items: { id: string; url: string; date_published: string }[] };
    const harbour = feed.items.find((i) => i.url === "https://edge.example/articles/harbour-works")!;
    expect(harbour.id).toBe("https://edge.example/articles/harbour");
    expect(harbour.date_published).toBe("2024-04-02T08:00:00.000Z");
    const moved = await app.request("/articles/harbour");
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe("https://edge.example/articles/harbour-works");
  });

  it("a removed article answers 410 Gone and is in no feed", async () => {
    const gone = await app.request("/articles/old");
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("removed for good");
    expect(await (await app.request("/atom.xml")).text()).not.toContain("/articles/old");
    expect((await app.request("/articles/never")).status).toBe(404);
  });
});
