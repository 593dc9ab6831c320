/**
 * Markdown front matter, declared once as a valibot schema: which keys an
 * article may set and what each must hold. Nothing is coerced silently: a
 * value of the wrong kind (a number where text belongs, a list where one
 * date belongs) is left out with a warning naming its key, and so is a key
 * the schema does not know (a misspelt `tittle:`).
 */
import * as v from "valibot";
import type { RelatedLink } from "../../core/article";
import { squash } from "../../core/text";
import { tryUrl } from "../../core/url";
import { parseDate } from "../dates";
import { parseLinkLine } from "../scrape/rules";

/** What the front matter gives, each field already checked. */
export interface FrontMatter {
  title?: string;
  summary?: string;
  date?: Date;
  updated?: Date;
  author?: string;
  tags?: string[];
  url?: string;
  image?: string;
  image_caption?: string;
  related?: RelatedLink[];
  lang?: string;
  id?: string;
}

/** One problem with the front matter: the key (with its place in a list) and what is wrong. */
export interface FrontMatterProblem {
  key: string;
  message: string;
}

const textMessage = (issue: v.BaseIssue<unknown>) => `must be text, got ${describe(issue.input)}`;

/** Text: a YAML string, squashed to one line; empty counts as absent. */
const Text = v.pipe(v.string(textMessage), v.transform((s) => squash(s) || undefined));

const DateValue = v.pipe(
  v.union([v.string(), v.date()], (issue) => `must be a date such as 2024-03-12T09:30:00Z, got ${describe(issue.input)}`),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const date = dataset.value instanceof Date ? dataset.value : parseDate(dataset.value);
    if (date) return date;
    addIssue({ message: `is not a date I can read: ${JSON.stringify(String(dataset.value))}` });
    return NEVER;
  }),
);

const HttpUrl = v.pipe(
  Text,
  v.check((text) => text === undefined || (/^https?:\/\/[^\s]+$/i.test(text) && tryUrl(text) !== null), (issue) => `is not an absolute http(s) URL: ${JSON.stringify(issue.input)}`),
  v.transform((text) => (text === undefined ? undefined : tryUrl(text)!.href)),
);

/** `author`: a name, a list of names, or `{ name: … }`. */
const Author = v.union(
  [
    Text,
    v.pipe(v.array(v.string()), v.transform((names) => names.map(squash).filter(Boolean).join(", ") || undefined)),
    v.pipe(v.object({ name: v.string(textMessage) }, "must have a name"), v.transform(({ name }) => squash(name) || undefined)),
  ],
  (issue) => `must be a name, a list of names or { name: … }, got ${describe(issue.input)}`,
);

const Tag = v.string(textMessage);

/** `tags`: "a, b" or a list of text. */
const Tags = v.union(
  [v.pipe(v.string(), v.transform((s) => s.split(","))), v.array(Tag)],
  (issue) => `must be a list of tags or "a, b", got ${describe(issue.input)}`,
);

/** One `related` entry: "Title", "Title - URL", "[Title](URL)", `{ title, url }`, or `Title: more title` (which YAML reads as a mapping). */
const RelatedEntry = v.union(
  [
    v.pipe(v.string(), v.transform((text) => linkOf(squash(text)))),
    v.pipe(
      v.object({ title: v.string(textMessage), url: v.optional(v.string(textMessage)) }, "must have a title"),
      v.transform(({ title, url }): RelatedLink | undefined => (squash(title) ? { title: squash(title), ...(url?.trim() ? { url: url.trim() } : {}) } : undefined)),
    ),
    // `- Monitor: 58 killed` is a YAML mapping; the writer meant one title.
    v.pipe(
      v.record(v.string(), v.union([v.string(), v.number()])),
      v.check((entry) => Object.keys(entry).length === 1 && !("title" in entry), "must be one title, or { title, url }"),
      v.transform((entry) => linkOf(squash(Object.entries(entry).map(([key, value]) => `${key}: ${value}`).join("")))),
    ),
  ],
  (issue) => `must be "Title", "Title - URL", "[Title](URL)" or { title, url }, got ${describe(issue.input)}`,
);

const Related = v.array(RelatedEntry, (issue) => `must be a list of links, got ${describe(issue.input)}`);

/** Every key an article's front matter may set, and what it must hold. */
export const FRONT_MATTER_KEYS = {
  title: Text,
  summary: Text,
  date: DateValue,
  updated: DateValue,
  author: Author,
  tags: Tags,
  url: HttpUrl,
  image: Text,
  image_caption: Text,
  related: Related,
  lang: Text,
  id: Text,
} satisfies Record<keyof FrontMatter, v.GenericSchema>;

/** Lists checked item by item, so one bad item is left out and the others kept. */
const LIST_ITEMS: Partial<Record<keyof FrontMatter, v.GenericSchema>> = { tags: Tag, related: RelatedEntry };

const KNOWN = Object.keys(FRONT_MATTER_KEYS) as (keyof FrontMatter)[];

/**
 * Checks a parsed front-matter mapping key by key: a key with a problem is
 * left out and the rest still used, so one slip does not cost the article.
 */
export function checkFrontMatter(data: Record<string, unknown>): { fields: FrontMatter; problems: FrontMatterProblem[] } {
  const fields: Record<string, unknown> = {};
  const problems: FrontMatterProblem[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!Object.hasOwn(FRONT_MATTER_KEYS, key)) {
      const near = nearestKey(key);
      problems.push({ key, message: `unknown key, ignored${near ? `: did you mean \`${near}\`?` : ` (known keys: ${KNOWN.join(", ")})`}` });
      continue;
    }
    if (value === null || value === undefined) continue; // `key:` with nothing after it
    const item = LIST_ITEMS[key as keyof FrontMatter];
    const kept = item && Array.isArray(value) ? value.filter((entry, index) => {
      const checked = v.safeParse(item, entry);
      if (!checked.success) problems.push(...problemsOf(`${key}.${index}`, checked.issues));
      return checked.success;
    }) : value;
    const result = v.safeParse(FRONT_MATTER_KEYS[key as keyof FrontMatter], kept);
    if (result.success) {
      if (result.output !== undefined) fields[key] = result.output;
      continue;
    }
    problems.push(...problemsOf(key, result.issues));
  }
  if (fields.tags) fields.tags = (fields.tags as string[]).map(squash).filter(Boolean);
  if (fields.related) fields.related = (fields.related as (RelatedLink | undefined)[]).filter((link) => link !== undefined);
  return { fields: fields as FrontMatter, problems };
}

/** The one-line warning for a problem: `front matter \`tags.2\` must be text, got the number 3; put it in quotes`. */
export function describeProblem(problem: FrontMatterProblem): string {
  return `front matter \`${problem.key}\` ${problem.message}`;
}

function linkOf(text: string): RelatedLink | undefined {
  return text ? (parseLinkLine(text) ?? { title: text }) : undefined;
}

/**
 * The problems worth showing, with their paths: a union's own message when
 * the value is of no accepted kind, else what is wrong inside it
 * (`tags.1`, `related.0.url`). A union's inner issues have paths relative to it.
 */
function problemsOf(key: string, issues: readonly v.BaseIssue<unknown>[]): FrontMatterProblem[] {
  return issues.flatMap((issue) => {
    const here = [key, ...(issue.path ?? []).map((item) => String(item.key))].join(".");
    const inner = issue.type === "union" ? problemsOf(here, (issue.issues ?? []).filter((nested) => nested.path?.length)) : [];
    return inner.length ? inner : [{ key: here, message: issue.message }];
  });
}

function describe(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value === "number" ? "the number" : "the yes/no value"} ${String(value)}; put it in quotes if it is meant as text`;
  if (Array.isArray(value)) return "a list";
  if (value === null) return "nothing";
  if (typeof value === "object") return "a mapping (key: value lines)";
  return JSON.stringify(value);
}

/** The known key a misspelt one is closest to (at most two edits away), if any. */
function nearestKey(key: string): string | undefined {
  const lower = key.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const known of KNOWN) {
    const distance = editDistance(lower, known);
    if (distance <= 2 && (!best || distance < best.distance)) best = { key: known, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
