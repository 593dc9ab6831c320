/** Article blocks → the HTML carried in feeds and shown on article pages. */
import type { Block, RelatedLink } from "../core/article";
import { escapeHtml } from "../core/text";

type Resolve = (href: string) => string | undefined;

export function contentHtml(blocks: Block[], related: RelatedLink[], resolve: Resolve, image?: string): string {
  const parts = blocks.map((block) => blockHtml(block, resolve, image));
  if (related.length) {
    const items = related.map((link) => {
      const title = escapeHtml(link.title);
      return `<li>${link.url ? `<a href="${escapeHtml(link.url)}">${title}</a>` : title}</li>`;
    });
    parts.push(`<h2>Related</h2>\n<ul class="related">\n${items.join("\n")}\n</ul>`);
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
