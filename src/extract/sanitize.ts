/**
 * Allow-list HTML sanitiser for Markdown articles, which may carry raw HTML.
 * js-xss (`xss`) is pure JavaScript, so it runs wherever the loader runs
 * (Node, the build step, workerd). Only plain structural and inline elements
 * survive; no scripts, frames, objects, styles, event handlers or forms, and
 * links and images only with http(s), mailto or relative URLs.
 */
import { decodeHTMLAttribute } from "entities/decode";
import xss from "xss";

// xss is CommonJS: Node's ESM loader exposes only its default export, which
// carries the named ones (its typings declare them as named exports).
const { FilterXSS, friendlyAttrValue, escapeAttrValue } = xss as unknown as typeof import("xss");

const TEXT: string[] = [];
const ALLOWED: Record<string, string[]> = {
  a: ["href", "title"], abbr: ["title"], b: TEXT, blockquote: ["cite"], br: TEXT, caption: TEXT, cite: TEXT,
  code: TEXT, dd: TEXT, del: TEXT, details: TEXT, dfn: TEXT, div: TEXT, dl: TEXT, dt: TEXT, em: TEXT,
  figcaption: TEXT, figure: TEXT, h1: TEXT, h2: TEXT, h3: TEXT, h4: TEXT, h5: TEXT, h6: TEXT, hr: TEXT, i: TEXT,
  img: ["src", "alt", "title", "width", "height"], ins: TEXT, kbd: TEXT, li: TEXT, mark: TEXT, ol: ["start"],
  p: TEXT, pre: TEXT, q: ["cite"], s: TEXT, samp: TEXT, small: TEXT, span: TEXT, strong: TEXT, sub: TEXT,
  summary: TEXT, sup: TEXT, table: TEXT, tbody: TEXT, td: ["colspan", "rowspan"], tfoot: TEXT,
  th: ["colspan", "rowspan", "scope"], thead: TEXT, time: ["datetime"], tr: TEXT, u: TEXT, ul: TEXT,
};
const URL_ATTRIBUTES = new Set(["href", "src", "cite"]);
// Elements whose content is not text for a reader and goes with them.
const DROP_WITH_CONTENT = ["script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "textarea", "select", "button", "form", "frameset", "frame", "applet", "noembed", "xmp"];

/** An http(s), mailto, fragment or relative URL; anything with another scheme is refused. */
export function isSafeUrl(raw: string): boolean {
  // Decode character references as a browser does in an attribute, named ones
  // included (js-xss decodes only numeric ones, `&colon;` and `&newline;`, and
  // let `java&Tab;script:` through), then drop the whitespace and control
  // characters browsers ignore ("java&#x09;script:").
  const value = decodeHTMLAttribute(friendlyAttrValue(raw)).replace(/[\u0000-\u0020\u007f-\u009f]+/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  return !scheme || ["http", "https", "mailto"].includes(scheme[1]!.toLowerCase());
}

const filter = new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  stripIgnoreTagBody: DROP_WITH_CONTENT,
  allowCommentTag: false,
  css: false,
  onTagAttr(tag: string, name: string, value: string) {
    if (!ALLOWED[tag]?.includes(name)) return "";
    if (URL_ATTRIBUTES.has(name) && !isSafeUrl(value)) return "";
    return `${name}="${escapeAttrValue(friendlyAttrValue(value))}"`;
  },
});

export function sanitizeHtml(html: string): string {
  return withoutRemovedMarks(html, filter.process(html));
}

// A tag other than an allowed one without attributes (`<p>`, `</em>`): one that js-xss may change.
const TAG_TO_CHECK = new RegExp(`<(?!/?(?:${Object.keys(ALLOWED).join("|")})>)[^>]*>`, "g");
const TAG_NAME = /^<\/?([a-z][a-z0-9]*)(?:>$| )/;
const WHOLE_TAG = /<[^<>]*>/g;
const STRAY_ANGLE = /[<>]/;

/**
 * sanitizeHtml for HTML whose every `<` and `>` belongs to a tag and whose
 * attribute values are double-quoted with `"` escaped, as markdown-it renders
 * Markdown without raw HTML. js-xss then leaves the text between tags as it is
 * and reads each allowed tag on its own, keeping those without attributes as
 * they are; so it is given only the tags with attributes rather than the whole
 * text: the same result in a fraction of the time. A tag it would drop sends
 * the whole text to sanitizeHtml.
 */
export function sanitizeEscapedHtml(html: string): string {
  // A `<` outside a whole tag (`<img src=x onerror=…` with no `>`) breaks the premise: the whole text goes to js-xss.
  if (STRAY_ANGLE.test(html.replace(WHOLE_TAG, ""))) return sanitizeHtml(html);
  let unusual = false;
  const clean = html.replace(TAG_TO_CHECK, (tag) => {
    const name = TAG_NAME.exec(tag)?.[1];
    if (name === undefined || !Object.hasOwn(ALLOWED, name)) unusual = true;
    return filter.process(tag);
  });
  return unusual ? sanitizeHtml(html) : withoutRemovedMarks(html, clean);
}

/** js-xss marks some dropped nested blocks (<svg><script>) with "[removed]". */
function withoutRemovedMarks(html: string, clean: string): string {
  return html.includes("[removed]") ? clean : clean.replaceAll("[removed]", "");
}
