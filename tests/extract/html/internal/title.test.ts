/** Site names stripped from page titles (src/extract/html/internal/title.ts). */
import { describe, expect, it } from "vitest";
import { pickTitle, stripSiteName } from "../../../../src/extract/html/internal/title";

describe("site names in titles", () => {
  it.each([
    ["Budget passes | District Herald", "", "District Herald", undefined, "Budget passes"],
    ["District Herald - Budget passes", "", "District Herald", undefined, "Budget passes"],
    ["Budget passes – Herald", "", undefined, "https://www.herald.example/a", "Budget passes"],
    ["Opinion | Budget passes", "Budget passes", undefined, undefined, "Budget passes"],
    ["Budget passes - and schools gain", "", "District Herald", undefined, "Budget passes - and schools gain"],
  ])("%s", (title, h1, site, url, expected) => {
    expect(stripSiteName(title, h1, site, url)).toBe(expected);
  });
});

describe("the title picked", () => {
  it("passes over a title that is only the site's name, for the next candidate or the <h1>", () => {
    expect(pickTitle(["Metro Daily"], "Council approves bus plan", "", "Metro Daily", undefined)).toBe("Council approves bus plan");
    expect(pickTitle(["Metro Daily", "Council approves bus plan"], "", "", "Metro Daily", undefined)).toBe("Council approves bus plan");
    // Nothing else at all: the site's name is still better than none.
    expect(pickTitle(["Metro Daily"], "", "", "Metro Daily", undefined)).toBe("Metro Daily");
  });
});
