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
