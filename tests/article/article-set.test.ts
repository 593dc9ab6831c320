import { describe, expect, it } from "vitest";
import { ArticleSet, newestFirst, tooLarge, type ParsedFile } from "../../src/article/article-set";
import type { Article, RelatedLink } from "../../src/core/article";

/** A made-up parsed article: only the fields ArticleSet looks at vary. */
function article(slug: string, options: { title?: string; published?: string; related?: RelatedLink[]; canonicalUrl?: string; sourceName?: string } = {}): Article {
  const published = new Date(options.published ?? "2024-01-01T00:00:00Z");
  return {
    slug,
    sourceName: options.sourceName ?? `${slug}.md`,
    format: "markdown",
    title: options.title ?? `Title of ${slug}`,
    summary: "",
    blocks: [{ kind: "paragraph", text: "Body." }],
    captions: [],
    related: options.related ?? [],
    published,
    updated: published,
    dateSource: "front-matter",
    tags: [],
    fileModified: published,
    ...(options.canonicalUrl ? { canonicalUrl: options.canonicalUrl } : {}),
  };
}

const good = (a: Article, warnings: string[] = []): ParsedFile => ({ name: a.sourceName, article: a, warnings });
const bad = (name: string, problem: string): ParsedFile => ({ name, problem, warnings: [] });

describe("ArticleSet: files in, article set out", () => {
  it("is empty before any file arrives", () => {
    expect(new ArticleSet().result()).toEqual({ articles: [], rejections: [], warnings: [] });
  });

  it("rejects a file that never loaded with its own reason, and keeps the others", () => {
    const set = new ArticleSet();
    const result = set.update([good(article("fine")), bad("broken.txt", "binary file")]);
    expect(result.articles.map((a) => a.slug)).toEqual(["fine"]);
    expect(result.rejections).toEqual([{ name: "broken.txt", reason: "binary file" }]);
  });

  it("says 'unknown problem' rather than nothing when a bad parse gives no reason", () => {
    const result = new ArticleSet().update([{ name: "odd.txt", warnings: [] }]);
    expect(result.rejections).toEqual([{ name: "odd.txt", reason: "unknown problem" }]);
  });

  it("passes a good file's warnings through with its name", () => {
    const result = new ArticleSet().update([good(article("warned"), ["unknown key `tittle`"])]);
    expect(result.warnings).toEqual([{ name: "warned.md", message: "unknown key `tittle`" }]);
  });
});

describe("ArticleSet: the last good version is kept", () => {
  it("serves the last good version of a file that turns bad, with a warning naming the problem", () => {
    const set = new ArticleSet();
    const v1 = article("story", { title: "First version" });
    set.update([good(v1)]);
    const result = set.update([bad("story.md", "file is 9.0 MB, over the 5.0 MB limit (MAX_ARTICLE_BYTES)")]);
    expect(result.articles).toEqual([v1]);
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([
      { name: "story.md", message: "kept the last good version: file is 9.0 MB, over the 5.0 MB limit (MAX_ARTICLE_BYTES)" },
    ]);
  });

  it("drops the good file's old warnings while the bad version is held back", () => {
    const set = new ArticleSet();
    set.update([good(article("story"), ["old warning"])]);
    const { warnings } = set.update([bad("story.md", "half-written")]);
    expect(warnings.map((w) => w.message)).toEqual(["kept the last good version: half-written"]);
  });

  it("keeps the last good version across several bad versions, then takes the fix", () => {
    const set = new ArticleSet();
    set.update([good(article("story", { title: "One" }))]);
    set.update([bad("story.md", "first break")]);
    const held = set.update([bad("story.md", "second break")]);
    expect(held.articles.map((a) => a.title)).toEqual(["One"]);
    expect(held.warnings.map((w) => w.message)).toEqual(["kept the last good version: second break"]);
    const fixed = set.update([good(article("story", { title: "Two" }))]);
    expect(fixed.articles.map((a) => a.title)).toEqual(["Two"]);
    expect(fixed.warnings).toEqual([]);
  });

  it("forgets a held-back file entirely when it is removed", () => {
    const set = new ArticleSet();
    set.update([good(article("story"))]);
    set.update([bad("story.md", "broken")]);
    expect(set.update([], ["story.md"])).toEqual({ articles: [], rejections: [], warnings: [] });
  });
});

describe("ArticleSet: unique ids", () => {
  it("gives an id to the file first by name and rejects the other with the clash reason", () => {
    const set = new ArticleSet();
    const result = set.update([
      good(article("story", { sourceName: "story.txt", title: "From the scrape" })),
      good(article("story", { sourceName: "story.md", title: "From markdown" })),
    ]);
    expect(result.articles.map((a) => a.sourceName)).toEqual(["story.md"]);
    expect(result.rejections).toEqual([
      { name: "story.txt", reason: 'its id "story" is already taken by story.md; rename one of the files' },
    ]);
  });

  it("resolves the same clash the same way whatever order the files arrive in", () => {
    const a = article("story", { sourceName: "a.md" });
    const b = article("story", { sourceName: "b.md" });
    const oneWay = new ArticleSet().update([good(b), good(a)]);
    const otherWay = new ArticleSet();
    otherWay.update([good(a)]);
    const later = otherWay.update([good(b)]);
    expect(oneWay.articles.map((x) => x.sourceName)).toEqual(["a.md"]);
    expect(later.articles.map((x) => x.sourceName)).toEqual(["a.md"]);
    expect(later.rejections.map((r) => r.name)).toEqual(["b.md"]);
  });

  it("lets the second file have the id once the first is removed", () => {
    const set = new ArticleSet();
    set.update([good(article("story", { sourceName: "a.md" })), good(article("story", { sourceName: "b.md" }))]);
    const result = set.update([], ["a.md"]);
    expect(result.articles.map((x) => x.sourceName)).toEqual(["b.md"]);
    expect(result.rejections).toEqual([]);
  });
});

describe("ArticleSet: related headlines link to siblings", () => {
  it("links a related headline to the sibling with that title, matching case and punctuation loosely", () => {
    const set = new ArticleSet();
    const result = set.update([
      good(article("main", { related: [{ title: "the SHIP sails — again!" }, { title: "No such article" }] })),
      good(article("ship", { title: "The ship sails again" })),
    ]);
    const main = result.articles.find((a) => a.slug === "main")!;
    expect(main.related).toEqual([{ title: "the SHIP sails — again!", url: "/articles/ship" }, { title: "No such article" }]);
  });

  it("prefers the sibling's canonical URL and never overrides a link that already has one", () => {
    const set = new ArticleSet();
    const result = set.update([
      good(article("main", { related: [{ title: "Canonical one" }, { title: "Plain one", url: "https://elsewhere.example/x" }] })),
      good(article("canon", { title: "Canonical one", canonicalUrl: "https://blog.example/canon" })),
      good(article("plain", { title: "Plain one" })),
    ]);
    expect(result.articles.find((a) => a.slug === "main")!.related.map((l) => l.url)).toEqual([
      "https://blog.example/canon", "https://elsewhere.example/x",
    ]);
  });

  it("does not link an article to itself", () => {
    const result = new ArticleSet().update([good(article("self", { title: "Echo", related: [{ title: "Echo" }] }))]);
    expect(result.articles[0]!.related).toEqual([{ title: "Echo" }]);
  });

  it("leaves the parsed article untouched (links go on a copy)", () => {
    const parsed = article("main", { related: [{ title: "Other" }] });
    new ArticleSet().update([good(parsed), good(article("other", { title: "Other" }))]);
    expect(parsed.related).toEqual([{ title: "Other" }]);
  });

  it("unlinks the headline when the sibling goes, and links it again when it comes back", () => {
    const set = new ArticleSet();
    const main = article("main", { related: [{ title: "Other" }] });
    const other = article("other", { title: "Other" });
    expect(set.update([good(main), good(other)]).articles.find((a) => a.slug === "main")!.related[0]!.url).toBe("/articles/other");
    const without = set.update([], ["other.md"]).articles;
    expect(without.map((a) => a.slug)).toEqual(["main"]);
    expect(without[0]!.related).toEqual([{ title: "Other" }]);
    expect(set.update([good(other)]).articles.find((a) => a.slug === "main")!.related[0]!.url).toBe("/articles/other");
  });

  it("unlinks the headline when the sibling's title changes, and follows a changed id", () => {
    const set = new ArticleSet();
    set.update([good(article("main", { related: [{ title: "Other" }] })), good(article("other", { title: "Other" }))]);
    const retitled = set.update([good(article("other", { title: "Something else" }))]);
    expect(retitled.articles.find((a) => a.slug === "main")!.related).toEqual([{ title: "Other" }]);
    const moved = set.update([good(article("renamed", { title: "Other", sourceName: "other.md" }))]);
    expect(moved.articles.find((a) => a.slug === "main")!.related[0]!.url).toBe("/articles/renamed");
  });

  it("keeps the link while a sibling that turned bad is served from its last good version", () => {
    const set = new ArticleSet();
    set.update([good(article("main", { related: [{ title: "Other" }] })), good(article("other", { title: "Other" }))]);
    const held = set.update([bad("other.md", "broken")]);
    expect(held.articles.find((a) => a.slug === "main")!.related[0]!.url).toBe("/articles/other");
  });

  it("keeps one object for an unchanged linked article across updates (renderers cache by object)", () => {
    const set = new ArticleSet();
    const first = set.update([good(article("main", { related: [{ title: "Other" }] })), good(article("other", { title: "Other" }))]);
    const second = set.update([good(article("third"))]);
    const pick = (r: typeof first) => r.articles.find((a) => a.slug === "main");
    expect(pick(second)).toBe(pick(first));
  });
});

describe("ArticleSet: order and folder time", () => {
  it("orders newest first, breaking ties by slug, not by name or arrival", () => {
    const result = new ArticleSet().update([
      good(article("b", { published: "2024-05-01T00:00:00Z", sourceName: "1.md" })),
      good(article("old", { published: "2020-01-01T00:00:00Z" })),
      good(article("a", { published: "2024-05-01T00:00:00Z", sourceName: "2.md" })),
      good(article("newest", { published: "2025-01-01T00:00:00Z" })),
    ]);
    expect(result.articles.map((a) => a.slug)).toEqual(["newest", "a", "b", "old"]);
  });

  it("re-sorts when an edit moves an article's date", () => {
    const set = new ArticleSet();
    set.update([good(article("x", { published: "2024-01-01T00:00:00Z" })), good(article("y", { published: "2024-02-01T00:00:00Z" }))]);
    const result = set.update([good(article("x", { published: "2024-03-01T00:00:00Z" }))]);
    expect(result.articles.map((a) => a.slug)).toEqual(["x", "y"]);
  });

  it("ignores the removal of a file it never had", () => {
    const set = new ArticleSet();
    set.update([good(article("kept"))]);
    expect(set.update([], ["never-seen.md"]).articles.map((a) => a.slug)).toEqual(["kept"]);
  });

  it("reports the folder time once given and keeps it when later updates give none", () => {
    const set = new ArticleSet();
    expect(set.update([good(article("x"))])).not.toHaveProperty("folderModified");
    const when = new Date("2024-06-01T10:00:00Z");
    expect(set.update([], ["gone.md"], when).folderModified).toEqual(when);
    expect(set.update([good(article("y"))]).folderModified).toEqual(when);
  });

  it("newestFirst compares dates first, then slugs", () => {
    const early = article("z", { published: "2020-01-01T00:00:00Z" });
    const late = article("a", { published: "2021-01-01T00:00:00Z" });
    expect(newestFirst(late, early)).toBeLessThan(0);
    expect(newestFirst(article("a"), article("b"))).toBeLessThan(0);
    expect(newestFirst(article("a"), article("a"))).toBe(0);
  });
});

describe("tooLarge", () => {
  it("names both sizes in MB and the setting to change", () => {
    expect(tooLarge(9 * 1024 * 1024, 5 * 1024 * 1024)).toBe("file is 9.0 MB, over the 5.0 MB limit (MAX_ARTICLE_BYTES)");
    expect(tooLarge(1536 * 1024, 1024 * 1024)).toBe("file is 1.5 MB, over the 1.0 MB limit (MAX_ARTICLE_BYTES)");
    // Small limits (tests, tight deployments) are said in their own unit, never "0.0 MB".
    expect(tooLarge(2048, 1024)).toBe("file is 2.0 KB, over the 1.0 KB limit (MAX_ARTICLE_BYTES)");
    expect(tooLarge(900, 500)).toBe("file is 900 bytes, over the 500 bytes limit (MAX_ARTICLE_BYTES)");
  });
});

describe("ArticleSet: articles dated in the future", () => {
  const NOW = Date.parse("2025-06-01T12:00:00Z");
  const soon = article("soon", { title: "Harbour opens", published: "2025-06-02T09:00:00Z" });
  const past = article("past", { published: "2025-05-01T00:00:00Z", related: [{ title: "Harbour opens" }] });

  it("are held back, soonest first, until their date, and then served", () => {
    let now = NOW;
    const set = new ArticleSet({ now: () => now });
    const later = article("later", { published: "2025-07-01T00:00:00Z" });
    const result = set.update([good(soon), good(later), good(past)]);
    expect(result.articles.map((a) => a.slug)).toEqual(["past"]);
    expect(result.scheduled).toEqual([{ name: "soon.md", at: soon.published }, { name: "later.md", at: later.published }]);
    now = Date.parse("2025-06-02T09:00:01Z");
    const due = set.result();
    expect(due.articles.map((a) => a.slug)).toEqual(["soon", "past"]);
    expect(due.scheduled).toEqual([{ name: "later.md", at: later.published }]);
  });

  it("are not linked to before they are out, and are once they are", () => {
    let now = NOW;
    const set = new ArticleSet({ now: () => now });
    expect(set.update([good(soon), good(past)]).articles[0]!.related[0]!.url).toBeUndefined();
    now = Date.parse("2025-06-03T00:00:00Z");
    expect(set.result().articles.find((a) => a.slug === "past")!.related[0]!.url).toBe("/articles/soon");
  });

  it("keep their id against a later file that wants it", () => {
    const set = new ArticleSet({ now: () => NOW });
    const result = set.update([good(soon), good(article("soon", { sourceName: "soon.txt" }))]);
    expect(result.rejections.map((r) => r.name)).toEqual(["soon.txt"]);
  });

  it("are not held back when the date is only the file's modification time (a clock's fault) or read from a page's text", () => {
    const skewed = { ...article("skewed", { published: "2025-06-02T09:00:00Z" }), dateSource: "file-mtime" as const };
    const scraped = { ...article("scraped", { published: "2025-06-02T09:00:00Z" }), dateSource: "text" as const };
    expect(new ArticleSet({ now: () => NOW }).update([good(skewed), good(scraped)]).articles.map((a) => a.slug)).toEqual(["scraped", "skewed"]);
  });
});
