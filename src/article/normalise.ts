/**
 * One source file → one normalised article, or ArticleRejected with the
 * reason. The cross-file steps live in ArticleSet.
 */
import { ArticleRejected, type Article, type ArticleSource, type LoadWarning } from "../core/article";
import { slugify, squash, truncateOnSentence } from "../core/text";
import { wholeSecondDate } from "../core/time";
import { ARTICLE_EXTENSIONS, dateOfName, extensionOf, FORMAT_OF_EXTENSION, titleOfName } from "./article-files";
import { slugOfName } from "../core/url";
import { isValidDate, parseDate } from "../extract/dates";
import { parseHtml } from "../extract/html/parse-html";
import { parseMarkdown } from "../extract/markdown/parse-markdown";
import type { ParsedArticle } from "../extract/parsed";
import { parseScrape } from "../extract/scrape/parse-scrape";
import { decodeArticle } from "./decode";
import { contentDigest } from "./digest";
import { articleLanguage } from "./language";

const SUMMARY_MAX_LENGTH = 300;

const PARSERS: Record<Article["format"], (text: string) => ParsedArticle> = {
  scrape: parseScrape,
  markdown: parseMarkdown,
  html: parseHtml,
};

/** Parses one file; throws ArticleRejected with the reason when it cannot be used. */
export function normaliseArticle(source: ArticleSource, warnings: LoadWarning[] = []): Article {
  const ext = extensionOf(source.name);
  const format = FORMAT_OF_EXTENSION[ext];
  if (!format) throw new ArticleRejected(`unsupported file type ".${ext}" (use ${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(", ")})`);
  const slug = slugOfName(source.name);
  if (!slug) throw new ArticleRejected("the file name has no letters or digits to make an id from; rename it");

  if (!source.bytes) throw new ArticleRejected(source.unreadable ?? "could not be read");
  const text = decodeArticle(source.bytes);
  const parsed = PARSERS[format](text);
  const warn = (message: string) => warnings.push({ name: source.name, message });
  parsed.warnings.forEach(warn);

  const dates = resolveDates(parsed, source, format, warn);
  const summarySource = parsed.summary ?? parsed.lead ?? "";
  const article: Article = {
    slug,
    sourceName: source.name,
    format,
    title: cappedTitle(squash(parsed.title), warn) || untitled(source.name, parsed.firstLine, warn),
    summary: truncateOnSentence(squash(summarySource), SUMMARY_MAX_LENGTH),
    blocks: parsed.blocks,
    captions: parsed.captions,
    image: parsed.image,
    related: parsed.related,
    ...dates,
    author: parsed.author,
    tags: normaliseTags(parsed.tags),
    canonicalUrl: parsed.canonicalUrl,
    fileModified: wholeSecondDate(source.mtimeMs),
    digest: contentDigest(text),
    ...(parsed.claimedId ? { claimedId: slugify(parsed.claimedId) || parsed.claimedId } : {}),
  };
  const language = articleLanguage(article, parsed.language, warn);
  // Set in place: copying the article into a new object to add one field cost more than the field.
  if (language) article.language = language;
  return article;
}

/** A title longer than any headline (a paragraph set as a heading, a broken file) is cut to a headline's length, and the publisher told. */
function cappedTitle(title: string, warn: (message: string) => void): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  warn(`the title is ${title.length} characters long; cut to ${MAX_TITLE_LENGTH} in the feeds and pages`);
  return truncateOnSentence(title, MAX_TITLE_LENGTH);
}

/** Longest title kept whole: feed readers show a line or two of it. */
const MAX_TITLE_LENGTH = 300;

/**
 * An article with no title of its own is titled by its file name, and the publisher told; a file
 * named by an id (a hash) by its first line, if it is short enough to be one.
 */
function untitled(name: string, firstLine: string | undefined, warn: (message: string) => void): string {
  const title = titleOfName(name);
  if (title) {
    warn(`no title in the file; titled by its name: "${title}"`);
    return title;
  }
  const line = squash(firstLine ?? "");
  if (!line) throw new ArticleRejected("no title in the file, and its name is an id, not words that could stand for one");
  warn(`no title in the file, and its name is an id; titled by its first line: "${line}"`);
  return line;
}

/**
 * Published/updated: from the article itself when it says, else the file's
 * modification time (stable across restarts, unlike the clock), with a warning.
 */
function resolveDates(parsed: ParsedArticle, source: ArticleSource, format: Article["format"], warn: (m: string) => void) {
  const published = parsed.published ?? parsed.updated;
  if (published) {
    const updated = parsed.updated && parsed.updated > published ? parsed.updated : published;
    return { published, updated, dateSource: format === "markdown" ? "front-matter" : "text" } as const;
  }
  // Jekyll names its posts by date ("2024-03-12-harbour-reopens.md"): the writer's own date.
  const named = dateOfName(source.name);
  const fromName = named ? parseDate(named) : null;
  if (fromName) return { published: fromName, updated: fromName, dateSource: "file-name" } as const;
  const mtime = wholeSecondDate(source.mtimeMs);
  if (!isValidDate(mtime)) throw new ArticleRejected("no date in the text and the file has no usable modification time");
  warn(`no date in the file; using its modification time ${mtime.toISOString()}`);
  return { published: mtime, updated: mtime, dateSource: "file-mtime" } as const;
}

/** HTML's own elements in a tag (`<b>news</b>`, `<script>`); "Harbour <City>" is text with brackets. */
const TAG_MARKUP = /<\/?(?:a|b|i|u|s|em|strong|span|small|mark|code|sub|sup|br|p|div|font|script|style|img|iframe)\b[^>]*>/gi;

/** Tags: trimmed, unique (case-insensitively), without markup (`<b>news</b>` is "news") and without `<`, which `feed` cannot escape in attributes. */
function normaliseTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const clean = squash(tag.replace(TAG_MARKUP, "").replace(/[<>]/g, ""));
    const key = clean.toLowerCase();
    if (clean && !seen.has(key)) {
      seen.add(key);
      out.push(clean);
    }
  }
  return out;
}
