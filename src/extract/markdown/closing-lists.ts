/**
 * What a post closes (or opens) with that is not its text: a "Related posts" /
 * "See also" / "Voir aussi" list of links (the item's related links, as a
 * scrape's related list is), and a line of hashtags (`#garden/soil #howto`, as
 * Obsidian notes and blogs end, or open under the title: the item's tags). Both are taken out of the
 * body; a sign-off under the list (`— Jane`) stays where it is.
 */
import type { Token } from "markdown-it";
import type { RelatedLink } from "../../core/article";
import { squash } from "../../core/text";
import { isRelatedHeading } from "../scrape/rules/related";
import { inlineText } from "./inline-text";

/** Removes a closing related list from the tokens; returns its links. */
export function takeClosingRelated(tokens: Token[]): RelatedLink[] {
  const listEnd = lastListEnd(tokens);
  if (listEnd < 0) return [];
  const listStart = openingOf(tokens, listEnd);
  // Over the list, its heading: a heading, or a paragraph of its own ("See also:", "**Related posts**").
  const headingEnd = listStart - 1;
  const heading = tokens[headingEnd - 1];
  if (!heading || heading.type !== "inline" || !(tokens[headingEnd]!.type === "heading_close" || tokens[headingEnd]!.type === "paragraph_close")) return [];
  if (!isRelatedHeading(squash(inlineText(heading) ?? ""))) return [];
  const links: RelatedLink[] = [];
  for (let k = listStart + 1; k < listEnd; k++) {
    const token = tokens[k]!;
    // Each item's own text (list, item, paragraph, inline), not a nested list's.
    if (token.type !== "inline" || token.level !== tokens[listStart]!.level + 3) continue;
    const link = linkOf(token);
    if (!link) return [];
    links.push(link);
  }
  if (links.length === 0) return [];
  tokens.splice(headingEnd - 2, listEnd - headingEnd + 3);
  return links;
}

/** The end of the body's last list, when nothing but a short sign-off (`— Jane`) follows it at the top level. */
function lastListEnd(tokens: Token[]): number {
  let k = tokens.length - 1;
  // A sign-off: one short paragraph.
  if (tokens[k]?.type === "paragraph_close" && tokens[k - 1]?.type === "inline" && tokens[k - 1]!.content.length <= SIGN_OFF_CHARS && tokens[k - 2]?.type === "paragraph_open") k -= 3;
  const close = tokens[k];
  return close && close.level === 0 && (close.type === "bullet_list_close" || close.type === "ordered_list_close") ? k : -1;
}

/** Longest paragraph under a closing list read as the post's sign-off. */
const SIGN_OFF_CHARS = 40;

function openingOf(tokens: Token[], close: number): number {
  const openType = tokens[close]!.type.replace("_close", "_open");
  for (let k = close - 1; k >= 0; k--) if (tokens[k]!.type === openType && tokens[k]!.level === tokens[close]!.level) return k;
  return -1;
}

/** A list item's link: its text and address, or its text alone. */
function linkOf(inline: Token): RelatedLink | undefined {
  const title = squash(inlineText(inline) ?? "");
  if (!title || title.length > MAX_RELATED_TITLE) return undefined;
  const open = inline.children?.find((child) => child.type === "link_open");
  const href = open === undefined ? undefined : String(open.attrGet("href") ?? "");
  return href && /^https?:\/\//i.test(href) ? { title, url: href } : { title };
}

/** Longer than this, a list item is text, not a related headline. */
const MAX_RELATED_TITLE = 200;

/** Removes a closing paragraph of hashtags (`#garden/soil #howto`); returns the tags. */
export function takeClosingHashtags(tokens: Token[]): string[] {
  return takeHashtagParagraph(tokens, tokens.length - 3);
}

/** Removes an opening paragraph of hashtags (`#garden #compost`, as a note lists its tags under its title); returns the tags. */
export function takeOpeningHashtags(tokens: Token[]): string[] {
  return takeHashtagParagraph(tokens, 0);
}

/** The paragraph opening at `at`, when it is hashtags alone: taken out, its tags returned. */
function takeHashtagParagraph(tokens: Token[], at: number): string[] {
  if (at < 0 || tokens[at]?.type !== "paragraph_open" || tokens[at]!.level !== 0 || tokens[at + 1]?.type !== "inline" || tokens[at + 2]?.type !== "paragraph_close") return [];
  const text = tokens[at + 1]!.content.trim();
  if (!HASHTAG_LINE.test(text)) return [];
  tokens.splice(at, 3);
  return text.split(/\s+/).map((tag) => tag.slice(1));
}

/** Hashtags alone, Obsidian's nested ones too (`#garden/soil`): a letter first, so `#1` is no tag. */
const HASHTAG_LINE = /^#\p{L}[\p{L}\p{N}_/-]*(?:\s+#\p{L}[\p{L}\p{N}_/-]*)*$/u;
