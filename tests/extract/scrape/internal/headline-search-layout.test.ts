/**
 * Headlines on laid-out scrapes (indents, `*` menu bullets, no `<title>` line
 * to compare with): each case is a made-up page showing one kind of line that
 * stands near the headline and must not be taken for it.
 */
import { describe, expect, it } from "vitest";
import { classifyPage } from "../../../../src/extract/scrape/internal/classify";
import { findBody } from "../../../../src/extract/scrape/internal/body-search";
import { findHeadline } from "../../../../src/extract/scrape/internal/headline-search";
import { toUnits } from "../../../../src/extract/scrape/internal/units";

const P1 = "The harbour board voted on Monday to rebuild the old ferry pier, which storms damaged twice last winter, and to reopen it to boats next summer.";
const P2 = "Fishermen had asked for the ferry pier to be rebuilt for years, saying that the harbour lost trade every month that the boats could not land there.";
const P3 = "The work will cost the harbour board about four million, most of it from a regional fund, and the ferry company has promised to return in June.";

const MENU = ["* Home", "* News", "* Sport", "* Weather", "* Contact"];

/** Lines with their indents, blank lines where given as "". */
function page(lines: [number, string][]): string {
  return lines.map(([indent, text]) => (text ? " ".repeat(indent) + text : "")).join("\n");
}

function headlineOf(text: string): string | null {
  const { units, stopwords } = classifyPage(toUnits(text));
  const body = findBody(units)!;
  const headline = findHeadline(units, body.start, stopwords, body.end);
  return headline === null ? null : units[headline]!.text;
}

const menu = (indent: number): [number, string][] => MENU.map((line) => [indent, line]);
const body = (indent: number): [number, string][] => [[indent, P1], [0, ""], [indent, P2], [0, ""], [indent, P3]];

describe("headlines on laid-out pages", () => {
  it("passes over a photo caption nested deeper than the article's paragraphs", () => {
    const text = page([
      ...menu(4), [0, ""],
      [6, "A second life for the old pier"], [0, ""],
      [16, "Fishermen watch the ferry pier that the harbour board will rebuild next summer"], [0, ""],
      [8, "Updated 14 March 2024"], [0, ""],
      ...body(8),
    ]);
    expect(headlineOf(text)).toBe("A second life for the old pier");
  });

  it("keeps a headline that quotes a slogan of two sentences", () => {
    const text = page([
      ...menu(4), [0, ""],
      [6, "Harbour board says “Fix the pier. Bring the boats back.” It finally will."], [0, ""],
      [8, "Updated 14 March 2024"], [0, ""],
      ...body(8),
    ]);
    expect(headlineOf(text)).toBe("Harbour board says “Fix the pier. Bring the boats back.” It finally will.");
  });

  it("takes the headline over the standfirst of two sentences under it", () => {
    const text = page([
      ...menu(4), [0, ""],
      [6, "Harbour board agrees to rebuild storm pier"], [0, ""],
      [6, "Opinion"], [0, ""],
      [6, "The ferry pier has stood broken for a whole year. The harbour board now says the boats can return in June"],
      [6, "Updated 14 March 2024"], [0, ""],
      ...body(8),
    ]);
    expect(headlineOf(text)).toBe("Harbour board agrees to rebuild storm pier");
  });

  it("takes the headline over the shorter line right under it (its standfirst)", () => {
    const text = page([
      ...menu(4), [0, ""],
      [6, "Harbour board agrees to rebuild the storm-damaged ferry pier after fishermen complain about lost trade"], [0, ""],
      [6, "The ferry pier will be rebuilt for boats by next summer"], [0, ""],
      [6, "By Ann Lee"], [0, ""],
      ...body(8),
    ]);
    expect(headlineOf(text)).toBe("Harbour board agrees to rebuild the storm-damaged ferry pier after fishermen complain about lost trade");
  });

  it("passes over the title of a box of teasers nested under it", () => {
    const text = page([
      ...menu(4), [0, ""],
      [6, "Ferry pier news now available"], [0, ""],
      [8, "Regional fund approves new school grants"],
      [8, "Storm warning issued for the weekend"], [0, ""],
      [6, "A second life for the old pier"], [0, ""],
      [8, "Monday 14 March 2024 7:45 am by Ann Lee"], [0, ""],
      ...body(8),
    ]);
    expect(headlineOf(text)).toBe("A second life for the old pier");
  });
});
