/**
 * The extractor's article element → blocks. Text blocks keep their inline
 * markup (links, emphasis) through the allow-list sanitiser; every image
 * becomes a figure block with its caption and credit, so captions never
 * count as body text and every feed format can show the picture.
 */
import type { Block } from "../../../core/article";
import { isImagePath } from "../../../core/media-types";
import { escapeHtml, squash } from "../../../core/text";
import { sanitizeHtml } from "../../sanitize";
import { playerTitleName, VIDEO_HOST } from "../../video-embeds";
import { isElement, TEXT_NODE, type DomElement } from "./dom";
import { articleUrl, httpUrl } from "./metadata";
import { isRelatedHeading } from "./related";
import { splitBracketedCredit } from "../../scrape/rules/captions";

const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
  "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr"]);
const SKIP = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "form", "button",
  "input", "select", "textarea", "nav", "video", "audio", "canvas", "map", "hr", "link", "meta"]);
const RICH = new Set(["ul", "ol", "table", "pre", "dl"]);
/** Boilerplate inside an article container, by class or id. */
// And a reader-revenue appeal ("contributions", "support-us", "donate"), a site's alert bar, an affiliate box; the newsletter and
// related boxes as CMSs name them in Dutch, Spanish, Portuguese, French, Swedish, Italian, German and Polish ("tp-nieuwsbrief", "mc-leia-tambem").
const CHROME = /(?:^|[\s_-])(?:byline|author-?(?:info|bio|box|name|card|profile)|reporter|writer-?(?:info|bio|box|card|profile)|kicker|eyebrow|share|sharing|social|newsletter|signup|subscribe|promo|advert|ad-?slot|related|read-?more|recommended|tags?-?list|breadcrumbs?|comments?|comentarios|commentaires|kommentare|commenti|comentários|reacties|contributions|support-us|donate|donation|alert-bar|site-alert|alert-banner|affiliate|nieuwsbrief|boletin|boletim|infolettre|nyhetsbrev|gerelateerd|relacionad[ao]s?|correlati|verwandte|leia-?tambem|veja-?tambem|lees-?ook|lire-?aussi|ver-?tambien|powiazane)(?:$|[\s_-])/i;
/** The article's header by its class, where a page sets it in a `<div>` ("article-header", "post-header", "entry-header"). */
const ARTICLE_HEADER = /(?:^|\s)(?:article|post|entry|story)[-_]{1,2}header(?:$|\s)/i;
/** A reader's comments, by the label a section gives itself in any of these languages: chrome however long the thread. */
const COMMENTS = /^(?:comments?|comentarios|commentaires|kommentare|commenti|comentários|reacties|reactions)$/i;
/** Captions and credits that sit outside a <figure>. */
// And a photo's description by its image's name: Sina's `img_descr`, Naver's `img_desc`, g1's `content-media__description`.
// And the word in other languages, as CMSs name their fields ("field--name-field-bildunterschrift", "pie-de-foto", "didascalia").
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|MsoCaption|wp-caption-text|image-?caption|photo-?caption|media-?caption|(?:img|image|photo|media)_{0,2}-?desc(?:r|ription)?|bildunterschrift|bildtext|legende|l[ée]gende|leyenda|pie-?de-?foto|didascalia|legenda|bijschrift|onderschrift|popisek|podpis-?zdj[eę]cia)(?:$|[\s_-])/i;
const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|copyright|photographer|attribution|image-?source|photo-?credit)(?:$|[\s_-])/i;
/** Image elements; AMP pages write `<amp-img>` (its `<noscript><img>` fallback, if any, has the same address). */
const IMAGE = "img, amp-img";
/** Images smaller than this (by their declared size) are icons, spacers and trackers. */
const MIN_IMAGE_SIZE = 60;

export interface BodyResult {
  blocks: Block[];
  /** For each block, the document order of the page element it came from (see ORDER_ATTRIBUTE), or -1. */
  orders: number[];
}

/** Set on the page's elements before extraction, so blocks can be placed in page order afterwards. */
export const ORDER_ATTRIBUTE = "data-fp-order";

export function extractBlocks(root: DomElement, pageUrl: string | undefined, relatedUrls: Set<string>): BodyResult {
  absolutiseLinks(root, pageUrl);
  const blocks: Block[] = [];
  const orders: number[] = [];
  let order = -1;
  const inline: string[] = [];
  const flush = () => {
    const html = inline.join("");
    inline.length = 0;
    pushParagraph(blocks, html);
  };
  const walk = (el: DomElement) => {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === TEXT_NODE) {
        inline.push(escapeHtml(node.textContent ?? ""));
        continue;
      }
      if (!isElement(node)) continue;
      const tag = node.localName;
      // A video player on its own (no figure around it), named by its title: a link to it.
      if (tag === "iframe" || tag === "video") {
        const name = embedName(node);
        if (name) {
          flush();
          pushEmbed(blocks, node, pageUrl, name);
        }
        continue;
      }
      if (SKIP.has(tag) || isChrome(node)) continue;
      // The article's own header, over its text (its kicker, standfirst, byline and date row, share buttons), holds none
      // of the text; a lead photo set in it keeps its caption. (A header further down heads a card of the text's own, a
      // recipe's name over its ingredients.)
      if ((tag === "header" || ARTICLE_HEADER.test(node.getAttribute("class") ?? "")) && inline.length === 0 && blocks.every((block) => block.kind === "figure")) {
        flush();
        for (const figure of Array.from(node.querySelectorAll("figure"))) pushFigures(blocks, figure, pageUrl);
        while (orders.length < blocks.length) orders.push(order);
        continue;
      }
      const own = Number(node.getAttribute(ORDER_ATTRIBUTE) ?? NaN);
      if (Number.isFinite(own)) order = own;
      if (INLINE.has(tag) && !node.querySelector("img, amp-img, picture, figure, p, div, ul, ol, table")) {
        inline.push(node.outerHTML);
        continue;
      }
      flush();
      // A figure that holds a table or a quote and no picture (the block editor's table and pull quote): its content.
      if (tag === "figure" && holdsTableQuoteOrCode(node)) pushFigureContent(blocks, node, pageUrl, relatedUrls);
      // WordPress's classic caption wraps image and caption in a `div.wp-caption`: a figure, not a caption.
      else if (tag === "figure" || (isCaption(node) && node.querySelector("img, picture"))) pushFigures(blocks, node, pageUrl);
      else if (tag === "table" && photoTableCaption(node) !== null) pushPhotoTable(blocks, node, pageUrl);
      else if (tag === "img" || tag === "picture" || tag === "amp-img") {
        if (!inTeaserCard(node)) pushImage(blocks, node, pageUrl, "");
      }
      else if (tag === "figcaption" || isCaption(node)) attachCaption(blocks, node);
      else if (/^h[1-6]$/.test(tag)) pushHeading(blocks, node);
      else if (tag === "p") {
        walk(node);
        flush();
      } else if (tag === "blockquote") pushQuote(blocks, node);
      // A list whose items hold headings (a live blog's updates, each a heading over its paragraphs) lays blocks out; it lists nothing.
      else if ((tag === "ul" || tag === "ol") && laysOutUpdates(node)) walk(node);
      else if (RICH.has(tag)) pushRich(blocks, node, pageUrl, relatedUrls);
      else walk(node);
      while (orders.length < blocks.length) orders.push(order);
    }
  };
  walk(root);
  flush();
  while (orders.length < blocks.length) orders.push(order);
  if (dropTrailingRelatedHeading(blocks)) orders.pop();
  return { blocks, orders };
}

/**
 * An image inside a link that also holds the linked story's headline (`<a href="/news/story-1"><img><h3>…</h3></a>`,
 * a related list's card): the other story's thumbnail, not the article's photo.
 */
function inTeaserCard(img: DomElement): boolean {
  const link = img.closest("a[href]");
  // A link to the photo itself ("big.jpg", "Click to enlarge") is the photo's own.
  return link !== null && !isImagePath(link.getAttribute("href") ?? "") && link.querySelector("h2, h3, h4, h5") !== null;
}

/** What a caption's class holds, in the languages CAPTION_CLASS knows: a cheap selector before its test. */
export const CAPTION_CLASS_HINTS =
  "[class*=aption], [class*=desc], [class*=unterschrift], [class*=bildtext], [class*=egend], [class*=leyenda], [class*=pie], [class*=didascalia], [class*=schrift], [class*=popisek], [class*=podpis]";

/** A caption element by its class ("caption", "image-caption", "article-image__caption"). */
export function isCaption(el: DomElement): boolean {
  return CAPTION_CLASS.test(el.getAttribute("class") ?? "");
}

/**
 * Readability swaps a `<div>` that holds one paragraph for that paragraph, and the div's names go with it: an author's
 * bio box (`<div data-testid="author-bio"><p>…</p></div>`) would come through as a paragraph of the text. Before it
 * runs, the paragraphs of every box that is chrome by its names carry a mark of it, which isChrome reads.
 */
export function markChromeParagraphs(root: DomElement): void {
  for (const box of root.querySelectorAll("div")) {
    if (!isChrome(box)) continue;
    for (const p of box.querySelectorAll("p")) p.setAttribute("class", `${p.getAttribute("class") ?? ""} ${CHROME_MARK}`.trim());
  }
}

/** The class a chrome box's paragraphs are marked with (markChromeParagraphs). */
const CHROME_MARK = "chrome-box-paragraph";

function isChrome(el: DomElement): boolean {
  // Its class and id, and the names component frameworks give it: a custom element's own tag (`<ps-newsletter-module>`),
  // `data-component`, `data-testid` ("byline-new-contributors").
  const label = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""} ${dataNames(el)} ${el.localName.includes("-") ? el.localName : ""}`;
  if (label.includes(CHROME_MARK)) return true;
  // A section that names itself the comments ("<section id="comentarios" aria-label="Comentarios">"), outside the text's own element.
  if (el.localName === "section" && (COMMENTS.test(el.getAttribute("id") ?? "") || COMMENTS.test(el.getAttribute("aria-label") ?? "")) && el.querySelector("h1") === null) return true;
  if (!CHROME.test(label)) return false;
  // A container that holds most of the article is not chrome, whatever its class says; a reader-revenue appeal
  // runs to a few paragraphs of its own.
  return squash(el.textContent ?? "").length < (APPEAL.test(label) ? MAX_APPEAL_CHARS : 400);
}

/**
 * The names a page's components carry in data attributes: `data-component`, `data-testid` ("byline-new-contributors"),
 * an analytics region ("articulo_cuerpo_newsletter"); an address or a sentence in one (`data-src`, `data-caption`) is none.
 */
function dataNames(el: DomElement): string {
  let names = "";
  for (const name of el.getAttributeNames()) {
    if (!name.startsWith("data-")) continue;
    const value = el.getAttribute(name) ?? "";
    if (value.length <= MAX_DATA_NAME && DATA_NAME.test(value)) names += ` ${value}`;
  }
  return names;
}

const DATA_NAME = /^[\w-]+$/;
const MAX_DATA_NAME = 60;

const APPEAL = /contributions|support-us|donat/i;
const MAX_APPEAL_CHARS = 1500;

/** Every link absolute against the page, or relative as written when the page has no address (images are resolved in imageUrl); any other scheme loses its href. */
function absolutiseLinks(root: DomElement, pageUrl: string | undefined) {
  for (const a of root.querySelectorAll("a[href]")) {
    const href = a.getAttribute("href") ?? "";
    if (/^mailto:/i.test(href.trim())) continue;
    const url = articleUrl(href, pageUrl);
    if (url) a.setAttribute("href", url);
    else a.removeAttribute("href");
  }
}

function textOf(html: string): string {
  return squash(html.replace(/<[^>]*>/g, " ").replace(/&nbsp;|&#160;/g, " "));
}

function pushParagraph(blocks: Block[], html: string) {
  const text = textOf(html);
  if (!text) return;
  const clean = unwrapDeadLinks(sanitizeHtml(html).trim());
  // Plain text stays a paragraph block; markup is kept as sanitised HTML.
  if (!clean.includes("<")) blocks.push({ kind: "paragraph", text: squash(decodeEntities(clean)) });
  else blocks.push({ kind: "html", html: `<p>${squash(clean)}</p>` });
}

/** A text block's plain text (tags dropped, the sanitiser's entities decoded); undefined for figures. */
export function blockPlainText(block: Block): string | undefined {
  switch (block.kind) {
    case "paragraph":
    case "heading":
    case "quote":
      return block.text;
    case "list":
      return block.items.join(" ");
    case "html":
      return squash(decodeEntities(block.html.replace(/<[^>]*>/g, " ")));
    case "figure":
      return undefined;
  }
}

/** A link whose URL was refused is kept as its text. The sanitiser writes plain `<a>` for it. */
function unwrapDeadLinks(html: string): string {
  return html.replace(/<a>([\s\S]*?)<\/a>/g, "$1");
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&nbsp;": "\u00a0" };

/** The sanitiser's output without tags is text with these entities only. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
}

function pushHeading(blocks: Block[], el: DomElement) {
  const text = squash(el.textContent ?? "");
  if (text) blocks.push({ kind: "heading", text });
}

/**
 * A figure that holds a table, a quote or code and no picture or player: the block editor's table and pull
 * quote, a code card with its file's name or a terminal's title bar over it (Ghost's `kg-code-card`).
 */
export function holdsTableQuoteOrCode(figure: DomElement): boolean {
  return !figure.querySelector(`${IMAGE}, picture, iframe, video`) && figure.querySelector("table, blockquote, pre") !== null;
}

/**
 * A table (its figure's caption as the table's own), a pull quote (its `<cite>` after a dash) or code (its
 * caption, a file's name or a window's title, left out: a label, not the article's text) set in a `<figure>`.
 */
function pushFigureContent(blocks: Block[], figure: DomElement, pageUrl: string | undefined, relatedUrls: Set<string>) {
  const captionText = squash(figure.querySelector("figcaption")?.textContent ?? "");
  const table = figure.querySelector("table");
  const code = table || figure.querySelector("blockquote") ? null : figure.querySelector("pre");
  if (code) {
    pushRich(blocks, code, pageUrl, relatedUrls);
    return;
  }
  if (table) {
    if (captionText && !table.querySelector("caption")) table.innerHTML = `<caption>${escapeHtml(captionText)}</caption>${table.innerHTML}`;
    pushRich(blocks, table, pageUrl, relatedUrls);
    return;
  }
  const quote = figure.querySelector("blockquote")!;
  const cite = quote.querySelector("cite");
  const said = squash(cite?.textContent ?? "") || captionText;
  cite?.remove();
  const text = squash(quote.textContent ?? "");
  if (text) blocks.push({ kind: "quote", text: said ? `${text} — ${said}` : text });
}

function pushQuote(blocks: Block[], given: DomElement) {
  // Who said it, set under the quote's text (the block editor's `<cite>`, a `<footer>`): after a dash, not glued to the last word.
  const source = Array.from(given.children).find((child) => child.localName === "cite" || child.localName === "footer");
  const said = source ? squash(source.textContent ?? "").replace(/^[—–-]\s*/, "") : "";
  const el = source ? given.cloneNode(true) : given;
  if (source) Array.from(el.children).find((child) => child.localName === source.localName)?.remove();
  const text = squash(el.textContent ?? "");
  if (!text) return;
  if (!el.querySelector("a, p + p, ul, ol, img")) blocks.push({ kind: "quote", text: said ? `${text} — ${said}` : text });
  else blocks.push({ kind: "html", html: `<blockquote>${squash(unwrapDeadLinks(sanitizeHtml(el.innerHTML)))}${said ? `<p>— ${escapeHtml(said)}</p>` : ""}</blockquote>` });
}

function pushRich(blocks: Block[], el: DomElement, pageUrl: string | undefined, relatedUrls: Set<string>) {
  // A list of links to the page's related articles is not body text.
  if (linksOnlyRelated(el, relatedUrls)) return;
  // A gallery list (Gutenberg's `ul.blocks-gallery-grid`): each figure with its caption, once.
  for (const figure of Array.from(el.querySelectorAll("figure"))) {
    pushFigures(blocks, figure, pageUrl);
    figure.remove();
  }
  for (const img of Array.from(el.querySelectorAll(IMAGE))) {
    pushImage(blocks, img, pageUrl, "");
    img.remove();
  }
  if (!squash(el.textContent ?? "")) return;
  const html = unwrapDeadLinks(sanitizeHtml(el.outerHTML));
  // Preformatted text (code) keeps its line breaks and indentation.
  blocks.push({ kind: "html", html: el.localName === "pre" ? html.trim() : squash(html) });
}

/** Whether every link the element holds (one at least) goes to one of the page's related articles. */
function linksOnlyRelated(el: DomElement, relatedUrls: Set<string>): boolean {
  const anchors = Array.from(el.querySelectorAll("a[href]"));
  return anchors.length > 0 && anchors.every((a) => relatedUrls.has(a.getAttribute("href") ?? ""));
}

/**
 * A list whose items are updates, each a heading over its paragraphs: headings of their own, not links (a card list's
 * headings link to other stories), and paragraphs under them.
 */
function laysOutUpdates(list: DomElement): boolean {
  const headings = Array.from(list.querySelectorAll(ITEM_HEADING));
  return headings.length > 0 && !headings.some((h) => h.querySelector("a[href]") || h.closest("a[href]")) && list.querySelector("li p") !== null;
}

/** A heading inside a list's item. */
const ITEM_HEADING = "li h2, li h3, li h4, li h5, li h6";

/** A figure, or a gallery figure with several images (the caption goes with the first). */
export function pushFigures(blocks: Block[], figure: DomElement, pageUrl: string | undefined) {
  if (pushLinkCard(blocks, figure, pageUrl)) return;
  // (Or an element named a caption in the CMS's own language: "field--name-field-bildunterschrift".)
  const captionEl = figure.querySelector("figcaption") ?? figure.querySelector("[class*=caption]") ?? Array.from(figure.querySelectorAll(CAPTION_CLASS_HINTS)).find(isCaption) ?? null;
  const { caption, credit } = captionEl ? splitCredit(captionEl) : { caption: "", credit: undefined };
  captionEl?.remove();
  const images = Array.from(figure.querySelectorAll(IMAGE));
  let first = true;
  for (const img of images) {
    if (pushImage(blocks, img, pageUrl, first ? caption : "", first ? credit : undefined)) first = false;
  }
  if (!first) return;
  // A captioned video: a link to it, named by its caption (else by the player's own title), rather
  // than a caption under nothing. A player with neither is left out: its address alone is no text for a reader.
  const embed = figure.querySelector("iframe, video");
  const name = embed ? caption || embedName(embed) : "";
  if (embed && name && pushEmbed(blocks, embed, pageUrl, name)) return;
  if (caption || credit) blocks.push({ kind: "figure", caption, ...(credit ? { credit } : {}) });
}

/** A player's own title, when it names the video (`<iframe title="Divers map the wreck">`). */
function embedName(el: DomElement): string {
  return playerTitleName(el.getAttribute("title") ?? el.getAttribute("aria-label"));
}

/** A captioned video player as a link to its video (feeds carry no players); false when it has no usable address. */
function pushEmbed(blocks: Block[], el: DomElement, pageUrl: string | undefined, caption: string): boolean {
  const src = el.getAttribute("src") ?? el.getAttribute("data-src") ?? el.querySelector("source[src]")?.getAttribute("src");
  const url = httpUrl(src, pageUrl);
  // Only known video players' frames: other frames are ads, widgets and trackers.
  if (!url || (el.localName === "iframe" && !VIDEO_HOST.test(url))) return false;
  blocks.push({ kind: "html", html: unwrapDeadLinks(sanitizeHtml(`<p><a href="${escapeHtml(url)}">${escapeHtml(caption)}</a></p>`)) });
  return true;
}

/**
 * A layout table of one picture and a line of text, as pages built with tables set a photo over its caption
 * (`<tr><td><img></td></tr><tr><td class="pic_txt">…（圖／記者林佳蓉攝）</td></tr>`): the caption, or null.
 */
function photoTableCaption(table: DomElement): string | null {
  if (table.querySelectorAll("img").length !== 1 || table.querySelectorAll("tr").length > MAX_PHOTO_TABLE_ROWS || table.querySelector("table, p, ul, ol")) return null;
  const text = squash(table.textContent ?? "");
  return text.length > 0 && text.length <= MAX_PHOTO_TABLE_CAPTION ? text : null;
}

const MAX_PHOTO_TABLE_ROWS = 3;
const MAX_PHOTO_TABLE_CAPTION = 300;

function pushPhotoTable(blocks: Block[], table: DomElement, pageUrl: string | undefined): void {
  const text = photoTableCaption(table)!;
  const [caption, credit] = splitBracketedCredit(text) ?? [text, undefined];
  if (!pushImage(blocks, table.querySelector("img")!, pageUrl, caption, credit)) blocks.push({ kind: "figure", caption, ...(credit ? { credit } : {}) });
}

/** Caption text and the credit inside it (a credit element, or a trailing "Photo: …" / "(Agency)"). */
function splitCredit(el: DomElement): { caption: string; credit?: string } {
  let credit: string | undefined;
  for (const part of Array.from(el.querySelectorAll("*"))) {
    const label = `${part.getAttribute("class") ?? ""} ${part.getAttribute("itemprop") ?? ""}`;
    if (CREDIT_CLASS.test(label) || part.localName === "small" || /copyrightHolder|creator/i.test(label)) {
      const text = squash(part.textContent ?? "");
      if (text) credit = credit ? `${credit} ${text}` : text;
      part.remove();
    }
  }
  let caption = squash(spacedText(el));
  // No credit element: a credit in brackets closing the caption's text ("… vatandaşlar (Fotoğraf: Murat Kaya)").
  const bracketed = credit === undefined ? splitBracketedCredit(caption) : null;
  if (bracketed) [caption, credit] = bracketed;
  // The dash or bar that set the credit off stays behind when the credit goes ("… Guedes — <span>Foto: …</span>").
  if (credit) caption = caption.replace(/\s*[—–|·/-]$/u, "");
  return { caption, ...(credit ? { credit: credit.replace(/^(?:photo|image|credit|foto|fotoğraf)\s*:\s*/i, "") } : {}) };
}

/**
 * The element's text with a space between two elements set side by side (`<span>…puerto.</span><span>ANTONIO
 * GARCÍA (EFE)</span>`), as a browser shows them apart; text and an element keep their join (`<em>mayor</em>'s`).
 */
function spacedText(el: DomElement): string {
  let out = "";
  let previousWasElement = false;
  for (const node of Array.from(el.childNodes)) {
    const element = isElement(node);
    // Text and elements only: a comment's text is no caption's.
    if (!element && node.nodeType !== TEXT_NODE) continue;
    const text = element ? spacedText(node) : (node.textContent ?? "");
    if (previousWasElement && element && out && !/\s$/.test(out) && /^[\p{L}\p{N}(]/u.test(text)) out += " ";
    out += text;
    if (text) previousWasElement = element;
  }
  return out;
}

/**
 * A link card (Ghost's bookmark card, a link preview): a figure that is one link to another page,
 * holding that page's title, description, icon and thumbnail. It is the link, named by its title:
 * its images are the other page's, not the article's photos.
 */
function pushLinkCard(blocks: Block[], figure: DomElement, pageUrl: string | undefined): boolean {
  const links = figure.querySelectorAll("a[href]");
  if (links.length !== 1 || figure.querySelector("figcaption")) return false;
  const link = links[0]!;
  if (squash(link.textContent ?? "") !== squash(figure.textContent ?? "") || !link.querySelector("div, span, p, strong")) return false;
  // Its title by class, or (the classes stripped by Readability) its first line of text.
  const titled = link.querySelector("[class*=title]") ?? Array.from(link.querySelectorAll("div, span, p, strong, h2, h3, h4")).find((el) => el.children.length === 0 && squash(el.textContent ?? ""));
  const title = squash(titled?.textContent ?? "");
  const url = httpUrl(link.getAttribute("href"), pageUrl);
  if (!title || !url) return false;
  blocks.push({ kind: "html", html: unwrapDeadLinks(sanitizeHtml(`<p><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></p>`)) });
  return true;
}

/** Adds an image as a figure block; false when it has no usable URL or is an icon. */
function pushImage(blocks: Block[], el: DomElement, pageUrl: string | undefined, caption: string, credit?: string): boolean {
  const img = el.localName === "img" || el.localName === "amp-img" ? el : el.querySelector(IMAGE);
  if (!img) return false;
  const src = imageUrl(img, el, pageUrl);
  if (!src || isTiny(img)) return false;
  if (blocks.some((b) => b.kind === "figure" && b.image === src)) return false;
  blocks.push({ kind: "figure", caption, image: src, ...(credit ? { credit } : {}) });
  return true;
}

/** A caption outside a <figure>: it belongs to the image just before it. */
function attachCaption(blocks: Block[], el: DomElement) {
  const { caption, credit } = splitCredit(el);
  if (!caption) return;
  const last = blocks[blocks.length - 1];
  if (last?.kind === "figure" && !last.caption) {
    last.caption = caption;
    if (credit) last.credit = credit;
  } else {
    blocks.push({ kind: "figure", caption, ...(credit ? { credit } : {}) });
  }
}

/** The image's real URL: lazy-loading attributes first, then the largest srcset entry, then src. */
function imageUrl(img: DomElement, container: DomElement, pageUrl: string | undefined): string | undefined {
  const candidates = [
    img.getAttribute("data-src"), img.getAttribute("data-lazy-src"), img.getAttribute("data-original"), img.getAttribute("data-url"),
    largestInSrcset(img.getAttribute("srcset") ?? img.getAttribute("data-srcset")),
    img.getAttribute("src"),
    largestInSrcset(container.querySelector("source[srcset]")?.getAttribute("srcset")),
    // The <picture> around an <img> without a src (Medium): its <source>s carry the image.
    largestInSrcset(img.closest("picture")?.querySelector("source[srcset]")?.getAttribute("srcset")),
  ];
  for (const candidate of candidates) {
    if (!candidate || /^data:/i.test(candidate.trim())) continue;
    const url = articleUrl(candidate, pageUrl);
    if (url) return url;
  }
  return undefined;
}

function largestInSrcset(srcset: string | null | undefined): string | undefined {
  if (!srcset) return undefined;
  let best: { url: string; size: number } | undefined;
  for (const entry of srcset.split(/,\s+/)) {
    const [url, descriptor] = entry.trim().split(/\s+/);
    if (!url) continue;
    const size = descriptor ? parseFloat(descriptor) || 0 : 0;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url;
}

function isTiny(img: DomElement): boolean {
  // A site's icon, whatever its declared size.
  if (/favicon|\.ico(?:$|[?#])/i.test(img.getAttribute("src") ?? "")) return true;
  const width = Number(img.getAttribute("width"));
  const height = Number(img.getAttribute("height"));
  return (width > 0 && width < MIN_IMAGE_SIZE) || (height > 0 && height < MIN_IMAGE_SIZE);
}

function dropTrailingRelatedHeading(blocks: Block[]): boolean {
  const last = blocks[blocks.length - 1];
  if (last?.kind !== "heading" || !isRelatedHeading(last.text)) return false;
  blocks.pop();
  return true;
}
