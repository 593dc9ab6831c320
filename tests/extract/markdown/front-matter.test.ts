/** Front matter against its schema (src/extract/markdown/front-matter.ts): each slip named with its file and key, nothing coerced but numeric tags; other generators' names read. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/extract/markdown/parse-markdown";
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
      'front matter `url` is not an absolute http(s) URL: "javascript:alert(1)"',
      "front matter `related.1.title` must be text, got the number 5; put it in quotes if it is meant as text",
      "front matter `related.2.url` must be text, got the number 12; put it in quotes if it is meant as text",
      'front matter `related.3` must be "Title", "Title - URL", "[Title](URL)" or { title, url }, got the number 42; put it in quotes if it is meant as text',
      "front matter `lang` must be text, got the yes/no value true; put it in quotes if it is meant as text",
      "front matter `id` must be text, got the number 17; put it in quotes if it is meant as text",
      "front matter `flavour` unknown key, ignored (known keys: title, summary, date, updated, author, tags, url, image, image_caption, related, lang, id, draft)",
    ]);
  });

  it("coerces nothing but a numeric tag: a value of the wrong kind is left out, the rest is used", () => {
    // The number title is refused; the body's heading is the title instead.
    expect(article.title).toBe("A heading in the body");
    expect(article.author).toBeUndefined();
    expect(article.tags).toEqual(["Books", "2024", "Orwell"]);
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
    // A name written with its address, as mail and package files write it: the name alone.
    expect(checkFrontMatter({ author: "Ann Lee <ann@example.org>" }).fields).toEqual({ author: "Ann Lee" });
    expect(checkFrontMatter({ author: "ann@example.org (Ann Lee)" }).fields).toEqual({ author: "Ann Lee" });
    expect(checkFrontMatter({ author: ["Ann Lee <ann@example.org>", "Bo"] }).fields).toEqual({ author: "Ann Lee, Bo" });
    expect(checkFrontMatter({ author: "ann@example.org" }).fields).toEqual({ author: "ann@example.org" });
    expect(checkFrontMatter({ author: "Ann Lee <ann@example.org>, Bo Roe <bo@example.org>" }).fields).toEqual({ author: "Ann Lee, Bo Roe" });
    expect(checkFrontMatter({ author: ["<ann@example.org>"] }).fields).toEqual({ author: "ann@example.org" });
  });

  it("an empty value is absent, not a problem", () => {
    expect(checkFrontMatter({ title: null, summary: "", image: "  " })).toEqual({ fields: {}, problems: [] });
  });

  it("reports values of the wrong kind", () => {
    expect(problems({ date: 2024 })).toEqual(["front matter `date` is a number, not a date: 2024; write it as 2024-03-12 (or as a Unix time, ten digits)"]);
    expect(problems({ date: "someday" })).toEqual(['front matter `date` is not a date I can read: "someday"']);
    expect(problems({ summary: ["a"] })).toEqual(["front matter `summary` must be text, got a list"]);
    expect(problems({ tags: { a: 1 } })).toEqual(['front matter `tags` must be a list of tags or "a, b", got a mapping (key: value lines)']);
    expect(problems({ related: "x" })).toEqual(['front matter `related` must be a list of links, got "x"']);
    expect(problems({ author: { nom: "x" } })).toEqual(["front matter `author.name` must have a name"]);
  });

  it("reads a Unix time in seconds or milliseconds, as a number or quoted", () => {
    const at = new Date("2025-03-14T08:30:00Z");
    expect(checkFrontMatter({ date: 1741941000 }).fields.date).toEqual(at);
    expect(checkFrontMatter({ date: "1741941000" }).fields.date).toEqual(at);
    expect(checkFrontMatter({ date: 1741941000000 }).fields.date).toEqual(at);
  });

  it("reads Ghost's tags as { name } objects, and leaves out Eleventy's collection tag", () => {
    expect(checkFrontMatter({ tags: [{ name: "Libraries" }, { name: "Culture" }] })).toEqual({ fields: { tags: ["Libraries", "Culture"] }, problems: [] });
    expect(checkFrontMatter({ tags: ["posts", "cycling", "Mill Road"] }).fields.tags).toEqual(["cycling", "Mill Road"]);
  });

  it("splits Jekyll's space-separated categories in lower case, and keeps a capitalised name whole", () => {
    expect(checkFrontMatter({ categories: "local transport" }).fields.tags).toEqual(["local", "transport"]);
    expect(checkFrontMatter({ tags: "Mill Road" }).fields.tags).toEqual(["Mill Road"]);
    expect(checkFrontMatter({ excerpt_separator: "<!--more-->", hide_table_of_contents: true })).toEqual({ fields: {}, problems: [] });
  });

  it("holds back Obsidian Publish's `publish: false` and ignores the cover's alt text and theme switches without a warning", () => {
    expect(checkFrontMatter({ publish: false }).fields.draft).toBe("`publish: false`");
    expect(checkFrontMatter({ publish: true, feature_image_alt: "A reading room", TocOpen: true })).toEqual({ fields: {}, problems: [] });
  });

  it("suggests the known key a misspelt one is near", () => {
    expect(problems({ summray: "x" })).toEqual(["front matter `summray` unknown key, ignored: did you mean `summary`?"]);
    expect(problems({ descripton: "x" })).toEqual(["front matter `descripton` unknown key, ignored: did you mean `description`?"]);
    expect(problems({ PubDat: "2024-01-01" })).toEqual(["front matter `PubDat` unknown key, ignored: did you mean `pubDate`?"]);
  });
});

describe("front matter as other site generators write it (Hugo, Jekyll, Astro, Eleventy, dev.to)", () => {
  const fields = (data: Record<string, unknown>) => checkFrontMatter(data).fields;

  it("reads their names for our fields", () => {
    expect(fields({ description: "D", pubDate: "2024-03-12", lastmod: "2024-03-14", categories: ["News"], heroImage: "/hero.jpg", canonical_url: "https://e.example/a", language: "fr" })).toEqual({
      summary: "D", date: new Date("2024-03-12T00:00:00Z"), updated: new Date("2024-03-14T00:00:00Z"), tags: ["News"], image: "/hero.jpg", url: "https://e.example/a", lang: "fr",
    });
    expect(fields({ excerpt: "E", publishDate: "2024-01-02", modified: "2024-01-03", keywords: "a, b", cover_image: "https://e.example/c.png" })).toEqual({
      summary: "E", date: new Date("2024-01-02T00:00:00Z"), updated: new Date("2024-01-03T00:00:00Z"), tags: ["a", "b"], image: "https://e.example/c.png",
    });
    expect(fields({ published: "2024-05-06", updatedDate: "2024-05-07", cover: "/c.jpg" })).toEqual({ date: new Date("2024-05-06T00:00:00Z"), updated: new Date("2024-05-07T00:00:00Z"), image: "/c.jpg" });
  });

  it("reads keys case-insensitively, and `pub_date` as `pubDate`", () => {
    expect(fields({ Title: "T", DATE: "2024-03-12", Author: "A", Tags: ["x"], pub_date: "2020-01-01" })).toEqual({ title: "T", date: new Date("2024-03-12T00:00:00Z"), author: "A", tags: ["x"] });
  });

  it("prefers a field's own name, then the earliest other, whatever the order in the file", () => {
    expect(fields({ description: "SEO text", summary: "The summary" }).summary).toBe("The summary");
    expect(fields({ excerpt: "Excerpt", description: "Description" }).summary).toBe("Description");
    expect(fields({ lastmod: "2024-02-02", updated: "2024-01-01" }).updated).toEqual(new Date("2024-01-01T00:00:00Z"));
    expect(fields({ publishDate: "2024-02-02", date: "2024-01-01" }).date).toEqual(new Date("2024-01-01T00:00:00Z"));
  });

  it("merges tags from every name, numbers as text", () => {
    expect(fields({ tags: ["a", 2024], categories: "News", keywords: ["b"], category: 7 }).tags).toEqual(["a", "2024", "News", "7", "b"]);
    expect(fields({ tags: 2024 }).tags).toEqual(["2024"]);
  });

  it("reads an author list of names, of { name } objects, or both; a bad item is left out with its place", () => {
    expect(fields({ author: [{ name: "Jane Doe" }, { name: "John Roe" }] }).author).toBe("Jane Doe, John Roe");
    expect(fields({ authors: ["Ann", { name: "Bo" }] }).author).toBe("Ann, Bo");
    const checked = checkFrontMatter({ author: [{ name: "Ann" }, 5, { nom: "x" }] });
    expect(checked.fields.author).toBe("Ann");
    expect(checked.problems.map(describeProblem)).toEqual([
      "front matter `author.1` must be a name or { name: … }, got the number 5; put it in quotes if it is meant as text",
      "front matter `author.2.name` must have a name",
    ]);
  });

  it("reads an image object's src, path, url or image, and the first of a list", () => {
    expect(fields({ image: { src: "/a.jpg", alt: "A" } }).image).toBe("/a.jpg");
    expect(fields({ cover: { url: "https://e.example/b.jpg" } }).image).toBe("https://e.example/b.jpg");
    expect(fields({ heroImage: { image: "/c.jpg" } }).image).toBe("/c.jpg");
    expect(fields({ image: { path: "/jekyll-seo.png", height: 100 } }).image).toBe("/jekyll-seo.png");
    expect(fields({ images: ["/first.jpg", "/second.jpg"] }).image).toBe("/first.jpg");
    expect(fields({ images: [{ src: "/first.jpg" }] }).image).toBe("/first.jpg");
    expect(checkFrontMatter({ image: { alt: "no source" } }).problems.map(describeProblem)).toEqual(["front matter `image` must have a src, path, url or image"]);
    expect(checkFrontMatter({ images: [7] }).problems.map(describeProblem)).toEqual(["front matter `images` must be a path or URL, or { src: … }, got the number 7; put it in quotes if it is meant as text"]);
    expect(checkFrontMatter({ image: 3 }).problems.map(describeProblem)).toEqual(["front matter `image` must be a path or URL, or { src: … }, got the number 3; put it in quotes if it is meant as text"]);
  });

  it("ignores their own keys (templates, paths, menus) without a warning", () => {
    expect(checkFrontMatter({ layout: "post", permalink: "/x/", slug: "x", weight: 3, showToc: true, eleventyNavigation: { key: "x" }, aliases: ["/y"] })).toEqual({ fields: {}, problems: [] });
  });

  it("names the key as written in a problem", () => {
    expect(checkFrontMatter({ pubDate: "someday" }).problems.map(describeProblem)).toEqual(['front matter `pubDate` is not a date I can read: "someday"']);
    expect(checkFrontMatter({ Title: 1984 }).problems).toEqual([{ key: "Title", field: "title", message: "must be text, got the number 1984; put it in quotes if it is meant as text" }]);
  });

  it("marks a draft by `draft` or by `published: false`, as written", () => {
    expect(fields({ draft: true }).draft).toBe("`draft: true`");
    expect(fields({ published: false }).draft).toBe("`published: false`");
    expect(fields({ published: "False" }).draft).toBe("`published: false`");
    expect(fields({ published: "true" })).toEqual({});
    expect(fields({ draft: false, published: true })).toEqual({});
  });

  it("reads Ghost's and WordPress's export: status, published_at, updated_at, feature_image and its caption, custom_excerpt", () => {
    expect(fields({ status: "draft" }).draft).toBe("`status: draft`");
    expect(fields({ status: "scheduled" }).draft).toBe("`status: scheduled`");
    expect(fields({ status: "published", published_at: "2024-03-03T14:00:00.000Z", updated_at: "2024-03-04T09:00:00.000Z", feature_image: "https://e.example/g.jpg", feature_image_caption: "The harbour at dawn", custom_excerpt: "E" })).toEqual({
      date: new Date("2024-03-03T14:00:00Z"), updated: new Date("2024-03-04T09:00:00Z"), image: "https://e.example/g.jpg", image_caption: "The harbour at dawn", summary: "E",
    });
    expect(checkFrontMatter({ status: "in review" }).problems.map(describeProblem)).toEqual(['front matter `status` must be a status such as draft or published, got "in review"']);
  });

  it("publishes a file whose status is of another kind (a digital garden's `status: evergreen`), with a warning", () => {
    const parsed = parseMarkdown("---\ntitle: Notes on compost\nstatus: evergreen\n---\n\nCompost needs air.\n");
    expect(parsed.title).toBe("Notes on compost");
    expect(parsed.warnings).toEqual(['front matter `status` must be a status such as draft or published, got "evergreen"']);
    expect(parseMarkdown("---\ntitle: Notes on compost\nStatus_: evergreen\n---\n\nCompost needs air.\n").title).toBe("Notes on compost");
  });

  it("reads Hugo's params table, Obsidian's created, a thumbnail, an image object's caption, and tags as hashtags or with semicolons", () => {
    expect(fields({ title: "T", params: { author: "Max Roe", mood: "calm" } })).toEqual({ title: "T", author: "Max Roe" });
    expect(fields({ author: "Top", params: { author: "Inner" } }).author).toBe("Top");
    expect(fields({ created: "2024-03-03" }).date).toEqual(new Date("2024-03-03T00:00:00Z"));
    expect(fields({ thumbnail: "/t.jpg" }).image).toBe("/t.jpg");
    expect(fields({ cover: { image: "/c.jpg", caption: "Dawn" } })).toEqual({ image: "/c.jpg", image_caption: "Dawn" });
    expect(fields({ cover: { image: "/c.jpg", caption: "Dawn" }, image_caption: "Own" }).image_caption).toBe("Own");
    // The caption goes with the image that wins, whatever the keys' order.
    expect(fields({ cover: { image: "/c.jpg", caption: "Dawn" }, image: "/b.jpg" })).toEqual({ image: "/b.jpg" });
    expect(fields({ image: "/b.jpg", cover: { image: "/c.jpg", caption: "Dawn" } })).toEqual({ image: "/b.jpg" });
    expect(fields({ thumbnail: "/t.jpg", cover: { image: "/c.jpg", caption: "Dawn" } })).toEqual({ image: "/c.jpg", image_caption: "Dawn" });
    expect(fields({ tags: "#c++ #c#" }).tags).toEqual(["c++", "c#"]);
    expect(fields({ tags: "#harbour #council" }).tags).toEqual(["harbour", "council"]);
    expect(fields({ tags: "harbour; council" }).tags).toEqual(["harbour", "council"]);
  });

  it("reads Zola's extra and taxonomies tables and MkDocs Material's date mapping", () => {
    expect(fields({ title: "T", taxonomies: { tags: ["rust", "wasm"], categories: ["engineering"] }, extra: { author: "Lin Zhou", toc: true } })).toEqual({
      title: "T", author: "Lin Zhou", tags: ["rust", "wasm", "engineering"],
    });
    expect(fields({ author: "Top", extra: { author: "Inner" } }).author).toBe("Top");
    expect(checkFrontMatter({ extra: { toc: true, math: "katex" } }).problems).toEqual([]);
    expect(fields({ date: { created: "2024-01-31", updated: "2024-02-02" } })).toEqual({ date: new Date("2024-01-31T00:00:00Z"), updated: new Date("2024-02-02T00:00:00Z") });
    expect(fields({ date: { created: "2024-01-31", updated: "2024-02-02" }, lastmod: "2024-03-01" }).updated).toEqual(new Date("2024-03-01T00:00:00Z"));
    expect(fields({ date: { created: "2024-01-31" } })).toEqual({ date: new Date("2024-01-31T00:00:00Z") });
  });

  it("reads Pandoc's abstract, Quarto's date-modified, tags split at full-width commas, and ignores Joplin's coordinates", () => {
    expect(fields({ abstract: "Microplastics in the estuary" }).summary).toBe("Microplastics in the estuary");
    expect(fields({ description: "D", abstract: "A" }).summary).toBe("D");
    expect(fields({ "date-modified": "2024-02-20" }).updated).toEqual(new Date("2024-02-20T00:00:00Z"));
    expect(fields({ tags: "元宵节，灯会、滨江公园" }).tags).toEqual(["元宵节", "灯会", "滨江公园"]);
    expect(checkFrontMatter({ latitude: 50.1, longitude: -5.0, altitude: 0 }).problems).toEqual([]);
  });

  it("reads a caption written in HTML (Ghost's photo credits) as its text", () => {
    const ghost = 'Stalls on opening night. Photo by <a href="https://unsplash.com/@lena">Lena K</a> / <a href="https://unsplash.com/">Unsplash</a>';
    expect(fields({ feature_image_caption: ghost }).image_caption).toBe("Stalls on opening night. Photo by Lena K / Unsplash");
    expect(fields({ cover: { image: "/c.jpg", caption: "Tom &amp; Jerry<br>at <em>dawn</em>" } }).image_caption).toBe("Tom & Jerry at dawn");
    // Angle brackets that are no tag stay as written.
    expect(fields({ image_caption: "Temperature < 5 °C & falling" }).image_caption).toBe("Temperature < 5 °C & falling");
  });
});

describe("the probe's files, through the loader", () => {
  it("an Astro file: description, pubDate, heroImage and categories are used, with no warning", () => {
    const warnings: { name: string; message: string }[] = [];
    const article = normaliseArticle(source("astro.md", "---\ntitle: Astro-style front matter\npubDate: 2024-03-12\ndescription: The one-line summary the author wrote.\nheroImage: /img/hero.jpg\ncategories: [News, news]\ntags: [Space]\n---\n\nFirst paragraph of the body, which is not meant as the summary.\n"), warnings);
    expect(warnings).toEqual([]);
    expect(article).toMatchObject({ summary: "The one-line summary the author wrote.", image: "/img/hero.jpg", tags: ["Space", "News"], dateSource: "front-matter" });
    expect(article.published.toISOString()).toBe("2024-03-12T00:00:00.000Z");
  });

  it("capitalised keys load the article instead of rejecting it", () => {
    const article = normaliseArticle(source("caps.md", "---\nTitle: Capitalised keys\nDate: 2024-03-12\nAuthor: Jane Doe\nTags: [a, b]\n---\n\nBody text.\n"));
    expect(article).toMatchObject({ title: "Capitalised keys", author: "Jane Doe", tags: ["a", "b"] });
    expect(article.published.toISOString()).toBe("2024-03-12T00:00:00.000Z");
  });
});

describe("front matter dates written with slashes", () => {
  const date = (value: string) => checkFrontMatter({ date: value });
  it("reads the one reading there is, and asks for an ISO date when there are two", () => {
    expect(date("13/03/2024").fields.date).toEqual(new Date("2024-03-13T00:00:00Z"));
    expect(date("3/13/2024").fields.date).toEqual(new Date("2024-03-13T00:00:00Z"));
    expect(date("3/3/2024").fields.date).toEqual(new Date("2024-03-03T00:00:00Z"));
    expect(date("03/04/2024").problems.map(describeProblem)).toEqual(['front matter `date` is a date that reads two ways (day or month first): "03/04/2024"; write it as 2024-03-12']);
    for (const impossible of ["31/02/2024", "29/02/2023", "13/13/2024", "0/5/2024"]) expect(date(impossible).problems.map(describeProblem)).toEqual([`front matter \`date\` is not a date I can read: "${impossible}"`]);
  });
});
