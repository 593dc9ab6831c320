/**
 * Related links from a page's "related" / "read more" lists: found by the
 * list's class or id, or by a heading that introduces it. Read from the whole
 * page before extraction, because the extractor drops most such lists.
 */
import { isRelatedHeading as isRelatedHeadingLine } from "../../scrape/rules/related";
import type { RelatedLink } from "../../../core/article";
import { squash } from "../../../core/text";
import { RELATED_CONTAINER, type DomDocument, type DomElement } from "./dom";
import { httpUrl } from "./metadata";

const MAX_RELATED = 8;
/** Shorter anchor texts are section names and buttons, not headlines. */
const MIN_TITLE_LENGTH = 15;

export function readRelated(document: DomDocument, pageUrl: string | undefined): RelatedLink[] {
  const containers: DomElement[] = [];
  for (const el of document.querySelectorAll("[class], [id]")) {
    const label = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (RELATED_CONTAINER.test(label) && !containers.some((c) => containsNode(c, el))) containers.push(el);
  }
  for (const heading of document.querySelectorAll("h2, h3, h4, h5, strong, p")) {
    if (!isRelatedHeading(heading.textContent ?? "")) continue;
    const list = heading.nextElementSibling ?? heading.parentElement?.nextElementSibling;
    if (list) containers.push(list);
  }
  const links: RelatedLink[] = [];
  const seen = new Set<string>(pageUrl ? [pageUrl] : []);
  for (const container of containers) {
    for (const a of container.querySelectorAll("a[href]")) {
      const title = squash(a.textContent ?? "");
      const url = httpUrl(a.getAttribute("href"), pageUrl);
      if (!url || title.length < MIN_TITLE_LENGTH || seen.has(url)) continue;
      seen.add(url);
      links.push({ title, url });
      if (links.length >= MAX_RELATED) return links;
    }
  }
  return links;
}

/** True when the text is a heading that introduces related links. */
export function isRelatedHeading(text: string): boolean {
  return isRelatedHeadingLine(squash(text));
}

function containsNode(outer: DomElement, inner: DomElement): boolean {
  for (let node: DomElement | null = inner; node; node = node.parentElement) if (node === outer) return true;
  return false;
}
