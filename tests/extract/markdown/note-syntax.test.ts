/** Note apps' and documentation generators' syntax in Markdown (src/extract/markdown/note-syntax.ts), read through the whole loader. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/extract/markdown/parse-markdown";

const html = (body: string) => parseMarkdown(`---\ntitle: T\n---\n\n${body}\n`).blocks.map((block) => (block.kind === "html" ? block.html : "")).join("");

describe("Obsidian's comments and highlights", () => {
  it("leaves a code span's percent signs alone: no comment opens inside one", () => {
    const out = html("In a batch file write `echo 100%%` to print a percent sign.\n\nThe second paragraph stays.\n\nSo does the third. %%a note to self%%");
    expect(out).toContain("<code>echo 100%%</code>");
    expect(out).toContain("The second paragraph stays.");
    expect(out).toContain("So does the third.");
    expect(out).not.toContain("a note to self");
  });

  it("never publishes a comment, on one line or over several", () => {
    const out = html("A hot heap needs to be built all at once.\n\n%%Check the council's rules before this goes out.%%\n\nTurn it weekly. %%ask Sam%% Keep it damp.\n\n%%\nDraft notes:\n- more photos\n%%\n\nLast paragraph.");
    expect(out).not.toMatch(/council|ask Sam|Draft notes|more photos|%%/);
    expect(out).toContain("Turn it weekly.");
    expect(out).toContain("Keep it damp.");
    expect(out).toContain("Last paragraph.");
  });

  it("shows a highlight as marked text, and leaves a setext heading's rule and code alone", () => {
    expect(html("==Wear gloves==: the middle is hot.")).toContain("<mark>Wear gloves</mark>: the middle is hot.");
    expect(html("Heading\n=======\n\nText.")).toContain("<h1>Heading</h1>");
    expect(html("```\nif (a == b) %% not a comment %%\n```")).toContain("if (a == b) %% not a comment %%");
  });
});

describe("Docusaurus's admonitions", () => {
  it("are a quote under their title, else their kind", () => {
    const out = html(":::tip Try it on a test project first\n\nBack up the database.\n\n:::\n\n:::warning\n\nIt deletes files.\n\n:::\n\nAfter.");
    expect(out).toContain("<blockquote>\n<p><strong>Try it on a test project first</strong></p>\n<p>Back up the database.</p>\n</blockquote>");
    expect(out).toContain("<strong>Warning</strong>");
    expect(out).not.toContain(":::");
    expect(out).toContain("<p>After.</p>");
  });
});

describe("MDX's module lines and components", () => {
  const mdx = [
    'import Callout from "../../components/Callout";', 'import { YouTube } from "mdx-embed";', "",
    "The gauge tips every 0.2 mm.", "", '<img src={gaugeDiagram} alt="Diagram" width="600" />', "",
    '<Callout type="warning" title="Mind the power supply">', "Do not feed it 5 V.", "</Callout>", "",
    '<YouTube youTubeId="ZpYQdqD2Z1Q" />', "", "<Chart data={readings} />", "", "export const meta = { featured: true };",
  ].join("\n");

  it("leave out the imports, exports and unknown components, keep a box's title and a video as a link", () => {
    const out = html(mdx);
    expect(out).not.toMatch(/import|export|gaugeDiagram|Chart|<img/);
    expect(out).toContain("<strong>Mind the power supply</strong>");
    expect(out).toContain("Do not feed it 5 V.");
    expect(out).toContain('href="https://www.youtube.com/watch?v=ZpYQdqD2Z1Q"');
  });

  it("leave prose that starts with the same words alone", () => {
    expect(html("Import duties from China rose in May.")).toContain("Import duties from China rose in May.");
  });

  it("leave out a module statement whose brackets run over several lines, and the text after it stays", () => {
    const out = html(["import {", "  Chart,", "  Table,", '} from "../components";', "", "The page weighs 14 KB.", "", "export const metrics = [", "  { label: 'Before', kb: 1210 },", "  { label: 'After', kb: 13.6 },", "];", "", "<Chart data={metrics} />", "", "It paints in one round trip."].join("\n"));
    expect(out).not.toMatch(/label|kb:|Chart|Table|\];/);
    expect(out).toContain("The page weighs 14 KB.");
    expect(out).toContain("It paints in one round trip.");
  });

  it("show an image the file imports by name where a component or an image tag names it", () => {
    const out = html(['import waterfall from "./waterfall.png";', "import { Image } from 'astro:assets';", "", "Before and after:", "", '<Image src={waterfall} alt="Network waterfall before and after" />', "", '<img src={waterfall} alt="Again" />', "", '<Image src={unknownName} alt="Not imported" />'].join("\n"));
    expect(out).toContain('<img src="./waterfall.png" alt="Network waterfall before and after">');
    expect(out).toContain('<img src="./waterfall.png" alt="Again">');
    expect(out).not.toContain("Not imported");
  });
});

describe("Pandoc's and Quarto's fenced divs, MkDocs's admonitions", () => {
  it("sets a callout as a titled box, and drops a layout container's fences but keeps its text", () => {
    const out = html('Intro.\n\n::: {.callout-important title="Limitations"}\nThe survey missed two districts.\n:::\n\n:::: {.columns}\n::: {.column width="50%"}\nLeft column text.\n:::\n::::\n\nAfter.');
    expect(out).toContain("<blockquote>\n<p><strong>Limitations</strong></p>\n<p>The survey missed two districts.</p>\n</blockquote>");
    expect(out).toContain("<p>Left column text.</p>");
    expect(out).toContain("<p>After.</p>");
    expect(out).not.toContain(":::");
    expect(html("::: {.callout-tip}\nSave often.\n:::")).toContain("<strong>Tip</strong>");
  });

  it("sets an MkDocs admonition's indented text in its box, titled or not, and ends it at the first line back at the margin", () => {
    const out = html('!!! note "Why not cancel it?"\n    Because the contract ran to 2026.\n\n    A second paragraph of the note.\n\nAfter the box.\n\n??? info\n    Hidden details.\n\n!!! warning ""\n    No title here.');
    expect(out).toContain("<blockquote>\n<p><strong>Why not cancel it?</strong></p>\n<p>Because the contract ran to 2026.</p>\n<p>A second paragraph of the note.</p>\n</blockquote>\n<p>After the box.</p>");
    expect(out).toContain("<strong>Info</strong>");
    expect(out).toContain("<blockquote>\n<p>No title here.</p>\n</blockquote>");
    expect(out).not.toMatch(/!!!|\?\?\?|<pre>/);
  });
});

describe("divs a site never shows, and a paragraph that opens with marks", () => {
  it("drops speaker notes, hidden content and another format's, keeps what HTML shows", () => {
    const out = html('Intro.\n\n::: {.notes}\nSpeaker notes here.\n:::\n\n::: {.content-visible when-format="pdf"}\nPDF only.\n:::\n\n::: {.content-visible when-format="html"}\nHTML only shown.\n:::\n\n::: {.content-hidden}\n::: {.callout-note}\nHidden callout.\n:::\nStill hidden.\n:::\n\nAfter.');
    expect(out).toBe("<p>Intro.</p>\n<p>HTML only shown.</p>\n<p>After.</p>");
  });

  it("reads '!!!' as an admonition only before one of MkDocs's kinds", () => {
    expect(html("!!! Important update\n\nText.")).toContain("<p>!!! Important update</p>");
  });
});
