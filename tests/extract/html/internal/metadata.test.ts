/** What a page says about itself in its head (src/extract/html/internal/metadata.ts), on small made-up pages. */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../../../src/extract/html/internal/dom";
import { articleUrl, httpUrl, readMetadata } from "../../../../src/extract/html/internal/metadata";

const page = (head: string, body = "<p>Text.</p>", htmlAttributes = "") =>
  readMetadata(parsePage(`<!doctype html><html${htmlAttributes}><head>${head}</head><body>${body}</body></html>`));
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe("readMetadata: addresses", () => {
  it("takes the page address from <base>, then rel=canonical, then og:url, and resolves relative ones", () => {
    expect(page('<base href="https://a.example/x/"><link rel="canonical" href="https://b.example/y">').pageUrl).toBe("https://a.example/x/");
    expect(page('<link rel="Canonical" href="https://b.example/y"><meta property="og:url" content="https://c.example/z">')).toMatchObject({
      pageUrl: "https://b.example/y", canonicalUrl: "https://b.example/y",
    });
    expect(page('<meta property="og:url" content="https://c.example/z"><link rel="canonical" href="/story">')).toMatchObject({
      pageUrl: "https://c.example/z", canonicalUrl: "https://c.example/story",
    });
  });

  it("refuses addresses that are not http(s)", () => {
    const meta = page('<link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="data:image/png;base64,AAAA">');
    expect(meta.pageUrl).toBeUndefined();
    expect(meta.canonicalUrl).toBeUndefined();
    expect(meta.image).toBeUndefined();
  });

  it("takes the canonical URL from JSON-LD when the head gives none", () => {
    expect(page(ld({ "@type": "NewsArticle", url: "https://d.example/ld" })).canonicalUrl).toBe("https://d.example/ld");
  });
});

describe("readMetadata: titles, site, description", () => {
  it("lists title candidates best first, squashed, empty ones dropped", () => {
    const meta = page([
      "<title>  Page   title | Site </title>",
      '<meta name="twitter:title" content="Twitter title">',
      '<meta property="og:title" content=" OG  title ">',
      ld({ "@type": "Article", headline: "LD headline" }),
      '<meta property="og:title" content="">',
    ].join(""));
    expect(meta.titles).toEqual(["OG title", "LD headline", "Twitter title", "Page title | Site"]);
  });

  it("reads the site name without a leading @, else the JSON-LD publisher", () => {
    expect(page('<meta name="twitter:site" content="@herald">').siteName).toBe("herald");
    expect(page(ld({ "@type": "NewsArticle", publisher: { "@type": "Organization", name: " The  Herald " } })).siteName).toBe("The Herald");
    expect(page("").siteName).toBeUndefined();
  });

  it("reads the description, and leaves it out when blank", () => {
    expect(page('<meta name="description" content="  A  short   summary ">').description).toBe("A short summary");
    expect(page('<meta name="description" content="   ">').description).toBeUndefined();
  });
});

describe("readMetadata: dates", () => {
  it("reads published and updated dates from meta tags", () => {
    const meta = page('<meta property="article:published_time" content="2024-03-05T10:00:00Z"><meta property="article:modified_time" content="2024-03-06T08:30:00Z">');
    expect(meta.published?.toISOString()).toBe("2024-03-05T10:00:00.000Z");
    expect(meta.updated?.toISOString()).toBe("2024-03-06T08:30:00.000Z");
  });

  it("prefers the article's own <time> to a masthead's 'today', a sidebar's and a commenter's", () => {
    const masthead = '<header class="masthead"><time datetime="2024-06-20">Thursday, June 20, 2024</time></header>';
    const sidebar = '<aside class="latest"><ul><li><a href="/x">Fire crews contain brush fire</a> <time datetime="2024-06-20T07:10:00Z">7:10 AM</time></li></ul></aside>';
    const comments = '<div id="comments"><article class="comment-body"><time datetime="2024-03-06T08:14:00Z">March 6</time></article></div>';
    const inArticle = `${masthead}${sidebar}<article><h1>Headline</h1><p class="dateline">Published <time datetime="2024-03-05T10:00:00-07:00">March 5, 2024</time></p></article>`;
    expect(page("", inArticle).published?.toISOString()).toBe("2024-03-05T17:00:00.000Z");
    // Without an <article>: the first time after the headline, never the comments'.
    const afterHeadline = `${masthead}${sidebar}<div><h1>Headline</h1><p>Filed <time datetime="2024-03-05T10:00:00Z">March 5</time></p></div>`;
    expect(page("", afterHeadline).published?.toISOString()).toBe("2024-03-05T10:00:00.000Z");
    expect(page("", `${masthead}<div><h1>Headline</h1><p>Text.</p></div>${comments}`).published?.toISOString()).toBe("2024-06-20T00:00:00.000Z");
  });

  it("falls back to JSON-LD, then itemprop, then the first <time datetime>", () => {
    expect(page(ld({ "@type": "BlogPosting", datePublished: "2023-11-02T00:00:00Z" })).published?.toISOString()).toBe("2023-11-02T00:00:00.000Z");
    expect(page("", '<span itemprop="datePublished" content="2022-07-01T12:00:00Z"></span>').published?.toISOString()).toBe("2022-07-01T12:00:00.000Z");
    expect(page("", '<p>Filed <time datetime="2021-01-09T06:00:00Z">Saturday</time></p>').published?.toISOString()).toBe("2021-01-09T06:00:00.000Z");
  });

  it("skips placeholder years and unreadable dates for the next candidate", () => {
    const meta = page('<meta name="date" content="0001-01-01T00:00:00Z">' + ld({ "@type": "Article", datePublished: "not a date" }), '<time datetime="2020-02-02T00:00:00Z"></time>');
    expect(meta.published?.toISOString()).toBe("2020-02-02T00:00:00.000Z");
  });

  it("reads ISO dates with fractions of a second and a +hhmm offset (to the whole second)", () => {
    expect(page('<meta property="article:published_time" content="2024-03-05T10:00:00.123+0200">').published?.toISOString()).toBe("2024-03-05T08:00:00.000Z");
  });

  it("reads a blog template's <abbr class=\"published\" title=\"…\">, with or without its itemprop", () => {
    expect(page("", '<abbr class="published" itemprop="datePublished" title="2022-10-16T09:41:00-05:00">9:41 AM</abbr>').published?.toISOString()).toBe("2022-10-16T14:41:00.000Z");
    expect(page("", '<abbr class="published" title="2022-10-16T09:41:00-05:00">9:41 AM</abbr>').published?.toISOString()).toBe("2022-10-16T14:41:00.000Z");
  });

  it("gives no date at all when the page has none", () => {
    const meta = page("<title>t</title>");
    expect(meta.published).toBeUndefined();
    expect(meta.updated).toBeUndefined();
  });
});

describe("readMetadata: JSON-LD as pages write it", () => {
  it("finds the article inside @graph and prefers it to the WebPage that holds it", () => {
    const meta = page(ld({ "@graph": [{ "@type": "WebPage", headline: "Page headline" }, { "@type": ["NewsArticle"], headline: "Story headline" }] }));
    expect(meta.titles).toEqual(["Story headline"]);
  });

  it("reads JSON-LD with raw newlines inside strings, in an HTML comment, with a trailing semicolon", () => {
    const raw = '<script type="application/ld+json"><!--{"@type":"Article","headline":"Line one\nline two"};--></script>';
    expect(page(raw).titles).toEqual(["Line one line two"]);
  });

  it("ignores JSON-LD it cannot parse and objects that are not articles", () => {
    const meta = page('<script type="application/ld+json">{ not json</script>' + ld({ "@type": "Person", name: "Someone", headline: "Not an article" }));
    expect(meta.titles).toEqual([]);
    expect(meta.author).toBeUndefined();
  });

  it("joins several JSON-LD authors, as strings or objects with a name", () => {
    expect(page(ld({ "@type": "Article", author: [{ "@type": "Person", name: "Ann Lee" }, "Bo Chan", { url: "https://x" }] })).author).toBe("Ann Lee, Bo Chan");
  });

  it("follows @id references in a @graph to the Person, Organization and ImageObject they name", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Article", "@id": "https://a.example/post/#article", headline: "Story", author: { "@id": "https://a.example/#/schema/person/7" },
          publisher: { "@id": "https://a.example/#organization" }, image: { "@id": "https://a.example/post/#primaryimage" } },
        { "@type": "ImageObject", "@id": "https://a.example/post/#primaryimage", url: "https://a.example/img/pier.jpg" },
        { "@type": "Organization", "@id": "https://a.example/#organization", name: "Harbour Gazette" },
        { "@type": ["Person"], "@id": "https://a.example/#/schema/person/7", name: "Ines Marlowe" },
      ],
    };
    expect(page(ld(graph))).toMatchObject({ author: "Ines Marlowe", siteName: "Harbour Gazette", image: "https://a.example/img/pier.jpg" });
    // A reference to nothing described names nobody; a list mixes names and references.
    expect(page(ld({ "@type": "NewsArticle", author: { "@id": "#nobody" } })).author).toBeUndefined();
    expect(page(ld({ "@graph": [{ "@type": "NewsArticle", author: [{ "@id": "#a" }, "Tom Reyes"] }, { "@type": "Person", "@id": "#a", name: "Ines Marlowe" }] })).author)
      .toBe("Ines Marlowe, Tom Reyes");
  });

  it("reads the image as a string, an object's url or contentUrl, or the first of a list", () => {
    expect(page(ld({ "@type": "Article", image: "https://img.example/a.jpg" })).image).toBe("https://img.example/a.jpg");
    expect(page(ld({ "@type": "Article", image: [{ "@type": "ImageObject", contentUrl: "https://img.example/b.jpg" }] })).image).toBe("https://img.example/b.jpg");
  });
});

describe("readMetadata: author, tags, language, image", () => {
  it("drops a leading 'By', and refuses profile URLs and very long names", () => {
    expect(page('<meta name="author" content="By  Maria Rossi">').author).toBe("Maria Rossi");
    expect(page('<meta name="author" content="par Jean Dupont">').author).toBe("Jean Dupont");
    expect(page('<meta name="author" content="https://social.example/@maria">').author).toBeUndefined();
    expect(page(`<meta name="author" content="${"x".repeat(121)}">`).author).toBeUndefined();
  });

  it("collects tags from article:tag, JSON-LD and keyword lists, unique ignoring case, at most eight", () => {
    const meta = page([
      '<meta property="article:tag" content="Budget">',
      ld({ "@type": "Article", keywords: "budget, Schools" }),
      '<meta name="keywords" content="a;b,c,d,e,f,g,h,i">',
    ].join(""));
    expect(meta.tags).toEqual(["Budget", "Schools", "a", "b", "c", "d", "e", "f"]);
  });

  it("drops tags longer than 60 characters and empty list items", () => {
    expect(page(`<meta name="keywords" content="ok,, ,${"y".repeat(61)}">`).tags).toEqual(["ok"]);
  });

  it("reads the language from <html lang>, else og:locale with _ turned into -; refuses junk", () => {
    expect(page("", "<p>x</p>", ' lang="de-AT"').language).toBe("de-AT");
    expect(page('<meta property="og:locale" content="pt_BR">').language).toBe("pt-BR");
    expect(page("", "<p>x</p>", ' lang="not a language!"').language).toBeUndefined();
  });

  it("resolves a relative og:image against the page address, falling back to twitter:image and image_src", () => {
    expect(page('<link rel="canonical" href="https://n.example/s/1"><meta property="og:image" content="/img/lead.jpg">').image).toBe("https://n.example/img/lead.jpg");
    expect(page('<meta name="twitter:image" content="https://t.example/i.png">').image).toBe("https://t.example/i.png");
    expect(page('<link rel="image_src" href="https://l.example/i.png">').image).toBe("https://l.example/i.png");
  });
});

describe("httpUrl", () => {
  it("gives absolute http(s) URLs only", () => {
    expect(httpUrl("/a b", "https://x.example/dir/")).toBe("https://x.example/a%20b");
    expect(httpUrl("  https://x.example  ")).toBe("https://x.example/");
    expect(httpUrl("mailto:someone@x.example")).toBeUndefined();
    expect(httpUrl("relative/only")).toBeUndefined();
    expect(httpUrl("   ")).toBeUndefined();
    expect(httpUrl(null)).toBeUndefined();
  });
});

describe("a title its CMS escaped twice", () => {
  it("is decoded once more: no title means the text \"&#8217;\" itself", () => {
    const meta = readMetadata(parsePage('<html><head><meta property="og:title" content="Council&amp;#8217;s bus plan &amp;amp; budget"></head><body></body></html>'));
    expect(meta.titles[0]).toBe("Council’s bus plan & budget");
    const plain = readMetadata(parsePage('<html><head><meta property="og:title" content="Fish &amp; chips"></head><body></body></html>'));
    expect(plain.titles[0]).toBe("Fish & chips");
  });
});

describe("an author its CMS escaped in its JSON-LD", () => {
  it("is decoded as a title is", () => {
    const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "Article", headline: "Spring collection", author: { "@type": "Organization", name: "Oak &amp; Ash Studio" } });
    const meta = readMetadata(parsePage(`<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`));
    expect(meta.author).toBe("Oak & Ash Studio");
  });
});

describe("the site's own name in the author field", () => {
  it("names no writer: the next source of the author is asked", () => {
    const head = '<meta property="og:site_name" content="Tidningen Norr"><meta name="author" content="Tidningen Norr"><meta property="article:author" content="Karin Lindqvist">';
    expect(readMetadata(parsePage(`<html><head>${head}</head><body></body></html>`)).author).toBe("Karin Lindqvist");
    // A shop's blog signed by the shop, with no site name to match, keeps it.
    expect(readMetadata(parsePage('<html><head><meta name="author" content="Oak &amp; Ash Studio"></head><body></body></html>')).author).toBe("Oak & Ash Studio");
  });
});

describe("tags from the article's own tag links", () => {
  it("reads rel=tag links inside the article when the head names no tags, and not a menu's", () => {
    const html = '<html><head></head><body><nav><a rel="tag" href="/t/world">World</a></nav><article><p>Text.</p><p>Tags: <a rel="tag" href="/t/jam">jam</a>, <a rel="tag" href="/t/canning">canning</a></p></article></body></html>';
    expect(readMetadata(parsePage(html)).tags).toEqual(["jam", "canning"]);
    const withHead = html.replace("<head></head>", '<head><meta property="article:tag" content="preserves"></head>');
    expect(readMetadata(parsePage(withHead)).tags).toEqual(["preserves"]);
  });
});

describe("articleUrl: a link's address in the article", () => {
  it("is absolute against the page's address when it has one", () => {
    expect(articleUrl("images/a.jpg", "https://news.example/2024/story")).toBe("https://news.example/2024/images/a.jpg");
  });
  it("is kept relative as written when the page has no address, and never another scheme, however it is disguised", () => {
    expect(articleUrl("images/a.jpg", undefined)).toBe("images/a.jpg");
    expect(articleUrl("/tours.html", undefined)).toBe("/tours.html");
    expect(articleUrl("//cdn.example/a.jpg", undefined)).toBe("https://cdn.example/a.jpg");
    for (const hostile of ["javascript:alert(1)", "jav\tascript:alert(1)", "java\nscript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:x"]) {
      expect(articleUrl(hostile, undefined), hostile).toBeUndefined();
    }
  });
});

describe("tag links in a classic theme's post footer", () => {
  it("reads the tags a post's own footer lists, and not the site footer's cloud", () => {
    const html = `<html><head><title>Red line delayed</title></head><body><article class="post hentry"><h1>Red line delayed</h1><p>Text.</p>
      <footer class="entry-meta"><span class="tags-links"><a href="/tag/red-line/" rel="tag">Red line</a>, <a href="/tag/transit/" rel="tag">Transit</a></span></footer></article>
      <footer class="site-footer"><a href="/tag/weather/" rel="tag">Weather</a></footer></body></html>`;
    expect(readMetadata(parsePage(html)).tags).toEqual(["Red line", "Transit"]);
  });

  it("reads a Blogger post's labels, the post marked only by its classes", () => {
    const html = `<html><head><title>Rationing</title></head><body><div class="post-outer"><div class="post hentry"><h3 class="post-title">Rationing</h3><div class="post-body">Text.</div>
      <div class="post-footer"><span class="post-labels">Labels: <a href="/search/label/WWII" rel="tag">WWII</a>, <a href="/search/label/rationing" rel="tag">rationing</a></span></div></div></div></body></html>`;
    expect(readMetadata(parsePage(html)).tags).toEqual(["WWII", "rationing"]);
  });
});

describe("readMetadata: the link to the writer", () => {
  it("takes the text of the rel=author link when it is a name, in any script", () => {
    expect(page("", `<span class="byline">بقلم <a rel="author" href="https://www.blogger.com/profile/1"><span>سليم الحداد</span></a></span>`).author).toBe("سليم الحداد");
    expect(page("", `<a rel="author" href="/author/jane">Jane Doe</a>`).author).toBe("Jane Doe");
  });

  it("passes over a link to the writer's posts, and gives way to the head's author", () => {
    expect(page("", `<a rel="author" href="/author/jane">View all posts by Jane Doe</a>`).author).toBeUndefined();
    expect(page('<meta name="author" content="Ana Lima">', `<a rel="author" href="/author/jane">Jane Doe</a>`).author).toBe("Ana Lima");
  });
});
