/**
 * The publication ledger: what the site has published, so that readers never
 * see an article change its id or date, or vanish without a word. One row per
 * article ever published, kept in the articles folder as a tab-separated text
 * file (sorted by id, one line per article, so a diff shows what changed):
 *
 *   id  file  first_published  updated  digest  former
 *
 * - id: the permanent id (its feed id is SITE_URL/articles/<id>), the file's
 *   slug when first seen. A renamed file keeps it.
 * - file: the file it is in now; `-` once the file is gone (the page answers 410).
 * - first_published / updated: only for a file that gives no date: the dates
 *   it was first seen with, and last changed, so a fresh clone (new
 *   modification times) keeps them.
 * - digest: the hash of its text when last seen, which finds a renamed file.
 * - former: earlier addresses (slugs), which redirect to the current one.
 *
 * No Node APIs: the Node edge reads and writes the file.
 */

/** Every field is always present (undefined when empty): entries keep one shape, which keeps them fast. */
export interface LedgerEntry {
  id: string;
  /** File name in the articles folder; undefined once removed. */
  file: string | undefined;
  /** ISO date: first publication of an article whose file gives no date. */
  firstPublished: string | undefined;
  /** ISO date: last change of such an article. */
  updated: string | undefined;
  digest: string;
  /** Earlier slugs of this article (renames), oldest first. */
  former: string[];
}

export type Ledger = Map<string, LedgerEntry>;

export const LEDGER_FILE_NAME = "_ledger.tsv";

const COLUMNS = ["id", "file", "first_published", "updated", "digest", "former"] as const;

const HEADER = [
  "# Publication ledger, kept by feed-publisher: commit it with the articles.",
  "# Per article ever published: its permanent id, its file (- once removed: it answers 410 Gone), the dates of a file that",
  "# gives none (kept across fresh clones), its text's digest (finds a renamed file) and its former addresses (redirected).",
  COLUMNS.join("\t"),
].join("\n");

const EMPTY = "-";

/** Tabs, line breaks and backslashes in a field (a file name may hold them) are escaped. */
function encodeField(value: string | undefined): string {
  if (value === undefined || value === "") return EMPTY;
  const escaped = value.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
  return escaped === EMPTY ? "\\-" : escaped;
}

function decodeField(field: string): string | undefined {
  if (field === EMPTY || field === "") return undefined;
  return field.replace(/\\(.)/g, (_, c: string) => ({ t: "\t", n: "\n", r: "\r" })[c] ?? c);
}

/** The ledger as the file holds it: header, then one row per id in id order. */
export function formatLedger(ledger: Ledger): string {
  const rows = [...ledger.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => [e.id, e.file, e.firstPublished, e.updated, e.digest, e.former.join(" ")].map(encodeField).join("\t"));
  return `${[HEADER, ...rows].join("\n")}\n`;
}

interface ParsedLedger {
  ledger: Ledger;
  /** One line per row that could not be read (it is left out). */
  problems: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

export function parseLedger(text: string): ParsedLedger {
  const ledger: Ledger = new Map();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.startsWith("#") || line.startsWith(`${COLUMNS[0]}\t`)) return;
    const fields = line.split("\t").map(decodeField);
    const [id, file, firstPublished, updated, digest, former] = fields;
    const badDate = [firstPublished, updated].find((d) => d !== undefined && !ISO_DATE.test(d));
    if (fields.length !== COLUMNS.length || !id || !digest || badDate) {
      problems.push(`line ${index + 1}: ${badDate ? `not an ISO date: ${badDate}` : `expected ${COLUMNS.length} tab-separated fields (${COLUMNS.join(", ")})`}`);
      return;
    }
    ledger.set(id, {
      id,
      file,
      firstPublished,
      updated,
      digest,
      former: former ? former.split(" ").filter(Boolean) : [],
    });
  });
  return { ledger, problems };
}

/**
 * Two views of the ledger made at the same time (two processes started
 * together) → one that loses no entry: every id of both; for an id in both,
 * `ours` (the newer view) with the other's former addresses and the earlier
 * first-published date added.
 */
export function mergeLedgers(theirs: Ledger, ours: Ledger): Ledger {
  const merged: Ledger = new Map(theirs);
  for (const [id, entry] of ours) {
    const other = theirs.get(id);
    if (!other) {
      merged.set(id, entry);
      continue;
    }
    const former = [...new Set([...other.former, ...entry.former])].filter((slug) => slug !== id);
    const firstPublished = [entry.firstPublished, other.firstPublished].filter((d): d is string => !!d).sort()[0];
    merged.set(id, { id, file: entry.file, firstPublished, updated: entry.updated, digest: entry.digest, former });
  }
  return merged;
}

function sameEntry(a: LedgerEntry | undefined, b: LedgerEntry | undefined): boolean {
  if (!a || !b) return a === b;
  return a.id === b.id && a.file === b.file && a.firstPublished === b.firstPublished && a.updated === b.updated
    && a.digest === b.digest && a.former.length === b.former.length && a.former.every((f, i) => f === b.former[i]);
}

/** Whether two ledgers hold the same rows (cheaper than formatting both). */
export function sameLedger(a: Ledger, b: Ledger): boolean {
  if (a.size !== b.size) return false;
  for (const [id, entry] of a) if (!sameEntry(entry, b.get(id))) return false;
  return true;
}
