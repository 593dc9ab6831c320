/**
 * A box of the article's key points above its text ("Key points", "Key
 * takeaways", "At a glance" over a list), as live pages and explainers set
 * it. Readability keeps the text block it scores best, and such a box, a
 * sibling of the text, is lost with the facts it lists: it is read from the
 * intact page and put back at the top of the body.
 */
import type { Block } from "../../../core/article";
import { squash } from "../../../core/text";
import { blockPlainText } from "./body";
import { ARTICLE_REGION, type DomDocument } from "./dom";
import { KEY_POINTS } from "../../scrape/vocabulary";


/** The words of four letters or more (digits too), lower-cased: what a point and the text share. */
function longWordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
}

/** Items a box lists at most: more is a list of links, not key points. */
const MAX_ITEMS = 8;

export interface KeyPoints {
  heading: string;
  items: string[];
}

/** The page's key-points box inside its article, if it has one (read before extraction changes the tree). */
export function readKeyPoints(document: DomDocument): KeyPoints | null {
  for (const heading of document.querySelectorAll("h2, h3, h4, p, strong")) {
    const label = squash(heading.textContent ?? "");
    if (!KEY_POINTS.test(label) || !heading.closest(ARTICLE_REGION) || heading.closest("aside, nav, footer")) continue;
    // The list right under the heading, or under the heading's wrapper (a `<strong>` in a `<p>`).
    const list = heading.nextElementSibling ?? heading.parentElement?.nextElementSibling ?? null;
    if (!list || (list.localName !== "ul" && list.localName !== "ol")) continue;
    const items = Array.from(list.children).filter((li) => li.localName === "li").map((li) => squash(li.textContent ?? "")).filter(Boolean);
    if (items.length >= 2 && items.length <= MAX_ITEMS && !list.querySelector("a[href] ~ a[href]")) return { heading: label.replace(/\s*[:：]$/, ""), items };
  }
  return null;
}

/** The body with the key points on top, unless the extractor kept them. */
export function withKeyPoints(blocks: Block[], points: KeyPoints | null): Block[] {
  if (!points) return blocks;
  const text = blocks.map((block) => blockPlainText(block) ?? "").join(" ");
  if (text.includes(points.items[0]!)) return blocks;
  // The points are this article's facts, which its text tells again ("Gusts of 90mph recorded at
  // Capel Curig" / "A gust of 90mph was recorded at Capel Curig"), not a box of other stories' headlines.
  const told = new Set(longWordsOf(text));
  const echoed = points.items.filter((item) => longWordsOf(item).filter((word) => told.has(word)).length >= 2).length;
  if (echoed * 2 < points.items.length) return blocks;
  // Under a photo that opens the article, over its text.
  const at = blocks.findIndex((block) => block.kind !== "figure");
  const box: Block[] = [{ kind: "heading", text: points.heading }, { kind: "list", items: points.items }];
  return at === -1 ? [...blocks, ...box] : [...blocks.slice(0, at), ...box, ...blocks.slice(at)];
}
