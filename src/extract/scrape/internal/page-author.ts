/**
 * The article's author when no byline stood in the cropped header: the
 * nearest line around the headline that opens like a byline ("By …", "Von
 * …"), read by the byline rules, or that names a person before a stamp or a
 * handle ("Jane Doe - Nov 19, 2019", "Jane Doe @janedoe"), or beside a
 * timestamp line. A line like "By Jane Doe | Special to the Post" is not a
 * meta line as a whole (its second half is neither a name nor a stamp), so
 * the crop leaves it out, but its first half still names the author.
 */
import { isStandaloneCredit } from "../rules/captions";
import { bareNameByline, BYLINE_OPENER, caselessName, cjkByline, COUNTED_READING_TIME, isNumericStamp, isWriterJob, isWriterRole, labelCommaName, looksLikePersonName, nameBeforeStamp, parseByline, parseMetaLine, wireAgency } from "../rules/bylines";

/** A line naming where a post appeared, its publication's name on the next line. */
const PUBLISHED_IN = /^(?:published in|publicado en|publié dans|veröffentlicht in)$/i;

/** Bylines are short; a longer line opening with "By" is a sentence. */
const MAX_LINE = 160;

/**
 * The first line, run by run and in each run's order (nearest the headline
 * first), that reads as a byline whose name `accept` takes (the caller's: not the headline).
 */
export function findPageAuthor(runs: readonly (readonly string[])[], accept: (name: string) => boolean = () => true): string | undefined {
  for (const lines of runs) {
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      // "Published in" over "Better Teams": a Medium publication's name, not the writer's.
      if (line.length > MAX_LINE || PUBLISHED_IN.test(lines[k - 1] ?? "")) continue;
      const name = BYLINE_OPENER.test(line) ? parseByline(line) : nameBeforeStamp(line)?.author ?? nameBesideStamp(line, lines, k) ?? nameOverContact(line, lines[k + 1]) ?? nameOverRole(line, lines[k + 1]) ?? nameOverReadingTime(lines, k) ?? nameWithRole(line) ?? cjkByline(line) ?? labelCommaName(line) ?? parseMetaLine(line)?.author;
      if (name && accept(name)) return name;
    }
  }
  return undefined;
}

/**
 * A name on a line of its own beside the timestamp ("Tom Adebayo, AP Auto
 * Writer" over "Updated 1:39 am EST …"): the byline without its "By", as the
 * crop reads it in the header it keeps (crop.ts, withBylinesSpelledOut).
 */
export function nameBesideStamp(line: string, lines: readonly string[], k: number): string | null {
  // A name in a script without capitals is asked for only right over the stamp ("دبي - سارة المنصوري" / "نُشر في: …").
  const caseless = isStamp(lines[k + 1]) ? caselessName(line) : null;
  if (caseless) return caseless;
  const name = bareNameByline(line) ?? wireAgency(line);
  if (!name) return null;
  // "Kristoffer Aase" / "Fotograf": the photographer's credit beside the writer's, never the byline.
  if (PHOTOGRAPHER_JOB.test(lines[k + 1] ?? "")) return null;
  if (isStamp(lines[k - 1])) return name;
  // Between the name and the stamp a page may set the writer's job, a follow button and the reading time.
  let reach = k + BESIDE_REACH;
  for (let j = k + 1; j < lines.length && j <= reach; j++) {
    const next = lines[j]!;
    // "Published in" / "Better Teams": the publication a post appeared in, between the name and the stamp.
    if (PUBLISHED_IN.test(next)) {
      j++;
      reach += 2;
      continue;
    }
    // "Laura Hämäläinen" / "Kuvat: Mikko Kivelä" / stamp: the photographer's credit between them too.
    if (!BETWEEN_NAME_AND_STAMP.test(next) && !CONTACT.test(next) && !isWriterRole(next) && !(j === k + 1 && (FILED_FROM_PLACE.test(next) || OUTLET_UNDER_NAME.test(next))) && !isStandaloneCredit(next)) return isStamp(next) ? name : null;
  }
  return null;
}

/** A name on its own line with the writer's handle or address right under it ("Megan Hollister" over "@meganhollister"). */
function nameOverContact(line: string, next: string | undefined): string | null {
  return next !== undefined && CONTACT.test(next) ? bareNameByline(line) : null;
}

/** A name on its own line with the writer's job under it ("Marta Szymańska" over "Senior Technical Writer"). */
// Or the job alone in a word, whatever follows its comma ("Tomasz Wierzbicki" / "Publicysta, przez 18 lat nauczyciel historii",
// "Karin Lindqvist" / "Kulturskribent").
function nameOverRole(line: string, next: string | undefined): string | null {
  if (next === undefined) return null;
  return isWriterRole(next) || isWriterJob(next.split(",")[0]!.trim()) ? bareNameByline(line) : null;
}

/** A name over the reading time, as a reader mode's or a read-later app's header sets them ("Tessa Lindgren" / "9 min read", "9–11 minutes"). */
// (Not the line over that name: a section's or a publication's label stands there as often as a co-writer, "Middle East".)
function nameOverReadingTime(lines: readonly string[], k: number): string | null {
  const next = lines[k + 1];
  return next !== undefined && (COUNTED_READING_TIME.test(next) || READING_TIME_RANGE.test(next)) ? bareNameByline(lines[k]!) : null;
}

/** A reader mode's estimate: "9–11 minutes". */
const READING_TIME_RANGE = /^\d{1,3}\s?[–-]\s?\d{1,3}\s+(?:minutes|mins?)$/i;

/** A social handle or an e-mail address, alone on its line. */
const CONTACT = /^@[\w.]{2,30}$|^[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}$/;

/** A photographer's job under their name, as a byline box credits the photos beside the text. */
const PHOTOGRAPHER_JOB = /^(?:photographer|photographe|photography|photos?|fotograf(?:in)?|fotógraf[oa]|fotograf[oa]|foto)$/i;

/** Lines under a name that a stamp may stand beyond. */
const BESIDE_REACH = 4;
/** Right under the name, where the writer filed from: "Brasília", "Rio de Janeiro (RJ)" (a state's letters after it). */
// "Marie-Ève Tremblay" / "Le Courrier du Fleuve" / stamp: the writer's outlet under the name, its article first.
const OUTLET_UNDER_NAME = /^(?:The|Le|La|Les|L['’]|El|Los|Las|Il|Lo|Der|Die|Das|De|Het|O|A|Os|As)\s*\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|du|des|del|della|di|do|da|der|of|and|&))*\s+\p{Lu}[\p{L}'’.-]+$/u;
const FILED_FROM_PLACE = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|do|da|del|di|am|an|sur|upon|on))?(?:\s+\p{Lu}[\p{L}'’.-]+)?(?:\s+\(\p{Lu}{2,3}\))?$/u;
const CLOCK_THEN_DATE = /^\d{1,2}:\d{2}\s+\d{1,2}[./]\d{1,2}[./]\d{4}(?:\s|$)/;
const DAY_WORD_AND_CLOCK = /^\p{L}{3,12},?\s+(?:\p{L}{1,3}\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?$/iu;
/** A follow button, a reading time, a lone separator: "Follow", "5 min read", "·". */
// And the publication a post appears in ("Published in Backend Diaries", Medium).
// The writer's contact links ("Twitter" / "Email") stand there too.
// Or the writer's handle and a contact button ("Maya Ostrowski" / "Video Journalist, NewsNow" / "@mayaostrowski" / "Contact" / stamp).
const BETWEEN_NAME_AND_STAMP = /^(?:follow|subscribe|folgen|suivre|seguir|segui|volgen|contact|kontakt|contacto|contatto|twitter|x|e-?mail|linkedin|facebook|instagram|bluesky|mastodon|[·•|–—-]|\d+\s*(?:min(?:ute)?s?|minuten|minutes)\s*(?:read|lesezeit|de lecture|de lectura|di lettura)?|published in \p{Lu}.{0,40})$/iu;


/**
 * A name and the writer's job after a comma, on a line of its own: "Jane
 * Doe, Transport Correspondent", "Tom Adebayo, Senior Reporter". The job
 * says it is a byline, with no "By" and no stamp beside it.
 */
function nameWithRole(line: string): string | null {
  const m = NAME_COMMA_ROLE.exec(line);
  if (m) return looksLikePersonName(m[1]!) ? bareNameByline(m[1]!) : null;
  // The job right after the name with nothing between, as a byline box flattens: "Bethany Morris Senior Reporter".
  const words = line.split(" ");
  if (line.length > MAX_NAME_AND_ROLE || words.length < 3 || words.length > 6) return null;
  // "Senior Technical Writer" is a job alone, its first word a rank's.
  if (RANK_WORD.test(words[0]!)) return null;
  for (let k = 2; k <= 3 && k < words.length; k++) {
    const name = words.slice(0, k).join(" ");
    if (isWriterRole(words.slice(k).join(" ")) && looksLikePersonName(name)) return bareNameByline(name);
  }
  return null;
}

/** A rank that opens a job's title, never a given name. */
const RANK_WORD = /^(?:senior|chief|staff|contributing|special|deputy|associate|assistant|executive|managing|lead|principal|junior|head)$/i;

/** Longest line read as a name and a job side by side. */
const MAX_NAME_AND_ROLE = 60;

const NAME_COMMA_ROLE = /^([^,]{3,40}),\s+(?:[\p{L}-]+\s+){0,3}(?:correspondent|reporter|editor|writer|columnist|contributor|journalist|redakteur(?:in)?|korrespondent(?:in)?|correspondant(?:e)?|journaliste|corresponsal|periodista|redactor(?:a)?|giornalista|inviat[oa])(?:\s+[\p{L}-]+){0,3}$/iu;

/** A timestamp line: a date and no byline. */
function isStamp(line: string | undefined): boolean {
  if (line === undefined || line.length > MAX_LINE) return false;
  // "29/11/2026 12:00": a numeric stamp, whichever order its day and month are in.
  // "Dzisiaj 16:40", "Today 4:40 pm": a day's word and a clock time (no date to read, but a stamp beside a name).
  // "14:35 12.03.2024 (обновлено: 16:02 12.03.2024)": the clock before a dotted date, as Russian agencies print it.
  if (isNumericStamp(line) || DAY_WORD_AND_CLOCK.test(line) || CLOCK_THEN_DATE.test(line)) return true;
  const found = parseMetaLine(line);
  return !!found && !found.author && !!(found.published ?? found.updated);
}
