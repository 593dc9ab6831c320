/** The normalised article model every renderer works from. */

/** One raw article file, as read by a runtime edge (Node fs or the build step). */
export interface ArticleSource {
  /** File name relative to the articles folder, e.g. `000_27df97f2463d8e1f.txt`. */
  name: string;
  /** The file's bytes; absent when the edge could not or would not read it (see `unreadable`). */
  bytes?: Uint8Array;
  /** Why the file could not be read (permissions, too large, not a regular file). */
  unreadable?: string;
  /** File modification time (ms since epoch): the last-resort date. */
  mtimeMs: number;
}

/** A related article: a title, and a URL when one is known. */
export interface RelatedLink {
  title: string;
  /** Absolute, or site-relative (`/articles/slug`) until the site URL is applied. */
  url?: string;
}

/** A piece of article body, in reading order. */
export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "quote"; text: string }
  /** Bulleted items ("- …", "• …") in a scrape. */
  | { kind: "list"; items: string[] }
  /** A photo: its caption, image URL and credit (photographer/agency) when known. */
  | { kind: "figure"; caption: string; image?: string; credit?: string }
  /** HTML produced by the Markdown renderer (already escaped/safe). */
  | { kind: "html"; html: string };

/** `ledger`: the file gives no date; the publication ledger's first-seen date. */
export type DateSource = "front-matter" | "text" | "file-name" | "file-mtime" | "ledger";

export interface Article {
  /** Stable id: the slug of the file name. Never derived from the title. */
  slug: string;
  sourceName: string;
  format: "scrape" | "markdown" | "html";
  title: string;
  /** Plain text. */
  summary: string;
  blocks: Block[];
  captions: string[];
  /** Lead image URL (absolute or site-relative), when known. */
  image?: string;
  related: RelatedLink[];
  published: Date;
  updated: Date;
  dateSource: DateSource;
  author?: string;
  tags: string[];
  /** The article's own canonical URL, when it has one (front matter `url`). */
  canonicalUrl?: string;
  /** Modification time of the file it came from: feeds HTTP Last-Modified, so an edit always moves it. */
  fileModified: Date;
  /** BCP 47 tag of the article's language (front matter `lang`, else detected); absent when unsure. */
  language?: string;
  /** Hash of the file's bytes: finds a renamed file in the publication ledger. */
  digest?: string;
  /** Front matter `id`: the permanent id the file claims (it was renamed). */
  claimedId?: string;
  /** The id readers know it by, from the publication ledger, when it differs from `slug` (a renamed file). */
  permanentId?: string;
}

export interface Rejection {
  name: string;
  reason: string;
}

/** A file its writer marked as not for publishing: in no feed or page, and not a problem. */
export interface Draft {
  name: string;
  /** What marks it, e.g. "`draft: true` in the front matter". */
  reason: string;
}

/** An article dated in the future by its writer: left out of every feed and page until then. */
export interface Scheduled {
  name: string;
  /** When it is published. */
  at: Date;
}

export interface LoadWarning {
  name: string;
  message: string;
}

export interface LoadResult {
  /** Newest first. */
  articles: Article[];
  rejections: Rejection[];
  warnings: LoadWarning[];
  /** Drafts: files left out on purpose (absent when there are none). */
  drafts?: Draft[];
  /** Articles dated in the future, soonest first (absent when there are none). */
  scheduled?: Scheduled[];
  /** When the set of files last changed (the folder's mtime), if known: removals move Last-Modified too. */
  folderModified?: Date;
  /** From the publication ledger: former article slugs → current slug (answered 301). */
  moved?: Record<string, string>;
  /** From the publication ledger: slugs of removed articles (answered 410 Gone). */
  gone?: string[];
}

/** Thrown by a parser for a file it cannot use; the message is the one-line reason. */
export class ArticleRejected extends Error {}

/** Thrown by a parser for a file marked as a draft; the message says what marks it. Not a rejection: nothing is wrong with the file. */
export class ArticleIsDraft extends Error {}
