/** The author from a byline the crop left out: near the headline, "By …" with more after it, or a name before its stamp or handle. */
import { describe, expect, it } from "vitest";
import { parseScrape } from "../../../../src/extract/scrape/parse-scrape";
import { findPageAuthor } from "../../../../src/extract/scrape/internal/page-author";

describe("findPageAuthor", () => {
  it.each([
    ["By Jane Doe | Special to the Harbour Gazette", "Jane Doe"],
    ["By Jane Doe | November 18, 2019 -- 19:14 GMT | Topic: Hardware", "Jane Doe"],
    ["Von Anna Schmidt | Lokales", "Anna Schmidt"],
    ["Jane Doe - Nov 19, 2019, 10:31 pm CST", "Jane Doe"],
    ["Jane Doe @janedoe", "Jane Doe"],
    ["Jane Doe @janedoe / 2 days", "Jane Doe"],
    ["Jane Doe@janedoe", "Jane Doe"],
    // A name with the writer's job after a comma; a blog's "Written by".
    ["Jane Doe, Transport Correspondent", "Jane Doe"],
    ["Anna Schmidt, Redakteurin", "Anna Schmidt"],
    ["Written by Jane Doe", "Jane Doe"],
    ["Posted by Jane Doe", "Jane Doe"],
  ])("%s → %s", (line, name) => {
    expect(findPageAuthor([[line]])).toBe(name);
  });

  it.each([
    "By the numbers",
    "Read more - Nov 19, 2019",
    "Jane Doe - Harbour Gazette",
    "The harbour, a reporter's dream",
    "jane.doe@example.com",
    "By Jane Doe and a very long sentence that goes on and on about the harbour works and what the council said about them on Tuesday evening after the vote",
  ])("not a byline: %s", (line) => {
    expect(findPageAuthor([[line]])).toBeUndefined();
  });

  it("reads a bare name beside its timestamp, above or below it, as the byline", () => {
    expect(findPageAuthor([["Tom Adebayo, Harbour Reporter", "Updated 1:39 am EST, Wednesday, November 20, 2019"]])).toBe("Tom Adebayo");
    expect(findPageAuthor([["Nov 20, 2019", "Jane Doe"]])).toBe("Jane Doe");
    // The writer's job, a follow button or the reading time may stand between the name and its stamp.
    expect(findPageAuthor([["Laura Chen", "Business reporter", "Tue 9 Jan 2024 14.32 GMT"]])).toBe("Laura Chen");
    expect(findPageAuthor([["Daniel Okafor", "Follow", "5 min read", "·", "Feb 19, 2024"]])).toBe("Daniel Okafor");
    expect(findPageAuthor([["Laura Mäkinen", "25.4.2024 klo 8.00"]])).toBe("Laura Mäkinen");
    // A numeric stamp (day and month in either order); a day's word and a clock time.
    expect(findPageAuthor([["Luis Hernández", "29/11/2026 12:00"]])).toBe("Luis Hernández");
    expect(findPageAuthor([["Anna Nowak", "Dziennikarka Onetu", "Dzisiaj 16:40"]])).toBe("Anna Nowak");
    // Under a stamp that prints its clock before the dotted date.
    expect(findPageAuthor([["14:35 12.03.2024 (обновлено: 16:02 12.03.2024)", "Анна Соколова"]], () => true)).toBe("Анна Соколова");
    // The place the writer filed from, right under the name.
    expect(findPageAuthor([["Fernanda Ribeiro", "Brasília", "29.nov.2026 às 9h15"]])).toBe("Fernanda Ribeiro");
    expect(findPageAuthor([["Jan Kowalski", "Rio de Janeiro", "30 listopada 2026 | 09:12"]])).toBe("Jan Kowalski");
    // A reporter's name in a script without "By", the title after it.
    expect(findPageAuthor([["이서연 기자 sylee@example.co.kr", "| 입력 : 2026-11-28 07:00:00"]])).toBe("이서연");
  });

  it("reads a name with the writer's handle or address under it, a shared byline, and a name with its agency or place", () => {
    expect(findPageAuthor([["Megan Hollister", "@meganhollister"]])).toBe("Megan Hollister");
    expect(findPageAuthor([["Megan Hollister", "mhollister@example.com"]])).toBe("Megan Hollister");
    expect(findPageAuthor([["Megan Hollister and Amy Liu • 2025-03-14 09:47"]])).toBe("Megan Hollister and Amy Liu");
    expect(findPageAuthor([["Megan Hollister — Associated Press", "March 14, 2025"]])).toBe("Megan Hollister");
    expect(findPageAuthor([["Megan Hollister at City Hall", "March 14, 2025"]])).toBe("Megan Hollister");
  });

  it("reads Medium's header (name, Follow, the publication, the reading time, the date) and a blog's footer", () => {
    expect(findPageAuthor([["Priya Raman", "Follow", "Published in Backend Diaries", "7 min read", "Feb 3, 2024"]])).toBe("Priya Raman");
    expect(findPageAuthor([[], [], ["Posted by Jane Doe at 19:42"]])).toBe("Jane Doe");
  });

  it("passes over a name the caller refuses (the headline beside the stamp) for the next", () => {
    expect(findPageAuthor([["Semerwater Circular", "Sunday, 8 October 2023"], [], ["Posted by Jane Doe at 19:42"]], (name) => name !== "Semerwater Circular")).toBe("Jane Doe");
  });

  it("takes no handle or address under a line that is no name, nor a desk beside a stamp", () => {
    expect(findPageAuthor([["Follow us on social media", "@harbourgazette"]])).toBeUndefined();
    expect(findPageAuthor([["Senior Reporter at Reuters", "March 14, 2025"]])).toBeUndefined();
  });

  it("takes no name with two lines of words between it and the stamp", () => {
    expect(findPageAuthor([["Fernanda Ribeiro", "Brasília", "Amazon", "29.nov.2026 às 9h15"]])).toBeUndefined();
  });

  it("takes no name that stands beside no timestamp, nor a label beside one", () => {
    expect(findPageAuthor([["Jane Doe", "Harbour works begin next month"]])).toBeUndefined();
    expect(findPageAuthor([["View Gallery", "Nov 20, 2019"]])).toBeUndefined();
    // The end of one run is not beside the start of the next.
    expect(findPageAuthor([["Jane Doe"], ["Nov 20, 2019"]])).toBeUndefined();
    // Nor one whose stamp stands past a line of text.
    expect(findPageAuthor([["Jane Doe", "Harbour works begin next month", "Nov 20, 2019"]])).toBeUndefined();
  });

  it("takes the line nearest the headline", () => {
    expect(findPageAuthor([["Jane Doe @janedoe", "By John Roe | Staff"]])).toBe("Jane Doe");
  });
});

describe("a byline above the headline, outside the crop", () => {
  const page = [
    "Harbour works begin next month | Harbour Gazette",
    "",
    "Home", "News", "Sport", "Opinion",
    "",
    "By Jane Doe | Special to the Harbour Gazette",
    "",
    "Share", "Facebook", "Twitter", "Email",
    "",
    "Newsletter",
    "Get the morning briefing in your inbox",
    "",
    "Harbour works begin next month",
    "",
    "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court.",
    "",
    "Work will start on the northern quay, where the old sea wall has been closed to walkers since the storms of last winter, the council said.",
    "",
    "Fishing boats will move to the southern basin while the quay is rebuilt, and the ferry timetable will not change, according to the harbour master.",
    "",
    "© 2024 Harbour Gazette. All rights reserved.",
  ].join("\n");

  it("names the author; the byline stays out of the body", () => {
    const parsed = parseScrape(page);
    expect(parsed.title).toBe("Harbour works begin next month");
    expect(parsed.author).toBe("Jane Doe");
    expect(JSON.stringify(parsed.blocks)).not.toContain("Special to");
  });
});
