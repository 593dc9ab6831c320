/** Writing direction from a language tag (src/render/direction.ts). */
import { describe, expect, it } from "vitest";
import { dirAttribute, textDirection } from "../../src/render/direction";

describe("textDirection", () => {
  it.each([["ar"], ["ar-EG"], ["he"], ["fa-IR"], ["ur"], ["az-Arab"], ["yi"]])("%s is right to left", (tag) => {
    expect(textDirection(tag)).toBe("rtl");
    expect(dirAttribute(tag)).toBe(' dir="rtl"');
  });

  it.each([["en"], ["fr-CA"], ["ja"], ["ku-Latn"], ["ar-Latn"], ["zh-Hant"], [undefined], [""]])("%s is not", (tag) => {
    expect(textDirection(tag)).toBeUndefined();
    expect(dirAttribute(tag)).toBe("");
  });
});
