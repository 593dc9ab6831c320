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

  it("takes the page's own headline over a social title cut short of it, and keeps a social title that differs", () => {
    expect(pickTitle(["Coastal town votes to let sea reclaim farmland"], "Coastal town votes to let sea reclaim farmland in 'managed retreat' plan", "", undefined, undefined))
      .toBe("Coastal town votes to let sea reclaim farmland in 'managed retreat' plan");
    expect(pickTitle(["Sea to reclaim farmland"], "Coastal town votes to let sea reclaim farmland", "", undefined, undefined)).toBe("Sea to reclaim farmland");
  });
});

describe("a paged article's page in its title", () => {
  it("is left off: the article's title is without it", () => {
    expect(pickTitle(["BMKG Pastikan Indonesia Tidak Alami Gelombang Panas Halaman all - WartaNusa.com"], "", "", "WartaNusa.com", undefined)).toBe("BMKG Pastikan Indonesia Tidak Alami Gelombang Panas");
    expect(pickTitle(["Ten walks for winter Page 2 of 3 | Walk Magazine"], "", "", "Walk Magazine", undefined)).toBe("Ten walks for winter");
    // A headline about a page keeps its words.
    expect(pickTitle(["Why the front page still matters | Press Gazette"], "", "", "Press Gazette", undefined)).toBe("Why the front page still matters");
  });
});

describe("a title that holds the page's headline with the site's name and sections around it", () => {
  it("is the headline, whatever separates the rest", () => {
    expect(pickTitle(["BBC NEWS | England | Cornwall | Harbour village fears for its winters"], "Harbour village fears for its winters", "", undefined, undefined)).toBe("Harbour village fears for its winters");
    expect(pickTitle(["Tri-County Herald - Local News: Council OKs new water plant"], "Council OKs new water plant", "", undefined, undefined)).toBe("Council OKs new water plant");
    expect(pickTitle(["Vecinos piden más autobuses para el barrio. La Voz del Sureste"], "Vecinos piden más autobuses para el barrio", "", undefined, undefined)).toBe("Vecinos piden más autobuses para el barrio");
  });
});
