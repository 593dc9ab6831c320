/**
 * A cheap exact pretest in front of linkify-it's `test`, which markdown-it runs
 * on every paragraph: it scans the whole text with a regex built from Unicode
 * punctuation classes (about 2 µs a paragraph, a tenth of a Markdown parse),
 * though most paragraphs hold no link at all.
 *
 * With linkify-it's default schemas and options (fuzzy e-mail on, fuzzy links
 * off) every link it finds holds `//` or `@`: `http:`, `https:` and `ftp:` are
 * links only when `//` follows, the schema-less form is `//host`, and `mailto:`
 * and fuzzy e-mail need `name@host`. Text with neither is answered without the
 * scan; any other text goes to `test` itself.
 */
import type { MarkdownIt } from "markdown-it";

// linkify-it is markdown-it's dependency, not ours: its type comes through markdown-it.
type LinkifyIt = MarkdownIt["linkify"];

/** False only for text in which linkify-it (default schemas, no fuzzy links) can find no link. */
export function mayHoldLink(text: string): boolean {
  return text.includes("//") || text.includes("@");
}

/**
 * Puts the pretest in front of `linkify.test`. Fuzzy links (`example.com`
 * without a schema) need no marker at all, so with them on it is left out.
 */
export function addLinkPretest(linkify: LinkifyIt): void {
  if (linkify.__opts__.fuzzyLink) return;
  const test = linkify.test.bind(linkify);
  linkify.test = (text: string) => mayHoldLink(text) && test(text);
}
