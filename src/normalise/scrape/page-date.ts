/**
 * The article's date when no byline or timestamp line gives it: the first
 * line near the headline (or just after the body) that holds a full calendar
 * date in any of the forms pages print. Our own timestamp rules go first;
 * chrono-node reads the rest (many formats, a dozen languages) and is taken
 * only where year, month and day are all written out, so a relative "2 hours
 * ago" never turns into the clock's date.
 */
import * as chrono from "chrono-node";
import { parseMetaLine } from "./rules";

const PARSERS: chrono.Chrono[] = [
  chrono.strict, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.nl, chrono.ru, chrono.uk,
  chrono.id, chrono.sv, chrono.fi, chrono.vi, chrono.ja, chrono.zh,
].filter((p): p is chrono.Chrono => Boolean(p));

/** A fixed reference: results may only use what the text says, never the clock. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const MAX_LINE = 160;
const YEAR = /(?:^|\D)(19[7-9]\d|20\d\d)(?:\D|$)|'\d\d\b/;

export function dateInLine(line: string): Date | undefined {
  if (line.length > MAX_LINE || !YEAR.test(line)) return undefined;
  const meta = parseMetaLine(line);
  const stamped = meta?.published ?? meta?.updated;
  if (stamped) return stamped;
  for (const parser of PARSERS) {
    for (const result of parser.parse(line, { instant: REFERENCE, timezone: 0 })) {
      const start = result.start;
      if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
      if (!YEAR.test(result.text)) continue;
      const date = start.date();
      if (!Number.isNaN(date.getTime())) return date;
    }
  }
  return undefined;
}

/** The first dated line, in the order given (nearest the headline first). */
export function findPageDate(lines: string[]): Date | undefined {
  for (const line of lines) {
    const date = dateInLine(line);
    if (date) return date;
  }
  return undefined;
}
