/**
 * Markdown with YAML front matter → ParsedArticle, with markdown-it and js-yaml;
 * the front matter is checked against its schema (front-matter.ts).
 * Raw HTML in the Markdown is allowed through an allow-list sanitiser, so
 * nothing in an article can inject script or active content.
 */
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
// js-yaml rather than yaml: ten times faster on front matter (0.008 vs 0.07–0.17 ms a file,
// bench/results.md), the same values under the YAML 1.2 core schema.
import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
import { ArticleRejected, type Block } from "../../core/article";
import { squash } from "../../core/text";
import { checkFrontMatter, describeProblem } from "./front-matter";
import { sanitizeEscapedHtml, sanitizeHtml } from "../sanitize";
import { useFastLineTable } from "./line-table";
import { addLinkPretests } from "./link-pretest";
import { textRule } from "./text-rule";
import type { ParsedArticle } from "../parsed";

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });
addLinkPretests(markdown);
markdown.inline.ruler.at("text", textRule);
useFastLineTable(markdown);

// markdown-it already refuses javascript:, vbscript:, file: and data: links
// (validateLink); later stages keep only http(s) links when making them absolute.

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function parseMarkdown(text: string): ParsedArticle {
  const match = FRONT_MATTER.exec(text);
  const { fields, problems } = checkFrontMatter(match ? readFrontMatter(match[1]!) : {});
  const body = match ? text.slice(match[0].length) : text;

  const tokens = markdown.parse(body, {});
  let title = fields.title;
  // Without a front-matter title, a leading "# Heading" is the title.
  if (!title && tokens[0]?.type === "heading_open" && tokens[0].tag === "h1") {
    title = squash(tokens[1]?.content ?? "");
    tokens.splice(0, 3);
  }
  if (!title) {
    const titleProblem = problems.find((p) => p.key === "title");
    throw new ArticleRejected(titleProblem ? `no title: ${describeProblem(titleProblem)}` : "no title: front matter has no `title` and the text does not start with a `# heading`");
  }

  const lead = firstParagraphText(tokens);
  const rendered = markdown.renderer.render(tokens, markdown.options, {});
  // markdown-it escapes every text and attribute value it renders: without raw HTML its tags are the only markup.
  const html = (holdsRawHtml(tokens) ? sanitizeHtml(rendered) : sanitizeEscapedHtml(rendered)).trim();
  const { image, image_caption: imageCaption } = fields;
  const blocks: Block[] = [];
  if (imageCaption || image) blocks.push({ kind: "figure", caption: imageCaption ?? "", image });
  if (html) blocks.push({ kind: "html", html });

  return {
    title,
    summary: fields.summary,
    lead,
    blocks,
    captions: imageCaption ? [imageCaption] : [],
    image,
    related: fields.related ?? [],
    author: fields.author,
    published: fields.date,
    updated: fields.updated,
    tags: fields.tags ?? [],
    canonicalUrl: fields.url,
    language: fields.lang,
    claimedId: fields.id,
    warnings: problems.map(describeProblem),
  };
}

function readFrontMatter(source: string): Record<string, unknown> {
  let data: unknown;
  try {
    // The core schema: dates stay strings (the date parser reads them), `yes` stays a word.
    data = loadYaml(source, { schema: CORE_SCHEMA });
  } catch (error) {
    const where = error instanceof YAMLException && error.mark ? ` (line ${error.mark.line + 1})` : "";
    const message = error instanceof YAMLException ? error.reason : error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ArticleRejected(`front matter is not valid YAML${where}: ${message}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new ArticleRejected("front matter must be a YAML mapping (key: value lines)");
  return data as Record<string, unknown>;
}

/** Whether the Markdown has raw HTML in it: blocks, or inline tags (an image's alt text is escaped, so its children do not count). */
function holdsRawHtml(tokens: Token[]): boolean {
  return tokens.some((token) => token.type === "html_block" || (token.type === "inline" && token.children!.some((child) => child.type === "html_inline")));
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
