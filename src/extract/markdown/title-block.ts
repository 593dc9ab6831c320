/**
 * The metadata other Markdown tools write instead of front matter: Pandoc's
 * title block and MultiMarkdown's `Key: value` lines, read as front-matter
 * fields.
 */
import { FIELD_OF_NAME, IGNORED_NAMES, nameKey } from "./front-matter-names";

/** Pandoc's title block: `% Title`, `% Author`, `% Date` lines opening the file (the last two may be left out). */
// Each field starts at its first non-blank character: blanks that two parts could both take would make failing matches quadratic.
const PANDOC_TITLE_BLOCK = /^%[ \t]+([^\s\p{Ll}\d].*)\n(?:%[ \t]*(\S.*)?\n)?(?:%[ \t]*(\S.*)?\n)?(?:\n|$)/u;
/** MultiMarkdown's metadata: `Key: value` lines opening the file, up to the first blank line. */
const MULTIMARKDOWN_METADATA = /^(?:[A-Za-z][\w -]{0,30}:[ \t]*\S.*\n)+(?:\n|$)/;
/** MultiMarkdown's own keys, besides the front-matter names: a block with any other key is text ("Attendees: …"). */
const MULTIMARKDOWN_KEYS = new Set(["subtitle", "affiliation", "email", "web", "copyright", "css", "baseheaderlevel", "format", "quoteslanguage", "xhtmlheader", "bibtex"]);

/**
 * The metadata other Markdown tools write instead of front matter: Pandoc's
 * title block (its title not starting in lower case: "% of voters …" is a
 * sentence) and MultiMarkdown's `Title:` lines (read only when they name a
 * title and every key is a known one: "Note: …" or "Attendees: …" opening a
 * text is text). Returned as front-matter fields, with the text they take up.
 */
export function titleBlock(text: string): { data: Record<string, unknown>; match: [string] } | undefined {
  const pandoc = PANDOC_TITLE_BLOCK.exec(text);
  if (pandoc) {
    const [whole, title, author, date] = pandoc;
    return { data: { title, ...(author?.trim() ? { author: author.split(";").map((name) => name.trim()).filter(Boolean) } : {}), ...(date?.trim() ? { date: date.trim() } : {}) }, match: [whole] };
  }
  const mmd = MULTIMARKDOWN_METADATA.exec(text);
  if (!mmd) return undefined;
  const data: Record<string, unknown> = {};
  for (const line of mmd[0].split("\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase().replace(/\s+/g, "_");
    if (!FIELD_OF_NAME.has(nameKey(key)) && !IGNORED_NAMES.has(nameKey(key)) && !MULTIMARKDOWN_KEYS.has(nameKey(key))) return undefined;
    data[key] = line.slice(colon + 1).trim();
  }
  return "title" in data ? { data, match: [mmd[0]] } : undefined;
}
