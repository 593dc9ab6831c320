import { describe, expect, it } from "vitest";
import { cleanText, escapeHtml, slugify, truncateOnSentence } from "../../src/core/text";
import { parseDate, parseTimestampLine } from "../../src/normalise/dates";

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

describe("dates printed on pages", () => {
  it.each([
    ["2017-09-29", "2017-09-29T00:00:00.000Z"],
    ["2017-09-29T10:42:00+02:00", "2017-09-29T08:42:00.000Z"],
    ["September 29, 2017 10:42 AM GMT", "2017-09-29T10:42:00.000Z"],
    ["Sept. 29, 2017 3:05 p.m. ET", "2017-09-29T19:05:00.000Z"], // ET in September is EDT (UTC-4)
    ["Jan. 29, 2017 3:05 p.m. ET", "2017-01-29T20:05:00.000Z"], // and EST (UTC-5) in January
    ["2:35 PM EDT, Wed March 20, 2024", "2024-03-20T18:35:00.000Z"],
    ["20 March 2024 • 2:35pm", "2024-03-20T14:35:00.000Z"],
    ["Friday 29 September 2017 12:51 BST", "2017-09-29T11:51:00.000Z"],
    ["Thu 14 Mar 2019 07.15 GMT", "2019-03-14T07:15:00.000Z"],
    ["Fri, 29 Sep 2017 10:42:00 +0000", "2017-09-29T10:42:00.000Z"],
    ["3 février 2022 à 08h15", "2022-02-03T08:15:00.000Z"],
    ["2023/08/26 10:00 JST", "2023-08-26T01:00:00.000Z"],
    ["2023年8月26日", "2023-08-26T00:00:00.000Z"],
  ])("%s", (text, iso) => {
    expect(parseDate(text)?.toISOString()).toBe(iso);
  });
  it("rejects impossible dates and prose", () => {
    expect(parseDate("February 30, 2017")).toBeNull();
    expect(parseDate("a monitor said Friday")).toBeNull();
    expect(parseDate("2017-13-01")).toBeNull();
  });
  it("tells published from updated stamps", () => {
    expect(parseTimestampLine("Updated 2017-09-29 14:05 UTC")).toEqual({ kind: "updated", date: new Date("2017-09-29T14:05:00Z") });
    expect(parseTimestampLine("Published: September 29, 2017")?.kind).toBe("published");
    expect(parseTimestampLine("Protests erupt across the region on May 1, 2020")).toBeNull();
  });
});
