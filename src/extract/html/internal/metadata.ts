/**
 * What a page says about itself in its head: Open Graph and Twitter tags,
 * `<meta>` names, JSON-LD (schema.org Article), `<link rel>` and `<html lang>`.
 * Read before the extractor runs, since Readability removes scripts and
 * rewrites the tree.
 */
import { decodeHTML } from "entities/decode";
import { squash, titleKey } from "../../../core/text";
import { tryUrl } from "../../../core/url";
import { isValidDate, parseDate } from "../../dates";
import { parseMetaLine } from "../../scrape/rules/bylines";
import { ARTICLE_REGION, RELATED_CONTAINER, type DomDocument, type DomElement } from "./dom";

export interface PageMetadata {
  /** The page's own address: `<base href>`, `rel=canonical` or `og:url`, absolute http(s). */
  pageUrl?: string;
  canonicalUrl?: string;
  /** Title candidates, best first (og:title, JSON-LD headline, twitter:title, `<title>`). */
  titles: string[];
  siteName?: string;
  published?: Date;
  updated?: Date;
  author?: string;
  tags: string[];
  language?: string;
  image?: string;
  description?: string;
  /** Every JSON-LD `@type` the page declares (`NewsArticle`, `CollectionPage`, `BreadcrumbList` …). */
  structuredTypes: string[];
}

type Json = unknown;
type JsonObject = Record<string, Json>;

/** Most tags kept: `keywords` lists are often long SEO lists, and each tag gets its own feed. */
const MAX_TAGS = 8;

export function readMetadata(document: DomDocument): PageMetadata {
  const meta = metaTags(document);
  const structuredTypes = new Set<string>();
  const ld = articleObjects(document, structuredTypes);
  const first = (...keys: string[]) => keys.map((k) => meta.get(k)?.[0]).find((v) => v);

  const pageUrl = httpUrl(document.querySelector("base[href]")?.getAttribute("href"))
    ?? httpUrl(document.querySelector('link[rel~="canonical" i][href]')?.getAttribute("href"))
    ?? httpUrl(first("og:url"));
  const canonicalUrl = httpUrl(document.querySelector('link[rel~="canonical" i][href]')?.getAttribute("href"), pageUrl)
    ?? httpUrl(first("og:url"), pageUrl)
    ?? httpUrl(ldString(ld, "url"), pageUrl);

  const titles = [first("og:title"), ldString(ld, "headline"), first("twitter:title"), document.querySelector("title")?.textContent]
    .map((t) => squash(withoutLeftoverEntities(t ?? "")))
    .filter(Boolean);

  const published = firstDate([
    first("article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
      "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
      "article.published"),
    ldString(ld, "datePublished"),
    itemprop(document, "datePublished"),
    ldString(ld, "dateCreated"),
    // hAtom, as blog templates mark the post's time: <abbr class="published" title="2022-10-16T09:41:00-05:00">.
    document.querySelector("abbr.published[title], abbr.updated[title]")?.getAttribute("title"),
    document.querySelector("time[pubdate]")?.getAttribute("datetime"),
    // Last resort: the page's machine-readable times, the article's own first (a masthead's "today" or a sidebar's come first in the page).
    ...articleTimes(document),
    // Or the date the article's header shows as text (`<span class="node__date">March 14, 2025</span>`).
    shownDate(document),
  ]);
  const updated = firstDate([
    first("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified", "article.updated"),
    ldString(ld, "dateModified"),
    itemprop(document, "dateModified"),
  ]);

  const siteName = squash(first("og:site_name", "application-name", "twitter:site") ?? "").replace(/^@/, "") || ldPublisher(ld);
  const author = [ldAuthor(ld), ...["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"].map((key) => first(key)),
    itempropPerson(document, "author"), relAuthorName(document)]
    // An author a CMS escaped in its JSON-LD ("Oak &amp; Ash Studio") is decoded as a title is.
    .map((a) => cleanAuthor(a === undefined ? a : withoutLeftoverEntities(a)))
    // The site's own name in the author field (a CMS's default) names no writer: the byline on the page may.
    .find((a) => a && !(siteName && titleKey(a) === titleKey(siteName)));

  const tags = [
    ...(meta.get("article:tag") ?? []),
    ...ldKeywords(ld),
    ...(meta.get("news_keywords") ?? []).flatMap(splitList),
    ...(meta.get("keywords") ?? []).flatMap(splitList),
  ].map(squash).filter((t) => t && t.length <= 60);
  // Without tags in the head, the article's own tag links (`rel="tag"`, as WordPress and Blogger themes mark them).
  if (tags.length === 0) {
    for (const link of document.querySelectorAll('a[rel~="tag" i]')) {
      const tag = squash(link.textContent ?? "");
      // Inside the article (a classic theme's post, `.hentry`, too), not a menu's or the site footer's tag cloud; the
      // post's own footer, where WordPress and Blogger themes list its tags, is the article's.
      const footer = link.closest("footer");
      const inArticle = link.closest(`${ARTICLE_REGION}, ${POST_REGION}`) !== null && link.closest("nav, aside, header") === null
        && (footer === null || footer.closest(`article, ${POST_REGION}`) !== null);
      if (tag && tag.length <= 60 && inArticle && !tags.includes(tag)) tags.push(tag);
      if (tags.length >= MAX_TAG_LINKS) break;
    }
  }

  const language = (document.documentElement?.getAttribute("lang") ?? first("og:locale", "content-language", "language", "dc.language") ?? "")
    .trim().replace(/_/g, "-");

  const image = httpUrl(first("og:image", "og:image:url", "og:image:secure_url"), pageUrl)
    ?? httpUrl(ldImage(ld), pageUrl)
    ?? httpUrl(first("twitter:image", "twitter:image:src"), pageUrl)
    ?? httpUrl(document.querySelector('link[rel~="image_src" i][href]')?.getAttribute("href"), pageUrl);

  return {
    pageUrl,
    canonicalUrl,
    titles,
    siteName,
    published,
    updated,
    author,
    tags: unique(tags).slice(0, MAX_TAGS),
    language: /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(language) ? language : undefined,
    image,
    description: squash(first("og:description", "description", "twitter:description") ?? "") || undefined,
    structuredTypes: [...structuredTypes],
  };
}

/** `<meta property|name|itemprop=… content=…>`, keys lower-cased, every value kept in order. */
/** A classic blog theme's post, marked by microformats' `hentry` (WordPress, Blogger) or Blogger's `post-outer`. */
const POST_REGION = ".hentry, .post-outer";

/** Where a time is the page's, not the article's. */
const PAGE_CHROME = "aside, nav, footer, header, [role=complementary], [role=navigation], [role=banner]";
const BESIDE_ARTICLE = "aside, nav, [role=complementary], [role=navigation]";
const COMMENTS = /(?:^|[\s_-])comments?(?:$|[\s_-])/i;

/**
 * The page's `<time datetime>` values, best first: the first inside the `<article>`
 * (not in its comments or asides), the first after the headline, the first outside
 * the page's header, navigation, asides and footer, and the page's first.
 */
function articleTimes(document: DomDocument): (string | null | undefined)[] {
  const times = Array.from(document.querySelectorAll("h1, time[datetime]"));
  // A reader's comment, or a block of other stories beside the article ("Related News" with each story's date).
  const inComments = (el: DomElement) => {
    for (let node: DomElement | null = el; node && node.localName !== "body"; node = node.parentElement) {
      const label = `${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`;
      if (COMMENTS.test(label) || RELATED_CONTAINER.test(label)) return true;
    }
    return false;
  };
  const own = (el: DomElement) => el.localName === "time" && !el.closest(BESIDE_ARTICLE) && !inComments(el);
  const headline = times.findIndex((el) => el.localName === "h1");
  const picks = [
    times.find((el) => own(el) && el.closest("article, [itemprop=articleBody]")),
    headline >= 0 ? times.slice(headline).find(own) : undefined,
    times.find((el) => own(el) && !el.closest(PAGE_CHROME)),
    // The page's first, unless it dates a reader's comment: a post with no time of its own is dated by its text.
    times.find((el) => el.localName === "time" && !inComments(el)),
  ];
  return picks.map((el) => el?.getAttribute("datetime"));
}

/** The first date shown as text in an element named for it (`class="post-date"`, `node__date`) in the article or its header. */
function shownDate(document: DomDocument): string | undefined {
  for (const el of Array.from(document.querySelectorAll("[class*=date], [class*=published]"))) {
    if (!DATE_CLASS.test(el.getAttribute("class") ?? "") || el.closest(BESIDE_ARTICLE) || !el.closest("article, main, header, [itemprop=articleBody]")) continue;
    const text = squash(el.textContent ?? "");
    if (text.length < 6 || text.length > MAX_SHOWN_DATE) continue;
    if (parseDate(text)) return text;
    // With its label ("Data publikacji: 28.05.2024", "Published: March 14, 2025"), read as the stamp it is.
    const labelled = parseMetaLine(text)?.published;
    if (labelled) return labelled.toISOString();
  }
  return undefined;
}

const DATE_CLASS = /(?:^|[\s_-])(?:date|published|pubdate)(?:$|[\s_-])/i;
/** Longest text read as a shown date ("Thursday, March 14, 2025 at 9:30 a.m."). */
const MAX_SHOWN_DATE = 60;

function metaTags(document: DomDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const el of document.querySelectorAll("meta[content]")) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("http-equiv") ?? "").trim().toLowerCase();
    const value = el.getAttribute("content")?.trim();
    if (!key || !value) continue;
    const list = out.get(key) ?? [];
    list.push(value);
    out.set(key, list);
  }
  return out;
}

function itemprop(document: DomDocument, name: string): string | undefined {
  const el = document.querySelector(`[itemprop="${name}"]`);
  if (!el) return undefined;
  // An <abbr> shows "9:41 AM" and keeps the machine-readable date in its title (Blogger, hAtom).
  return el.getAttribute("content") ?? el.getAttribute("datetime") ?? (el.localName === "abbr" ? el.getAttribute("title") : null) ?? el.textContent ?? undefined;
}

/**
 * A microdata Person's name (`<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span> Staff
 * Writer</span>`): its `name` property, not the whole element's text with the job beside it.
 */
function itempropPerson(document: DomDocument, name: string): string | undefined {
  const el = document.querySelector(`[itemprop="${name}"]`);
  const named = el?.hasAttribute("itemscope") ? el.querySelector('[itemprop="name"]') : null;
  return named ? (named.getAttribute("content") ?? named.textContent ?? undefined) : itemprop(document, name);
}

/**
 * The text of the page's link to its writer (`<a rel="author">Jane Doe</a>`, HTML's own mark, as Blogger's and many
 * WordPress themes print the byline), when it is a name: a few words, no digits, no "all posts by" link's sentence.
 */
function relAuthorName(document: DomDocument): string | undefined {
  for (const link of Array.from(document.querySelectorAll('a[rel~="author"]'))) {
    const text = squash(link.textContent ?? "");
    if (text && text.length <= MAX_REL_AUTHOR && !/[\d:|@]/.test(text) && text.split(" ").length <= MAX_REL_AUTHOR_WORDS && !POSTS_LINK.test(text)) return text;
  }
  return undefined;
}
const MAX_REL_AUTHOR = 60;
const MAX_REL_AUTHOR_WORDS = 5;
const POSTS_LINK = /\b(?:posts?|articles?|stories|profile|more|all|view|see)\b/i;

const ARTICLE_TYPE = /article|posting|report|story|newsarticle|webpage|creativework/i;

/**
 * The page's JSON-LD objects that describe an article (flattening `@graph` and
 * arrays; every type declared on the way goes into `types`), best first, with their author, publisher and image references
 * resolved: a `@graph` (as SEO plugins write it) often names the author only
 * as `{"@id": "…#/schema/person/1"}`, described by a Person elsewhere in it.
 */
function articleObjects(document: DomDocument, types: Set<string>): JsonObject[] {
  const found: JsonObject[] = [];
  const described = new Map<string, JsonObject>();
  const visit = (node: Json, depth: number) => {
    if (depth > 4 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((n) => visit(n, depth + 1));
      return;
    }
    const obj = node as JsonObject;
    const declared = [obj["@type"]].flat().filter((t): t is string => typeof t === "string");
    for (const t of declared) types.add(t);
    if (ARTICLE_TYPE.test(declared.join(" "))) found.push(obj);
    const id = obj["@id"];
    if (typeof id === "string" && !isReference(obj) && !described.has(id)) described.set(id, obj);
    if (obj["@graph"]) visit(obj["@graph"], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    const parsed = parseJsonLoosely(script.textContent ?? "");
    if (parsed !== undefined) visit(parsed, 0);
  }
  const resolve = (value: Json): Json =>
    Array.isArray(value) ? value.map(resolve)
    : value && typeof value === "object" && isReference(value as JsonObject) ? described.get((value as JsonObject)["@id"] as string) ?? value
    : value;
  const resolved = described.size === 0 ? found
    : found.map((obj) => ({ ...obj, author: resolve(obj.author), publisher: resolve(obj.publisher), image: resolve(obj.image) }));
  // Article types before the page that holds them.
  return resolved.sort((a, b) => rank(a) - rank(b));
}

/** A node that only points at another (`{"@id": "…"}`, perhaps with its type), describing nothing itself. */
function isReference(obj: JsonObject): boolean {
  if (typeof obj["@id"] !== "string") return false;
  for (const key in obj) if (key !== "@id" && key !== "@type") return false;
  return true;
}

function rank(obj: JsonObject): number {
  const type = [obj["@type"]].flat().join(" ");
  return /webpage/i.test(type) && !/article/i.test(type) ? 1 : 0;
}

/** JSON-LD as pages write it: raw newlines and tabs inside strings are common and JSON.parse refuses them. */
function parseJsonLoosely(text: string): Json | undefined {
  const trimmed = text.trim().replace(/^<!--|-->$/g, "").replace(/;\s*$/, "");
  for (const candidate of [trimmed, trimmed.replace(/[\u0000-\u001f]+/g, " ")]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function ldString(objects: JsonObject[], key: string): string | undefined {
  for (const obj of objects) {
    const value = obj[key];
    if (typeof value === "string" && value.trim()) return value;
  }
  return undefined;
}

function nameOf(value: Json): string | undefined {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const name = (value as JsonObject).name;
    if (typeof name === "string") return name;
  }
  return undefined;
}

function ldAuthor(objects: JsonObject[]): string | undefined {
  for (const obj of objects) {
    const names = [obj.author].flat().map(nameOf).filter((n): n is string => Boolean(n?.trim()));
    if (names.length) return names.join(", ");
  }
  return undefined;
}

function ldPublisher(objects: JsonObject[]): string | undefined {
  for (const obj of objects) {
    const name = nameOf(obj.publisher);
    if (name?.trim()) return squash(name);
  }
  return undefined;
}

function ldKeywords(objects: JsonObject[]): string[] {
  for (const obj of objects) {
    const keywords = obj.keywords;
    if (typeof keywords === "string") return splitList(keywords);
    if (Array.isArray(keywords)) return keywords.filter((k): k is string => typeof k === "string");
  }
  return [];
}

function ldImage(objects: JsonObject[]): string | undefined {
  for (const obj of objects) {
    for (const image of [obj.image].flat()) {
      if (typeof image === "string") return image;
      if (image && typeof image === "object") {
        const url = (image as JsonObject).url ?? (image as JsonObject).contentUrl;
        if (typeof url === "string") return url;
      }
    }
  }
  return undefined;
}

function splitList(text: string): string[] {
  return text.split(/[,;]/);
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A name, not a profile URL or a handle list; "By" dropped. */
function cleanAuthor(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = squash(value).replace(/^(?:by|par|von|por|di|door)\s+/i, "");
  if (!text || /^https?:\/\//i.test(text) || text.length > 120) return undefined;
  return text;
}

function firstDate(values: (string | null | undefined)[]): Date | undefined {
  for (const value of values) {
    // Years before 1000 are placeholders ("0001-01-01") that would read as 1901.
    if (!value?.trim() || /^0\d{3}\b/.test(value.trim())) continue;
    const date = parseDate(value.trim()) ?? isoLike(value.trim());
    if (date && isValidDate(date)) return date;
  }
  return undefined;
}

/** ISO forms parseDate does not read (fractions of a second, `+0000`), via the platform's ISO parser. */
function isoLike(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The address of a link or image in the article: absolute against the page's
 * own address when it has one; without one, a relative reference is kept as
 * written (`images/wing.jpg`, `/tours.html`), and the renderer resolves it
 * against the article's own page, as it does for Markdown. Never another scheme.
 */
export function articleUrl(value: string | null | undefined, pageUrl: string | undefined): string | undefined {
  const absolute = httpUrl(value, pageUrl);
  if (absolute || pageUrl || !value?.trim()) return absolute;
  // Read as a browser would (tabs and line breaks dropped, `jav&#x09;ascript:` is `javascript:`), against a stand-in base.
  const read = tryUrl(value.trim(), STAND_IN_BASE);
  if (!read || (read.protocol !== "http:" && read.protocol !== "https:")) return undefined;
  // Absolute or protocol-relative: an address of its own. Otherwise relative, kept as written (without the dropped characters).
  return read.host !== STAND_IN_HOST ? read.href : value.trim().replace(/[\t\n\r]/g, "");
}

/** A base no page has, to tell a relative reference from one with a scheme or host of its own. */
const STAND_IN_HOST = "relative.invalid";
const STAND_IN_BASE = `https://${STAND_IN_HOST}/`;

/** An absolute http(s) URL for `value` (resolved against `base`), or undefined. */
export function httpUrl(value: string | null | undefined, base?: string): string | undefined {
  if (!value?.trim()) return undefined;
  const url = tryUrl(value.trim(), base);
  return url && (url.protocol === "http:" || url.protocol === "https:") ? url.href : undefined;
}

/** Tag links read at most: a page's tag cloud is not the article's tags. */
const MAX_TAG_LINKS = 8;

/**
 * A value its CMS escaped twice ("Council&amp;#8217;s"): the entities the
 * page's own decoding left are decoded once more. No title means the text
 * "&#8217;" itself.
 */
function withoutLeftoverEntities(text: string): string {
  return text.includes("&") && LEFTOVER_ENTITY.test(text) ? decodeHTML(text) : text;
}

const LEFTOVER_ENTITY = /&(?:#\d{2,6}|#x[0-9a-f]{2,5}|[a-z]{2,8});/i;
