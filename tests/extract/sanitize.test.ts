/**
 * The allow-list sanitiser (src/extract/sanitize.ts), one case per rule:
 * every refused scheme in the encodings attackers use, every refused element
 * and attribute, and what is kept.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { isSafeUrl, sanitizeEscapedHtml, sanitizeHtml } from "../../src/extract/sanitize";
import { markdownWithMarkup } from "../support/markdown-arbitrary";

const REFUSED_SCHEMES = ["javascript", "vbscript", "livescript", "data", "file", "ftp", "blob", "filesystem", "jar", "view-source", "about", "chrome", "ms-its", "mhtml", "feed", "intent"];

/** Ways to write `javascript:` that browsers still read as the scheme. */
const SCRIPT_SCHEME_SPELLINGS = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "\u0001javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  "java\u0000script:alert(1)",
  "&#106;avascript:alert(1)",
  "&#0000106;avascript:alert(1)",
  "&#x6A;avascript:alert(1)",
  "&#x6a;avascript:alert(1)",
  "&#X6A;avascript:alert(1)",
  "&#x0000006A;avascript:alert(1)",
  "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)",
  "javascript&#58;alert(1)",
  "javascript&#x3A;alert(1)",
  "javascript&colon;alert(1)",
  "java&#x09;script:alert(1)",
  "java&#9;script:alert(1)",
  "java&#x0A;script:alert(1)",
  "java&#13;script:alert(1)",
  "java&Tab;script:alert(1)",
  "java&NewLine;script:alert(1)",
  "&#x20;javascript:alert(1)",
  "\u00a0javascript:alert(1)",
];

describe("isSafeUrl", () => {
  it.each(["https://example.org/a", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG", "mailto:desk@example.org", "/articles/one", "../up", "page.html", "#notes", "?q=1", "//example.org/protocol-relative"])(
    "keeps %j",
    (url) => expect(isSafeUrl(url)).toBe(true),
  );

  it.each(REFUSED_SCHEMES)("refuses the %s: scheme", (scheme) => {
    expect(isSafeUrl(`${scheme}:x`)).toBe(false);
    expect(isSafeUrl(`${scheme.toUpperCase()}:x`)).toBe(false);
  });

  it("refuses data: even for images", () => {
    expect(isSafeUrl("data:image/png;base64,iVBORw0KGgo=")).toBe(false);
    expect(isSafeUrl("data:text/html,<script>alert(1)</script>")).toBe(false);
  });

  it.each(SCRIPT_SCHEME_SPELLINGS)("refuses %j", (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it.each(["vbscript:msgbox(1)", "VbScRiPt:msgbox(1)", "&#118;bscript:msgbox(1)", "vb\tscript:msgbox(1)", "da&#x74;a:text/html,x", "d\nata:text/html,x"])("refuses %j", (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe("sanitizeHtml: URL attributes", () => {
  it.each(SCRIPT_SCHEME_SPELLINGS)("drops href %j and keeps the link text", (url) => {
    const out = sanitizeHtml(`<a href="${url}">text</a>`);
    expect(out).toBe("<a>text</a>");
  });

  it.each([
    ['<img src="javascript:alert(1)" alt="a">', '<img alt="a">'],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="a">', '<img alt="a">'],
    ['<blockquote cite="javascript:alert(1)">q</blockquote>', "<blockquote>q</blockquote>"],
    ['<q cite="vbscript:x">q</q>', "<q>q</q>"],
    ["<a href='java&#x09;script:alert(1)'>t</a>", "<a>t</a>"],
    ["<a href=javascript:alert(1)>t</a>", "<a>t</a>"],
  ])("%s → %s", (input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it("keeps safe URLs, with their quotes escaped", () => {
    expect(sanitizeHtml('<a href="https://example.org/?a=1&amp;b=2" title="T">x</a>')).toBe('<a href="https://example.org/?a=1&amp;b=2" title="T">x</a>');
    expect(sanitizeHtml('<img src="/images/a.jpg" alt="A &quot;photo&quot;" width="10" height="20">')).toBe('<img src="/images/a.jpg" alt="A &quot;photo&quot;" width="10" height="20">');
    expect(sanitizeHtml('<a href="mailto:desk@example.org">mail</a>')).toBe('<a href="mailto:desk@example.org">mail</a>');
  });
});

describe("sanitizeHtml: elements", () => {
  it.each(["script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "textarea", "select", "button", "form", "frameset", "frame", "applet", "noembed", "xmp"])(
    "drops <%s> with everything in it",
    (tag) => {
      const out = sanitizeHtml(`<p>before</p><${tag}>inside alert(1)</${tag}><p>after</p>`);
      expect(out).not.toContain("inside");
      expect(out).not.toMatch(new RegExp(`<${tag}\\b`, "i"));
      expect(out).toContain("<p>before</p>");
      expect(out).toContain("<p>after</p>");
    },
  );

  it.each(["SCRIPT", "ScRiPt"])("drops <%s> however it is cased", (tag) => {
    expect(sanitizeHtml(`<${tag}>alert(1)</${tag}>ok`)).toBe("ok");
  });

  it.each([
    ['<link rel="stylesheet" href="https://evil.example/x.css">', ""],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', ""],
    ['<base href="https://evil.example/">', ""],
    ['<input type="text" value="x" onfocus="alert(1)" autofocus>', ""],
    ['<video src="https://e.example/v.mp4" onerror="alert(1)">no video</video>', "no video"],
    ['<audio src="x" onerror="alert(1)">no audio</audio>', "no audio"],
    ['<source src="x" onerror="alert(1)">', ""],
    ['<img src="x"><portal src="https://evil.example">p</portal>', '<img src="x">p'],
    ['<marquee onstart="alert(1)">m</marquee>', "m"],
    ['<isindex action="javascript:alert(1)">', ""],
    ["<!-- <script>alert(1)</script> -->ok", "ok"],
    ["<![CDATA[<script>alert(1)</script>]]>ok", "&lt;![CDATA[]]&gt;ok"],
  ])("strips %s, keeping only its text", (input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it("keeps the allowed structure", () => {
    const html = "<h2>H</h2><p>A <strong>b</strong> <em>c</em> <code>d</code></p><ul><li>e</li></ul><blockquote>f</blockquote><table><tr><td colspan=\"2\">g</td></tr></table><figure><figcaption>h</figcaption></figure>";
    expect(sanitizeHtml(html)).toBe(html);
  });
});

describe("sanitizeHtml: attributes", () => {
  it.each(["onclick", "onerror", "onload", "onmouseover", "onfocus", "onanimationstart", "ONCLICK", "OnLoad"])("drops the %s handler", (name) => {
    expect(sanitizeHtml(`<p ${name}="alert(1)">x</p>`)).toBe("<p>x</p>");
    expect(sanitizeHtml(`<img src="/a.jpg" ${name}="alert(1)">`)).toBe('<img src="/a.jpg">');
  });

  it.each([
    ["style", "background:url(javascript:alert(1))"],
    ["srcdoc", "<script>alert(1)</script>"],
    ["formaction", "javascript:alert(1)"],
    ["action", "javascript:alert(1)"],
    ["background", "javascript:alert(1)"],
    ["srcset", "javascript:alert(1) 1x"],
    ["xlink:href", "javascript:alert(1)"],
    ["poster", "javascript:alert(1)"],
    ["class", "x"],
    ["id", "x"],
    ["target", "_blank"],
    ["data-x", "1"],
  ])("drops the %s attribute", (name, value) => {
    expect(sanitizeHtml(`<a href="/ok" ${name}="${value}">x</a>`)).toBe('<a href="/ok">x</a>');
  });

  it("keeps each element's allowed attributes only", () => {
    expect(sanitizeHtml('<td colspan="2" rowspan="3" width="5">x</td>')).toBe('<td colspan="2" rowspan="3">x</td>');
    expect(sanitizeHtml('<time datetime="2024-03-12" title="t">x</time>')).toBe('<time datetime="2024-03-12">x</time>');
    expect(sanitizeHtml('<ol start="3" type="a"><li>x</li></ol>')).toBe('<ol start="3"><li>x</li></ol>');
  });

  it("escapes what is left in an attribute so it cannot break out", () => {
    const out = sanitizeHtml('<a href="/x" title="a&quot; onmouseover=&quot;alert(1)">t</a>');
    const link = parseHTML(`<html><body>${out}</body></html>`).document.querySelector("a")!;
    expect(link.getAttributeNames()).toEqual(["href", "title"]);
    expect(link.getAttribute("title")).toBe('a" onmouseover="alert(1)');
  });
});

describe("sanitizeEscapedHtml: markdown-it's own HTML, tag by tag", () => {
  const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });
  const holdsRawHtml = (source: string) =>
    markdown.parse(source, {}).some((token) => token.type === "html_block" || (token.type === "inline" && token.children!.some((child) => child.type === "html_inline")));

  it("gives what js-xss over the whole text gives, on random Markdown without raw HTML", () => {
    let checked = 0;
    fc.assert(
      fc.property(markdownWithMarkup, (source) => {
        if (holdsRawHtml(source)) return true;
        checked++;
        const rendered = markdown.render(source);
        expect(sanitizeEscapedHtml(rendered), source).toBe(sanitizeHtml(rendered));
        return true;
      }),
      { numRuns: 4000, seed: 20 },
    );
    expect(checked).toBeGreaterThan(500);
  });

  it("hands a tag the allow-list does not know, and anything that is not a plain tag, to the whole-text sanitiser", () => {
    for (const html of ["<p>a</p><script>x</script><p>b</p>", "<p>a</p><svg><p>b</p></svg>", "<P>a</P>", "<p\n>a</p>", "<p>a < b</p>", "<p>a</p><img src=x onerror=alert(1)", "<p>a</p><em"]) {
      expect(sanitizeEscapedHtml(html), html).toBe(sanitizeHtml(html));
    }
  });
});
