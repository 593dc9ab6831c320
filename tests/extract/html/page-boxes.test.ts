/**
 * The boxes a page sets in and around its article, as CMSs in several languages mark them, and the
 * article's own parts the HTML loader must keep apart from them (src/extract/html).
 */
import { describe, expect, it } from "vitest";
import type { Block } from "../../../src/core/article";
import { parseHtml } from "../../../src/extract/html/parse-html";
import { extractBlocks } from "../../../src/extract/html/internal/body";
import { parsePage } from "../../../src/extract/html/internal/dom";
import { dropBoilerplate } from "../../../src/extract/html/internal/boilerplate";

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

describe("a CMS's fields in German: the byline's word and the name apart, the caption by its field's name", () => {
  const html = page(`<article class="node"><h1><span class="field--name-title">Stadtbibliothek verleiht jetzt auch Werkzeug</span></h1>
    <div class="node__meta"><div class="field field--name-field-autor"><div class="field__label">Von</div><div class="field__item"><a href="/autoren/kw">Katrin Wehrmann</a></div></div>
    <span class="node__date">14.03.2025, 06:00 Uhr</span></div>
    <div class="field field--name-field-bild"><article class="media media--type-image"><div class="field--name-field-media-image"><img src="https://news.example/bib.jpg" width="1200" height="800"></div>
    <div class="field field--name-field-bildunterschrift">Bibliotheksleiterin Sabine Krohn zeigt das neue Sortiment.</div><div class="field field--name-field-copyright">Foto: Thomas Adler</div></article></div>
    <div class="node__content">${P1}${P2}${P3}</div></article>`, "de");
  const article = parseHtml(html);

  it("takes the writer from the label's field and the name's", () => {
    expect(article.author).toBe("Katrin Wehrmann");
  });

  it("puts the lead photo back with its caption", () => {
    expect(article.captions[0]).toMatch(/^Bibliotheksleiterin Sabine Krohn zeigt das neue Sortiment\./);
    expect(article.blocks[0]).toMatchObject({ kind: "figure", image: "https://news.example/bib.jpg" });
  });
});

describe("a page laid out in tables", () => {
  const html = page(`<table><tr><td><h1>台南老書店轉型社區客廳</h1></td></tr>
    <tr><td class="news_info"><font color="#666">記者林佳蓉／台南報導　2024/11/08 14:32</font></td></tr>
    <tr><td class="news_content"><table width="600"><tr><td><img src="https://news.example/shop.jpg" width="600" height="400"></td></tr><tr><td class="pic_txt"><font size="2">第三代經營者在書店二樓整理舊書。（圖／記者林佳蓉攝）</font></td></tr></table>
    <p>位於台南市中西區的老書店，今年邁入第六十一年。這間由祖父在一九六三年創立的書店，曾經是附近學生買參考書的熱門去處，卻在網路書店興起後一度面臨歇業。</p>
    <p>第三代經營者說，剛接手時每天來客不到十人，書架上的庫存有一半是十年以上沒有賣出的舊書，所以他決定把二樓改成閱讀空間。</p>
    <p>如今書店每個月舉辦讀書會，老顧客與年輕人都回流，週末常常一位難求，附近的店家也因此多了不少客人。</p>
    <p>廣告</p></td></tr></table>`, "zh-Hant");
  const article = parseHtml(html);

  it("reads the byline and the stamp a CJK row sets apart with an ideographic space", () => {
    expect(article.author).toBe("林佳蓉");
    expect(article.published?.toISOString()).toBe("2024-11-08T14:32:00.000Z");
  });

  it("reads a table of one photo and its line as the photo and its caption", () => {
    expect(article.blocks[0]).toMatchObject({ kind: "figure", caption: "第三代經營者在書店二樓整理舊書。", credit: "圖／記者林佳蓉攝", image: "https://news.example/shop.jpg" });
  });

  it("leaves the traditional Chinese ad label out", () => {
    expect(text(article.blocks)).not.toContain("廣告");
  });
});

describe("a line under a photo with no caption, its credit in the page's language", () => {
  it("is the photo's caption", () => {
    const html = page(`<article><h1>Council approves bus plan</h1><p><img src="https://news.example/bus.jpg" width="1200" height="800"></p><p>Ночные автобусы на конечной остановке. Фото: Дмитрий Лаптев</p>${P1}${P2}${P3}</article>`, "ru");
    const article = parseHtml(html);
    expect(article.captions[0]).toMatch(/^Ночные автобусы на конечной остановке/);
    expect(text(article.blocks)).not.toMatch(/\nНочные автобусы/);
  });
});

describe("a site's CSS-module class names", () => {
  const html = page(`<main><article data-testid="article"><h1 class="ArticleHeader_headline__3kPq9">Home batteries kept the lights on</h1>
    <div class="ArticleBody_body__Qw2"><span class="ArticleHeader_kicker__N3aVb">Virtual power plants</span>${P1}${P2}${P3}
    <div class="AuthorCard_card__Fz3Hn"><div><a class="AuthorCard_name__Xk5Pj" href="/authors/priya-raman">Priya Raman</a><p class="AuthorCard_bio__sY7Dc">Priya Raman covers power grids and the economics of energy storage. She is based in Minneapolis.</p></div></div></div></article></main>`);

  it("leave the kicker and the author's card out of the text", () => {
    const body = text(parseHtml(html).blocks);
    expect(body).not.toMatch(/Virtual power plants|covers power grids|^Priya Raman$/m);
    expect(body).toContain("The first new routes");
  });
});

describe("a live blog: its updates as a list, each a clock, a heading, paragraphs and the editor's credit", () => {
  const update = (time: string, heading: string, paragraph: string) =>
    `<li class="live-item"><div class="live-item__time"><time datetime="2024-03-24T${time}:00+08:00">${time}</time></div><div class="live-item__content"><h3>${heading}</h3><p>${paragraph}</p><p>${paragraph.slice(0, 40)}，现场观众沿江为选手加油助威，志愿者在各补给站为跑者提供饮用水和能量补给。</p><div class="live-item__tools"><span>编辑：周彤</span></div></div></li>`;
  const html = page(`<article><h1>2024澜湾马拉松鸣枪开跑 3万名跑者沿江竞速</h1><p class="live-intro">3月24日7时30分，2024澜湾马拉松在滨江广场鸣枪开跑，来自国内外的3万名跑者参加全程、半程和健康跑三个项目的比赛。本报记者在赛道沿线为您带来现场报道。</p><ul class="live-list">${update("11:02", "全程女子冠军诞生", "11时02分，本土选手何嘉怡以2小时31分47秒的成绩率先冲过终点，获得全程马拉松女子组冠军。这是澜湾马拉松举办九届以来，首次由本地选手夺得女子全程冠军。")}${update("10:41", "男子全程冠军打破赛会纪录", "10时41分，男子全程冠军冲过终点，成绩为2小时09分12秒，打破了赛会保持五年的纪录。赛道沿江而设，气温适宜，多名选手创造了个人最好成绩。")}${update("10:05", "半程马拉松冠军产生", "半程马拉松男女冠军先后产生，其中女子冠军由一名大学生获得。组委会表示，今年报名人数创下新高，超过三万名跑者参赛。")}</ul></article>`, "zh");
  // The body's reader alone: on a page this small, Readability keeps only the highest-scoring update.
  const blocks = dropBoilerplate(extractBlocks(parsePage(html).querySelector("article")!, undefined, new Set()).blocks);

  it("reads each update's heading and paragraph as blocks of their own, without the clocks and the credits", () => {
    const headings = blocks.filter((b) => b.kind === "heading").map((b) => ("text" in b ? b.text : "")).filter((h) => !h.startsWith("2024"));
    expect(headings).toEqual(["全程女子冠军诞生", "男子全程冠军打破赛会纪录", "半程马拉松冠军产生"]);
    const body = text(blocks);
    expect(body).toContain("本土选手何嘉怡");
    expect(body).not.toContain("编辑");
    expect(body).not.toMatch(/^1[01]:\d\d$/m);
  });

  it("keeps a clock over a paragraph, the text's own timeline", () => {
    const timeline = text(parseHtml(page(`<article><h1>Council approves bus plan</h1>${P1}<p>4:14 p.m.</p>${P2}${P3}</article>`)).blocks);
    expect(timeline).toContain("4:14 p.m.");
  });

  it("leaves a card list's linked headings to the related links", () => {
    const cards = `<ul class="cards"><li><h3><a href="https://news.example/x">Ferry fares to rise in spring</a></h3><p>The operator blamed fuel costs.</p></li><li><h3><a href="https://news.example/y">New cycle lane opens on the quay</a></h3><p>It links the station to the harbour.</p></li></ul>`;
    const body = text(parseHtml(page(`<article><h1>Council approves bus plan</h1>${P1}${P2}${P3}</article><aside>${cards}</aside>`)).blocks);
    expect(body).not.toContain("Ferry fares");
  });
});

describe("a Japanese paper's header row and its reporter's profile", () => {
  const html = page(`<article><header><h1>無人駅の待合室が本屋に</h1><div class="p-article__meta"><time datetime="2024-05-14T06:00:00+09:00">2024年5月14日 6時00分</time> <span class="p-article__author">（佐伯真理子）</span> <span class="c-label">無料記事</span></div></header>${P1}${P2}${P3}<section class="p-reporter"><h2 class="p-reporter__heading">記者プロフィール</h2><p class="p-reporter__name">佐伯 真理子（さえき・まりこ）</p><p class="p-reporter__desc">上田支局。2018年入社。地域交通や移住、子育て支援を中心に取材している。趣味は古本屋巡り。</p></section></article>`, "ja");

  it("leaves the stamp's row with its fields and the profile out of the text", () => {
    const body = text(parseHtml(html).blocks);
    expect(body).toContain("Supporters of the plan");
    expect(body).not.toContain("6時00分");
    expect(body).not.toContain("記者プロフィール");
    expect(body).not.toContain("上田支局");
  });
});

describe("a cookie banner's text inside the article's markup", () => {
  it("leaves the text, wherever it stands", () => {
    const banner = "<p>Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad personalizada. Puedes aceptarlas todas, rechazarlas o configurarlas.</p>";
    const body = text(parseHtml(page(`<article><h1>Council approves bus plan</h1>${P1}${P2}${banner}${P3}</article>`, "es")).blocks);
    expect(body).toContain("The first new routes");
    expect(body).not.toContain("Utilizamos cookies");
  });
});

describe("the article's own header over its text, and a card's header inside it", () => {
  const header = `<header class="story-top"><p class="label">Regional economy</p><h2>Old brewery brings in sensors</h2><p class="lead">The family firm measures fermentation every ten minutes now.</p><div class="meta"><span>Jane Doe</span><time datetime="2024-03-12T09:30:00+09:00">March 12, 2024</time></div><figure><img src="https://news.example/photo.jpg" width="800" height="500"><figcaption>A brewer checks the sensors on a tank</figcaption></figure></header>`;

  it("leaves the header's kicker, standfirst and byline row out of the text, and keeps its photo's caption", () => {
    // (Readability passes a page's header through as it finds it; the body's own step is tested on the element.)
    const article = parsePage(page(`<article>${header}${P1}${P2}${P3}</article>`)).querySelector("article")!;
    const body = text(extractBlocks(article, undefined, new Set()).blocks);
    expect(body).not.toContain("Regional economy");
    expect(body).not.toContain("The family firm measures");
    expect(body).toContain("figure:A brewer checks the sensors on a tank");
    expect(body).toContain("The city council voted");
  });

  it("does the same for a header set in a div named for it", () => {
    const parsed = parseHtml(page(`<main><article><h1>Old brewery brings in sensors</h1>${header.replace('<header class="story-top">', '<div class="article-header">').replace("</header>", "</div>")}${P1}${P2}${P3}</article></main>`));
    expect(text(parsed.blocks)).not.toContain("The family firm measures");
  });

  it("keeps a header further down, a recipe card's dish over its ingredients", () => {
    const card = `<div class="recipe-card"><header class="card-top"><h2>Spiced Honey Pear Jam</h2></header><ul><li>4 pears</li><li>1 cup honey</li></ul></div>`;
    const parsed = parseHtml(page(`<main><article><h1>Homemade jam for the holidays</h1>${P1}${P2}${card}${P3}</article></main>`));
    expect(text(parsed.blocks)).toContain("Spiced Honey Pear Jam");
  });
});

describe("a standfirst named in Italian, Spanish, French, German or Portuguese", () => {
  it.each(["sommario", "entradilla", "bajada", "chapo", "vorspann", "linha-fina"])("leaves a p.%s out of the text", (name) => {
    const dek = "Nuove cabine da 90 posti, corse ogni quindici minuti e biglietto invariato. Il sindaco: «Per noi non è un'attrazione, è il modo per andare a scuola e al lavoro»";
    const parsed = parseHtml(page(`<main><article><h1>Riapre la funicolare</h1><p class="${name}">${dek}</p>${P1}${P2}${P3}</article></main>`, "it"));
    expect(text(parsed.blocks)).not.toContain("Nuove cabine");
    expect(text(parsed.blocks)).toContain("The city council voted");
  });
});
