/**
 * The byline and date rows a page prints around its headline, outside the
 * part Readability keeps (`<p class="news-date">By Jo Bell | 14 October
 * 2024</p>` under the `<h1>`, a `<br>`-parted block "By Dana Whitfield /
 * Published June 8, 2023 4:12 PM EDT"): read line by line as the text
 * scrapes read such lines, for pages whose metadata gives no author or date.
 */
import { squash } from "../../../core/text";
import { AUTHOR_LABEL_ALONE, bareNameByline, isNumericStamp, LONE_BYLINE_WORD, parseMetaLine } from "../../scrape/rules/bylines";
import { dateInLine } from "../../scrape/internal/page-date";
import { UPDATED_LABEL } from "../../dates";
import type { HeadMeta } from "./boilerplate";
import type { DomElement, DomNode } from "./dom";

/** Elements after the headline looked at: a header's rows come before the body's text. */
const REACH = 30;
/** A row is short; a longer line is the text. */
const MAX_ROW = 160;
/** A paragraph this long is the body's: the header is over. */
const BODY_PARAGRAPH = 200;

/** `language`: the page's (`<html lang>`), to read a numeric date its way ("14/03/2024" is day first in Portuguese). */
export function headerRows(headline: DomElement | null, language = "en"): HeadMeta {
  const found: HeadMeta = {};
  if (!headline) return found;
  // The elements after the headline in document order, walked from it (the page's other thousands are never listed).
  let element: DomElement | null = headline;
  // The byline's word alone on the row before ("Von"), waiting for the name.
  let lonelyWord: string | null = null;
  for (let k = 0; k < REACH; k++) {
    element = nextInOrder(element, headline);
    if (!element) break;
    const text = element.textContent ?? "";
    if (element.localName === "p" && text.length > BODY_PARAGRAPH) break;
    // A row is an element holding no block of its own: a container's rows are read one by one.
    if (text.length > MAX_ROW * 3 || element.querySelector(BLOCKS) !== null) continue;
    for (const line of rowLines(element)) {
      if (line.length > MAX_ROW) continue;
      // "Von" and "Katrin Wehrmann" in elements of their own (a CMS's field label and its value): one byline.
      const labelled = lonelyWord !== null ? parseMetaLine(`${lonelyWord} ${line}`) : null;
      lonelyWord = LONE_BYLINE_WORD.test(line) ? line : null;
      // "14/03/2024 às 10h15", "Atualizado em 14/03/2024 - 10:15": a numeric stamp is read the page's way.
      const row = labelled ?? parseMetaLine(line) ?? (isNumericStamp(line) ? numericStamp(line, language) : null) ?? fieldsRow(element, language) ?? labelledField(element, line);
      if (!row) continue;
      found.author ??= row.author;
      found.published ??= row.published;
      found.updated ??= row.updated;
    }
    if (found.author && (found.published || found.updated)) break;
  }
  return found;
}

const BLOCKS = "p, div, li, ul, ol, section, article, header, footer, h1, h2, h3, h4, h5, h6, table, figure";

/**
 * A row of fields in elements of their own, none set apart by a separator the line rules know
 * (`<span>Petra Šindelářová</span><span>14. 3. 2024, 9:40</span><span>1 284×</span>`): read field by field, a stamp
 * among them, and a name alone beside it the byline. Fields neither (a view count, an icon's text) are passed over.
 */
function fieldsRow(element: DomElement, language: string): HeadMeta | null {
  const fields = Array.from(element.children).map((child) => squash(child.textContent ?? "")).filter(Boolean);
  if (fields.length < 2 || fields.length > MAX_FIELDS) return null;
  const found: HeadMeta = {};
  let name: string | undefined;
  for (const field of fields) {
    const meta = parseMetaLine(field) ?? (isNumericStamp(field) ? numericStamp(field, language) : null);
    found.published ??= meta?.published;
    found.updated ??= meta?.updated;
    found.author ??= meta?.author;
    name ??= meta ? undefined : (bareNameByline(field) ?? undefined);
  }
  if (!found.published && !found.updated) return null;
  found.author ??= name;
  return found;
}
const MAX_FIELDS = 5;

/**
 * A field whose label stands in an element of its own, without a colon (`<li><span class="tit">작성자</span> 대외협력처
 * 홍보팀 박지은</li>`, a board's "writer" field): read as "label: value".
 */
function labelledField(element: DomElement, line: string): HeadMeta | null {
  const label = squash(element.children[0]?.textContent ?? "");
  if (!label || !AUTHOR_LABEL_ALONE.test(label) || !line.startsWith(label)) return null;
  const value = line.slice(label.length).replace(/^\s*[:：]?\s*/, "");
  return value ? parseMetaLine(`${label.replace(/\s*[:：]$/, "")}: ${value}`) : null;
}

/** The element after this one in document order, past the headline's own descendants. */
function nextInOrder(element: DomElement, headline: DomElement): DomElement | null {
  if (element !== headline && element.children.length > 0) return element.children[0]!;
  for (let node: DomElement | null = element; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/** The element's text as lines: a `<br>` ends one, and neighbouring elements are parted by a space ("Tom Ashworth" · "20 February 2025"). */
function rowLines(element: DomElement): string[] {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? "");
    else if (node.nodeName === "BR") parts.push("\n");
    else if (node.nodeType === 1) {
      parts.push(" ");
      Array.from(node.childNodes).forEach(walk);
      parts.push(" ");
    }
  };
  Array.from(element.childNodes).forEach(walk);
  return parts.join("").split("\n").map(squash).filter(Boolean);
}

/** A numeric stamp's date, published or updated by its label. */
function numericStamp(line: string, language: string): HeadMeta | null {
  const date = dateInLine(line, language);
  if (!date) return null;
  return UPDATED_LABEL.test(line) ? { updated: date } : { published: date };
}
