/**
 * Pages saved in an article's place that hold none: a "not found" page, a
 * bot check ("Just a moment…"), a sign-in wall, an index of posts. Told by their title (and a bot
 * check by its own sentence), in the words such pages use, and an index by its markup; the file is then
 * rejected with that reason rather than published as an article.
 */
import type { DomDocument } from "./dom";

// "Page not found | Site", "404 - Not Found", "Seite nicht gefunden", "Page introuvable", "Página no encontrada".
const NOT_FOUND = /^(?:404|error 404|404 (?:error|not found)|(?:page|article|content) (?:not found|no longer available)|not found|oops!? (?:page )?not found|seite nicht gefunden|page (?:introuvable|non trouvée)|página no encontrada|página não encontrada|pagina non trovata|strona nie została znaleziona|страница не найдена)[.!]?$/i;
// Cloudflare's and others' interstitials, by title or by their one sentence.
const BOT_CHECK_TITLE = /^(?:just a moment\.*|attention required!?|access denied|are you a robot\??|please verify you are a human|security check|ddos-guard)$/i;
const BOT_CHECK_TEXT = /\b(?:checking if the site connection is secure|needs to review the security of your connection|verify you are human|enable javascript and cookies to continue)\b/i;
// A sign-in page: "Sign in | Site", "Log in", "Anmelden", "Connexion", "Iniciar sesión".
const SIGN_IN_TITLE = /^(?:sign in|log ?in|sign up|register|subscribe to continue|anmelden|einloggen|connexion|se connecter|iniciar sesión|entrar|accedi)$/i;

/** Body text this long is an article's, whatever its title says. */
const SHORT_PAGE = 1500;

/** Why the page holds no article, or undefined when nothing says so. */
export function notAnArticle(title: string, bodyText: string): string | undefined {
  // An article may be titled so ("404: the lost pages of the web"): such pages are short as well.
  if (bodyText.length >= SHORT_PAGE) return undefined;
  // The title is the phrase alone, or with the site's name after a separator ("Page not found | Valley Gazette"):
  // "Not found: the hiker missing since May", "Access denied - Judge bars reporters from hearing" are headlines.
  const phrase = withoutSiteName(title);
  if (NOT_FOUND.test(phrase)) return `a "not found" page, not an article (its title: ${JSON.stringify(title)})`;
  if (BOT_CHECK_TITLE.test(phrase) || BOT_CHECK_TEXT.test(bodyText)) return "a bot check saved in the article's place, not the article";
  if (SIGN_IN_TITLE.test(phrase)) return `a sign-in page, not an article (its title: ${JSON.stringify(title)})`;
  return undefined;
}

/** The title without a site's name after a separator: a few words at most ("Valley Gazette", "Metro Herald"). */
function withoutSiteName(title: string): string {
  const m = /^(.+?)\s+[|–—-]\s+(\S+(?:\s+\S+){0,3})$/.exec(title.trim());
  return (m ? m[1]! : title).trim();
}


/**
 * An index of posts saved in an article's place: a category, tag, archive or blog page, as its CMS marks it
 * (WordPress's body classes `archive`, `category`, `tag`, `search`, `blog`; schema.org's `CollectionPage` with no
 * article type among the JSON-LD types the metadata read), listing three or more teasers, each an `<article>` (or a `.hentry`) whose heading links to its post.
 */
export function listingPage(document: DomDocument, structuredTypes: readonly string[]): string | undefined {
  const bodyClass = document.querySelector("body")?.getAttribute("class") ?? "";
  // A single post says so, whatever else its classes hold ("single blog", "post tag").
  if (SINGLE_POST_CLASS.test(bodyClass)) return undefined;
  const collection = structuredTypes.some((t) => COLLECTION_TYPE.test(t)) && !structuredTypes.some((t) => ARTICLE_TYPE.test(t));
  if (!INDEX_BODY_CLASS.test(bodyClass) && !collection) return undefined;
  const teasers = Array.from(document.querySelectorAll("article, .hentry")).filter(
    (el) => !el.parentElement?.closest("article, .hentry") && el.querySelector("h1 a[href], h2 a[href], h3 a[href]") !== null,
  );
  return teasers.length >= MIN_TEASERS ? `an index of posts (${teasers.length} teasers on a category, tag or archive page), not an article` : undefined;
}

const SINGLE_POST_CLASS = /(?:^|\s)(?:single|singular|single-post|postid-\d+|page-id-\d+)(?:\s|$)/;
const INDEX_BODY_CLASS = /(?:^|\s)(?:archive|category|tag|search|search-results|blog)(?:\s|$)/;
const COLLECTION_TYPE = /^(?:CollectionPage|SearchResultsPage)$/;
const ARTICLE_TYPE = /Article$|^(?:BlogPosting|Report|LiveBlogPosting)$/;
/** Teasers an index lists at least (a post may show two: itself and a card). */
const MIN_TEASERS = 3;
