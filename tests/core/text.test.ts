/** Text hygiene (src/core/text.ts). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, escapeHtml, slugify, titleKey, truncateOnSentence } from "../../src/core/text";

describe("cleanText", () => {
  it("drops a BOM and normalises CRLF and lone CR to LF", () => {
    expect(cleanText("\uFEFFa\r\nb\rc\n")).toBe("a\nb\nc\n");
  });
  it("strips XML-illegal characters and keeps tab and newline", () => {
    expect(cleanText("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\tg\nh\uFFFEi\uFFFFj")).toBe("abcdefg\tg\nhij");
  });
  it("strips lone surrogates but keeps emoji, ZWJ sequences and RTL text", () => {
    expect(cleanText("x\uD800y\uDC00z")).toBe("xyz");
    expect(cleanText("🎉 👩‍💻 مرحبا بالعالم")).toBe("🎉 👩‍💻 مرحبا بالعالم");
  });
  it("cleans any text as the two replaces it skips when nothing matches would", () => {
    const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    const reference = (input: string) => input.replace(/^\uFEFF/, "").replace(/\r\n?|\u2028|\u2029/g, "\n").replace(XML_ILLEGAL, "");
    const piece = fc.oneof(fc.constantFrom("\r", "\r\n", "\u2028", "\u2029", "\uFEFF", "\u0085", "\u000B", "\t", "\n", "\uFFFE", "\uD800", "\uDC00"), fc.string({ unit: "binary", maxLength: 8 }));
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(""));
    fc.assert(fc.property(text, (input) => cleanText(input) === reference(input)), { numRuns: 2000, seed: 20261130 });
  });
});

describe("slugify", () => {
  it("makes stable, URL-safe ids from file names", () => {
    expect(slugify("000_27df97f2463d8e1f")).toBe("000_27df97f2463d8e1f");
    expect(slugify("Élection présidentielle 2022!")).toBe("election-presidentielle-2022");
    expect(slugify("مرحبا")).toBe("");
  });
});

describe("escapeHtml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  });
});

describe("truncateOnSentence", () => {
  it("keeps whole sentences that fit", () => {
    const text = "First sentence here. Second sentence is longer than the limit allows for sure.";
    expect(truncateOnSentence(text, 30)).toBe("First sentence here.");
  });
  it("cuts a single long sentence at a word, with an ellipsis", () => {
    const out = truncateOnSentence("word ".repeat(100).trim(), 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.endsWith("word…")).toBe(true);
  });
  it.each([
    ["WASHINGTON (Reuters) - U.S. President Joe Biden signed the order on Tuesday. The White House said more would follow.", "WASHINGTON (Reuters) - U.S. President Joe Biden signed the order on Tuesday."],
    ["The bill was backed by Sen. Jane Roe after a long debate. Sen. Roe said the state would pay for all of it.", "The bill was backed by Sen. Jane Roe after a long debate."],
    ["It opened on Jan. 3 after years of work. The mayor said it was a good day for the whole city.", "It opened on Jan. 3 after years of work."],
  ])("does not take an abbreviation's full stop for a sentence's end: %s", (text, cut) => {
    expect(truncateOnSentence(text, cut.length + 10)).toBe(cut);
  });
  it("handles CJK sentence ends", () => {
    expect(truncateOnSentence("最初の文です。二番目の文はとても長いのでここでは入りません。", 10)).toBe("最初の文です。");
  });
});

describe("titleKey", () => {
  it("folds case, punctuation and spacing, in any script", () => {
    expect(titleKey("  Storm Hits   the COAST — again!  ")).toBe("storm hits the coast again");
    expect(titleKey("Ｓｔｏｒｍ ｈｉｔｓ")).toBe("storm hits"); // full-width forms fold under NFKC
    expect(titleKey("Élections : le « oui » l’emporte")).toBe("élections le oui l emporte");
    expect(titleKey("東京で大雨、交通に影響")).toBe("東京で大雨 交通に影響");
  });

  it("gives ASCII titles the very key the Unicode rule gives them", () => {
    const unicodeKey = (title: string) => title.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const title = Array.from({ length: 1 + Math.floor(next() * 60) }, () => String.fromCharCode(Math.floor(next() * 128))).join("");
      expect(titleKey(title), JSON.stringify(title)).toBe(unicodeKey(title));
    }
  });
});
