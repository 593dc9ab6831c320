/**
 * The front-matter names other site generators (Hugo, Jekyll, Astro,
 * Eleventy, dev.to) give our fields, so their files load as written. Names
 * are compared by `nameKey`: `pubDate`, `pub_date` and `PubDate` are one name.
 */

/** Each field's names, its own first: when a file gives several, the earliest here wins (tags merge instead). */
export const FIELD_NAMES = {
  title: ["title"],
  // Pandoc's and Quarto's `abstract`.
  // Quarto's `subtitle`, the line its pages print under the title, last.
  summary: ["summary", "description", "excerpt", "custom_excerpt", "abstract", "subtitle"],
  // Ghost exports `published_at`; Obsidian and Notion notes carry `created`; JSON Feed and schema.org name it `date_published` (`datePublished`; `date-modified` below is their `date_modified`).
  date: ["date", "pubDate", "published", "publishDate", "published_at", "created", "created_at", "date_published"],
  // Quarto's `date-modified`.
  updated: ["updated", "lastmod", "modified", "updatedDate", "last_modified_at", "updated_at", "date-modified"],
  author: ["author", "authors"],
  tags: ["tags", "categories", "category", "keywords"],
  url: ["url", "canonical_url"],
  image: ["image", "cover_image", "heroImage", "cover", "featured_image", "feature_image", "images", "thumbnail", "og_image"],
  image_caption: ["image_caption", "feature_image_caption", "cover_caption"],
  related: ["related"],
  lang: ["lang", "language"],
  id: ["id"],
  // Ghost and WordPress exports: `status: draft` (or private, scheduled, pending) holds the article back.
  draft: ["draft", "status"],
} as const;

export type FieldName = keyof typeof FIELD_NAMES;

/**
 * Keys those generators read for their own purposes (templates, paths,
 * menus, ordering): ignored without a warning, which is kept for what may be
 * a slip of ours (`tittle:`).
 */
const GENERATOR_KEYS = [
  "layout", "permalink", "slug", "weight", "aliases", "type", "toc", "series", "comments", "sitemap", "menu",
  "showToc", "hideMeta", "math", "katex", "mermaid", "sticky", "pin", "hidden", "sidebar", "nav_order", "parent",
  "template", "eleventyNavigation", "eleventyExcludeFromCollections", "eleventyComputed", "pagination", "headless",
  "outputs", "resources", "markup", "body_class", "expiryDate", "redirect_from", "share", "readingTime",
  // Ghost's exports: who may read the post, whether the theme features it, the cover's alt text.
  "visibility", "featured", "feature_image_alt", "cover_alt", "image_alt",
  // Jekyll's excerpt mark and Docusaurus's page switches.
  "excerpt_separator", "hide_table_of_contents", "hide_title", "sidebar_position", "sidebar_label", "unlisted",
  // PaperMod's table-of-contents switches.
  "TocOpen", "ShowBreadCrumbs", "ShowReadingTime", "ShowWordCount", "ShowShareButtons", "ShowPostNavLinks", "disableShare", "hidemeta",
  // Obsidian's: the note's CSS classes; Joplin's: where the note was written.
  "cssclasses", "cssclass", "latitude", "longitude", "altitude",
  // Minimal Mistakes' page switches; Quarto's output, citation and execution settings.
  "author_profile", "toc_label", "toc_icon", "toc_sticky", "read_time", "show_date", "classes",
  "format", "bibliography", "csl", "execute", "jupyter", "engine", "editor", "freeze", "citation", "title-block-banner", "code-fold",
];

/** How a key is compared: `Title`, `pub-date` and `pubDate` alike. */
export function nameKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, "");
}

/** Compared name → its field and its rank among the field's names (0 for the field's own). */
export const FIELD_OF_NAME = new Map<string, { field: FieldName; rank: number }>(
  (Object.entries(FIELD_NAMES) as [FieldName, readonly string[]][]).flatMap(([field, names]) => names.map((name, rank) => [nameKey(name), { field, rank }] as const)),
);

export const IGNORED_NAMES = new Set(GENERATOR_KEYS.map(nameKey));
