/**
 * Obsidian's and other note apps' wiki links, as notes published from them
 * are written: `[[Target]]` and `[[Target|shown text]]` are their text
 * (the target is another note, with no address on the site), `[[Note#Part]]`
 * its note's name; `![[photo.png]]` embeds an image, `![[Other note]]`
 * another note, which is left out. Without this, the brackets stand in the
 * text and the summary. Written by hand: markdown-it's wiki-link plugins
 * make links to pages this site does not have.
 */
import type { MarkdownIt, StateCore, StateInline } from "markdown-it";
import { isImagePath } from "../../core/media-types";

export function useWikiLinks(markdown: MarkdownIt): void {
  markdown.inline.ruler.before("link", "wiki_link", wikiLink);
  markdown.inline.ruler.before("image", "wiki_embed", wikiLink);
  markdown.core.ruler.after("inline", "callout_marker", calloutMarkers);
}

/** A callout's marker opening a quote: `> [!warning] Careful`, `> [!tip]-`. */
const CALLOUT_MARKER = /^\[![\w-]+\][+-]?[ \t]*/;

/**
 * Obsidian's callouts (and GitHub's alerts) are quotes whose first line names
 * their kind (`> [!note] Title`, `> [!WARNING]`): the quote is kept, the
 * marker left out, and the title (else the kind's name) set in bold as the
 * callout shows it.
 */
function calloutMarkers(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.type !== "blockquote_open" || tokens[i + 1]!.type !== "paragraph_open" || tokens[i + 2]!.type !== "inline") continue;
    const children = tokens[i + 2]!.children;
    const first = children?.[0];
    if (!children || first?.type !== "text") continue;
    const marker = CALLOUT_MARKER.exec(first.content);
    if (!marker) continue;
    first.content = first.content.slice(marker[0].length);
    // The title runs to the end of the first line.
    const lineEnd = children.findIndex((child) => child.type === "softbreak" || child.type === "hardbreak");
    let titleLength = lineEnd < 0 ? children.length : lineEnd;
    // Without a title of its own, the callout (and GitHub's alert, `> [!WARNING]`) shows its kind: "Warning".
    if (children.slice(0, titleLength).every((child) => child.type === "text" && !child.content.trim())) {
      const kindName = new state.Token("text", "", 0);
      kindName.content = calloutKindName(marker[0]);
      children.splice(0, titleLength, kindName);
      titleLength = 1;
    }
    const strongOpen = new state.Token("strong_open", "strong", 1);
    const strongClose = new state.Token("strong_close", "strong", -1);
    children.splice(titleLength, 0, strongClose);
    children.splice(0, 0, strongOpen);
  }
}

/** `[!warning]` → "Warning", `[!WARNING]` → "Warning", `[!fun-fact]` → "Fun fact". */
function calloutKindName(marker: string): string {
  const kind = /^\[!([\w-]+)\]/.exec(marker)![1]!.replace(/[-_]+/g, " ").toLowerCase();
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

function wikiLink(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  let pos = state.pos;
  const embed = src.charCodeAt(pos) === 0x21; /* ! */
  if (embed) pos++;
  if (src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) !== 0x5b) return false;
  // The closing `]]` on the same line, with no bracket or code span before it: scanned only that far,
  // so a paragraph of many `[[` stays linear.
  let close = -1;
  for (let i = pos + 2; i + 1 < state.posMax; i++) {
    const code = src.charCodeAt(i);
    if (code === 0x5d /* ] */) {
      if (src.charCodeAt(i + 1) === 0x5d) close = i;
      break;
    }
    if (code === 0x0a /* \n */ || code === 0x5b /* [ */ || code === 0x60 /* ` */) break;
  }
  if (close < 0) return false;
  // `[[note]](https://…)`, `[[note]][ref]`: a Markdown link whose text is in brackets.
  const after = src.charCodeAt(close + 2);
  if (after === 0x28 /* ( */ || after === 0x5b /* [ */) return false;
  const inner = src.slice(pos + 2, close);
  if (!inner.trim()) return false;
  if (!silent) {
    const bar = inner.indexOf("|");
    const target = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const shown = bar < 0 ? undefined : inner.slice(bar + 1).trim();
    if (embed && isImagePath(target)) {
      // `![[photo.png|300]]` gives a width, not words.
      const alt = shown && !/^\d+(?:x\d+)?$/.test(shown) ? shown : "";
      const token = state.push("image", "img", 0);
      token.attrs = [["src", encodeURI(target)], ["alt", ""]];
      const text = new state.Token("text", "", 0);
      text.content = alt;
      token.children = alt ? [text] : [];
      token.content = alt;
    } else if (!embed) {
      const token = state.push("text", "", 0);
      token.content = shown || target.replace(/#\^?/, " › ").replace(/^ › /, "");
    }
  }
  state.pos = close + 2;
  return true;
}
