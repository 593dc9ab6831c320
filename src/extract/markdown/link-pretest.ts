/**
 * Cheap exact pretests in front of markdown-it's linkify, which otherwise scans
 * every paragraph with linkify-it's `test`: a regex built from Unicode
 * punctuation classes (about 2 µs a paragraph), then a long URL regex on each
 * `http:` it meets, Markdown links' own URLs included (which linkify leaves
 * alone): together a sixth of a Markdown parse, though most text holds no link.
 *
 * With linkify-it's default schemas and options (fuzzy e-mail on, fuzzy links
 * off) every link it finds holds `//` or `@`: `http:`, `https:` and `ftp:` are
 * links only when `//` follows, the schema-less form is `//host`, and `mailto:`
 * and fuzzy e-mail need `name@host`.
 */
import type { MarkdownIt, Token } from "markdown-it";

// linkify-it is markdown-it's dependency, not ours: its type comes through markdown-it.
type LinkifyIt = MarkdownIt["linkify"];

/** False only for text in which linkify-it (default schemas, no fuzzy links) can find no link. */
export function mayHoldLink(text: string): boolean {
  return text.includes("//") || text.includes("@");
}

/**
 * Puts the pretests in front of markdown-it's linkify. Fuzzy links
 * (`example.com` without a schema) need no marker at all, so with them on
 * nothing is changed.
 */
export function addLinkPretests(markdown: MarkdownIt): void {
  if (markdown.linkify.__opts__.fuzzyLink) return;
  pretestLinkify(markdown.linkify);
  // The linkify rule turns into links only the text tokens in which `test` finds
  // one, so a document none of whose text tokens may hold one is left as it is.
  const linkifyRule = markdown.core.ruler.__rules__.find((rule) => rule.name === "linkify")?.fn;
  if (!linkifyRule) return;
  markdown.core.ruler.at("linkify", (state) => {
    if (state.tokens.some(hasTextThatMayHoldLink)) linkifyRule(state);
  });
}

/** Answers linkify-it's `test` without its scan for text that cannot hold a link. */
export function pretestLinkify(linkify: LinkifyIt): void {
  const test = linkify.test.bind(linkify);
  linkify.test = (text: string) => mayHoldLink(text) && test(text);
}

function hasTextThatMayHoldLink(token: Token): boolean {
  return token.type === "inline" && token.children!.some((child) => child.type === "text" && mayHoldLink(child.content));
}
