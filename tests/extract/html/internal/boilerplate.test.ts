/** Lines the extractor keeps that are not the article (src/extract/html/internal/boilerplate.ts). */
import { describe, expect, it } from "vitest";
import type { Block } from "../../../../src/core/article";
import { dropBoilerplate } from "../../../../src/extract/html/internal/boilerplate";

const p = (text: string): Block => ({ kind: "paragraph", text });
const html = (markup: string): Block => ({ kind: "html", html: markup });
const figure = (image: string, caption = ""): Block => ({ kind: "figure", caption, image });
/** Enough real paragraphs that the line under test is neither at the top nor at the end. */
const body = (n: number, from = 0) => Array.from({ length: n }, (_, i) => p(`Paragraph ${from + i} of the story, with enough words to be real text.`));
const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === "paragraph" || b.kind === "heading" ? b.text : b.kind === "html" ? b.html : b.kind));

describe("dropBoilerplate: the top of the article", () => {
  it("drops byline, timestamp and reading-time rows at the top", () => {
    const out = dropBoilerplate([p("By Maria Rossi"), p("Published 5 March 2024"), p("4 min read"), ...body(3)]);
    expect(out).toEqual(body(3));
  });

  it("drops the meta row in any order and what is left of it ('By · Nov 2, 2024', '8 min read · Sep 18, 2023'), and player buttons", () => {
    const out = dropBoilerplate([html('<p>By · <time datetime="2024-11-02">Nov 2, 2024</time></p>'), p("Listen"), p("Share"), ...body(3)]);
    expect(out).toEqual(body(3));
    expect(dropBoilerplate([html("<p><span>8 min read</span> · <span>Sep 18, 2023</span></p>"), ...body(3)])).toEqual(body(3));
  });

  it("keeps a short lead that mentions a date, and a lead that is not a meta row", () => {
    const blocks = [p("The council met on March 5, 2024 to vote · again."), p("Listen to the people, she said."), ...body(3)];
    expect(dropBoilerplate(blocks)).toEqual(blocks);
  });

  it("keeps short opening paragraphs that only open like bylines or stamps", () => {
    const lines = [
      "Por su parte, la inflación subyacente se moderó en febrero.",
      "By evening, customers had asked to withdraw $42 billion.",
      "Police said a guard went missing 3 days ago after a dispute.",
      "Published in a filing late on Friday, the order named the bank's officers.",
    ];
    expect(texts(dropBoilerplate([...lines.map(p), ...body(2)]))).toEqual([...lines, ...texts(body(2))]);
    expect(texts(dropBoilerplate([p("By Jane Doe and Tom Bell"), p("3 hours ago"), ...body(2)]))).toEqual(texts(body(2)));
  });

  it("keeps the same kind of lines once they are past the top", () => {
    const late = [p("By Maria Rossi"), p("Published in the local paper before the war.")];
    const blocks = [...body(5), ...late, ...body(5, 5)];
    expect(dropBoilerplate(blocks)).toEqual(blocks);
  });

  it("drops a post's closing buttons set as paragraphs of one link ('Share', 'Leave a comment')", () => {
    const button = (label: string) => html(`<p><a href="https://x.example/p/1?action=share"><span>${label}</span></a></p>`);
    expect(dropBoilerplate([...body(5), button("Share"), button("Leave a comment")])).toEqual(body(5));
    // A link in the middle of the text is the text's.
    expect(dropBoilerplate([...body(5), button("Share"), ...body(5, 5)])).toHaveLength(11);
  });

  it("drops a count alone at the top (a clap counter: '1.4K', '--')", () => {
    expect(dropBoilerplate([p("1.4K"), p("23"), p("--"), ...body(3)])).toEqual(body(3));
  });

  it("drops a name and a date set side by side at the top, and says who wrote it and when", () => {
    const found: { author?: string; published?: Date } = {};
    expect(dropBoilerplate([html('<p>Tom Ashworth<time datetime="2025-02-20">20 February 2025</time></p>'), ...body(3)], found)).toEqual(body(3));
    expect(found).toEqual({ author: "Tom Ashworth", published: new Date("2025-02-20T00:00:00Z") });
    // A sentence that names a person and a date is the text's.
    expect(dropBoilerplate([p("Tom Ashworth said on 20 February 2025 that the budget would pass."), ...body(3)])).toHaveLength(4);
  });

  it("drops an ad's label anywhere in the text, and an affiliate disclosure at the top", () => {
    for (const label of ["Advertisement", "Story continues below advertisement", "Реклама", "Anzeige"]) {
      expect(dropBoilerplate([...body(5), p(label), ...body(5, 5)])).toEqual([...body(5), ...body(5, 5)]);
    }
    expect(dropBoilerplate([p("When you buy through links on our site, we may earn an affiliate commission. Here's how it works."), ...body(3)])).toEqual(body(3));
    // A sentence that names an advertisement is the text's.
    expect(dropBoilerplate([...body(5), p("Advertisement revenue fell by a third last year."), ...body(5, 5)])).toHaveLength(11);
  });

  it("drops a timestamp line anywhere ('Updated: <date>')", () => {
    expect(texts(dropBoilerplate([...body(5), p("Updated: September 29, 2017 10:42 GMT"), ...body(5, 5)]))).not.toContain("Updated: September 29, 2017 10:42 GMT");
  });

  it("does not count figures among the top blocks", () => {
    const out = dropBoilerplate([figure("https://i.example/1.jpg", "A caption"), figure("https://i.example/2.jpg", "B"), figure("https://i.example/3.jpg", "C"), figure("https://i.example/4.jpg", "D"), p("By Maria Rossi"), ...body(3)]);
    expect(texts(out)).not.toContain("By Maria Rossi");
  });
});

describe("dropBoilerplate: inside the body", () => {
  it("drops 'Related: …' lines, wire credits and gallery counters", () => {
    const blocks = [...body(5), p("Related: Ferry returns to the island"), p("Reporting by Ann Lee; editing by Bo Chan"), p("Image 3 of 12"), ...body(5, 5)];
    expect(dropBoilerplate(blocks)).toEqual([...body(5), ...body(5, 5)]);
  });

  it("drops 'Read also: …' lines in the languages of the scrape rules", () => {
    for (const line of ["Читайте также: Что нужно знать пассажирам", "اقرأ أيضا: أسعار المياه ترتفع", "Baca juga: Harga air naik"]) {
      expect(dropBoilerplate([...body(2), p(line), ...body(2, 2)])).toEqual([...body(2), ...body(2, 2)]);
    }
  });

  it("drops the links after a 'Related' heading, and stops at the first block that is not a link list", () => {
    const blocks = [...body(4), p("You may also like"), html('<p><a href="https://x.example/a">A headline</a></p>'), html('<ul><li><a href="https://x.example/b">Another</a></li></ul>'), p("Back to the story."), ...body(4, 4)];
    expect(texts(dropBoilerplate(blocks))).toEqual(texts([...body(4), p("Back to the story."), ...body(4, 4)]));
  });

  it("drops a promo that is all link or shouting, and keeps the same words in a sentence", () => {
    const promo = html('<p><a href="https://x.example/app">Download the app and subscribe</a></p>');
    const shout = p("SIGN UP FOR OUR NEWSLETTER");
    const sentence = p("Readers who subscribe to the paper pay less.");
    expect(dropBoilerplate([...body(5), promo, shout, sentence, ...body(5, 5)])).toEqual([...body(5), sentence, ...body(5, 5)]);
  });

  it("drops a call to the reader set between paragraphs, and an ad's 'scroll to continue'", () => {
    const calls = [p("[ Sign up for our free breaking news alerts ]"), p("Get our free mobile app"), p("Advertisement · Scroll to continue")];
    expect(dropBoilerplate([...body(4), ...calls, ...body(4, 4)])).toEqual([...body(4), ...body(4, 4)]);
    // A sentence that opens with the same verb is the writer's.
    const sentence = p("Follow the river path for two miles and the mill comes into view.");
    expect(dropBoilerplate([...body(4), sentence, ...body(4, 4)])).toContainEqual(sentence);
  });

  it("keeps a long paragraph even when it mentions a promo word", () => {
    const long = p(`Click here was the only instruction. ${"The rest of a long paragraph goes on. ".repeat(5)}`);
    expect(dropBoilerplate([...body(5), long, ...body(5, 5)])).toContain(long);
  });
});

describe("dropBoilerplate: the end of the article", () => {
  it("drops subscribe and contact prompts in the last blocks", () => {
    const out = dropBoilerplate([...body(5), p("Sign up for the morning briefing."), p("Ann Lee can be reached at ann@example.com.")]);
    expect(out).toEqual(body(5));
    // A paywall's teaser in the languages of the date parser.
    for (const teaser of ["Este contenido es exclusivo para suscriptores. Suscríbete por 1 euro.", "Cet article est réservé aux abonnés. Abonnez-vous pour 1 €.", "Jetzt abonnieren für 1 € im ersten Monat."]) {
      expect(dropBoilerplate([...body(5), p(teaser)])).toEqual(body(5));
    }
  });

  it("keeps a sentence that reports a call to sign up, and drops the site's own calls and notices", () => {
    const reported = "Evacuation centres were opened, and officials urged residents to sign up for emergency alerts.";
    expect(texts(dropBoilerplate([...body(4), p(reported), p("No injuries had been reported by Thursday.")]))).toContain(reported);
    const site = [p("Get the magazine delivered every month. Click here for more."), p("Sign up for our newsletter"), p("Filed under: Politics |"), p("comments")];
    expect(dropBoilerplate([...body(4), ...site])).toEqual(body(4));
  });

  it("drops a paywall's prompts wherever they stand, heading or line", () => {
    const prompts = [{ kind: "heading", text: "Subscribe to keep reading" } as Block, p("Already a subscriber? Log in"), p("Il vous reste 72.45% de cet article à lire. La suite est réservée aux abonnés."), p("S’abonner")];
    expect(dropBoilerplate([...body(3), ...prompts, ...body(3, 3)])).toEqual([...body(3), ...body(3, 3)]);
  });

  it("drops a local paper's tagline and a contributor's note at the end, and Substack's and a Japanese paper's paywall prompts anywhere", () => {
    const tail = [p("Reach Jake Whitlow at jwhitlow@example.com or 555-0148."), p("Justin Reyes contributed to this report.")];
    expect(dropBoilerplate([...body(5), ...tail])).toEqual(body(5));
    const prompts = [p("Keep reading with a 7-day free trial"), p("Already a paid subscriber? Sign in"), p("会員の方はログイン"), p("- Advertisement -")];
    expect(dropBoilerplate([...body(3), ...prompts, ...body(3, 3)])).toEqual([...body(3), ...body(3, 3)]);
    // A sentence that names someone reaching a place stays.
    const reached = p("Reach Lake Trail at dawn and the view is worth the climb, rangers say.");
    expect(dropBoilerplate([...body(5), reached])).toContain(reached);
  });

  it("keeps a contact sentence far from the end", () => {
    const line = p("The mayor can be reached at city hall, she said.");
    expect(dropBoilerplate([...body(3), line, ...body(6, 3)])).toContain(line);
  });
});

describe("dropBoilerplate: photo captions and credits outside figures", () => {
  it("moves a credit line onto the photo just before it", () => {
    const out = dropBoilerplate([...body(5), figure("https://i.example/a.jpg", "The harbour"), p("Photo: Ann Lee"), ...body(3, 5)]);
    expect(out).toContainEqual({ kind: "figure", caption: "The harbour", image: "https://i.example/a.jpg", credit: "Ann Lee" });
    expect(texts(out)).not.toContain("Photo: Ann Lee");
  });

  it("drops a stray agency credit and does not overwrite a credit already there", () => {
    const credited: Block = { kind: "figure", caption: "Quay", image: "https://i.example/q.jpg", credit: "Bo Chan" };
    const out = dropBoilerplate([...body(5), credited, p("Jane Doe / Reuters"), ...body(3, 5)]);
    expect(out).toContainEqual(credited);
    expect(texts(out)).not.toContain("Jane Doe / Reuters");
  });

  it("takes a credit-bearing line after an uncaptioned photo as its caption", () => {
    const out = dropBoilerplate([...body(5), figure("https://i.example/b.jpg"), p("Boats in the harbour at dawn (Photo: Ann Lee)"), ...body(3, 5)]);
    expect(out).toContainEqual({ kind: "figure", caption: "Boats in the harbour at dawn (Photo: Ann Lee)", image: "https://i.example/b.jpg" });
  });

  it("keeps headings, quotes and figures as they are", () => {
    const kept: Block[] = [{ kind: "heading", text: "Published works" }, { kind: "quote", text: "A quote from the minister." }, figure("https://i.example/c.jpg", "Caption")];
    expect(dropBoilerplate([...kept, ...body(3)])).toEqual([...kept, ...body(3)]);
  });

  it("gives nothing for nothing", () => {
    expect(dropBoilerplate([])).toEqual([]);
  });
});

describe("dropBoilerplate: what the rows at the top say", () => {
  it("gives the writer and dates of the byline/date rows it drops, the first of each", () => {
    const found = {};
    dropBoilerplate([p("By Jane Doe | March 5, 2024 | 4 min read"), p("Updated March 6, 2024"), p("By Someone Else"), ...body(3)], found);
    expect(found).toEqual({ author: "Jane Doe", published: new Date("2024-03-05T00:00:00Z"), updated: new Date("2024-03-06T00:00:00Z") });
  });

  it("reads nothing from the body's lines", () => {
    const found = {};
    dropBoilerplate([...body(5), p("By Jane Doe | March 5, 2024"), ...body(5, 5)], found);
    expect(found).toEqual({});
  });
});

describe("dropBoilerplate: a site's reprint ban", () => {
  it("goes at the end, where a wire's own copyright line stays", () => {
    const out = dropBoilerplate([...body(5), p("저작권자 © 한빛일보 무단전재 및 재배포 금지")]);
    expect(out).toEqual(body(5));
  });
});

describe("dropBoilerplate: a call to follow the site on a messenger", () => {
  it("goes wherever it stands, however long its blurb", () => {
    const promo = p("Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita WartaNusa WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D");
    expect(dropBoilerplate([...body(3), promo, ...body(3, 3)])).toEqual([...body(3), ...body(3, 3)]);
  });
});

describe("dropBoilerplate: a gallery's counters", () => {
  it("go in the languages galleries print them, and a bare counter between paragraphs", () => {
    const counters = [p("Bild 1 av 5"), p("Foto 2 von 8"), p("3 / 12"), p("Image 1 of / 23")];
    expect(dropBoilerplate([...body(3), ...counters, ...body(3, 3)])).toEqual([...body(3), ...body(3, 3)]);
  });
});
