/**
 * Stage 0 for a lynx-style dump: a text browser numbers each link where it
 * stands ("[16]Jump to Recipe", "by [18]Hannah Whitlock") and lists the
 * numbers' addresses at the end under "References". The numbers are no text
 * of the page: they go, and so does the list, whose addresses are kept for
 * the links that stand alone on a line (a related teaser's headline).
 * Pictures without a text alternative print as "[IMG]"; one with text after
 * it prints the picture's alt text, which the classifier reads in brackets
 * as w3m prints it ("[A sliced loaf on a wire rack]").
 */

import { squash } from "../../../core/text";
import { hasCaptionMarker } from "../rules/captions";

export interface BrowserDump {
  text: string;
  /** A line's whole text when it is one numbered link, and the link's address. */
  linkUrls: Map<string, string>;
}

/** "[16]" before a link's first character, at a line's start or after a space, a bracket or a bullet ("shift[1]," is a footnote). */
const LINK_NUMBER = /(?<=^|[\s(|*+»›>])\[(\d{1,4})\](?=[^\s\]])/gmu;
/** Fewer numbered links than this and a bracketed number is the text's own ("see [2]Smith"). */
const MIN_LINK_NUMBERS = 5;
/** The heading of the list of addresses a dump closes with, and one of its entries ("  24. https://…"; w3m's "[24] https://…"). */
const REFERENCES_HEADING = /^\s*(?:References|Visible links|Hidden links):?\s*$/;
const REFERENCE_ENTRY = /^\s*(?:(\d{1,4})\.|\[(\d{1,4})\])\s+(\S+)\s*$/;
/** A line that is one numbered link and nothing else, a bullet before it at most. */
const WHOLE_LINK_LINE = /^\s*(?:[*+o-]\s+)?\[(\d{1,4})\]([^[\]]+)$/u;
/** A picture the dump could only mark: alone it is nothing, text after it is its alt text. */
const PICTURE_MARK = /^(\s*)\[(?:IMG|INLINE|LINK|EMBED)\]\s*(.*)$/;

export function readTextBrowserDump(text: string): BrowserDump {
  const linkUrls = new Map<string, string>();
  // Most pages hold no bracketed number at all: one look before anything is split. Without link numbers only a
  // picture's marks, if any, go.
  if (!text.includes("]") || !hasLinkNumbers(text)) {
    const marked = text.includes("[IMG]") || text.includes("[INLINE]");
    return { text: marked ? withoutPictureMarks(text.split("\n")).join("\n") : text, linkUrls };
  }
  const lines = text.split("\n");
  const urls = new Map<string, string>();
  const references = lines.findLastIndex((line) => REFERENCES_HEADING.test(line));
  if (references >= 0) {
    let end = references + 1;
    for (; end < lines.length; end++) {
      const entry = REFERENCE_ENTRY.exec(lines[end]!);
      if (entry) urls.set(entry[1] ?? entry[2]!, entry[3]!);
      else if (lines[end]!.trim() && !REFERENCES_HEADING.test(lines[end]!)) break;
    }
    lines.splice(references, end - references);
  }
  for (const line of lines) {
    const link = WHOLE_LINK_LINE.exec(line);
    const url = link ? urls.get(link[1]!) : undefined;
    // Keyed as the reader will name the headline: squashed as toUnits squashes every line.
    if (url) linkUrls.set(squash(link![2]!), url);
  }
  const unnumbered = lines.map((line) => (line.includes("]") ? line.replace(LINK_NUMBER, "") : line));
  return { text: withoutPictureMarks(unnumbered).join("\n"), linkUrls };
}

function hasLinkNumbers(text: string): boolean {
  LINK_NUMBER.lastIndex = 0;
  let found = 0;
  while (LINK_NUMBER.exec(text)) if (++found >= MIN_LINK_NUMBERS) return true;
  return false;
}

function withoutPictureMarks(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const picture = line.includes("[") ? PICTURE_MARK.exec(line) : null;
    if (!picture) {
      out.push(line);
      continue;
    }
    if (!picture[2]) continue;
    // The text after the mark may run on, wrapped, over the next lines at the same indent.
    let end = i + 1;
    while (end < lines.length && lines[end]!.trim() && indentOf(lines[end]!) === picture[1]!.length && !PICTURE_MARK.test(lines[end]!)) end++;
    const text = squash([picture[2], ...lines.slice(i + 1, end)].join(" "));
    // A caption printed after a picture with no text of its own ("[IMG] Petr Hanák in the campaign office. Foto:" /
    // "Deník/Jan Vávra"): the caption, as it stands. Anything else there is the picture's text alternative.
    if (hasCaptionMarker(text)) out.push(`${picture[1]}${picture[2]}`, ...lines.slice(i + 1, end));
    else out.push(`${picture[1]}[${text}]`);
    i = end - 1;
  }
  return out;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
