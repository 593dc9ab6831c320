/**
 * HTML pages for people: the landing page, one page per article, and 404.
 * Every piece of article text goes through escapeHtml; the only raw HTML is
 * the entry's content, which the content renderer built from escaped parts.
 */
import type { SiteConfig } from "../config";
import { FEED_MEDIA_TYPES } from "../core/media-types";
import { escapeHtml } from "../core/text";
import { articlePath } from "../core/url";
import { dirAttribute } from "./direction";
import { absoluteUrl, type FeedEntry, siteHome } from "./entries";
import { FEED_PATHS, tagPaths, tagSlug, type FeedDoc } from "./feed-docs";

const FEEDS = [
  { key: "rss", path: FEED_PATHS.rss, type: FEED_MEDIA_TYPES.rss, label: "RSS" },
  { key: "atom", path: FEED_PATHS.atom, type: FEED_MEDIA_TYPES.atom, label: "Atom" },
  { key: "json", path: FEED_PATHS.json, type: FEED_MEDIA_TYPES.json, label: "JSON Feed" },
] as const;

const STYLE = `
:root{color-scheme:light dark;--fg:#1d1d1f;--muted:#5f6368;--bg:#fdfdfc;--card:#fff;--line:#e3e3e0;--accent:#c2410c}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--muted:#a0a0a0;--bg:#151515;--card:#1d1d1d;--line:#333;--accent:#fb923c}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main,header.site,footer.site{max-width:46rem;margin:0 auto;padding:0 1.25rem}
header.site{padding-top:2rem}header.site a{color:inherit;text-decoration:none}
h1{line-height:1.2;margin:.4rem 0}a{color:var(--accent)}.muted,time{color:var(--muted);font-size:.9rem}
.subscribe{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0 2rem;padding:0;list-style:none}
.subscribe li{display:flex;align-items:center;gap:.25rem;border:1px solid var(--line);border-radius:999px;padding:.2rem .4rem .2rem .8rem;background:var(--card)}
.tags{padding-left:1.1rem}.tags li{margin:.2rem 0}
.subscribe button{font:inherit;font-size:.8rem;border:0;border-radius:999px;padding:.15rem .6rem;background:var(--line);color:var(--fg);cursor:pointer}
.articles{list-style:none;padding:0}.articles li{border-top:1px solid var(--line);padding:1.1rem 0}
.articles h2{font-size:1.2rem;margin:.1rem 0}.articles p{margin:.3rem 0}
figure{margin:1.5rem 0;padding:.75rem 1rem;border-left:3px solid var(--line)}figcaption{color:var(--muted);font-size:.92rem}
figure img{max-width:100%;height:auto}blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid var(--accent)}
footer.site{margin-top:3rem;padding-bottom:2rem;color:var(--muted);font-size:.85rem}
`;

function layout(config: SiteConfig, page: { title: string; canonical?: string; description: string; body: string; alternates?: FeedLink[]; language?: string }): string {
  // The site's feeds, then the page's topic feeds (JSON Feed asks readers to prefer its type).
  const alternates = [
    ...FEEDS.map((f) => `<link rel="alternate" type="${f.type}" title="${escapeHtml(`${config.title} (${f.label})`)}" href="${escapeHtml(absoluteUrl(config, f.path))}">`),
    ...(page.alternates ?? []).flatMap((doc) => FEEDS.map((f) =>
      `<link rel="alternate" type="${f.type}" title="${escapeHtml(`${doc.title} (${f.label})`)}" href="${escapeHtml(absoluteUrl(config, doc.paths[f.key]))}">`)),
  ].join("\n");
  return `<!doctype html>
<html lang="${escapeHtml(page.language ?? config.language)}"${dirAttribute(page.language ?? config.language)}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<meta name="description" content="${escapeHtml(page.description)}">
${page.canonical ? `<link rel="canonical" href="${escapeHtml(page.canonical)}">\n` : ""}<link rel="icon" href="${escapeHtml(absoluteUrl(config, config.icon))}">
${alternates}
<style>${STYLE}</style>
</head>
<body>
<header class="site"><a href="${escapeHtml(siteHome(config))}">${escapeHtml(config.title)}</a></header>
<main>
${page.body}
</main>
<footer class="site">Feeds: ${FEEDS.map((f) => `<a href="${escapeHtml(absoluteUrl(config, f.path))}">${f.label}</a>`).join(" · ")}</footer>
</body>
</html>
`;
}

function dateLine(entry: FeedEntry): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const published = `<time datetime="${entry.published.toISOString()}">${day(entry.published)}</time>`;
  const updated = day(entry.updated) !== day(entry.published)
    ? ` · updated <time datetime="${entry.updated.toISOString()}">${day(entry.updated)}</time>`
    : "";
  return `${published}${updated}`;
}

/** The landing page: the newest `entries` of `total` articles. */
export function renderLandingPage(entries: FeedEntry[], total: number, tags: FeedDoc[], config: SiteConfig): string {
  const subscribe = FEEDS.map((f) => {
    const url = escapeHtml(absoluteUrl(config, f.path));
    return `<li><a href="${url}" type="${f.type}">${f.label}</a><button type="button" data-copy="${url}" aria-label="Copy ${f.label} feed URL">Copy URL</button></li>`;
  }).join("\n");
  const list = entries.length
    ? entries.map((e) => `<li${e.language && e.language !== config.language ? ` lang="${escapeHtml(e.language)}"${dirAttribute(e.language)}` : ""}>
<h2><a href="${escapeHtml(absoluteUrl(config, articlePath(e.slug)))}">${escapeHtml(e.title)}</a></h2>
<div class="muted">${dateLine(e)} · ${escapeHtml(e.author)}</div>
${e.summary ? `<p>${escapeHtml(e.summary)}</p>` : ""}${e.captions[0] ? `\n<p class="muted">Photo: ${escapeHtml(e.captions[0])}</p>` : ""}
</li>`).join("\n")
    : "<li>No articles yet. Add <code>.txt</code> or <code>.md</code> files to the articles folder.</li>";
  const more = total > entries.length
    ? `\n<p class="muted">The newest ${entries.length} of ${total} articles; the feeds carry the newest ${config.feedLimit}.</p>`
    : "";
  const body = `<h1>${escapeHtml(config.title)}</h1>
<p>${escapeHtml(config.description)}</p>
<h2 class="muted">Subscribe</h2>
<ul class="subscribe">
${subscribe}
</ul>${tagList(tags, config)}
<ul class="articles">
${list}
</ul>${more}
<script src="${escapeHtml(absoluteUrl(config, "/subscribe.js"))}" defer></script>`;
  return layout(config, { title: config.title, canonical: siteHome(config), description: config.description, body });
}

/** A feed to link to: its title and paths (a tag feed, from the site or from one article). */
type FeedLink = Pick<FeedDoc, "title" | "paths" | "label" | "count">;

/** An article's own tags as feed links: the page then depends on the article alone, not on the rest of the site. */
function ownTagFeeds(entry: FeedEntry, config: SiteConfig): FeedLink[] {
  return entry.tags.map((tag) => ({ title: `${config.title}: ${tag}`, paths: tagPaths(tagSlug(tag)), label: tag }));
}

/** Topic feeds, each a link to its feed in every format. */
function tagList(tags: FeedLink[], config: SiteConfig, heading = "Topics"): string {
  if (!tags.length) return "";
  const items = tags.map((t) => {
    const links = FEEDS.map((f) => `<a href="${escapeHtml(absoluteUrl(config, t.paths[f.key]))}" type="${f.type}">${f.label}</a>`).join(" ");
    return `<li>${escapeHtml(t.label ?? "")}${t.count ? ` <span class="muted">(${t.count})</span>` : ""} · ${links}</li>`;
  });
  return `\n<h2 class="muted">${heading}</h2>\n<ul class="tags">\n${items.join("\n")}\n</ul>`;
}

export function renderArticlePage(entry: FeedEntry, config: SiteConfig): string {
  const tags = ownTagFeeds(entry, config);
  const tagFeeds = tagList(tags, config, "Follow these topics");
  const body = `<article>
<h1>${escapeHtml(entry.title)}</h1>
<div class="muted">${dateLine(entry)} · ${escapeHtml(entry.author)}</div>
${entry.contentHtml}
${tagFeeds}
</article>`;
  return layout(config, { title: `${entry.title} · ${config.title}`, canonical: entry.url, description: entry.summary, body, alternates: tags, language: entry.language });
}

/** A removed article's address (410 Gone): it will not come back. */
export function renderGonePage(config: SiteConfig): string {
  const body = `<h1>Article removed</h1>
<p>The article that was here has been removed for good. The <a href="${escapeHtml(siteHome(config))}">front page</a> lists every article.</p>`;
  return layout(config, { title: `Removed · ${config.title}`, description: "Article removed", body });
}

export function renderNotFoundPage(config: SiteConfig): string {
  const body = `<h1>Page not found</h1>
<p>There is no page at this address. The <a href="${escapeHtml(siteHome(config))}">front page</a> lists every article.</p>`;
  return layout(config, { title: `Not found · ${config.title}`, description: "Page not found", body });
}
