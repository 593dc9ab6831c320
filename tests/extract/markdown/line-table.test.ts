/**
 * The faster line table (src/extract/markdown/line-table.ts) is markdown-it's
 * own: the tables are compared field by field on random text of spaces, tabs,
 * newlines and other characters (blank lines, trailing blanks with and without
 * a last newline, tabs at every column), and the token streams on random
 * Markdown whose meaning hangs on indentation.
 */
import fc from "fast-check";
import MarkdownIt, { type MarkdownIt as Markdown } from "markdown-it";
import { describe, expect, it } from "vitest";
import { useFastLineTable } from "../../../src/extract/markdown/line-table";

const options = { html: true, linkify: true, typographer: false } as const;
const plain = new MarkdownIt(options);
const fast = new MarkdownIt(options);
useFastLineTable(fast);

const FIELDS = ["src", "bMarks", "eMarks", "tShift", "sCount", "bsCount", "blkIndent", "line", "lineMax", "tight", "listIndent", "parentType", "level", "tokens", "env"] as const;
const tableOf = (markdown: Markdown, src: string) => {
  const state = new markdown.block.State(src, markdown, {}, []) as unknown as Record<string, unknown>;
  return Object.fromEntries(FIELDS.map((field) => [field, state[field]]));
};

const blanksAndText = fc.array(fc.constantFrom(" ", "  ", "\t", "\n", "\n\n", "a", "b c", "\u00a0", "\u3000", "\r", "#"), { maxLength: 24 }).map((parts) => parts.join(""));
const indentedMarkdown = fc
  .array(fc.tuple(fc.constantFrom("", " ", "  ", "   ", "    ", "\t", " \t", "  \t", "\t\t"), fc.constantFrom("a", "- item", "1. item", "> quote", "```", "~~~", "# h", "| a | b |", "---", "<div>", "", "    code", "\tcode", "[x]: /u")), { maxLength: 14 })
  .map((lines) => lines.map(([indent, line]) => indent + line).join("\n"));

describe("the line table", () => {
  it("is markdown-it's own, field by field, on random blanks and text", () => {
    fc.assert(
      fc.property(fc.oneof(blanksAndText, indentedMarkdown), (src) => {
        expect(tableOf(fast, src), JSON.stringify(src)).toEqual(tableOf(plain, src));
        return true;
      }),
      { numRuns: 5000, seed: 40 },
    );
  });

  it("gives markdown-it's own tokens on random Markdown whose meaning hangs on indentation", () => {
    fc.assert(
      fc.property(indentedMarkdown, (src) => {
        expect(JSON.stringify(fast.parse(src, {})), JSON.stringify(src)).toBe(JSON.stringify(plain.parse(src, {})));
        return true;
      }),
      { numRuns: 3000, seed: 41 },
    );
  });

  it("makes no line of trailing blanks after the last newline, as markdown-it does", () => {
    expect(tableOf(fast, "a\n  \t").bMarks).toEqual([0, 5]);
    expect(tableOf(fast, "a\n  \t").bMarks).toEqual(tableOf(plain, "a\n  \t").bMarks);
  });
});
