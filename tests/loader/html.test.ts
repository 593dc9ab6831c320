import { describe, expect, it } from "vitest";
import { ArticleRejected } from "../../src/core/article";
import { normaliseArticle } from "../../src/article/normalise";
import { appFor, fixtureBytes, source } from "../support/fixtures";
import { activeContent, HOSTILE_PAGE, HOSTILE_PAGE_NAME } from "../support/hostile-page";

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const PROSE = "<p>The council approved the new budget on Tuesday after a long debate about the cost of repairing roads and schools across the district.</p>".repeat(3);

function reject(name: string, bytes: string | Uint8Array): string {
  try {
    normaliseArticle(source(name, bytes));
  } catch (error) {
    if (error instanceof ArticleRejected) return error.message;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe("HTML articles", () => {
  const article = normaliseArticle(source(HOSTILE_PAGE_NAME, HOSTILE_PAGE));

  it("reads the page's own metadata", () => {
    expect(article).toMatchObject({
      slug: "harbour-bridge",
      format: "html",
      title: "Harbour bridge reopens after repairs",
      author: "Nadia Okafor",
      tags: ["Transport", "Harbour City"],
      canonicalUrl: "https://www.coastal.example/news/2024/05/harbour-bridge-reopens",
      image: "https://media.coastal.example/2024/05/bridge-lead.jpg?w=1200&q=80",
      summary: "The harbour bridge reopened to traffic on Friday after eight months of repairs to its cables and deck.",
      dateSource: "text",
    });
    expect(article.published.toISOString()).toBe("2024-05-17T05:30:00.000Z");
    expect(article.updated.toISOString()).toBe("2024-05-17T08:05:00.000Z");
  });

  it("keeps every figure with its caption, credit and an absolute image URL (lazy-loaded ones too)", () => {
    const figures = article.blocks.filter((b) => b.kind === "figure");
    expect(figures).toEqual([
      {
        kind: "figure",
        caption: "The harbour bridge at dawn on Friday, its first day open since September.",
        credit: "Leo Brandt / Coastal Courier",
        image: "https://www.coastal.example/images/2024/05/bridge-lead.jpg",
      },
      {
        kind: "figure",
        caption: "New cables being fitted in January.",
        credit: "Coastal Courier",
        image: "https://www.coastal.example/news/2024/images/2024/05/cables.jpg",
      },
    ]);
    expect(article.captions).toEqual([
      "The harbour bridge at dawn on Friday, its first day open since September. Leo Brandt / Coastal Courier",
      "New cables being fitted in January. Coastal Courier",
    ]);
  });

  it("reads related links with absolute URLs and drops the script one", () => {
    expect(article.related).toEqual([
      { title: "Bridge cables replaced in record time", url: "https://www.coastal.example/news/2024/01/bridge-cables-replaced" },
      { title: "Harbour bridge closes for eight months of repairs", url: "https://www.coastal.example/news/2023/09/bridge-closes-for-repairs" },
    ]);
  });

  it("leaves the byline, navigation, share row and footer out of the body, and no active content in it", () => {
    const body = JSON.stringify(article.blocks);
    expect(activeContent(body)).toEqual([]);
    for (const chrome of ["By Nadia Okafor", "Home", "Share", "All rights reserved", "Pay"]) expect(body).not.toContain(chrome);
    expect(body).toContain("Cyclists get a separate lane");
    // A relative link is made absolute; refused links keep their text.
    expect(body).toContain('<a href=\\"https://www.coastal.example/reports/bridge-2024.pdf\\">engineers\' report</a>');
    expect(body).toContain("the harbour master, Ines Duarte, who had warned");
  });

  it("serves a clean item in every format and on its page", async () => {
    const { app } = appFor([source(HOSTILE_PAGE_NAME, HOSTILE_PAGE)]);
    for (const path of ["/rss.xml", "/atom.xml", "/feed.json", "/articles/harbour-bridge"]) {
      // The site's own stylesheet and script are not the article's.
      const body = (await (await app.request(path)).text()).replace(/<style>[^<]*<\/style>/, "").replace(/<script src="[^"]*\/subscribe\.js" defer><\/script>/, "");
      expect(activeContent(body), path).toEqual([]);
      expect(body, path).toContain("bridge-lead.jpg");
    }
    const feed = (await (await app.request("/feed.json")).json()) as { items: Record<string, unknown>[] };
    expect(feed.items[0]).toMatchObject({
      url: "https://www.coastal.example/news/2024/05/harbour-bridge-reopens",
      image: "https://media.coastal.example/2024/05/bridge-lead.jpg?w=1200&q=80",
    });
  });

  it("takes a page with no address of its own as the site's: its relative images and links resolve against the article's page, with a warning", async () => {
    const html = page(
      "<title>East wing reopens</title>",
      `<article><h1>East wing reopens</h1>${PROSE}<figure><img src="images/wing.jpg"><figcaption>The restored east wing gallery.</figcaption></figure>` +
        `<p>Visitors can see the painted ceilings on guided walks every afternoon. <a href="tours.html">Book a tour</a> online, or <a href="javascript:alert(1)">not</a>.</p></article>`,
    );
    const warnings: { name: string; message: string }[] = [];
    const article = normaliseArticle(source("east-wing.html", html), warnings);
    expect(article.image).toBe("images/wing.jpg");
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringContaining("no address of its own"));
    const { app } = appFor([source("east-wing.html", html)], { SITE_URL: "https://museum.example" });
    const item = ((await (await app.request("/feed.json")).json()) as { items: { image: string; content_html: string }[] }).items[0]!;
    expect(item.image).toBe("https://museum.example/articles/images/wing.jpg");
    expect(item.content_html).toContain('<img src="https://museum.example/articles/images/wing.jpg"');
    expect(item.content_html).toContain('<a href="https://museum.example/articles/tours.html">Book a tour</a>');
    expect(item.content_html).not.toContain("javascript:");
  });

  it("rejects unreadable pages with a one-line reason", () => {
    expect(reject("empty.html", fixtureBytes("html/empty.html"))).toBe("empty file (0 bytes)");
    expect(reject("binary.html", fixtureBytes("html/binary.html"))).toMatch(/^binary file/);
    expect(reject("no-article.html", fixtureBytes("html/no-article.html"))).toMatch(/^no article/);
    expect(reject("text.htm", "Just a line of text that someone named .htm by mistake.\n")).toBe("not an HTML page (no tags in it)");
    for (const name of ["empty.html", "binary.html", "no-article.html"]) {
      expect(reject(name, fixtureBytes(`html/${name}`))).not.toContain("\n");
    }
  });

  it("titles a page with no title anywhere by its file name, and says so", () => {
    const warnings: { name: string; message: string }[] = [];
    const article = normaliseArticle(source("council-budget-vote.html", page("", PROSE)), warnings);
    expect(article.title).toBe("Council Budget Vote");
    expect(article.summary).toMatch(/^The council approved the new budget/);
    expect(warnings.map((w) => w.message)).toContain('no title in the file; titled by its name: "Council Budget Vote"');
  });

  it("takes the title from <h1> when the head has none, and from <title> without the site name", () => {
    expect(normaliseArticle(source("a.html", page("", `<article><h1>Budget passes after long debate</h1>${PROSE}</article>`))).title)
      .toBe("Budget passes after long debate");
    expect(normaliseArticle(source("b.htm", page('<title>Budget passes after long debate - District Herald</title><meta property="og:site_name" content="District Herald">', `<article>${PROSE}</article>`))).title)
      .toBe("Budget passes after long debate");
  });

  it("falls back to the file's time, with a warning, when the page has no date", () => {
    const warnings: { name: string; message: string }[] = [];
    const undated = normaliseArticle(source("c.html", page("<title>Budget passes</title>", `<article>${PROSE}</article>`)), warnings);
    expect(undated.dateSource).toBe("file-mtime");
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^no date in the file/)]);
  });
});

describe("what Readability keeps but is not the article", () => {
  const body = (html: string) => normaliseArticle(source("chrome.html", page("<title>Budget passes</title>", `<article><h1>Budget passes</h1>${html}</article>`)));
  const text = (html: string) => JSON.stringify(body(html).blocks);

  it("drops byline, timestamp and reading-time rows, inline 'Related:' lines, gallery counters and wire credits", () => {
    const blocks = text(`<p>By Jane Doe</p><p>Updated: November 19, 2019 08:38 AM</p><p>Reading time: 3 minutes</p>${PROSE}
      <p><a href="https://x.example/a">Related: Council delays the vote on the bridge</a></p><p>Image 3 of 12</p>
      <p>(Reporting by Jane Doe; editing by John Roe)</p><p>The end of the article, with a last sentence about the budget and the roads.</p>`);
    for (const chrome of ["Jane Doe", "Updated", "Reading time", "Related:", "Image 3 of 12", "Reporting by"]) expect(blocks).not.toContain(chrome);
    expect(blocks).toContain("The end of the article");
  });

  it("a credit line under a photo becomes its credit; a caption line under it, its caption", () => {
    const blocks = body(`${PROSE}<p><img src="https://img.example/a.jpg"></p><p>Photo: Ann Lee / Agency</p>
      <p><img src="https://img.example/b.jpg"></p><p>Workers repair the road near the school on Monday. (AP Photo/Ann Lee)</p>`).blocks;
    expect(blocks.filter((b) => b.kind === "figure")).toEqual([
      { kind: "figure", caption: "", image: "https://img.example/a.jpg", credit: "Ann Lee / Agency" },
      { kind: "figure", caption: "Workers repair the road near the school on Monday. (AP Photo/Ann Lee)", image: "https://img.example/b.jpg" },
    ]);
  });

  it("a 'You may also like…' heading and the link list under it leave the body", () => {
    const blocks = text(`${PROSE}<h3>You may also like...</h3><ul><li><a href="https://x.example/1">Another story about the council budget</a></li></ul>`);
    expect(blocks).not.toContain("You may also like");
    expect(blocks).not.toContain("Another story");
  });
});
