/** The plain text of markdown-it's inline tokens, for leads, bylines and captions. */
import type { Token } from "markdown-it";
import { squash } from "../../core/text";

/** An inline token's plain text: emphasis and links reduced to their words, images and raw tags left out. */
export function inlineText(inline: Token): string | undefined {
  if (!inline.children) return undefined;
  const text = inline.children
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.type === "image" || child.type === "html_inline" ? "" : child.content))
    .join("");
  return squash(text) || undefined;
}
