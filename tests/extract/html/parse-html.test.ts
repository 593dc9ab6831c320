/** The HTML loader on small pages written the way real sites save them (src/extract/html/parse-html.ts). */
import { describe, expect, it } from "vitest";
import type { Block } from "../../../src/core/article";
import { parseHtml } from "../../../src/extract/html/parse-html";

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const P1 = "<p>The city council voted on Tuesday to approve a new budget that expands bus service across the northern districts, officials said after a long meeting.</p>";
const P2 = "<p>Supporters of the plan said it would cut commute times for thousands of residents, while critics warned that the cost had not been fully accounted for.</p>";
const PROSE = P1 + P2;
const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === "figure" ? `figure:${b.caption}|${b.image ?? ""}` : "text" in b ? b.text : b.kind === "html" ? b.html : b.kind));

describe("WordPress classic captions", () => {
  it("keeps the image of a div.wp-caption with its caption", () => {
    const article = parseHtml(page('<link rel="canonical" href="https://metro.example/2024/bus/"><title>Council approves bus plan</title>',
      `<article><h1>Council approves bus plan</h1><div class="wp-caption aligncenter"><img src="/wp-content/uploads/e.jpg" alt="Bus" width="1024" height="683"><p class="wp-caption-text">The new electric bus.</p></div>${PROSE}</article>`));
    expect(article.blocks[0]).toEqual({ kind: "figure", caption: "The new electric bus.", image: "https://metro.example/wp-content/uploads/e.jpg" });
    expect(article.image).toBe("https://metro.example/wp-content/uploads/e.jpg");
    expect(article.captions).toEqual(["The new electric bus."]);
  });
});

describe("the byline row at the top of the article", () => {
  it("is neither the first paragraph nor the lead once Readability has taken the name out of it", () => {
    const article = parseHtml(page("<title>Harbour reopens after storm</title>",
      `<article><h1>Harbour reopens after storm</h1><p class="meta">By <span class="author">Lena Ortiz</span> · <time datetime="2024-11-02T08:30:00-05:00">Nov 2, 2024</time></p>${PROSE}</article>`));
    expect(article.lead).toMatch(/^The city council voted/);
    expect(texts(article.blocks).join("\n")).not.toMatch(/Nov 2, 2024/);
  });

  it("leaves out Medium's reading time, date, 'Listen' and 'Share'", () => {
    const article = parseHtml(page("<title>Why I stopped using microservices</title>",
      `<div id="root"><article><div><section><h1>Why I stopped using microservices</h1><div class="pw-author"><a href="/@alexkim">Alex Kim</a> · <span>Follow</span></div><div><span>8 min read</span> · <span>Sep 18, 2023</span></div><div class="speechify-btn">Listen</div><div>Share</div>${PROSE}<h2>What we gained</h2>${P1}</section></article></div>`));
    expect(article.lead).toMatch(/^The city council voted/);
    expect(texts(article.blocks)).toEqual([P1, P2, "What we gained", P1].map((t) => t.replace(/<\/?p>/g, "")));
  });
});

describe("the author from Readability's byline", () => {
  it("is not a commenter ('Bob Smith says:')", () => {
    const article = parseHtml(page("<title>Council approves bus plan</title>",
      `<main><article class="post"><h1 class="entry-title">Council approves bus plan</h1><div class="entry-content">${PROSE}</div></article><div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bob Smith</b> <span class="says">says:</span></div></footer><div class="comment-content"><p>Finally! The north end has waited for this for decades.</p></div></article></li></ol></div></main>`));
    expect(article.author).toBeUndefined();
  });

  it("is not a dateline ('Published March 5, 2024')", () => {
    const article = parseHtml(page("<title>Council approves bus plan</title>",
      `<article><h1>Council approves bus plan</h1><p class="dateline">Published <time datetime="2024-03-05T10:00:00-07:00">March 5, 2024</time></p>${PROSE}</article>`));
    expect(article.author).toBeUndefined();
  });

  it("is the name in a byline, without its 'By' and what follows the name", () => {
    const article = parseHtml(page("<title>Council approves bus plan</title>",
      `<article><h1>Council approves bus plan</h1><p class="byline">By Jane Doe, Reuters</p>${PROSE}</article>`));
    expect(article.author).toBe("Jane Doe");
  });

  it("is the name without the date or stamp a <br> set right after it", () => {
    for (const after of ["14.03.2024", "Published March 14, 2024"]) {
      const article = parseHtml(page("<title>Council approves bus plan</title>",
        `<article><h1>Council approves bus plan</h1><p class="byline">Von Stefan Müller<br>${after}</p>${PROSE}</article>`));
      expect(article.author, after).toBe("Stefan Müller");
    }
  });
});

describe("a byline and date printed only in the page", () => {
  it("gives the author and the date when no meta tag or <time> does ('By Jane Doe | March 5, 2024 | 4 min read')", () => {
    const article = parseHtml(page("<title>Council approves bus plan</title>",
      `<article><h1>Council approves bus plan</h1><div class="article-meta">By Jane Doe | March 5, 2024 | 4 min read</div>${PROSE}</article>`));
    expect(article.author).toBe("Jane Doe");
    expect(article.published?.toISOString()).toBe("2024-03-05T00:00:00.000Z");
    expect(article.lead).toMatch(/^The city council voted/);
  });

  it("reads the date in the row Readability takes as the byline", () => {
    const article = parseHtml(page("<title>Council approves bus plan</title>",
      `<article><h1>Council approves bus plan</h1><p class="byline">By Jane Doe · 5 March 2024</p>${PROSE}</article>`));
    expect(article.author).toBe("Jane Doe");
    expect(article.published?.toISOString()).toBe("2024-03-05T00:00:00.000Z");
  });

  it("loses to the page's metadata", () => {
    const article = parseHtml(page('<title>Council approves bus plan</title><meta name="author" content="Maria Rossi"><meta property="article:published_time" content="2024-03-04T09:00:00Z">',
      `<article><h1>Council approves bus plan</h1><div class="article-meta">By Jane Doe | March 5, 2024</div>${PROSE}</article>`));
    expect(article.author).toBe("Maria Rossi");
    expect(article.published?.toISOString()).toBe("2024-03-04T09:00:00.000Z");
  });
});

describe("the headline repeated at the top of the body", () => {
  const RU = "<p>В субботу в центре Москвы открылся новый городской парк площадью более десяти гектаров, сообщили в мэрии столицы.</p><p>По словам представителей мэрии, в парке высажено несколько тысяч деревьев и кустарников.</p>";
  const AR = "<p>افتتحت البلدية يوم السبت حديقة عامة جديدة في وسط المدينة تبلغ مساحتها أكثر من عشرة هكتارات، بحسب ما أعلن المسؤولون.</p><p>وقال ممثلو البلدية إن آلاف الأشجار زرعت في الحديقة، كما أنشئت ملاعب للأطفال.</p>";

  it("is dropped in any script (Cyrillic, Arabic), whatever the site's name in <title>", () => {
    const ru = parseHtml(page("<title>В Москве открылся новый парк — Новости</title>", `<article><h1>В Москве открылся новый парк</h1>${RU}</article>`));
    expect(ru.title).toBe("В Москве открылся новый парк");
    expect(ru.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
    const ar = parseHtml(page("<title>افتتاح حديقة جديدة في المدينة</title>", `<article><h1>افتتاح حديقة جديدة في المدينة</h1>${AR}</article>`));
    expect(ar.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
  });

  it("keeps a first subheading that is not the headline", () => {
    const article = parseHtml(page("<title>В Москве открылся новый парк</title>", `<article><h1>В Москве открылся новый парк</h1><h2>Деревья и площадки</h2>${RU}</article>`));
    expect(texts(article.blocks)[0]).toBe("Деревья и площадки");
  });
});

describe("preformatted code", () => {
  const CODE = 'def claim(job):\n    with lock:\n        if job.state == "queued":\n            return True\n    return False';

  it("keeps its line breaks and indentation, highlighted or not", () => {
    const article = parseHtml(page("<title>Fixing a race</title>", `<article><h1>Fixing a race</h1>${P1}<pre><code>${CODE}</code></pre><div class="highlight"><pre><span class="k">if</span> x:\n    <span class="n">run</span>()</pre></div>${P2}</article>`));
    const html = article.blocks.flatMap((b) => (b.kind === "html" ? [b.html] : []));
    expect(html[0]).toBe(`<pre><code>${CODE}</code></pre>`);
    expect(html[1]).toBe("<pre><span>if</span> x:\n    <span>run</span>()</pre>");
  });

  it("leaves the line breaks of other text squashed", () => {
    const article = parseHtml(page("<title>Fixing a race</title>", `<article><h1>Fixing a race</h1><p>Last week we found\n   a race condition in the worker loop that could run the same job twice when two workers polled.</p>${P2}</article>`));
    expect(article.lead).toBe("Last week we found a race condition in the worker loop that could run the same job twice when two workers polled.");
  });
});

describe("figures as pages write them", () => {
  it("reads an AMP page's <amp-img> as the image, with the caption beside it", () => {
    const article = parseHtml(page('<title>Heatwave</title><link rel="canonical" href="https://weather.example.com/heatwave">',
      `<article><h1>Heatwave</h1><amp-img src="/img/heat.jpg" width="1200" height="800" layout="responsive" alt="Fountain"></amp-img><p class="caption">People cool off in a fountain in Madrid.</p>${PROSE}<figure><amp-img src="/img/two.jpg" width="1200" height="800"></amp-img><figcaption>A second photo.</figcaption></figure>${P1}</article>`));
    const figures = article.blocks.filter((b) => b.kind === "figure");
    expect(figures).toEqual([
      { kind: "figure", caption: "People cool off in a fountain in Madrid.", image: "https://weather.example.com/img/heat.jpg" },
      { kind: "figure", caption: "A second photo.", image: "https://weather.example.com/img/two.jpg" },
    ]);
  });

  it("gives each photo of a Gutenberg gallery list once, with its caption, and no leftover list of captions", () => {
    const item = (src: string, caption: string) => `<li class="blocks-gallery-item"><figure><img src="${src}" alt=""><figcaption class="blocks-gallery-item__caption">${caption}</figcaption></figure></li>`;
    const article = parseHtml(page('<title>Council approves bus plan</title><link rel="canonical" href="https://metro.example/2024/bus/">',
      `<article><h1>Council approves bus plan</h1><ul class="blocks-gallery-grid">${item("/c.jpg", "Bus C in the rain")}${item("/d.jpg", "Bus D at night")}</ul>${PROSE}</article>`));
    expect(texts(article.blocks)).toEqual(["figure:Bus C in the rain|https://metro.example/c.jpg", "figure:Bus D at night|https://metro.example/d.jpg", ...[P1, P2].map((t) => t.replace(/<\/?p>/g, ""))]);
    expect(article.captions).toEqual(["Bus C in the rain", "Bus D at night"]);
  });

  it("keeps a captioned video as a link to it, named by its caption, not as a caption under nothing", () => {
    const article = parseHtml(page('<title>Launch delayed again</title><link rel="canonical" href="https://space.example.com/news/launch">',
      `<article><h1>Launch delayed again</h1>${P1}<figure class="video"><iframe src="https://www.youtube.com/embed/abc123" width="560" height="315" allowfullscreen></iframe><figcaption>Video of the static fire test.</figcaption></figure>${P2}<figure><video controls poster="/poster.jpg"><source src="/media/test.mp4" type="video/mp4"></video><figcaption>The launch pad at dawn.</figcaption></figure>${P1}<figure><iframe src="https://ads.example.net/frame" width="300" height="250"></iframe><figcaption>Advertisement</figcaption></figure><iframe src="https://www.youtube.com/embed/other"></iframe></article>`));
    const html = article.blocks.flatMap((b) => (b.kind === "html" ? [b.html] : []));
    expect(html).toEqual([
      '<p><a href="https://www.youtube.com/embed/abc123">Video of the static fire test.</a></p>',
      '<p><a href="https://space.example.com/media/test.mp4">The launch pad at dawn.</a></p>',
    ]);
    // An ad's frame is no video: its caption stays a caption; an uncaptioned player is left out.
    expect(article.blocks.filter((b) => b.kind === "figure").map((b) => b.kind === "figure" && b.caption)).toEqual(["Advertisement"]);
  });

  it("names an uncaptioned player by the video title its embed carries, and leaves out one with only a generic label", () => {
    const article = parseHtml(page('<title>Wreck found off the cape</title><link rel="canonical" href="https://sea.example.com/news/wreck">',
      `<article><h1>Wreck found off the cape</h1>${P1}<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><iframe title="Divers map the wreck in four minutes" src="https://www.youtube.com/embed/wreck42" width="560" height="315"></iframe></div></figure>${P2}<p><iframe title="YouTube video player" src="https://www.youtube.com/embed/generic1"></iframe></p><p><iframe title="Harbour pilots at work, a short film" src="https://player.vimeo.com/video/77"></iframe></p><iframe title="Weekly deals from our partners" src="https://ads.example.net/frame"></iframe>${P1}</article>`));
    const html = article.blocks.flatMap((b) => (b.kind === "html" ? [b.html] : []));
    expect(html).toEqual([
      '<p><a href="https://www.youtube.com/embed/wreck42">Divers map the wreck in four minutes</a></p>',
      '<p><a href="https://player.vimeo.com/video/77">Harbour pilots at work, a short film</a></p>',
    ]);
    expect(article.blocks.filter((b) => b.kind === "figure")).toEqual([]);
  });
});

describe("a photo story", () => {
  const PHOTO = '<figure><img src="https://photos.example.com/aurora.jpg" alt="Aurora"><figcaption>The aurora borealis lights up the sky over Tromsø, Norway, on Thursday night. <span class="credit">Photo: Ola Nordmann</span></figcaption></figure>';

  it("is an article: the photo with its caption and credit, the caption as its lead", () => {
    const article = parseHtml(page('<title>Photo of the day: Northern lights over Tromsø</title><meta property="og:image" content="https://photos.example.com/aurora.jpg">',
      `<article><h1>Photo of the day: Northern lights over Tromsø</h1>${PHOTO}</article>`));
    expect(article.blocks).toEqual([{ kind: "figure", caption: "The aurora borealis lights up the sky over Tromsø, Norway, on Thursday night.", image: "https://photos.example.com/aurora.jpg", credit: "Ola Nordmann" }]);
    expect(article.lead).toBe("The aurora borealis lights up the sky over Tromsø, Norway, on Thursday night.");
    expect(article.image).toBe("https://photos.example.com/aurora.jpg");
  });

  it("needs a caption that is a sentence: a labelled photo alone is still no article", () => {
    expect(() => parseHtml(page("<title>Gallery</title>", '<article><h1>Gallery</h1><figure><img src="https://photos.example.com/a.jpg"><figcaption>Aurora</figcaption></figure></article>')))
      .toThrow(/no article text in the page/);
  });
});

describe("a table or a pull quote set in a figure (the block editor's)", () => {
  it("is kept in its place: the table with its figure's caption as its own, the quote with who said it", () => {
    const article = parseHtml(page("<title>Ten years of the fridge</title>",
      `<article><h1>Ten years of the fridge</h1>${P1}<figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Families</th></tr></thead><tbody><tr><td>2014</td><td>20</td></tr></tbody></table><figcaption>Families served, by year</figcaption></figure>${P2}<figure class="wp-block-pullquote"><blockquote><p>Mostly it is about not having to explain yourself.</p><cite>Ana Lima, founder</cite></blockquote></figure>${P1}</article>`));
    const kinds = article.blocks.map((b) => b.kind);
    expect(kinds).not.toContain("figure");
    const table = article.blocks.find((b) => b.kind === "html" && b.html.includes("<table>"));
    expect(table && table.kind === "html" && table.html).toMatch(/^<table><caption>Families served, by year<\/caption><thead>/);
    expect(article.blocks).toContainEqual({ kind: "quote", text: "Mostly it is about not having to explain yourself. — Ana Lima, founder" });
    expect(article.captions).toEqual([]);
  });
});

describe("code set in a figure (a code card, its file's name over it)", () => {
  it("is kept as code in its place, its caption left out: a label, not a photo's caption", () => {
    const article = parseHtml(page("<title>Config in one file</title>",
      `<article><h1>Config in one file</h1>${P1}<figure class="kg-card kg-code-card"><pre><code class="language-ts">export default { port: 8080 };</code></pre><figcaption>pagoda.config.ts</figcaption></figure>${P2}</article>`));
    expect(article.blocks.map((b) => b.kind)).not.toContain("figure");
    expect(article.blocks).toContainEqual({ kind: "html", html: expect.stringContaining("export default { port: 8080 };") });
    expect(JSON.stringify(article.blocks)).not.toContain("pagoda.config.ts");
    expect(article.captions).toEqual([]);
  });
});

describe("a classic blog theme's <h1> that holds the site's name", () => {
  it("is not the headline: the post's marked title is, and the title keeps it, not the site", () => {
    const body = `<div id="header"><h1 id="logo"><a href="/">The Valley Ledger</a></h1></div><div class="post"><h2 class="entry-title"><a href="/lanes/">Council approves new cycle lanes</a></h2><div class="entry">${P1}${P2}</div></div>`;
    expect(parseHtml(page('<title>Council approves new cycle lanes &#8211; The Valley Ledger</title><meta property="og:site_name" content="The Valley Ledger">', body)).title)
      .toBe("Council approves new cycle lanes");
    expect(parseHtml(page("", body)).title).toBe("Council approves new cycle lanes");
  });
});

describe("subheadings whose class says header (Substack's header-anchor-post)", () => {
  it("stay in the body", () => {
    const long = P1.repeat(3);
    const article = parseHtml(page("<title>Buses on demand</title>", `<article><h1>Buses on demand</h1>${long}<h2 class="header-anchor-post">The pilot problem</h2>${long}<h3 class="header-anchor-post">What towns are trying</h3>${P2}${long}</article>`));
    expect(article.blocks.filter((b) => b.kind === "heading").map((b) => b.kind === "heading" && b.text)).toEqual(["The pilot problem", "What towns are trying"]);
  });
});

describe("a <picture> whose <img> has no src (Medium)", () => {
  it("takes its image from the <source>s, largest first, under its caption", () => {
    const picture = '<figure><picture><source srcset="https://img.example/640/plan.png 640w, https://img.example/1400/plan.png 1400w" type="image/webp"><img alt="" width="700" height="394" loading="lazy" role="presentation"></picture><figcaption>The query plan after the upgrade.</figcaption></figure>';
    const article = parseHtml(page('<title>Upgrading the database</title><link rel="canonical" href="https://blog.example/p/1">', `<article><h1>Upgrading the database</h1>${P1}${picture}${P2}</article>`));
    expect(article.blocks.filter((b) => b.kind === "figure")).toEqual([{ kind: "figure", caption: "The query plan after the upgrade.", image: "https://img.example/1400/plan.png" }]);
  });
});

describe("a quote with its source under it", () => {
  it("gives the source after a dash, not glued to the quote's last word; a title cited inside the text stays there", () => {
    const article = parseHtml(page("<title>How the flu began</title>",
      `<article><h1>How the flu began</h1>${P1}<blockquote class="wp-block-quote"><p>Epidemic of influenza of a severe type. Many deaths.</p><cite>Public Health Reports, 5 April 1918</cite></blockquote><blockquote><p>As <cite>The Great Influenza</cite> tells it, the virus moved fast.</p></blockquote>${P2}</article>`));
    const quotes = article.blocks.flatMap((b) => (b.kind === "quote" ? [b.text] : []));
    expect(quotes).toEqual(["Epidemic of influenza of a severe type. Many deaths. — Public Health Reports, 5 April 1918", "As The Great Influenza tells it, the virus moved fast."]);
  });
});

describe("a link card in the text (Ghost's bookmark card, a link preview)", () => {
  it("is the link, named by its title: its icon and thumbnail are not the article's photos, nor its author the byline", () => {
    const card = `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://www.repair.example/about/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">About the repair network</div><div class="kg-bookmark-description">Free meeting places where people fix things together.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://www.repair.example/favicon.ico"><span class="kg-bookmark-author">Repair Network</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://www.repair.example/og.jpg"></div></a></figure>`;
    const article = parseHtml(page('<link rel="canonical" href="https://fixit.example/first-year/"><title>Our first year</title>', `<article class="gh-article post"><h1>Our first year</h1><section class="gh-content">${P1}${card}${P2}${P1.replace("city council", "county board")}</section></article>`));
    expect(article.blocks).toContainEqual({ kind: "html", html: '<p><a href="https://www.repair.example/about/">About the repair network</a></p>' });
    expect(article.blocks.some((b) => b.kind === "figure")).toBe(false);
    expect(article.image).toBeUndefined();
    expect(article.author).toBeUndefined();
  });
});

describe("a box of the article's key points above its text", () => {
  const entries = ["Rail operators have cancelled all services between the two cities for the rest of the day after a tree came down on the line.",
    "About 42,000 homes are now without power, the network said, up from 27,000 at midday, and some repairs will have to wait.",
    "A gust of 90mph was recorded on the coast at eight this morning, the highest so far, and the wind warning runs until nine tonight."].map((p) => `<p>${p}</p>`).join("");
  const box = (heading: string, items: string[]) => `<section class="box"><h2>${heading}</h2><ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul></section>`;

  it("is put back above the text when the extractor leaves it out", () => {
    const article = parseHtml(page("<title>Storm live: power cuts</title>", `<main><article><h1>Storm live: power cuts</h1>${box("Key points", ["Gusts of 90mph recorded on the coast", "About 42,000 homes without power", "Rail services cancelled between the cities"])}<div class="entries">${entries}</div></article></main>`));
    expect(article.blocks.slice(0, 2)).toEqual([{ kind: "heading", text: "Key points" }, { kind: "list", items: ["Gusts of 90mph recorded on the coast", "About 42,000 homes without power", "Rail services cancelled between the cities"] }]);
  });

  it("is not a box of other stories' headlines that the text does not tell", () => {
    const article = parseHtml(page("<title>Storm live: power cuts</title>", `<main><article><h1>Storm live: power cuts</h1>${box("In brief", ["Man dressed as pilot arrested", "Football coach quits after defeat", "Museum reopens its doors"])}<div class="entries">${entries}</div></article></main>`));
    expect(article.blocks.some((b) => b.kind === "list")).toBe(false);
  });
});

describe("a section's label over the headline, kept with the article's header", () => {
  it("goes with the repeated headline: neither is in the body, and the summary is the lead", () => {
    const article = parseHtml(page("<title>В Москве открылась новая линия метро</title>",
      `<article class="article"><header class="article-header"><span><a href="/city">Город</a></span><h1>В Москве открылась новая линия метро</h1></header>` +
        `<p>Линия соединит три района на юго-западе столицы и разгрузит две самые загруженные станции в часы пик, сообщили в мэрии.</p>` +
        `<p>Строительство заняло четыре года и обошлось городу дороже, чем планировалось, из-за сложных грунтов на двух участках трассы.</p></article>`));
    expect(article.title).toBe("В Москве открылась новая линия метро");
    expect(texts(article.blocks)[0]).toMatch(/^Линия соединит/);
    expect(JSON.stringify(article.blocks)).not.toContain("Город");
    expect(article.lead).toMatch(/^Линия соединит/);
  });
});

describe("a numeric date printed under the headline of a page with no date metadata", () => {
  it("is read the page's way (day first in Portuguese), published or updated by its label", () => {
    const at = (row: string, lang: string) => parseHtml(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Governo anuncia plano</title></head>` +
      `<body><article><h1>Governo anuncia plano</h1><p class="date">${row}</p>${PROSE}</article></body></html>`);
    expect(at("14/03/2024 às 10h15", "pt-BR").published?.toISOString().slice(0, 10)).toBe("2024-03-14");
    expect(at("Atualizado em 04/03/2024 - 10:15", "pt-BR").updated?.toISOString().slice(0, 10)).toBe("2024-03-04");
  });
});

describe("pages as probes saved them", () => {
  it("leaves out a byline row of a name and a stamp in spans side by side, reading both", () => {
    const article = parseHtml(page('<title>Le chantier suspendu | Le Quotidien</title>',
      `<main><header><h1>Le chantier suspendu</h1><section class="meta"><span class="meta__author"><a href="/signataires/camille-moreau/">Camille Moreau</a></span><span class="meta__date">Publié le 10 septembre 2024 à 18h02</span></section></header><article>${PROSE}</article></main>`));
    expect(texts(article.blocks).join("\n")).not.toMatch(/Publié le/);
    expect(article.author).toBe("Camille Moreau");
    expect(article.lead).toMatch(/^The city council voted/);
  });

  it("dates a post with no time of its own by its printed date, not by a reader's comment", () => {
    const article = parseHtml(page("<title>Notes from the allotment</title>",
      `<article class="post"><h1>Notes from the allotment</h1><p class="posted">Posted on March 14, 2024 by Jane Holloway</p>${PROSE}</article><div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><time datetime="2024-04-20T10:00:00+00:00">April 20, 2024</time></footer><p>Lovely post, thank you for sharing it with us all.</p></article></li></ol></div>`));
    expect(article.published?.toISOString()).toBe("2024-03-14T00:00:00.000Z");
  });

  it("reads Drupal's dcterms.date, and Blogger's title after the blog's name and a colon", () => {
    expect(parseHtml(page('<meta name="dcterms.date" content="2024-08-05T11:20:00+01:00"><title>Reservoir levels fall</title>', `<article><h1>Reservoir levels fall</h1>${PROSE}</article>`)).published?.toISOString()).toBe("2024-08-05T10:20:00.000Z");
    expect(parseHtml(page("<title>Mill Notes: Restoring the wheel</title>", `<div class="post hentry"><h3 class="post-title entry-title">Restoring the wheel</h3><div class="post-body entry-content">${PROSE}</div></div>`)).title).toBe("Restoring the wheel");
  });

  it("takes the first paragraph with words for the lead, not a live blog's time or a player's length", () => {
    const article = parseHtml(page("<title>Count goes on</title>", `<article><h1>Count goes on</h1><p>23:50</p>${PROSE}</article>`));
    expect(article.lead).toMatch(/^The city council voted/);
    const player = parseHtml(page("<title>Library to close</title>", `<article><h1>Library to close</h1><p>5 min</p>${PROSE}</article>`));
    expect(player.lead).toMatch(/^The city council voted/);
  });

  it("gives back the text a heading left open took in", () => {
    const article = parseHtml(`<html><head><title>Council vote delayed</title></head><body><div class="article"><h1>Council vote delayed${PROSE}</div></body></html>`);
    expect(article.title).toBe("Council vote delayed");
    expect(article.lead).toMatch(/^The city council voted/);
  });

  it.each([
    ["Page not found | Valley Gazette", "<h1>Page not found</h1><p>Sorry, we could not find that page. Try the search box or go back to the home page.</p>", /not found/],
    ["Just a moment...", "<h1>Checking if the site connection is secure</h1><p>www.example.com needs to review the security of your connection before proceeding.</p>", /bot check/],
    ["Sign in | Metro Herald", "<h1>Sign in</h1><p>This article is for subscribers only. Sign in or create a free account to read it.</p>", /sign-in page/],
  ])("rejects a page that holds no article: %s", (title, body, reason) => {
    expect(() => parseHtml(page(`<title>${title}</title>`, body))).toThrow(reason);
  });

  it.each(["Access denied - Judge bars reporters from hearing", "Not found: the hiker missing since May"])("keeps a short article whose headline opens with such words: %s", (title) => {
    expect(parseHtml(page(`<title>${title}</title>`, `<article><h1>${title}</h1>${PROSE}</article>`)).title).toBe(title);
  });

  it("keeps an article whose title only sounds like such a page", () => {
    const long = Array.from({ length: 8 }, () => PROSE).join("");
    expect(parseHtml(page("<title>404: the lost pages of the early web</title>", `<article><h1>404: the lost pages of the early web</h1>${long}</article>`)).title).toBe("404: the lost pages of the early web");
  });
});

describe("a caption set in spans side by side", () => {
  it("keeps a space between them, and none between a word and its inline ending", () => {
    const article = parseHtml(page("<title>Puerto</title>", `<article><h1>Puerto</h1><figure><img src="https://e.example/p.jpg" alt=""><figcaption><span>La alcaldesa en el puerto.</span><span class="a_m_m">ANTONIO GARCÍA (EFE)</span><!-- gallery/caption.tpl --></figcaption></figure>${PROSE}</article>`));
    expect(article.captions).toEqual(["La alcaldesa en el puerto. ANTONIO GARCÍA (EFE)"]);
    const inline = parseHtml(page("<title>Mayor</title>", `<article><h1>Mayor</h1><figure><img src="https://e.example/m.jpg" alt=""><figcaption>The <em>mayor</em>'s office on Monday.</figcaption></figure>${PROSE}</article>`));
    expect(inline.captions).toEqual(["The mayor's office on Monday."]);
  });
});

describe("a photo over an italic line, in linked images and divs", () => {
  it("reads Blogger's separator divs, and a linked image in a paragraph, as a figure and its caption", () => {
    const blogger = parseHtml(page("<title>Library</title>", `<article class="post"><h1>Library</h1><div class="post-body">${P1}<div class="separator"><a href="https://e.example/big.jpg"><img src="https://e.example/lib.jpg"></a></div><div class="separator"><i>The library on Harrow Lane, which opened in 1911.</i></div>${P2}</div></article>`));
    expect(blogger.captions).toEqual(["The library on Harrow Lane, which opened in 1911."]);
    expect(texts(blogger.blocks).join("\n")).not.toMatch(/<i>The library/);
    const linked = parseHtml(page("<title>Festival</title>", `<article><h1>Festival</h1>${P1}<p><a href="https://e.example/w.jpg"><img src="https://e.example/w-300.jpg"></a></p><p><em>Light a Wish by a light art group</em></p>${P2}</article>`));
    expect(linked.captions).toEqual(["Light a Wish by a light art group"]);
  });
});

describe("a classic WordPress caption beside a related list's cards", () => {
  it("makes one figure of the captioned photo, and none of the other stories' thumbnails", () => {
    const cards = [0, 1, 2].map((n) => `<li class="card"><a href="/news/story-${n}"><img src="/img/thumb${n}.jpg" alt=""><h3>Council approves new budget for depot number ${n} after long debate</h3></a></li>`).join("");
    const article = parseHtml(page('<link rel="canonical" href="https://news.example/library"><title>Council votes to close library</title>',
      `<article><h1>Council votes to close library</h1><div class="entry-content"><div class="wp-caption aligncenter"><img src="https://cdn.example.com/lib.jpg" width="800" height="533" alt=""><p class="wp-caption-text">The library on Harrow Lane, which opened in 1911.</p></div>${PROSE}<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><ul>${cards}</ul></div></div></article>`));
    expect(article.blocks.filter((b) => b.kind === "figure")).toEqual([{ kind: "figure", caption: "The library on Harrow Lane, which opened in 1911.", image: "https://cdn.example.com/lib.jpg" }]);
    expect(article.image).toBe("https://cdn.example.com/lib.jpg");
  });
});

describe("a photo linked to its own file", () => {
  it("stays the article's photo, whatever text its link holds", () => {
    const article = parseHtml(page("<title>Harbour reopens</title>", `<article><h1>Harbour reopens</h1>${P1}<p><a href="https://e.example/big.jpg"><img src="https://e.example/harbour.jpg">Click to enlarge: the harbour at dawn</a></p>${P2}</article>`));
    expect(article.blocks.some((b) => b.kind === "figure" && b.image === "https://e.example/harbour.jpg")).toBe(true);
  });
});


describe("a microdata byline", () => {
  it("takes the Person's name, not the job printed beside it", () => {
    const body = "<p>The county board voted on Tuesday to expand the coastal trail by four miles, linking the harbour to the state park for the first time since the old rail line closed.</p>".repeat(4);
    const html = `<html><head><title>Coastal trail to grow by four miles</title></head><body><article><h1>Coastal trail to grow by four miles</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person">By <a href="/users/glindqvist"><span itemprop="name">Greta Lindqvist</span></a> Staff Writer</span>
      ${body}</article></body></html>`;
    expect(parseHtml(html).author).toBe("Greta Lindqvist");
  });
});

describe("a page's date without a machine-readable one of its own", () => {
  it("reads the date its header shows, not a related story's <time>", () => {
    const body = "<p>Six low-cost buoys on Lake Tamsett now send readings every ten minutes, giving shoreline towns days of warning before an algal bloom turns toxic, researchers said.</p>".repeat(4);
    const html = `<html><head><title>Buoys warn of toxic algae</title></head><body><main><article><header><h1>Buoys warn of toxic algae</h1>
      <div class="node__meta"><span class="node__date">March 14, 2025</span></div></header>${body}</article>
      <div class="block-views-blockrelated-news-block-1"><h2>Related News</h2><div class="views-row"><a href="/x">Mercury in lakes peaked in the 1970s</a><time datetime="2025-01-22T12:00:00Z">January 22, 2025</time></div></div></main></body></html>`;
    expect(parseHtml(html).published?.toISOString().slice(0, 10)).toBe("2025-03-14");
  });
});

describe("an Instagram embed", () => {
  it("keeps the post's words and drops the embed's own lines", () => {
    const body = "<p>Turin's second metro line opened on Saturday after eleven years of works, linking the north of the city to the new hospital district in nineteen minutes.</p>".repeat(3);
    const embed = `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><div><a href="https://www.instagram.com/p/x/">Visualizza questo post su Instagram</a></div>
      <p>Oggi è un giorno importante per Torino: la linea 2 della metropolitana diventa realtà.</p><p><a href="https://www.instagram.com/p/x/">Un post condiviso da Stefano Lo Russo (@stefanolorusso)</a></p></blockquote>`;
    const html = `<html lang="it"><head><title>La linea 2 apre</title></head><body><article><h1>La linea 2 apre</h1>${body}${embed}${body}</article></body></html>`;
    const text = JSON.stringify(parseHtml(html).blocks);
    expect(text).toContain("Oggi è un giorno importante per Torino");
    expect(text).not.toMatch(/Visualizza questo post|Un post condiviso da/);
  });
});

describe("a standfirst named by its class", () => {
  const text = "<p>Es war eine lange Sitzung, und am Ende stand ein deutliches Ergebnis: Der Stadtrat hat am Dienstagabend mit großer Mehrheit die Sanierung des Freibads beschlossen, die rund 11,8 Millionen Euro kosten soll.</p>".repeat(3);
  const page = (dek: string) => `<html lang="de"><head><title>Freibad wird saniert</title></head><body>
    <div class="cookie-dialog"><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten und die Nutzung unserer Website zu analysieren und zu verbessern.</p></div>
    <article><h1>Freibad wird saniert</h1>${dek}${text}</article></body></html>`;

  it("is left out of the text, above its first paragraph", () => {
    for (const dek of ['<p class="id-StoryElement-leadText">Nach jahrelangem Streit ist die Entscheidung gefallen: Das marode Freibad wird saniert, doch die Badegäste müssen eine Saison verzichten.</p>',
      '<h2 class="ft-standfirst">Nach jahrelangem Streit ist die Entscheidung gefallen</h2>', '<div class="articleDek">Nach jahrelangem Streit ist die Entscheidung gefallen</div>',
      '<p class="a-article-header__lead">Nach jahrelangem Streit ist die Entscheidung gefallen</p>']) {
      expect(JSON.stringify(parseHtml(page(dek)).blocks)).not.toContain("Nach jahrelangem Streit");
    }
  });

  it("stays when no class names it", () => {
    expect(JSON.stringify(parseHtml(page("<p>Nach jahrelangem Streit ist die Entscheidung gefallen, sagte der Bürgermeister am Dienstag.</p>")).blocks)).toContain("Nach jahrelangem Streit");
    // A lead image's class names no standfirst.
    expect(JSON.stringify(parseHtml(page('<p class="content-header__lead-asset">Nach jahrelangem Streit ist die Entscheidung gefallen, sagte der Bürgermeister am Dienstag.</p>')).blocks)).toContain("Nach jahrelangem Streit");
  });
});

describe("furniture named by component frameworks", () => {
  const text = "<p>The river rose two metres overnight and the council opened its emergency shelters at the town hall and the sports centre for the families forced out of their homes.</p>".repeat(4);
  const page = (inside: string) => `<html><head><title>River rises</title></head><body><article><h1>River rises</h1>${text}${inside}</article></body></html>`;

  it("drops a reader-revenue appeal, a newsletter module by its tag, a byline row by its test id", () => {
    const epic = `<div id="slot-body-end"><div data-component="contributions-epic"><h2>I hope you appreciated this article.</h2><p>${"Before you move on, I wonder if you would consider supporting our journalism, which stays free for everyone who wants to read it. ".repeat(4)}</p><a href="/support">Support us</a></div></div>`;
    const module = "<ps-newsletter-module><p>Local news you can trust, in your inbox every weekday morning.</p></ps-newsletter-module>";
    const role = '<div data-testid="byline-new-contributors"><p>BBC Wales environment correspondent</p></div>';
    const out = JSON.stringify(parseHtml(page(epic + module + role)).blocks);
    expect(out).not.toMatch(/I hope you appreciated|Before you move on|in your inbox every weekday|environment correspondent/);
    expect(out).toContain("emergency shelters");
  });
});

describe("pages saved from word processors and blog exports", () => {
  const body = "<p>The library of things opened six months ago in the old bank's strongroom, lending drills, tents and sewing machines to anyone with a library card, and its shelves are now nearly empty on Saturdays.</p>".repeat(3);

  it("titles a Google Docs page by its title-styled paragraph, which leaves the body", () => {
    const html = `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"></head><body class="c9 doc-content"><p class="c12 title" id="h.2xcytpi"><span class="c17">Westbrook's library of things is six months old</span></p>${body}</body></html>`;
    const article = parseHtml(html);
    expect(article.title).toBe("Westbrook's library of things is six months old");
    expect(JSON.stringify(article.blocks[0])).toContain("strongroom");
    expect(JSON.stringify(article.blocks)).not.toContain("six months old");
  });

  it("takes no sidebar's p.title for the title", () => {
    const html = `<html><head></head><body><main>${body}</main><aside><p class="title">Most read this week</p></aside></body></html>`;
    expect(parseHtml(html).title).not.toBe("Most read this week");
  });

  it("titles a Word page by its MsoTitle paragraph and reads its MsoCaption as the photo's caption", () => {
    const html = `<html><head></head><body><div class=WordSection1><p class=MsoTitle>Walking the old drove road to Ludlow</p>${body}<p class=MsoNormal><img width=602 height=401 src="drove_files/image001.jpg"></p><p class=MsoCaption>Figure 1: A sunken section of the drove road near Bleathwood.</p>${body}</div></body></html>`;
    const article = parseHtml(html);
    expect(article.title).toBe("Walking the old drove road to Ludlow");
    expect(article.captions).toContain("Figure 1: A sunken section of the drove road near Bleathwood.");
  });

  it("takes a microformats summary (a Medium export's subtitle) for the summary, not the body's first paragraph", () => {
    const html = `<html><head><title>Our number was wrong</title></head><body><article class="h-entry"><header><h1 class="p-name">Our number was wrong</h1></header><section class="p-summary">How a single query inflated our impact figure by eleven percent.</section><section class="e-content">${body}</section></article></body></html>`;
    const article = parseHtml(html);
    expect(article.blocks.some((b) => b.kind === "paragraph" && b.text.includes("single query"))).toBe(false);
  });
});

describe("an index of posts saved in an article's place", () => {
  const teaser = (n: number) => `<article class="post hentry"><h2 class="entry-title"><a href="/2025/03/post-${n}/">Council story number ${n} of the week</a></h2><p>The council met again on Tuesday to discuss the harbour plan, the budget and the new library, and voted on item ${n}. Continue reading →</p></article>`;
  const body = "<p>The county board voted on Tuesday to expand the coastal trail by four miles, linking the harbour to the state park for the first time since the old rail line closed.</p>".repeat(4);

  it("is rejected when its CMS marks it an archive and it lists three teasers or more", () => {
    const html = `<html><head><title>Local Politics Archives - Valley Courier</title></head><body class="archive category category-local-politics"><main><h1 class="page-title">Category: Local Politics</h1>${[1, 2, 3, 4].map(teaser).join("")}</main></body></html>`;
    expect(() => parseHtml(html)).toThrow(/an index of posts \(4 teasers/);
  });

  it("is rejected when its structured data calls it a CollectionPage", () => {
    const html = `<html><head><title>Politics</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Politics"}</script></head><body><main>${[1, 2, 3].map(teaser).join("")}</main></body></html>`;
    expect(() => parseHtml(html)).toThrow(/an index of posts/);
  });

  it("is no index when its body class marks a single post, whatever else it holds", () => {
    const html = `<html><head><title>Coastal trail to grow</title></head><body class="single blog"><main><h1>Coastal trail to grow by four miles</h1>${body}${[1, 2, 3].map(teaser).join("")}</main></body></html>`;
    expect(parseHtml(html).title).toBe("Coastal trail to grow by four miles");
  });

  it("is no index when it is a post with related cards", () => {
    const html = `<html><head><title>Coastal trail to grow</title></head><body class="post-template-default single single-post"><article class="post hentry"><h1>Coastal trail to grow by four miles</h1>${body}</article><aside>${[1, 2, 3].map(teaser).join("")}</aside></body></html>`;
    expect(parseHtml(html).title).toBe("Coastal trail to grow by four miles");
  });
});

describe("a page's comments and boxes named in other languages or in data attributes", () => {
  const P = [
    "El manantial que abastecía a los tres pueblos de la sierra registra este verano el caudal más bajo desde que hay mediciones, según la confederación hidrográfica.",
    "Desde el pasado mes de julio, un camión cisterna sube cada mañana con treinta mil litros de agua que los vecinos reparten entre el depósito municipal y las casas.",
    "El Ayuntamiento ha pedido a la Diputación que adelante las obras de conexión con el embalse, previstas para el año que viene, y estudia perforar un nuevo pozo.",
  ];
  const html = page("<title>La sequía obliga a tres pueblos a abastecerse con camiones cisterna</title>",
    `<main><article><h1>La sequía obliga a tres pueblos a abastecerse con camiones cisterna</h1><div class="a_c">
      <p>${P[0]}</p><p>${P[1]}</p>
      <div class="w w-x" data-dtm-region="articulo_cuerpo_newsletter"><p>Newsletter</p><p>El Sur al día</p><p>Recibe cada mañana las noticias más importantes de la provincia.</p></div>
      <p>${P[2]}</p></div></article>
      <section class="a_cm" id="comentarios" aria-label="Comentarios"><h2>Comentarios (42)</h2>
        ${Array.from({ length: 6 }, (_, i) => `<div class="c"><p>vecino${i} 21 ago 2024 - 08:5${i}</p><p>Llevamos veinte años oyendo hablar de la conexión al embalse y de las obras que nunca llegan a empezar. Veremos si esta vez es la buena, comentario ${i}.</p></div>`).join("")}
      </section></main>`);

  it("leaves out a comments section that names itself so, however long the thread, and a box its data attribute names", () => {
    expect(texts(parseHtml(html).blocks)).toEqual(P);
  });
});
