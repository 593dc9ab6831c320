/**
 * Markdown written without front matter often puts its byline under the
 * title, as a page would: "*By Jane Doe · 4 June 2025*", "**Published:**
 * 2025-06-02 · **Author:** Jane Doe · **Tags:** music, culture". That
 * paragraph is read by the scrape loader's byline and stamp rules (one set of
 * rules for bylines, whatever the format) and taken out of the body.
 */
import { parseMetaLine } from "../scrape/rules/bylines";

export interface BylineFields {
  author?: string;
  published?: Date;
  updated?: Date;
  tags?: string[];
}

/** "Tags: a, b" among the byline's fields. */
const TAGS_FIELD = /^(?:tags?|topics?|categories|keywords)\s*[:：]\s*(.+)$/i;
/** The separators a byline row sets its fields apart with. */
const FIELD_SEPARATOR = /\s+[|·•]\s+|\s+[–—]\s+/;

/**
 * The byline a paragraph holds, when it is nothing else: every field a name,
 * a date or a tag list, and at least a name or a date. `text`: the
 * paragraph's plain text.
 */
export function bylineOf(text: string | undefined): BylineFields | undefined {
  if (!text || text.length > 200) return undefined;
  const fields: BylineFields = {};
  const rest: string[] = [];
  for (const segment of text.split(FIELD_SEPARATOR)) {
    const tags = TAGS_FIELD.exec(segment);
    if (tags) fields.tags = tags[1]!.split(/\s*[,;]\s*/).filter(Boolean);
    else rest.push(segment);
  }
  if (rest.length === 0) return undefined;
  const meta = parseMetaLine(rest.join(" | "));
  if (!meta || !(meta.author || meta.published || meta.updated)) return undefined;
  return { ...fields, ...(meta.author ? { author: meta.author } : {}), ...(meta.published ? { published: meta.published } : {}), ...(meta.updated ? { updated: meta.updated } : {}) };
}
