import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normaliseArticle } from "../../src/article/normalise";
import { FIXED_MTIME, FIXTURES, fixtureBytes, source } from "../support/fixtures";

/**
 * Varied scrapes (tests/fixtures/scrapes/*.txt) with what an editor would
 * extract from each (*.expected.json), written independently of the rules.
 */
interface Expected {
  title: string;
  author: string | null;
  date: string | null;
  updated: string | null;
  lead: string;
  captions: string[];
  headings: string[];
  paragraphCount: number;
  related: { title: string; url: string | null }[];
  mustNotContain: string[];
}

const dir = new URL("scrapes/", FIXTURES);
const cases = readdirSync(dir).filter((n) => n.endsWith(".expected.json")).map((n) => n.replace(".expected.json", ""));

describe.each(cases)("scrape %s", (name) => {
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), "utf8")) as Expected;
  const article = normaliseArticle(source(`${name}.txt`, fixtureBytes(`scrapes/${name}.txt`)));
  const paragraphs = article.blocks.flatMap((b) => (b.kind === "paragraph" || b.kind === "quote" ? [b.text] : []));

  it("title, author and lead", () => {
    expect(article.title).toBe(expected.title);
    expect(article.author ?? null).toBe(expected.author);
    expect(paragraphs[0]).toBe(expected.lead);
    expect(article.summary.length).toBeLessThanOrEqual(300);
    expect(expected.lead.startsWith(article.summary.replace(/…$/, ""))).toBe(true);
  });

  it("captions, headings and paragraph count", () => {
    expect(article.captions).toEqual(expected.captions);
    expect(article.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []))).toEqual(expected.headings);
    expect(paragraphs).toHaveLength(expected.paragraphCount);
  });

  it("related links", () => {
    expect(article.related.map((r) => ({ title: r.title, url: r.url ?? null }))).toEqual(expected.related);
  });

  it("dates from the text, or the file time when it has none", () => {
    const published = expected.date ?? expected.updated;
    if (published === null) {
      expect(article.dateSource).toBe("file-mtime");
      expect(article.published.getTime()).toBe(FIXED_MTIME);
      return;
    }
    expect(article.dateSource).toBe("text");
    expect(article.published.toISOString()).toBe(published);
    expect(article.updated.toISOString()).toBe(expected.updated ?? published);
  });

  it("no boilerplate or illegal characters anywhere", () => {
    const everything = JSON.stringify(article);
    for (const text of expected.mustNotContain) expect(everything).not.toContain(JSON.stringify(text).slice(1, -1));
    expect(everything).not.toMatch(/\\u00[01][0-9a-f]/);
  });
});

describe("files the loader cannot use", () => {
  it.each([
    ["empty.txt", /^empty file/],
    ["blank.txt", /^no text \(only whitespace\)/],
    ["binary.txt", /^binary file/],
    ["latin1.txt", /^not valid UTF-8 text \(first bad byte at offset \d+\)/],
  ])("%s is rejected with a clear reason", (name, reason) => {
    expect(() => normaliseArticle(source(name, fixtureBytes(`scrapes/${name}`)))).toThrow(reason);
  });
});

describe("text files with no headline", () => {
  const warningsOf = (name: string, text: string) => {
    const warnings: { name: string; message: string }[] = [];
    return { article: normaliseArticle(source(name, text), warnings), messages: warnings.map((w) => w.message) };
  };
  const PARAGRAPH = "The harbour reopened on Monday after a year of repairs, and the first ferries came in before noon with passengers, cars and the morning post.";

  it("a note that opens with a paragraph keeps it as its lead and is titled by its file name", () => {
    const { article, messages } = warningsOf("ferry-diary.txt", `${PARAGRAPH}\n\nThe council said the work cost less than feared.\n`);
    expect(article.title).toBe("Ferry Diary");
    expect(article.summary).toBe(PARAGRAPH);
    expect(article.blocks.map((b) => (b.kind === "paragraph" ? b.text : b.kind))).toEqual([PARAGRAPH, "The council said the work cost less than feared."]);
    expect(messages).toContain('no title in the file; titled by its name: "Ferry Diary"');
  });

  it("a letter that opens with its greeting keeps the greeting in the body, not as the title", () => {
    const { article } = warningsOf("Letter to readers.txt", `Dear readers,\n\n${PARAGRAPH}\n`);
    expect(article.title).toBe("Letter to readers");
    expect(article.blocks[0]).toEqual({ kind: "paragraph", text: "Dear readers," });
    expect(article.summary).toBe(PARAGRAPH);
  });

  it("a note named by an id (a hash) is titled by its first line, as before names titled notes", () => {
    const { article, messages } = warningsOf("000_27df97f2463d8e1f.txt", `${PARAGRAPH}\n\nThe council said the work cost less than feared.\n`);
    expect(article.title).toBe(PARAGRAPH);
    expect(messages).toContain(`no title in the file, and its name is an id; titled by its first line: "${PARAGRAPH}"`);
  });

  it("a headline over the text is still the title", () => {
    expect(warningsOf("harbour.txt", `Harbour reopens after a year\n\n${PARAGRAPH}\n`).article.title).toBe("Harbour reopens after a year");
  });
});
