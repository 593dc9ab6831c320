/** Stage 4 of the scrape extractor: the page cut down to the article (src/extract/scrape/internal/crop.ts). */
import { describe, expect, it } from "vitest";
import { cropToArticle, uncropped } from "../../../../src/extract/scrape/internal/crop";
import { toUnits } from "../../../../src/extract/scrape/internal/units";

const P1 = "The harbour board agreed on Monday to rebuild the old ferry pier, which storms damaged last winter, at a cost of about four million pounds.";
const P2 = "Fishermen who use the pier every morning said the work should start before the summer season, when visitors fill the small town.";
const P3 = "The board will ask builders for offers next month and expects the new pier to open in the spring of next year, a spokesman said.";
const MENU = "Home\nNews\nSport\nWeather";
const FOOTER = "About us | Contact | Privacy\n© 2024 Coast Courier";

const page = (...parts: string[]) => parts.join("\n\n");
const crop = (text: string) => {
  const cropped = cropToArticle(toUnits(text));
  return { ...cropped, lines: cropped.units.map((u) => u.text), relatedLines: cropped.related?.map((u) => u.text) ?? null };
};

describe("cropToArticle: header, body, related", () => {
  const full = page("Harbour board to rebuild ferry pier - Coast Courier", MENU, "Harbour board to rebuild ferry pier", "By Ann Lee", "Published 5 March 2024",
    P1, P2, P3, "Related", "- Storm damages ferry pier and sea wall\n- Visitors return to the coast for summer", FOOTER);

  it("keeps the headline, the byline and stamp under it, and the body; leaves out menus and footer", () => {
    expect(crop(full).lines).toEqual(["Harbour board to rebuild ferry pier", "By Ann Lee", "Published 5 March 2024", P1, P2, P3]);
  });

  it("puts the related list after the body apart, its heading first", () => {
    expect(crop(full).relatedLines).toEqual(["Related", "- Storm damages ferry pier and sea wall", "- Visitors return to the coast for summer"]);
  });

  it("gives the headline no gap before it, and reads the page's language", () => {
    const cropped = crop(full);
    expect(cropped.units[0]!.gapBefore).toBe(0);
    expect(cropped.language).toBe("en");
  });

  it("offers the lines near the headline for a date and a byline, nearest first, never the prose", () => {
    const { dateLines, authorLines } = crop(full);
    expect(dateLines().slice(0, 2)).toEqual(["By Ann Lee", "Published 5 March 2024"]);
    expect(authorLines()[0]!.slice(0, 2)).toEqual(["By Ann Lee", "Published 5 March 2024"]);
    for (const p of [P1, P2, P3]) {
      expect(dateLines()).not.toContain(p);
      expect(authorLines().flat()).not.toContain(p);
    }
  });

  it("takes the title line's headline without the site name when the page opens with it", () => {
    const cropped = crop(page("Harbour board to rebuild ferry pier - Coast Courier", P1, P2, P3));
    expect(cropped.lines[0]).toBe("Harbour board to rebuild ferry pier");
    expect(cropped.lines.slice(1)).toEqual([P1, P2, P3]);
  });
});

describe("cropToArticle: a promo card under the byline", () => {
  it("is left out: the text starts under its button", () => {
    const cropped = crop(page("Best tech gadgets of 2019", "AirPods Pro. Sonos Move. Galaxy Note 10. See what else made our list for best tech gadgets of the past year.",
      "By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware", "(Image: gargantiopa / Getty Images)", "Black Friday", "Business Bargain Hunter's top picks", "The very best Black Friday deals and sales.", "Read More", `${P1} ${P2}`, P3, FOOTER));
    expect(cropped.lines).not.toContain("Black Friday");
    expect(cropped.lines).not.toContain("Read More");
    expect(cropped.lines.slice(-2)).toEqual([`${P1} ${P2}`, P3]);
  });
});

describe("cropToArticle: related lists", () => {
  it("gives no related list when nothing follows the body but the footer", () => {
    expect(crop(page(MENU, "Harbour board to rebuild ferry pier", P1, P2, P3, FOOTER)).relatedLines).toEqual([]);
  });

  it("reads a list under a qualified heading, past each teaser's share count", () => {
    const related = crop(page("Harbour board to rebuild ferry pier", P1, P2, P3, "Trending Now on Coast Courier", "This story has been shared 44,976 times. 44,976", "Storm damages ferry pier and sea wall", "This story has been shared 28,533 times. 28,533", "Visitors return to the coast for summer", FOOTER)).relatedLines;
    expect(related).toEqual(["Trending Now on Coast Courier", "Storm damages ferry pier and sea wall", "Visitors return to the coast for summer"]);
  });

  it("drops a related heading with nothing under it", () => {
    expect(crop(page("Harbour board to rebuild ferry pier", P1, P2, P3, "Related", FOOTER)).relatedLines).toEqual([]);
  });

  it("stops the list at a line that reads as prose or a sentence", () => {
    const related = crop(page("Harbour board to rebuild ferry pier", P1, P2, P3, "Read more", "- Storm damages ferry pier and sea wall", "This line ends like a sentence.", "- Never reached by the list reader")).relatedLines;
    expect(related).toEqual(["Read more", "- Storm damages ferry pier and sea wall"]);
  });

  it("reads a related list further down under its own heading, past the lines right after the body", () => {
    const related = crop(page("Harbour board to rebuild ferry pier", P1, P2, P3, "Share this story", "Facebook", "Twitter", "Email", "Print", "Comments are closed.", "Advertisement", "More from Coast", "- Lifeboat crew rescues two walkers\n- New bus route links the villages", FOOTER)).relatedLines;
    expect(related).toEqual(["More from Coast", "- Lifeboat crew rescues two walkers", "- New bus route links the villages"]);
  });

  it("keeps at most twelve lines of related links, the heading counted", () => {
    const links = Array.from({ length: 15 }, (_, i) => `- Headline number ${i + 1} about the coast`).join("\n");
    expect(crop(page("Harbour board to rebuild ferry pier", P1, P2, P3, "Related", links)).related).toHaveLength(12);
  });
});

describe("cropToArticle: pages it cannot cut", () => {
  it("gives the whole page, line by line, when it finds no body", () => {
    const units = toUnits(page(MENU, "Short line"));
    const cropped = cropToArticle(units);
    expect(cropped.units).toBe(units);
    expect(cropped.related).toBeNull();
    expect(cropped.dateLines()).toEqual([]);
    expect(cropped.authorLines()).toEqual([]);
  });

  it("gives nothing for an empty page", () => {
    expect(cropToArticle([])).toMatchObject({ units: [], related: null });
  });

  it("uncropped keeps every unit and the given language", () => {
    const units = toUnits("One\n\nTwo");
    expect(uncropped(units, "de")).toMatchObject({ units, related: null, language: "de" });
    expect(uncropped(units).language).toBe("en");
  });
});
