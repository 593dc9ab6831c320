import { describe, expect, it } from "vitest";
import { loadArticles } from "../../src/article/article-store";
import { formatLoadReport } from "../../src/article/report";
import { fixtureBytes, seedSource, source } from "../support/fixtures";

const dated = (name: string, date: string, body = "Body paragraph.") =>
  source(name, `---\ntitle: ${name}\ndate: ${date}\n---\n${body}\n`);

describe("loading a folder", () => {
  it("rejects bad files one by one and keeps every good article", () => {
    const result = loadArticles([
      seedSource(),
      source("empty.txt", ""),
      source("binary.txt", fixtureBytes("scrapes/binary.txt")),
      source("latin1.txt", fixtureBytes("scrapes/latin1.txt")),
      source("only-furniture.txt", "| Home | World | Sport |\nPowered by Example CMS\n"),
      source("note.md", fixtureBytes("markdown/minimal.md")),
    ]);
    expect(result.articles.map((a) => a.slug).sort()).toEqual(["000_27df97f2463d8e1f", "note"]);
    expect(result.rejections).toEqual([
      { name: "binary.txt", reason: expect.stringMatching(/^binary file/) },
      { name: "empty.txt", reason: "empty file (0 bytes)" },
      { name: "latin1.txt", reason: expect.stringMatching(/^not valid UTF-8/) },
      { name: "only-furniture.txt", reason: expect.stringMatching(/^no title/) },
    ]);
    const report = formatLoadReport(result, "articles");
    expect(report[0]).toBe("Loaded 2 articles from articles");
    expect(formatLoadReport(result, "articles", 3.456)[0]).toBe("Loaded 2 articles from articles in 3.46 s");
    expect(formatLoadReport(result, "articles", 12.34)[0]).toBe("Loaded 2 articles from articles in 12.3 s");
    expect(report).toContain("  ✗ empty.txt: empty file (0 bytes)");
  });

  it("orders newest first, ties by id", () => {
    const { articles } = loadArticles([
      dated("b-old.md", "2020-01-01"), dated("c-new.md", "2024-05-01"), dated("a-new.md", "2024-05-01"),
    ]);
    expect(articles.map((a) => a.slug)).toEqual(["a-new", "c-new", "b-old"]);
  });

  it("keeps the id when the text is edited, and rejects a second file with the same id", () => {
    const before = loadArticles([dated("story.md", "2024-01-01", "Old text.")]).articles[0]!;
    const after = loadArticles([source("story.md", "---\ntitle: A new headline\n---\nNew text.\n")]).articles[0]!;
    expect(after.slug).toBe(before.slug);
    const clash = loadArticles([dated("Story.md", "2024-01-01"), dated("story.txt", "2024-01-01")]);
    expect(clash.articles).toHaveLength(1);
    expect(clash.rejections[0]).toEqual({ name: "story.txt", reason: expect.stringContaining('id "story" is already taken by Story.md') });
  });

  it("is deterministic: same sources, same result", () => {
    const sources = [seedSource(), source("note.md", fixtureBytes("markdown/full.md"))];
    expect(JSON.stringify(loadArticles(sources))).toBe(JSON.stringify(loadArticles([...sources].reverse())));
  });

  it("handles CRLF, BOM and whitespace-only lines like clean text", () => {
    const text = new TextDecoder().decode(seedSource().bytes);
    const messy = `\uFEFF${text.replace(/\n/g, "\r\n").replace(/\r\n\r\n/g, "\r\n \t \r\n")}`;
    const clean = loadArticles([seedSource()]).articles[0]!;
    const fromMessy = loadArticles([source("000_27df97f2463d8e1f.txt", messy)]).articles[0]!;
    expect(fromMessy).toEqual(clean);
  });

  it("strips XML-hostile characters but keeps &, <, ]]> and emoji as text", () => {
    const text = "Fish & chips <b>not bold</b> ]]> end ]]>\u0001\u0008\u000b\u001f\n\n:: Lead with 🎉 and 👩‍💻 & ]]> twice ]]>.\n";
    const article = loadArticles([source("hostile.txt", text)]).articles[0]!;
    expect(article.title).toBe("Fish & chips <b>not bold</b> ]]> end ]]>");
    expect(article.summary).toBe("Lead with 🎉 and 👩‍💻 & ]]> twice ]]>.");
  });
});

describe("lists in scrapes", () => {
  it("bulleted lines after a colon become one list in the body, not related links", async () => {
    const { normaliseArticle } = await import("../../src/article/normalise");
    const { contentHtml } = await import("../../src/render/content-html");
    const article = normaliseArticle(source("list.txt", fixtureBytes("scrapes/review-list.txt")));
    const list = article.blocks.find((b) => b.kind === "list");
    expect(list).toEqual({ kind: "list", items: ["Check the county alert map", "Keep a go-bag ready", "Follow local officials on radio"] });
    expect(article.related).toEqual([]);
    expect(contentHtml(article.blocks, [], (h) => h)).toContain("<ul>\n<li>Check the county alert map</li>");
  });
});

describe("related links across updates", () => {
  it("relink when a sibling appears, is renamed or goes away", async () => {
    const { ArticleStore } = await import("../../src/article/article-store");
    const store = new ArticleStore();
    const linker = source("a.md", "---\ntitle: A\nrelated: [The sibling]\n---\nBody.\n");
    const related = () => store.result().articles.find((x) => x.slug === "a")!.related[0];
    store.apply([linker]);
    expect(related()).toEqual({ title: "The sibling" });
    store.apply([source("b.md", "---\ntitle: The sibling\n---\nBody.\n")]);
    expect(related()).toEqual({ title: "The sibling", url: "/articles/b" });
    store.apply([source("b.md", "---\ntitle: The sibling\n---\nEdited body.\n")]);
    expect(related()).toEqual({ title: "The sibling", url: "/articles/b" });
    store.apply([source("b.md", "---\ntitle: The sibling\nurl: https://elsewhere.example/b\n---\nBody.\n")]);
    expect(related()).toEqual({ title: "The sibling", url: "https://elsewhere.example/b" });
    store.apply([source("b.md", "---\ntitle: Renamed\n---\nBody.\n")]);
    expect(related()).toEqual({ title: "The sibling" });
    store.apply([source("c.md", "---\ntitle: The Sibling!\n---\nBody.\n")]);
    expect(related()).toEqual({ title: "The sibling", url: "/articles/c" });
    store.apply([], ["c.md"]);
    expect(related()).toEqual({ title: "The sibling" });
  });
});

describe("file names in any script", () => {
  it("a file named without Latin letters loads under a stable id; one with no letters or digits is refused with its reason", () => {
    const result = loadArticles([
      source("東京の新しい駅.md", "---\ntitle: 新駅が開業\ndate: 2024-05-01\n---\n本文です。\n"),
      source("!!!.md", "---\ntitle: Bang\ndate: 2024-05-01\n---\nBody.\n"),
    ]);
    expect(result.articles.map((a) => [a.sourceName, a.slug])).toEqual([["東京の新しい駅.md", expect.stringMatching(/^article-[0-9a-f]{8}$/)]]);
    expect(loadArticles([source("東京の新しい駅.md", "---\ntitle: 新駅が開業\ndate: 2024-05-01\n---\n本文です。\n")]).articles[0]!.slug).toBe(result.articles[0]!.slug);
    expect(result.rejections).toEqual([{ name: "!!!.md", reason: expect.stringContaining("no letters or digits") }]);
  });
});
