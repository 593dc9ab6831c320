import { describe, expect, it } from "vitest";
import { looksLikePersonName, parseByline, parseMetaLine } from "../../../src/normalise/scrape/rules";

describe("bylines", () => {
  it.each([
    ["By Meg James Staff Writer", "Meg James"],
    ["By Joseph Tsidulko November 19, 2019, 07:47 PM EST", "Joseph Tsidulko"],
    ["By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", "Mike Wall"],
    ["By Umair Irfan Updated Nov 13, 2019", "Umair Irfan"],
    ["By Reporter 7", "Reporter 7"],
    ["By Correspondent", "Correspondent"],
    ["By Catherine Shu @catherineshu", "Catherine Shu"],
    ["By Mei Chen", "Mei Chen"],
    ["by Regan September 15, 2014", "Regan"],
  ])("%s → %s", (line, name) => {
    expect(parseByline(line)).toBe(name);
  });

  it("reads a byline that follows the stamp after its own word", () => {
    const meta = parseMetaLine("Publié le 3 octobre 2021 par Julie");
    expect(meta?.author).toBe("Julie");
    expect(meta?.published?.toISOString()).toBe("2021-10-03T00:00:00.000Z");
  });

  it("tells a person's name from a subheading", () => {
    expect(looksLikePersonName("Sarah E. Needleman")).toBe(true);
    expect(looksLikePersonName("Tom Krisher, AP Auto Writer")).toBe(true);
    expect(looksLikePersonName("The Numbers")).toBe(false);
    expect(looksLikePersonName("Council approves the new budget")).toBe(false);
  });
});
