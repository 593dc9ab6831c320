/**
 * Markdown with YAML front matter → ParsedArticle, with markdown-it and js-yaml;
 * the front matter is checked against its schema (front-matter.ts); a draft
 * stops here (ArticleIsDraft). Footnotes are read (footnotes.ts).
 * Raw HTML in the Markdown is allowed through an allow-list sanitiser, so
 * nothing in an article can inject script or active content.
 */
/// <reference path="./markdown-it-deflist.d.ts" />
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
// js-yaml rather than yaml: ten times faster on front matter (0.008 vs 0.07–0.17 ms a file,
// bench/results.md), the same values under the YAML 1.2 core schema.
import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
import { parse as parseToml, TomlError } from "smol-toml";
import { ArticleIsDraft, ArticleRejected, type Block } from "../../core/article";
import { squash, titleKey } from "../../core/text";
import { checkFrontMatter, describeProblem } from "./front-matter";
import { nameKey } from "./front-matter-names";
import { isSafeUrl, sanitizeEscapedHtml, sanitizeHtml } from "../sanitize";
import { playersAsLinks } from "../video-embeds";
import { useFootnotes } from "./footnotes";
import deflist from "markdown-it-deflist";
import { useWikiLinks } from "./wiki-links";
import { useTaskLists } from "./task-lists";
import { useFastLineTable } from "./line-table";
import { addLinkPretests } from "./link-pretest";
import { textRule } from "./text-rule";
import { bylineOf } from "./byline-paragraph";
import { captionImages, htmlFigureCaptions, isImagesOnly } from "./caption-figures";
import { inlineText } from "./inline-text";
import { titleBlock } from "./title-block";
import { withCodeCellsRead } from "./code-cells";
import { withNoteSyntaxRead } from "./note-syntax";
import { withTemplateTagsRead } from "./template-tags";
import { takeClosingHashtags, takeClosingRelated, takeOpeningHashtags } from "./closing-lists";
import { withoutPlatformButtons } from "./platform-buttons";
import type { ParsedArticle } from "../parsed";
import { isEditorsNote } from "../editor-notes";
import { BYLINE_OPENER, leadsIntoNext } from "../scrape/rules/bylines";

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });
addLinkPretests(markdown);
markdown.inline.ruler.at("text", textRule);
useFastLineTable(markdown);
useFootnotes(markdown);
useWikiLinks(markdown);
useTaskLists(markdown);
// Definition lists (`Net zero` over `: A state in which…`), as PHP Markdown Extra, Pandoc and MkDocs write them.
markdown.use(deflist);

// markdown-it already refuses javascript:, vbscript:, file: and data: links
// (validateLink); later stages keep only http(s) links when making them absolute.

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/**
 * A first line that opens front matter (`---` or Hugo's `+++`) over a key (`title: …`, `title = …`):
 * with no line after it that closes it, the file was cut short (a `---` first line over a blank
 * one is a rule in the text).
 */
const OPENS_FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\n[ \t]*[\p{L}_][\p{L}\p{N}_-]*(?: [\p{L}\p{N}_-]+)*[ \t]*[:=]/u;
const CLOSING_LINE = /^(?:---|\.\.\.|\+\+\+)[ \t]*$/m;

/** Blank lines over a front matter's first line. */
const LEADING_BLANK_LINES = /^(?:[ \t]*\n)+(?=(?:---|\+\+\+)[ \t]*\n|\{[ \t]*\n)/;

/** Hugo's JSON front matter: an object from the first line to a `}` line of its own. */
const JSON_FRONT_MATTER = /^\{[ \t]*\n([\s\S]*?\n)\}[ \t]*(?:\n|$)/;

/** Hugo's other front matter: TOML between `+++` lines. */
const TOML_FRONT_MATTER = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;

export function parseMarkdown(source: string): ParsedArticle {
  const notes: string[] = [];
  // Blank lines over the front matter (an editor's, a paste's): read it, and say most generators would not.
  const blank = LEADING_BLANK_LINES.exec(source);
  if (blank) notes.push("blank lines stand over the front matter: read, but most site generators need it on the first line");
  const text = blank ? source.slice(blank[0].length) : source;
  const yaml = FRONT_MATTER.exec(text);
  const toml = yaml ? null : TOML_FRONT_MATTER.exec(text);
  const json = yaml || toml ? null : JSON_FRONT_MATTER.exec(text);
  // A front matter opened and never closed is a file cut short (an editor still saving it), or a
  // mistake: read as text it would publish the front matter as the body, under the file's name.
  if (!yaml && !toml && !json && OPENS_FRONT_MATTER.test(text.slice(0, 200)) && !CLOSING_LINE.test(text.slice(text.indexOf("\n")))) throw new ArticleRejected(`front matter is not closed: no \`${text.startsWith("+") ? "+++" : "---"}\` line after it`);
  const block = yaml || toml || json ? null : titleBlock(text);
  const match = yaml ?? toml ?? json ?? block?.match;
  const { fields, problems } = checkFrontMatter(
    yaml ? readFrontMatter(yaml[1]!, notes) : toml ? readTomlFrontMatter(toml[1]!) : json ? readJsonFrontMatter(json[1]!) : block?.data ?? {},
  );
  if (fields.draft) throw new ArticleIsDraft(`${fields.draft} in the front matter`);
  // A `status` of another kind (a digital garden's `status: evergreen`) says nothing of drafts: a warning only.
  const draftProblem = problems.find((p) => p.field === "draft" && nameKey(p.key) !== "status");
  // Publishing what may be meant as a draft is the worse mistake: the file waits until it says.
  if (draftProblem) throw new ArticleRejected(`cannot tell whether it is a draft: ${describeProblem(draftProblem)}`);
  const body = withBylineSetApart(withNoteSyntaxRead(withTemplateTagsRead(withCodeCellsRead(match ? text.slice(match[0].length) : text))));

  const tokens = withoutEmptyParagraphs(withoutTocMarkers(markdown.parse(body, {})));
  let title = fields.title ?? "";
  const heading = leadingH1(tokens);
  // Without a front-matter title, a leading "# Heading" (under a photo, a kicker or a note at most)
  // is the title; with one, a leading heading that repeats it (as many site generators' files do) is not shown twice.
  if (heading !== undefined && (!title || titleKey(heading.text) === titleKey(title))) {
    title ||= heading.text;
    // The heading goes, and the kicker right over it (a label of the title, not the body's text).
    if (heading.kickerAt !== undefined) tokens.splice(heading.kickerAt, 6);
    else tokens.splice(heading.at, 3);
  }
  // Nor a heading: a first paragraph all in bold, a line of a headline's length, is the title, as Word's
  // title style comes through pandoc's Markdown without its `-s` (`**Council approves £2.4m for riverside path**`).
  const boldTitle = title || heading !== undefined ? undefined : leadingBoldTitle(tokens);
  if (boldTitle !== undefined) {
    title = boldTitle;
    tokens.splice(0, 3);
  }
  // A title written wrong is the writer's to mend; none at all (an Obsidian note, a Jekyll post
  // named by its file) leaves the title empty, and the loader titles the item by its file name.
  const titleProblem = title ? undefined : problems.find((p) => p.field === "title");
  if (titleProblem) throw new ArticleRejected(`no title: ${describeProblem(titleProblem)}`);

  // A byline paragraph opening the body says who and when, where the front matter does not say both
  // (what it does say wins); one that repeats the front matter's author is not shown twice either.
  // Its lines are its fields: "**By Marguerite Okonkwo**" over "March 3rd, 2021" in one paragraph.
  const opening = tokens[0]?.type === "paragraph_open" && tokens[1]?.type === "inline" ? bylineOf(inlineText(tokens[1], " | ")) : undefined;
  let byline = opening && (fields.date === undefined || fields.author === undefined || (opening.author !== undefined && titleKey(opening.author) === titleKey(fields.author)))
    ? opening : undefined;
  if (byline) {
    tokens.splice(0, 3);
    // The date in a paragraph of its own right under the name ("Published 14 June 2022"), where nothing else dates it.
    const stamp = byline.published === undefined && fields.date === undefined && tokens[0]?.type === "paragraph_open" && tokens[1]?.type === "inline"
      ? bylineOf(inlineText(tokens[1])) : undefined;
    if (stamp?.published && stamp.author === undefined) {
      byline = { ...byline, published: stamp.published, ...(stamp.updated ? { updated: stamp.updated } : {}) };
      tokens.splice(0, 3);
    }
  }

  // What the post opens or closes with that is no text of its: a related list, a line of hashtags.
  withoutPlatformButtons(tokens);
  const hashtags = [...takeOpeningHashtags(tokens), ...takeClosingHashtags(tokens)];
  const closingRelated = takeClosingRelated(tokens);
  const bodyCaptions = [...captionImages(tokens), ...htmlFigureCaptions(tokens)];
  const lead = firstParagraphText(tokens);
  const rendered = markdown.renderer.render(tokens, markdown.options, {});
  // markdown-it escapes every text and attribute value it renders: without raw HTML its tags are the only markup.
  // A video player's frame goes (feeds carry none); a titled one of a known player stays as a link to its video.
  const html = (holdsRawHtml(tokens) ? sanitizeHtml(playersAsLinks(rendered)) : sanitizeEscapedHtml(rendered)).trim();
  const { image_caption: imageCaption } = fields;
  const blocks: Block[] = [];
  // The front matter's image leads the body, unless the body shows it itself (Hugo's `images` is often the post's first photo).
  const shownInBody = fields.image !== undefined && [...imageSources(tokens)].includes(fields.image);
  if ((imageCaption || fields.image) && !shownInBody) blocks.push({ kind: "figure", caption: imageCaption ?? "", image: fields.image });
  // Without a front-matter image, the body's first image leads the item.
  const image = fields.image ?? firstImage(tokens);
  if (html) blocks.push({ kind: "html", html });
  // A file that is all front matter is a stub: served, but the publisher should hear of it.
  if (blocks.length === 0) notes.push("no text under the front matter: the item is published empty");

  return {
    title,
    summary: fields.summary === undefined ? undefined : plainSummary(fields.summary),
    lead,
    blocks,
    captions: imageCaption ? [imageCaption, ...bodyCaptions] : bodyCaptions,
    image,
    related: [...(fields.related ?? []), ...closingRelated],
    author: fields.author ?? byline?.author,
    published: fields.date ?? byline?.published,
    updated: fields.updated ?? byline?.updated,
    tags: [...(fields.tags ?? byline?.tags ?? []), ...hashtags],
    canonicalUrl: fields.url,
    language: fields.lang,
    claimedId: fields.id,
    warnings: [...notes, ...problems.map(describeProblem)],
  };
}

/**
 * The body without a table-of-contents marker standing as a paragraph of its own (`[TOC]`,
 * GitLab's `[[_TOC_]]`, `[[TOC]]`, `${toc}`, kramdown's `{:toc}`): the tools that write them
 * put a generated list there; here it would be the summary and a stray paragraph.
 */
function withoutTocMarkers(tokens: Token[]): Token[] {
  // At the top level only: inside a list item the marker is the item's text.
  const marker = (i: number) => tokens[i]?.type === "paragraph_open" && tokens[i]!.level === 0 && tokens[i + 1]?.type === "inline" && TOC_MARKER.test(tokens[i + 1]!.content);
  if (!tokens.some((_, i) => marker(i))) return tokens;
  return tokens.filter((_, i) => !(marker(i) || marker(i - 1) || marker(i - 2)));
}

/** Without paragraphs of no-break spaces alone (`&nbsp;`, as WordPress's editor leaves between blocks): empty lines in every reader. */
function withoutEmptyParagraphs(tokens: Token[]): Token[] {
  const empty = (i: number) => tokens[i]?.type === "paragraph_open" && tokens[i + 1]?.type === "inline" && NBSP_ONLY.test(tokens[i + 1]!.content);
  if (!tokens.some((_, i) => empty(i))) return tokens;
  return tokens.filter((_, i) => !(empty(i) || empty(i - 1) || empty(i - 2)));
}

const NBSP_ONLY = /^(?:&nbsp;|&#160;|&#xa0;|\u00a0|\s)+$/i;

const TOC_MARKER = /^\s*(?:\[\[?_?toc_?\]\]?|\$\{toc\}|\{:\s*toc\s*\})\s*$/i;

/**
 * A front-matter summary as plain text: written in Markdown (`The **new** bridge over the
 * [Tyne](…)`), it shows as its words. Anything in angle brackets stays as written: a summary
 * is text, escaped where it is shown, not markup.
 */
function plainSummary(summary: string): string {
  if (!/[*_`[\]\\]/.test(summary)) return summary;
  const children = markdown.parseInline(summary, {})[0]?.children ?? [];
  return squash(children.map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.content)).join("")) || summary;
}

/** TOML front matter, its dates as the text they were written as (the date parser reads them, as it reads YAML's). */
function readTomlFrontMatter(source: string): Record<string, unknown> {
  try {
    return withDatesAsText(parseToml(source)) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? ` (line ${error.line})` : "";
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new ArticleRejected(`front matter is not valid TOML${where}: ${message}`);
  }
}

/** JSON front matter (the object's inside, without its braces). */
function readJsonFrontMatter(inside: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(`{\n${inside}}`);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new ArticleRejected(`front matter is not valid JSON: ${message}`);
  }
  return asMapping(data);
}

/**
 * A byline line written right under the title with no blank line after it ("*By Owen Price,
 * 20 April 2025*" over the first sentence) is a paragraph of its own: Markdown would join it
 * to the text under it, and the byline would be neither read nor left out.
 */
function withBylineSetApart(body: string): string {
  const m = OPENING_LINES.exec(body);
  if (!m) return body;
  const line = m[2]!.replace(/^[*_]{1,2}|[*_]{1,2}$/g, "").trim();
  // A byline opens with its word or holds a date: a cheap test before the byline rules.
  if (!BYLINE_OPENER.test(line) && !/\d{4}/.test(line)) return body;
  return bylineOf(line) ? `${m[1]}${m[2]}\n\n${body.slice(m[0].length)}` : body;
}

/** Blank lines and an ATX title at most, then a short line with a line of text right under it. */
const OPENING_LINES = /^((?:[ \t]*\n)*(?:#[ \t].*\n(?:[ \t]*\n)*)?)([^\n#>|-][^\n]{2,150})\n(?=[ \t]*\S)/;

function withDatesAsText(value: unknown): unknown {
  // smol-toml's dates print back as written: "2024-03-12", "2024-03-12T09:30:00+01:00".
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(withDatesAsText);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDatesAsText(v)]));
  return value;
}

/**
 * A plain value holding ": " (`title: Review: the new harbour`), which YAML
 * refuses: the key, and the value as the writer meant it, as text.
 */
const COLON_IN_PLAIN_VALUE = /^([A-Za-z_][\w-]*):[ \t]+(?![\s"'[{|>&*!%@`#-])([^\n]*:[ \t][^\n]*)$/gm;

function readFrontMatter(source: string, notes: string[]): Record<string, unknown> {
  let data: unknown;
  try {
    // The core schema: dates stay strings (the date parser reads them), `yes` stays a word.
    data = loadYaml(source, { schema: CORE_SCHEMA });
  } catch (error) {
    // Titles like "Review: the new harbour" are often written unquoted: read them as text, and say so.
    const repaired = source.replace(COLON_IN_PLAIN_VALUE, (_, key: string, value: string) => `${key}: ${JSON.stringify(value.trim())}`);
    if (repaired !== source) {
      try {
        data = loadYaml(repaired, { schema: CORE_SCHEMA });
        for (const m of source.matchAll(COLON_IN_PLAIN_VALUE)) notes.push(`front matter \`${m[1]}\` holds ": " without quotes; read as the text ${JSON.stringify(m[2]!.trim())} (put it in quotes)`);
      } catch {
        data = undefined;
      }
    }
    if (data !== undefined) return asMapping(data);
    const where = error instanceof YAMLException && error.mark ? ` (line ${error.mark.line + 1})` : "";
    const message = error instanceof YAMLException ? error.reason : error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ArticleRejected(`front matter is not valid YAML${where}: ${message}`);
  }
  return asMapping(data);
}

function asMapping(data: unknown): Record<string, unknown> {
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new ArticleRejected("front matter must be a YAML mapping (key: value lines)");
  return data as Record<string, unknown>;
}

/** Whether the Markdown has raw HTML in it: blocks, or inline tags (an image's alt text is escaped, so its children do not count). */
function holdsRawHtml(tokens: Token[]): boolean {
  return tokens.some((token) => token.type === "html_block" || (token.type === "inline" && token.children!.some((child) => child.type === "html_inline")));
}

/** Longest a greeting over the text runs. */
const GREETING_CHARS = 60;

/**
 * Plain text of the first paragraph of prose, for the summary (footnote calls
 * have no text, so they leave no `[^1]`). A post that opens with its photo
 * opens with a paragraph that is only the image, often with an italic caption
 * under it: neither is the lead.
 */
function firstParagraphText(tokens: Token[]): string | undefined {
  let afterImage = false;
  let first: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    // A figure's image and caption (captionImages) are not the lead.
    if (tokens[i]!.type !== "paragraph_open" || tokens[i]!.tag !== "p" || tokens[i + 1]?.type !== "inline") continue;
    const inline = tokens[i + 1]!;
    const text = inlineText(inline);
    first ??= text;
    // Nor is a quotation or an editor's note over the text ("> **Update, 4 May:** …").
    if (tokens[i]!.level > 0 || (text !== undefined && isEditorsNote(text))) continue;
    const shape = paragraphShape(inline);
    if (shape === "image" || (shape === "emphasis" && afterImage)) {
      afterImage = shape === "image";
      continue;
    }
    // "Dear readers,": a greeting leads into the text, and is not its summary.
    if (text?.trim() && !(leadsIntoNext(text.trim()) && text.length <= GREETING_CHARS)) return text;
    afterImage = false;
  }
  return first;
}

/** A paragraph that is only images, only one emphasised span (a caption's usual form), or anything else. */
function paragraphShape(inline: Token): "image" | "emphasis" | "text" {
  if (isImagesOnly(inline.children ?? [])) return "image";
  const children = (inline.children ?? []).filter((c) => !(c.type === "softbreak" || (c.type === "text" && !c.content.trim())));
  const [open, ...rest] = children;
  const close = rest[rest.length - 1];
  if (open && close && ((open.type === "em_open" && close.type === "em_close") || (open.type === "strong_open" && close.type === "strong_close"))
    && !rest.slice(0, -1).some((c) => c.type === open.type)) return "emphasis";
  return "text";
}

/**
 * The body's leading `# heading` (or `Heading` over `===`): its text, where its
 * tokens start, and where a kicker over it starts. A photo, a kicker (`*Opinion*`,
 * a few words in emphasis), a note in a quote (`> **Update:** …`) or an HTML
 * comment may stand above it; any paragraph of text or other heading first means
 * the body has none.
 */
function leadingH1(tokens: Token[]): { text: string; at: number; kickerAt?: number } | undefined {
  let kickerAt: number | undefined;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token.type === "heading_open") return token.tag === "h1" && tokens[i + 1] ? { text: inlineText(tokens[i + 1]!) ?? "", at: i, ...(kickerAt === i - 3 ? { kickerAt } : {}) } : undefined;
    if (token.type === "paragraph_open" && tokens[i + 1]?.type === "inline") {
      const inline = tokens[i + 1]!;
      const shape = paragraphShape(inline);
      if (shape === "emphasis" && (inlineText(inline) ?? "").split(/\s+/).length <= KICKER_WORDS) kickerAt = i;
      else if (shape !== "image") return undefined;
      i += 3;
      continue;
    }
    if (token.type === "blockquote_open") {
      while (i < tokens.length && !(tokens[i]!.type === "blockquote_close" && tokens[i]!.level === token.level)) i++;
      i++;
      continue;
    }
    if (token.type === "html_block" && token.content.trim().startsWith("<!--")) {
      i++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The text of a first paragraph set wholly in bold (`**…**`, not italics, which sets a standfirst or a note),
 * when it reads as a headline: 3 to 20 words, no closing colon (a label), full stop or question mark, no note's label
 * before a colon, no byline, and text under it.
 */
function leadingBoldTitle(tokens: Token[]): string | undefined {
  if (tokens[0]?.type !== "paragraph_open" || tokens[1]?.type !== "inline" || tokens.length <= 3) return undefined;
  const inline = tokens[1];
  if (paragraphShape(inline) !== "emphasis" || inline.children?.find((c) => c.type !== "text" && c.type !== "softbreak")?.type !== "strong_open") return undefined;
  const text = squash(inlineText(inline) ?? "");
  const words = text.split(/\s+/).length;
  // A note in bold is no headline: a label before its colon ("**Warning: …**", "**Update (March 3): …**") or a question.
  if (words < 3 || words > MAX_TITLE_WORDS || /[:.;,?]$/.test(text) || NOTE_LABEL.test(text) || bylineOf(text)) return undefined;
  return text;
}

const MAX_TITLE_WORDS = 20;
const NOTE_LABEL = /^\p{L}+(?:\s+\p{L}+)?(?:\s*\([^)]{1,30}\))?:\s/u;

/** Words at most in a kicker over a title (`*Opinion*`, `**Analysis**`, `*Travel · Norway*`). */
const KICKER_WORDS = 4;

const RAW_IMAGE_SOURCE = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** The source of the body's first image: a Markdown image, or an `<img>` in raw HTML with a safe URL. */
function firstImage(tokens: Token[]): string | undefined {
  // An image embedded as data (Google Docs' `[image1]: <data:image/png;base64,…>`) is no address a feed can carry.
  for (const src of imageSources(tokens)) if (!/^data:/i.test(src)) return src;
  return undefined;
}

/** Two images or more, each alone inside a link, and only spaces between. */
function isBadgeRow(children: readonly Token[]): boolean {
  let images = 0;
  for (let k = 0; k < children.length; k++) {
    const child = children[k]!;
    if (child.type === "link_open" && children[k + 1]?.type === "image" && children[k + 2]?.type === "link_close") {
      images++;
      k += 2;
    } else if (!((child.type === "text" && !child.content.trim()) || child.type === "softbreak")) return false;
  }
  return images >= 2;
}

/** The images the body shows, in order: Markdown images and raw `<img>` tags. */
function* imageSources(tokens: Token[]): Generator<string, undefined> {
  for (const token of tokens) {
    if (token.type === "html_block") {
      const found = rawImageSource(token.content);
      if (found) yield found;
    }
    // A row of badges (`[![build](…/badge.svg)](…) [![crates.io](…)](…)`, as a README opens): linked images and
    // nothing else, the project's status, not a picture of the article.
    if (token.type === "inline" && isBadgeRow(token.children ?? [])) continue;
    for (const child of token.children ?? []) {
      if (child.type === "image") {
        const src = String(child.attrGet("src") ?? "");
        if (src) yield src;
      }
      if (child.type === "html_inline") {
        const found = rawImageSource(child.content);
        if (found) yield found;
      }
    }
  }
  return undefined;
}

function rawImageSource(html: string): string | undefined {
  const match = RAW_IMAGE_SOURCE.exec(html);
  const src = match ? (match[1] ?? match[2] ?? match[3] ?? "").trim() : "";
  return src && isSafeUrl(src) ? src : undefined;
}
