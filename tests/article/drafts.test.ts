/** Drafts (`draft: true`, dev.to's and Jekyll's `published: false`): in no feed or page, reported as left out, never as a rejection. */
import { parseFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { ArticleStore, loadArticles } from "../../src/article/article-store";
import { formatCheck } from "../../src/article/check-report";
import { reconcileEdits, reconcileLedger } from "../../src/article/ledger-reconcile";
import { formatLoadReport } from "../../src/article/report";
import { appFor, source } from "../support/fixtures";

const md = (name: string, frontMatter: string, body = "Body paragraph of the article.") =>
  source(name, `---\ntitle: ${name} title\ndate: 2024-05-01\n${frontMatter}\n---\n\n${body}\n`);

const published = md("live.md", "tags: [news]");
const draft = md("draft.md", "draft: true");
const devTo = md("dev-to.md", "published: false");

describe("drafts", () => {
  const result = loadArticles([published, draft, devTo]);

  it("are left out of the articles, and are not rejections", () => {
    expect(result.articles.map((a) => a.sourceName)).toEqual(["live.md"]);
    expect(result.rejections.map((r) => r.name)).toEqual([]);
    expect(result.drafts).toEqual([
      { name: "dev-to.md", reason: "`published: false` in the front matter" },
      { name: "draft.md", reason: "`draft: true` in the front matter" },
    ]);
  });

  it("a bad file beside them is still reported as bad, and a draft costs no other file", () => {
    const withBad = loadArticles([published, draft, source("bad.md", "---\ntitle: [unclosed\n---\nx\n")]);
    expect(withBad.articles.map((a) => a.sourceName)).toEqual(["live.md"]);
    expect(withBad.rejections.map((r) => r.name)).toEqual(["bad.md"]);
    expect(withBad.drafts?.map((d) => d.name)).toEqual(["draft.md"]);
  });

  it("get one line in the start-up report and in the checker, not a ✗", () => {
    const report = formatLoadReport(result, "articles");
    expect(report).toContain("Left out 2 drafts: dev-to.md, draft.md");
    expect(report.some((line) => line.includes("✗"))).toBe(false);
    const check = formatCheck(result, "articles");
    expect(check).toContain("– draft.md: draft, left out of every feed and page (`draft: true` in the front matter)");
    expect(check.at(-1)).toBe("articles: 1 article ok, 0 rejected, 2 drafts left out, 0 warnings");
  });

  it("a folder without drafts has no drafts field and no report line", () => {
    const plain = loadArticles([published]);
    expect(plain.drafts).toBeUndefined();
    expect(formatLoadReport(plain, "articles").some((line) => line.includes("draft"))).toBe(false);
  });

  it("`draft: false`, `published: true` and `published: <date>` publish", () => {
    const { articles, drafts } = loadArticles([md("a.md", "draft: false"), md("b.md", "published: true"), source("c.md", "---\ntitle: C\npublished: 2024-03-01\n---\nBody.\n")]);
    expect(articles.map((a) => a.sourceName).sort()).toEqual(["a.md", "b.md", "c.md"]);
    expect(drafts).toBeUndefined();
    expect(articles.find((a) => a.sourceName === "c.md")!.published.toISOString()).toBe("2024-03-01T00:00:00.000Z");
  });

  it("`draft: yes` and a quoted \"true\" hold a file back; any one mark of a draft wins", () => {
    const { articles, drafts } = loadArticles([md("a.md", "draft: yes"), md("b.md", 'Draft: "true"'), md("c.md", "published: true\ndraft: true")]);
    expect(articles).toEqual([]);
    expect(drafts?.map((d) => d.reason)).toEqual(["`draft: yes` in the front matter", '`Draft: true` in the front matter', "`draft: true` in the front matter"]);
  });

  it("a draft value it cannot read rejects the file, saying why, rather than publish it", () => {
    const { articles, rejections } = loadArticles([md("unsure.md", "draft: maybe"), md("number.md", "draft: 1")]);
    expect(articles).toEqual([]);
    expect(rejections).toEqual([
      { name: "number.md", reason: "cannot tell whether it is a draft: front matter `draft` must be true or false, got the number 1; put it in quotes if it is meant as text" },
      { name: "unsure.md", reason: 'cannot tell whether it is a draft: front matter `draft` must be true or false, got "maybe"' },
    ]);
  });

  it("a draft needs no title yet", () => {
    const { drafts, rejections } = loadArticles([source("idea.md", "---\ndraft: true\n---\n\nNotes for later.\n")]);
    expect(rejections).toEqual([]);
    expect(drafts?.map((d) => d.name)).toEqual(["idea.md"]);
  });
});

describe("a published article turned into a draft", () => {
  it("is withdrawn at once (not kept as its last good version), and comes back when published again", () => {
    const store = new ArticleStore();
    expect(store.apply([md("story.md", "")]).articles.map((a) => a.slug)).toEqual(["story"]);
    const withdrawn = store.apply([md("story.md", "draft: true")]);
    expect(withdrawn.articles).toEqual([]);
    expect(withdrawn.warnings).toEqual([]);
    expect(withdrawn.drafts).toEqual([{ name: "story.md", reason: "`draft: true` in the front matter" }]);
    const back = store.apply([md("story.md", "draft: false")]);
    expect(back.articles.map((a) => a.slug)).toEqual(["story"]);
    expect(back.drafts).toBeUndefined();
  });

  it("keeps its ledger entry: no 410 Gone, and the same id and first date when it returns", () => {
    const first = reconcileLedger(new Map(), loadArticles([md("story.md", "")]));
    const asDraft = reconcileLedger(first.ledger, loadArticles([md("story.md", "draft: true")]));
    expect(asDraft.events).toEqual([]);
    expect(asDraft.result.gone).toEqual([]);
    expect(asDraft.result.drafts?.map((d) => d.name)).toEqual(["story.md"]);
    const back = reconcileLedger(asDraft.ledger, loadArticles([md("story.md", "draft: false")]));
    expect(back.events).toEqual([]);
    expect(back.result.articles.map((a) => a.slug)).toEqual(["story"]);
  });

  it("leaves with a 410 when the draft's file is removed, on the edit path too", () => {
    const other = md("other.md", "");
    const first = reconcileLedger(new Map(), loadArticles([md("story.md", ""), other]));
    const withDraft = loadArticles([md("story.md", "draft: true"), other]);
    const asDraft = reconcileLedger(first.ledger, withDraft);
    const removed = loadArticles([other]);
    // Same articles, but a draft went: the edit shortcut does not apply.
    expect(reconcileEdits(asDraft.ledger, { input: withDraft, output: asDraft.result }, removed)).toBeUndefined();
    const after = reconcileLedger(asDraft.ledger, removed);
    expect(after.events).toEqual([{ kind: "removed", id: "story", file: "story.md" }]);
    expect(after.result.gone).toEqual(["story"]);
  });
});

describe("drafts through the app", () => {
  const { app } = appFor([published, draft, devTo]);

  it("are in no feed, and their pages are not found", async () => {
    const json = (await (await app.request("/feed.json")).json()) as { items: { title: string }[] };
    expect(json.items.map((item) => item.title)).toEqual(["live.md title"]);
    const rss = parseFeed(await (await app.request("/rss.xml")).text()).feed as { items?: { title?: string }[] };
    expect(rss.items?.map((item) => item.title)).toEqual(["live.md title"]);
    const atom = parseFeed(await (await app.request("/atom.xml")).text()).feed as { entries?: { title?: { value: string } }[] };
    expect(atom.entries?.map((entry) => entry.title?.value)).toEqual(["live.md title"]);
    const landing = await (await app.request("/")).text();
    expect(landing).toContain("live.md title");
    expect(landing).not.toContain("draft.md title");
    for (const path of ["/articles/draft", "/articles/dev-to"]) expect((await app.request(path)).status).toBe(404);
    expect((await app.request("/articles/live")).status).toBe(200);
  });
});
