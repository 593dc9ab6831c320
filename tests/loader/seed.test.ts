import { describe, expect, it } from "vitest";
import { normaliseArticle } from "../../src/article/normalise";
import { FIXED_MTIME, seedSource } from "../support/fixtures";

const BODY = [
  "ISIS militants killed at least 58 Syrian government troops and militia as the militants put up fierce resistance to a Russian-backed offensive against some of its last bastions, a monitor said Friday.",
  "Most of Thursday’s dead came south of the desert town of Sukna, east of the ancient city of Palmyra, the Syrian Observatory for Human Rights said.",
  "ISIS put out a statement claiming to have killed scores of regime fighters in the area and also released what it said was an audio recording of its leader Abu Bakr al-Baghdadi urging resistance, his first in months.",
  "Syrian troops pushed through the vast desert that separates the main cities of the west from the Euphrates Valley this summer and broke a three-year ISIS siege of government enclaves in the eastern city of Deir Ezzor earlier this month.",
  "Thursday’s attacks targeted government forces around Deir Ezzor and on their supply lines through the Sukna area from the west, the Observatory said.",
  "“The first attacks were carried out against checkpoints manned by loyalist troops in Al-Shula,” a village near Deir Ezzor, the Britain-based monitoring group said.",
  "“ISIS then carried out a series of attacks against checkpoints along the length of the motorway from Al-Shula to south of Sukna.”",
  "The attacks by the militants came as they face multiple offensives against the last bastions of their self-proclaimed caliphate — by US-backed fighters and Russian-backed government forces in Syria and by troops and paramilitaries in Iraq.",
];
const CAPTIONS = [
  "A boy who fled Deir Ezzor sits on a truck with his family belongings at a camp in Ain Issa, north of Raqqa, Syria August 12, 2017.",
  "Iraqi government forces drive down a road leading to Tal Afar on June 9, 2017, during ongoing battles to retake the city from ISIS group fighters.",
];

describe("the seed article (raw news scrape)", () => {
  const warnings: { name: string; message: string }[] = [];
  const article = normaliseArticle(seedSource(), warnings);

  it("gets its id from the file name", () => {
    expect(article.slug).toBe("000_27df97f2463d8e1f");
    expect(article.format).toBe("scrape");
  });

  it("takes the headline line as the title", () => {
    expect(article.title).toBe("Monitor: 58 Syria government fighters killed in ISIS attacks");
  });

  it("summarises with the lead paragraph, without the `:: ` marker", () => {
    expect(article.summary).toBe(BODY[0]);
    expect(article.summary).not.toContain("::");
  });

  it("finds both photo captions, and keeps them out of the body paragraphs", () => {
    expect(article.captions).toEqual(CAPTIONS);
    const figures = article.blocks.filter((b) => b.kind === "figure");
    expect(figures.map((f) => (f.kind === "figure" ? f.caption : ""))).toEqual(CAPTIONS);
  });

  it("keeps every body paragraph in order, with the subheading and the quotes", () => {
    expect(article.blocks.map((b) => b.kind)).toEqual([
      "figure", "paragraph", "paragraph", "paragraph", "paragraph", "heading",
      "paragraph", "paragraph", "quote", "paragraph", "figure",
    ]);
    const texts = article.blocks.flatMap((b) => (b.kind === "paragraph" || b.kind === "quote" ? [b.text] : []));
    expect(texts).toEqual(BODY);
    expect(article.blocks[5]).toEqual({ kind: "heading", text: "Supply lines" });
  });

  it("collects both related headlines, without URLs (none is known)", () => {
    expect(article.related).toEqual([
      { title: "Tillerson: US does not recognize Kurdish independence vote in Iraq" },
      { title: "ISIS militants killed in Libya by US airstrike" },
    ]);
  });

  it("lets no site boilerplate into any field", () => {
    const everything = JSON.stringify(article);
    for (const boilerplate of ["Powered by", "Systron", "©", "All rights reserved", "About Us", "Privacy Policy", "|"]) {
      expect(everything).not.toContain(boilerplate);
    }
  });

  it("falls back to the file's modification time for dates, with a warning", () => {
    expect(article.dateSource).toBe("file-mtime");
    expect(article.published.getTime()).toBe(FIXED_MTIME);
    expect(article.updated.getTime()).toBe(FIXED_MTIME);
    expect(warnings).toEqual([{ name: "000_27df97f2463d8e1f.txt", message: expect.stringContaining("modification time") }]);
  });

  it("has no author or tags of its own", () => {
    expect(article.author).toBeUndefined();
    expect(article.tags).toEqual([]);
  });
});
