/** Static export (byte-identical to the server) and the article checker. */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { readNodeConfig } from "../../src/config";
import { fileFor } from "../../src/node/export-site";
import { loadFolder } from "../../src/node/load-folder";
import { buildSite } from "../../src/serve/site";
import { readSiteConfig } from "../../src/config";
import { createApp } from "../../src/serve/app";

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), "export-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const articles = join(root, "articles");
cpSync("articles", articles, { recursive: true });
for (let i = 0; i < 45; i++) {
  writeFileSync(join(articles, `post-${i}.md`), `---\ntitle: Post ${i}\ndate: 2024-01-${String((i % 28) + 1).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:00:00Z\ntags: [${i % 3 ? "world" : "Science & Tech"}]\n---\nBody ${i} with <em>markup</em>.\n`);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));
}

describe("npm run export", () => {
  const env = { ARTICLES_DIR: articles, SITE_URL: "https://static.example", FEED_LIMIT: "20" };

  it("writes every page, feed, archive and tag feed byte-identical to the server, plus public/", async () => {
    const out = join(root, "out");
    const { stdout } = await run("npm", ["run", "-s", "export", "--", out], { env: { ...process.env, ...env } });
    expect(stdout).toMatch(/Exported \d+ files \(46 articles\)/);

    const site = buildSite(await loadFolder(articles, readNodeConfig(env)), readSiteConfig(env));
    const app = createApp({ site: () => site });
    const paths = site.rendered.paths();
    expect(paths).toEqual(expect.arrayContaining(["/", "/rss.xml", "/archive/2024-01/atom.xml", "/archive/2024-01/feed.json", "/tags/world/rss.xml", "/tags/science-tech/feed.json", "/articles/post-7"]));
    for (const path of paths) {
      const served = new Uint8Array(await (await app.request(path)).arrayBuffer());
      const written = new Uint8Array(readFileSync(join(out, fileFor(path))));
      expect(Buffer.compare(Buffer.from(written), Buffer.from(served)), path).toBe(0);
    }
    const files = listFiles(out).map((f) => relative(out, f));
    expect(files).toEqual(expect.arrayContaining(["icon.png", "feed.xsl", "subscribe.js", "favicon.ico", "404.html", "index.html", "articles/000_27df97f2463d8e1f.html"]));
    expect(files).toHaveLength(paths.length + readdirSync("public").length + 1);
  }, 60_000);
});

describe("npm run export after a rename", () => {
  it("writes _redirects sending the old address to the new one, after the publisher's own rules", async () => {
    const dir = join(root, "renamed");
    const pub = join(root, "renamed-public");
    mkdirSync(dir);
    mkdirSync(pub);
    writeFileSync(join(pub, "_redirects"), "/old-home / 301\n");
    const text = "---\ntitle: Harbour reopens\ndate: 2024-03-12\n---\nThe harbour reopened on Monday.\n";
    writeFileSync(join(dir, "harbour.md"), text);
    await loadFolder(dir, readNodeConfig({ ARTICLES_DIR: dir }), { writeLedger: true });
    rmSync(join(dir, "harbour.md"));
    writeFileSync(join(dir, "harbour-reopens.md"), text);
    const out = join(root, "renamed-out");
    const { exportSite } = await import("../../src/node/export-site");
    await exportSite(out, { ARTICLES_DIR: dir, SITE_URL: "https://static.example" }, pub);
    expect(readFileSync(join(out, "_redirects"), "utf8")).toBe("/old-home / 301\n/articles/harbour /articles/harbour-reopens 301\n");
  });
});

describe("npm run check", () => {
  it("lists what the loader found in each file, and passes a clean folder", async () => {
    const { stdout } = await run("npm", ["run", "-s", "check"], { env: { ...process.env, ARTICLES_DIR: "articles" } });
    expect(stdout).toContain("✓ 000_27df97f2463d8e1f.txt  →  /articles/000_27df97f2463d8e1f");
    expect(stdout).toContain("title:     Monitor: 58 Syria government fighters killed in ISIS attacks");
    expect(stdout).toContain("(from the publication ledger (no date in the file; first seen then))");
    expect(stdout).toContain("captions:  2");
    expect(stdout).toContain("- Tillerson: US does not recognize Kurdish independence vote in Iraq  (no URL)");
    expect(stdout).toMatch(/articles: 1 article ok, 0 rejected/);
  });

  it("shows every front matter problem under its file, with the key, and a number title as the reason for a rejection", async () => {
    const dir = join(root, "front-matter");
    mkdirSync(dir);
    cpSync("tests/fixtures/markdown/schema-slips.md", join(dir, "schema-slips.md"));
    cpSync("tests/fixtures/markdown/number-title.md", join(dir, "number-title.md"));
    writeFileSync(join(dir, "not-yet.md"), "---\ntitle: Not yet\ndraft: true\n---\nSoon.\n");
    const failure = await run("npm", ["run", "-s", "check", "--", dir], { env: process.env }).then(() => null, (error: { code: number; stdout: string }) => error);
    expect(failure?.code).toBe(1);
    const report = failure?.stdout ?? "";
    expect(report).toContain("✓ schema-slips.md  →  /articles/schema-slips");
    expect(report).toContain("    ! front matter `tittle` unknown key, ignored: did you mean `title`?");
    expect(report).toContain("    ! front matter `title` must be text, got the number 1984; put it in quotes if it is meant as text");
    expect(report).toContain("    ! front matter `flavour` unknown key, ignored (known keys: title, summary, date, updated, author, tags, url, image, image_caption, related, lang, id, draft)");
    expect(report).toContain("– not-yet.md: draft, left out of every feed and page (`draft: true` in the front matter)");
    expect(report).toContain("✗ number-title.md: no title: front matter `title` must be text, got the number 1984");
    expect(report).toMatch(/1 article ok, 1 rejected, 1 draft left out, 11 warnings/);
  });

  it("names every rejected file with its reason and exits 1", async () => {
    const dir = join(root, "bad");
    cpSync("tests/fixtures/scrapes", dir, { recursive: true });
    const failure = await run("npm", ["run", "-s", "check", "--", dir], { env: process.env }).then(() => null, (error: { code: number; stdout: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain("✗ empty.txt: empty file (0 bytes)");
    expect(failure?.stdout).toContain("✗ binary.txt: binary file (contains NUL bytes), not text");
    // Every fixture but the four bad ones (empty, blank, binary, Latin-1) is an article.
    const articles = readdirSync("tests/fixtures/scrapes").filter((name) => name.endsWith(".txt")).length - 4;
    expect(failure?.stdout).toMatch(new RegExp(`${articles} articles ok, 4 rejected`));
    expect(failure?.stdout).toContain("published: 2017-09-29T10:42:00.000Z  (from the text)");
  });
});
