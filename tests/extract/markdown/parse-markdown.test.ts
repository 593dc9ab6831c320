import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/extract/markdown/parse-markdown";
import { ArticleRejected } from "../../../src/core/article";
import { sanitizeHtml } from "../../../src/extract/sanitize";
import { markdownWithMarkup } from "../../support/markdown-arbitrary";

const doc = (frontMatter: string, body = "Body text.") => `---\n${frontMatter}\n---\n\n${body}\n`;

describe("parseMarkdown: front matter as YAML 1.2 core", () => {
  it("keeps unquoted dates as text for the date parser, and yes/no as words", () => {
    const parsed = parseMarkdown(doc("title: Yes we can\ndate: 2024-03-05\ntags: [yes, no, '2024']"));
    expect(parsed.title).toBe("Yes we can");
    expect(parsed.published?.toISOString()).toBe("2024-03-05T00:00:00.000Z");
    expect(parsed.tags).toEqual(["yes", "no", "2024"]);
  });

  it("names the line of a YAML error, in one line", () => {
    let error: unknown;
    try {
      parseMarkdown(doc('title: "fine"\nauthor: [unclosed\ntags: x'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ArticleRejected);
    const message = (error as Error).message;
    expect(message).toMatch(/^front matter is not valid YAML \(line \d\): \S/);
    expect(message).not.toContain("\n");
  });

  it("rejects a duplicated key rather than silently taking one", () => {
    expect(() => parseMarkdown(doc("title: One\ntitle: Two"))).toThrow(/^front matter is not valid YAML \(line 2\): duplicated mapping key/);
  });

  it("rejects front matter that is a list or a scalar, not a mapping", () => {
    expect(() => parseMarkdown(doc("- a\n- b"))).toThrow(/must be a YAML mapping/);
    expect(() => parseMarkdown(doc("just words"))).toThrow(/must be a YAML mapping/);
  });
});

describe("parseMarkdown's fast paths (linkify pretests, text rule, sanitising markdown-it's tags only)", () => {
  it("give the HTML that markdown-it and the whole-text sanitiser give, raw HTML or not", () => {
    const plain = new MarkdownIt({ html: true, linkify: true, typographer: false });
    fc.assert(
      fc.property(markdownWithMarkup, (body) => {
        const html = parseMarkdown(`---\ntitle: T\n---\n\n${body}\n`).blocks.find((block) => block.kind === "html");
        expect(html?.kind === "html" ? html.html : "", body).toBe(sanitizeHtml(plain.render(`${body}\n`)).trim());
        return true;
      }),
      { numRuns: 3000, seed: 21 },
    );
  });
});
