/** Language detection (src/article/language.ts); what each format's items declare is in tests/features/languages.test.ts. */
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/article/language";

describe("detectLanguage", () => {
  it("the detector says nothing rather than guess on too little text", () => {
    expect(detectLanguage("Ok")).toBeUndefined();
    expect(detectLanguage("La mairie a annoncé mardi que les travaux de la place centrale commenceront au printemps.")).toBe("fr");
  });
});
