/**
 * The headline without the site's name: pages title themselves
 * "Headline | Site", "Site - Headline" or "Headline — Section — Site".
 */
import { squash } from "../../../core/text";

const SEPARATOR = /\s+(?:\||-|–|—|::|·|•|»|\/)\s+/;

/** The best title: metadata first, cut to the headline when a separated part is the site's name or the `<h1>` is the rest. */
export function pickTitle(candidates: string[], h1: string, extracted: string, siteName: string | undefined, pageUrl: string | undefined): string {
  const site = siteKeys(siteName, pageUrl);
  // A title that is only the site's name ("<title>Metro Daily</title>") names no article: the next candidate or the <h1> does.
  const all = [...candidates, extracted].filter((t) => t && !site.includes(fold(t).replace(/\s+/g, "")));
  const picked = all[0] || h1 || candidates[0];
  if (!picked) return "";
  // A social title cut short of the page's own headline ("Coastal town votes to let sea reclaim farmland" over the <h1>
  // "… farmland in 'managed retreat' plan"): the headline, whole.
  const title = h1 && picked !== h1 && fold(h1).startsWith(`${fold(picked)} `) && !SEPARATOR.test(h1) ? squash(h1) : picked;
  // A paged article's page in its title ("… Halaman all", "… Page 2 of 3"): the article's title is without it.
  return stripSiteName(title, h1, siteName, pageUrl).replace(PAGE_SUFFIX, "");
}

const PAGE_SUFFIX = /\s+(?:halaman\s+(?:all|\d{1,3})|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|seite\s+\d{1,3}|p[áa]gina\s+\d{1,3})$/i;

export function stripSiteName(title: string, h1: string, siteName: string | undefined, pageUrl: string | undefined): string {
  // Blogger's "Blog name: Post title", the page's headline after the colon: the headline.
  const colon = title.indexOf(": ");
  if (h1 && colon > 0 && fold(title.slice(colon + 2)) === fold(h1)) return squash(title.slice(colon + 2));
  // "BBC NEWS | England | Cornwall | Harbour …", "Tri-County Herald - Local News: Council OKs …": the site's name and
  // sections before the page's own headline, whatever separates them; "Headline. Site": the site's after it.
  const headline = h1 ? fold(h1) : "";
  if (headline.split(" ").length >= MIN_EMBEDDED_HEADLINE_WORDS) {
    const folded = fold(title);
    if (folded !== headline && (folded.endsWith(` ${headline}`) || folded.startsWith(`${headline} `))) return squash(h1);
  }
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteKeys(siteName, pageUrl);
  const isSite = (part: string) => {
    const k = fold(part).replace(/\s+/g, "");
    return k.length > 0 && site.some((s) => s === k || (s.length >= 4 && (k.includes(s) || s.includes(k))));
  };
  // The page's own <h1> is one side of a separator: that side is the headline (unless the theme
  // sets the site's name in the <h1>, as classic blog themes do, and the headline lower down).
  if (h1 && !site.includes(fold(h1).replace(/\s+/g, ""))) {
    const headline = fold(h1);
    const seps = [...title.matchAll(new RegExp(SEPARATOR.source, "g"))];
    for (const sep of seps) {
      const before = title.slice(0, sep.index);
      const after = title.slice(sep.index + sep[0].length);
      if (fold(before) === headline) return squash(before);
      if (fold(after) === headline) return squash(after);
    }
  }
  let kept = parts;
  while (kept.length > 1 && isSite(kept[kept.length - 1]!)) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0]!)) kept = kept.slice(1);
  if (kept.length === parts.length) return title;
  return squash(kept.join(" - "));
}

/** Words the `<h1>` needs to be found inside a longer title: fewer could be a section's name. */
const MIN_EMBEDDED_HEADLINE_WORDS = 4;

function fold(text: string): string {
  return squash(text).normalize("NFKC").toLowerCase().replace(/[\u2018\u2019'"“”«»]/g, "").replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
}

/** The site's name and its host name's words, folded without spaces ("The Daily Post", dailypost.example). */
function siteKeys(siteName: string | undefined, pageUrl: string | undefined): string[] {
  const keys: string[] = [];
  if (siteName) keys.push(fold(siteName).replace(/\s+/g, ""), fold(siteName).replace(/^the\s+/, "").replace(/\s+/g, ""));
  if (pageUrl) {
    const host = new URL(pageUrl).hostname.replace(/^www\d*\./, "");
    const labels = host.split(".");
    keys.push(labels.slice(0, -1).join(""), labels[0]!);
  }
  return keys.filter((k) => k.length >= 2);
}
