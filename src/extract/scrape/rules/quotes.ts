/**
 * Quotation marks, as the languages of news pages open and close them.
 * Each rule looks at a kind of line, never at one site's wording, so it holds across
 * sites and languages.
 */

const OPEN_QUOTES = "\"“„«‘‚「『‹";
const CLOSE_QUOTES = "\"”“»’」』›";

export function startsWithQuote(line: string): boolean {
  return OPEN_QUOTES.includes(line[0] ?? "");
}

/** A paragraph that is a quotation from start to end, with no attribution after it. */
export function isWholeQuote(line: string): boolean {
  if (!startsWithQuote(line) || !CLOSE_QUOTES.includes(line[line.length - 1] ?? "")) return false;
  // One quotation, not "“A,” he said. “B.”": no closing mark inside (German closes „…“ with “, and ‚…‘ with ‘).
  const inside = line.slice(1, -1);
  return !/["”»」』›]/.test(inside) && !(line[0] === "„" && inside.includes("“")) && !(line[0] === "‚" && inside.includes("‘"));
}
