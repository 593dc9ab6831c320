/**
 * Figures the extractor leaves behind. Readability keeps the text block it
 * scores best, so a lead photo in the article's header (between headline and
 * text) or a figure in a sibling container is often lost with its caption.
 * Figures with a caption inside the article's own region (the `<article>` or
 * `<main>` that holds the headline or the body; without one, between the
 * headline and the body's end) are read from the intact page and put back in
 * page order.
 */
import type { Block } from "../../../core/article";
import { squash } from "../../../core/text";
import { blockPlainText, CAPTION_CLASS_HINTS, holdsTableQuoteOrCode, isCaption, ORDER_ATTRIBUTE, pushFigures } from "./body";
import { ARTICLE_REGION, type DomDocument, type DomElement } from "./dom";

const MARKED = "p, h1, h2, h3, h4, h5, h6, figure, li, blockquote, pre, table, img, div";
const REGION = ARTICLE_REGION;
const OUTSIDE = "aside, nav, footer, [role=complementary], [role=navigation]";
const NOT_ARTICLE = /(?:^|[\s_-])(?:related|recommended|promo|newsletter|video-?player|playlist)(?:$|[\s_-])/i;

interface Candidate {
  order: number;
  region: DomElement | null;
  blocks: Block[];
}

export interface PageFigures {
  candidates: Candidate[];
  /** The region of each marked element, by order. */
  regionOf: (order: number) => DomElement | null | undefined;
  headlineRegion: DomElement | null;
  headlineOrder: number;
}

/** Marks the page's elements with their document order and reads its captioned figures (before extraction changes the tree). */
export function readPageFigures(document: DomDocument, pageUrl: string | undefined): PageFigures {
  const regions = new Map<number, DomElement | null>();
  let i = 0;
  for (const el of document.querySelectorAll(MARKED)) {
    el.setAttribute(ORDER_ATTRIBUTE, String(i));
    if (el.localName === "p") regions.set(i, el.closest(REGION));
    i++;
  }
  const candidates: Candidate[] = [];
  const seen = new Set<DomElement>();
  // A caption set beside its image by class alone (`div.article-image > img + div.article-image__caption`):
  // Readability strips the class, and the caption would be a paragraph of the text.
  // A caption element that holds its image itself (WordPress's `div.wp-caption`) in a container of other images (the
  // text's, a related list's thumbnails) stands for itself, through its own caption line: not the container.
  const byClass = Array.from(document.querySelectorAll(CAPTION_CLASS_HINTS)).filter((el) => {
    if (el.localName === "figcaption" || el.closest("figure") || !isCaption(el)) return false;
    // AMP pages write their photos as `<amp-img>`.
    const images = el.parentElement?.querySelectorAll("img, amp-img").length ?? 0;
    return images > 0 && !(el.querySelector("img, amp-img") && images > el.querySelectorAll("img, amp-img").length);
  });
  // A photo in a paragraph of its own over an italic line, as editors without figures set a caption
  // (`<p><img></p><p><em>The pier at dawn.</em></p>`; Blogger's `<div class="separator"><a><img></a></div>`
  // over `<div class="separator"><i>…</i></div>`): read as a figure and its caption.
  const italicUnder = Array.from(document.querySelectorAll("p > img, p > a > img, div > img, div > a > img")).flatMap((img) => {
    const link = img.parentElement!.localName === "a" ? img.parentElement! : null;
    if (link && link.children.length !== 1) return [];
    const holder = (link ?? img).parentElement!;
    const next = holder.nextElementSibling;
    if (holder.children.length !== 1 || (holder.textContent ?? "").trim() || (next?.localName !== "p" && next?.localName !== "div") || next.children.length !== 1) return [];
    const em = next.children[0]!;
    if ((em.localName !== "em" && em.localName !== "i") || squash(next.textContent ?? "") !== squash(em.textContent ?? "")) return [];
    const figure = holder.cloneNode(true);
    figure.innerHTML = `${holder.innerHTML}<figcaption>${em.innerHTML}</figcaption>`;
    return [{ figure, order: Number(holder.getAttribute(ORDER_ATTRIBUTE)), region: holder.closest(REGION) }];
  });
  for (const { figure, order, region } of italicUnder) {
    const blocks: Block[] = [];
    pushFigures(blocks, figure, pageUrl);
    if (blocks.some((b) => b.kind === "figure" && b.image && b.caption)) candidates.push({ order, region, blocks });
  }
  for (const caption of [...document.querySelectorAll("figcaption"), ...byClass]) {
    // A figcaption belongs to its <figure>; some pages put it in a plain wrapper with the image.
    const figure = caption.closest("figure") ?? caption.parentElement;
    if (!figure || seen.has(figure) || figure.closest(OUTSIDE) || insideNonArticle(figure)) continue;
    // A table's, a pull quote's or code's figure has no photo to put back (body.ts reads it as a table, a quote or code).
    if (holdsTableQuoteOrCode(figure)) continue;
    seen.add(figure);
    const blocks: Block[] = [];
    pushFigures(blocks, figure.cloneNode(true), pageUrl);
    if (blocks.some((b) => b.kind === "figure" && (b.caption || b.credit))) {
      // (A CMS may render the photo as an `<article>` of its own, Drupal's media entity: its region is the one around it.)
      candidates.push({ order: Number(figure.getAttribute(ORDER_ATTRIBUTE)), region: (figure.parentElement ?? figure).closest(REGION), blocks });
    }
  }
  const h1 = document.querySelector("h1");
  return {
    candidates,
    regionOf: (order) => regions.get(order),
    headlineRegion: h1?.closest(REGION) ?? null,
    headlineOrder: Number(h1?.getAttribute(ORDER_ATTRIBUTE) ?? -1),
  };
}

function insideNonArticle(el: DomElement): boolean {
  for (let node: DomElement | null = el; node && node.localName !== "body"; node = node.parentElement) {
    if (NOT_ARTICLE.test(`${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`)) return true;
  }
  return false;
}

/** Puts back the region's captioned figures that the extracted blocks lack, in page order. */
export function restoreFigures(blocks: Block[], orders: number[], page: PageFigures): Block[] {
  const bodyRegion = orders.map((o) => page.regionOf(o)).find((r) => r !== undefined) ?? null;
  const regions = new Set([page.headlineRegion, bodyRegion].filter((r): r is DomElement => r !== null));
  const bodyEnd = Math.max(...orders);
  // Inside the article's own <article>/<main>; on pages without one, between the headline and the body's end.
  const inArticle = (c: Candidate) =>
    regions.size ? c.region !== null && regions.has(c.region) : c.order > page.headlineOrder && page.headlineOrder >= 0 && c.order < bodyEnd;
  const have = new Set(blocks.flatMap((b) => (b.kind === "figure" ? [fold(b.caption), b.image ?? ""] : [])).filter(Boolean));
  const out = blocks.map((block, i) => ({ block, order: orders[i] ?? -1 }));
  // Captions put back on their photos leave the paragraph the extractor made of them.
  const captionParagraphs = new Set<Block>();
  for (const candidate of page.candidates) {
    if (!inArticle(candidate)) continue;
    const missing = candidate.blocks.filter((b) => b.kind === "figure" && !fillImage(blocks, b) && !have.has(fold(b.caption)) && !fillCaption(blocks, b, captionParagraphs) && !have.has(b.image ?? ""));
    if (!missing.length) continue;
    const at = out.findIndex((b) => b.order > candidate.order);
    out.splice(at === -1 ? out.length : at, 0, ...missing.map((block) => ({ block, order: candidate.order })));
    for (const b of missing) if (b.kind === "figure") have.add(fold(b.caption));
    // The caption of a photo put back may stand in the text already, as the paragraph the extractor made of it.
    for (const { block } of out) if (missing.some((figure) => figure.kind === "figure" && isCaptionParagraph(block, figure))) captionParagraphs.add(block);
  }
  return out.map((b) => b.block).filter((block) => !captionParagraphs.has(block));
}

/**
 * The extractor kept the caption but lost the image (Readability drops the
 * `<source>`s of a `<picture>` whose `<img>` has no src, as Medium writes
 * them): the page's image goes back under its caption. False when it had one.
 */
function fillImage(blocks: Block[], figure: Block & { kind: "figure" }): boolean {
  if (!figure.image || !figure.caption) return false;
  const same = blocks.find((b): b is Block & { kind: "figure" } => b.kind === "figure" && !b.image && fold(b.caption) === fold(figure.caption));
  if (!same) return false;
  same.image = figure.image;
  return true;
}

/** The extractor kept the image but not its caption: the caption goes back on it, and the paragraph it made of the caption goes. */
function fillCaption(blocks: Block[], figure: Block & { kind: "figure" }, captionParagraphs: Set<Block>): boolean {
  const at = blocks.findIndex((b) => b.kind === "figure" && Boolean(figure.image) && b.image === figure.image);
  const same = blocks[at] as (Block & { kind: "figure" }) | undefined;
  if (!same || same.caption || !figure.caption) return false;
  same.caption = figure.caption;
  if (figure.credit) same.credit = figure.credit;
  const next = blocks[at + 1];
  if (next && isCaptionParagraph(next, figure)) captionParagraphs.add(next);
  return true;
}

/** A text block that is the figure's caption (with its credit or without): the paragraph the extractor made of it. */
function isCaptionParagraph(block: Block, figure: Block & { kind: "figure" }): boolean {
  const text = block.kind === "figure" ? undefined : blockPlainText(block);
  if (text === undefined || !figure.caption) return false;
  return fold(text) === fold(figure.caption) || fold(text) === fold(`${figure.caption} ${figure.credit ?? ""}`);
}

function fold(text: string): string {
  // Brackets aside: a credit split off the caption's end was in them ("… cannula'. (Photo Credit : PTI)").
  return squash(text.replace(/[()[\]（）]/g, " ")).toLowerCase();
}
