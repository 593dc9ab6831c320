import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { holds, mayHold, word, words } from "../../../../src/extract/scrape/rules/substrings";

/** Every line of the vendored pages and scrapes: real text in many scripts and languages. */
function fixtureLines(): string[] {
  const lines: string[] = [];
  for (const dir of ["tests/fixtures/corpus", "tests/fixtures/scrapes"]) {
    for (const file of readdirSync(dir, { recursive: true }) as string[]) {
      if (!file.endsWith(".txt")) continue;
      for (const line of readFileSync(join(dir, file), "utf8").split("\n")) if (line.trim()) lines.push(line.trim());
    }
  }
  return lines;
}

// Words as the rules' guards spell them: ASCII, Latin with accents, Cyrillic, CJK, Hangul, single characters.
const NEEDLES = ["ookie", "copyright", "Photo", "réserv", "реклама", "Фото", "無断", "版", "무단", "|", "©", " / ", "：", "artner", "the ", "—", "حقوق"];

describe("a line's index of its substrings", () => {
  const lines = fixtureLines();

  it("reads enough of the fixtures to mean something", () => {
    expect(lines.length).toBeGreaterThan(2000);
  });

  it("never says no when the line holds the word, and holds() is exactly includes()", () => {
    for (const needle of NEEDLES) {
      const asked = word(needle);
      for (const line of lines) {
        const present = line.includes(needle);
        if (present) expect(mayHold(line, asked), `${needle} in ${line}`).toBe(true);
        expect(holds(line, asked)).toBe(present);
      }
    }
  });

  it("says no to most lines that lack the word (it is worth asking)", () => {
    const asked = words("ookie", "artner", "onsent");
    const without = lines.filter((line) => !/ookie|artner|onsent/.test(line));
    const falseYes = without.filter((line) => mayHold(line, asked)).length;
    expect(falseYes / without.length).toBeLessThan(0.01);
  });

  it("answers for case-insensitive patterns in any case, in every script with case", () => {
    const cases: [string, string][] = [
      ["Accept all COOKIES", "cookie"],
      ["Wir verwenden Cookies", "cookie"],
      ["РЕКЛАМА", "реклама"],
      ["GLÜCKSSPIEL kann süchtig machen", "glücksspiel"],
      ["ΔΙΑΦΉΜΙΣΗ", "διαφήμιση"],
      ["ΣΙΓΜΑ and ς", "σιγμα and σ"],
      // /iu folds the long s and the Kelvin sign into s and k.
      ["Coſt of a \u212Aettle", "cost of a kettle"],
      ["ＦＯＴＯ", "ｆｏｔｏ"],
    ];
    for (const [line, needle] of cases) {
      expect(new RegExp(needle, "iu").test(line), `${needle} /iu in ${line}`).toBe(true);
      expect(mayHold(line, words(needle)), `${needle} in ${line}`).toBe(true);
    }
  });

  it("keeps answering right while the rules move between lines", () => {
    const sample = lines.slice(0, 400);
    const asked = [word("the "), word("|"), word("©"), word("Photo"), word("—")];
    // Ask of the lines in turns wider than the index keeps, so that it must build a line's bitmap again.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < sample.length; i++) {
        const line = sample[(i * 7 + round) % sample.length]!;
        for (const needle of asked) expect(holds(line, needle)).toBe(needle.texts.some((text) => line.includes(text)));
      }
    }
  });

  it("holds a word of several spellings when the line holds any of them, as spelled", () => {
    const courtesy = word("ourtesy", "OURTESY");
    expect(holds("Photo courtesy of the family", courtesy)).toBe(true);
    expect(holds("PHOTO COURTESY OF THE FAMILY", courtesy)).toBe(true);
    expect(holds("Photo Courtesy of the family", courtesy)).toBe(true);
    expect(holds("Photo CourTesy of the family", courtesy)).toBe(false);
    expect(holds("no thanks", courtesy)).toBe(false);
  });

  it("answers for short lines and the empty line", () => {
    expect(mayHold("", words("abc"))).toBe(false);
    expect(mayHold("ab", words("abc"))).toBe(false);
    expect(mayHold("abc", words("abc"))).toBe(true);
    expect(holds("|", word("|"))).toBe(true);
    expect(holds("x", word("|"))).toBe(false);
  });
});
