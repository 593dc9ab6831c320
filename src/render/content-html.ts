/** Article blocks → the HTML carried in feeds and shown on article pages. */
import type { Block, RelatedLink } from "../core/article";
import { escapeHtml } from "../core/text";

type Resolve = (href: string) => string | undefined;

/**
 * `language`: the item's (or the site's), for the heading over the related links, in the words
 * the item is written in ("Related" in an English item, "À lire aussi" in a French one).
 */
export function contentHtml(blocks: Block[], related: RelatedLink[], resolve: Resolve, image?: string, language = "en"): string {
  const parts = blocks.map((block) => blockHtml(block, resolve, image));
  if (related.length) {
    const items = related.map((link) => {
      const title = escapeHtml(link.title);
      return `<li>${link.url ? `<a href="${escapeHtml(link.url)}">${title}</a>` : title}</li>`;
    });
    parts.push(`<h2>${escapeHtml(relatedHeading(language))}</h2>\n<ul class="related">\n${items.join("\n")}\n</ul>`);
  }
  return parts.filter(Boolean).join("\n");
}

function blockHtml(block: Block, resolve: Resolve, image?: string): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "heading":
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case "quote":
      return `<blockquote><p>${escapeHtml(block.text)}</p></blockquote>`;
    case "list":
      return `<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("\n")}\n</ul>`;
    case "figure": {
      const src = block.image ? (block.image === image ? image : resolve(block.image)) : undefined;
      const img = src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(block.caption)}">` : "";
      const credit = block.credit ? `<small class="credit">${escapeHtml(block.credit)}</small>` : "";
      const text = [block.caption ? escapeHtml(block.caption) : "", credit].filter(Boolean).join(" ");
      const caption = text ? `<figcaption>${text}</figcaption>` : "";
      return img || caption ? `<figure>${img}${caption}</figure>` : "";
    }
    case "html":
      return absolutiseLinks(block.html, resolve);
  }
}

/**
 * Makes href/src in renderer-made HTML absolute: feed readers resolve
 * relative links against different bases. The HTML comes from markdown-it,
 * which always writes double-quoted, escaped attributes, so a regular
 * expression over its output is exact; a link that cannot be made a safe
 * http(s) URL is dropped.
 */
function absolutiseLinks(html: string, resolve: Resolve): string {
  return html.replace(/\s(href|src)="([^"]*)"/g, (_match, attr: string, value: string) => {
    if (value.startsWith("#") || /^mailto:/i.test(value)) return ` ${attr}="${value}"`;
    const decoded = value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    const absolute = resolve(decoded);
    return absolute ? ` ${attr}="${escapeHtml(absolute)}"` : "";
  });
}

/** The heading over related links in the language's own words (the primary subtag decides); English otherwise. */
export function relatedHeading(language: string): string {
  return RELATED_HEADINGS[language.toLowerCase().split("-")[0]!] ?? "Related";
}

// As news sites in each language head such a list; written by hand, as no library carries these words.
const RELATED_HEADINGS: Record<string, string> = {
  en: "Related", fr: "À lire aussi", de: "Mehr zum Thema", es: "Noticias relacionadas", pt: "Leia também", it: "Leggi anche",
  nl: "Lees ook", ru: "Читайте также", uk: "Читайте також", pl: "Czytaj także", cs: "Související články", sk: "Súvisiace články",
  hu: "Kapcsolódó cikkek", ro: "Citește și", el: "Σχετικά άρθρα", tr: "İlgili haberler", sv: "Läs också", da: "Læs også",
  nb: "Les også", no: "Les også", fi: "Lue myös", id: "Baca juga", ms: "Baca juga", vi: "Tin liên quan", hi: "यह भी पढ़ें",
  bn: "আরও পড়ুন", ar: "اقرأ أيضاً", fa: "مطالب مرتبط", he: "כתבות קשורות", zh: "相关阅读", ja: "関連記事", ko: "관련 기사", th: "ข่าวที่เกี่ยวข้อง",
};
