import { describe, expect, it } from "vitest";
import { readTextBrowserDump } from "../../../../src/extract/scrape/internal/text-browser";
import { parseScrape } from "../../../../src/extract/scrape/parse-scrape";

const PARAGRAPHS = [
  "The harbour board voted on Monday to rebuild the old ferry pier before the summer season, after engineers found that two of its timber piles had rotted through below the waterline.",
  "Work will start in April and the pier will stay open to foot passengers for most of the time, the board said, although the car ferry will use the north quay while the deck is replaced.",
  "Residents who spoke at the meeting asked for the pier's iron railings to be kept, and the board agreed to store them and put them back once the new deck is in place next year.",
];

// A lynx -dump of a page: numbered links, a picture without alt text, one with alt text, the address list at the end.
const DUMP = `   [1]Skip to main content

   [2]The Harbour Gazette

     * [3]News
     * [4]Sport
     * [5]What's on

   [6]Home > [7]News > Ferry pier to be rebuilt

Ferry pier to be rebuilt before summer

   By [8]Morag Lindsay
   Published 4 March 2025

   [IMG]

   [INLINE] The old ferry pier at low tide

   The old ferry pier at low tide. Photo: Morag Lindsay

${PARAGRAPHS.map((p) => `   ${p}`).join("\n\n")}

   Related stories

     * [9]Council approves new harbour car park plans
     * [10]Lifeboat crew honoured for winter rescue off the point

   © 2025 The Harbour Gazette

References

   1. https://gazette.example/#main
   2. https://gazette.example/
   3. https://gazette.example/news/
   4. https://gazette.example/sport/
   5. https://gazette.example/whats-on/
   6. https://gazette.example/
   7. https://gazette.example/news/
   8. https://gazette.example/author/morag-lindsay/
   9. https://gazette.example/news/harbour-car-park/
  10. https://gazette.example/news/lifeboat-crew-honoured/
`;

describe("a text browser's dump", () => {
  it("drops the link numbers and the address list, and keeps the address of each link alone on its line", () => {
    const { text, linkUrls } = readTextBrowserDump(DUMP);
    expect(text).not.toMatch(/\[\d+\]/);
    expect(text).not.toContain("https://");
    expect(text).toContain("By Morag Lindsay");
    expect(text).toContain("* Council approves new harbour car park plans");
    expect(linkUrls.get("Council approves new harbour car park plans")).toBe("https://gazette.example/news/harbour-car-park/");
    // A link inside a line of other text (the byline) is no headline of its own.
    expect(linkUrls.has("Morag Lindsay")).toBe(false);
  });

  it("drops a picture's mark alone and reads the text after one as its alt text", () => {
    const { text } = readTextBrowserDump(DUMP);
    expect(text).not.toContain("[IMG]");
    expect(text).toContain("[The old ferry pier at low tide]");
  });

  it("reads a caption printed after a picture's mark as the caption, wrapped over two lines", () => {
    const dump = ["   [IMG] Petr Hanák celebrates in the campaign office on Saturday. Foto:", "   Deník/Jan Vávra", "", "   [IMG] A crowd outside the", "   town hall at dusk", ""].join("\n");
    const { text } = readTextBrowserDump(dump);
    expect(text.split("\n")).toEqual(["   Petr Hanák celebrates in the campaign office on Saturday. Foto:", "   Deník/Jan Vávra", "", "   [A crowd outside the town hall at dusk]", ""]);
  });

  it("leaves a page that numbers no links as it is: footnote marks and a bracketed number in the text stay", () => {
    const text = "Alarms sound up to 1,000 times a shift[1], most of them needless[2].\n\nSee [3]Smith for the figures.";
    expect(readTextBrowserDump(text)).toEqual({ text, linkUrls: new Map() });
  });

  it("reads the article out of the dump: headline, byline, caption, text and related links with their addresses", () => {
    const parsed = parseScrape(DUMP);
    expect(parsed.title).toBe("Ferry pier to be rebuilt before summer");
    expect(parsed.author).toBe("Morag Lindsay");
    const paragraphs = parsed.blocks.filter((b) => b.kind === "paragraph").map((b) => (b as { text: string }).text);
    expect(paragraphs).toEqual(PARAGRAPHS);
    expect(parsed.related).toEqual([
      { title: "Council approves new harbour car park plans", url: "https://gazette.example/news/harbour-car-park/" },
      { title: "Lifeboat crew honoured for winter rescue off the point", url: "https://gazette.example/news/lifeboat-crew-honoured/" },
    ]);
  });
});

describe("a w3m dump, its address list headed 'References:' and numbered in brackets", () => {
  const W3M = DUMP.replace(/^References$/m, "References:").replace(/^\s+(\d{1,2})\. (https:\S+)$/gm, "[$1] $2");

  it("drops the list and keeps the address of each link alone on its line", () => {
    expect(W3M).toContain("[9] https://gazette.example/news/harbour-car-park/");
    const { text, linkUrls } = readTextBrowserDump(W3M);
    expect(text).not.toContain("https://");
    expect(text).not.toContain("References");
    expect(linkUrls.get("Council approves new harbour car park plans")).toBe("https://gazette.example/news/harbour-car-park/");
  });
});
