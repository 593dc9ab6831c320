import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/extract/markdown/parse-markdown";
import { withTemplateTagsRead } from "../../../src/extract/markdown/template-tags";
import { articlePath, slugOfName } from "../../../src/core/url";

const html = (source: string) => {
  const parsed = parseMarkdown(source);
  return parsed.blocks.map((block) => (block.kind === "html" ? block.html : JSON.stringify(block))).join("\n");
};

describe("template code site generators leave in Markdown", () => {
  it("Jekyll: the site's base address is its root, a quoted path under a URL filter is the path, and the photo keeps its caption", () => {
    const parsed = parseMarkdown([
      "---", "title: Harbour reopens", "---", "", "The harbour reopened on Monday.", "",
      "![Dredger at work]({{ site.baseurl }}/assets/dredger.jpg)", "*The dredger in January.*", "",
      "![Quay]({{ \"/assets/quay.jpg\" | relative_url }})", "",
      "See [the trust's new chair]({% post_url 2024-02-20-harbour-trust-chair %}).",
    ].join("\n"));
    const body = parsed.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
    expect(body).toContain('<img src="/assets/dredger.jpg" alt="Dredger at work">');
    expect(body).toContain('<img src="/assets/quay.jpg" alt="Quay">');
    expect(body).toContain('<a href="/articles/2024-02-20-harbour-trust-chair">');
    expect(body).not.toMatch(/\{\{|\{%/);
    expect(parsed.captions).toEqual(["The dredger in January."]);
    expect(parsed.image).toBe("/assets/dredger.jpg");
  });

  it("Hugo: a figure shortcode is a photo with its caption; a video is a link; the site's own shortcodes leave nothing", () => {
    const parsed = parseMarkdown([
      "+++", 'title = "Footbridge opens"', "+++", "", "Walkers crossed the bridge on Thursday.", "",
      '{{< figure src="/images/bridge.jpg" alt="The footbridge" caption="The bridge lit up on its first night." >}}', "",
      "{{< youtube dQw4w9WgXcQ >}}", "", "{{< newsletter-box >}}", "", "The council paid £3m more than planned.",
    ].join("\n"));
    const body = parsed.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
    expect(parsed.captions).toEqual(["The bridge lit up on its first night."]);
    expect(body).toContain('<img src="/images/bridge.jpg" alt="The footbridge">');
    expect(body).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(body).not.toContain("{{");
    expect(body).toContain("£3m more");
  });

  it("Eleventy: the image shortcode is an image; control flow and comments leave nothing, raw text stays as written", () => {
    expect(html("# Garden\n\n{% image \"./bees.jpg\", \"Bees on the lavender\" %}\n\nThe bees came in June.")).toContain('<img src="./bees.jpg" alt="Bees on the lavender">');
    const out = withTemplateTagsRead("Before.\n{% if site.comments %}\nComments open.\n{% endif %}\n{% comment %}a note to self{% endcomment %}\n{% raw %}{{ shown }}{% endraw %} after.");
    expect(out).toBe("Before.\nComments open.\n{{ shown }} after.");
  });

  it("WordPress: a [caption] is a photo over its caption", () => {
    const parsed = parseMarkdown('# Bioblitz\n\nSixty volunteers counted species.\n\n[caption id="attachment_412" align="aligncenter" width="1024"]<img src="/moth-trap.jpg" alt="A moth trap"> The moth trap at dawn.[/caption]\n\nThe count started at noon.');
    expect(parsed.captions).toEqual(["The moth trap at dawn."]);
    expect(html('# B\n\n[caption id="a"]![A moth trap](/moth.jpg) The trap.[/caption]')).toContain('<figcaption>The trap.</figcaption>');
  });

  it("reads a highlight tag, Jekyll's or Hugo's, as a code block in its language", () => {
    for (const [open, close] of [["{% highlight go %}", "{% endhighlight %}"], ["{{< highlight go >}}", "{{< /highlight >}}"]]) {
      expect(html(`# Code\n\nThe handler:\n\n${open}\nfunc main() {}\n${close}\n\nThat is all.`)).toContain("<pre><code>func main() {}\n</code></pre>");
    }
  });

  it("reads Octopress's and Hexo's codeblock tag as a code block, and their image tags as a photo with its title as caption", () => {
    expect(html("# Keys\n\nTest every key:\n\n{% codeblock lang:bash %}\nsudo showkey -a\n{% endcodeblock %}\n\nAll worked.")).toContain("<pre><code>sudo showkey -a\n</code></pre>");
    const parsed = parseMarkdown("# Keyboard swap\n\nThe ribbon is the scary part.\n\n{% asset_img keyboard-ribbon.jpg The ribbon cable, latch up %}\n\n{% img right /images/fan.jpg 300 200 \"The fan assembly\" \"A laptop fan\" %}\n\nIt took two hours.");
    const body = parsed.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
    expect(body).toContain('<img src="keyboard-ribbon.jpg" alt="The ribbon cable, latch up">');
    expect(body).toContain('<img src="/images/fan.jpg" alt="A laptop fan">');
    expect(parsed.captions).toEqual(["The ribbon cable, latch up", "The fan assembly"]);
  });

  it("reads a generator's box tags as a quote: a note with its kind as title, a details block with its summary, a quotation with its author", () => {
    const note = html("# T480\n\nOrder the right part.\n\n{% note warning %}\nDisable the battery first.\n{% endnote %}\n\nThen open the case.");
    expect(note).toContain("<blockquote>\n<p><strong>Warning</strong></p>\n<p>Disable the battery first.</p>\n</blockquote>");
    expect(html("# Shed\n\n{{< notice tip >}}\nBrace the trusses.\n{{< /notice >}}\n\nDone.")).toContain("<p><strong>Tip</strong></p>\n<p>Brace the trusses.</p>\n</blockquote>");
    expect(html("# Index\n\n{% details Why does the function matter? %}\nThe index stores the original values.\n{% enddetails %}\n\nNext.")).toContain("<blockquote>\n<p><strong>Why does the function matter?</strong></p>\n<p>The index stores the original values.</p>\n</blockquote>");
    const zola = html('# Fridge\n\n{% quote(author="Deirdre, Thursday volunteer") %}\nThe worst day was the yoghurt day.\n{% end %}\n\nThe numbers.');
    expect(zola).toContain("<blockquote>\n<p>The worst day was the yoghurt day.</p>\n<p>— Deirdre, Thursday volunteer</p>\n</blockquote>");
    expect(html("# Q\n\n{% blockquote Seneca, On the Shortness of Life %}\nLife is long if you know how to use it.\n{% endblockquote %}")).toContain("<p>— Seneca, On the Shortness of Life</p>");
    // A box left open still closes; an unknown tag's close (`{% endif %}`) leaves nothing.
    expect(html("# Open\n\n{% note %}\nNever closed.")).toContain("<blockquote>\n<p><strong>Note</strong></p>\n<p>Never closed.</p>\n</blockquote>");
    expect(html("# If\n\n{% if a %}\nShown.\n{% endif %}")).not.toContain("blockquote");
  });

  it("reads embeds of pages, gists, posts and repositories as links to them", () => {
    const out = html("# Links\n\n{% embed https://www.postgresql.org/docs/current/using-explain.html %}\n\n{% github rust-lang/rust %}\n\n{{< gist spf13 7896402 >}}\n\n{{< tweet user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}\n\n{{< instagram CxOWiQNP2MO >}}");
    expect(out).toContain('href="https://www.postgresql.org/docs/current/using-explain.html"');
    expect(out).toContain('href="https://github.com/rust-lang/rust"');
    expect(out).toContain('href="https://gist.github.com/spf13/7896402"');
    expect(out).toContain('href="https://x.com/SanDiegoZoo/status/1453110110599868418"');
    expect(out).toContain('href="https://www.instagram.com/p/CxOWiQNP2MO/"');
  });

  it("leaves code alone: fenced blocks and code spans show the template code as written", () => {
    const source = "# Templates\n\nWrite `{{ site.baseurl }}` before a path:\n\n```liquid\n<img src=\"{{ site.baseurl }}/x.jpg\">\n{% post_url 2024-01-01-a %}\n```\n\nThat is all.";
    expect(withTemplateTagsRead(source)).toBe(source);
    const body = html(source);
    expect(body).toContain("<code>{{ site.baseurl }}</code>");
    expect(body).toContain("{% post_url 2024-01-01-a %}");
  });

  it("leaves a file with no template code as it is, braces and all", () => {
    const source = "# Sets\n\nThe set {1, 2} has two members, and [a link](https://example.com) stays.";
    expect(withTemplateTagsRead(source)).toBe(source);
  });
});

describe("what a post closes with that is not its text", () => {
  it("a related list under its heading is the item's related links, and a sign-off under it stays", () => {
    const parsed = parseMarkdown([
      "# The swifts are back", "", "The first swifts arrived over the church tower on Thursday evening.", "", "See also:", "",
      "- [Swift boxes: how to make and fit them](https://example.org/swift-boxes)", "- [The county swift survey](https://example.org/survey)", "", "— Jane",
    ].join("\n"));
    expect(parsed.related).toEqual([
      { title: "Swift boxes: how to make and fit them", url: "https://example.org/swift-boxes" },
      { title: "The county swift survey", url: "https://example.org/survey" },
    ]);
    const body = html("# T\n\nText.\n\n## Related posts\n\n- [A](https://example.org/a)\n- [B](https://example.org/b)");
    expect(body).not.toMatch(/Related posts|example\.org/);
    expect(html("# The swifts are back\n\nThey came.\n\nSee also:\n\n- [Boxes](https://example.org/b)\n\n— Jane")).toContain("— Jane");
  });

  it("a list that is the post's own stays: one under another heading, or with text after it", () => {
    expect(parseMarkdown("# Jam\n\nMake it.\n\n## Ingredients\n\n- Pears\n- Honey").related).toEqual([]);
    const parsed = parseMarkdown("# Reading\n\nSee also:\n\n- [Boxes](https://example.org/b)\n\nThe swifts leave again in August, so watch for them before then.");
    expect(parsed.related).toEqual([]);
  });

  it("an opening line of hashtags under the title is the item's tags too, and no summary", () => {
    const parsed = parseMarkdown("---\ntags: [garden]\n---\n# Hot composting, attempt two\n\n#garden #compost #experiments\n\nStarted a second hot pile after the first never got above 40 °C.");
    expect(new Set(parsed.tags)).toEqual(new Set(["garden", "compost", "experiments"]));
    expect(parsed.lead).toBe("Started a second hot pile after the first never got above 40 °C.");
    expect(html("# Note\n\n#1 priority is the roof.\n\nThen the walls.")).toContain("#1 priority is the roof.");
  });

  it("a row of badges is not the item's image: a README's status, not a picture", () => {
    const badges = "[![Crates.io](https://img.shields.io/crates/v/tinyqueue.svg)](https://crates.io/crates/tinyqueue)\n[![CI](https://github.com/d/tinyqueue/badge.svg)](https://github.com/d/tinyqueue/actions)";
    expect(parseMarkdown(`# tinyqueue\n\n${badges}\n\nA small priority queue.\n\n![The queue at work](diagram.png)`).image).toBe("diagram.png");
    expect(parseMarkdown(`# tinyqueue\n\n${badges}\n\nA small priority queue.`).image).toBeUndefined();
    // One linked photo is still the post's picture.
    expect(parseMarkdown("# Pier\n\n[![The pier](pier.jpg)](pier-large.jpg)\n\nThe pier reopened.").image).toBe("pier.jpg");
  });

  it("a closing line of hashtags is the item's tags, Obsidian's nested ones too", () => {
    const parsed = parseMarkdown("---\ntitle: Compost heaps\ntags: [garden]\n---\n\nWe turn the heap every three weeks.\n\n#garden/soil #howto");
    expect(parsed.tags).toEqual(["garden", "garden/soil", "howto"]);
    expect(html("# Compost\n\nWe turn it.\n\n#garden/soil #howto")).not.toContain("#howto");
    expect(parseMarkdown("# Results\n\nWe came #1 in the league.").tags).toEqual([]);
  });
});

describe("a paragraph of no-break spaces alone", () => {
  it("is left out, as WordPress's editor leaves it between blocks", () => {
    const body = html("# Post\n\nFirst paragraph.\n\n&nbsp;\n\nSecond paragraph.");
    expect(body).toBe("<p>First paragraph.</p>\n<p>Second paragraph.</p>");
  });
});

describe("tags with markup in them", () => {
  it("keep their words: `<b>news</b>` is the tag news", async () => {
    const { normaliseArticle } = await import("../../../src/article/normalise");
    const article = normaliseArticle({ name: "t.md", bytes: new TextEncoder().encode("---\ntitle: T\ndate: 2024-01-01\ntags: ['<b>news</b>', 'a<b']\n---\n\nText."), mtimeMs: 0 });
    expect(article.tags).toEqual(["news", "ab"]);
  });
});

describe("an image embedded as data", () => {
  it("is not the item's lead image, as Google Docs' Markdown embeds them", () => {
    const parsed = parseMarkdown("# Handbook\n\n![][image1]\n\nThe repair café opens at ten.\n\n![Tools](/tools.jpg)\n\n[image1]: <data:image/png;base64,iVBORw0KGgo=>");
    expect(parsed.image).toBe("/tools.jpg");
  });
});

describe("attribute lists", () => {
  it("kramdown's and Goldmark's are not shown as text; braces that are no list, and code, stay", () => {
    const body = html("# Cake\n\nIntro.\n\n## Recipe {#recipe}\n\nA note here.\n{: .note }\n\n![Cake](cake.jpg){: width=\"400\"}\n\n[Order](https://example.org/order){.button}\n\nThe set {1, 2} stays, and so does `{#id}` in code.");
    expect(body).toContain("<h2>Recipe</h2>");
    expect(body).toContain('<img src="cake.jpg" alt="Cake">');
    expect(body).not.toMatch(/\{:|\{#recipe|\{\.button/);
    expect(body).toContain("The set {1, 2} stays, and so does <code>{#id}</code> in code.");
  });
});

describe("note apps' properties instead of front matter", () => {
  it("reads Notion's properties under the page's heading", () => {
    const parsed = parseMarkdown("# Raised beds: what we're growing this year\n\nCreated: March 4, 2024 10:15 AM\nAuthor: Leah Moss\nTags: garden, planning\nStatus: Published\n\nWe have six raised beds now.");
    expect(parsed).toMatchObject({ title: "Raised beds: what we're growing this year", author: "Leah Moss", tags: ["garden", "planning"], lead: "We have six raised beds now." });
    expect(parsed.published?.toISOString()).toBe("2024-03-04T10:15:00.000Z");
    // A text's own "Key: value" lines under its heading stay text.
    expect(parseMarkdown("# Minutes\n\nPresent: Ann, Bob\nApologies: Carol\n\nThe meeting opened at seven.").lead).toBe("Present: Ann, Bob Apologies: Carol");
  });

  it("reads Logseq's page properties", () => {
    const parsed = parseMarkdown("title:: Swift boxes in St Mary's tower\ntags:: birds, swifts\ndate:: [[Apr 20th, 2024]]\npublic:: true\n\n- We finally have permission to put twelve swift boxes in the tower.");
    expect(parsed).toMatchObject({ title: "Swift boxes in St Mary's tower", tags: ["birds", "swifts"] });
    expect(parsed.published?.toISOString()).toBe("2024-04-20T00:00:00.000Z");
  });
});

describe("more generators' tags and links", () => {
  it("reads a theme's include of a figure or a quote by its arguments, and leaves any other include out", () => {
    expect(withTemplateTagsRead('{% include figure.html image="/assets/ferry.jpg" caption="The ferry at the east dock." %}')).toBe("\n\n![](</assets/ferry.jpg>)\n*The ferry at the east dock.*\n\n");
    expect(withTemplateTagsRead('{% include pullquote.html quote="It is the only four minutes of my day." %}')).toBe("\n\n> It is the only four minutes of my day.\n\n");
    expect(withTemplateTagsRead("{% include toc.html %}")).toBe("");
  });

  it("links another post by its file as that article here: Hugo's ref, Pelican's {filename}, Zola's @/", () => {
    expect(withTemplateTagsRead('[last year]({{< ref "swift-survey-2023.md" >}})')).toBe("[last year](/articles/swift-survey-2023)");
    expect(withTemplateTagsRead("[the tower]({filename}/local-history/st-olaves-tower.md)")).toBe("[the tower](/articles/st-olaves-tower)");
    expect(withTemplateTagsRead("[the guide](@/guides/booking-sleepers.md#tips)")).toBe("[the guide](/articles/booking-sleepers)");
    expect(withTemplateTagsRead("![Chamber]({static}/images/chamber.jpg)")).toBe("![Chamber](/images/chamber.jpg)");
    // A dated file name keeps its date, as the loader's id for that file does: the link finds its page.
    expect(withTemplateTagsRead("[the chair]({filename}/posts/2024-02-20-harbour-trust-chair.md)")).toBe(`[the chair](${articlePath(slugOfName("2024-02-20-harbour-trust-chair.md"))})`);
    expect(withTemplateTagsRead("[the chair]({filename}/posts/2024-02-20-harbour-trust-chair.md)")).toBe("[the chair](/articles/2024-02-20-harbour-trust-chair)");
  });

  it("keeps a highlight tag's code whole, module lines and all (note syntax reads the fence the tag became)", () => {
    const out = html("# Code\n\nThe app:\n\n{% highlight js %}\nimport React from \"react\";\nexport default function App() {}\n{% endhighlight %}\n\nThat is all.");
    expect(out).toContain("import React from &quot;react&quot;;");
    expect(out).toContain("export default function App() {}");
  });

  it("reads Zola's shortcodes written as calls", () => {
    expect(withTemplateTagsRead('{{ image(src="platform.jpg", alt="Platform 8") }}')).toBe("\n\n![Platform 8](<platform.jpg>)\n\n");
    expect(withTemplateTagsRead('{{ youtube(id="abc123") }}')).toBe("<https://www.youtube.com/watch?v=abc123>");
  });
});

describe("pandoc's attributes, as it writes a Word file", () => {
  it("drops an image's sizes and keeps a bracketed span's words", () => {
    expect(withTemplateTagsRead('![](media/image1.png){width="6.268055555555556in" height="4.178472222222222in"}')).toBe("![](media/image1.png)");
    expect(withTemplateTagsRead("The [mean for abstraction licences]{.underline} rose, [Vale Water]{.smallcaps} said.")).toBe("The mean for abstraction licences rose, Vale Water said.");
    // A bookmark Word left (its table of contents' target) shows nothing.
    expect(withTemplateTagsRead("[]{#_Toc123 .anchor}Results")).toBe("Results");
  });

  it("leaves a link and braces in prose alone", () => {
    expect(withTemplateTagsRead("See [the report](https://example.org/r) {which ran to 400 pages}.")).toBe("See [the report](https://example.org/r) {which ran to 400 pages}.");
    expect(withTemplateTagsRead("Use [x]{y} in the formula.")).toBe("Use [x]{y} in the formula.");
  });
});
