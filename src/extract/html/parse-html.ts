/**
 * An HTML page → ParsedArticle. The page's own metadata (Open Graph, JSON-LD,
 * `<meta>`, `<link rel>`) gives title, dates, author, canonical URL, tags,
 * language and lead image; Readability.js on linkedom finds the article body,
 * which becomes sanitised blocks with figures. Runs at the Node edge and in
 * the build step only: the worker gets the parsed result, never a DOM.
 */
import { Readability } from "@mozilla/readability";
import { ArticleRejected, type Block } from "../../core/article";
import { cleanText, squash, titleKey } from "../../core/text";
import { isValidDate } from "../dates";
import { BYLINE_OPENER, CJK_LETTER, parseByline, parseMetaLine } from "../scrape/rules/bylines";
import { isBoilerplate } from "../scrape/rules/furniture";
import type { ParsedArticle } from "../parsed";
import { blockPlainText, extractBlocks, markChromeParagraphs } from "./internal/body";
import { dropBoilerplate, type HeadMeta } from "./internal/boilerplate";
import { readPageFigures, restoreFigures } from "./internal/figures";
import { mendOpenHeadings, nestingDepth, parsePage, type DomDocument, type DomElement } from "./internal/dom";
import { readMetadata } from "./internal/metadata";
import { readRelated } from "./internal/related";
import { pickTitle } from "./internal/title";
import { listingPage, notAnArticle } from "./internal/error-pages";
import { headerRows } from "./internal/header-rows";
import { readKeyPoints, withKeyPoints } from "./internal/key-points";

/** A body shorter than this (in characters of text) is not an article. */
const MIN_BODY_TEXT = 80;
/** A page with less text is still an article when a photo has a caption this long (a sentence, not a label). */
const MIN_PHOTO_CAPTION = 40;
/**
 * Deepest element nesting read. News pages nest 10–50 levels; Readability's
 * time grows steeply with depth (about 1 s at 250 levels, 30 s at 1,000), so a
 * page nested deeper is refused rather than left to stall the loader.
 */
const MAX_NESTING = 128;

export function parseHtml(text: string): ParsedArticle {
  if (!/<[a-z!]/i.test(text)) throw new ArticleRejected("not an HTML page (no tags in it)");
  const document = parsePage(text);
  mendOpenHeadings(document);
  const depth = document.documentElement ? nestingDepth(document.documentElement) : 0;
  if (depth > MAX_NESTING) throw new ArticleRejected(`elements nested ${depth} levels deep (more than ${MAX_NESTING}); not an article page`);
  const meta = readMetadata(document);
  const listing = listingPage(document, meta.structuredTypes);
  if (listing) throw new ArticleRejected(listing);
  const related = readRelated(document, meta.pageUrl);
  const headline = headlineElement(document);
  const h1 = squash(headline?.textContent ?? "");
  // Read before Readability changes the tree: the rows around the headline it may leave out.
  const headerMeta = headerRows(headline, meta.language?.slice(0, 2).toLowerCase());
  const keyPoints = readKeyPoints(document);
  const pageFigures = readPageFigures(document, meta.pageUrl);

  const relatedUrls = new Set(related.map((r) => r.url ?? ""));
  // A link card's "author" is the linked page's (Ghost's kg-bookmark-author): never the byline Readability looks for by class.
  for (const el of document.querySelectorAll("figure a[href] [class*=author]")) el.removeAttribute("class");
  dropStandfirst(document);
  // An Instagram embed's own lines ("View this post on Instagram", "A post shared by …") go; the post's words stay, as a tweet's do.
  for (const el of document.querySelectorAll("blockquote.instagram-media a, blockquote.instagram-media p")) {
    if (isBoilerplate(squash(el.textContent ?? ""))) el.remove();
  }
  if (document.body) markChromeParagraphs(document.body);
  const article = readability(document);
  let blocks: Block[];
  // The byline and date rows the body leaves out, for pages whose metadata lacks them.
  const byline = squash(article?.byline ?? "");
  const printed: HeadMeta = { ...(byline.length <= 120 ? parseMetaLine(byline) : null) };
  if (article?.content) {
    const extracted = extractBlocks(article.content, meta.pageUrl, relatedUrls);
    blocks = dropBoilerplate(restoreFigures(extracted.blocks, extracted.orders, pageFigures), printed);
  } else {
    // Readability gives up on short pages (and fails on a few trees): the page's own
    // article container, from a fresh parse since Readability may have changed the tree.
    blocks = dropBoilerplate(extractBlocks(pageContainer(parsePage(text)), meta.pageUrl, relatedUrls).blocks, printed);
  }
  blocks = withKeyPoints(blocks, keyPoints);
  // The item's captions are what the page shows under each photo: caption and credit.
  const captions = blocks.flatMap((b) => (b.kind === "figure" && (b.caption || b.credit) ? [squash(`${b.caption} ${b.credit ?? ""}`)] : []));
  const title = pickTitle(meta.titles, h1, squash(article?.title ?? ""), meta.siteName, meta.pageUrl);
  // No og:title, headline, <h1> or <title>: the loader titles the item by its file name.
  blocks = withoutRepeatedHeadline(blocks, [title, h1], headline?.localName === "p");
  // Counted without the headline: a page whose only text is its headline has no article.
  const bodyText = squash(blocks.map((b) => blockPlainText(b) ?? "").join(" "));
  const bodyLength = bodyText.length;
  const notArticle = notAnArticle(title, bodyText);
  if (notArticle) throw new ArticleRejected(notArticle);
  // A photo with its caption is an article too (a "photo of the day"), without body text.
  const photoStory = blocks.some((b) => b.kind === "figure" && b.image && b.caption.length >= MIN_PHOTO_CAPTION);
  if (bodyLength < MIN_BODY_TEXT && !photoStory) throw new ArticleRejected(`no article text in the page (${bodyLength} characters of body text found)`);

  // The first paragraph with words in it: a live blog's "23:50" or a player's "5 min" over the text is no lead.
  const firstParagraph = blocks.find((b) => (b.kind === "paragraph" || (b.kind === "html" && b.html.startsWith("<p>"))) && hasWords(blockPlainText(b)));
  const firstCaption = blocks.find((b) => b.kind === "figure" && b.caption);
  // A photo story's lead is its photo's caption.
  const lead = firstParagraph ? blockPlainText(firstParagraph) : firstCaption?.kind === "figure" ? firstCaption.caption : undefined;
  const firstImage = blocks.find((b) => b.kind === "figure" && b.image);
  // Numeric references (`&#1;`, `&#xFFFE;`) decode to characters XML forbids: every string is cleaned again.
  // And a copy: strings cut from the DOM can keep the whole page's source alive (V8 sliced strings).
  return structuredClone(cleanStrings({
    title,
    summary: meta.description && meta.description.length >= 40 ? meta.description : undefined,
    lead,
    blocks,
    captions,
    image: meta.image ?? (firstImage?.kind === "figure" ? firstImage.image : undefined),
    related,
    author: meta.author ?? bylineName(byline) ?? printed.author ?? headerMeta.author,
    published: meta.published ?? readabilityDate(article?.publishedTime) ?? writable(printed.published) ?? writable(headerMeta.published),
    updated: meta.updated ?? writable(printed.updated) ?? writable(headerMeta.updated),
    tags: meta.tags,
    canonicalUrl: meta.canonicalUrl,
    ...(meta.language ? { language: meta.language } : {}),
    warnings: meta.pageUrl || !blocks.some(holdsRelativeUrl) ? [] : [RELATIVE_URLS_WARNING],
  }));
}

/** Said of a page with no address of its own whose links or images are relative: they are read as the site's own. */
const RELATIVE_URLS_WARNING =
  "the page gives no address of its own (<base>, a canonical link or og:url): its relative links and images are taken as this site's, resolved against the article's page";

/** Whether a block holds a relative link or image (one the page's missing address would have resolved). */
function holdsRelativeUrl(block: Block): boolean {
  if (block.kind === "figure") return !!block.image && !/^https?:/i.test(block.image);
  return block.kind === "html" && /\s(?:href|src)="(?!https?:|mailto:|#)/i.test(block.html);
}

/**
 * The body without the headline repeated as its first heading. Readability drops it only
 * when their ASCII words match, so a Cyrillic or Arabic headline stays; titleKey compares
 * letters of any script.
 */
function withoutRepeatedHeadline(blocks: Block[], headlines: string[], titleParagraph: boolean): Block[] {
  const first = blocks.findIndex((b) => b.kind !== "figure");
  // A section's label over the headline ("Город", "Business"), kept with the article's header: it goes with the headline.
  const kicker = first >= 0 && blocks[first]!.kind !== "heading" && isKicker(blocks[first]!) ? first : -1;
  const at = kicker >= 0 ? blocks.findIndex((b, i) => i > kicker && b.kind !== "figure") : first;
  const block = blocks[at];
  // A word processor's title paragraph (the headline element was one) comes through as a paragraph.
  const text = block?.kind === "heading" ? block.text
    : titleParagraph && (block?.kind === "paragraph" || (block?.kind === "html" && block.html.startsWith("<p>"))) ? blockPlainText(block) : undefined;
  if (text === undefined) return blocks;
  const keys = new Set(headlines.filter(Boolean).map(titleKey));
  return keys.has(titleKey(text)) ? blocks.filter((_, i) => i !== at && i !== kicker) : blocks;
}

/** A label of a few words and no sentence: a kicker over a headline. */
function isKicker(block: Block): boolean {
  const text = blockPlainText(block);
  return text !== undefined && text.length <= KICKER_CHARS && text.split(/\s+/).length <= 3 && !/[.!?。！？]$/u.test(text);
}

/** Longest label read as a kicker. */
const KICKER_CHARS = 30;

/** Every string in a parsed article through cleanText (Dates and numbers as they are). */
function cleanStrings<T>(value: T): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)])) as T;
  }
  return value;
}

/** Readability's article, or null when it finds none or fails on the tree. */
function readability(document: DomDocument) {
  // Readability drops elements whose class says "header", headings included: Substack marks every
  // subheading `header-anchor-post`, and themes call headings `section-header`. For a heading the word
  // says what it is, not that it is the page's header, so headings lose that class first.
  for (const heading of document.querySelectorAll("h2, h3, h4, h5, h6")) {
    const label = heading.getAttribute("class");
    if (label && /header/i.test(label) && !/comment|related|share|footer|sidebar/i.test(label)) heading.removeAttribute("class");
  }
  try {
    // Readability rewrites the document it is given; metadata and figures were read first.
    return new Readability<DomElement>(document as never, { keepClasses: true, serializer: (node) => node as unknown as DomElement }).parse();
  } catch {
    return null;
  }
}

/** The page's article element (or its main content, or body) without navigation, header, footer, asides and forms. */
function pageContainer(document: DomDocument): DomElement {
  const root = document.querySelector("article, [itemprop=articleBody], main, [role=main]") ?? document.body ?? document.documentElement;
  if (!root) throw new ArticleRejected("no article found in the page (it has no body)");
  for (const el of Array.from(root.querySelectorAll("nav, header, footer, aside, form, [role=navigation], [role=complementary]"))) el.remove();
  return root;
}

/**
 * The writer's name in Readability's byline, when it reads as one: Readability takes the
 * first element that looks like a byline, which may be a commenter ("Bob Smith says:")
 * or a dateline ("Published March 5, 2024").
 */
function bylineName(byline: string): string | undefined {
  if (!byline || byline.length > 120) return undefined;
  const rest = withoutGluedStamp(byline.replace(BYLINE_OPENER, "").trim());
  return parseByline(`By ${rest}`) ?? undefined;
}

/**
 * The byline without what its element set beside the name with a `<br>`, which
 * Readability's text joins without a space: "Stefan Müller14.03.2024", "李明2024-03-14",
 * "Jane Doe Associated PressPublished …", "김민수 기자입력 …".
 */
function withoutGluedStamp(byline: string): string {
  return byline
    .replace(/(?<=\p{L})(?=\d)/u, " ")
    .replace(/(?<=\p{Ll})(?=(?:Published|Updated|Posted|Veröffentlicht|Aktualisiert|Publicado|Actualizado|Publié|Mis à jour)\b)/u, " · ")
    .replace(/(?<=기자)(?=입력|수정|승인)/u, " · ");
}

function writable(date: Date | undefined): Date | undefined {
  return date && isValidDate(date) ? date : undefined;
}

/** Readability's date (from the page's metadata), when it is one RSS and Atom can write. */
function readabilityDate(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return isValidDate(date) ? date : undefined;
}

/**
 * The element that holds the headline: the page's `<h1>`, unless that is the
 * site's name linking home (classic blog themes set the blog's name in the
 * `<h1>` and each post's title lower down, marked `entry-title` or
 * `itemprop="headline"`); then the post's marked title.
 */
function headlineElement(document: DomDocument): DomElement | null {
  const h1 = document.querySelector("h1");
  const linksHome = h1?.querySelector("a[href]") && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(h1.querySelector("a[href]")!.getAttribute("href") ?? "");
  // A masthead's logo set in an h1 (a picture and no text, `h1.logo`): the headline is the next h1 with words of its own.
  const logo = h1 !== null && (!squash(h1.textContent ?? "") || LOGO_CLASS.test(h1.getAttribute("class") ?? ""));
  if (h1 && !linksHome && !logo) return h1;
  if (logo) {
    const next = Array.from(document.querySelectorAll("h1")).find((h) => h !== h1 && squash(h.textContent ?? "") && !LOGO_CLASS.test(h.getAttribute("class") ?? ""));
    if (next) return next;
  }
  // A word processor's page keeps its title in a paragraph styled as one: Google Docs' `p.title`, Word's `p.MsoTitle`.
  return document.querySelector(".entry-title, [itemprop='headline'], .post-title") ?? h1 ?? wordProcessorTitle(document);
}

const LOGO_CLASS = /(?:^|[\s_-])(?:logo|site-?(?:title|name|logo)|brand|masthead)(?:$|[\s_-])/i;

/** Word's title paragraph, or Google Docs' `p.title` when it is the page's first paragraph (a sidebar's `p.title` is none). */
function wordProcessorTitle(document: DomDocument): DomElement | null {
  const word = document.querySelector("p.MsoTitle");
  if (word) return word;
  const docs = document.querySelector("p.title");
  return docs !== null && document.querySelector("p") === docs ? docs : null;
}

/** Some words: three of two letters or more, or six letters of a script written without spaces. */
function hasWords(text: string | undefined): boolean {
  return text !== undefined && WORDS.test(text);
}

const WORDS = new RegExp(String.raw`\p{L}{2,}\S*\s+\S*\p{L}{2,}\S*\s+\S*\p{L}{2,}|${CJK_LETTER.source}{6,}`, "u");

/**
 * The standfirst (a dek, a subtitle) over the article's text, named so by its class (`p.articleDek`, microformats' `p-summary`,
 * `h2.ft-standfirst`, `h2.content-head__subtitle`, `p.id-StoryElement-leadText`, `p.a-article-header__lead`): the page's summary, not its
 * text; where Readability keeps it, it would open the body. Each one above the text's first paragraph goes.
 */
function dropStandfirst(document: DomDocument): void {
  // Document order by hand: linkedom's compareDocumentPosition misreads nodes that are not siblings.
  const order = new Map<DomElement, number>();
  let n = 0;
  for (const el of document.querySelectorAll("*")) order.set(el, n++);
  // The text's first paragraph under the headline (a cookie dialog's text may come first in the page).
  const h1 = document.querySelector("h1");
  const from = h1 ? order.get(h1)! : -1;
  const firstParagraph = Array.from(document.querySelectorAll("p")).find((p) =>
    order.get(p)! > from && (p.textContent ?? "").trim().length >= FIRST_PARAGRAPH_CHARS && !isStandfirstClass(p.getAttribute("class") ?? ""));
  if (!firstParagraph) return;
  const before = order.get(firstParagraph)!;
  for (const el of Array.from(document.querySelectorAll("[class]"))) {
    if (order.get(el)! >= before || !isStandfirstClass(el.getAttribute("class") ?? "") || el.closest("figure") || el.contains(firstParagraph)) continue;
    const length = squash(el.textContent ?? "").length;
    if (length >= 20 && length <= MAX_STANDFIRST) el.remove();
  }
}

/** A paragraph this long opens the article's text. */
const FIRST_PARAGRAPH_CHARS = 150;
const MAX_STANDFIRST = 400;

/** A class that names a standfirst: a word of it, set off by a dash or underscore or in camel case. */
function isStandfirstClass(classes: string): boolean {
  return classes.split(/\s+/).some((name) => STANDFIRST_CLASS.test(name));
}

const STANDFIRST_CLASS = /(?:^|[_-])(?:dek|deck|standfirst|subtitle|sub-title|subheadline|lead-?text|kicker-text|excerpt|intro|sommario|entradilla|bajada|chapo|chapeau|vorspann|linha-?fina|ingress)(?:$|[_-])|^[a-z]+(?:Dek|Deck|Standfirst|Subtitle|LeadText)$|(?:article|story|post|entry)_{1,2}(?:desc|description)$|(?:header|heading|hero)_{1,2}lead$|^p-summary$/i;
