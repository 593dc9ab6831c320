/**
 * The few DOM members the HTML parser uses, typed here so the project needs
 * no DOM lib (the worker's type check runs against the Workers types, whose
 * `Element` is HTMLRewriter's). linkedom's nodes satisfy these.
 */
import { parseHTML } from "linkedom";

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  readonly nextElementSibling: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  innerHTML: string;
  readonly outerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  getAttributeNames(): string[];
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
  remove(): void;
  cloneNode(deep: boolean): DomElement;
  after(...nodes: DomNode[]): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * Parses a whole page with linkedom (a light DOM: no layout, no scripts run).
 * linkedom does not build the implied `<html>`/`<body>` of the HTML standard,
 * so a page that leaves them out gets them here.
 */
export function parsePage(html: string): DomDocument {
  return parseHTML(withDocumentElements(html)).document as unknown as DomDocument;
}

function withDocumentElements(html: string): string {
  if (!/<html[\s>]/i.test(html)) return `<!doctype html><html><body>${html}</body></html>`;
  if (/<body[\s>]/i.test(html)) return html;
  const head = /<\/head\s*>/i.exec(html) ?? /<html[^>]*>/i.exec(html)!;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<body>${html.slice(at)}</body>`;
}

/** How deep elements nest under `root` (iteratively: a hostile page may nest thousands deep). */
export function nestingDepth(root: DomElement): number {
  let max = 0;
  const stack: [DomElement, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return max;
}

/** The page's article region: what holds the article (its headline, its text), whatever the extractor keeps. */
export const ARTICLE_REGION = "article, main, [itemprop=articleBody], [role=main]";

/**
 * A block of other stories by its class or id: "related", "read-more", "recommended", and WordPress
 * Jetpack's "jp-relatedposts", "related-posts", "relatedarticles". Their links are related links;
 * their dates are those stories'.
 */
// Glued inside a longer name too: Drupal's "block-views-blockrelated-news-block-1".
export const RELATED_CONTAINER =
  /(?:^|[\s_-])(?:related|read-?more|more-?stories|more-?articles|recommended|see-?also|also-?read)(?:$|[\s_-])|related[_-]?(?:posts?|articles?|stories|news|content|links)/i;

const BLOCK_IN_HEADING = new Set(["p", "div", "ul", "ol", "table", "blockquote", "figure", "section", "article"]);

/**
 * A heading left open (`<h1>Council vote delayed<p>The council voted…`) takes in the whole text
 * under it, as the HTML parser reads it: its blocks go back after the heading, which keeps its words.
 */
export function mendOpenHeadings(document: DomDocument): void {
  for (const heading of document.querySelectorAll("h1 > p, h2 > p, h1 > div, h2 > div")) {
    const open = heading.parentElement;
    if (!open || !/^h[12]$/.test(open.localName)) continue;
    const nodes = Array.from(open.childNodes);
    const first = nodes.findIndex((node) => isElement(node) && BLOCK_IN_HEADING.has(node.localName));
    if (first > 0) open.after(...nodes.slice(first));
  }
}

