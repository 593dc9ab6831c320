/**
 * Syntax that note apps and documentation generators add to Markdown, read
 * as their sites show it: Obsidian's private comments (`%%…%%`, never
 * published) and highlights (`==text==`), Docusaurus's admonitions
 * (`:::tip Title` … `:::`, a titled box), Pandoc's and Quarto's fenced divs
 * (`::: {.callout-note title="…"}` … `:::`, a box; another class, a layout
 * container whose fences go), MkDocs's admonitions (`!!! note "Title"` or
 * `??? tip` over their indented text) and MDX's module lines and
 * components (`import X from "…"`, `<YouTube id="…" />`, `<Callout
 * title="…">`). Left as written, readers would see the marks, and a private
 * comment would be published. Written by hand: the libraries that read these
 * (remark plugins, MDX's compiler) need a whole other Markdown pipeline and,
 * for MDX, the site's components.
 *
 * Code is left alone: fenced blocks and code spans, where a post about these tools shows them.
 */
import { isImagePath } from "../../core/media-types";
import { tagAttribute } from "../tag-attribute";
import { CODE_SPAN, FENCE } from "./template-tags";

/** Whether the text may hold any of this syntax: most files do not, and are not walked. */
const MAY_HOLD = /%%|==|^ {0,3}:::|^(?:!!!|\?\?\?)|^import\s|^export\s|<[A-Z]|=\{/m;

export function withNoteSyntaxRead(body: string): string {
  if (!MAY_HOLD.test(body)) return body;
  const out: string[] = [];
  let fence: string | undefined;
  /** Inside a `%%` comment that spans lines. */
  let comment = false;
  /** The fenced divs open (`:::` … `:::`), innermost last: true for a box, whose lines are a quote's; false for a container. */
  const divs: boolean[] = [];
  /** Inside an MkDocs admonition: its indented lines are a quote's, unindented. */
  let indentedBox = false;
  /** Fenced divs open inside a div the page never shows (its own included). */
  let hiddenDepth = 0;
  /** Brackets an MDX module statement left open (`export const data = [`): its lines go with it. */
  let moduleDepth = 0;
  /** Images an MDX file imports by name (`import hero from "./hero.jpg"`), for the components that show them. */
  const images = new Map<string, string>();
  for (const line of body.split("\n")) {
    if (hiddenDepth > 0) {
      if (FENCED_DIV_OPEN.test(line) || OTHER_DIV_OPEN.test(line)) hiddenDepth++;
      else if (ADMONITION_CLOSE.test(line)) hiddenDepth--;
      continue;
    }
    const admonition = divs.includes(true);
    if (indentedBox) {
      // The box runs over its indented lines and the blank lines between them.
      if (!line.trim() || INDENTED.test(line)) {
        out.push(line.trim() ? `> ${line.replace(INDENTED, "")}` : ">");
        continue;
      }
      indentedBox = false;
      out.push("");
    }
    if (moduleDepth > 0) {
      moduleDepth += bracketBalance(line);
      continue;
    }
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      out.push(admonition ? `> ${line}` : line);
      continue;
    }
    if (comment) {
      const end = line.indexOf("%%");
      if (end < 0) continue;
      comment = false;
      const rest = line.slice(end + 2);
      if (rest.trim()) out.push(readLine(rest, images));
      continue;
    }
    if (marker) {
      fence = marker;
      out.push(admonition ? `> ${line}` : line);
      continue;
    }
    const opens = ADMONITION_OPEN.exec(line);
    if (opens) {
      // A box inside a box is set in the outer one's quote, its title in bold.
      divs.push(true);
      const title = (opens[2] ?? opens[3] ?? "").trim() || capitalised(opens[1]!);
      out.push(...boxOpening(title, admonition));
      continue;
    }
    const div = FENCED_DIV_OPEN.exec(line);
    // A div whose text the site never shows on its page: speaker notes, hidden content, another format's ("::: {.notes}",
    // "::: {.content-hidden}", "::: {.content-visible when-format=\"pdf\"}"): its lines go, to its closing fence.
    if (div && HIDDEN_DIV.test(div[1]!)) {
      hiddenDepth = 1;
      continue;
    }
    if (div) {
      const callout = CALLOUT_CLASS.exec(div[1]!);
      if (callout) {
        const title = tagAttribute(` ${div[1]!}`, "title") ?? capitalised(callout[1]!);
        out.push(...boxOpening(title, admonition));
      }
      divs.push(callout !== null);
      continue;
    }
    if (divs.length && ADMONITION_CLOSE.test(line)) {
      const box = divs.pop()!;
      if (box && !divs.includes(true)) out.push("");
      continue;
    }
    const indented = INDENTED_BOX_OPEN.exec(line);
    if (indented && !admonition) {
      indentedBox = true;
      // `!!! note ""`: a box with no title.
      const title = indented[2] !== undefined ? indented[2] : capitalised(indented[1]!);
      out.push(...(title ? [`> **${title}**`, ">"] : []));
      continue;
    }
    // An MDX file's module lines: what it imports and exports is code for its site, no text; a statement
    // that opens brackets runs on to the line that closes them (`export const data = [` … `];`).
    if (MDX_MODULE_LINE.test(line) || MDX_MODULE_OPENING.test(line)) {
      const image = IMAGE_IMPORT.exec(line);
      if (image && isImagePath(image[2]!)) images.set(image[1]!, image[2]!);
      moduleDepth = Math.max(0, bracketBalance(line));
      continue;
    }
    // "%% a note to self %%" within the line; one that does not close here runs on to the line that closes it.
    // Not inside a code span: `echo 100%%` shows its signs.
    let text = withoutInlineComments(line);
    const open = outsideCodeSpans(text).indexOf("%%");
    if (open >= 0 && !text.slice(0, open).endsWith("\\")) {
      comment = true;
      text = text.slice(0, open);
      if (!text.trim()) continue;
    }
    const read = readLine(text, images);
    // A line that was only a component's tag (`<Callout title="…">`'s close, an unknown `<Chart />`) goes whole.
    if (read.trim() || !line.trim()) out.push(admonition ? `> ${read}` : read);
  }
  return out.join("\n");
}

/** `:::tip Title`, `:::warning[Title]`, `:::note`: a Docusaurus admonition opening. */
const ADMONITION_OPEN = /^ {0,3}:::\s*(note|tip|info|caution|warning|danger|important|success|secondary)(?:\[([^\]]*)\]|\s+(.+))?\s*$/i;
const ADMONITION_CLOSE = /^ {0,3}:{3,}\s*$/;
/** `::: {.callout-note title="Limitations"}`, `:::: {.columns}`: a Pandoc or Quarto fenced div, its attributes in braces. */
const FENCED_DIV_OPEN = /^ {0,3}:{3,}\s*\{([^{}]*)\}\s*(?::{3,}\s*)?$/;
/** A fenced div that opens without braces (`::: note`, `:::: columns`): counted inside a hidden one, to its own close. */
const OTHER_DIV_OPEN = /^ {0,3}:{3,}\s*[A-Za-z][\w-]*/;
/** A div the page never shows: speaker notes, hidden content, content for another format than HTML. */
const HIDDEN_DIV = /(?:^|\s)\.(?:notes|content-hidden|hidden)(?=\s|$)|\.content-visible\b[^}]*\bwhen-format\s*=\s*["']?(?!html)\w|\.content-hidden\b/;
/** A fenced div that is a box: Quarto's callouts (`.callout-tip`), or a class an admonition's kind names (`.note`, `.warning`). */
const CALLOUT_CLASS = /(?:^|\s)\.(?:callout-)?(note|tip|info|caution|warning|danger|important|success|hint|attention|error)(?=\s|$)/i;
/** `!!! note "Why not cancel it?"`, `??? info`, `???+ tip ""`: an MkDocs admonition over its indented text (`???` folds it, open with `+`). */
// Its kind is one of MkDocs's ("!!! Important update" is a paragraph), with its placement after it at most ("inline end").
const INDENTED_BOX_OPEN = /^(?:!!!|\?\?\?\+?)\s+(note|abstract|summary|tldr|info|todo|tip|hint|important|success|check|done|question|help|faq|warning|caution|attention|failure|fail|missing|danger|error|bug|example|quote|cite|seealso|see-also)(?:\s+(?:inline|end))*(?:\s+"([^"]*)")?\s*$/i;
/** Four spaces or a tab in: a line of an MkDocs admonition's text. */
const INDENTED = /^(?: {4}|\t)/;
/** `import Chart from "./chart";`, `import "./styles.css";`, `export const meta = { … };` alone on their lines. */
const MDX_MODULE_LINE = /^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?["'][^"']+["'];?|export\s+(?:const|let|var|function|default)\b.*)\s*$/;
/** A module statement that leaves brackets open on its line: `export const data = [`, `import {`. */
const MDX_MODULE_OPENING = /^(?:export\s+(?:const|let|var|function|default)\b|import\s*\{[^}]*$)/;
/** `import hero from "./hero.jpg";`: an image the file's components name (`<Image src={hero} … />`). */
const IMAGE_IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+["']([^"']+)["']/;
const INLINE_COMMENT = /%%[^%\n]*?%%/g;

/** The line with its code spans blanked out, character for character: where `%%` stands outside them. */
function outsideCodeSpans(line: string): string {
  return line.includes("`") ? line.replace(CODE_SPAN, (span) => " ".repeat(span.length)) : line;
}

/** The line without its `%% … %%` comments, those inside code spans kept as written. */
function withoutInlineComments(line: string): string {
  if (!line.includes("%%")) return line;
  const masked = outsideCodeSpans(line);
  let out = "";
  let at = 0;
  for (const m of masked.matchAll(INLINE_COMMENT)) {
    out += line.slice(at, m.index);
    at = m.index! + m[0].length;
  }
  return out + line.slice(at);
}

/** Brackets a line opens less those it closes (strings are not told apart: module code seldom quotes a bracket). */
function bracketBalance(line: string): number {
  let depth = 0;
  for (const ch of line) {
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
  }
  return depth;
}

/** A line's highlights and components, read. */
function readLine(text: string, images: ReadonlyMap<string, string>): string {
  if (!text.includes("==") && !text.includes("<") && !text.includes("={")) return text;
  return text
    .replace(HIGHLIGHT, "<mark>$1</mark>")
    // `<img src={gaugeDiagram} />`: the image the file imported by that name, else the site's code, nothing to show.
    .replace(JSX_EXPRESSION_IMAGE, (tag: string) => importedImage(tag, images))
    .replace(SELF_CLOSING_COMPONENT, (tag: string, name: string, attributes: string) => (/^(?:Image|Picture|Img)$/.test(name) ? importedImage(tag, images) : selfClosing(name, attributes)))
    .replace(OPENING_COMPONENT, (_, attributes: string) => titleOf(attributes))
    .replace(CLOSING_COMPONENT, "");
}

/** `==text==`, Obsidian's highlight (not `a == b`: no space inside the marks). */
const HIGHLIGHT = /==([^=\s](?:[^=\n]*?[^=\s])?)==/g;
const JSX_EXPRESSION_IMAGE = /<img\b[^>]*=\{[^}]*\}[^>]*\/?>/g;
/** `<YouTube id="…" />`, `<Chart data={…} />`: a component by its capital, closed in its own tag. */
// A component's name is a JSX name (`Callout`, `Tabs.Item`) right before a space, a slash or the tag's end:
// `<JaVaScRiPt:alert(1)>` and `<Https://…>` are none.
const SELF_CLOSING_COMPONENT = /<([A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*)(?=[\s/])([^<>]*?)\/>/g;
const OPENING_COMPONENT = /<[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*(?=[\s>])([^<>]*)>/g;
const CLOSING_COMPONENT = /<\/[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*\s*>/g;

/** A video component as a link to its video; any other, whose output is the site's, shows nothing. */
function selfClosing(name: string, attributes: string): string {
  if (/^youtube(?:embed|video)?$/i.test(name)) {
    const id = tagAttribute(attributes, "youTubeId") ?? tagAttribute(attributes, "id") ?? tagAttribute(attributes, "videoId");
    return id ? `<https://www.youtube.com/watch?v=${encodeURIComponent(id)}>` : "";
  }
  if (/^vimeo$/i.test(name)) {
    const id = tagAttribute(attributes, "id") ?? tagAttribute(attributes, "videoId");
    return id ? `<https://vimeo.com/${encodeURIComponent(id)}>` : "";
  }
  return "";
}

/** An image tag or component whose `src` is an imported image's name, as Markdown's image; else nothing. */
function importedImage(tag: string, images: ReadonlyMap<string, string>): string {
  const name = /\ssrc\s*=\s*\{\s*([A-Za-z_$][\w$]*)\s*\}/.exec(tag)?.[1];
  const path = name === undefined ? undefined : images.get(name);
  if (!path) return "";
  const alt = tagAttribute(tag.replace(/^<\S+/, ""), "alt") ?? "";
  return `![${alt.replace(/[\\[\]]/g, "\\$&")}](<${path.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** A box component's title (`<Callout title="Mind the power supply">`), set in bold as the box shows it. */
function titleOf(attributes: string): string {
  const title = tagAttribute(attributes, "title");
  return title ? `**${title}** ` : "";
}

/** A box's title in bold opening its quote; inside another box, the title alone in the outer one's quote. */
function boxOpening(title: string, nested: boolean): string[] {
  return nested ? [`> **${title}**`] : [`> **${title}**`, ">"];
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}
