/**
 * Which files are articles, in which format, and the id a file name gives.
 * Kept apart from the parsers so that code which only lists or names files
 * (the folder reader, the ledger) does not load them.
 */
import type { Article } from "../core/article";
import { slugify } from "../core/text";

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

/** The id a file name gives: its base name without extension, slugified. The ledger uses it too. */
export function slugOfName(name: string): string {
  return slugify(name.replace(/^.*\//, "").replace(/\.[^.]+$/, ""));
}
