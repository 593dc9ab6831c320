import { hashText } from "./hash";
import { slugify } from "./text";
/** `new URL()` that returns null instead of throwing (URL.canParse is missing from older runtimes' types). */
export function tryUrl(input: string, base?: string): URL | null {
  try {
    return new URL(input, base);
  } catch {
    return null;
  }
}

/** Where article pages live: said once, for the renderer, the server's ledger answers and the export. */
export const ARTICLE_PREFIX = "/articles/";

/** The site path of an article's page. */
export function articlePath(slug: string): string {
  return `${ARTICLE_PREFIX}${encodeURIComponent(slug)}`;
}

/**
 * The id a file name gives: its base name without extension, slugified. The
 * ledger uses it too. A name written in a script with no Latin letters
 * (`日本語.md`) gets a stable id from its digest, as tags do; a name with no
 * letters or digits at all gives none.
 */
export function slugOfName(name: string): string {
  const base = name.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  return slugify(base) || (/[\p{L}\p{N}]/u.test(base) ? `article-${hashText(base.normalize("NFC")).slice(0, 8)}` : "");
}
