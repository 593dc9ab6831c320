import { describe, expect, it } from "vitest";
import { forgetRememberedLines, memoizedByLine } from "../../../../src/extract/scrape/rules/line-memo";
import { isBoilerplate } from "../../../../src/extract/scrape/rules/furniture";

describe("a line rule's answers kept by the line", () => {
  it("asks the rule once for a short line a page repeats, and gives its answer each time", () => {
    const asked: string[] = [];
    const rule = memoizedByLine((line: string) => (asked.push(line), line.startsWith("Share")), 40);
    const page = "Share | Tweet | Email\nThe council met on Tuesday.\nShare | Tweet | Email".split("\n");
    expect(page.map(rule)).toEqual([true, false, true]);
    expect(page.map(rule)).toEqual([true, false, true]);
    expect(asked).toEqual(["Share | Tweet | Email", "The council met on Tuesday."]);
  });

  it("asks the rule every time for a line longer than it keeps", () => {
    let calls = 0;
    const rule = memoizedByLine(() => (calls++, false), 10);
    rule("a paragraph longer than ten characters");
    rule("a paragraph longer than ten characters");
    expect(calls).toBe(2);
  });

  it("starts over when full, and still answers right", () => {
    let calls = 0;
    const rule = memoizedByLine((line: string) => (calls++, line.length % 2 === 0), 20, 2);
    for (const line of ["a", "bb", "ccc", "a", "bb"]) expect(rule(line)).toBe(line.length % 2 === 0);
    // "a" and "bb" were kept, "ccc" found the store full and emptied it: both are asked again.
    expect(calls).toBe(5);
  });

  it("gives the furniture test's answers the second time a line is asked as the first", () => {
    const expected: [string, boolean][] = [["Share | Tweet | Email", true], ["© 2015 Example News. All rights reserved.", true], ["Advertisement", true], ["The council met on Tuesday.", false], ["Hafenbrücke in Ellersdorf ab Montag gesperrt", false]];
    for (let round = 0; round < 2; round++) for (const [line, furniture] of expected) expect(isBoilerplate(line), line).toBe(furniture);
  });

  it("forgets every kept answer when asked (a benchmark's next pass over the same pages)", () => {
    let calls = 0;
    const rule = memoizedByLine(() => (calls++, true), 40);
    rule("Share | Tweet | Email");
    rule("Share | Tweet | Email");
    forgetRememberedLines();
    rule("Share | Tweet | Email");
    expect(calls).toBe(2);
  });
});
