import { parseFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { loadArticles } from "../../src/article/article-store";
import { normaliseArticle } from "../../src/article/normalise";
import { appFor, fixtureBytes, seedSource, source } from "../support/fixtures";

const md = (name: string) => source(name, fixtureBytes(`markdown/${name}`));

describe("Markdown articles with YAML front matter", () => {
  const warnings: { name: string; message: string }[] = [];
  const article = normaliseArticle(md("full.md"), warnings);

  it("reads every front-matter field", () => {
    expect(article).toMatchObject({
      slug: "full",
      format: "markdown",
      title: "Desalination plant opens on the northern coast",
      summary: "A plant that will supply a million people opened on Thursday.",
      author: "Amira Haddad",
      tags: ["Water", "Environment", "Q&A"],
      canonicalUrl: "https://news.example.org/2024/03/desalination-plant",
      image: "/images/plant.jpg",
      captions: ["Engineers inspect the intake pipes, March 11, 2024."],
      dateSource: "front-matter",
    });
    expect(article.published.toISOString()).toBe("2024-03-12T09:30:00.000Z");
    expect(article.updated.toISOString()).toBe("2024-03-14T08:00:00.000Z");
    expect(warnings).toEqual([]);
  });

  it("reads related links in every accepted form", () => {
    expect(article.related).toEqual([
      { title: "Water prices to rise in April", url: "https://news.example.org/2024/03/water-prices" },
      { title: "Drought hits farms", url: "https://news.example.org/2024/02/drought" },
      { title: "Coastal erosion report", url: "https://news.example.org/2024/01/erosion" },
      { title: "Monitor: 58 Syria government fighters killed in ISIS attacks" },
    ]);
  });

  it("renders the body with a real Markdown parser", () => {
    const html = article.blocks.flatMap((b) => (b.kind === "html" ? [b.html] : [])).join("");
    expect(html).toContain("<strong>desalination plant</strong>");
    expect(html).toContain("<h2>Environmental concerns</h2>");
    expect(html).toContain("<blockquote>");
  });

  it("links a related title to the sibling article that has it", () => {
    const { articles } = loadArticles([md("full.md"), seedSource()]);
    const full = articles.find((a) => a.slug === "full")!;
    expect(full.related[3]).toEqual({ title: "Monitor: 58 Syria government fighters killed in ISIS attacks", url: "/articles/000_27df97f2463d8e1f" });
  });

  it("needs only a title; takes it from a leading # heading when front matter has none", () => {
    expect(normaliseArticle(md("minimal.md"))).toMatchObject({ title: "Minimal note", summary: "Just one line of text.", dateSource: "file-mtime" });
    const heading = normaliseArticle(md("heading-title.md"));
    expect(heading.title).toBe("Title from the first heading");
    expect(heading.summary).toBe("First paragraph, which becomes the summary.");
    expect(JSON.stringify(heading.blocks)).not.toContain("<h1>");
  });

  it("rejects unusable files with the reason", () => {
    expect(() => normaliseArticle(md("bad-yaml.md"))).toThrow(/^front matter is not valid YAML/);
  });

  it("cuts a title longer than any headline to a headline's length, and says so", () => {
    const warnings: { name: string; message: string }[] = [];
    const long = `# ${"word ".repeat(20_000)}\n\nText.`;
    const article = normaliseArticle(source("long.md", new TextEncoder().encode(long)), warnings);
    expect(article.title.length).toBeLessThanOrEqual(300);
    expect(article.title.endsWith("…")).toBe(true);
    expect(warnings.map((w) => w.message)).toContain("the title is 99999 characters long; cut to 300 in the feeds and pages");
  });

  it("titles a file with no title of its own by its name, as Jekyll, Hugo and Obsidian do, and says so", () => {
    const warnings: { name: string; message: string }[] = [];
    const untitled = normaliseArticle(md("no-title.md"), warnings);
    expect(untitled).toMatchObject({ title: "No Title", author: "Nobody", summary: "A body with no title anywhere." });
    expect(warnings).toContainEqual({ name: "no-title.md", message: 'no title in the file; titled by its name: "No Title"' });
    const note = (name: string) => normaliseArticle(source(name, "---\ndate: 2024-03-12\n---\nThe harbour reopened on Monday.\n")).title;
    // Jekyll's post name: its date is the post's, not its title's.
    expect(note("2024-03-12-harbour-reopens.md")).toBe("Harbour Reopens");
    // A name written as a title (an Obsidian note) stays as written.
    expect(note("Harbour notes, March.md")).toBe("Harbour notes, March");
    expect(note("ferry_timetable-v2.md")).toBe("Ferry Timetable V2");
    expect(note("2024-03-12.md")).toBe("2024-03-12");
    expect(note("港の再開.md")).toBe("港の再開");
    // A Hugo translation's language is no part of the title; a name that is an id gives none.
    expect(note("harbour-reopens.en.md")).toBe("Harbour Reopens");
    for (const id of ["index.en.md", "post-4711203.md", "27df97f2463d8e1f.md"]) expect(() => note(id)).toThrow(/^no title in the file, and its name is an id/);
    // A title written wrong is still the writer's to mend, not replaced by the name.
    expect(() => normaliseArticle(source("number-title.md", "---\ntitle: 1984\n---\nText.\n"))).toThrow(/^no title: front matter `title` must be text/);
  });

  it("sanitises raw HTML with an allow-list; warns about bad front matter", () => {
    const hostileWarnings: { name: string; message: string }[] = [];
    const hostile = normaliseArticle(md("hostile.md"), hostileWarnings);
    const html = hostile.blocks.flatMap((b) => (b.kind === "html" ? [b.html] : [])).join("");
    expect(html).not.toMatch(/<(script|iframe|svg|object|embed|form|input)\b|\son\w+=|style=|(href|src)="\s*(javascript|data|vbscript):/i);
    expect(html).not.toContain("alert(2)");
    expect(html).toContain("Allowed <em>raw</em> HTML stays");
    expect(html).toContain('<a href="https://example.org/ok">good link</a>');
    expect(html).toContain("<a>encoded script link</a>");
    expect(html).toContain("<a>tab-split link</a>");
    expect(hostile.canonicalUrl).toBeUndefined();
    // A tag that is only markup has no words: it goes.
    expect(hostile.tags).toEqual(["ok"]);
    expect(hostileWarnings.map((w) => w.message)).toEqual([
      expect.stringContaining("`date` is not a date"),
      expect.stringContaining("`url` is not an absolute http(s) URL"),
      expect.stringContaining("modification time"),
    ]);
  });
});

describe("a Markdown file as a Hugo site writes it, through the app", () => {
  const { app } = appFor([md("hugo-post.md")]);

  it("loads with no warning, and every feed carries its summary, authors, tags, image and footnotes", async () => {
    const warnings: { name: string; message: string }[] = [];
    const article = normaliseArticle(md("hugo-post.md"), warnings);
    expect(warnings).toEqual([]);
    expect(article).toMatchObject({
      title: "Harbour works: what changes for ferries",
      summary: "Ferries move to the east quay for six months while the harbour is dredged.",
      author: "Ines Moreau, Tom Hale",
      tags: ["Harbour", "2024", "Transport"],
      image: "/images/dredgers.jpg",
    });
    expect(article.updated.toISOString()).toBe("2024-06-04T10:00:00.000Z");

    const json = (await (await app.request("/feed.json")).json()) as { items: { title: string; summary: string; image: string; content_html: string; tags: string[]; authors: { name: string }[] }[] };
    const [item] = json.items;
    expect(item).toMatchObject({ summary: article.summary, image: "https://news.example.com/images/dredgers.jpg", tags: ["Harbour", "2024", "Transport"] });
    expect(item!.authors.map((a) => a.name).join(", ")).toBe("Ines Moreau, Tom Hale");
    expect(item!.content_html).not.toContain("<h1>");
    expect(item!.content_html).toContain("Monday.<sup>1</sup>");
    expect(item!.content_html).toMatch(/<ol>\s*<li><p>From June 10, according to the port authority.<\/p>\s*<\/li>\s*<\/ol>/);
    expect(item!.content_html).not.toContain("[^");

    const rss = parseFeed(await (await app.request("/rss.xml")).text()).feed as { items: { title?: string; description?: string; enclosures?: { url: string }[] }[] };
    expect(rss.items[0]!.title).toBe("Harbour works: what changes for ferries");
    expect(rss.items[0]!.enclosures?.[0]?.url).toBe("https://news.example.com/images/dredgers.jpg");
  });
});
