/** The content hash (src/core/hash.ts): ETags, manifest digests and the publication ledger's file digests. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hash64, hashText } from "../../src/core/hash";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("hash64", () => {
  // Pinned: the publication ledger and built manifests store these digests, so a
  // change here would make every stored file look renamed or changed.
  it("gives the same known digests as when the ledger was written", () => {
    expect(hash64(new Uint8Array())).toBe("811c9dc55ad1e806");
    expect(hash64(bytes("abc"))).toBe("1a47e90b2adb1cf5");
    expect(hash64(new Uint8Array(1))).toBe("050c5d1ffe704172");
    expect(hash64(new Uint8Array(2))).toBe("117697cdfdb70809");
    expect(hash64(bytes("abc"), "v1")).toBe("8c1a8c18cd369afe");
    expect(hash64(new Uint8Array(), "v1")).toBe("944a4668cabdd0b3");
  });

  it("has FNV-1a 32 as its first lane (an independent check of the constants)", () => {
    // Published FNV-1a 32-bit values: "" → 811c9dc5, "a" → e40c292c, "abc" → 1a47e90b.
    expect(hash64(new Uint8Array()).slice(0, 8)).toBe("811c9dc5");
    expect(hash64(bytes("a")).slice(0, 8)).toBe("e40c292c");
    expect(hash64(bytes("abc")).slice(0, 8)).toBe("1a47e90b");
  });

  it("is 16 lower-case hex digits", () => {
    for (const input of ["", "x", "a longer text with ünïcode 🙂".repeat(50)]) expect(hash64(bytes(input))).toMatch(/^[0-9a-f]{16}$/);
  });

  it("gives identical bytes an identical digest, whatever buffer holds them", () => {
    const text = "Identical bytes, two buffers.";
    const inLargerBuffer = new Uint8Array(new ArrayBuffer(100), 10, bytes(text).length);
    inLargerBuffer.set(bytes(text));
    expect(hash64(inLargerBuffer)).toBe(hash64(bytes(text)));
  });

  it("changes when any one byte changes, or the bytes are reordered or lengthened", () => {
    const base = bytes("The quick brown fox jumps over the lazy dog");
    const digest = hash64(base);
    for (let i = 0; i < base.length; i++) {
      const changed = base.slice();
      changed[i] = changed[i]! ^ 1;
      expect(hash64(changed), `byte ${i}`).not.toBe(digest);
    }
    expect(hash64(bytes("ab"))).not.toBe(hash64(bytes("ba")));
    expect(hash64(new Uint8Array(3))).not.toBe(hash64(new Uint8Array(4)));
  });

  it("changes with the salt, and the salt is not just a prefix of the bytes", () => {
    const content = bytes("same content");
    expect(hash64(content, "a")).not.toBe(hash64(content));
    expect(hash64(content, "a")).not.toBe(hash64(content, "b"));
    expect(hash64(content, "a")).toBe(hash64(content, "a"));
    // The second lane mixes each byte with its position; salt characters are not positioned.
    expect(hash64(bytes("same content"), "x")).not.toBe(hash64(bytes("xsame content")));
  });
});

describe("hashText", () => {
  it("is hash64 of the text's UTF-8 bytes", () => {
    expect(hashText("Hello, world")).toBe("94d8f9bdb8228372");
    expect(hashText("Élections — سياسة 🙂")).toBe("59bee771c79572b5");
    expect(hashText("Élections — سياسة 🙂")).toBe(hash64(bytes("Élections — سياسة 🙂")));
    expect(hashText("")).toBe(hash64(new Uint8Array()));
  });

  it("is hash64 of TextEncoder's bytes on any text: lone surrogates, astral characters, and texts too long for the reused buffer", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => hashText(text) === hash64(bytes(text))), { numRuns: 3000, seed: 20261130 });
    const long = "Élections — سياسة 🙂 \uD800 ".repeat(5000);
    expect(long.length).toBeGreaterThan(65536);
    expect(hashText(long)).toBe(hash64(bytes(long)));
    const filling = "€".repeat(65536); // three bytes each: the buffer exactly
    expect(hashText(filling)).toBe(hash64(bytes(filling)));
    // A short text after a long one: nothing of the earlier text is left in the buffer's reading.
    expect(hashText("abc")).toBe("1a47e90b2adb1cf5");
  });

  it("tells apart texts that differ only in Unicode normalisation", () => {
    expect(hashText("caf\u00e9")).not.toBe(hashText("cafe\u0301"));
  });
});
