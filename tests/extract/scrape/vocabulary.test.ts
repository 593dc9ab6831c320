import { describe, expect, it } from "vitest";
import { decisiveStopwordLanguage, isSectionEnd, isSignUpLine, malayOrIndonesian, pageLanguage, RELATIVE_TIME, wordsOf } from "../../../src/extract/scrape/vocabulary";

describe("the extractor's vocabulary", () => {
  it.each(["Comments", "12 Comments", "[ 167 comments ]", "Top Rated Comments", "Kommentare (3)", "Leave a Reply", "Deixe uma resposta Cancelar resposta", "Laisser un commentaire", "댓글", "About the author", "Sobre o autor", "Sobre la firma", "Réactions (41)", "À propos de l’autrice", "Zum Autor", "Sull'autore", "Over de auteur", "Об авторе",
    // A blog's count of replies naming the post, however long its title; comment headings of more languages.
    "3 thoughts on “How we rebuilt the garden shed in a single long weekend without a plan”", "One Response to \"Rain\"", "7 réflexions sur « Notre semaine à vélo »", "12 Kommentare zu „Der Umzug“",
    "Komentar (4)", "Yorumlar", "Σχόλια", "टिप्पणियाँ", "Коментарі", "Bình luận (2)", "نظرات",
    // Counts in the cases their numbers take, forms' calls and writers' boxes in more languages.
    "7 kommenttia", "12 komentarzy", "5 komentářů", "3 комментария", "Jätä kommentti", "Napisz komentarz", "Tietoa kirjoittajasta", "Despre autor",
    "Comment", "1 Comment", "0 Post Comment (+)",
    // An obituary's guest book, its candle and the family's death notice, in more languages.
    "Minnebok", "Tenn et lys", "Kondolenzbuch", "Livre d'or", "Dødsannonse", "Traueranzeige",
    // A press release's end mark and what it prints under its text.
    "-ENDS-", "ENDS", "- 30 -", "Notes to editors:", "For more information contact:", "Media Contact:", "Press enquiries", "Pressekontakt:"])(
    "%s ends the article",
    (line) => expect(isSectionEnd(line)).toBe(true),
  );

  it.each(["Comments from the minister were welcomed by the opposition on Tuesday.", "What the judges liked", "Related", "About Us", "About the project", "about town tonight", "About The Program", "Sobre Ana Lima", "3 thoughts on the budget", "Two responses to the strike were on the table", "End", "The End of an Era", "Media contacts were told on Monday", "Contact:", "30", "-30",
    // French opens questions with "Comment" (how).
    "Comment réduire sa consommation ?", "Comment ça marche"])("%s does not", (line) => {
    expect(isSectionEnd(line)).toBe(false);
  });

  it("knows sign-up lines in several languages, and only short ones", () => {
    expect(isSignUpLine("Sign up for our newsletter")).toBe(true);
    expect(isSignUpLine("Newsletter abonnieren")).toBe(true);
    expect(isSignUpLine("Подпишитесь на нашу рассылку и получайте главные новости каждое утро.")).toBe(true);
    expect(isSignUpLine("Подписка на журнал выросла на треть.")).toBe(false);
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

describe("word tokens and the stopword language", () => {
  it("splits exactly as a split on the separator class would, on random text across the BMP", () => {
    const NOT_WORD = /[\s!-&(-/:-@[-`{-~\u00A0-\u00BF\u2000-\u2018\u201A-\u206F\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20]+/;
    const bySplit = (text: string) => text.toLowerCase().split(NOT_WORD).filter((w, i, all) => w !== "" || (i > 0 && i < all.length - 1));
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = "ab Z9 ,.-'’\u00A0\u2014\u3000ßéİ東京\uFF0C\t\n";
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => (next() < 0.7 ? alphabet[Math.floor(next() * alphabet.length)]! : String.fromCharCode(Math.floor(next() * 0xffff)))).join("");
      expect(wordsOf(text), JSON.stringify(text)).toEqual(bySplit(text));
    }
  });

  const english = "The council said that the plan would be put to a vote in the spring, and that the money for it would come from the budget of the city, which has been under pressure for years because of the cost of the new bridge over the river. ";

  it("names a language its stopwords leave no doubt about, early or on the whole sample", () => {
    expect(decisiveStopwordLanguage(english.repeat(4))).toBe("en");
    const german = "Der Stadtrat hat am Dienstag beschlossen, dass die Arbeiten an der neuen Brücke in den nächsten Monaten beginnen sollen, aber viele Bewohner sind der Meinung, dass das Projekt viel teurer wird, als es geplant war, und dass man die Vereine des Viertels vorher hätte fragen müssen. ";
    expect(decisiveStopwordLanguage(german.repeat(3))).toBe("de");
  });

  it("leaves the choice to the detector when the words are too few or the lists too close", () => {
    expect(decisiveStopwordLanguage("Storm hits coast")).toBeUndefined();
    // Malay and Indonesian share most of their stopwords: neither reaches the margin.
    expect(decisiveStopwordLanguage("Kerajaan akan membina jambatan baru di kawasan itu pada tahun depan untuk membantu penduduk yang tinggal di sana. ".repeat(5))).toBeUndefined();
  });
});

describe("Indonesian or Malay", () => {
  it("tells them apart by how they spell their commonest words", () => {
    expect(malayOrIndonesian("Menteri mengatakan bahwa jumlah pemudik naik karena tiket murah, dan setelah itu pemerintah menambah jadwal kereta.")).toBe("id");
    expect(malayOrIndonesian("Menteri berkata bahawa jumlah pengunjung meningkat kerana tiket murah, dan selepas itu kerajaan menambah jadual.")).toBe("ms");
    // No word tells: the detector's answer stands.
    expect(malayOrIndonesian("Jumlah orang naik tahun ini.")).toBe("ms");
  });
});

describe("an obituary's guest book", () => {
  it("ends the article as a comments section does", () => {
    for (const line of ["Guest Book", "Sign the Guest Book", "Share a memory", "Leave a condolence", "Cite this report", "How to cite this article", "Réagir à cet article"]) expect(isSectionEnd(line)).toBe(true);
  });
});

describe("a guest book's label, not a sentence about one", () => {
  it("ends the article only as the whole line", () => {
    expect(isSectionEnd("Guest book signings will be held at the museum on Friday.")).toBe(false);
    expect(isSectionEnd("Leave a tribute at the memorial wall, organisers said.")).toBe(false);
  });
});
