/** The plain text of markdown-it's inline tokens, for leads, bylines and captions. */
import type { Token } from "markdown-it";
import { squash } from "../../core/text";

/** An inline token's plain text: emphasis and links reduced to their words, images and raw tags left out. */
export function inlineText(inline: Token, lineBreak = " "): string | undefined {
  if (!inline.children) return undefined;
  let text = "";
  // Inside an inline <script> or <style> the text is code, which the sanitiser drops from the body: so does the summary.
  let hiddenUntil: string | undefined;
  for (const child of inline.children) {
    if (child.type === "html_inline") {
      const tag = child.content.toLowerCase();
      if (hiddenUntil !== undefined) {
        if (tag.startsWith(hiddenUntil)) hiddenUntil = undefined;
      } else {
        const opened = HIDDEN_CONTENT.exec(tag);
        if (opened && !tag.endsWith("/>")) hiddenUntil = `</${opened[1]}`;
      }
      continue;
    }
    if (hiddenUntil !== undefined) continue;
    text += child.type === "softbreak" || child.type === "hardbreak" ? lineBreak : child.type === "image" ? "" : child.content;
  }
  return squash(text) || undefined;
}

/** Elements whose content is no text a reader sees. */
const HIDDEN_CONTENT = /^<(script|style|template|noscript|textarea|iframe|object)\b/;
