import { describe, expect, it } from "vitest";
import { dateInLine, findPageDate, findYearlessStamp } from "../../../../src/extract/scrape/internal/page-date";
import { parseScrape } from "../../../../src/extract/scrape/parse-scrape";

const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";

describe("dates printed near the headline", () => {
  it.each([
    ["Reuters November 18, 2019 11:03 PM", "en", "2019-11-18T23:03:00.000Z"],
    // ET is five hours behind UTC in November.
    ["Nov 18, 2019 at 9:24 pm ET • 2 min read", "en", "2019-11-19T02:24:00.000Z"],
    ["21:17 18.11.2019", "en", "2019-11-18T21:17:00.000Z"],
    ["Madrid, 12 de marzo de 2024", "es", "2024-03-12T00:00:00.000Z"],
    ["19. November 2019, 14:30 Uhr", "de", "2019-11-19T14:30:00.000Z"],
    ["By admin - 2018-09-16", "en", "2018-09-16T00:00:00.000Z"],
  ])("%s", (line, language, expected) => {
    expect(dateInLine(line, language)?.toISOString().startsWith(expected)).toBe(true);
  });

  it("reads a numeric date day first, but on an American English page's slashes", () => {
    expect(dateInLine("02.06.2024, 14:35 Uhr", "de")?.toISOString()).toBe("2024-06-02T14:35:00.000Z");
    expect(dateInLine("Publié le 02/06/2024 à 14h35", "fr")?.toISOString()).toBe("2024-06-02T14:35:00.000Z");
    expect(dateInLine("02.12.2023 10:15", "ru")?.toISOString()).toBe("2023-12-02T10:15:00.000Z");
    expect(dateInLine("Publicado: 06/02/2024", "es")?.toISOString()).toBe("2024-02-06T00:00:00.000Z");
    // The clock time after a dash keeps its hour.
    expect(dateInLine("12/03/2024 - 14:35", "es")?.toISOString()).toBe("2024-03-12T14:35:00.000Z");
    expect(dateInLine("Actualizado: 04/03/2025 - 12:45", "es")?.toISOString()).toBe("2025-03-04T12:45:00.000Z");
    // A language chrono has no locale for: its neighbours', day first too.
    expect(dateInLine("Opublikowano 06.02.2024", "pl")?.toISOString()).toBe("2024-02-06T00:00:00.000Z");
    expect(dateInLine("Posted 06.02.2024", "en")?.toISOString()).toBe("2024-02-06T00:00:00.000Z");
    expect(dateInLine("Posted 06/02/2024", "en")?.toISOString()).toBe("2024-06-02T00:00:00.000Z");
    // A month written out on a foreign page is read whichever way it is written.
    expect(dateInLine("Stand: June 2, 2024", "de")?.toISOString()).toBe("2024-06-02T00:00:00.000Z");
  });

  it("never turns a relative time into the clock's date", () => {
    expect(dateInLine("2 hours ago", "en")).toBeUndefined();
    expect(dateInLine("Updated yesterday at 5pm", "en")).toBeUndefined();
    expect(dateInLine("vor 3 Stunden", "de")).toBeUndefined();
  });

  it("ignores lines without a written year, and long prose lines", () => {
    expect(dateInLine("Monday 10:00PM", "en")).toBeUndefined();
    expect(dateInLine(`The deal, first announced on March 3, 2019, ${"was discussed again and again ".repeat(5)}`, "en")).toBeUndefined();
  });

  it("takes the first dated line in the order given", () => {
    expect(findPageDate(["Menu", "Posted March 3, 2021", "© 2024 Example"], "en")?.toISOString()).toBe("2021-03-03T00:00:00.000Z");
    expect(findPageDate(["Menu", "Search"], "en")).toBeUndefined();
  });
});

describe("a stamp that prints no year", () => {
  it("is read in the year the page's copyright line names", () => {
    const found = findYearlessStamp(["Harbour works", "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM"], 2019);
    expect(found?.published?.toISOString()).toBe("2019-11-18T20:19:00.000Z");
    expect(found?.updated?.toISOString()).toBe("2019-11-19T09:41:00.000Z");
  });

  it("is not read without that year, nor when it is no month and day", () => {
    expect(findYearlessStamp(["Posted Nov 18, 8:19 PM"], undefined)).toBeUndefined();
    expect(findYearlessStamp(["Posted Gate 18, 8:19 PM"], 2019)).toBeUndefined();
    expect(findYearlessStamp(["The council met on Nov 18, 8:19 PM and voted"], 2019)).toBeUndefined();
  });

  it("takes the year from a page's copyright line", () => {
    const text = ["Harbour works begin", "", "Posted Nov 18, 8:19 PM", "", P, "", P, "", "© 2018–2019 Harbour Gazette. All rights reserved."].join("\n");
    const parsed = parseScrape(text);
    expect(parsed.published?.toISOString()).toBe("2019-11-18T20:19:00.000Z");
    // The year is a guess from the copyright line, and the loader says so.
    expect(parsed.warnings.join(" ")).toMatch(/no year; read in 2019/);
  });
});
