import { describe, expect, it } from "vitest";
import { isSectionEnd, isSignUpLine, pageLanguage, RELATIVE_TIME, wordsOf } from "../../../src/extract/scrape/vocabulary";

describe("the extractor's vocabulary", () => {
  it.each(["Comments", "12 Comments", "[ 167 comments ]", "Top Rated Comments", "Kommentare (3)", "Leave a Reply", "Deixe uma resposta Cancelar resposta", "Laisser un commentaire", "댓글"])(
    "%s ends the article",
    (line) => expect(isSectionEnd(line)).toBe(true),
  );

  it.each(["Comments from the minister were welcomed by the opposition on Tuesday.", "What the judges liked", "Related"])("%s does not", (line) => {
    expect(isSectionEnd(line)).toBe(false);
  });

  it("knows sign-up lines in several languages, and only short ones", () => {
    expect(isSignUpLine("Sign up for our newsletter")).toBe(true);
    expect(isSignUpLine("Newsletter abonnieren")).toBe(true);
    expect(isSignUpLine("Inscreva-se para receber novidades")).toBe(true);
    expect(isSignUpLine(`The newsletter ${"was a long story about the town ".repeat(6)}`)).toBe(false);
  });

  it("knows relative stamps", () => {
    for (const stamp of ["2 days ago at 07:52 am", "32M ago", "vor 3 Stunden", "il y a 2 heures"]) expect(RELATIVE_TIME.test(stamp), stamp).toBe(true);
    expect(RELATIVE_TIME.test("On November 19, 2019")).toBe(false);
  });

  it("tokenises words in any script, lower-cased", () => {
    expect(wordsOf("L’été à Zürich: 20°C")).toEqual(["l’été", "à", "zürich", "20", "c"]);
  });

  it("picks the stopword list that covers the page", () => {
    const lines = ["o", "governo", "anunciou", "que", "a", "nova", "lei", "entra", "em", "vigor", "no", "próximo", "mês", "para", "todos", "os", "cidadãos"];
    expect(pageLanguage([lines]).language).toBe("pt");
  });
});
