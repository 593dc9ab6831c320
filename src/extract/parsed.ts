import type { Block, RelatedLink } from "../core/article";

/** What a format parser extracts from one file, before ids, URLs and fallbacks are applied. */
export interface ParsedArticle {
  /** The article's own title; empty when it has none (the loader then titles it by its file name). */
  title: string;
  /** With no title: the file's first line, when short enough to stand for one (a file named by an id is titled by it). */
  firstLine?: string;
  /** Plain-text summary when the source gives one; otherwise the lead is used. */
  summary?: string;
  /** The lead paragraph as plain text (marker removed). */
  lead?: string;
  blocks: Block[];
  captions: string[];
  image?: string;
  related: RelatedLink[];
  author?: string;
  published?: Date;
  updated?: Date;
  tags: string[];
  canonicalUrl?: string;
  /** The language the source declares (front matter `lang`, HTML `<html lang>`), as written. */
  language?: string;
  /** Front matter `id`: the permanent id this file claims (after a rename). */
  claimedId?: string;
  /** Problems worth telling the publisher that did not stop the article. */
  warnings: string[];
}
