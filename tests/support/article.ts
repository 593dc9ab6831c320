/**
 * Articles and feed documents made by hand, for tests of one renderer: no
 * loader runs, so a test states exactly the model its module receives.
 */
import type { Article } from "../../src/core/article";
import type { FeedEntry } from "../../src/render/entries";
import { FEED_PATHS, type FeedDoc } from "../../src/render/feed-docs";

const DAY = Date.UTC(2024, 2, 1, 9, 30, 0);

/** A plain article with every optional field absent; `overrides` sets the rest. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  const slug = overrides.slug ?? "first-story";
  return {
    slug,
    sourceName: `${slug}.md`,
    format: "markdown",
    title: "First story",
    summary: "What happened first.",
    blocks: [{ kind: "paragraph", text: "The body of the first story." }],
    captions: [],
    related: [],
    published: new Date(DAY),
    updated: new Date(DAY),
    dateSource: "front-matter",
    tags: [],
    fileModified: new Date(DAY),
    ...overrides,
  };
}

/** A feed document over the given entries (the subscription feed's paths unless told otherwise). */
export function makeFeedDoc(entries: FeedEntry[], overrides: Partial<FeedDoc> = {}): FeedDoc {
  return {
    kind: "subscription",
    title: "Test News",
    id: "https://news.example.com/",
    paths: FEED_PATHS,
    articles: [],
    entries: () => entries,
    updated: new Date(Math.max(0, ...entries.map((e) => e.updated.getTime()))),
    ...overrides,
  };
}
