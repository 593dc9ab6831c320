/**
 * Markdown front matter, declared once as a valibot schema: which keys an
 * article may set and what each must hold. Keys are read case-insensitively,
 * under the names other site generators give them too (front-matter-names.ts).
 * Nothing is coerced silently but a number where a tag belongs: a value of
 * the wrong kind (a number where text belongs, a list where one date belongs)
 * is left out with a warning naming its key, and so is a key the schema does
 * not know (a misspelt `tittle:`).
 */
import * as v from "valibot";
import { decodeHTML } from "entities/decode";
import type { RelatedLink } from "../../core/article";
import { squash } from "../../core/text";
import { tryUrl } from "../../core/url";
import { parseDate } from "../dates";
import { parseLinkLine } from "../scrape/rules/related";
import { FIELD_NAMES, FIELD_OF_NAME, IGNORED_NAMES, nameKey, type FieldName } from "./front-matter-names";

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
  /** What marks the file as a draft, as written: "`draft: true`", "`published: false`". */
  draft?: string;
}

/** One problem with the front matter: the key as written (with its place in a list), the field it is for, and what is wrong. */
export interface FrontMatterProblem {
  key: string;
  field?: FieldName;
  message: string;
}

const textMessage = (issue: v.BaseIssue<unknown>) => `must be text, got ${describe(issue.input)}`;

/** Text: a YAML string, squashed to one line; empty counts as absent. */
const Text = v.pipe(v.string(textMessage), v.transform((s) => squash(s) || undefined));
/**
 * A caption as text. Ghost writes its photo credits as HTML (`Photo by <a href="…">Lena K</a> /
 * <a href="…">Unsplash</a>`): a caption is shown escaped, so its tags go and its entities are read.
 */
const CaptionText = v.pipe(v.string(textMessage), v.transform((s) => squash(HTML_TAG.test(s) ? decodeHTML(s.replace(BREAK_TAG, " ").replace(ANY_TAG, "")) : s) || undefined));
const HTML_TAG = /<\/?[a-z][^>]*>/i;
const BREAK_TAG = /<br\s*\/?>|<\/?(?:p|div)\b[^>]*>/gi;
const ANY_TAG = new RegExp(HTML_TAG.source, "gi");

const DateValue = v.pipe(
  v.union([v.string(), v.date(), v.number()], (issue) => `must be a date such as 2024-03-12T09:30:00Z, got ${describe(issue.input)}`),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    if (dataset.value instanceof Date) return dataset.value;
    // `date: 1741941000`: a Unix time, as exports from databases and some generators write it.
    const unix = unixTime(dataset.value);
    if (unix) return unix;
    if (typeof dataset.value === "number") {
      addIssue({ message: `is a number, not a date: ${dataset.value}; write it as 2024-03-12 (or as a Unix time, ten digits)` });
      return NEVER;
    }
    const date = parseDate(dataset.value);
    if (date) return date;
    const readings = slashDateReadings(dataset.value);
    if (readings.length === 1) return readings[0]!;
    addIssue({ message: readings.length > 1 ? `is a date that reads two ways (day or month first): ${JSON.stringify(dataset.value)}; write it as 2024-03-12` : `is not a date I can read: ${JSON.stringify(String(dataset.value))}` });
    return NEVER;
  }),
);

/** A Unix time in seconds (ten digits) or milliseconds (thirteen), as a number or quoted; null for anything else. */
function unixTime(value: string | number): Date | null {
  const text = String(value).trim();
  if (!/^\d{10}(?:\d{3})?$/.test(text)) return null;
  return new Date(text.length === 10 ? Number(text) * 1000 : Number(text));
}

/** `13/03/2024`, `3/13/2024`: a day and month with slashes, then a four-digit year. */
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * The dates a slash date can be, day first and month first: one when only
 * one reading is a date or both agree (`13/03/2024`, `3/3/2024`), two for
 * `03/04/2024` (March or April: the writer is asked for an ISO date), none
 * for `31/02/2024`.
 */
function slashDateReadings(text: string): Date[] {
  const m = SLASH_DATE.exec(text.trim());
  if (!m) return [];
  const [a, b, year] = [m[1]!.padStart(2, "0"), m[2]!.padStart(2, "0"), m[3]!];
  const readings = [parseDate(`${year}-${b}-${a}`), parseDate(`${year}-${a}-${b}`)].filter((date): date is Date => date !== null);
  return readings.length === 2 && readings[0]!.getTime() === readings[1]!.getTime() ? [readings[0]!] : readings;
}

const HttpUrl = v.pipe(
  Text,
  v.check((text) => text === undefined || (/^https?:\/\/[^\s]+$/i.test(text) && tryUrl(text) !== null), (issue) => `is not an absolute http(s) URL: ${JSON.stringify(issue.input)}`),
  v.transform((text) => (text === undefined ? undefined : tryUrl(text)!.href)),
);

const NameObject = v.pipe(v.object({ name: v.string(textMessage) }, "must have a name"), v.transform(({ name }) => squash(name) || undefined));

/**
 * A name as written with its address, as mail and package files write it: "Jane Doe
 * <jane@example.org>", "jane@example.org (Jane Doe)": the name alone (an address alone stays).
 */
function withoutAddress(names: string | undefined): string | undefined {
  if (names === undefined || !names.includes("@")) return names;
  // "Jane Doe <jane@x.org>, John Roe <john@x.org>": each name of the list on its own.
  return names.split(/\s*,\s*/).map((name) => {
    const named = /^(.+?)\s*<[^<>\s]+@[^<>\s]+>$/.exec(name) ?? /^[^()\s]+@[^()\s]+\s*\((.+)\)$/.exec(name);
    // An address alone stays, without its brackets.
    return named ? squash(named[1]!) || name : name.replace(/^<([^<>\s]+@[^<>\s]+)>$/, "$1");
  }).join(", ");
}

/** An Obsidian note's link to the person's own note, `"[[Hannah Beck]]"` or `"[[people/hannah|Hannah Beck]]"`: the name shown. */
function withoutWikiLink(name: string | undefined): string | undefined {
  return name?.replace(/\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]/g, "$1");
}

const PersonName = v.pipe(Text, v.transform((name) => withoutAddress(withoutWikiLink(name))));

/** One author: a name or `{ name: … }` (Hugo and Astro themes write the latter). */
const AuthorName = v.union([PersonName, NameObject], (issue) => `must be a name or { name: … }, got ${describe(issue.input)}`);

/** `author`: a name, `{ name: … }`, or a list of either. */
const Author = v.union(
  [
    PersonName,
    NameObject,
    v.pipe(v.array(AuthorName), v.transform((names) => names.filter((name) => name !== undefined).join(", ") || undefined)),
  ],
  (issue) => `must be a name, a list of names or { name: … }, got ${describe(issue.input)}`,
);

/** A tag: text, a number (`2024`), which can only mean its digits, or `{ name: … }` (Ghost's exports). */
const Tag = v.union([v.string(), v.pipe(v.number(), v.transform(String)), NameObject], (issue) => `must be text or { name: … }, got ${describe(issue.input)}`);

/** `tags`: "a, b" (or "a; b", "a，b", "a、b", or "#a #b"), one number, or a list of tags. */
const Tags = v.union(
  [v.pipe(v.string(), v.transform(splitTags)), v.pipe(v.number(), v.transform((n) => [String(n)])), v.array(Tag)],
  (issue) => `must be a list of tags or "a, b", got ${describe(issue.input)}`,
);

/** A tag list written as one string: comma- or semicolon-separated, or hashtags ("#harbour #council"). */
function splitTags(text: string): string[] {
  if (/^\s*#\S+(?:\s+#\S+)*\s*$/u.test(text)) return text.trim().split(/\s+/).map((tag) => tag.slice(1));
  // Jekyll's space-separated list ("categories: local transport"): words in lower case, no comma, as its slugs are written.
  if (JEKYLL_WORD_LIST.test(text)) return text.trim().split(/\s+/);
  // Chinese and Japanese keyboards type the full-width comma and the ideographic one.
  return text.split(/[,;，、；]/);
}

const JEKYLL_WORD_LIST = /^\s*[\p{Ll}\d][\p{Ll}\d-]*(?:\s+[\p{Ll}\d][\p{Ll}\d-]*)+\s*$/u;

/**
 * `image`: a path or URL, or an image object (`{ src: … }` in Astro, `{ path: … }` in
 * jekyll-seo-tag, `{ url: … }` or `{ image: … }` in themes); a list (Hugo's `images`) gives its first.
 */
const Image = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const value = Array.isArray(dataset.value) && dataset.value.length > 0 ? dataset.value[0] : dataset.value;
    if (typeof value === "string") return squash(value) || undefined;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const { src, path, url, image } = value as Record<string, unknown>;
      const found = [src, path, url, image].find((given): given is string => typeof given === "string" && given.trim() !== "");
      if (found) return squash(found);
      addIssue({ message: "must have a src, path, url or image" });
      return NEVER;
    }
    addIssue({ message: `must be a path or URL, or { src: … }, got ${describe(value)}` });
    return NEVER;
  }),
);

/** `draft`: yes or no; `yes`/`no` and quoted `"true"` are read too, since YAML 1.1 and careful writers use them. */
const Draft = v.union(
  [v.boolean(), v.pipe(v.string(), v.check((s) => /^(true|false|yes|no)$/i.test(s.trim())), v.transform((s) => /^(true|yes)$/i.test(s.trim())))],
  (issue) => `must be true or false, got ${describe(issue.input)}`,
);
const statusMessage = (issue: { input: unknown }) => `must be a status such as draft or published, got ${describe(issue.input)}`;
/** `status` (Ghost, WordPress): whether it is a draft, in a word (`draft`, `published`…). */
const Status = v.pipe(
  v.string(statusMessage),
  v.check((s) => UNPUBLISHED_STATUS.test(s.trim()) || PUBLISHED_STATUS.test(s.trim()), statusMessage),
  v.transform((s) => UNPUBLISHED_STATUS.test(s.trim())),
);
const UNPUBLISHED_STATUS = /^(draft|private|scheduled|future|pending|unpublished)$/i;
const PUBLISHED_STATUS = /^(published|publish|public|live)$/i;

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
  image: Image,
  image_caption: CaptionText,
  related: Related,
  lang: Text,
  id: Text,
  draft: Draft,
} satisfies Record<FieldName, v.GenericSchema>;

const COLLECTION_TAG = /^posts?$/;

/** Lists checked item by item, so one bad item is left out and the others kept. */
const LIST_ITEMS: Partial<Record<FieldName, v.GenericSchema>> = { tags: Tag, related: RelatedEntry, author: AuthorName };

const KNOWN = Object.keys(FIELD_NAMES) as FieldName[];
const ALL_NAMES: string[] = Object.values(FIELD_NAMES).flat();

/**
 * Checks a parsed front-matter mapping key by key: a key with a problem is
 * left out and the rest still used, so one slip does not cost the article.
 * A field given under several names takes the value of its own name, else of
 * the earliest other (FIELD_NAMES); tags from every name are merged.
 */
export function checkFrontMatter(raw: Record<string, unknown>): { fields: FrontMatter; problems: FrontMatterProblem[] } {
  const data = withParams(raw);
  // The caption an image object carries (`cover: { image, caption }`), kept with the image that wins.
  let objectCaption: string | undefined;
  const fields: Record<string, unknown> = {};
  const ranks: Partial<Record<FieldName, number>> = {};
  const tagLists: { rank: number; tags: string[] }[] = [];
  const problems: FrontMatterProblem[] = [];
  for (const [key, given] of Object.entries(data)) {
    const named = FIELD_OF_NAME.get(nameKey(key));
    // Obsidian Publish's `publish: false` keeps a note off the site: a draft.
    if (nameKey(key) === "publish" && (typeof given === "boolean" || (typeof given === "string" && /^\s*(true|false)\s*$/i.test(given)))) {
      if (!(given === true || /^\s*true\s*$/i.test(String(given)))) fields.draft ??= `\`${key}: false\``;
      continue;
    }
    if (!named) {
      if (IGNORED_NAMES.has(nameKey(key))) continue;
      const near = nearestKey(key);
      problems.push({ key, message: `unknown key, ignored${near ? `: did you mean \`${near}\`?` : ` (known keys: ${KNOWN.join(", ")})`}` });
      continue;
    }
    if (given === null || given === undefined) continue; // `key:` with nothing after it
    // `published: false` (dev.to, Jekyll; quoted too) marks a draft; `published: <date>` is the date.
    const publishedFlag = nameKey(key) === "published" && (typeof given === "boolean" || (typeof given === "string" && /^\s*(true|false)\s*$/i.test(given)));
    const field: FieldName = publishedFlag ? "draft" : named.field;
    const value = publishedFlag ? !(given === true || /^\s*true\s*$/i.test(String(given))) : given;
    const item = LIST_ITEMS[field];
    const kept = item && Array.isArray(value) ? value.filter((entry, index) => {
      const checked = v.safeParse(item, entry);
      if (!checked.success) problems.push(...problemsOf(`${key}.${index}`, field, checked.issues));
      return checked.success;
    }) : value;
    const result = v.safeParse(field === "draft" && nameKey(key) === "status" ? Status : FRONT_MATTER_KEYS[field], kept);
    if (!result.success) {
      problems.push(...problemsOf(key, field, result.issues));
      continue;
    }
    const output: unknown = result.output;
    if (output === undefined) continue;
    if (field === "tags") tagLists.push({ rank: named.rank, tags: output as string[] });
    else if (field === "draft") {
      // Any mark of a draft holds it back, whichever name says so.
      if (output === true && fields.draft === undefined) fields.draft = `\`${key}: ${publishedFlag ? "false" : String(given)}\``;
    } else if (ranks[field] === undefined || named.rank < ranks[field]) {
      fields[field] = output;
      ranks[field] = named.rank;
      if (field === "image") objectCaption = captionOf(given);
    }
  }
  // `cover: { image: …, caption: … }`: the caption comes with the image, unless a field of its own gives one.
  if (fields.image_caption === undefined && objectCaption) fields.image_caption = objectCaption;
  // `tags` first, then the other names' in FIELD_NAMES order (a stable sort keeps each name's own order).
  // Eleventy files every post under the collection tag `posts` (or `post`): a template's, no reader's tag.
  if (tagLists.length) fields.tags = tagLists.sort((a, b) => a.rank - b.rank).flatMap((list) => list.tags).map(squash).filter((tag) => tag && !COLLECTION_TAG.test(tag));
  if (fields.related) fields.related = (fields.related as (RelatedLink | undefined)[]).filter((link) => link !== undefined);
  return { fields: fields as FrontMatter, problems };
}

/**
 * The tables generators nest our fields in, read as the file's own keys
 * unless the top level gives them too: Hugo's `params` (where its newer sites
 * put `author` and the like), Zola's `extra` and `taxonomies` (its tags and
 * categories); and MkDocs Material's `date: { created, updated }`.
 */
function withParams(data: Record<string, unknown>): Record<string, unknown> {
  let out = data;
  for (const table of NESTING_TABLES) {
    const params = out[table];
    if (!isMapping(params)) continue;
    if (out === data) out = { ...data };
    delete out[table];
    const given = new Set(Object.keys(out).map(nameKey));
    for (const [key, value] of Object.entries(params)) if (!given.has(nameKey(key)) && FIELD_OF_NAME.has(nameKey(key))) out[key] = value;
  }
  // Minimal Mistakes' `header: { overlay_image, image, teaser, caption }`: the post's cover and its credit, where no
  // image field of the file's own gives one. Another generator's `header` (not a table) is left to the key check.
  const header = out.header;
  if (isMapping(header)) {
    out = { ...out };
    delete out.header;
    const cover = [header.overlay_image, header.image, header.teaser].find((given) => typeof given === "string" && given.trim() !== "");
    if (cover !== undefined && !givesField(out, "image")) {
      out.image = cover;
      if (typeof header.caption === "string" && !givesField(out, "image_caption")) out.image_caption = header.caption;
    }
  }
  const date = out.date;
  if (isMapping(date) && (date.created !== undefined || date.updated !== undefined)) {
    out = { ...out, date: date.created };
    if (date.updated !== undefined && !givesField(out, "updated")) out.updated = date.updated;
  }
  return out;
}

const NESTING_TABLES = ["params", "extra", "taxonomies"];

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Whether the mapping gives the field under any of its names. */
function givesField(data: Record<string, unknown>, field: FieldName): boolean {
  return Object.keys(data).some((key) => FIELD_OF_NAME.get(nameKey(key))?.field === field);
}

/** An image object's caption (`{ image: …, caption: … }`), when it has one. */
function captionOf(value: unknown): string | undefined {
  if (!isMapping(value)) return undefined;
  const caption = value.caption;
  return typeof caption === "string" ? v.parse(CaptionText, caption) : undefined;
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
function problemsOf(key: string, field: FieldName, issues: readonly v.BaseIssue<unknown>[]): FrontMatterProblem[] {
  return issues.flatMap((issue) => {
    const here = [key, ...(issue.path ?? []).map((item) => String(item.key))].join(".");
    const inner = issue.type === "union" ? problemsOf(here, field, (issue.issues ?? []).filter((nested) => nested.path?.length)) : [];
    return inner.length ? inner : [{ key: here, field, message: issue.message }];
  });
}

function describe(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value === "number" ? "the number" : "the yes/no value"} ${String(value)}; put it in quotes if it is meant as text`;
  if (Array.isArray(value)) return "a list";
  if (value === null) return "nothing";
  if (typeof value === "object") return "a mapping (key: value lines)";
  return JSON.stringify(value);
}

/** The known name a misspelt one is closest to (at most two edits away), if any. */
function nearestKey(key: string): string | undefined {
  const lower = nameKey(key);
  let best: { key: string; distance: number } | undefined;
  for (const known of ALL_NAMES) {
    const distance = editDistance(lower, nameKey(known));
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
