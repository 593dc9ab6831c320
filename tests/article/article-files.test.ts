/** Which files are articles, their format, and the id a file name gives (src/article/article-files.ts). */
import { describe, expect, it } from "vitest";
import { ARTICLE_EXTENSIONS, extensionOf, FORMAT_OF_EXTENSION, isArticleFile } from "../../src/article/article-files";
import { slugOfName } from "../../src/core/url";

describe("article file names", () => {
  it("maps each extension to its format", () => {
    expect(FORMAT_OF_EXTENSION).toEqual({ txt: "scrape", md: "markdown", markdown: "markdown", html: "html", htm: "html" });
    expect(ARTICLE_EXTENSIONS.sort()).toEqual(["htm", "html", "markdown", "md", "txt"]);
  });

  it("reads the extension after the last dot, lower-cased", () => {
    expect(extensionOf("story.MD")).toBe("md");
    expect(extensionOf("archive.tar.gz")).toBe("gz");
    expect(extensionOf("no-extension")).toBe("no-extension");
    expect(extensionOf("trailing.")).toBe("");
  });

  it.each(["a.txt", "b.md", "C.MARKDOWN", "d.html", "e.HTM", "2024.01.05 budget.md"])("%s is an article file", (name) => {
    expect(isArticleFile(name)).toBe(true);
  });

  it.each([".hidden.md", "_ledger.tsv", "README", "md", "photo.png", "notes.md.bak", "trailing.", ".md"])("%s is not", (name) => {
    expect(isArticleFile(name)).toBe(false);
  });
});

describe("slugOfName", () => {
  it.each([
    ["000_27df97f2463d8e1f.txt", "000_27df97f2463d8e1f"],
    ["My Story.md", "my-story"],
    ["Café été.html", "cafe-ete"],
    ["sub/folder/story.md", "story"],
    ["a.b.c.md", "a-b-c"],
    ["--Odd__Name!!.txt", "odd__name"],
    ["no-extension", "no-extension"],
  ])("%s → %s", (name, slug) => {
    expect(slugOfName(name)).toBe(slug);
  });

  it("gives an empty id when the name has no letter or digit at all (the loader rejects it)", () => {
    expect(slugOfName("!!!.md")).toBe("");
    expect(slugOfName("-- --.txt")).toBe("");
  });

  it("gives a name in a script without Latin letters a stable id of its own", () => {
    const id = slugOfName("日本語.md");
    expect(id).toMatch(/^article-[0-9a-f]{8}$/);
    expect(slugOfName("news/日本語.txt")).toBe(id);
    expect(slugOfName("中文.md")).not.toBe(id);
  });
});
