/**
 * The Markdown path's fast paths give what the slow ones give: sanitizing only
 * the tags of markdown-it's own HTML (sanitizeEscapedHtml) against js-xss over
 * the whole text, and parseMarkdown as a whole against markdown-it and
 * sanitizeHtml used plainly, on random Markdown built from the pieces that
 * reach the sanitiser: links and images with odd URLs, titles and alt text,
 * fences with info strings, aligned tables, numbered lists, raw HTML.
 */
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/extract/markdown/parse-markdown";
import { sanitizeEscapedHtml, sanitizeHtml } from "../../../src/extract/sanitize";

const plain = new MarkdownIt({ html: true, linkify: true, typographer: false });

const word = fc.constantFrom("a", "Bb", "x y", " ", "  ", "\t", "é", "東京", "&amp;", "&#106;", "&colon;", "&quot;", "\"", "'", "=", "<", ">", "[removed]", "\\", "*", "_", "`", "\u0001", "\u00a0", "/", "@", "//");
const text = fc.array(word, { maxLength: 6 }).map((parts) => parts.join(""));
const url = fc.constantFrom(
  "https://example.org/a?b=1&c=2", "http://x.org", "/relative", "#top", "mailto:me@x.org", "ftp://files.x.org", "tel:123", "irc://x",
  "java&#x09;script:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "x.org/'quoted'", "<https://a.b/c d>", "", "\"x\"", "a=b&quot;",
);
const inline = fc.oneof(
  text,
  fc.tuple(text, url).map(([label, href]) => `[${label}](${href})`),
  fc.tuple(text, url, text).map(([label, href, title]) => `[${label}](${href} "${title}")`),
  fc.tuple(text, url, text).map(([alt, src, title]) => `![${alt}](${src} "${title}")`),
  fc.tuple(text, url).map(([alt, src]) => `![${alt}](${src})`),
  url.map((href) => `<${href}>`),
  url.map((href) => ` ${href} `),
  text.map((code) => `\`${code}\``),
  fc.constantFrom("<b>", "</b>", "<span title=\"x\">", "<script>alert(1)</script>", "<!-- c -->", "<a href=\"javascript:x\">", "<img src=x onerror=y>"),
);
const line = fc.array(inline, { maxLength: 5 }).map((parts) => parts.join(""));
const block = fc.oneof(
  line,
  line.map((l) => `## ${l}`),
  fc.tuple(fc.constantFrom("", "js", "a b", "x\"y", "&amp;"), text).map(([info, code]) => `\`\`\`${info}\n${code}\n\`\`\``),
  fc.tuple(line, line).map(([a, b]) => `| ${a} | b |\n| :-- | --: |\n| ${b} | c |`),
  fc.tuple(fc.integer({ min: 0, max: 12 }), line).map(([start, l]) => `${start}. ${l}\n${start + 1}. x`),
  line.map((l) => `> ${l}`),
  fc.constantFrom("<div>\nraw <b>block</b>\n</div>", "<script>\nx\n</script>", "<svg><script>x</script></svg>", "---"),
);
const markdown = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join("\n\n"));

const holdsRawHtml = (source: string) =>
  plain.parse(source, {}).some((token) => token.type === "html_block" || (token.type === "inline" && token.children!.some((child) => child.type === "html_inline")));

describe("sanitizing markdown-it's own HTML tag by tag", () => {
  it("gives what js-xss over the whole text gives, on random Markdown without raw HTML", () => {
    let checked = 0;
    fc.assert(
      fc.property(markdown, (source) => {
        if (holdsRawHtml(source)) return true;
        checked++;
        const rendered = plain.render(source);
        expect(sanitizeEscapedHtml(rendered), source).toBe(sanitizeHtml(rendered));
        return true;
      }),
      { numRuns: 4000, seed: 20 },
    );
    expect(checked).toBeGreaterThan(500);
  });

  it("hands a tag the allow-list does not know, and anything that is not a plain tag, to the whole-text sanitiser", () => {
    for (const html of ["<p>a</p><script>x</script><p>b</p>", "<p>a</p><svg><p>b</p></svg>", "<P>a</P>", "<p\n>a</p>", "<p>a < b</p>"]) {
      expect(sanitizeEscapedHtml(html), html).toBe(sanitizeHtml(html));
    }
  });
});

describe("parseMarkdown's fast paths", () => {
  it("give the HTML that markdown-it and the whole-text sanitiser give, raw HTML or not", () => {
    fc.assert(
      fc.property(markdown, (body) => {
        const html = parseMarkdown(`---\ntitle: T\n---\n\n${body}\n`).blocks.find((b) => b.kind === "html");
        const expected = sanitizeHtml(plain.render(`${body}\n`)).trim();
        expect(html?.kind === "html" ? html.html : "", body).toBe(expected);
        return true;
      }),
      { numRuns: 3000, seed: 21 },
    );
  });
});
