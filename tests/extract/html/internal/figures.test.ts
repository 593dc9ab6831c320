/** Captioned figures put back after extraction (src/extract/html/internal/figures.ts), on small made-up pages. */
import { describe, expect, it } from "vitest";
import type { Block } from "../../../../src/core/article";
import { ORDER_ATTRIBUTE } from "../../../../src/extract/html/internal/body";
import { parsePage, type DomDocument } from "../../../../src/extract/html/internal/dom";
import { readPageFigures, restoreFigures } from "../../../../src/extract/html/internal/figures";

const PAGE = "https://news.example/story";
const fig = (src: string, caption: string) => `<figure><img src="${src}" width="800" height="500"><figcaption>${caption}</figcaption></figure>`;

/** The page's paragraphs as the extractor would give them: their text and document order. */
function extracted(document: DomDocument): { blocks: Block[]; orders: number[] } {
  const paragraphs = [...document.querySelectorAll("p")];
  return {
    blocks: paragraphs.map((el) => ({ kind: "paragraph", text: el.textContent ?? "" })),
    orders: paragraphs.map((el) => Number(el.getAttribute(ORDER_ATTRIBUTE))),
  };
}

function restore(html: string): Block[] {
  const document = parsePage(html);
  const page = readPageFigures(document, PAGE);
  const { blocks, orders } = extracted(document);
  return restoreFigures(blocks, orders, page);
}

const kinds = (blocks: Block[]) => blocks.map((b) => (b.kind === "figure" ? `figure:${b.caption}` : b.kind === "paragraph" ? b.text : b.kind));

describe("readPageFigures", () => {
  it("numbers the page's elements in document order and finds captioned figures", () => {
    const document = parsePage(`<article><h1>Headline</h1>${fig("/lead.jpg", "The lead photo")}<p>One.</p></article>`);
    const page = readPageFigures(document, PAGE);
    expect(document.querySelector("h1")!.getAttribute(ORDER_ATTRIBUTE)).toBe("0");
    expect(page.headlineOrder).toBe(0);
    expect(page.candidates).toHaveLength(1);
    expect(page.candidates[0]!.blocks).toEqual([{ kind: "figure", caption: "The lead photo", image: "https://news.example/lead.jpg" }]);
    expect(page.headlineRegion?.localName).toBe("article");
  });

  it("ignores figures without a caption, and figures in asides, navigation, footers and related boxes", () => {
    const document = parsePage(`<article><h1>H</h1><figure><img src="/plain.jpg"></figure>
      <aside>${fig("/aside.jpg", "In an aside")}</aside>
      <footer>${fig("/foot.jpg", "In the footer")}</footer>
      <nav>${fig("/nav.jpg", "In the navigation")}</nav>
      <div class="related-stories">${fig("/rel.jpg", "A related story")}</div>
      <p>Text.</p></article>`);
    expect(readPageFigures(document, PAGE).candidates).toEqual([]);
  });

  it("accepts a figcaption in a plain wrapper with its image, and keeps the credit", () => {
    const document = parsePage(`<h1>H</h1><div class="media"><img src="/w.jpg"><figcaption>Wrapped <span class="credit">Ann Lee</span></figcaption></div><p>Text.</p>`);
    expect(readPageFigures(document, PAGE).candidates[0]!.blocks).toEqual([{ kind: "figure", caption: "Wrapped", credit: "Ann Lee", image: "https://news.example/w.jpg" }]);
  });

  it("reports no headline when the page has no <h1>", () => {
    const page = readPageFigures(parsePage("<p>Only text.</p>"), PAGE);
    expect(page.headlineOrder).toBe(-1);
    expect(page.headlineRegion).toBeNull();
  });
});

describe("restoreFigures", () => {
  it("puts the lead photo between headline and text back before the first paragraph", () => {
    const out = restore(`<article><h1>Headline</h1>${fig("/lead.jpg", "The lead photo")}<p>One.</p><p>Two.</p></article>`);
    expect(kinds(out)).toEqual(["figure:The lead photo", "One.", "Two."]);
  });

  it("puts a figure from a sibling container back in page order", () => {
    const out = restore(`<main><h1>H</h1><div class="text"><p>One.</p></div><div class="media">${fig("/mid.jpg", "Middle photo")}</div><div class="text"><p>Two.</p></div></main>`);
    expect(kinds(out)).toEqual(["One.", "figure:Middle photo", "Two."]);
  });

  it("leaves out figures from outside the article's region", () => {
    const out = restore(`<div class="rail">${fig("/ad.jpg", "Elsewhere on the site")}</div><article><h1>H</h1><p>One.</p><p>Two.</p></article>`);
    expect(kinds(out)).toEqual(["One.", "Two."]);
  });

  it("without an <article> or <main>, keeps only figures between the headline and the body's end", () => {
    const out = restore(`${fig("/before.jpg", "Before the headline")}<h1>H</h1>${fig("/in.jpg", "Inside")}<p>One.</p><p>Two.</p>${fig("/after.jpg", "After the end")}`);
    expect(kinds(out)).toEqual(["figure:Inside", "One.", "Two."]);
  });

  it("does not add a figure the extractor already kept under the same caption (case and spaces aside)", () => {
    const document = parsePage(`<article><h1>H</h1>${fig("/lead.jpg", "The lead photo")}<p>One.</p></article>`);
    const page = readPageFigures(document, PAGE);
    const { blocks, orders } = extracted(document);
    const byCaption = restoreFigures([{ kind: "figure", caption: "the  LEAD photo", image: "https://other.example/x.jpg" }, ...blocks], [1, ...orders], page);
    expect(byCaption.filter((b) => b.kind === "figure")).toHaveLength(1);
  });

  it("gives back the caption of an image the extractor kept without one", () => {
    const document = parsePage(`<article><h1>H</h1>${fig("/lead.jpg", "The lead photo")}<p>One.</p></article>`);
    const page = readPageFigures(document, PAGE);
    const { blocks, orders } = extracted(document);
    const kept: Block = { kind: "figure", caption: "", image: "https://news.example/lead.jpg" };
    const out = restoreFigures([kept, ...blocks], [1, ...orders], page);
    expect(out).toEqual([{ kind: "figure", caption: "The lead photo", image: "https://news.example/lead.jpg" }, ...blocks]);
  });

  it("returns the blocks unchanged when the page has no captioned figures", () => {
    const document = parsePage("<article><h1>H</h1><p>One.</p></article>");
    const page = readPageFigures(document, PAGE);
    const { blocks, orders } = extracted(document);
    expect(restoreFigures(blocks, orders, page)).toEqual(blocks);
  });
});

describe("a caption set beside its image by class alone", () => {
  it("goes back on the photo the extractor kept without it, and leaves the paragraph made of it", () => {
    const html = `<html><body><article><h1>Trail opens</h1><div class="article-image"><img src="/trail.jpg"><div class="article-image__caption">The trail runs along the rocky shore.</div></div><div class="text"><p>A new trail has opened along the lake shore this week, the park said.</p></div></article></body></html>`;
    const document = parsePage(html);
    const page = readPageFigures(document, PAGE);
    // As the extractor gives it once Readability has stripped the classes: the photo, then its caption as a paragraph.
    const blocks: Block[] = [
      { kind: "figure", caption: "", image: "https://news.example/trail.jpg" },
      { kind: "paragraph", text: "The trail runs along the rocky shore." },
      { kind: "paragraph", text: "A new trail has opened along the lake shore this week, the park said." },
    ];
    const p = document.querySelector("p")!;
    const out = restoreFigures(blocks, [0, 0, Number(p.getAttribute(ORDER_ATTRIBUTE))], page);
    expect(kinds(out)).toEqual(["figure:The trail runs along the rocky shore.", "A new trail has opened along the lake shore this week, the park said."]);
  });
});

describe("a caption set by class beside an AMP page's photo", () => {
  it("is read as the photo's caption, as beside an <img>", async () => {
    const { parseHtml } = await import("../../../../src/extract/html/parse-html");
    const text = "A new trail has opened along the lake shore this week, the park said, after two years of work by volunteers and the council.";
    const html = `<html><head><title>Trail opens</title></head><body><div class="header"><h1 class="read__title">Trail opens along the lake shore</h1><div class="read__time">29/04/2024, 10:23</div></div>`
      + `<div class="photo"><amp-img src="https://news.example/trail.jpg" width="750" height="500" layout="responsive" alt="The trail."></amp-img><div class="photo__caption">The trail runs along the rocky shore. (PARK SERVICE)</div></div>`
      + `<div class="read__content">${`<p>${text}</p>`.repeat(4)}</div></body></html>`;
    expect(parseHtml(html).captions).toEqual(["The trail runs along the rocky shore. (PARK SERVICE)"]);
  });
});

describe("a photo's description by its image's class", () => {
  it("is the photo's caption (g1's content-media__description, Sina's img_descr), not a paragraph of the text", async () => {
    const { parseHtml } = await import("../../../../src/extract/html/parse-html");
    const text = "Heavy rain flooded streets in the north of the city on Tuesday, and firefighters rescued three families from their homes.";
    for (const cls of ["content-media__description", "img_descr"]) {
      const html = `<html><head><title>Rain floods streets</title></head><body><article><h1>Rain floods streets in the north</h1>`
        + `<div class="content-media"><img src="https://news.example/rain.jpg"><p class="${cls}">A flooded street in the north of the city on Tuesday</p></div>`
        + `${`<p>${text}</p>`.repeat(4)}</article></body></html>`;
      const parsed = parseHtml(html);
      expect(parsed.captions, cls).toEqual(["A flooded street in the north of the city on Tuesday"]);
    }
  });
});

describe("a photo in a paragraph of its own over an italic line", () => {
  it("is a figure and its caption, put back where the extractor lost it, without the caption's paragraph", () => {
    const html = `<html><body><article><h1>Trail opens</h1><p><img src="/trail.jpg"></p><p><em>The trail runs along the rocky shore.</em></p><div class="text"><p>A new trail has opened along the lake shore this week, the park said.</p></div></article></body></html>`;
    const document = parsePage(html);
    const page = readPageFigures(document, PAGE);
    const last = [...document.querySelectorAll("p")].pop()!;
    const blocks: Block[] = [
      { kind: "paragraph", text: "The trail runs along the rocky shore." },
      { kind: "paragraph", text: "A new trail has opened along the lake shore this week, the park said." },
    ];
    const order = Number(last.getAttribute(ORDER_ATTRIBUTE));
    const out = restoreFigures(blocks, [order - 1, order], page);
    expect(kinds(out)).toEqual(["figure:The trail runs along the rocky shore.", "A new trail has opened along the lake shore this week, the park said."]);
  });
});
