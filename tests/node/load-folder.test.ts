/** The Node edge on real folders: limits, odd files, symlinks, thousands of files. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadFolder } from "../../src/node/load-folder";
import { formatLoadReport } from "../../src/article/report";

const root = mkdtempSync(join(tmpdir(), "folder-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
const article = (title: string) => `---\ntitle: ${title}\ndate: 2024-01-01\n---\nBody of ${title}.\n`;

describe("reading an articles folder", () => {
  it("reports files over the size limit without reading them, and keeps the rest", async () => {
    const dir = folder("big");
    writeFileSync(join(dir, "ok.md"), article("Fine"));
    writeFileSync(join(dir, "huge.txt"), "");
    truncateSync(join(dir, "huge.txt"), 20 * 1024 * 1024); // a sparse 20 MB file
    const result = await loadFolder(dir);
    expect(result.articles.map((a) => a.slug)).toEqual(["ok"]);
    expect(result.rejections).toEqual([{ name: "huge.txt", reason: "file is 20.0 MB, over the 2.0 MB limit (MAX_ARTICLE_BYTES)" }]);
  });

  it("handles symlink loops, deep chains, dangling links, directories and FIFOs named like articles", async () => {
    const dir = folder("odd");
    writeFileSync(join(dir, "real.md"), article("Real"));
    symlinkSync("loop-b.txt", join(dir, "loop-a.txt"));
    symlinkSync("loop-a.txt", join(dir, "loop-b.txt"));
    let previous = "real.md";
    for (let i = 0; i < 60; i++) {
      symlinkSync(previous, join(dir, `chain-${i}.lnk`));
      previous = `chain-${i}.lnk`;
    }
    symlinkSync(previous, join(dir, "deep.md"));
    symlinkSync("real.md", join(dir, "alias.md"));
    symlinkSync("nowhere.md", join(dir, "dangling.md"));
    mkdirSync(join(dir, "folder.md"));
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    const result = await loadFolder(dir);
    expect(result.articles.map((a) => a.slug).sort()).toEqual(["alias", "real"]);
    const reasons = Object.fromEntries(result.rejections.map((r) => [r.name, r.reason]));
    expect(reasons["loop-a.txt"]).toMatch(/ELOOP/);
    expect(reasons["loop-b.txt"]).toMatch(/ELOOP/);
    expect(reasons["deep.md"]).toMatch(/ELOOP/);
    expect(reasons["dangling.md"]).toMatch(/broken symbolic link/);
    expect(reasons["folder.md"]).toBe("not a regular file");
    expect(reasons["pipe.txt"]).toBe("not a regular file");
  });

  it("loads a folder of 10,000 files, and past MAX_ARTICLES keeps the newest", async () => {
    const dir = folder("many");
    for (let i = 0; i < 10_000; i++) writeFileSync(join(dir, `a${String(i).padStart(5, "0")}.txt`), `Headline ${i}\n\n:: Lead paragraph ${i}.\n`);
    const all = await loadFolder(dir);
    expect(all.articles).toHaveLength(10_000);
    expect(all.rejections).toEqual([]);
    const limited = await loadFolder(dir, { maxArticleBytes: 2 * 1024 * 1024, maxArticles: 100 });
    expect(limited.articles).toHaveLength(100);
    expect(formatLoadReport(limited, dir).join("\n")).toContain("ignored 9900 older files: the folder has 10000 article files, over MAX_ARTICLES=100");
  }, 60_000);

  it("ignores files that are not articles, and names a missing folder clearly", async () => {
    const dir = folder("mixed");
    writeFileSync(join(dir, "notes.docx"), "x");
    writeFileSync(join(dir, ".hidden.md"), article("Hidden"));
    writeFileSync(join(dir, "story.md"), article("Story"));
    expect((await loadFolder(dir)).articles.map((a) => a.slug)).toEqual(["story"]);
    await expect(loadFolder(join(root, "no-such-folder"))).rejects.toThrow(/cannot read the articles folder .*no-such-folder: ENOENT/);
  });
});

describe("reloading at MAX_ARTICLES", () => {
  it("a rescan that adds files past the limit loses no edit, removal or addition", async () => {
    const { FolderReader } = await import("../../src/node/folder-reader");
    const { ArticleStore } = await import("../../src/article/article-store");
    const { unlinkSync, utimesSync } = await import("node:fs");
    const dir = folder("limit");
    const write = (name: string, title: string, secondsAgo: number) => {
      writeFileSync(join(dir, name), article(title));
      const t = new Date(Date.now() - secondsAgo * 1000);
      utimesSync(join(dir, name), t, t);
    };
    write("a.md", "A", 300);
    write("b.md", "B", 200);
    const reader = new FolderReader(dir, { maxArticleBytes: 1e6, maxArticles: 2 });
    const store = new ArticleStore();
    const apply = (c: Awaited<ReturnType<typeof reader.scan>>) => store.apply(c.upserts, c.removals, c.folderModified);
    apply(await reader.scan());
    unlinkSync(join(dir, "a.md"));
    write("b.md", "B edited", 100);
    write("c.md", "C", 50);
    write("d.md", "D", 10);
    const titles = apply(await reader.rescan(["a.md", "b.md", "c.md", "d.md"])).articles.map((x) => x.title).sort();
    expect(titles).toEqual(["C", "D"]);
    unlinkSync(join(dir, "d.md"));
    // Below the limit again: the file left out comes back.
    expect(apply(await reader.rescan(["d.md"])).articles.map((x) => x.title).sort()).toEqual(["B edited", "C"]);
  });
});
