/**
 * The regex-scanning `text` rule (src/extract/markdown/text-rule.ts) splits
 * inline text exactly where markdown-it's own does: the token streams of both
 * are compared on random Markdown dense in every ASCII punctuation mark, links
 * and images (whose labels end the scan early), entities and non-ASCII text.
 */
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { textRule } from "../../../src/extract/markdown/text-rule";

const options = { html: true, linkify: true, typographer: false } as const;
const plain = new MarkdownIt(options);
const scanned = new MarkdownIt(options);
scanned.inline.ruler.at("text", textRule);

const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const piece = fc.oneof(
  fc.constantFrom(...PUNCTUATION.split(""), " ", "\n", "\n\n", "\t", "a", "Bc", "é", "東京", "😀", "\ud800", "\u00a0"),
  fc.constantFrom("[a *b*](http://x.org \"t\")", "![alt `c`](/i.png)", "[ref]", "\n\n[ref]: http://r.org", "<http://x.org>", "a@b.org", "http://x.org/a_b", "&amp;", "&#64;", "**strong**", "~~del~~", "`code`", "# ", "> ", "- ", "1. "),
  fc.string({ maxLength: 4 }),
);
const markdown = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));

describe("the text rule", () => {
  it("gives markdown-it's own tokens on random Markdown", () => {
    fc.assert(
      fc.property(markdown, (source) => {
        expect(JSON.stringify(scanned.parse(source, {})), source).toBe(JSON.stringify(plain.parse(source, {})));
        return true;
      }),
      { numRuns: 5000, seed: 30 },
    );
  });

  it("gives markdown-it's own tokens around each ASCII character", () => {
    for (let code = 0; code < 128; code++) {
      const source = `ab${String.fromCharCode(code)}cd`;
      expect(JSON.stringify(scanned.parse(source, {})), JSON.stringify(source)).toBe(JSON.stringify(plain.parse(source, {})));
    }
  });
});
