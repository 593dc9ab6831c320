/** Text hygiene (src/core/text.ts). */
import { describe, expect, it } from "vitest";
import { cleanText, escapeHtml, slugify, truncateOnSentence } from "../../src/core/text";

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
  it("handles CJK sentence ends", () => {
    expect(truncateOnSentence("最初の文です。二番目の文はとても長いのでここでは入りません。", 10)).toBe("最初の文です。");
  });
});
