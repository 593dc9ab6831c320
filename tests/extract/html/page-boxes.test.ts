/**
 * The boxes a page sets in and around its article, as CMSs in several languages mark them, and the
 * article's own parts the HTML loader must keep apart from them (src/extract/html).
 */
import { describe, expect, it } from "vitest";
import type { Block } from "../../../src/core/article";
import { parseHtml } from "../../../src/extract/html/parse-html";

const page = (body: string, lang = "en", head = "") => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Page</title>${head}</head><body>${body}</body></html>`;
const P1 = "<p>The city council voted on Tuesday to approve a new budget that expands bus service across the northern districts, officials said after a long meeting.</p>";
const P2 = "<p>Supporters of the plan said it would cut commute times for thousands of residents, while critics warned that the cost had not been fully accounted for.</p>";
const P3 = "<p>The first new routes will start in the spring, and the council expects to review how many people use them before the end of next year.</p>";
const text = (blocks: Block[]) => blocks.map((b) => (b.kind === "figure" ? `figure:${b.caption}` : b.kind === "list" ? b.items.join(" / ") : "text" in b ? b.text : b.html)).join("\n");

describe("a related box labelled by a span in a paragraph, in the middle of the text", () => {
  const html = page(`<article><h1>Council approves bus plan</h1>${P1}<div class="mc-box"><p><span>Leia também</span></p><ul><li><a href="https://news.example/a">Prefeitura anuncia novas linhas de ônibus para a zona norte</a></li><li><a href="https://news.example/b">Tarifa de ônibus fica congelada até o fim do ano</a></li></ul></div>${P2}${P3}</article>`, "pt");

  it("leaves the label and its links out of the text", () => {
    const body = text(parseHtml(html).blocks);
    expect(body).not.toContain("Leia também");
    expect(body).not.toContain("Prefeitura anuncia");
    expect(body).toContain("Supporters of the plan");
  });
});

describe("a photo's caption with its credit", () => {
  it("loses the dash that set off a credit element", () => {
    const article = parseHtml(page(`<article><h1>Council approves bus plan</h1><figure><img src="https://news.example/bus.jpg"><figcaption><span>The new electric bus on its first run</span> — <span class="credit">Foto: Ana Lima/Agência</span></figcaption></figure>${P1}${P2}</article>`));
    expect(article.blocks[0]).toMatchObject({ kind: "figure", caption: "The new electric bus on its first run", credit: "Ana Lima/Agência" });
  });

  it("splits a credit in brackets at the caption's end, marked by no element", () => {
    const article = parseHtml(page(`<article><h1>Council approves bus plan</h1><figure><img src="https://news.example/snow.jpg"><figcaption>Beşiktaş'ta kar altında yürüyen vatandaşlar (Fotoğraf: Murat Kaya / Gündem Haber)</figcaption></figure>${P1}${P2}</article>`, "tr"));
    expect(article.blocks[0]).toMatchObject({ kind: "figure", caption: "Beşiktaş'ta kar altında yürüyen vatandaşlar", credit: "Murat Kaya / Gündem Haber" });
  });

  it("keeps brackets that hold no credit", () => {
    const article = parseHtml(page(`<article><h1>Council approves bus plan</h1><figure><img src="https://news.example/map.jpg"><figcaption>The northern routes (in blue) start in spring</figcaption></figure>${P1}${P2}</article>`));
    expect(article.blocks[0]).toMatchObject({ kind: "figure", caption: "The northern routes (in blue) start in spring" });
  });
});

describe("the writer's bio box under the text, a div holding one paragraph", () => {
  it.each([
    ['<div class="css-ez1np4" data-testid="author-bio"><p><a href="/by/priya">Priya Raman</a> reports on energy technology for the Climate desk. She is based in London.</p></div>'],
    ['<div class="entry-author"><div class="entry-author-description author-bio"><p>Mother of two who loves home cooking. She has written recipes for this blog since 2016 from a small kitchen in Depok.</p></div></div>'],
  ])("is left out: %s", (box) => {
    const body = text(parseHtml(page(`<article><h1>Council approves bus plan</h1>${P1}${P2}${P3}${box}</article>`)).blocks);
    expect(body).not.toMatch(/reports on energy|Mother of two/);
    expect(body).toContain("The first new routes");
  });
});

describe("boxes named in the site's own language", () => {
  it("leaves a Dutch newsletter box and an affiliate box out", () => {
    const html = page(`<main><article><h1>Review: Aurora X5 robotstofzuiger</h1>${P1}${P2}<div class="prijzen"><p class="affiliate-disclaimer">TechPraat.nl ontvangt mogelijk een commissie als je via deze links iets koopt.</p></div>${P3}</article><section class="tp-nieuwsbrief"><h2>Elke vrijdag de beste reviews in je inbox</h2><p class="klein">Je kunt je op elk moment afmelden.</p></section></main>`, "nl");
    const body = text(parseHtml(html).blocks);
    expect(body).not.toMatch(/commissie|inbox|afmelden/);
    expect(body).toContain("The first new routes");
  });

  it("leaves a standfirst classed as the article's intro out of the text", () => {
    const html = page(`<article><header><h1>Review: Aurora X5 robotstofzuiger</h1><p class="review-artikel__intro">De Aurora X5 belooft je vloer te zuigen én te dweilen. Wij lieten hem vier weken los.</p></header>${P1}${P2}${P3}</article>`, "nl");
    expect(text(parseHtml(html).blocks)).not.toContain("belooft");
  });

  it("leaves a recipe card's rating out, in Indonesian", () => {
    const html = page(`<article><h1>Resep Rendang Daging Sapi</h1>${P1}${P2}<div class="recipe-summary"><p>4,9 dari 127 penilaian</p></div>${P3}</article>`, "id");
    expect(text(parseHtml(html).blocks)).not.toContain("penilaian");
  });
});

describe("a date shown with its label in an element named for it", () => {
  it("dates the article, not the related list's dates under it", () => {
    const html = page(`<main><h1>Rusza nabór wniosków w programie „Ciepły Dom Plus”</h1><p class="article-date"><span class="label">Data publikacji:</span> 28.05.2024</p><div class="article-content">${P1}${P2}${P3}</div><ul class="news-list"><li><span class="news-date">21.05.2024</span> <a href="/a/1">Sejmik przyjął nową uchwałę antysmogową</a></li></ul></main>`, "pl");
    expect(parseHtml(html).published?.toISOString()).toBe("2024-05-28T00:00:00.000Z");
  });
});
