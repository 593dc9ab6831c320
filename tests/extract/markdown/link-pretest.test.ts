/**
 * The pretest in front of linkify-it's `test` (src/extract/markdown/link-pretest.ts)
 * may only skip text in which linkify-it finds no link: checked against an
 * untouched linkify-it on random text built from the pieces links are made of.
 */
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { addLinkPretests, mayHoldLink, pretestLinkify } from "../../../src/extract/markdown/link-pretest";

const untouched = () => new MarkdownIt({ html: true, linkify: true, typographer: false });

/** Pieces of links and of the text around them, in several cases and scripts. */
const PIECES = [
  "http", "HTTP", "https", "hTtPs", "ftp", "FTP", "mailto", "MailTo", "htt", "ttp", "p", "s", "to",
  ":", "://", "//", "/", "@", ".", "-", "_", "~", "?", "#", "=", "&", "(", ")", "[", "]", "<", ">", "\uff5c",
  " ", "\u00a0", "\u3000", "\n", "\t", ",", "'", "\"", "!",
  "example", "example.com", "foo.org", "x.ru", "192.168.0.1", "localhost", "user", "a", "Z", "9",
  "é", "ı", "İ", "ſ", "\u212a", "東京", "рф", "пример.рф", "xn--p1ai",
];
/** Something shaped like a link, whole or broken, so that many samples do hold one. */
const linkish = fc
  .tuple(
    fc.constantFrom("", " ", "(", "<", "x", "_", "\u3000"),
    fc.constantFrom("http://", "HTTPS://", "Ftp://", "mailto:", "//", "", "user@", "a.b@", "http:", "https//"),
    fc.constantFrom("example.com", "foo.org", "x", "пример.рф", "localhost", "192.168.0.1", "[::1]", "a-.com"),
    fc.constantFrom("", "/a", "?q=1", ".", ":8080/x", "#top"),
  )
  .map((parts) => parts.join(""));
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), linkish, fc.string({ maxLength: 3 }), fc.string({ unit: "binary", maxLength: 2 })), { maxLength: 16 }).map((parts) => parts.join(""));

describe("the link pretest", () => {
  it("passes every text in which linkify-it finds a link", () => {
    const { linkify } = untouched();
    let links = 0;
    fc.assert(
      fc.property(text, (sample) => {
        const found = linkify.test(sample);
        if (found) links++;
        return !found || mayHoldLink(sample);
      }),
      { numRuns: 20000, seed: 10 },
    );
    expect(links).toBeGreaterThan(1000); // the samples do hold links, so the property is not empty
  });

  it("answers as linkify-it does once put in front of it", () => {
    const { linkify } = untouched();
    const pretested = untouched().linkify;
    pretestLinkify(pretested);
    fc.assert(fc.property(text, (sample) => pretested.test(sample) === linkify.test(sample)), { numRuns: 5000, seed: 11 });
  });

  it("skips text without `//` or `@`, schema names included, and passes the rest", () => {
    for (const sample of ["The council met on Tuesday: the vote was 7 to 2.", "http: and HTTPS:x and ftp:/x", "mailto:nobody"]) {
      expect(mayHoldLink(sample), sample).toBe(false);
      expect(untouched().linkify.test(sample), sample).toBe(false);
    }
    for (const sample of ["see http://a.b", "//host", "MAILTO:me@host.org", "me@host.org"]) expect(mayHoldLink(sample), sample).toBe(true);
  });

  it("renders Markdown exactly as markdown-it without the pretests", () => {
    const plain = untouched();
    const pretested = untouched();
    addLinkPretests(pretested);
    const markup = fc.constantFrom("[a](http://x.org)", "[a@b.org](mailto:a@b.org)", "<a href=\"//x.org\">", "</a>", "`code http://x.org`", "<http://x.org>", "\\/", "\\@", "&#64;", "&#47;", "\n\n", "# ", "- ", "**");
    const markdownText = fc.array(fc.oneof(text, markup), { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(fc.property(markdownText, (sample) => pretested.render(sample) === plain.render(sample)), { numRuns: 3000, seed: 12 });
  });
});
