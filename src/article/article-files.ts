/**
 * Which files are articles, in which format, and the id a file name gives.
 * Kept apart from the parsers so that code which only lists or names files
 * (the folder reader, the ledger) does not load them.
 */
import type { Article } from "../core/article";
import { squash } from "../core/text";

/** File extension → the article format it holds. */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, Article["format"]>> = {
  txt: "scrape",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

export const ARTICLE_EXTENSIONS = Object.keys(FORMAT_OF_EXTENSION);

/** What follows the file name's last dot, lower-cased. */
export function extensionOf(name: string): string {
  return name.split(".").pop()!.toLowerCase();
}

/** True for file names the loader reads (others in the folder are ignored). */
export function isArticleFile(name: string): boolean {
  return !name.startsWith(".") && name.includes(".") && extensionOf(name) in FORMAT_OF_EXTENSION;
}


/**
 * The title a file's name gives an article that has none of its own, as
 * static-site tools give it: a name written as a title (`Meeting notes.md`,
 * as Obsidian names a note) as written; a slug (`2024-03-12-harbour-reopens.md`,
 * Jekyll's post name, its date dropped) in words, each capitalised, as
 * Jekyll's and Hugo's defaults make it ("Harbour Reopens"), without a Hugo
 * translation's language (`.en`). Empty when the name is an id rather than
 * words (a hash, a long number, `index`).
 */
export function titleOfName(name: string): string {
  const named = name.replace(/^.*\//, "").replace(/\.[^.]+$/, "").replace(LANGUAGE_SUFFIX, "");
  // A daily note is named by its day (`2024-03-12.md`, as Obsidian names it): the day is its title.
  if (/^\d{4}-\d{2}-\d{2}$/.test(named)) return named;
  const base = named.replace(DATE_PREFIX, "");
  // A name that is an id (a hash, a number, a page bundle's "index") says nothing a reader could read.
  if (!/\p{L}{3}/u.test(base) || ID_PART.test(base) || GENERIC_NAME.test(base)) return "";
  // Hyphens and underscores stand for spaces in a slug ("harbour-reopens"), not in a date or a number.
  const words = /\s/.test(base) || !/\p{L}/u.test(base) ? base : base.replace(/[-_]+/g, " ");
  const written = squash(words);
  // A name with capitals was written as a title already; an all-lower-case slug gets them.
  return /\p{Lu}/u.test(written) ? written : written.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** Jekyll's post names open with their date: `2024-03-12-title.md`. */
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})[-_]/;

/** The date a file's name opens with, as Jekyll names its posts (`2024-03-12-title.md`), as `2024-03-12`; else null. */
export function dateOfName(name: string): string | null {
  const dated = DATE_PREFIX.exec(name.replace(/^.*\//, ""));
  return dated ? `${dated[1]}-${dated[2]}-${dated[3]}` : null;
}
/** Hugo's translations end in their language: `harbour-reopens.en.md`, `index.pt-br.md`. */
const LANGUAGE_SUFFIX = /\.[a-z]{2}(?:[-_][a-zA-Z]{2,4})?$/;
/** A hash or a long number in the name: `000_27df97f2463d8e1f`, `post-4711203`. */
const ID_PART = /(?:^|[-_ .])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?:$|[-_ .])|\d{6,}/i;
/** Names that stand for no article's title. */
const GENERIC_NAME = /^(?:index|readme|untitled|post|article|page|draft|new|copy|document|doc)(?:[-_ ]?\d+)?$/i;
