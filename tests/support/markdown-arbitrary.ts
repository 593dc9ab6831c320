/**
 * Random Markdown built from the pieces that reach the sanitiser: links and
 * images with odd URLs, titles and alt text, fences with info strings, aligned
 * tables, numbered lists, entities, control characters and raw HTML.
 */
import fc from "fast-check";

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
export const markdownWithMarkup = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join("\n\n"));
