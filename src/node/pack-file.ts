/**
 * Node edge: the on-disk format of the parse cache's packs (article-cache.ts).
 *
 * A pack is two files: `<uuid>.json`, every parse without its article's body
 * (`blocks`), and `<uuid>.bodies`, the bodies one after another, each found
 * by its offset and length. A start reads only the first: the bodies, four
 * fifths of the bytes, are read one by one when something renders an article
 * (the feeds' newest items, a page asked for), so a restart neither parses
 * nor keeps in memory the text of ten thousand articles nobody asked for.
 *
 * Both are ASCII JSON (characters past ASCII escaped), read as one-byte text.
 */
import { isAscii } from "node:buffer";
import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { Article } from "../core/article";
import type { ParsedFile } from "../article/article-set";

/** A parse, filed under its key, with the modification time of the file it was made from. */
export type Entry = [key: string, parsed: ParsedFile, mtimeMs: number];

/** On disk: the parse without its body, and where the body is in the `.bodies` file. */
type StoredEntry = [key: string, parsed: ParsedFile, mtimeMs: number, bodyAt?: number, bodyLength?: number];

const BODIES = ".bodies";

/** The stored text of bodies read from a pack and not yet asked for: compaction copies it without parsing it. */
const storedBodies = new WeakMap<Article, () => string>();

/** Writes a pack: bodies first, then the parses, each written whole and renamed, so a reader never sees half of one. */
export function writePack(file: string, entries: readonly Entry[]): void {
  const bodies: string[] = [];
  let at = 0;
  const stored = entries.map(([key, parsed, mtimeMs]): StoredEntry => {
    if (!parsed.article) return [key, parsed, mtimeMs];
    const unread = storedBodies.get(parsed.article)?.();
    // Offsets count bytes: every body is ASCII (an unread one always is, unless written otherwise).
    const body = unread !== undefined && isAsciiText(unread) ? unread : asciiJson(parsed.article.blocks);
    bodies.push(body);
    at += body.length;
    return [key, { ...parsed, article: withoutBody(parsed.article) }, mtimeMs, at - body.length, body.length];
  });
  writeWhole(bodiesOf(file), bodies.join(""));
  writeWhole(file, asciiJson(stored));
}

/**
 * A pack's parses, each article's body read from disk on first use. The
 * body file stays open for as long as the process runs: a pack deleted
 * meanwhile (compaction, by this process or another) is still read.
 * Throws when the pack or its body file cannot be read, or the body file is
 * shorter than the pack says.
 */
export function readPack(file: string): Entry[] {
  const stored = JSON.parse(packText(readFileSync(file))) as StoredEntry[];
  let fd: number | undefined;
  const bodyText = (at: number, length: number): string => {
    const bytes = Buffer.allocUnsafe(length);
    if (readSync(fd!, bytes, 0, length, at) !== length) throw new Error(`the parse cache's ${bodiesOf(file)} is shorter than its pack says`);
    return packText(bytes);
  };
  const entries = stored.map(([key, parsed, mtimeMs, at, length]): Entry => {
    if (!parsed.article) return [key, parsed, mtimeMs];
    if (at === undefined || length === undefined) throw new Error("a parse without its body");
    return [key, revive(parsed, () => bodyText(at, length)), mtimeMs];
  });
  let end = 0;
  for (const [, , , at = 0, length = 0] of stored) end = Math.max(end, at + length);
  if (end > 0) {
    fd = openSync(bodiesOf(file), "r");
    // A body file shorter than the pack says (cut short, replaced): refuse the pack now, not an article later.
    if (fstatSync(fd).size < end) {
      closeSync(fd);
      throw new Error(`the parse cache's ${bodiesOf(file)} is shorter than its pack says`);
    }
  }
  return entries;
}

/**
 * The article with another modification time, its body still read only when
 * first asked for (a spread would read it now), its fields in the same order.
 */
export function withFileModified(article: Article, fileModified: Date): Article {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(article)) as Article;
  copy.fileModified = fileModified;
  const stored = storedBodies.get(article);
  if (stored) storedBodies.set(copy, stored);
  return copy;
}

/** Deletes a pack (a process that has it open still reads it). */
export function removePack(file: string): void {
  rmSync(bodiesOf(file), { force: true });
  rmSync(file, { force: true });
}

/**
 * The article's fields but its body, without reading the body (a rest pattern would).
 * The body's key stays in its place, holding 0: the revived article lists its fields
 * in the order the parser made them, so it serialises to the very same JSON (the
 * worker build's change detection hashes that JSON).
 */
function withoutBody(article: Article): Article {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(article)) copy[key] = key === "blocks" ? 0 : article[key as keyof Article];
  return copy as unknown as Article;
}

function bodiesOf(file: string): string {
  return `${file.slice(0, -".json".length)}${BODIES}`;
}

function writeWhole(file: string, text: string): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, text, "latin1");
  renameSync(temporary, file);
}

/**
 * JSON with every character past ASCII escaped (`\u00e9`): a start reads such
 * a pack as one-byte text, about twice as fast as decoding UTF-8 into V8's
 * two-byte strings (a single `é` makes a whole pack two-byte), and JSON.parse
 * of one-byte text is faster too.
 */
function asciiJson(value: unknown): string {
  // By runs, not by character: a quarter faster over a pack of Latin text with a few accents.
  return JSON.stringify(value).replace(/[^\x00-\x7f]+/g, (run) => {
    let escaped = "";
    for (let i = 0; i < run.length; i++) escaped += `\\u${run.charCodeAt(i).toString(16).padStart(4, "0")}`;
    return escaped;
  });
}

function isAsciiText(text: string): boolean {
  return !/[^\x00-\x7f]/.test(text);
}

/** A pack's text: one-byte when it is all ASCII (asciiJson), else UTF-8. */
function packText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}

/** JSON → a parse result: dates travel as ISO strings; the body is read when first asked for. */
function revive(parsed: ParsedFile, storedBody: () => string): ParsedFile {
  const stored = parsed.article as unknown as Record<"published" | "updated" | "fileModified", string>;
  const article = parsed.article as Article;
  article.published = new Date(stored.published);
  article.updated = new Date(stored.updated);
  article.fileModified = new Date(stored.fileModified);
  let blocks: Article["blocks"] | undefined;
  storedBodies.set(article, storedBody);
  Object.defineProperty(article, "blocks", {
    enumerable: true,
    configurable: true,
    get: () => {
      if (blocks) return blocks;
      blocks = JSON.parse(storedBody()) as Article["blocks"];
      storedBodies.delete(article);
      return blocks;
    },
    set: (value: Article["blocks"]) => {
      blocks = value;
      storedBodies.delete(article);
    },
  });
  return parsed;
}
