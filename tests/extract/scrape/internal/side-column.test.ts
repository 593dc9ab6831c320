/** A laid-out page's other column, set far right between the article's paragraphs (src/extract/scrape/internal/side-column.ts). */
import { describe, expect, it } from "vitest";
import { withoutSideColumn } from "../../../../src/extract/scrape/internal/side-column";
import { toUnits } from "../../../../src/extract/scrape/internal/units";
import { parseScrape } from "../../../../src/extract/scrape/parse-scrape";

const P = (n: number) => `    Paragraph ${n} of the article, which runs well past a hundred and fifty characters so that it reads as one of the article's paragraphs in the laid-out page.`;
const side = (text: string) => `${" ".repeat(60)}${text}`;

describe("withoutSideColumn", () => {
  it("drops the lines of a column set 20 or more columns deeper between the article's paragraphs, keeping them apart by a blank line", () => {
    const units = withoutSideColumn(toUnits([P(1), "", side("Most popular"), "", side("* Storm warning issued for the weekend"), "", P(2), "", P(3)].join("\n")));
    expect(units.map((u) => u.text)).toEqual([P(1), P(2), P(3)].map((p) => p.trim()));
    expect(units[1]!.gapBefore).toBe(1);
  });

  it("keeps a line indented less deep (a pull quote, a caption), lines above the first paragraph, and every line of a flat page", () => {
    const quote = `${" ".repeat(12)}“We want nobody to study in the kitchen.”`;
    const header = side("Monday, 8 March 2024");
    const units = withoutSideColumn(toUnits([header, "", P(1), "", quote, "", P(2), "", P(3)].join("\n")));
    expect(units.map((u) => u.text)).toContain("Monday, 8 March 2024");
    expect(units.map((u) => u.text)).toContain(quote.trim());
    // A single deep line between paragraphs (a centred pull quote) is no column either.
    const centred = side("“We are ready to fly,” the commander said.");
    expect(withoutSideColumn(toUnits([P(1), "", centred, "", P(2), "", P(3)].join("\n"))).map((u) => u.text)).toContain(centred.trim());
    const flat = toUnits(["a", "", "b"].join("\n"));
    expect(withoutSideColumn(flat)).toBe(flat);
  });

  it("lets a page read its whole body past a side column's heading and teasers and its own list", () => {
    const page = [
      "  Harbour Gazette", "", "    City council approves new ferry route to the eastern islands", "", "        Jane Okafor - March 14, 2025", "",
      P(1), "", side("Most popular"), "", side("* Storm warning issued for the weekend as winds pick up"), "", P(2), "", "    The main points of the plan are these:", "",
      "      * Six round trips a day", "      * Adult fares capped at four dollars", "", side("* Local bakery wins national award"), "", side("* Five things to do this weekend"), "", P(3), "", P(4),
    ].join("\n");
    const article = parseScrape(page);
    const text = JSON.stringify(article.blocks);
    expect(text).toContain("Paragraph 4");
    expect(text).not.toMatch(/Most popular|bakery/);
  });
});
