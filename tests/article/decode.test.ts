/** Bytes → text (src/article/decode.ts): each unusable file rejected with what is wrong with it. */
import { describe, expect, it } from "vitest";
import { decodeArticle } from "../../src/article/decode";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeArticle", () => {
  it("decodes UTF-8 and cleans the text (BOM, CRLF, XML-illegal characters)", () => {
    expect(decodeArticle(utf8("\uFEFFTitle\r\nBody\u0001 é 🎉\r"))).toBe("Title\nBody é 🎉\n");
  });

  it("decodes UTF-16 that opens with its byte-order mark, little- or big-endian (Windows Notepad's \"Unicode\")", () => {
    const text = "Titre\r\nCorps é 🎉\r\n";
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le.push(code & 0xff, code >> 8);
      be.push(code >> 8, code & 0xff);
    }
    expect(decodeArticle(bytes(...le))).toBe("Titre\nCorps é 🎉\n");
    expect(decodeArticle(bytes(...be))).toBe("Titre\nCorps é 🎉\n");
    // A lone surrogate is no UTF-16 text.
    expect(() => decodeArticle(bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00))).toThrow("not valid UTF-16 text");
  });

  it.each([
    ["an empty file", bytes(), "empty file (0 bytes)"],
    ["a binary file", bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), "binary file (contains NUL bytes), not text"],
    ["whitespace only", utf8(" \n\t\r\n "), "no text (only whitespace)"],
    ["Latin-1 text", bytes(...utf8("Caf"), 0xe9, 0x20, 0x61), "not valid UTF-8 text (first bad byte at offset 3); save the file as UTF-8"],
    ["a cut multi-byte character", bytes(...utf8("ab"), 0xe2, 0x82), "not valid UTF-8 text (first bad byte at offset 2); save the file as UTF-8"],
    ["an overlong encoding", bytes(0x41, 0xc0, 0xaf), "not valid UTF-8 text (first bad byte at offset 1); save the file as UTF-8"],
  ])("rejects %s", (_, input, reason) => {
    expect(() => decodeArticle(input)).toThrow(reason);
  });
});
