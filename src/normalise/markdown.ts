/**
 * Markdown with YAML front matter → ParsedArticle, with markdown-it and yaml.
 * Raw HTML in the Markdown is allowed through an allow-list sanitiser, so
 * nothing in an article can inject script or active content.
 */
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { ArticleRejected, type Block, type RelatedLink } from "../core/article";
import { squash } from "../core/text";
import { tryUrl } from "../core/url";
import { parseDate } from "./dates";
import { sanitizeHtml } from "./sanitize";
import type { ParsedArticle } from "./parsed";
import { parseLinkLine } from "./scrape/rules";

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });

// markdown-it already refuses javascript:, vbscript:, file: and data: links
// (validateLink); later stages keep only http(s) links when making them absolute.

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function parseMarkdown(text: string): ParsedArticle {
  const match = FRONT_MATTER.exec(text);
  const data = match ? readFrontMatter(match[1]!) : {};
  const body = match ? text.slice(match[0].length) : text;
  const warnings: string[] = [];

  const tokens = markdown.parse(body, {});
  let title = optionalString(data, "title");
  // Without a front-matter title, a leading "# Heading" is the title.
  if (!title && tokens[0]?.type === "heading_open" && tokens[0].tag === "h1") {
    title = squash(tokens[1]?.content ?? "");
    tokens.splice(0, 3);
  }
  if (!title) throw new ArticleRejected("no title: front matter has no `title` and the text does not start with a `# heading`");

  const lead = firstParagraphText(tokens);
  const html = sanitizeHtml(markdown.renderer.render(tokens, markdown.options, {})).trim();
  const imageCaption = optionalString(data, "image_caption");
  const image = optionalString(data, "image");
  const blocks: Block[] = [];
  if (imageCaption || image) blocks.push({ kind: "figure", caption: imageCaption ?? "", image });
  if (html) blocks.push({ kind: "html", html });

  return {
    title,
    summary: optionalString(data, "summary"),
    lead,
    blocks,
    captions: imageCaption ? [imageCaption] : [],
    image,
    related: readRelated(data.related),
    author: readAuthor(data.author),
    published: readDate(data, "date", warnings),
    updated: readDate(data, "updated", warnings),
    tags: readTags(data.tags),
    canonicalUrl: readUrl(data, "url", warnings),
    language: optionalString(data, "lang"),
    claimedId: optionalString(data, "id"),
    warnings,
  };
}

function readFrontMatter(source: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parseYaml(source, { schema: "core", prettyErrors: false });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line + 1})` : "";
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ArticleRejected(`front matter is not valid YAML${where}: ${message}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new ArticleRejected("front matter must be a YAML mapping (key: value lines)");
  return data as Record<string, unknown>;
}

function optionalString(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (typeof value === "string" || typeof value === "number") return squash(String(value)) || undefined;
  return undefined;
}

function readDate(data: Record<string, unknown>, key: string, warnings: string[]): Date | undefined {
  const value = data[key];
  if (value === undefined || value === null || value === "") return undefined;
  const date = value instanceof Date ? value : parseDate(String(value));
  if (!date) warnings.push(`front matter \`${key}\` is not a date I can read: ${JSON.stringify(String(value))}`);
  return date ?? undefined;
}

function readUrl(data: Record<string, unknown>, key: string, warnings: string[]): string | undefined {
  const value = optionalString(data, key);
  if (!value) return undefined;
  const url = /^https?:\/\/[^\s]+$/i.test(value) ? tryUrl(value) : null;
  if (url) return url.href;
  warnings.push(`front matter \`${key}\` is not an absolute http(s) URL: ${JSON.stringify(value)}`);
  return undefined;
}

function readAuthor(value: unknown): string | undefined {
  if (typeof value === "string") return squash(value) || undefined;
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string").map(squash).join(", ") || undefined;
  if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string") {
    return squash((value as { name: string }).name) || undefined;
  }
  return undefined;
}

function readTags(value: unknown): string[] {
  const list = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : [];
  return list.filter((t): t is string | number => typeof t === "string" || typeof t === "number").map((t) => String(t));
}

/** `related`: a list of "Title", "Title - URL", "[Title](URL)" or {title, url}. */
function readRelated(value: unknown): RelatedLink[] {
  if (!Array.isArray(value)) return [];
  const links: RelatedLink[] = [];
  for (const entry of value) {
    if (typeof entry === "string") {
      const text = squash(entry);
      if (text) links.push(parseLinkLine(text) ?? { title: text });
    } else if (entry && typeof entry === "object") {
      const keys = Object.keys(entry);
      const only = keys.length === 1 ? (entry as Record<string, unknown>)[keys[0]!] : undefined;
      if (keys.length === 1 && keys[0] !== "title" && (typeof only === "string" || typeof only === "number")) {
        // `- Monitor: 58 killed` is a YAML mapping; the writer meant one title.
        const text = squash(`${keys[0]}: ${only}`);
        links.push(parseLinkLine(text) ?? { title: text });
        continue;
      }
      const { title, url } = entry as { title?: unknown; url?: unknown };
      if (typeof title === "string" && squash(title)) {
        links.push({ title: squash(title), ...(typeof url === "string" && url ? { url: url.trim() } : {}) });
      }
    }
  }
  return links;
}

/** Plain text of the first paragraph, for the summary. */
function firstParagraphText(tokens: Token[]): string | undefined {
  const open = tokens.findIndex((t) => t.type === "paragraph_open");
  const inline = open >= 0 ? tokens[open + 1] : undefined;
  if (!inline?.children) return undefined;
  const text = inline.children
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.type === "image" || child.type === "html_inline" ? "" : child.content))
    .join("");
  return squash(text) || undefined;
}
