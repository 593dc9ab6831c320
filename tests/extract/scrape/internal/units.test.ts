/** Scraped text split into units (src/extract/scrape/internal/units.ts). */
import { describe, expect, it } from "vitest";
import { columns, endsLikeSentence, toUnits } from "../../../../src/extract/scrape/internal/units";

const texts = (text: string) => toUnits(text).map((u) => u.text);

describe("toUnits: lines and the gaps between them", () => {
  it("counts blank lines before and after each unit; the last has an endless gap after it", () => {
    const units = toUnits("Menu\nHome\n\n\n\nHeadline\n\nBody.");
    expect(units.map(({ text, gapBefore, gapAfter }) => [text, gapBefore, gapAfter])).toEqual([
      ["Menu", 0, 0], ["Home", 0, 3], ["Headline", 3, 1], ["Body.", 1, Infinity],
    ]);
  });

  it("does not count the blank lines at the top as a gap, and ignores trailing ones", () => {
    const units = toUnits("\n\n\nFirst\n\n\n");
    expect(units).toEqual([{ text: "First", gapBefore: 0, gapAfter: Infinity, indent: 0, bullet: false }]);
  });

  it("treats lines of spaces, tabs and a lone bullet as blank", () => {
    const units = toUnits("One\n   \n\t\n*\nTwo");
    expect(units.map((u) => [u.text, u.gapBefore])).toEqual([["One", 0], ["Two", 3]]);
  });

  it("reads a scene break as a gap of one blank line at least, never a wide one, and keeps a press release's ### end mark", () => {
    for (const mark of ["* * *", "***", "⁂", "---", "~ ~ ~", "— — —"]) {
      const units = toUnits(`One part ends here.\n\n${mark}\n\nThe next begins.`);
      expect(units.map(({ text, gapBefore }) => [text, gapBefore])).toEqual([["One part ends here.", 0], ["The next begins.", 2]]);
      expect(toUnits(`One part ends here\n${mark}\nthe next begins.`).map((u) => u.text)).toEqual(["One part ends here", "the next begins."]);
    }
    expect(texts("The release ends.\n\n###")).toEqual(["The release ends.", "###"]);
    expect(texts("A - B\n\n-")).toEqual(["A - B", "-"]);
  });

  it("gives nothing for empty text", () => {
    expect(toUnits("")).toEqual([]);
    expect(toUnits("\n\n")).toEqual([]);
  });

  it("squashes runs of spaces inside a line", () => {
    expect(texts("  A   line\twith   gaps  ")).toEqual(["A line with gaps"]);
  });
});

describe("toUnits: indent and bullets", () => {
  it("measures leading spaces, a tab counting as four", () => {
    expect(toUnits("flat\n  two\n\tfour\n \tfive").map((u) => u.indent)).toEqual([0, 2, 4, 5]);
  });

  it("marks lines opening with -, *, • as bullets, and reads + and o as bullets too", () => {
    const units = toUnits("- Dash item\n\n* Star item\n\n• Dot item\n\n+ Plus item\n\no Nested Item\n\nPlain line");
    expect(units.map((u) => [u.text, u.bullet])).toEqual([
      ["- Dash item", true], ["* Star item", true], ["• Dot item", true], ["* Plus item", true], ["* Nested Item", true], ["Plain line", false],
    ]);
  });

  it("does not take a word starting with o, or o before a lower-case word, for a bullet", () => {
    expect(toUnits("o dear me\n\nonce upon a time\n\n-not a bullet").map((u) => [u.text, u.bullet])).toEqual([
      ["o dear me", false], ["once upon a time", false], ["-not a bullet", false],
    ]);
  });
});

describe("toUnits: hard-wrapped paragraphs", () => {
  const LONG = "The council met on Tuesday to discuss the budget and";

  it("joins a line that carries on in lower case after a long line stopping mid-sentence", () => {
    expect(texts(`${LONG}\nvoted late in the night.\nNext paragraph.`)).toEqual([`${LONG} voted late in the night.`, "Next paragraph."]);
  });

  it("keeps the gap after a joined paragraph", () => {
    const units = toUnits(`${LONG}\nvoted late.\n\n\nAfter.`);
    expect(units.map((u) => [u.text, u.gapAfter])).toEqual([[`${LONG} voted late.`, 2], ["After.", Infinity]]);
  });

  it("does not join a byline in lower case under a headline, and joins a sentence that only opens with by", () => {
    expect(texts("Five things we learned at the town meeting\nby Priya Nair\nJan 15, 2025")).toEqual(["Five things we learned at the town meeting", "by Priya Nair", "Jan 15, 2025"]);
    expect(texts("Town meeting report for the week of the harvest fair\nwritten by Priya Nair, January 15, 2025")).toHaveLength(2);
    expect(texts("The report on the harbour was written over the course of a year\nby John Smith, who studied the data for years.")).toHaveLength(1);
    expect(texts("The plan had been championed for more than two years\nby Mayor Karen Bass.")).toHaveLength(1);
  });

  it("does not join after a blank line, after a sentence end, after a short line, or before a capital", () => {
    expect(texts(`${LONG}\n\nvoted late.`)).toHaveLength(2);
    expect(texts("The council met on Tuesday to discuss the whole budget.\nvoted late.")).toHaveLength(2);
    expect(texts("Short line and\nmore words")).toHaveLength(2);
    expect(texts(`${LONG}\nVoted late.`)).toHaveLength(2);
  });

  it("on a page wrapped at a width, joins every line that filled it, whatever the next starts with", () => {
    const wrapped = [
      "The European Union has fined a tech giant a record sum for mishandling",
      "people's data when transferring it between Europe and the",
      "United States, regulators said on Monday. The firm said it would appeal",
      "against the ruling.",
      "",
      "The Irish Data Protection Commission, which regulates the firm in the",
      "EU, said the transfers did not protect users' rights under the law.",
    ].join("\n");
    expect(texts(wrapped)).toEqual([
      "The European Union has fined a tech giant a record sum for mishandling people's data when transferring it between Europe and the United States, regulators said on Monday. The firm said it would appeal against the ruling.",
      "The Irish Data Protection Commission, which regulates the firm in the EU, said the transfers did not protect users' rights under the law.",
    ]);
  });

  it("does not take a page of long paragraph lines for a wrapped one: a headline over a byline stays apart", () => {
    const page = [
      "Harbour works begin next month after the last objections are settled",
      "By Jane Doe",
      `${LONG}\nvoted late in the night, after a long debate about the harbour and the money the works would need over the next ten years.`,
    ].join("\n");
    expect(texts(page)[0]).toBe("Harbour works begin next month after the last objections are settled");
  });

  it("on a page wrapped at a width, keeps a table's rows set in space-aligned columns apart from the text and from each other", () => {
    const wrapped = [
      "   The kiosks are run by committees elected in each village, and the money",
      "   they take pays the attendant, the repairs and a fund for the dry season.",
      "",
      "     District area    Kiosks    People served    Average repair time",
      "     Ekwendeni        14        12,600           3 days",
      "     Embangweni       11        9,800            5 days",
      "",
      "   Across the network, 41 of the 46 kiosks now cover their running costs in",
      "   full, and the other five receive a small top-up from the district fund.",
    ].join("\n");
    expect(texts(wrapped)).toEqual([
      "The kiosks are run by committees elected in each village, and the money they take pays the attendant, the repairs and a fund for the dry season.",
      "District area Kiosks People served Average repair time",
      "Ekwendeni 14 12,600 3 days",
      "Embangweni 11 9,800 5 days",
      "Across the network, 41 of the 46 kiosks now cover their running costs in full, and the other five receive a small top-up from the district fund.",
    ]);
  });

  it("on a page wrapped at a width, keeps apart the lines its writer broke: a command, a picture's text in brackets", () => {
    const wrapped = [
      "   Every few months somebody on the team runs the deploy tool with --help and",
      "   waits, and then asks in chat whether the tool is broken. It is not broken.",
      "",
      "      $ python -X importtime -c \"import deploy.cli\" 2> import.log",
      "      $ head -n 4 import.log",
      "",
      "   [Image: The import log sorted by cumulative time, the cloud SDK at the top]",
      "   The sorted log: the cloud SDK takes most of the start-up time on its own.",
      "",
      "   The first column is the time spent in the module itself, and the second",
      "   includes everything it imported in turn, so we sort the log by the second.",
    ].join("\n");
    expect(texts(wrapped)).toEqual([
      "Every few months somebody on the team runs the deploy tool with --help and waits, and then asks in chat whether the tool is broken. It is not broken.",
      "$ python -X importtime -c \"import deploy.cli\" 2> import.log",
      "$ head -n 4 import.log",
      "[Image: The import log sorted by cumulative time, the cloud SDK at the top]",
      "The sorted log: the cloud SDK takes most of the start-up time on its own.",
      "The first column is the time spent in the module itself, and the second includes everything it imported in turn, so we sort the log by the second.",
    ]);
  });

  it("does not take a page of Thai paragraphs set line under line for a wrapped one: each line opens on a letter of no case, few fill a width", () => {
    const phrase = "ชาวบ้านที่มาร่วมประชุมขอให้เก็บราวเหล็กเก่าของท่าเรือไว้ ";
    const paragraphs = [10, 3, 6, 2, 4, 9, 5].map((n) => phrase.repeat(n).trim());
    expect(texts(paragraphs.join("\n"))).toEqual(paragraphs);
  });
});

describe("endsLikeSentence", () => {
  it.each(["Done.", "Really?", "Wow!", "Wait…", "終わり。", "هل؟", "He said: “Go.”", "(see above.)", "Lists:", "ရက်ကန်းလုပ်ငန်း။", "ដាំស្វាយវិញ។"])("%s ends like a sentence", (text) => {
    expect(endsLikeSentence(text)).toBe(true);
  });

  it.each(["has found.[1]", "has found.¹²", "“Go.”[12]"])("%s ends like a sentence before its footnote mark", (text) => {
    expect(endsLikeSentence(text)).toBe(true);
  });

  it.each(["and then", "Headline without a stop", "3.5 million", "", "Section [1]", "Chapter 2¹", "x.[1234]", "[1]"])("%s does not", (text) => {
    expect(endsLikeSentence(text)).toBe(false);
  });
});

describe("endsLikeSentence: read backwards", () => {
  it("agrees with the end-anchored pattern it replaced (a space allowed before a closer, as French sets its guillemets), on random text", () => {
    const SENTENCE_END = /[.!?…。！？؟۔।:;](?:[ \u00a0\u202f]?["'”’»)\]])*(?:\[\d{1,3}\]|[¹²³⁰⁴-⁹]+)?$/u;
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = "aZ9 .!?…。！？؟۔।:;\"'”’»)]([“‘«,-\n¹²";
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => (next() < 0.8 ? alphabet[Math.floor(next() * alphabet.length)]! : String.fromCharCode(Math.floor(next() * 0xffff)))).join("");
      expect(endsLikeSentence(text), JSON.stringify(text)).toBe(SENTENCE_END.test(text));
    }
  });
});

describe("toUnits: a drop cap on a line of its own", () => {
  it("is joined to its paragraph's first word, over a blank line or none", () => {
    expect(texts("T\n\nhree years ago I stopped digging.")).toEqual(["Three years ago I stopped digging."]);
    expect(texts("T\nhree years ago I stopped digging.")).toEqual(["Three years ago I stopped digging."]);
  });
  it("leaves a letter over a capital, or over a one-letter word, alone", () => {
    expect(texts("A\n\nThe next line.")).toHaveLength(2);
    expect(texts("B\n\na list item")).toHaveLength(2);
  });
});

describe("endsLikeSentence with French guillemets", () => {
  it("reads a stop before a closing guillemet set off by a space, as French sets it", () => {
    expect(endsLikeSentence("C’est exactement ce que je cherchais. »")).toBe(true);
    expect(endsLikeSentence("C’est exactement ce que je cherchais.\u202f»")).toBe(true);
    expect(endsLikeSentence("Pas fini »")).toBe(false);
  });
});


describe("a laid-out dump wrapped in a script without case", () => {
  it("counts Chinese, Japanese and Hangul characters as two columns", () => {
    expect(columns("abc")).toBe(3);
    expect(columns("東京都")).toBe(6);
    expect(columns("서울")).toBe(4);
  });

  it("joins a Hebrew paragraph's wrapped lines, with a space", () => {
    const line = "מפלס הכנרת עלה ב־12 סנטימטרים בשבוע האחרון, בעקבות הגשמים העזים שירדו";
    const text = [`   ${line}`, "   בצפון הארץ ובגולן, כך נמסר הבוקר מרשות המים.", "", `   ${line}`, "   ובגולן.", ""].join("\n");
    const units = toUnits(text);
    expect(units[0]!.text).toBe(`${line} בצפון הארץ ובגולן, כך נמסר הבוקר מרשות המים.`);
    expect(units).toHaveLength(2);
  });

  it("joins a Chinese paragraph's wrapped lines without a space", () => {
    const first = "国家发展改革委员会今天表示，低空经济已经写入政府工作报告，多个城市正在加快";
    const text = [first, "布局起降设施和飞行服务站，预计年内将有更多试点。", "", first, "布局。"].join("\n");
    expect(toUnits(text)[0]!.text).toBe(`${first}布局起降设施和飞行服务站，预计年内将有更多试点。`);
  });
});
