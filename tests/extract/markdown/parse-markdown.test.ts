import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/extract/markdown/parse-markdown";
import { withNoteSyntaxRead } from "../../../src/extract/markdown/note-syntax";
import { useWikiLinks } from "../../../src/extract/markdown/wiki-links";
import { useFootnotes } from "../../../src/extract/markdown/footnotes";
import { ArticleRejected } from "../../../src/core/article";
import { sanitizeHtml } from "../../../src/extract/sanitize";
import { markdownWithMarkup } from "../../support/markdown-arbitrary";

const doc = (frontMatter: string, body = "Body text.") => `---\n${frontMatter}\n---\n\n${body}\n`;

/** The rejection parsing `text` throws (undefined if it parses). */
function rejectionOf(text: string): unknown {
  try {
    parseMarkdown(text);
  } catch (caught) {
    return caught;
  }
  return undefined;
}

describe("parseMarkdown: front matter as YAML 1.2 core", () => {
  it("keeps unquoted dates as text for the date parser, and yes/no as words", () => {
    const parsed = parseMarkdown(doc("title: Yes we can\ndate: 2024-03-05\ntags: [yes, no, '2024']"));
    expect(parsed.title).toBe("Yes we can");
    expect(parsed.published?.toISOString()).toBe("2024-03-05T00:00:00.000Z");
    expect(parsed.tags).toEqual(["yes", "no", "2024"]);
  });

  it("names the line of a YAML error, in one line", () => {
    const error = rejectionOf(doc('title: "fine"\nauthor: [unclosed\ntags: x'));
    expect(error).toBeInstanceOf(ArticleRejected);
    const message = (error as Error).message;
    expect(message).toMatch(/^front matter is not valid YAML \(line \d\): \S/);
    expect(message).not.toContain("\n");
  });

  it("reads a value holding ': ' without quotes as the text the writer meant, and says so", () => {
    const parsed = parseMarkdown(doc("title: Review: the new harbour ferry\ndate: 2024-03-05\ntags: [Ferries]"));
    expect(parsed.title).toBe("Review: the new harbour ferry");
    expect(parsed.published?.toISOString()).toBe("2024-03-05T00:00:00.000Z");
    expect(parsed.warnings).toEqual(['front matter `title` holds ": " without quotes; read as the text "Review: the new harbour ferry" (put it in quotes)']);
    // Other YAML errors still reject the file, saying where.
    expect(() => parseMarkdown(doc("title: Review: the ferry\nauthor: [unclosed"))).toThrow(/^front matter is not valid YAML/);
  });

  it("rejects a duplicated key rather than silently taking one", () => {
    expect(() => parseMarkdown(doc("title: One\ntitle: Two"))).toThrow(/^front matter is not valid YAML \(line 2\): duplicated mapping key/);
  });

  it("rejects front matter that is a list or a scalar, not a mapping", () => {
    expect(() => parseMarkdown(doc("- a\n- b"))).toThrow(/must be a YAML mapping/);
    expect(() => parseMarkdown(doc("just words"))).toThrow(/must be a YAML mapping/);
  });
});

describe("parseMarkdown's fast paths (linkify pretests, text rule, sanitising markdown-it's tags only)", () => {
  it("give the HTML that markdown-it and the whole-text sanitiser give, raw HTML or not", () => {
    const plain = new MarkdownIt({ html: true, linkify: true, typographer: false });
    useFootnotes(plain);
    useWikiLinks(plain);
    fc.assert(
      fc.property(markdownWithMarkup, (body) => {
        const html = parseMarkdown(`---\ntitle: T\n---\n\n${body}\n`).blocks.find((block) => block.kind === "html");
        // The note apps' syntax (note-syntax.ts) is read before markdown-it in both: the fast paths are what is compared.
        expect(html?.kind === "html" ? html.html : "", body).toBe(sanitizeHtml(plain.render(`${withNoteSyntaxRead(body)}\n`)).trim());
        return true;
      }),
      { numRuns: 3000, seed: 21 },
    );
  });
});

const htmlOf = (text: string) => parseMarkdown(text).blocks.flatMap((block) => (block.kind === "html" ? [block.html] : [])).join("");

describe("parseMarkdown: a leading heading that repeats the title", () => {
  it("is not shown twice, compared without case, spacing or punctuation", () => {
    expect(htmlOf(doc("title: Front matter title", "# Front matter title\n\nFirst paragraph."))).toBe("<p>First paragraph.</p>");
    expect(htmlOf(doc("title: \"Rates rise: what's next?\"", "#   *Rates* rise — what’s NEXT\n\nFirst paragraph."))).toBe("<p>First paragraph.</p>");
    expect(htmlOf(doc("title: Setext title", "Setext title\n============\n\nFirst paragraph."))).toBe("<p>First paragraph.</p>");
  });

  it("is kept when it says something else, or is not the first thing or not an h1", () => {
    expect(htmlOf(doc("title: The title", "# Another heading\n\nText."))).toBe("<h1>Another heading</h1>\n<p>Text.</p>");
    expect(htmlOf(doc("title: The title", "Text.\n\n# The title"))).toBe("<p>Text.</p>\n<h1>The title</h1>");
    expect(htmlOf(doc("title: The title", "## The title\n\nText."))).toBe("<h2>The title</h2>\n<p>Text.</p>");
  });

  it("is still the title when the front matter has none", () => {
    const parsed = parseMarkdown("# Only a heading\n\nText.\n");
    expect(parsed.title).toBe("Only a heading");
    expect(htmlOf("# Only a heading\n\nText.\n")).toBe("<p>Text.</p>");
  });
});

describe("parseMarkdown: footnotes", () => {
  const text = doc("title: Notes", "Here is a claim.[^1] And another.[^note] Again.[^1]\n\n[^1]: The first footnote.\n[^note]: The *named* footnote.");

  it("are numbered where they are called and listed at the end, in plain markup", () => {
    expect(htmlOf(text)).toBe(
      "<p>Here is a claim.<sup>1</sup> And another.<sup>2</sup> Again.<sup>1</sup></p>\n<hr>\n<ol>\n<li><p>The first footnote.</p>\n</li>\n<li><p>The <em>named</em> footnote.</p>\n</li>\n</ol>",
    );
  });

  it("leave no `[^1]` markers in the summary", () => {
    expect(parseMarkdown(text).lead).toBe("Here is a claim. And another. Again.");
  });

  it("are sanitised like the rest of the body", () => {
    const html = htmlOf(doc("title: T", "Claim.[^1]\n\n[^1]: Note <script>alert(1)</script> <a href=\"javascript:alert(1)\" onclick=\"x()\">link</a>"));
    expect(html).not.toMatch(/script|javascript|onclick/);
    expect(html).toContain("<li><p>Note");
  });

  it("a call with no note stays as written", () => {
    expect(htmlOf(doc("title: T", "Claim.[^missing]"))).toBe("<p>Claim.[^missing]</p>");
  });
});

describe("parseMarkdown: the item's image", () => {
  it("is the front matter's when it gives one", () => {
    expect(parseMarkdown(doc("title: T\nimage: /lead.jpg", "![Cat](https://e.example/cat.jpg)")).image).toBe("/lead.jpg");
  });

  it("else the body's first image, Markdown or raw HTML, with no figure added (the body shows it)", () => {
    const parsed = parseMarkdown(doc("title: T", "Text.\n\n![A cat](https://e.example/cat.jpg \"Cat\")\n\n![Dog](/dog.jpg)"));
    expect(parsed.image).toBe("https://e.example/cat.jpg");
    expect(parsed.blocks.map((block) => block.kind)).toEqual(["html"]);
    expect(parseMarkdown(doc("title: T", "<figure><img alt=\"x\" src='/raw.jpg'><figcaption>A dog.</figcaption></figure>")).image).toBe("/raw.jpg");
    expect(parseMarkdown(doc("title: T", "Inline <img src=\"/inline.png\"> image.")).image).toBe("/inline.png");
  });

  it("never a raw image with an unsafe URL; none when the body has no image", () => {
    expect(parseMarkdown(doc("title: T", "<img src=\"javascript:alert(1)\">\n\n![Safe](/safe.jpg)")).image).toBe("/safe.jpg");
    expect(parseMarkdown(doc("title: T", "No pictures.")).image).toBeUndefined();
  });
});

describe("parseMarkdown: a title heading under a photo, a kicker or a note", () => {
  const lead = "Thirty years ago there were almost no red kites left in England. Now they are a common sight.";
  it.each([
    ["a photo", "![A red kite](https://example.com/kite.jpg)\n\n# The return of the red kite\n\n" + lead, "<img"],
    ["a kicker", "*Nature*\n\n# The return of the red kite\n\n" + lead, undefined],
    ["a note in a quote", "> **Update, 4 May:** the count has been revised to 212 pairs.\n\n# The return of the red kite\n\n" + lead, "Update, 4 May:"],
  ])("is the title under %s, and the lead is the first paragraph of text", (_, body, kept) => {
    const parsed = parseMarkdown(doc("date: 2025-05-03", body));
    expect(parsed.title).toBe("The return of the red kite");
    expect(parsed.lead).toBe(lead);
    const html = parsed.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
    expect(html).not.toContain("<h1>");
    expect(html).not.toContain("Nature");
    if (kept) expect(html).toContain(kept);
  });

  it("is no title under a paragraph of text", () => {
    expect(parseMarkdown(doc("date: 2025-05-03", "Some text first, a whole sentence of it.\n\n# A heading")).title).toBe("");
  });

  it("leaves an editor's note out of the lead", () => {
    expect(parseMarkdown(doc("title: T", "**Update, 3 September:** the line opens a week later.\n\n" + lead)).lead).toBe(lead);
  });
});

describe("parseMarkdown: the lead of a paragraph with inline script or style", () => {
  it("leaves their code out, as the sanitised body does", () => {
    const parsed = parseMarkdown(doc("title: T", "It has <script>alert(1)</script> a café and <style>p { color: red }</style>some <b>bold</b> words."));
    expect(parsed.lead).toBe("It has a café and some bold words.");
  });
});

describe("parseMarkdown: the lead of a post that opens with its photo", () => {
  it("is the first paragraph of prose, not the image nor the italic caption under it", () => {
    const body = "![The bridge at dusk](/img/bridge.jpg)\n\n*The bridge at dusk. Photo: Dev Patel*\n\nA new footbridge joins the two halves of the town.\n\nIt took a year to build.";
    expect(parseMarkdown(doc("title: T", body)).lead).toBe("A new footbridge joins the two halves of the town.");
    // Emphasis that opens a paragraph of prose is prose (an editor's note is not the lead: the text under it is).
    expect(parseMarkdown(doc("title: T", "*Update:* the bridge opens on Monday.\n\nMore text.")).lead).toBe("More text.");
    expect(parseMarkdown(doc("title: T", "*Late in the day*, the bridge opened.\n\nMore text.")).lead).toBe("Late in the day, the bridge opened.");
    expect(parseMarkdown(doc("title: T", "*A standfirst in italics.*\n\nMore text.")).lead).toBe("A standfirst in italics.");
  });

  it("makes a labelled line under an image its caption, italic or not, and reads the captions of raw HTML figures", () => {
    for (const gap of ["\n", "\n\n"]) {
      const parsed = parseMarkdown(doc("title: T", `A new footbridge joins the two halves of the town.\n\n![The bridge](/img/bridge.jpg)${gap}Figure 1: The bridge at dusk.`));
      expect(parsed.captions).toEqual(["Figure 1: The bridge at dusk."]);
      expect(parsed.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("")).toContain("<figcaption>Figure 1: The bridge at dusk.</figcaption>");
    }
    // A paragraph that only names a figure is text.
    expect(parseMarkdown(doc("title: T", "Text.\n\n![The bridge](/img/bridge.jpg)\n\nFigure 1 shows the bridge at dusk.")).captions).toEqual([]);
    const html = parseMarkdown(doc("title: T", 'Text.\n\n<figure>\n  <img src="https://example.org/hall.jpg" alt="">\n  <figcaption>The main hall, with its <em>glass</em> roof &amp; clock.</figcaption>\n</figure>'));
    expect(html.captions).toEqual(["The main hall, with its glass roof & clock."]);
  });

  it("makes the image and its italic caption a figure, whether the caption is on the next line or in the next paragraph", () => {
    for (const gap of ["\n", "\n\n"]) {
      const parsed = parseMarkdown(doc("title: T", `![The bridge at dusk](/img/bridge.jpg)${gap}*The bridge at dusk. Photo: Dev Patel*\n\nA new footbridge joins the two halves of the town.`));
      expect(parsed.lead).toBe("A new footbridge joins the two halves of the town.");
      expect(parsed.captions).toEqual(["The bridge at dusk. Photo: Dev Patel"]);
      const html = parsed.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
      expect(html).toMatch(/^<figure><img src="\/img\/bridge.jpg" alt="The bridge at dusk"><figcaption>The bridge at dusk. Photo: Dev Patel<\/figcaption>\s*<\/figure>\s*<p>A new footbridge/);
    }
    // Emphasis after prose, an image with prose under it, a bold heading or a labelled note under an image stay as written.
    for (const body of ["Some text.\n\n*An aside in italics.*\n\n![Alt](/a.jpg)\nAnd a sentence under the image.", "![The cake](/cake.jpg)\n\n**Ingredients**\n\n- 2 carrots", "![The cake](/cake.jpg)\n\n*Update: this post was corrected on 3 May.*\n\nText."]) {
      const plain = parseMarkdown(doc("title: T", body));
      expect(plain.captions).toEqual([]);
      expect(plain.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("")).not.toMatch(/figure/);
    }
  });
});

describe("parseMarkdown: Hugo's TOML front matter", () => {
  const toml = (frontMatter: string, body = "The pass closed for the winter on Sunday after a night of snow.") => `+++\n${frontMatter}\n+++\n\n${body}\n`;

  it("reads it as YAML front matter is read: dates, lists, an author table", () => {
    const parsed = parseMarkdown(toml('title = "Snow closes the pass"\ndate = 2025-11-02T07:00:00+01:00\nlastmod = 2025-11-03\ntags = ["Weather", "Roads"]\n[author]\nname = "Pietro Neri"'));
    expect(parsed.title).toBe("Snow closes the pass");
    expect(parsed.published?.toISOString()).toBe("2025-11-02T06:00:00.000Z");
    expect(parsed.updated?.toISOString()).toBe("2025-11-03T00:00:00.000Z");
    expect(parsed.tags).toEqual(["Weather", "Roads"]);
    expect(parsed.author).toBe("Pietro Neri");
    expect(parsed.lead).toBe("The pass closed for the winter on Sunday after a night of snow.");
  });

  it("honours draft = true, and names the line of a TOML error in one line", () => {
    expect(() => parseMarkdown(toml('title = "T"\ndraft = true'))).toThrow(/draft/);
    const error = rejectionOf(toml('title = "T"\ndate = = 2025'));
    expect(error).toBeInstanceOf(ArticleRejected);
    expect((error as Error).message).toMatch(/^front matter is not valid TOML \(line 2\): [^\n]+$/);
  });
});

describe("parseMarkdown: the front matter's image", () => {
  it("leads the body, unless the body shows the same image itself", () => {
    const figures = (text: string) => parseMarkdown(text).blocks.filter((b) => b.kind === "figure");
    expect(figures(doc("title: T\nimage: /img/ferry.jpg", "The ferry leaves at nine."))).toEqual([{ kind: "figure", caption: "", image: "/img/ferry.jpg" }]);
    const shown = parseMarkdown(doc("title: T\nimage: /img/ferry.jpg", "The ferry leaves at nine.\n\n![The ferry](/img/ferry.jpg)"));
    expect(shown.blocks.filter((b) => b.kind === "figure")).toEqual([]);
    expect(shown.image).toBe("/img/ferry.jpg");
  });
});

describe("parseMarkdown: a byline paragraph under the title, without front matter", () => {
  it("gives the author, dates and tags, and leaves the body and the summary", () => {
    const parsed = parseMarkdown("# Orchestra cancels tour\n\n**Published:** 2025-06-02 · **Author:** Greta Lind · **Tags:** music, culture\n\nThe orchestra has cancelled its summer tour after a fire.\n");
    expect(parsed).toMatchObject({ author: "Greta Lind", tags: ["music", "culture"], lead: "The orchestra has cancelled its summer tour after a fire." });
    expect(parsed.published?.toISOString()).toBe("2025-06-02T00:00:00.000Z");
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/Greta|Published/);
    expect(parseMarkdown("# Tram approved\n\n*By Fiona MacLeod · 4 June 2025*\n\nThe council approved the tram.\n")).toMatchObject({ author: "Fiona MacLeod", lead: "The council approved the tram." });
  });

  it("reads a name and a date after a comma, and a date alone, in other languages too", () => {
    for (const [byline, author] of [["By Fiona MacLeod, June 4, 2025", "Fiona MacLeod"], ["Por Lucía Ortega, 4 de junio de 2025", "Lucía Ortega"], ["4 июня 2025 г.", undefined]] as const) {
      const parsed = parseMarkdown(`# Tram approved\n\n${byline}\n\nThe council approved the tram.\n`);
      expect(parsed.author).toBe(author);
      expect(parsed.published?.toISOString()).toBe("2025-06-04T00:00:00.000Z");
      expect(parsed.lead).toBe("The council approved the tram.");
    }
  });

  it("gives what front matter leaves out, after front matter too, and is not shown twice when it repeats its author", () => {
    const dated = parseMarkdown(doc("title: Book sale\ndate: 2025-03-04", "By Margaret Hill, 4 March 2025\n\nThe spring book sale is on Saturday."));
    expect(dated).toMatchObject({ author: "Margaret Hill", lead: "The spring book sale is on Saturday." });
    expect(dated.published?.toISOString()).toBe("2025-03-04T00:00:00.000Z");
    const same = parseMarkdown(doc("title: Book sale\nauthor: Margaret Hill\ndate: 2025-03-04", "*By Margaret Hill*\n\nThe spring book sale is on Saturday."));
    expect(same).toMatchObject({ author: "Margaret Hill", lead: "The spring book sale is on Saturday." });
  });

  it("is an ordinary paragraph when it is prose, or when front matter says who and when", () => {
    expect(parseMarkdown("# Tram approved\n\nBy the way, the council approved the tram on Tuesday.\n").lead).toBe("By the way, the council approved the tram on Tuesday.");
    const withFrontMatter = parseMarkdown(doc("title: T\nauthor: Ana Lima\ndate: 2025-01-01", "*By Fiona MacLeod · 4 June 2025*\n\nText."));
    expect(withFrontMatter).toMatchObject({ author: "Ana Lima", lead: "By Fiona MacLeod · 4 June 2025" });
  });
});

describe("parseMarkdown: Pandoc's title block and MultiMarkdown's metadata", () => {
  it("reads title, author and date from `%` lines", () => {
    const parsed = parseMarkdown("% The harbour reopens\n% Ana Lima; Tom Roe\n% March 3, 2024\n\nThe harbour reopened on Monday after a year of repairs.\n");
    expect(parsed).toMatchObject({ title: "The harbour reopens", author: "Ana Lima, Tom Roe", lead: "The harbour reopened on Monday after a year of repairs." });
    expect(parsed.published?.toISOString()).toBe("2024-03-03T00:00:00.000Z");
    expect(parseMarkdown("% The harbour reopens\n\nText.\n").title).toBe("The harbour reopens");
  });

  it("reads `Title:` lines up to the first blank line, and leaves a text that opens with `Note:` alone", () => {
    const parsed = parseMarkdown("Title: The harbour reopens\nAuthor: Ana Lima\nDate: 2024-03-03\nTags: harbour, council\n\nThe harbour reopened on Monday after a year of repairs.\n");
    expect(parsed).toMatchObject({ title: "The harbour reopens", author: "Ana Lima", tags: ["harbour", "council"], lead: "The harbour reopened on Monday after a year of repairs." });
    expect(parsed.published?.toISOString()).toBe("2024-03-03T00:00:00.000Z");
    expect(parseMarkdown("Note: the harbour reopened on Monday.\n\nMore text.\n")).toMatchObject({ title: "", lead: "Note: the harbour reopened on Monday." });
    // A key that is no metadata's: the lines are the text's.
    expect(parseMarkdown("Title: Q3 planning\nAttendees: Ana Lima, Tom Roe\n\nWe ship in May.\n")).toMatchObject({ title: "", lead: expect.stringMatching(/^Title: Q3 planning/) });
  });

  it("reads a first line that opens with `%` in lower case as text, and stays linear on long blank runs", () => {
    expect(parseMarkdown("% of voters who turned out rose again\n\nText.\n")).toMatchObject({ title: "", lead: "% of voters who turned out rose again" });
    expect(parseMarkdown(`%${" ".repeat(50_000)}x\nfoo\n`).title).toBe("");
  });
});

describe("parseMarkdown: notes written in Obsidian", () => {
  const html = (body: string) => parseMarkdown(doc("title: T", body)).blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");

  it("shows a wiki link as its text, and an embedded image as an image", () => {
    expect(html("See [[Compost heaps]] and [[Garden plan#Beds|the beds]].")).toBe("<p>See Compost heaps and the beds.</p>");
    expect(parseMarkdown(doc("title: T", "See [[Compost heaps|the heap]] first.\n\nMore.")).lead).toBe("See the heap first.");
    expect(html("Before: ![[beds 2024.jpg|400]] and ![[Another note]].")).toBe('<p>Before: <img src="beds%202024.jpg" alt=""> and .</p>');
    // Not wiki links: ordinary brackets and a Markdown link.
    expect(html("A [link](https://example.org/) and [a] [[b]c]")).toBe('<p>A <a href="https://example.org/">link</a> and [a] [[b]c]</p>');
    expect(html("[[removed]](https://example.org/)")).toBe('<p><a href="https://example.org/">[removed]</a></p>');
    // A code span binds tighter than a wiki link.
    expect(html("[[foo `bar]]` baz")).toBe("<p>[[foo <code>bar]]</code> baz</p>");
  });

  it("keeps a callout as a quote without its marker, its title in bold", () => {
    expect(html("> [!warning] Hot oven\n> Use gloves.")).toBe("<blockquote>\n<p><strong>Hot oven</strong>\nUse gloves.</p>\n</blockquote>");
    // Without a title of its own it shows its kind, as Obsidian shows it and GitHub shows its alerts.
    expect(html("> [!tip]-\n> Use gloves.")).toBe("<blockquote>\n<p><strong>Tip</strong>\nUse gloves.</p>\n</blockquote>");
    expect(html("> [!WARNING]\n> Do not book travel yet.")).toBe("<blockquote>\n<p><strong>Warning</strong>\nDo not book travel yet.</p>\n</blockquote>");
    expect(html("> [!fun-fact]")).toBe("<blockquote>\n<p><strong>Fun fact</strong></p>\n</blockquote>");
  });

  it("shows a task list's boxes as the characters that draw them, and keeps a definition list", () => {
    expect(html("- [x] Digital photo\n- [ ] Debit card\n- [link](https://example.org) [x]")).toBe(
      '<ul>\n<li>☑ Digital photo</li>\n<li>☐ Debit card</li>\n<li><a href="https://example.org">link</a> [x]</li>\n</ul>',
    );
    expect(html("Net zero\n: A state in which emissions are balanced by removals.")).toBe(
      "<dl>\n<dt>Net zero</dt>\n<dd>A state in which emissions are balanced by removals.</dd>\n</dl>",
    );
    // A colon opening the text, with no term over it, is the text's.
    expect(html(": not a definition")).toBe("<p>: not a definition</p>");
  });
});

describe("parseMarkdown: a table-of-contents marker and a summary written in Markdown", () => {
  it("drops a table-of-contents marker standing as a paragraph: it is not the lead", () => {
    for (const marker of ["[TOC]", "[[_TOC_]]", "[[toc]]", "${toc}", "{:toc}"]) {
      const parsed = parseMarkdown(`---\ntitle: Swimming spots\n---\n\n${marker}\n\nSummer is here, and the city has more places to swim.\n\n## The lido\n\nHeated from June.\n`);
      expect(parsed.lead).toBe("Summer is here, and the city has more places to swim.");
      const html = parsed.blocks.flatMap((b) => (b.kind === "html" ? [b.html] : [])).join("");
      expect(html.toLowerCase()).not.toContain("toc");
      expect(html).toContain("<h2>The lido</h2>");
    }
    // In a list item it is the item's text, not a marker to drop.
    expect(parseMarkdown("---\ntitle: T\n---\n\nText.\n\n- [toc]\n- Other item\n").blocks.map((b) => (b.kind === "html" ? b.html : "")).join("")).toContain("<li>[toc]</li>");
    // Named in a sentence, it is the writer's text.
    expect(parseMarkdown("---\ntitle: T\n---\n\nPut [TOC] where the list should go.\n").lead).toBe("Put [TOC] where the list should go.");
  });

  it("gives a front-matter summary written in Markdown as its words; angle brackets stay as written", () => {
    const summary = (text: string) => parseMarkdown(`---\ntitle: T\nsummary: ${JSON.stringify(text)}\n---\n\nBody.\n`).summary;
    expect(summary("The **new** bridge over the [Tyne](https://example.org/tyne) opened on `Monday`.")).toBe("The new bridge over the Tyne opened on Monday.");
    expect(summary("Markets react & wait: 'it's <uncertain>'.")).toBe("Markets react & wait: 'it's <uncertain>'.");
    expect(summary("Rates rose 5 * 3 points")).toBe("Rates rose 5 * 3 points");
  });
});

describe("parseMarkdown: front matter cut short", () => {
  it("rejects a file whose front matter is never closed (an editor still saving it), and reads a rule first in the text as text", () => {
    expect(() => parseMarkdown("---\ntitle: Third sto")).toThrow("front matter is not closed: no `---` line after it");
    expect(() => parseMarkdown("+++\ntitle = \"Half")).toThrow("front matter is not closed: no `+++` line after it");
    expect(parseMarkdown("---\n\nA rule first, then the text.\n").lead).toBe("A rule first, then the text.");
    expect(parseMarkdown("---\ntitle: Whole\n---\nBody.\n").title).toBe("Whole");
    // A rule further down over a labelled line is the text's, not front matter.
    expect(parseMarkdown("# Title\n\nText.\n\n---\nNote: more text here.\n").title).toBe("Title");
  });
});

describe("parseMarkdown: adversarial inputs", () => {
  it("reads a long key line, a long caption label and unclosed figcaption tags (each took seconds before its pattern was made linear)", () => {
    expect(parseMarkdown(`---\na${" ".repeat(100_000)}x\n`).title).toBe("");
    expect(parseMarkdown(`---\ntitle: T\n---\n\n![x](x.jpg)\nfigure${" ".repeat(50_000)}${"1".repeat(50_000)}\n`).captions).toEqual([]);
    expect(parseMarkdown(`---\ntitle: T\n---\n\n<figure>${"<figcaption>x".repeat(5_000)}</figure>\n`).captions).toEqual([]);
  });
});

describe("parseMarkdown: front matter where writers put it", () => {
  it("reads front matter under blank lines, and says most generators would not", () => {
    const parsed = parseMarkdown("\n\n---\ntitle: Leading blank line\ndate: 2024-03-12\n---\n\nBody text.\n");
    expect(parsed.title).toBe("Leading blank line");
    expect(parsed.published?.toISOString()).toBe("2024-03-12T00:00:00.000Z");
    expect(parsed.warnings.join(" ")).toMatch(/blank lines stand over the front matter/);
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/title:/);
  });

  it("reads Hugo's JSON front matter, and rejects broken JSON in one line", () => {
    const parsed = parseMarkdown('{\n  "title": "Library extends opening hours",\n  "date": "2024-09-01",\n  "tags": ["library"],\n  "author": "Nora Lind"\n}\n\nThe central library will open until 9 pm.\n');
    expect([parsed.title, parsed.author, parsed.tags]).toEqual(["Library extends opening hours", "Nora Lind", ["library"]]);
    expect(parsed.lead).toBe("The central library will open until 9 pm.");
    expect(() => parseMarkdown('{\n  "title": "Broken",\n  "date": \n}\n\nText.\n')).toThrow(/front matter is not valid JSON/);
  });

  it("says so when a file is all front matter", () => {
    expect(parseMarkdown("---\ntitle: Only front matter\ndate: 2024-01-08\n---\n").warnings.join(" ")).toMatch(/no text under the front matter/);
  });
});

describe("parseMarkdown: the opening of the text", () => {
  it("reads a byline written right over the first sentence, with no blank line between", () => {
    const parsed = parseMarkdown("# Spring concert raises £2,000\n*By Owen Price, 20 April 2025*\nThe spring concert raised £2,000 for the food bank on Saturday.\n");
    expect(parsed.author).toBe("Owen Price");
    expect(parsed.published?.toISOString()).toBe("2025-04-20T00:00:00.000Z");
    expect(parsed.lead).toBe("The spring concert raised £2,000 for the food bank on Saturday.");
  });

  it("keeps a first line that is no byline in its paragraph", () => {
    const parsed = parseMarkdown("# Notes\nThe spring concert was a success\nand raised £2,000 for the food bank.\n");
    expect(parsed.lead).toBe("The spring concert was a success and raised £2,000 for the food bank.");
  });

  it("takes the text under a greeting for the summary, keeping the greeting in the body", () => {
    const parsed = parseMarkdown(doc("title: Garden club, March", "Dear readers,\n\nSpring is here and the garden is waking up."));
    expect(parsed.lead).toBe("Spring is here and the garden is waking up.");
    expect(JSON.stringify(parsed.blocks)).toMatch(/Dear readers,/);
  });
});

describe("parseMarkdown: a video player's frame", () => {
  const html = (source: string) => parseMarkdown(source).blocks.map((block) => (block.kind === "html" ? block.html : "")).join("");

  it("becomes a link to the video, named by the title its embed code carries", () => {
    const out = html('Open nights run every Friday.\n\n<iframe width="560" src="https://www.youtube.com/embed/abc123?si=x&amp;t=4" title="Hill Farm Observatory: a tour of the dome" allowfullscreen></iframe>\n');
    expect(out).toContain('<p><a href="https://www.youtube.com/embed/abc123?si=x&amp;t=4">Hill Farm Observatory: a tour of the dome</a></p>');
    expect(out).not.toContain("iframe");
  });

  it("goes, with a player's generic label or from an unknown host", () => {
    expect(html('Text.\n\n<iframe src="https://www.youtube.com/embed/abc" title="YouTube video player"></iframe>\n')).not.toMatch(/<a |iframe/);
    expect(html('Text.\n\n<iframe src="https://ads.example.com/frame" title="Our partner offers today"></iframe>\n')).not.toMatch(/<a |iframe/);
  });
});

describe("files from word processors and note apps, without front matter", () => {
  const para = "The council's cabinet last night approved £2.4 million for the first phase of the riverside path between Wharf Street and the old gasworks.";

  it("titles a file by its first paragraph set wholly in bold, and reads the byline and its date under it", () => {
    const article = parseMarkdown(`**Council approves £2.4m for riverside path**\n\nBy Sam Ferreira, Local Democracy Reporter\n\nPublished 14 June 2022\n\n${para}\n`);
    expect(article.title).toBe("Council approves £2.4m for riverside path");
    expect(article.author).toBe("Sam Ferreira");
    expect(article.published?.toISOString().slice(0, 10)).toBe("2022-06-14");
    expect(article.lead).toBe(para);
  });

  it("reads a byline whose date is on the next line of its paragraph", () => {
    const article = parseMarkdown(`# Eastfield's seed library turns five\n\n**By Marguerite Okonkwo**  \nMarch 3rd, 2021\n\n${para}\n`);
    expect(article.author).toBe("Marguerite Okonkwo");
    expect(article.published?.toISOString().slice(0, 10)).toBe("2021-03-03");
  });

  it("takes no bold label, byline or sentence for a title", () => {
    for (const first of ["**Ingredients:**", "**By Jane Doe**", "**The council met on Tuesday.**", "**Note**", "**Warning: this post discusses suicide and self-harm**",
      "**Update (March 3): the meeting has been postponed to next week**", "**Why did the council vote against the riverside plan?**"]) {
      expect(parseMarkdown(`${first}\n\n${para}\n`).title).toBe("");
    }
  });

  it("reads date_published, and an Obsidian author written as a link to the person's note", () => {
    const article = parseMarkdown(`---\ntitle: Notes\nauthor: "[[Hannah Beck]]"\ndate_published: 2022-05-10T08:12:44.000Z\n---\n\n${para}\n`);
    expect(article.author).toBe("Hannah Beck");
    expect(article.published?.toISOString()).toBe("2022-05-10T08:12:44.000Z");
  });
});

describe("a newsletter platform's export", () => {
  const para = "My grandmother's skillet is older than the house it hangs in, and it still makes the best cornbread in the county, or so my uncle says.";
  it("leaves out its buttons and its promo line, and keeps the writer's own links", () => {
    const md = [
      "# The oldest thing in your kitchen", para,
      "Thanks for reading Nell's Kitchen Table! Subscribe for free to receive new posts and support my work.",
      "[Subscribe now](https://nells.substack.com/subscribe?)", para,
      "[Share](https://nells.substack.com/p/oldest?utm_source=substack&utm_content=share&action=share)",
      "[Leave a comment](https://nells.substack.com/p/oldest/comments)",
      "[Share](https://example.org/recipes/cornbread)",
    ].join("\n\n");
    const html = parseMarkdown(md).blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
    expect(html).not.toContain("Thanks for reading");
    expect(html).not.toContain("Subscribe now");
    expect(html).not.toContain("Leave a comment");
    expect(html).toContain("https://example.org/recipes/cornbread");
    expect(html.split(para).length).toBe(3);
  });
});

describe("Pandoc's figures and ids, a loose figcaption, Minimal Mistakes' header, Quarto's subtitle", () => {
  const htmlOf = (parsed: ReturnType<typeof parseMarkdown>) => parsed.blocks.map((block) => (block.kind === "html" ? block.html : "")).join("");

  it("captions an image with a figure's id by its alt text, and drops ids with a colon", () => {
    const parsed = parseMarkdown("---\ntitle: T\n---\n\nIntro.\n\n# Method {#sec:method}\n\n![Totals by stratum](figures/strata.png){#fig:strata width=80%}\n\n![Travel time](fig.png){#fig-change fig-alt=\"A chart\"}\n\n![Just an image](plain.png){width=50%}\n");
    expect(parsed.captions).toEqual(["Totals by stratum", "Travel time"]);
    const out = htmlOf(parsed);
    expect(out).toContain("<h1>Method</h1>");
    expect(out).not.toMatch(/\{#|fig-alt|width=/);
    expect(out).toContain('<img src="plain.png" alt="Just an image">');
  });

  it("takes a figcaption standing alone under an image, next line or next paragraph, for its caption", () => {
    const parsed = parseMarkdown("---\ntitle: T\n---\n\nIntro.\n\n![A gull](gull.jpg)\n<figcaption>An adult herring gull.</figcaption>\n\n![Two](two.jpg)\n\n<figcaption>A second one.</figcaption>\n\nEnd.");
    expect(parsed.captions).toEqual(["An adult herring gull.", "A second one."]);
    expect(htmlOf(parsed)).toContain('<figure><img src="gull.jpg" alt="A gull"><figcaption>An adult herring gull.</figcaption>');
  });

  it("reads Minimal Mistakes' header table for the cover and its credit, without a warning, and Quarto's subtitle as the summary", () => {
    const parsed = parseMarkdown("---\ntitle: Gulls\nsubtitle: A winter count\nauthor_profile: true\ntoc_label: Contents\nheader:\n  overlay_image: /assets/header.jpg\n  teaser: /assets/teaser.jpg\n  caption: \"Photo credit: Jane Doe\"\n---\n\nIntro paragraph.\n");
    expect(parsed.image).toBe("/assets/header.jpg");
    expect(parsed.captions).toContain("Photo credit: Jane Doe");
    expect(parsed.summary).toBe("A winter count");
    expect(parsed.warnings).toEqual([]);
    // The file's own image field wins over the header's.
    expect(parseMarkdown("---\ntitle: G\nimage: /own.jpg\nheader:\n  overlay_image: /assets/header.jpg\n---\n\nText.\n").image).toBe("/own.jpg");
  });
});
