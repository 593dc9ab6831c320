/** Article blocks → the HTML of feed content and article pages (src/render/content-html.ts). */
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/core/article";
import { contentHtml } from "../../src/render/content-html";

const BASE = "https://news.example.com/articles/story";
/** Resolves like the renderer does: against the page, http(s) only. */
const resolve = (href: string): string | undefined => {
  try {
    const url = new URL(href, BASE);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
};
const html = (blocks: Block[]) => contentHtml(blocks, [], resolve);

describe("contentHtml: text blocks", () => {
  it("writes each kind of block as its element, in order, one per line", () => {
    expect(html([
      { kind: "heading", text: "Background" },
      { kind: "paragraph", text: "First." },
      { kind: "quote", text: "Said so." },
      { kind: "list", items: ["one", "two"] },
    ])).toBe("<h2>Background</h2>\n<p>First.</p>\n<blockquote><p>Said so.</p></blockquote>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
  });

  it("escapes markup in plain text, and leaves unicode and CDATA ends as text", () => {
    expect(html([{ kind: "paragraph", text: `<script>alert("x")</script> & 'q' ]]> Élections سياسة 🙂` }]))
      .toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; ]]&gt; Élections سياسة 🙂</p>");
    expect(html([{ kind: "list", items: ["<b>bold</b>"] }])).toContain("<li>&lt;b&gt;bold&lt;/b&gt;</li>");
  });

  it("gives nothing for no blocks and no related links", () => {
    expect(contentHtml([], [], resolve)).toBe("");
  });
});

describe("contentHtml: figures", () => {
  it("resolves the image against the page and writes the caption and credit", () => {
    expect(html([{ kind: "figure", caption: "A harbour at dawn", image: "/img/harbour.jpg", credit: "Photo: A. Person" }]))
      .toBe('<figure><img src="https://news.example.com/img/harbour.jpg" alt="A harbour at dawn"><figcaption>A harbour at dawn <small class="credit">Photo: A. Person</small></figcaption></figure>');
  });

  it("uses the lead image (resolved by the caller) as it is, without resolving it again", () => {
    const seen: string[] = [];
    const lead = "https://cdn.example.net/lead.jpg";
    const out = contentHtml([{ kind: "figure", caption: "Lead", image: lead }], [], (href) => (seen.push(href), undefined), lead);
    expect(out).toBe('<figure><img src="https://cdn.example.net/lead.jpg" alt="Lead"><figcaption>Lead</figcaption></figure>');
    expect(seen).toEqual([]);
  });

  it("keeps the caption when the image cannot be used, and drops a figure with neither", () => {
    expect(html([{ kind: "figure", caption: "Only words", image: "javascript:alert(1)" }])).toBe("<figure><figcaption>Only words</figcaption></figure>");
    expect(html([{ kind: "figure", caption: "" }, { kind: "paragraph", text: "After." }])).toBe("<p>After.</p>");
  });

  it("escapes caption and credit, in the alt attribute too", () => {
    const out = html([{ kind: "figure", caption: `"Quoted" <i>`, image: "a.png", credit: "<b>AP</b>" }]);
    expect(out).toContain('alt="&quot;Quoted&quot; &lt;i&gt;"');
    expect(out).toContain('<small class="credit">&lt;b&gt;AP&lt;/b&gt;</small>');
    expect(out).not.toContain("<i>");
  });
});

describe("contentHtml: renderer HTML", () => {
  it("makes relative links and images absolute against the page", () => {
    expect(html([{ kind: "html", html: '<p><a href="../other">x</a> <img src="pic.png" alt=""></p>' }]))
      .toBe('<p><a href="https://news.example.com/other">x</a> <img src="https://news.example.com/articles/pic.png" alt=""></p>');
  });

  it("keeps fragment and mailto links as written", () => {
    expect(html([{ kind: "html", html: '<a href="#notes">n</a><a href="mailto:desk@example.com">m</a>' }]))
      .toBe('<a href="#notes">n</a><a href="mailto:desk@example.com">m</a>');
  });

  it("drops a link that cannot be a safe http(s) URL, keeping the element", () => {
    expect(html([{ kind: "html", html: '<a href="javascript:alert(1)">x</a><img src="data:image/png;base64,AAAA">' }]))
      .toBe("<a>x</a><img>");
  });

  it("decodes the entities markdown-it writes before resolving, and escapes the result", () => {
    expect(html([{ kind: "html", html: '<a href="/search?q=a&amp;b=&quot;c&quot;">s</a>' }]))
      .toBe('<a href="https://news.example.com/search?q=a&amp;b=%22c%22">s</a>');
  });
});

describe("contentHtml: related links", () => {
  it("lists related articles after the body, linked when they have a URL", () => {
    expect(contentHtml([{ kind: "paragraph", text: "Body." }], [
      { title: "Earlier story", url: "https://news.example.com/articles/earlier" },
      { title: "No link <yet>" },
    ], resolve)).toBe('<p>Body.</p>\n<h2>Related</h2>\n<ul class="related">\n<li><a href="https://news.example.com/articles/earlier">Earlier story</a></li>\n<li>No link &lt;yet&gt;</li>\n</ul>');
  });

  it("escapes a related link's URL", () => {
    expect(contentHtml([], [{ title: "t", url: 'https://x.example/?a=1&b="2"' }], resolve)).toContain('href="https://x.example/?a=1&amp;b=&quot;2&quot;"');
  });
});

describe("the heading over related links", () => {
  it("is in the item's language, English for one it does not know", () => {
    const html = (language?: string) => contentHtml([{ kind: "paragraph", text: "Corps." }], [{ title: "Avant" }], () => undefined, undefined, language);
    expect(html("fr")).toContain("<h2>À lire aussi</h2>");
    expect(html("pt-BR")).toContain("<h2>Leia também</h2>");
    expect(html("ja")).toContain("<h2>関連記事</h2>");
    expect(html("xx")).toContain("<h2>Related</h2>");
    expect(html()).toContain("<h2>Related</h2>");
  });
});
