/** Front matter against its schema (src/extract/markdown/front-matter.ts): each slip named with its file and key, nothing coerced. */
import { describe, expect, it } from "vitest";
import { normaliseArticle } from "../../../src/article/normalise";
import { checkFrontMatter, describeProblem } from "../../../src/extract/markdown/front-matter";
import { fixtureBytes, source } from "../../support/fixtures";

const md = (name: string) => source(name, fixtureBytes(`markdown/${name}`));

describe("front matter schema, through the loader", () => {
  const warnings: { name: string; message: string }[] = [];
  const article = normaliseArticle(md("schema-slips.md"), warnings);
  const messages = warnings.map((w) => w.message);

  it("names the file and the key of every problem", () => {
    expect(warnings.every((w) => w.name === "schema-slips.md")).toBe(true);
    expect(messages).toEqual([
      "front matter `title` must be text, got the number 1984; put it in quotes if it is meant as text",
      "front matter `tittle` unknown key, ignored: did you mean `title`?",
      "front matter `updated` must be a date such as 2024-03-12T09:30:00Z, got a list",
      "front matter `author` must be a name, a list of names or { name: … }, got the number 7; put it in quotes if it is meant as text",
      "front matter `tags.1` must be text, got the number 2024; put it in quotes if it is meant as text",
      'front matter `url` is not an absolute http(s) URL: "javascript:alert(1)"',
      "front matter `related.1.title` must be text, got the number 5; put it in quotes if it is meant as text",
      "front matter `related.2.url` must be text, got the number 12; put it in quotes if it is meant as text",
      'front matter `related.3` must be "Title", "Title - URL", "[Title](URL)" or { title, url }, got the number 42; put it in quotes if it is meant as text',
      "front matter `lang` must be text, got the yes/no value true; put it in quotes if it is meant as text",
      "front matter `id` must be text, got the number 17; put it in quotes if it is meant as text",
      "front matter `layout` unknown key, ignored (known keys: title, summary, date, updated, author, tags, url, image, image_caption, related, lang, id)",
    ]);
  });

  it("coerces nothing: a value of the wrong kind is left out, the rest is used", () => {
    // The number title is refused; the body's heading is the title instead.
    expect(article.title).toBe("A heading in the body");
    expect(article.author).toBeUndefined();
    expect(article.tags).toEqual(["Books", "Orwell"]);
    expect(article.canonicalUrl).toBeUndefined();
    expect(article.claimedId).toBeUndefined();
    expect(article.related).toEqual([{ title: "Animal Farm", url: "https://news.example.org/animal-farm" }]);
    expect(article.published.toISOString()).toBe("2024-03-12T09:30:00.000Z");
    expect(article.updated.toISOString()).toBe("2024-03-12T09:30:00.000Z");
  });

  it("a file whose only title is a number is rejected, saying why", () => {
    expect(() => normaliseArticle(md("number-title.md"))).toThrow(
      "no title: front matter `title` must be text, got the number 1984; put it in quotes if it is meant as text",
    );
  });

  it("a clean file has no warnings about its front matter", () => {
    const clean: { name: string; message: string }[] = [];
    normaliseArticle(md("full.md"), clean);
    expect(clean).toEqual([]);
  });
});

describe("checkFrontMatter", () => {
  const problems = (data: Record<string, unknown>) => checkFrontMatter(data).problems.map(describeProblem);

  it("reads every accepted form", () => {
    expect(checkFrontMatter({
      title: "  A   title ", author: ["Ann", "Bo"], tags: "a, b ,", date: new Date("2024-01-02T00:00:00Z"),
      related: ["Plain title", "[Linked](https://e.example/x)", { title: "T", url: "https://e.example/t" }, { Monitor: "58 killed" }],
    }).fields).toEqual({
      title: "A title", author: "Ann, Bo", tags: ["a", "b"], date: new Date("2024-01-02T00:00:00Z"),
      related: [{ title: "Plain title" }, { title: "Linked", url: "https://e.example/x" }, { title: "T", url: "https://e.example/t" }, { title: "Monitor: 58 killed" }],
    });
    expect(checkFrontMatter({ author: { name: "Cy" } }).fields).toEqual({ author: "Cy" });
  });

  it("an empty value is absent, not a problem", () => {
    expect(checkFrontMatter({ title: null, summary: "", image: "  " })).toEqual({ fields: {}, problems: [] });
  });

  it("reports values of the wrong kind", () => {
    expect(problems({ date: 2024 })).toEqual(["front matter `date` must be a date such as 2024-03-12T09:30:00Z, got the number 2024; put it in quotes if it is meant as text"]);
    expect(problems({ date: "someday" })).toEqual(['front matter `date` is not a date I can read: "someday"']);
    expect(problems({ summary: ["a"] })).toEqual(["front matter `summary` must be text, got a list"]);
    expect(problems({ tags: { a: 1 } })).toEqual(['front matter `tags` must be a list of tags or "a, b", got a mapping (key: value lines)']);
    expect(problems({ related: "x" })).toEqual(['front matter `related` must be a list of links, got "x"']);
    expect(problems({ author: { nom: "x" } })).toEqual(["front matter `author.name` must have a name"]);
  });

  it("suggests the known key a misspelt one is near", () => {
    expect(problems({ summray: "x" })).toEqual(["front matter `summray` unknown key, ignored: did you mean `summary`?"]);
    expect(problems({ Title: "x" })).toEqual(["front matter `Title` unknown key, ignored: did you mean `title`?"]);
  });
});
