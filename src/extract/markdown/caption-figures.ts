/**
 * Photos with their captions as Markdown writers set them: an image, and an
 * italic line under it (on the next line or in the next paragraph), become a
 * `<figure>` with a `<figcaption>`.
 */
import type { Token } from "markdown-it";
import { decodeHTML } from "entities/decode";
import { squash } from "../../core/text";
import { inlineText } from "./inline-text";

/**
 * An image with an italic line under it, in its paragraph or the next
 * (`![The pier](pier.jpg)` then `*The pier at dawn. Photo: Jane Doe*`), is a
 * photo and its caption, as writers mean it: the paragraph becomes a
 * `<figure>` with a `<figcaption>`. Returns the captions' text, in order.
 */
export function captionImages(tokens: Token[]): string[] {
  const captions: string[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.type !== "paragraph_open" || tokens[i + 1]!.type !== "inline") continue;
    const children = tokens[i + 1]!.children ?? [];
    // Most paragraphs are text: one look at the first token spares them the rest.
    if (children[0]?.type !== "image") continue;
    // The image and its caption in one paragraph, a line apart.
    const split = children.findIndex((child) => child.type === "softbreak" || child.type === "hardbreak");
    const below = split > 0 && isImagesOnly(children.slice(0, split)) ? emphasisInside(children.slice(split + 1)) : undefined;
    if (below) {
      captions.push(asFigure(tokens, i, 3, children.slice(0, split), below));
      i += 5;
      continue;
    }
    // The image's paragraph, then a `<figcaption>` of raw HTML on its own, as hand-written Jekyll posts set one.
    const loose = isImagesOnly(children) && tokens[i + 3]?.type === "html_block" ? LOOSE_FIGCAPTION.exec(tokens[i + 3]!.content.trim()) : null;
    const looseText = loose ? squash(decodeHTML(loose[1]!.replace(/<[^>]*>/g, " "))) : "";
    if (looseText) {
      const Token = tokens[i]!.constructor as new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;
      captions.push(asFigure(tokens, i, 4, children, [Object.assign(new Token("text", "", 0), { content: looseText })]));
      i += 5;
      continue;
    }
    // The image's paragraph, then the caption's.
    const next = tokens[i + 3];
    if (isImagesOnly(children) && next?.type === "paragraph_open" && tokens[i + 4]?.type === "inline") {
      const inside = emphasisInside(tokens[i + 4]!.children ?? []);
      if (inside) {
        captions.push(asFigure(tokens, i, 6, children, inside));
        i += 5;
      }
    }
  }
  return captions;
}

/** Rewrites the `count` tokens at `at` (the paragraphs of image and caption) as figure, images, figcaption; returns the caption's text. */
function asFigure(tokens: Token[], at: number, count: number, images: Token[], caption: Token[]): string {
  const Token = tokens[at]!.constructor as new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;
  const open = (tag: string) => Object.assign(new Token("paragraph_open", tag, 1), { block: true });
  const close = (tag: string) => Object.assign(new Token("paragraph_close", tag, -1), { block: true });
  const inline = (children: Token[]) => Object.assign(new Token("inline", "", 0), { children, content: "" });
  const figure = [open("figure"), inline(images), open("figcaption"), inline(caption), close("figcaption"), close("figure")];
  tokens.splice(at, count, ...figure);
  return inlineText(inline(caption)) ?? "";
}

/** A paragraph's inline tokens that are images and nothing else (line breaks and blanks aside). */
export function isImagesOnly(children: Token[]): boolean {
  const shown = children.filter((c) => !(c.type === "softbreak" || (c.type === "text" && !c.content.trim())));
  return shown.length > 0 && shown.every((c) => c.type === "image");
}

/**
 * What one italic span holds, when the tokens are that span and nothing else
 * and it reads as a caption: bold under an image is a heading set in bold
 * ("**Ingredients**"), and a labelled note ("*Update: …*") is a note.
 */
function emphasisInside(children: Token[]): Token[] | undefined {
  const shown = children.filter((c) => !(c.type === "text" && !c.content.trim()));
  const [first, ...rest] = shown;
  // "Figure 1: The main hall", "Photo: Jane Doe": a caption by its label, italic or not.
  if (first?.type === "text" && CAPTION_LABEL.test(first.content.slice(0, 40)) && !shown.some((c) => c.type === "softbreak" || c.type === "hardbreak")) return shown;
  const last = rest[rest.length - 1];
  if (!first || !last || first.type !== "em_open" || last.type !== "em_close") return undefined;
  const inside = rest.slice(0, -1);
  if (inside.some((c) => c.type === "em_open")) return undefined;
  const text = inlineText(Object.assign(Object.create(first), { children: inside }));
  return !text || NOTE_LABEL.test(text) ? undefined : inside;
}

/** A `<figcaption>` alone, outside any `<figure>`: the caption of the image above it. */
const LOOSE_FIGCAPTION = /^<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>$/i;

/** A caption's label: "Figure 1:", "Fig. 2 –", "Photo:", "Caption:". */
const CAPTION_LABEL = /^(?:figure|fig\.|photo|photograph|image|caption|abbildung|abb\.|illustration)(?:\s*\d+)?\s*[:.–—-]\s+\S/i;

/** The captions raw HTML in the Markdown gives its photos: each `<figcaption>` in an HTML block, as text. */
export function htmlFigureCaptions(tokens: Token[]): string[] {
  const captions: string[] = [];
  for (const token of tokens) {
    if (token.type !== "html_block") continue;
    // Found with indexOf, each tag once: a run of unclosed tags costs no more than the text.
    const html = token.content;
    const lower = html.toLowerCase();
    for (let open = lower.indexOf("<figcaption"); open !== -1; ) {
      const start = lower.indexOf(">", open);
      const close = start === -1 ? -1 : lower.indexOf("</figcaption>", start);
      if (close === -1) break;
      const next = lower.indexOf("<figcaption", open + 1);
      // A caption opened again before this one closes: the inner one is the caption.
      if (next !== -1 && next < close) {
        open = next;
        continue;
      }
      const text = squash(decodeHTML(html.slice(start + 1, close).replace(/<[^>]*>/g, " ")));
      if (text) captions.push(text);
      open = lower.indexOf("<figcaption", close);
    }
  }
  return captions;
}

/** A note's label opening an italic line: "Update:", "Editor's note:", "Correction:". */
const NOTE_LABEL = /^(?:update|updated|edit|note|editor['’]s note|correction|disclosure|disclaimer)\b[^:]{0,20}:/i;
