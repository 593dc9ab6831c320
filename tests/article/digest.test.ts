/** The content digest (src/article/digest.ts): the value users' publication ledgers store. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentDigest, hasTrailingSpace, isWhiteSpace } from "../../src/article/digest";
import { hash64 } from "../../src/core/hash";

/** The digest as first written (a regex over the text, lines split and trimmed, the UTF-8 bytes hashed): the ledger's reference. */
function referenceDigest(text: string): string {
  const trimmed = /[^\S\n]\n/.test(text) ? text.split("\n").map((line) => line.trimEnd()).join("\n") : text;
  return hash64(new TextEncoder().encode(trimmed.trim()));
}

// Lines of words and every kind of white space, lone surrogates and astral characters among them.
const textWithSpaces = fc
  .array(fc.oneof(fc.constantFrom(" ", "\n", "\t", "\u00A0", "\u3000", "\u2028", "\uFEFF", "\v", "\r", "\u200B", " \n", "\t\n"), fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 40 })
  .map((pieces) => pieces.join(""));

describe("contentDigest", () => {
  // Pinned (computed by the reference below before the digest was rewritten for speed).
  it("keeps the digests already stored in ledgers", () => {
    expect(contentDigest("Title\n\nThe body.")).toBe("ec06a35e43c55505");
    expect(contentDigest("  Title  \n\nThe body. \t\n\n")).toBe("ec06a35e43c55505");
    expect(contentDigest("Élections — سياسة 🙂\u00A0\n\nx\n")).toBe("1d63bfebc8bd3cd6");
  });

  it("is the reference digest on random text with every kind of white space", () => {
    fc.assert(fc.property(textWithSpaces, (text) => contentDigest(text) === referenceDigest(text)), { numRuns: 5000, seed: 20261130 });
  });

  it("sees trailing white space exactly where the regex did", () => {
    fc.assert(fc.property(textWithSpaces, (text) => hasTrailingSpace(text) === /[^\S\n]\n/.test(text)), { numRuns: 5000, seed: 20261130 });
  });

  it("counts as white space exactly what \\s matches and trim() removes, across the BMP", () => {
    const disagreements: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (isWhiteSpace(code) !== /\s/.test(char) || isWhiteSpace(code) !== (char.trim() === "")) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});
