/**
 * The publication ledger, through the app on Node: a renamed file keeps its
 * id and date and its old address answers 301; a removed one answers 410 and
 * leaves every feed; a fresh copy of the folder (new modification times)
 * keeps every date; two processes writing at once lose no entry; a read-only
 * folder still serves; `npm run check` tells when an id would change.
 */
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { readNodeConfig, readSiteConfig } from "../../src/config";
import type { ArticleSource, LoadResult } from "../../src/core/article";
import { readManifest } from "../../src/node/site-build";
import { GONE_ASSET } from "../../src/serve/manifest";
import { loadArticles } from "../../src/article/article-store";
import { formatLedger, LEDGER_FILE_NAME, parseLedger, type Ledger } from "../../src/article/ledger";
import { reconcileLedger } from "../../src/article/ledger-reconcile";
import { FolderLedger, LedgerFile, type LedgerFs } from "../../src/node/ledger-file";
import { LiveSite } from "../../src/node/live-site";
import { loadFolder } from "../../src/node/load-folder";
import { createApp } from "../../src/serve/app";
import { buildSite } from "../../src/serve/site";
import { FIXED_MTIME, SEED_NAME, seedSource, source } from "../support/fixtures";
import { validateAtom } from "../support/validate-atom";
import { validateJsonFeed } from "../support/json-feed-schema";

const run = promisify(execFile);
const SITE = "https://news.example.com";
const root = mkdtempSync(join(tmpdir(), "ledger-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const newFolder = () => {
  const dir = join(root, `f${folders++}`);
  mkdirSync(dir);
  return dir;
};

/** One publication: the sources reconciled against the ledger, served by the app. */
function publish(ledger: Ledger, sources: ArticleSource[], env: Record<string, string> = {}) {
  const reconciled = reconcileLedger(ledger, loadArticles(sources));
  const site = buildSite(reconciled.result, readSiteConfig({ SITE_URL: SITE, ...env }));
  return { ...reconciled, site, app: createApp({ site: () => site, logError: () => {} }) };
}

const renamed = (s: ArticleSource, name: string, mtimeMs = s.mtimeMs): ArticleSource => ({ ...s, name, mtimeMs });
const md = (title: string, body: string, extra = "") => `---\ntitle: ${title}\n${extra}---\n\n${body}\n`;

async function feedJson(app: ReturnType<typeof publish>["app"], path = "/feed.json") {
  return (await (await app.request(path)).json()) as { items: { id: string; url: string; title: string; date_published: string }[]; next_url?: string };
}

describe("ledger file format", () => {
  it("is one sorted, tab-separated row per id that reads back the same; odd file names survive", () => {
    const ledger: Ledger = new Map([
      ["b", { id: "b", file: "b\tweird\\name.txt", firstPublished: "2024-01-15T12:00:00.000Z", updated: undefined, digest: "0123456789abcdef", former: ["x", "y"] }],
      ["a", { id: "a", file: undefined, firstPublished: undefined, updated: undefined, digest: "fedcba9876543210", former: [] }],
    ]);
    const text = formatLedger(ledger);
    const rows = text.split("\n").filter((l) => l && !l.startsWith("#"));
    expect(rows).toEqual([
      "id\tfile\tfirst_published\tupdated\tdigest\tformer",
      "a\t-\t-\t-\tfedcba9876543210\t-",
      "b\tb\\tweird\\\\name.txt\t2024-01-15T12:00:00.000Z\t-\t0123456789abcdef\tx y",
    ]);
    const back = parseLedger(text);
    expect(back.problems).toEqual([]);
    expect(formatLedger(back.ledger)).toBe(text);
  });

  it("reports a row it cannot read, with its line, and keeps the rest", () => {
    const { ledger, problems } = parseLedger("id\tfile\tfirst_published\tupdated\tdigest\tformer\nok\tok.md\t-\t-\tabc\t-\nbroken row\nbad\tbad.md\tyesterday\t-\tabc\t-\n");
    expect([...ledger.keys()]).toEqual(["ok"]);
    expect(problems).toEqual(["line 3: expected 6 tab-separated fields (id, file, first_published, updated, digest, former)", "line 4: not an ISO date: yesterday"]);
  });
});

describe("renamed articles", () => {
  const first = publish(new Map(), [seedSource(), source("note.md", md("A note", "Text of the note.", "date: 2024-03-01T00:00:00Z\n"))]);
  const seedId = `${SITE}/articles/000_27df97f2463d8e1f`;
  // A fresh clone: the renamed file has another modification time as well.
  const later = Date.UTC(2025, 5, 1);
  const second = publish(first.ledger, [renamed(seedSource(), "syria-monitor.txt", later), source("note.md", md("A note", "Text of the note.", "date: 2024-03-01T00:00:00Z\n"))]);

  it("a renamed file with the same text keeps its id and its date in every format", async () => {
    const before = (await feedJson(first.app)).items.find((i) => i.id === seedId)!;
    const after = (await feedJson(second.app)).items.find((i) => i.id === seedId)!;
    expect(after).toBeDefined();
    expect(after.date_published).toBe(before.date_published);
    expect(after.date_published).toBe(new Date(FIXED_MTIME).toISOString());
    expect(after.url).toBe(`${SITE}/articles/syria-monitor`);
    const atom = await (await second.app.request("/atom.xml")).text();
    expect(atom).toContain(`<id>${seedId}</id>`);
    expect((await validateAtom(atom)).errors).toEqual([]);
    expect(await (await second.app.request("/rss.xml")).text()).toContain(`<guid isPermaLink="false">${seedId}</guid>`);
    expect(second.events).toEqual([{ kind: "renamed", id: "000_27df97f2463d8e1f", from: SEED_NAME, to: "syria-monitor.txt" }]);
  });

  it("its old address answers 301 to the new one (GET and HEAD); the new one serves the page", async () => {
    for (const method of ["GET", "HEAD"]) {
      const response = await second.app.request("/articles/000_27df97f2463d8e1f", { method });
      expect(response.status).toBe(301);
      expect(response.headers.get("location")).toBe(`${SITE}/articles/syria-monitor`);
      expect(response.headers.get("cache-control")).toMatch(/max-age=900/);
    }
    const page = await second.app.request("/articles/syria-monitor");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Monitor: 58 Syria government fighters killed in ISIS attacks");
  });

  it("the ledger records the move: same id, new file, former address", () => {
    const entry = second.ledger.get("000_27df97f2463d8e1f")!;
    expect(entry).toMatchObject({ id: "000_27df97f2463d8e1f", file: "syria-monitor.txt", firstPublished: new Date(FIXED_MTIME).toISOString() });
  });

  it("renamed twice: both old addresses redirect to the newest", async () => {
    const third = publish(second.ledger, [renamed(seedSource(), "syria.txt")]);
    for (const old of ["000_27df97f2463d8e1f", "syria-monitor"]) {
      const response = await third.app.request(`/articles/${old}`);
      expect([old, response.status, response.headers.get("location")]).toEqual([old, 301, `${SITE}/articles/syria`]);
    }
    expect((await feedJson(third.app)).items[0]!.id).toBe(seedId);
  });

  it("a renamed and edited Markdown file keeps its id when its front matter names it", async () => {
    const one = publish(new Map(), [source("draft.md", md("Budget vote", "First text."))]);
    const edited = source("budget-vote.md", md("Budget vote", "Edited text, now longer.", "id: draft\n"), FIXED_MTIME + 86_400_000);
    const two = publish(one.ledger, [edited]);
    const items = (await feedJson(two.app)).items;
    expect(items.map((i) => i.id)).toEqual([`${SITE}/articles/draft`]);
    expect(items[0]!.date_published).toBe(new Date(FIXED_MTIME).toISOString());
    expect((await two.app.request("/articles/draft")).headers.get("location")).toBe(`${SITE}/articles/budget-vote`);
    // Without the front matter id, the edit and the rename together make a new article.
    const three = publish(one.ledger, [source("budget-vote.md", md("Budget vote", "Edited text, now longer."))]);
    expect((await feedJson(three.app)).items.map((i) => i.id)).toEqual([`${SITE}/articles/budget-vote`]);
    expect(three.events.map((e) => e.kind).sort()).toEqual(["new", "removed"]);
  });

  it("a new file under a renamed article's old name is a new article with an id of its own", async () => {
    const three = publish(second.ledger, [renamed(seedSource(), "syria-monitor.txt"), source("000_27df97f2463d8e1f.md", md("Another story", "Different text."))]);
    const ids = (await feedJson(three.app)).items.map((i) => i.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain(seedId);
    expect((await three.app.request("/articles/000_27df97f2463d8e1f")).status).toBe(200);
  });
});

describe("removed articles", () => {
  const sources = Array.from({ length: 6 }, (_, i) => source(`story-${i}.md`, md(`Story ${i}`, `Body ${i}.`, `date: 2024-0${i + 1}-10T00:00:00Z\ntags: [World]\n`)));
  const first = publish(new Map(), sources, { FEED_LIMIT: "2" });
  const second = publish(first.ledger, sources.filter((s) => s.name !== "story-1.md" && s.name !== "story-5.md"), { FEED_LIMIT: "2" });

  it("answer 410 Gone with a page saying so", async () => {
    for (const slug of ["story-1", "story-5"]) {
      const response = await second.app.request(`/articles/${slug}`);
      expect(response.status).toBe(410);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toContain("removed for good");
    }
    expect((await second.app.request("/articles/never-existed")).status).toBe(404);
  });

  it("are left out of every feed, archive page and tag feed", async () => {
    const paths = second.site.rendered.paths().filter((p) => /\.(xml|json)$/.test(p));
    expect(paths).toEqual(expect.arrayContaining(["/feed.json", "/tags/world/feed.json"]));
    expect(paths.some((p) => p.startsWith("/archive/"))).toBe(true);
    const seen: string[] = [];
    for (const path of paths) {
      const body = await (await second.app.request(path)).text();
      expect(body, path).not.toMatch(/articles\/story-[15]\b/);
      if (path.endsWith(".json") && !path.startsWith("/tags/")) seen.push(...JSON.parse(body).items.map((i: { id: string }) => i.id));
      if (path.endsWith("feed.json")) expect(validateJsonFeed(JSON.parse(body)), path).toEqual([]);
    }
    expect(new Set(seen).size).toBe(4);
  });

  it("stay gone in the ledger, and come back under their id if the file returns", async () => {
    expect(second.ledger.get("story-5")!.file).toBeUndefined();
    const third = publish(second.ledger, [...sources.slice(0, 1), renamed(sources[5]!, "story-5-back.md")]);
    expect((await feedJson(third.app)).items[0]!.id).toBe(`${SITE}/articles/story-5`);
    expect((await third.app.request("/articles/story-5")).status).toBe(301);
    expect((await third.app.request("/articles/story-1")).status).toBe(410);
  });
});

describe("on disk", () => {
  const scrape = (title: string) => `${title}\n\n:: The council said on Tuesday that ${title.toLowerCase()} would go ahead.\n\nMore text follows here.\n`;

  it("a fresh copy of the folder with new modification times keeps every date", async () => {
    const dir = newFolder();
    for (let i = 0; i < 4; i++) {
      writeFileSync(join(dir, `undated-${i}.txt`), scrape(`Undated story ${i}`));
      utimesSync(join(dir, `undated-${i}.txt`), new Date(Date.UTC(2023, i, 5)), new Date(Date.UTC(2023, i, 5)));
    }
    writeFileSync(join(dir, "dated.md"), md("Dated", "Body.", "date: 2024-05-01T00:00:00Z\n"));
    const original = await loadFolder(dir, undefined, { writeLedger: true });
    expect(existsSync(join(dir, LEDGER_FILE_NAME))).toBe(true);

    const clone = newFolder();
    cpSync(dir, clone, { recursive: true }); // like a fresh clone: new modification times
    for (const name of readdirSync(clone)) utimesSync(join(clone, name), new Date(), new Date());
    const cloned = await loadFolder(clone);
    const dates = (r: LoadResult) => r.articles.map((a) => [a.slug, a.published.toISOString(), a.updated.toISOString()]);
    expect(dates(cloned)).toEqual(dates(original));
    expect(cloned.articles.find((a) => a.slug === "undated-2")!.published.toISOString()).toBe("2023-03-05T00:00:00.000Z");
    // The feeds are the same bytes too.
    const config = readSiteConfig({ SITE_URL: SITE });
    const body = async (r: LoadResult) => (await createApp({ site: () => buildSite(r, config) }).request("/feed.json")).text();
    expect(await body(cloned)).toBe(await body(original));
  });

  it("an edit to an undated file moves its updated date once, and a clone keeps that too", async () => {
    const dir = newFolder();
    const file = join(dir, "undated.txt");
    writeFileSync(file, scrape("Undated story"));
    utimesSync(file, new Date(Date.UTC(2023, 0, 5)), new Date(Date.UTC(2023, 0, 5)));
    await loadFolder(dir, undefined, { writeLedger: true });
    writeFileSync(file, scrape("Undated story, corrected"));
    utimesSync(file, new Date(Date.UTC(2023, 1, 5)), new Date(Date.UTC(2023, 1, 5)));
    const edited = (await loadFolder(dir, undefined, { writeLedger: true })).articles[0]!;
    expect([edited.published.toISOString(), edited.updated.toISOString()]).toEqual(["2023-01-05T00:00:00.000Z", "2023-02-05T00:00:00.000Z"]);
    utimesSync(file, new Date(), new Date());
    const clone = (await loadFolder(dir)).articles[0]!;
    expect([clone.published.toISOString(), clone.updated.toISOString()]).toEqual(["2023-01-05T00:00:00.000Z", "2023-02-05T00:00:00.000Z"]);
  });

  it("the running server: a file renamed on disk keeps its feed id and its old address redirects", async () => {
    const dir = newFolder();
    writeFileSync(join(dir, "old-name.txt"), scrape("Harbour works begin"));
    writeFileSync(join(dir, "other.md"), md("Other", "Body.", "date: 2024-01-01T00:00:00Z\n"));
    const logs: string[] = [];
    const live = await LiveSite.open(readNodeConfig({ ARTICLES_DIR: dir }), readSiteConfig({ SITE_URL: SITE }), (l) => logs.push(l));
    const stop = live.watch();
    try {
      const app = createApp({ site: () => live.site() });
      const before = await feedJson(app as never);
      renameSync(join(dir, "old-name.txt"), join(dir, "new-name.txt"));
      const start = Date.now();
      while ((await app.request("/articles/old-name")).status !== 301) {
        if (Date.now() - start > 5000) throw new Error(`no redirect after 5 s:\n${logs.join("\n")}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      expect((await app.request("/articles/old-name")).headers.get("location")).toBe(`${SITE}/articles/new-name`);
      const after = await feedJson(app as never);
      expect(after.items.map((i) => [i.id, i.date_published])).toEqual(before.items.map((i) => [i.id, i.date_published]));
      expect(readFileSync(join(dir, LEDGER_FILE_NAME), "utf8")).toMatch(/^old-name\tnew-name\.txt\t/m);
      unlinkSync(join(dir, "new-name.txt"));
      while ((await app.request("/articles/new-name")).status !== 410) {
        if (Date.now() - start > 10000) throw new Error(`no 410 after the removal:\n${logs.join("\n")}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      expect((await app.request("/articles/old-name")).status).toBe(410);
      expect(logs.join("\n")).toMatch(/renamed from old-name\.txt, keeps id old-name/);
    } finally {
      stop();
    }
  });

  it("two processes writing the ledger at once lose no entry, and leave no temporary files", async () => {
    const dir = newFolder();
    const writer = (prefix: string) => new Promise<string>((resolve, reject) => {
      const child = spawn("npx", ["tsx", "tests/support/ledger-writer.ts", dir, prefix, "40"], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`writer ${prefix} exited ${code}: ${out}`))));
    });
    const outputs = await Promise.all([writer("alpha"), writer("beta")]);
    expect(outputs.join("")).not.toMatch(/!/);
    const { ledger, problems } = parseLedger(readFileSync(join(dir, LEDGER_FILE_NAME), "utf8"));
    expect(problems).toEqual([]);
    expect(ledger.size).toBe(80);
    expect(readdirSync(dir)).toEqual([LEDGER_FILE_NAME]);
  }, 60_000);

  it("two builds started at once both finish and record every article", async () => {
    const dir = newFolder();
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `story-${i}.txt`), scrape(`Story number ${i}`));
    const build = (n: number) => run("npx", ["tsx", "src/node/commands/build-site.ts"], { env: { ...process.env, ARTICLES_DIR: dir, SITE_BUILD_DIR: join(root, `site-${n}`) } });
    await Promise.all([build(1), build(2)]);
    const { ledger } = parseLedger(readFileSync(join(dir, LEDGER_FILE_NAME), "utf8"));
    expect(ledger.size).toBe(30);
    // Both rendered the same documents from the same ids and dates.
    const documents = (n: number) => Object.fromEntries(Object.entries(readManifest(join(root, `site-${n}`))!.documents).map(([path, entry]) => [path, entry[1]]));
    expect(Object.keys(documents(1))).toHaveLength(Object.keys(documents(2)).length);
    expect(documents(1)).toEqual(documents(2));
  }, 60_000);

  it("the build step carries redirects and removals to the worker's manifest", async () => {
    const dir = newFolder();
    writeFileSync(join(dir, "before.txt"), scrape("Moved story"));
    writeFileSync(join(dir, "doomed.txt"), scrape("Doomed story"));
    const siteDir = join(root, "moved-site");
    const env = { ...process.env, ARTICLES_DIR: dir, SITE_BUILD_DIR: siteDir };
    await run("npx", ["tsx", "src/node/commands/build-site.ts"], { env });
    renameSync(join(dir, "before.txt"), join(dir, "after.txt"));
    unlinkSync(join(dir, "doomed.txt"));
    await run("npx", ["tsx", "src/node/commands/build-site.ts"], { env });
    const manifest = readManifest(siteDir)!;
    expect(manifest.moved).toEqual({ before: "after" });
    expect(manifest.gone).toEqual(["doomed"]);
    expect(readFileSync(join(siteDir, GONE_ASSET), "utf8")).toContain("<html");
  }, 60_000);

  it("npm run check reports an article whose id would change, and writes nothing", async () => {
    const dir = newFolder();
    writeFileSync(join(dir, "first-draft.txt"), scrape("Council story"));
    writeFileSync(join(dir, "keeper.txt"), scrape("Keeper story"));
    await loadFolder(dir, undefined, { writeLedger: true });
    const ledgerBefore = readFileSync(join(dir, LEDGER_FILE_NAME), "utf8");
    renameSync(join(dir, "keeper.txt"), join(dir, "kept.txt"));
    unlinkSync(join(dir, "first-draft.txt"));
    writeFileSync(join(dir, "council-story.txt"), scrape("Council story, edited"));
    const { stdout } = await run("npx", ["tsx", "src/node/commands/check.ts", dir]);
    expect(stdout).toContain('✓ kept.txt: renamed from keeper.txt; keeps its id "keeper" and date');
    expect(stdout).toContain('! council-story.txt: new to the publication ledger, published with id "council-story"; if it is first-draft.txt renamed and edited, its id would change from "first-draft"');
    expect(stdout).toContain('! first-draft.txt (id "first-draft") is gone: it leaves every feed and its address answers 410 Gone');
    expect(readFileSync(join(dir, LEDGER_FILE_NAME), "utf8")).toBe(ledgerBefore);
  }, 60_000);
});

describe("a read-only articles folder", () => {
  /** The file system of a read-only mount: reads work, writes fail with EROFS. */
  const readOnly = (dir: string): LedgerFs => {
    const fail = () => { throw Object.assign(new Error("read-only file system"), { code: "EROFS" }); };
    return {
      readFileSync: (p, e) => readFileSync(p, e),
      writeFileSync: fail,
      renameSync: fail,
      unlinkSync: fail,
      openSync: fail,
      closeSync: () => {},
      statSync: () => ({ mtimeMs: 0 }),
    };
  };

  it("still serves, keeps the ledger in memory, and says so once", async () => {
    const dir = newFolder();
    const logs: string[] = [];
    const ledger = new FolderLedger(new LedgerFile(dir, (l) => logs.push(l), readOnly(dir)), true);
    const first = ledger.apply(loadArticles([seedSource()]));
    const second = ledger.apply(loadArticles([renamed(seedSource(), "moved.txt")]));
    ledger.apply(loadArticles([renamed(seedSource(), "moved-again.txt")]));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/_ledger\.tsv: cannot write the publication ledger \(EROFS\); keeping it in memory/);
    expect(existsSync(join(dir, LEDGER_FILE_NAME))).toBe(false);
    expect(second.articles[0]!.permanentId).toBe("000_27df97f2463d8e1f");
    expect(second.articles[0]!.published).toEqual(first.articles[0]!.published);
    const app = createApp({ site: () => buildSite(second, readSiteConfig({ SITE_URL: SITE })) });
    expect((await app.request("/articles/000_27df97f2463d8e1f")).headers.get("location")).toBe(`${SITE}/articles/moved`);
  });

  it.skipIf(process.getuid?.() === 0)("a folder without write permission works the same (not testable as root)", async () => {
    const dir = newFolder();
    writeFileSync(join(dir, "story.txt"), scrape("A story"));
    const { chmodSync } = await import("node:fs");
    chmodSync(dir, 0o555);
    try {
      const logs: string[] = [];
      const result = await loadFolder(dir, undefined, { writeLedger: true, log: (l) => logs.push(l) });
      expect(result.articles).toHaveLength(1);
      expect(logs.join("\n")).toMatch(/keeping it in memory/);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  function scrape(title: string) {
    return `${title}\n\n:: The council said on Tuesday that ${title.toLowerCase()} would go ahead.\n`;
  }
});

describe("the reload shortcut (edits to known files)", () => {
  it("gives exactly what a full reconcile gives, and declines anything else", async () => {
    const { reconcileEdits } = await import("../../src/article/ledger-reconcile");
    const undated = (n: number, extra = "") => source(`undated-${n}.txt`, `Undated story ${n}\n\n:: The council said on Tuesday that plan ${n} would go ahead.${extra}\n`, FIXED_MTIME + n * 1000);
    const dated = (n: number, body = "Body.", extra = "") => source(`dated-${n}.md`, md(`Dated ${n}`, body, `date: 2024-0${n}-01T00:00:00Z\n${extra}`));
    const start = [undated(1), undated(2), dated(1), dated(2)];
    const store = new (await import("../../src/article/article-store")).ArticleStore();
    const input1 = store.apply(start);
    const first = reconcileLedger(new Map(), input1);
    // Edits: an undated file (with a later mtime), a dated one; nothing comes or goes.
    const input2 = store.apply([undated(2, " Corrected."), { ...dated(1, "Edited body."), mtimeMs: FIXED_MTIME + 99_000 }].map((s, i) => (i === 0 ? { ...s, mtimeMs: FIXED_MTIME + 50_000 } : s)));
    const fast = reconcileEdits(first.ledger, { input: input1, output: first.result }, input2)!;
    const full = reconcileLedger(first.ledger, input2);
    expect(fast).toBeDefined();
    expect(fast.result).toEqual(full.result);
    expect(formatLedger(fast.ledger)).toBe(formatLedger(full.ledger));
    expect(fast.result.articles.find((a) => a.slug === "undated-2")!.updated.toISOString()).toBe(new Date(FIXED_MTIME + 50_000).toISOString());
    // A new file, a removal or a front matter id takes the full path.
    expect(reconcileEdits(first.ledger, { input: input1, output: first.result }, store.apply([undated(3)]))).toBeUndefined();
    const store2 = new (await import("../../src/article/article-store")).ArticleStore();
    const base = store2.apply(start);
    const claimed = store2.apply([dated(2, "Body.", "id: dated-1\n")]);
    expect(reconcileEdits(first.ledger, { input: base, output: first.result }, claimed)).toBeUndefined();
  });
});
