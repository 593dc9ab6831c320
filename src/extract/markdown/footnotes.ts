/**
 * Footnotes (`text.[^1]` … `[^1]: the note`) with markdown-it-footnote,
 * rendered as plain markup: a superscript number where the note is called
 * and a numbered list at the end. The plugin's own markup links the two by
 * `id`s that the sanitiser drops and feed readers strip, which would leave
 * links to nowhere; a number and a list read the same everywhere.
 */
/// <reference path="./markdown-it-footnote.d.ts" />
import type { MarkdownIt, Renderer, Token } from "markdown-it";
import footnote from "markdown-it-footnote";

const number = (token: Token) => String(Number(token.meta?.id) + 1);

const PLAIN_RULES: Renderer["rules"] = {
  footnote_ref: (tokens, idx) => `<sup>${number(tokens[idx]!)}</sup>`,
  footnote_block_open: () => "<hr>\n<ol>\n",
  footnote_block_close: () => "</ol>\n",
  footnote_open: () => "<li>",
  footnote_close: () => "</li>\n",
  footnote_anchor: () => "",
};

export function useFootnotes(markdown: MarkdownIt): void {
  markdown.use(footnote);
  Object.assign(markdown.renderer.rules, PLAIN_RULES);
}
