/** Quarto's and R Markdown's executable cells (src/extract/markdown/code-cells.ts), read through the whole loader. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/extract/markdown/parse-markdown";

const html = (body: string) => parseMarkdown(`---\ntitle: T\n---\n\n${body}\n`).blocks.map((block) => (block.kind === "html" ? block.html : "")).join("");

describe("executable cells", () => {
  it("shows a cell's code without its option lines, and nothing of a cell whose options hide it", () => {
    const out = html("Intro.\n\n```{python}\n#| echo: false\n#| fig-cap: \"Travel time\"\nimport pandas as pd\n```\n\nShown:\n\n```{python}\n#| label: tbl-summary\nprint(1 + 1)\n```\n\n```{r, echo=FALSE}\nplot(x)\n```\n\nClosing.");
    expect(out).toMatch(/<pre><code[^>]*>print\(1 \+ 1\)\n<\/code><\/pre>/);
    expect(out).not.toMatch(/#\||pandas|plot\(x\)|\{python\}/);
    expect(out).toContain("<p>Intro.</p>");
    expect(out).toContain("<p>Closing.</p>");
  });

  it("leaves a cell shown as an example inside another fence as written", () => {
    const out = html("````markdown\n```{python}\n#| echo: false\nx = 1\n```\n````");
    expect(out).toContain("#| echo: false");
    expect(out).toContain("x = 1");
  });
});
