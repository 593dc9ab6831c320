/**
 * The template code site generators leave in their Markdown, read as what
 * their sites show: Hugo's shortcodes (`{{< figure src="…" caption="…" >}}`),
 * Jekyll's and Eleventy's Liquid and Nunjucks (`{{ site.baseurl }}/x.jpg`,
 * `{{ "/x.jpg" | relative_url }}`, `{% post_url 2024-02-20-name %}`,
 * `{% image "bees.jpg", "Bees" %}`), Hexo's and Octopress's tags (`{% asset_img … %}`,
 * `{% codeblock %}`, box tags), Pelican's and Zola's links and calls, and
 * WordPress's `[caption]…[/caption]`. Left as written, readers would see the
 * code, and the images in it would be lost. Written by hand: each generator's
 * template engine needs its site (layouts, data, plugins), and no library reads
 * them all.
 *
 * Code is left alone: fenced blocks and code spans, where a post about these
 * tools shows them.
 */
import { isImagePath } from "../../core/media-types";
import { tagAttribute } from "../tag-attribute";
import { articlePath, slugOfName } from "../../core/url";

/** Whether the text may hold any template code or attribute list: most files do not, and are not walked. */
const MAY_HOLD_TEMPLATE = /\{\{|\{%|\[caption\b|\[embed\]|\{[:#.]|[\])]\{\w|\{(?:static|filename|attach)\}|\]\(@\//;

export function withTemplateTagsRead(body: string): string {
  if (!MAY_HOLD_TEMPLATE.test(body)) return body;
  const lines = body.split("\n");
  let fence: string | undefined;
  /** Inside `{% raw %}` (its text is shown as written) or `{% comment %}` (not shown at all). */
  let block: "raw" | "comment" | undefined;
  const out: string[] = [];
  /** Boxes open (a note, a quote, a details block): what each shows when it closes. */
  const boxes: OpenBox[] = [];
  for (const line of lines) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.slice(line.indexOf(marker) + marker.length).trim()) fence = undefined;
      out.push(line);
      continue;
    }
    if (marker) {
      fence = marker;
      out.push(line);
      continue;
    }
    let rest = line;
    let read = "";
    // Walked tag by tag: a `{% raw %}` or `{% comment %}` may open and close on one line.
    for (;;) {
      if (block) {
        const end = (block === "raw" ? END_RAW : END_COMMENT).exec(rest);
        if (!end) {
          if (block === "raw") read += rest;
          rest = "";
          break;
        }
        if (block === "raw") read += rest.slice(0, end.index);
        rest = rest.slice(end.index + end[0].length);
        block = undefined;
        continue;
      }
      const open = OPEN_BLOCK.exec(rest);
      if (!open) break;
      read += readSpans(rest.slice(0, open.index), boxes);
      rest = rest.slice(open.index + open[0].length);
      block = open[1]!.toLowerCase() === "raw" ? "raw" : "comment";
    }
    read += readSpans(rest, boxes);
    // A line that was only template code (an `{% if %}`, a closing tag) goes whole.
    if (read.trim() || !line.trim()) out.push(read);
  }
  // A box left open shows what it holds, closed.
  while (boxes.length) out.push(closeBox(boxes.pop()!));
  return out.join("\n");
}

/** A fence's marker (up to three spaces in): three or more backticks or tildes. */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const OPEN_BLOCK = /\{%-?\s*(raw|comment)\s*-?%\}/i;
const END_RAW = /\{%-?\s*endraw\s*-?%\}/i;
const END_COMMENT = /\{%-?\s*endcomment\s*-?%\}/i;

/** The text of a line outside its code spans, read; the spans themselves as written. */
function readSpans(text: string, boxes: OpenBox[]): string {
  if (!text.includes("`")) return readTags(text, boxes);
  let out = "";
  let at = 0;
  for (const span of text.matchAll(CODE_SPAN)) {
    out += readTags(text.slice(at, span.index), boxes) + span[0];
    at = span.index! + span[0].length;
  }
  return out + readTags(text.slice(at), boxes);
}

/** A code span (`` `…` ``, as many backticks closing it as open it). */
export const CODE_SPAN = /(`+)[\s\S]*?[^`]\1(?!`)|(`+)\2(?!`)/g;

function readTags(text: string, boxes: OpenBox[]): string {
  if (!MAY_HOLD_TEMPLATE.test(text)) return text;
  return withoutAttributeLists(text)
    .replace(PELICAN_PLACEHOLDER, (_, kind: string, path: string) => pelicanLink(kind, path))
    .replace(ZOLA_INTERNAL_LINK, (_, path: string) => `](${articleOf(path)})`)
    .replace(WORDPRESS_CAPTION, (_, inner: string) => wordpressCaption(inner))
    .replace(WORDPRESS_EMBED, (_, url: string) => `<${url.trim()}>`)
    .replace(HUGO_SHORTCODE, (_, name: string, args: string) => boxTag(name, args, boxes) ?? hugoShortcode(name, args))
    .replace(LIQUID_TAG, (_, name: string, args: string) => boxTag(name, args, boxes) ?? liquidTag(name, args))
    .replace(LIQUID_OUTPUT, (_, expression: string) => liquidOutput(expression));
}

/**
 * Attribute lists, kramdown's (`{: .note }`, `![](x.jpg){: width="400"}`),
 * Goldmark's heading ids (`## Recipe {#recipe}`) and Pandoc's (`{width="6.3in"}`, `[words]{.underline}`): what they set (ids,
 * classes, sizes) the sanitiser would drop anyway, so they go whole rather
 * than show as text. By hand: markdown-it-attrs reads `{#id .class}` but not
 * kramdown's `{:` lists.
 */
function withoutAttributeLists(text: string): string {
  if (!text.includes("{:") && !text.includes("{#") && !text.includes("{.") && !text.includes("]{") && !text.includes("){")) return text;
  // A list alone on its line applies to the block above it: nothing of it is shown.
  if (ATTRIBUTE_LINE.test(text)) return "";
  // A fenced div's attributes (`::: {.callout-note title="…"}`) say what the div is: note-syntax.ts reads them.
  if (FENCED_DIV.test(text)) return text;
  // `![Totals by stratum](strata.png){#fig:strata width=80%}`: an image alone with a figure's id is Pandoc's figure,
  // its alt text the caption, set under it as writers set one (caption-figures.ts).
  const figure = PANDOC_FIGURE.exec(text);
  if (figure) return `${figure[1]}\n*${figure[2]!.replace(/[*_\\]/g, "\\$&")}*`;
  return text.replace(TRAILING_ATTRIBUTES, "").replace(INLINE_ATTRIBUTES, "$1").replace(BRACKETED_SPAN, "$1");
}

const ATTRIBUTE_LINE = /^\s*\{:[^{}\n]*\}\s*$/;
const FENCED_DIV = /^ {0,3}:{3,}\s*\{/;
/** An image alone on its line, its alt text given, with a figure's id (`#fig:…`, `#fig-…`) first in its attributes. */
const PANDOC_FIGURE = /^\s*(!\[([^[\]\n]+)\]\([^()\n]*\))\{#fig[:-][^{}\n]*\}\s*$/;
/** At a line's end: `## Recipe {#recipe}`, `A note. {: .note}`. */
const TRAILING_ATTRIBUTES = /\s*\{(?::[^{}\n]*|#[\w:.-]+(?:\s+[^{}\n]*)?|\.[\w-]+(?:\s+[^{}\n]*)?)\}\s*$/;
/** Right after an image or a link: `![](x.jpg){: width="400"}`, `[a](b){.button}`. */
// Pandoc's sizes too, as it writes a Word file's images: `![](media/image1.png){width="6.3in" height="4.2in"}`.
// Each alternative's parts cannot both take a character (`[#.][\w-]+` then a space): no backtracking on long lines.
const INLINE_ATTRIBUTES = /(\]\([^()\n]*\))\{(?::[^{}\n]*|[#.][\w:.-]+(?:\s[^{}\n]*)?|[a-z][\w-]*=[^{}\n]*)\}/g;
/** Pandoc's bracketed spans, as it writes a Word file's underlining and small caps: `[mean for licences]{.underline}` → the words. */
const BRACKETED_SPAN = /\[([^[\]\n]*)\]\{(?:[#.][\w-]+(?:\s[^{}\n]*)?|[a-z][\w-]*=[^{}\n]*)\}/g;

/** Pelican's links to the site's own files: `({static}/images/x.jpg)`, `({filename}/posts/other.md)`. */
const PELICAN_PLACEHOLDER = /\{(static|filename|attach)\}([^)\s]*)/g;
/** Zola's link to another of the site's pages by its file: `[the guide](@/guides/booking-sleepers.md)`. */
const ZOLA_INTERNAL_LINK = /\]\(@\/([^)\s#]+)(?:#[^)\s]*)?\)/g;

/** A static file is served from the site's root; another post's source file is that article here. */
function pelicanLink(kind: string, path: string): string {
  return kind === "filename" ? articleOf(path) : `/${path.replace(/^\/+/, "")}`;
}

/** The article path of another post, by its source file's name ("posts/2024-02-20-name.md" → the article "name"). */
function articleOf(file: string): string {
  // The id the loader gives that file (its name, dated or not), so the link finds its page.
  const slug = slugOfName(file);
  return slug ? articlePath(slug) : "";
}

const HUGO_SHORTCODE = /\{\{[<%]\s*(\/?[\w.-]+)([^]*?)\s*[>%]\}\}/g;
const LIQUID_TAG = /\{%-?\s*(\w+)([^]*?)-?%\}/g;
const LIQUID_OUTPUT = /\{\{-?([^{}]*?)-?\}\}/g;
const WORDPRESS_CAPTION = /\[caption\b[^\]]*\]([^]*?)\[\/caption\]/g;
const WORDPRESS_EMBED = /\[embed\]([^[\]\s]+)\[\/embed\]/g;

/** `key="value"` (or 'value', or a bare word) pairs, and the arguments given by position. */
function argumentsOf(args: string): { named: Record<string, string>; given: string[] } {
  const named: Record<string, string> = {};
  const given: string[] = [];
  for (const [, key, double, single, bare] of args.matchAll(ARGUMENT)) {
    const value = double ?? single ?? bare ?? "";
    if (key) named[key.toLowerCase()] = value;
    else given.push(value);
  }
  return { named, given };
}

const ARGUMENT = /(?:([\w-]+)\s*=\s*)?(?:"([^"]*)"|'([^']*)'|([^\s,"'=]+))/g;

/** Hugo's built-in shortcodes as their pages show them; one of the site's own leaves nothing (its output is the site's). */
function hugoShortcode(name: string, args: string): string {
  const { named, given } = argumentsOf(args);
  const media = mediaShortcode(name, named, given);
  if (media !== undefined) return media;
  switch (name.toLowerCase()) {
    case "ref":
    case "relref":
      // Another post by its file: that article here.
      return given[0] ? articleOf(given[0]) : "";
    case "highlight":
    case "/highlight":
      return fence(name, given[0]);
    default:
      return "";
  }
}

/**
 * The shortcodes that show a photo or a post from elsewhere, alike in Hugo (`{{< youtube x1 >}}`) and Zola
 * (`{{ youtube(id="x1") }}`): what they show, or undefined for another shortcode.
 */
function mediaShortcode(name: string, named: Record<string, string>, given: string[]): string | undefined {
  switch (name.toLowerCase()) {
    case "figure":
    case "image":
    case "resize_image":
      // Hugo's figure names its credit `attr`.
      return figure(named.src ?? named.path ?? given[0], named.alt ?? "", named.caption ?? named.title ?? "", named.attr ?? named.credit);
    case "youtube":
      return youtube(named.id ?? given[0]);
    case "vimeo":
      return link(`https://vimeo.com/${named.id ?? given[0] ?? ""}`, Boolean(named.id ?? given[0]));
    case "gist":
      return link(`https://gist.github.com/${named.user ?? given[0] ?? ""}/${named.id ?? given[1] ?? ""}`, Boolean((named.user ?? given[0]) && (named.id ?? given[1])));
    case "tweet":
    case "x":
      return link(`https://x.com/${named.user ?? "i"}/status/${named.id ?? given[0] ?? ""}`, Boolean(named.id ?? given[0]));
    case "instagram":
      return link(`https://www.instagram.com/p/${named.id ?? given[0] ?? ""}/`, Boolean(named.id ?? given[0]));
    default:
      return undefined;
  }
}

/** Liquid's and Nunjucks's tags: those that make a link or an image, and the rest (control flow, includes) leave nothing. */
function liquidTag(name: string, args: string): string {
  const { given } = argumentsOf(args);
  switch (name.toLowerCase()) {
    case "post_url": {
      // Jekyll's post by its file name: here, the article of that name.
      return articleOf(given[0] ?? "");
    }
    case "include":
      // A theme's include of a figure or a quote shows what its arguments name; any other shows the site's own markup.
      return includeShown(argumentsOf(args.replace(/^\s*\S+/, "")).named);
    case "link":
      return given[0] ?? "";
    case "image":
      // Eleventy Image's shortcode: source, alt text, then sizes.
      return given[0] ? `![${escapeMarkdown(given[1] ?? "")}](${markdownUrl(given[0])})` : "";
    case "youtube":
      return youtube(given[0]);
    case "highlight":
    case "endhighlight":
      return fence(name, given[0]);
    case "codeblock":
    case "endcodeblock":
      // Octopress's and Hexo's: `{% codeblock [title] lang:bash %}`.
      return fence(name, given.find((arg) => arg.startsWith("lang:"))?.slice(5));
    case "asset_img":
    case "img":
      return taggedImage(args);
    case "embed":
    case "link_preview":
      // Dev.to's and Hexo's embed of a page by its address: a link to it.
      return given[0] && /^https?:\/\//i.test(given[0]) ? link(given[0], true) : "";
    case "github":
      return given[0] && /^[\w.-]+\/[\w.-]+$/.test(given[0]) ? link(`https://github.com/${given[0]}`, true) : given[0] && /^https:\/\//.test(given[0]) ? link(given[0], true) : "";
    case "twitter":
    case "tweet":
      return given[0] && /^\d+$/.test(given[0]) ? link(`https://x.com/i/status/${given[0]}`, true) : "";
    default:
      return "";
  }
}

/**
 * Hexo's `{% asset_img [class] photo.jpg [title] %}` and Octopress's `{% img [class] /path.jpg [width]
 * [height] ["title" ["alt"]] %}`: the image, its title as its alt text and caption.
 */
function taggedImage(args: string): string {
  const words = args.trim().split(/\s+/);
  const at = words.findIndex(isImagePath);
  if (at < 0) return "";
  const rest = words.slice(at + 1).join(" ").replace(/^(?:\d+\s+){0,2}/, "");
  const quoted = [...rest.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? "");
  const title = (quoted[0] ?? rest).trim();
  return figure(words[at], quoted[1] ?? title, title);
}

/** A box a generator's tag opens: what it shows when it closes. */
interface OpenBox {
  /** The name whose closing tag closes it (`note` for `{% endnote %}` and `{{< /note >}}`). */
  name: string;
  /** A quotation's attribution, set under its text. */
  attribution?: string;
}

/**
 * The boxes site generators' tags make: a note (Hexo's `{% note warning %}`, Hugo themes' `{{< notice
 * tip >}}`), a details block (`{% details Why? %}`), a quotation (Octopress's `{% blockquote Author,
 * Source %}`, Zola's `{% quote(author="…") %}`): a quote with its title in bold, as a Docusaurus
 * admonition reads (note-syntax.ts), and a quotation's author under it. Any other tag: undefined.
 */
function boxTag(name: string, args: string, boxes: OpenBox[]): string | undefined {
  const lower = name.toLowerCase();
  const closing = lower.startsWith("/") ? lower.slice(1) : lower.startsWith("end") ? lower.slice(3) : undefined;
  if (closing !== undefined) {
    // Zola closes every body shortcode with `{% end %}`.
    const at = closing === "" ? boxes.length - 1 : boxes.map((box) => box.name).lastIndexOf(closing);
    if (at < 0 || (closing !== "" && !BOX_KINDS.has(closing) && !QUOTE_TAGS.has(closing) && !DETAILS_TAGS.has(closing))) return undefined;
    return boxes.splice(at).reverse().map(closeBox).join("");
  }
  const call = /^\s*\((.*)\)\s*$/s.exec(args);
  const { named, given } = argumentsOf(call ? call[1]! : args);
  if (QUOTE_TAGS.has(lower)) {
    const attribution = named.author ? [named.author, named.source ?? named.cite].filter(Boolean).join(", ") : call ? undefined : args.replace(/\bhttps?:\/\/\S+.*$/, "").trim();
    boxes.push({ name: lower, ...(attribution ? { attribution } : {}) });
    return "\n\n<blockquote>\n\n";
  }
  if (DETAILS_TAGS.has(lower)) {
    const summary = named.summary ?? named.title ?? (call ? given.join(" ") : args.trim().replace(/^["']|["']$/g, ""));
    boxes.push({ name: lower });
    return `\n\n<blockquote>\n\n${summary ? `**${escapeMarkdown(summary)}**\n\n` : ""}`;
  }
  if (BOX_KINDS.has(lower)) {
    const kind = named.type ?? named.kind ?? given.find((arg) => BOX_KINDS.has(arg.toLowerCase())) ?? (lower === "notice" || lower === "admonition" || lower === "callout" || lower === "alert" ? given[0] : lower);
    const title = named.title ?? (kind ? kind[0]!.toUpperCase() + kind.slice(1).toLowerCase() : "");
    boxes.push({ name: lower });
    return `\n\n<blockquote>\n\n${title ? `**${escapeMarkdown(title)}**\n\n` : ""}`;
  }
  return undefined;
}

function closeBox(box: OpenBox): string {
  return `\n\n${box.attribution ? `— ${escapeMarkdown(box.attribution)}\n\n` : ""}</blockquote>\n\n`;
}

/** Boxes by the name of their tag (or of their kind, `{% note warning %}`). */
const BOX_KINDS = new Set(["note", "notice", "alert", "callout", "admonition", "tip", "hint", "info", "warning", "caution", "important", "danger", "success"]);
const QUOTE_TAGS = new Set(["quote", "blockquote"]);
const DETAILS_TAGS = new Set(["details", "spoiler", "collapse"]);

/**
 * Liquid's output: the site's base address is the site's root here
 * (`{{ site.baseurl }}/x.jpg` is `/x.jpg`); a quoted path under a URL filter
 * (`{{ "/x.jpg" | relative_url }}`) is that path; anything else is the
 * site's data, which this file does not have.
 */
function liquidOutput(expression: string): string {
  const call = ZOLA_CALL.exec(expression);
  if (call) {
    const { named, given } = argumentsOf(call[2]!);
    return mediaShortcode(call[1]!, named, given) ?? "";
  }
  const quoted = QUOTED_PATH.exec(expression.trim());
  return quoted ? (quoted[1] ?? quoted[2] ?? "") : "";
}

/**
 * What an include's arguments show, by their names: an image with its caption (`{% include figure.html
 * image="x.jpg" caption="…" %}`), a quotation (`{% include pullquote.html quote="…" %}`); else nothing.
 */
function includeShown(named: Record<string, string>): string {
  const src = named.image ?? named.src ?? named.url ?? named.file;
  if (src && isImagePath(src)) return figure(src, named.alt ?? "", named.caption ?? named.title ?? "", named.credit);
  const quote = named.quote ?? named.text;
  if (quote) return `\n\n> ${escapeMarkdown(quote)}${named.author ?? named.cite ? ` — ${escapeMarkdown(named.author ?? named.cite!)}` : ""}\n\n`;
  return "";
}

/** Zola's shortcodes written as calls: `{{ image(src="x.jpg", alt="…") }}`, `{{ youtube(id="…") }}`. */
const ZOLA_CALL = /^\s*(\w+)\((.*)\)\s*$/s;

const QUOTED_PATH = /^(?:"([^"]*)"|'([^']*)')\s*(?:\|\s*(?:relative_url|absolute_url|url|prepend:\s*site\.baseurl)\s*)*$/;

/** WordPress's `[caption]`: the image inside it (HTML or Markdown) over the text after it, as a photo and its caption. */
function wordpressCaption(inner: string): string {
  const html = HTML_IMAGE.exec(inner);
  const markdown = html ? null : MARKDOWN_IMAGE.exec(inner);
  if (!html && !markdown) return inner;
  const src = html ? tagAttribute(html[0], "src") : markdown![2]!;
  const alt = html ? tagAttribute(html[0], "alt") ?? "" : markdown![1]!;
  const caption = inner.slice((html ?? markdown)!.index + (html ?? markdown)![0].length).replace(/<\/a>/gi, "").replace(/<[^>]*>/g, "").trim();
  return figure(src, alt, caption);
}

const HTML_IMAGE = /<img\b[^>]*>/i;
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/;

/** An image over its caption in italics, a line apart: the Markdown loader's own figure (caption-figures.ts). */
function figure(src: string | undefined, alt: string, caption: string, credit?: string): string {
  if (!src) return "";
  const text = [caption.trim(), credit?.trim()].filter(Boolean).join(" ");
  const image = `![${escapeMarkdown(alt)}](${markdownUrl(src)})`;
  return text ? `\n\n${image}\n*${escapeMarkdown(text)}*\n\n` : `\n\n${image}\n\n`;
}

/** A YouTube video as a link to it. */
function youtube(id: string | undefined): string {
  return link(`https://www.youtube.com/watch?v=${id ?? ""}`, Boolean(id));
}

/** A highlight tag, alone on its line, as a code fence: the opening one with its language, the closing one bare. */
function fence(name: string, language: string | undefined): string {
  return /^(?:\/|end)/i.test(name) ? "```" : `\`\`\`${language ?? ""}`;
}

/** A bare address as a link of its own (an autolink). */
function link(url: string, given: boolean): string {
  return given ? `<${url}>` : "";
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, "\\$&");
}

function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}
