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
  const notion = NOTION_PROPERTIES.exec(text);
  if (notion) {
    const data = knownFields(notion[2]!, ":", NOTION_KEYS);
    if (data && Object.keys(data).length >= 2) return { data: { title: notion[1]!.trim(), ...data }, match: [notion[0]] };
  }
  const logseq = LOGSEQ_PROPERTIES.exec(text);
  if (logseq) {
    const data = knownFields(logseq[0], "::", LOGSEQ_KEYS);
    // Logseq writes its dates as page links: `[[Apr 20th, 2024]]`.
    if (data && typeof data.date === "string") data.date = data.date.replace(/^\[\[(.*)\]\]$/, "$1").replace(/(\d)(?:st|nd|rd|th)\b/, "$1");
    if (data && Object.keys(data).length >= 1) return { data, match: [logseq[0]] };
  }
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

/**
 * Notion's export: the page's title as a `# ` heading, then its properties as `Key: value` lines
 * (`Created: March 4, 2024 10:15 AM`, `Author: …`, `Tags: a, b`, `Status: Published`).
 */
const NOTION_PROPERTIES = /^#[ \t]+(\S.*)\n\n((?:[A-Za-z][\w -]{0,30}:[ \t]*\S.*\n)+)(?:\n|$)/;
/** Notion's own property names, besides the front-matter ones. */
const NOTION_KEYS = new Set(["createdtime", "lasteditedtime", "lastedited", "createdby", "lasteditedby", "type", "property"]);

/** Logseq's page properties: `title:: …`, `tags:: …`, `date:: [[Apr 20th, 2024]]` lines opening the page. */
const LOGSEQ_PROPERTIES = /^(?:[a-z][\w-]{0,30}::[ \t]*\S.*\n)+/;
const LOGSEQ_KEYS = new Set(["public", "collapsed", "alias", "icon", "filters", "type"]);

/** `Key<separator> value` lines as front-matter fields, or undefined when a key is neither a front-matter name nor the tool's own. */
function knownFields(block: string, separator: string, own: ReadonlySet<string>): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  for (const line of block.split("\n")) {
    const at = line.indexOf(separator);
    if (at <= 0) continue;
    const key = line.slice(0, at).trim().toLowerCase().replace(/\s+/g, "_");
    if (own.has(nameKey(key)) || IGNORED_NAMES.has(nameKey(key))) continue;
    if (!FIELD_OF_NAME.has(nameKey(key))) return undefined;
    data[key] = line.slice(at + separator.length).trim();
  }
  return data;
}
