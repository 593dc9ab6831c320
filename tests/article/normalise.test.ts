import { describe, expect, it } from "vitest";
import { normaliseArticle } from "../../src/article/normalise";
import { ArticleRejected } from "../../src/core/article";

const encoder = new TextEncoder();
const source = (name: string, text: string, mtimeMs = Date.UTC(2024, 0, 2)) => ({ name, bytes: encoder.encode(text), mtimeMs });
const markdown = "---\ntitle: A quiet harbour\ndate: 2024-05-01\n---\n\nThe harbour was quiet on Monday morning, and the boats stayed in.\n\nA second paragraph follows here.\n";

describe("normaliseArticle", () => {
  it("gives the same content digest whatever the line endings, BOM or trailing spaces", () => {
    const plain = normaliseArticle(source("a.md", markdown)).digest;
    expect(normaliseArticle(source("a.md", markdown.replace(/\n/g, "\r\n"))).digest).toBe(plain);
    expect(normaliseArticle(source("a.md", `\uFEFF${markdown}`)).digest).toBe(plain);
    expect(normaliseArticle(source("a.md", markdown.replace(/\n/g, "  \n").replace("in.", "in.\t"))).digest).toBe(plain);
    expect(normaliseArticle(source("a.md", `${markdown}\n\n\n`)).digest).toBe(plain);
  });

  it("gives another digest when the words change", () => {
    const plain = normaliseArticle(source("a.md", markdown)).digest;
    expect(normaliseArticle(source("a.md", markdown.replace("quiet on", "busy on"))).digest).not.toBe(plain);
    // Spaces inside a line are content, not an editor's leftovers.
    expect(normaliseArticle(source("a.md", markdown.replace("quiet on", "quiet  on"))).digest).not.toBe(plain);
  });

  it("rejects an unsupported extension and a name with nothing to make an id from", () => {
    expect(() => normaliseArticle(source("a.docx", "text"))).toThrow(ArticleRejected);
    expect(() => normaliseArticle(source("a.docx", "text"))).toThrow(/unsupported file type "\.docx"/);
    expect(() => normaliseArticle(source("---.md", markdown))).toThrow(/no letters or digits/);
  });

  it("dates a post by its Jekyll file name when the text gives no date, and by its text when it does", () => {
    const undated = "---\ntitle: Harbour reopens\n---\n\nThe harbour reopened on Monday.\n";
    const byName = normaliseArticle(source("2025-03-04-harbour-reopens.md", undated));
    expect(byName.published.toISOString()).toBe("2025-03-04T00:00:00.000Z");
    expect(byName.dateSource).toBe("file-name");
    expect(normaliseArticle(source("2025-03-04-harbour-reopens.md", markdown)).published.toISOString()).toBe("2024-05-01T00:00:00.000Z");
    // Not a date: the modification time, with its warning.
    const warnings: { message: string }[] = [];
    expect(normaliseArticle(source("2025-13-04-harbour.md", undated), warnings as never).dateSource).toBe("file-mtime");
  });
});
