/**
 * The article's date when no byline or timestamp line gives it: the first
 * line near the headline (or just after the body) that holds a full calendar
 * date in any of the forms pages print. Our own timestamp rules go first;
 * chrono-node reads the rest (many formats, a dozen languages) and is taken
 * only where year, month and day are all written out, so a relative "2 hours
 * ago" never turns into the clock's date.
 */
import * as chrono from "chrono-node";
import { asciiDigits, MONTH_LANGUAGES, MONTH_WORD, parseDate } from "../../dates";
import { parseMetaLine } from "../rules/bylines";


/** chrono-node's parser for each language it reads; English (strict: no "yesterday") after it on every page. */
interface DateParser {
  parse: typeof chrono.strict.parse;
}

const BY_LANGUAGE: Record<string, DateParser | undefined> = {
  de: chrono.de, fr: chrono.fr, es: chrono.es, pt: chrono.pt, it: chrono.it, nl: chrono.nl, ru: chrono.ru, uk: chrono.uk,
  id: chrono.id, ms: chrono.id, sv: chrono.sv, fi: chrono.fi, vi: chrono.vi, ja: chrono.ja, zh: chrono.zh,
};

// For a language chrono has no locale for, its neighbours: Galician and Catalan pages are read
// as Spanish or Portuguese, Malay as Indonesian, and so on.
const NEIGHBOURS: DateParser[] = [chrono.es, chrono.pt, chrono.fr, chrono.de, chrono.it, chrono.nl, chrono.id];

/** English as British pages write it: strict (no "yesterday"), the day before the month in numeric dates. */
const STRICT_DAY_FIRST: DateParser = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
/** "02.06.2024": a dotted numeric date is day first wherever it is written. */
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

/**
 * The page's own locale, then English. A numeric date is read the page's way:
 * day first everywhere but in American English, which still writes
 * 06/02/2024 for June 2 (dotted dates are day first there too).
 */
function parsersFor(language: string, line: string): DateParser[] {
  if (language === "en") return [DOTTED_DATE.test(line) ? STRICT_DAY_FIRST : chrono.strict];
  const own = BY_LANGUAGE[language];
  return own ? [own, chrono.strict] : [...NEIGHBOURS, chrono.strict];
}

/** A fixed reference: results may only use what the text says, never the clock. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const MAX_LINE = 120;
// A written year: 1970–2099, '19, or the short year of a numeric date (11/19/19, 19.11.19).
// One separator throughout: "8.6/10" is a review's score.
const YEAR = /(?:^|\D)(19[7-9]\d|20\d\d)(?:\D|$)|'\d\d\b|\b\d{1,2}([/.])\d{1,2}\2\d{2}\b/;
/**
 * A year of another era: Solar Hijri (1300–1420), as Iranian and Afghan pages date, or Buddhist
 * (2513–2649), as Thai pages do. Our own parser reads those, never chrono.
 */
const OTHER_ERA_YEAR = /(?:^|\D)(?:1(?:3\d\d|4[01]\d|420)|25[1-9]\d|26[0-4]\d)(?:\D|$)/;

// What chrono needs to find a full date: a numeric date, or a word that may be a month
// (any letters: chrono's locales name months our own list does not).
const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\b\d{1,4}([/.-])\d{1,2}\1\d{1,4}\b|\d\s*[年월]/u;
const WORD = /\p{L}{3,}/u;

export function dateInLine(given: string, language = "en"): Date | undefined {
  const line = asciiDigits(given);
  if (line.length > MAX_LINE) return undefined;
  const gregorian = YEAR.test(line);
  if (!gregorian && !OTHER_ERA_YEAR.test(line)) return undefined;
  const meta = parseMetaLine(line);
  const stamped = meta?.published ?? meta?.updated;
  if (stamped) return stamped;
  if (!gregorian) return undefined;
  const numeric = NUMERIC_DATE.test(line);
  if (!numeric && !WORD.test(line)) return undefined;
  // chrono tries dozens of patterns on a line; in the languages our month list covers, a line
  // with neither a numeric date nor a month name is not worth it ("Election 2020").
  if (MONTH_LANGUAGES.has(language) && !numeric && !line.split(/[\s,.]+/).some((w) => MONTH_WORD.test(w))) return undefined;
  for (const parser of parsersFor(language, line)) {
    for (const result of parser.parse(line, { instant: REFERENCE, timezone: 0 })) {
      const start = result.start;
      // A span of days ("June 1, 1941 – March 2, 2025": a life, an event) dates no page; a date and a clock time
      // after a dash ("04/03/2024 - 10:15", which chrono reads as a range of hours) does.
      const end = result.end;
      if (end && (end.get("year") !== start.get("year") || end.get("month") !== start.get("month") || end.get("day") !== start.get("day"))) continue;
      if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
      if (!YEAR.test(result.text)) continue;
      // A day without a time is midnight UTC, as in the rest of the loader (chrono would say noon); the clock time
      // after a dash is the end of chrono's "range", on the same day.
      const timed = start.isCertain("hour") ? start : end?.isCertain("hour") ? end : undefined;
      const date = timed
        ? timed.date()
        : new Date(Date.UTC(start.get("year")!, start.get("month")! - 1, start.get("day")!));
      if (!Number.isNaN(date.getTime())) return date;
    }
  }
  return undefined;
}

/** The first dated line, in the order given (nearest the headline first). */
export function findPageDate(lines: string[], language: string): Date | undefined {
  for (let k = 0; k < lines.length; k++) {
    const date = dateInLine(lines[k]!, language);
    if (!date) continue;
    // "更新日：2025年11月2日" nearest, "2025年10月18日" a line on: an update's stamp found first gives way to the
    // publication's own close by (an earlier day), which dates the article.
    if (isUpdateStamp(lines[k]!)) {
      for (let j = k + 1; j <= k + UPDATE_REACH && j < lines.length; j++) {
        const published = isUpdateStamp(lines[j]!) ? undefined : dateInLine(lines[j]!, language);
        if (published && published <= date) return published;
      }
    }
    return date;
  }
  return undefined;
}

/** Lines past an update's stamp looked at for the publication's. */
const UPDATE_REACH = 2;

/** A stamp of the last update alone ("Updated: …", "更新日：…"), no publication's date beside it. */
function isUpdateStamp(line: string): boolean {
  const meta = parseMetaLine(asciiDigits(line));
  return meta?.updated !== undefined && meta.published === undefined;
}

/**
 * "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM": stamps that print the
 * day and the time but no year, read in the year the page's copyright line
 * names (a page shows its current year there). Without that year, nothing.
 */
export function findYearlessStamp(lines: readonly string[], year: number | undefined): { published?: Date; updated?: Date } | undefined {
  if (year === undefined) return undefined;
  for (const line of lines) {
    if (line.length > YEARLESS_LINE) continue;
    const found: { published?: Date; updated?: Date } = {};
    for (const segment of line.split(/\s*[;|]\s*/)) {
      const m = YEARLESS_STAMP.exec(segment.trim());
      if (!m || !MONTH_WORD.test(m[2]!)) continue;
      const date = parseDate(`${m[2]} ${m[3]}, ${year} ${m[4]}`);
      if (!date) continue;
      if (/^(updated|modified)/i.test(m[1] ?? "")) found.updated ??= date;
      else found.published ??= date;
    }
    if (found.published || found.updated) return found;
  }
  return undefined;
}

/** A stamp line is short. */
const YEARLESS_LINE = 100;
/** "[Posted] Nov 18, 8:19 PM [EST]": a stamp's word, a month, a day, a clock time (and its zone), no year. */
const YEARLESS_STAMP = /^(?:(posted|published|updated|modified)(?:\s+on)?:?\s+)?(\p{L}{3,9}\.?)\s+(\d{1,2}),?\s+(\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?)$/iu;