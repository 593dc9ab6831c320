/** Language detection (src/article/language.ts); what each format's items declare is in tests/features/languages.test.ts. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleLanguage, detectLanguage, languageSample } from "../../src/article/language";
import type { Article } from "../../src/core/article";

describe("detectLanguage", () => {
  it("the detector says nothing rather than guess on too little text", () => {
    expect(detectLanguage("Ok")).toBeUndefined();
    expect(detectLanguage("La mairie a annoncé mardi que les travaux de la place centrale commenceront au printemps.")).toBe("fr");
  });
});

describe("articleLanguage", () => {
  const article = (title: string, text: string) => ({ title, summary: text, blocks: [{ kind: "paragraph" as const, text }] });
  const language = (title: string, text: string) => articleLanguage(article(title, text), undefined, () => {});

  it("leaves a short item of names to the site's language rather than guess", () => {
    expect(language("Tesla recalls Model Y", "Tesla recalled 10,000 Model Y cars.")).toBeUndefined();
    expect(language("Real Madrid beat Napoli", "Real Madrid beat Napoli 2-1.")).toBeUndefined();
  });

  it("still names the language of a short item by its stopwords, and of any item of a dozen words or more", () => {
    expect(language("Le budget", "Le conseil a voté le budget de la ville pour les travaux du port.")).toBe("fr");
    expect(language("Neue Brücke", "Die Stadt baut bis 2030 eine neue Brücke über den Fluss, sagte der Bürgermeister am Montag.")).toBe("de");
  });
});

describe("languageSample", () => {
  it("is the article's prose joined by line breaks, cut at the sample's length", () => {
    const article = { title: "Storm", summary: "Rain all day.", blocks: [{ kind: "figure", caption: "A photo" }, { kind: "list", items: ["one", "two"] }, { kind: "html", html: "<p>Some &amp; more</p>" }, { kind: "paragraph", text: "The end of the article." }] } satisfies Pick<Article, "title" | "summary" | "blocks">;
    expect(languageSample(article, 1000)).toBe("Storm\nRain all day.\none\ntwo\n Some   more \nThe end of the article.");
    expect(languageSample(article, 30)).toBe("Storm\nRain all day.\none\ntwo\n S");
  });

  it("is the whole prose joined then cut, whatever the blocks and the length", () => {
    // The sample as first written: every block's text joined, then cut.
    const reference = (article: Pick<Article, "title" | "summary" | "blocks">, maxChars: number) => {
      const parts = [article.title, article.summary];
      let length = parts.join(" ").length;
      for (const block of article.blocks) {
        if (length >= maxChars) break;
        const text = block.kind === "list" ? block.items.join("\n") : block.kind === "html" ? block.html.replace(/<[^>]*>/g, " ").replace(/&[a-z#0-9]+;/gi, " ") : block.kind === "figure" ? "" : block.text;
        if (!text) continue;
        parts.push(text);
        length += text.length + 1;
      }
      return parts.join("\n").slice(0, maxChars);
    };
    const text = fc.string({ unit: "binary", maxLength: 60 });
    const block = fc.oneof(
      text.map((t) => ({ kind: "paragraph" as const, text: t })),
      text.map((t) => ({ kind: "quote" as const, text: t })),
      fc.array(text, { maxLength: 4 }).map((items) => ({ kind: "list" as const, items })),
      text.map((t) => ({ kind: "html" as const, html: `<p>${t}&amp;</p>` })),
      text.map((caption) => ({ kind: "figure" as const, caption })),
    );
    const article = fc.record({ title: text, summary: text, blocks: fc.array(block, { maxLength: 12 }) });
    fc.assert(fc.property(article, fc.integer({ min: 1, max: 400 }), (a, maxChars) => languageSample(a, maxChars) === reference(a, maxChars)), { numRuns: 2000, seed: 20261130 });
  });
});
