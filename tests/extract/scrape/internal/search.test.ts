import { describe, expect, it } from "vitest";
import { classifyPage } from "../../../../src/extract/scrape/internal/classify";
import { findBody } from "../../../../src/extract/scrape/internal/body-search";
import { findHeadline, headlineTrace, isHeadlineCandidate, markedLead, withoutSiteName } from "../../../../src/extract/scrape/internal/headline-search";
import { toUnits } from "../../../../src/extract/scrape/internal/units";
import { parseScrape } from "../../../../src/extract/scrape/parse-scrape";

const P1 = "The city council approved a new budget on Tuesday night after a debate that lasted more than six hours and ended with a narrow vote.";
const P2 = "Members of the council argued about the money for parks and libraries, which the mayor had promised to protect during the campaign last year.";
const P3 = "The budget now goes to the mayor, who is expected to sign it before the end of the month, according to a spokesperson for the city.";
const COMMENT = "I think this is a terrible decision and the council should be ashamed of the way it has treated the parks department for all these years.";

function locate(text: string) {
  const { units, stopwords } = classifyPage(toUnits(text));
  const body = findBody(units)!;
  const headline = findHeadline(units, body.start, stopwords, body.end);
  return { units, body, headline: headline === null ? null : units[headline]!.text };
}

describe("a headline over the lead photo's credit", () => {
  it("stays the headline, however many words it has and whatever place it names", () => {
    const text = `Israeli strikes kill dozens in Gaza as ceasefire talks stall\n\nREUTERS/Mohammed Salem\n\n${P1}\n\n${P2}\n\n${P3}`;
    expect(locate(text).headline).toBe("Israeli strikes kill dozens in Gaza as ceasefire talks stall");
  });
});

describe("a headline written without spaces", () => {
  it("is matched with its lead by pairs of characters, not lost to a menu's row above it", () => {
    const lead = "以前、Rustの勉強を兼ねて標準ライブラリだけで小さなHTTPサーバを書きました。今回はそれをtokioで非同期化し、負荷試験で比べてみました。";
    const more = "結論から言うと、同時接続数が多い場合にスループットが約10倍になりました。非同期化の手順と、つまずいた点をまとめます。";
    const text = ["トレンド 質問 公式イベント 公式コラム キャリア・転職", "", "ログイン 新規登録", "", "Rustで自作したHTTPサーバをtokioで非同期化したら10倍速くなった話", "", lead, "", more, "", `${more}${lead}`].join("\n");
    expect(locate(text).headline).toBe("Rustで自作したHTTPサーバをtokioで非同期化したら10倍速くなった話");
  });
});

describe("finding the article on a page", () => {
  it("takes the run of prose between the menus and the footer as the body", () => {
    const text = `Council passes budget - Example News\n\nHome\nNews\nSport\nWeather\n\nCouncil passes budget\n\nBy Jane Doe\n\n${P1}\n\n${P2}\n\n${P3}\n\nAbout us | Contact | Privacy\n© 2024 Example News`;
    const { units, body, headline } = locate(text);
    expect(units[body.start]!.text).toBe(P1);
    expect(units[body.end]!.text).toBe(P3);
    expect(headline).toBe("Council passes budget");
  });

  it("still ends the article at a comments heading under it, whatever stamp stands above", () => {
    const text = `Council passes budget\n\nBy Jane Doe\n\n${P1}\n\n${P2}\n\nUpdated March 14, 2025\n\nComments\n\n${COMMENT}\n\n${COMMENT} ${COMMENT}\n\n${COMMENT} ${COMMENT} ${COMMENT}`;
    const { units, body } = locate(text);
    expect(units[body.end]!.text).toBe(P2);
  });

  it("reads a comments button among the byline's lines as no comments heading: the paragraphs under it are the article's", () => {
    const text = `Council passes budget\n\nBy Jane Doe\n\nMarch 3, 2024\n\n5.5k shares\n\nComments\n\n${P1}\n\n${P2}\n\nRelated\n\nStorm knocks out power across the county\n\n${P3}\n\n${P1} ${P2}\n\n${P3} ${P1}\n\nMore Stories\n\nStorm knocks out power across the county\n\n© 2024 Example News`;
    const { units, body } = locate(text);
    expect(units[body.start]!.text).toBe(P1);
  });

  it("reads a header's 'Go to comments' button under a long share row, a standfirst and the lead photo's caption above the byline", () => {
    const standfirst = "The council's plan for the harbour arrives next week with new money for the promenade and a date for the first works on the quay.";
    const caption = "Signs for rent on a building in the old harbour district of the town, as they were seen from the quay on Thursday.";
    const shares = ["Share on Whatsapp", "Share on Facebook", "Share on Twitter", "Share on Linkedin", "Copy link"];
    const text = ["Council passes budget", standfirst, caption, "Jane Doe", "Madrid - 06 may 2025 - 05:20 CEST", ...shares, "Go to comments", P1, P2, P3, "© 2024 Example News"].join("\n\n");
    const { units, body } = locate(text);
    expect(units[body.end]!.text).toBe(P3);
  });

  it("reads a count of comments over the first paragraph as no comments heading, though no stamp is read near it", () => {
    const text = `Council passes budget\n\nWhatsApp\nFacebook\nEmail\nComments 4\n\n${P1}\n\n${P2}\n\nRelated\n\nStorm knocks out power across the county\nBridge closes for repairs\n\n${P3}\n\n${P1} ${P2}\n\n© 2024 Example News`;
    const { units, body } = locate(text);
    expect(units[body.start]!.text).toBe(P1);
  });

  it("reads a comments button over the byline, under the standfirst, or a menu's comments item as no comments heading", () => {
    const standfirst = "The council says the works are needed to replace a surface laid more than twenty years ago.";
    const over = locate(`Council passes budget\n\n${standfirst}\n\nComments\n\nBy Daniel Rutter\n\nMarch 3, 2024\n\n${P1}\n\nRelated\n\nStorm knocks out power\n\n${P2}\n\n${P3}`);
    expect(over.units[over.body.end]!.text).toBe(P3);
    const menu = locate(`Zprávy\nSport\nKomentáře\nKultura\nPočasí\n\nCouncil passes budget\n\nMarch 3, 2024\n\n${P1}\n\nRelated\n\nStorm knocks out power\n\n${P2}\n\n${P3}`);
    expect(menu.units[menu.body.end]!.text).toBe(P3);
  });

  it("does not run on into the comments, even when they hold more prose than the article", () => {
    const text = `Council passes budget\n\n${P1}\n\n${P2}\n\n12 Comments\n\n${COMMENT}\n\n${COMMENT} ${COMMENT}\n\n${COMMENT} ${COMMENT} ${COMMENT}`;
    const { units, body } = locate(text);
    expect(units[body.end]!.text).toBe(P2);
  });

  it("prefers the headline whose words the article repeats over a nearby teaser", () => {
    const text = `Trending: Celebrity chef opens restaurant\n\nCouncil approves city budget after marathon session\n\nBy Jane Doe\n\n${P1}\n\n${P2}\n\n${P3}`;
    expect(locate(text).headline).toBe("Council approves city budget after marathon session");
  });

  it("falls back to the page title line when no line above the body reads as a headline", () => {
    expect(withoutSiteName("Council approves budget | Example News")).toBe("Council approves budget");
    expect(withoutSiteName("Short - Site")).toBe("Short - Site");
    // The site first: the headline is the clearly longer side.
    expect(withoutSiteName("The Daily Planet | Council approves new cycle lanes")).toBe("Council approves new cycle lanes");
    expect(withoutSiteName("Council approves budget | The Daily Planet")).toBe("Council approves budget");
  });
});

describe("what can be a headline", () => {
  const unitOf = (text: string) => classifyPage(toUnits(text)).units[0]!;

  it("takes a line of a few words, a slogan in curly quotes in it being one phrase", () => {
    expect(isHeadlineCandidate(unitOf("Harbour works begin next month after years of delay"))).toBe(true);
    expect(isHeadlineCandidate(unitOf("Town answers “Slow down. Kids play here.” on its new signs"))).toBe(true);
    expect(isHeadlineCandidate(unitOf("Top 10 harbours to visit in 2025"))).toBe(true);
    expect(isHeadlineCandidate(unitOf("5 things to know about the 2024 budget in 10 charts"))).toBe(true);
    // A short second sentence added for effect; not two sentences of a paragraph.
    expect(isHeadlineCandidate(unitOf("The harbour gets its tram. Finally."))).toBe(true);
    expect(isHeadlineCandidate(unitOf("Our towns don't need more car parks. They need more benches."))).toBe(true);
    expect(isHeadlineCandidate(unitOf("The pier has stood broken for more than a year now. The board says repairs will start in the spring."))).toBe(false);
  });

  it("never takes the paragraph the publisher marked as the lead", () => {
    expect(isHeadlineCandidate(unitOf(":: The council voted on Tuesday to build the tram line"))).toBe(false);
  });

  it.each([
    "www.harbour-gazette.example.com",
    "https://harbour-gazette.example.com/news/works",
    "» Columns by our harbour writers",
    "40 Jane Doe 1 0 0 0 0",
    "1 - 5 of 36 results",
  ])("never a bare address, an arrow-marked link, or a table row: %s", (line) => {
    expect(isHeadlineCandidate(unitOf(line))).toBe(false);
  });
});

describe("the publisher's lead marker", () => {
  const leadOf = (text: string) => {
    const { units } = classifyPage(toUnits(text));
    const k = markedLead(units);
    return k < 0 ? null : units[k]!.text;
  };

  it("marks a paragraph as the lead", () => {
    expect(leadOf(["Harbour works begin", "", `:: ${P1}`, "", P2].join("\n"))).toBe(`:: ${P1}`);
  });

  it("is not an arrow before a link (a breadcrumb's \"» Home\")", () => {
    expect(leadOf(["Harbour works begin", "", P1, "", P2, "", "» Home", "» News"].join("\n"))).toBeNull();
  });
});

describe("a sign-up box between the article and teaser cards", () => {
  const P4 = "The harbour master said the ferries would keep their timetable while the northern quay was closed, and that the fishing fleet would move to the southern basin for the duration of the works.";
  const P5 = "Residents who live near the quay will be able to park in the council's lot on Mill Street free of charge until the works are finished, a spokesperson for the city said on Wednesday.";
  const signUp = ["Want more stories like this?", "", "Every day we send an email with the top stories.", "", "Subscribe"];
  const blurb = (n: number) =>
    `The town opened library branch number ${n} on Saturday, with a reading room that the mayor said would be open to every resident of the town. It is the ${n}th branch that the council has opened in the last ten years, and there are plans for more of them in the north.`;
  const card = (n: number) => ["", "LOCAL NEWS", "", `Town opens new library branch number ${n}`, "", `${n} shares example.com Local`, "", blurb(n)];

  it("ends the body at the box when cards follow it", () => {
    const lines = ["Harbour works begin", "", P1, "", P2, "", P3, "", P4, "", ...signUp, ...[1, 2, 3, 4, 5, 6].flatMap(card)];
    const { units, body } = locate(lines.join("\n"));
    const inBody = units.slice(body.start, body.end + 1).map((u) => u.text);
    expect(inBody).toContain(P4);
    expect(inBody).not.toContain(blurb(1));
  });

  it("keeps the short paragraphs the article closes with under a box of lines a blank apart, its consent line among them", () => {
    const short1 = "The draw leaves the home side sixth, one point behind the leaders.";
    const short2 = "They travel to the coast next Saturday; the visitors host the champions.";
    const box = ["Sign up for our Morning Brief newsletter", "", "Get the day's top stories delivered to your inbox every weekday morning.", "", "Enter your email", "", "Sign Up", "", "By signing up, you agree to our Terms of Use and Privacy Policy."];
    const lines = ["Harbour works begin", "", P1, "", P2, "", P3, "", ...box, "", short1, "", short2, "", "© 2024 Example News"];
    const { units, body } = locate(lines.join("\n"));
    expect(units[body.end]!.text).toBe(short2);
  });

  it("goes on under the box when the paragraph under it speaks of e-mails or updates", () => {
    const box = ["Sign up for our Morning Brief newsletter", "", "Get the day's top stories delivered to your inbox.", "", "Sign Up"];
    const under = "Fans sent angry emails to the club after the match, and the club said it would post updates on the stadium works.";
    const lines = ["Harbour works begin", "", P1, "", P2, "", P3, "", ...box, "", under, "", P4, "", "© 2024 Example News"];
    const { units, body } = locate(lines.join("\n"));
    expect(units[body.end]!.text).toBe(P4);
  });

  it("does not go on into the box's own answer under it", () => {
    const box = ["Stay up to date with us. Subscribe to our newsletter.", "", "Stay up to date with us.", "Subscribe No thanks"];
    const answer = ["You have successfully subscribed. Thank you!", "", "An email with an activation link has just been sent to your email address. Please activate your subscription by clicking on the link."];
    const lines = ["Harbour works begin", "", P1, "", P2, "", P3, "", ...box, ...answer, "", P4];
    const { units, body } = locate(lines.join("\n"));
    expect(units[body.end]!.text).toBe(P3);
  });

  it("keeps the paragraphs the article goes on with past a box in its middle", () => {
    const lines = ["Harbour works begin", "", P1, "", P2, "", ...signUp, "", P3, "", P4, "", P5];
    const { units, body } = locate(lines.join("\n"));
    expect(units[body.end]!.text).toBe(P5);
  });

  it("goes on under a box in the middle of a guide, past subheadings and a booking card, when a long paragraph follows it", () => {
    const long = (topic: string) => `${topic} ${P1} ${P2} ${P3}`;
    const box = ["Get more travel inspiration, tips and exclusive offers sent straight to your inbox with our weekly newsletter.", "", "Subscribe"];
    const lines = ["A weekend in the hills", "", P1, "", "Getting there", "", long("Trains run hourly."), "", ...box, "", "Getting around", "", long("Buses are cheap."),
      "", "Where to stay", "", long("Stay near the station."), "", "Stay here", "", "Hotel Hillview", "", "Check availability", "", "Day one", "", "Morning", "", long("Start early.")];
    const { units, body } = locate(lines.join("\n"));
    expect(units[body.end]!.text).toBe(long("Start early."));
  });

  it("goes on under a box when the listicle's numbered items go on under it", () => {
    const item = (n: number) => [`${n}. Best pick number ${n}: the Example ${n}`, "", `Product ${n} name`, "", `${P2.replace("council", `council of ${n}`)}`, "", `$${n}9 at Example Store`, ""];
    const box = ["Sign up for our newsletter to get the best deals delivered to your inbox.", "", "Sign Up", ""];
    const lines = ["The best picks of the year", "", P1, "", ...item(1), ...item(2), ...box, ...item(3), ...item(4), ...item(5), "© 2024 Example News"];
    const { units, body } = locate(lines.join("\n"));
    const inBody = units.slice(body.start, body.end + 1).map((u) => u.text);
    expect(inBody).toContain("5. Best pick number 5: the Example 5");
  });
});

describe("the writer's note under the article", () => {
  it("ends the body, with the writer's name over it", () => {
    const { units, body } = locate(["Harbour works begin", "", P1, "", P2, "", P3, "", "Jane Doe", "", "Jane Doe is a reporter for the Harbour Gazette."].join("\n"));
    expect(units[body.end]!.text).toBe(P3);
  });

  it("is no note when the article goes on after it", () => {
    const profile = "Jane Doe is a reporter for the Harbour Gazette who has covered the port for twenty years.";
    const { units, body } = locate(["Harbour works begin", "", P1, "", P2, "", profile, "", P3].join("\n"));
    expect(units[body.end]!.text).toBe(P3);
  });
});

describe("the writer's box", () => {
  it("ends the article when the lines under it speak of the name, not as a title-case subheading", () => {
    const bio = "Ana Lima has written about the harbour for the Gazette since 2010 and lives in the old town with her family.";
    const boxed = locate(["Harbour works begin", "", P1, "", P2, "", "Sobre Ana Lima", "", bio].join("\n"));
    expect(boxed.units[boxed.body.end]!.text).toBe(P2);
    const subheading = locate(["Harbour works begin", "", P1, "", "About The Program", "", P2, "", P3].join("\n"));
    expect(subheading.units[subheading.body.end]!.text).toBe(P3);
  });

  it("is no writer's box when the lines under it speak of an organisation: a press release's box stays, up to its press contact", () => {
    const about = "Founded in 2019, Northfield Robotics designs and builds autonomous picking systems for mid-sized warehouses.";
    const { units, body } = locate(["Northfield Robotics raises $42 million", "", P1, "", P2, "", "About Northfield Robotics", "", about, "", "Media Contact:", "Rachel Okoye", "press@example.com"].join("\n"));
    expect(units[body.end]!.text).toBe(about);
    // "… is a clinical-stage biopharmaceutical company …": what the organisation is.
    const company = "Northlake Therapeutics is a clinical-stage biopharmaceutical company developing oral therapies for chronic cough.";
    const release = locate(["Northlake reports trial results", "", P1, "", P2, "", "About Northlake Therapeutics", "", company, "", "Contacts", "Grace Holloway"].join("\n"));
    expect(release.units[release.body.end]!.text).toBe(company);
  });
});

describe("a long chrome line inside the article", () => {
  it("is no wall: the paragraphs and the list after it stay", () => {
    const keywords = Array.from({ length: 26 }, (_, i) => `keyword${i}`).join(" ");
    const lines = ["Harbour works begin", "", P1, "", keywords, "", "What changes", "", "- The quay closes", "- The ferry moves", "- The fleet moves", "- The market moves", "- The car park opens", "", P2, "", P3];
    const { units, body } = locate(lines.join("\n"));
    expect(units[body.end]!.text).toBe(P3);
  });
});

describe("a byline's label or word set apart from the name", () => {
  it("reads 'Author of the article:' over the name, and 'By' glued to the name", () => {
    const page = (byline: string[]) => ["Harbour works begin", "", ...byline, "", P1, "", P2, "", P3].join("\n");
    expect(parseScrape(page(["Author of the article:", "", "Colin Dubé"])).author).toBe("Colin Dubé");
    expect(parseScrape(page(["ByJenna Park Posted on September 19, 2023 212 Comments"])).author).toBe("Jenna Park");
  });
});

describe("a brand glued to 'By' in a sentence", () => {
  it("is left as written", () => {
    const lead = "ByHeart Whole Nutrition Infant Formula was recalled on Tuesday after the company found bacteria in one of its plants, regulators said.";
    const parsed = parseScrape(["Infant formula recalled", "", lead, "", P1, "", P2].join("\n"));
    expect(parsed.lead).toBe(lead);
    expect(parsed.author).toBeUndefined();
  });
});

describe("a breadcrumb printed an item a line", () => {
  it("names its section or place in its last item, over the headline: the item is never a headline candidate", () => {
    const text = ["Home", "/", "News", "/", "Hartley Cove harbour school", "", "SCHOOLS", "", "Hartley Cove, the harbour school reopens after two years of repairs", "", P1, "", P2, "", P3].join("\n");
    const considered: string[] = [];
    headlineTrace.log = (line) => considered.push(line);
    try {
      expect(locate(text).headline).toBe("Hartley Cove, the harbour school reopens after two years of repairs");
    } finally {
      headlineTrace.log = undefined;
    }
    expect(considered.some((line) => line.endsWith(" Hartley Cove harbour school"))).toBe(false);
    expect(considered.some((line) => line.includes(" Hartley Cove, the harbour school reopens"))).toBe(true);
  });
});

describe("a newsletter's blurb over its post", () => {
  it("is furniture that never heads the post, however few lines stand between it and the text", () => {
    const text = [
      "Tide Tables", "", "Subscribe", "Sign in", "", "Home", "Archive", "About", "", "Tide Tables",
      "A newsletter about harbours, boats and the people who keep them. By Ann Lee · Over 4,000 subscribers", "",
      "I sold the boat. Here's what I kept.", "", "Ann Lee", "", "Sunday, March 2, 2025", "", P1, "", P2, "", P3,
    ].join("\n");
    expect(parseScrape(text).title).toBe("I sold the boat. Here's what I kept.");
  });
});

describe("a topic's line over the headline, the headline over its own standfirst", () => {
  it("takes the headline, not the shorter topic line the lead repeats: a page has one standfirst", () => {
    const dek = "Die Pegel am Rhein sind in zwei Wochen so stark gefallen wie seit Jahren nicht mehr, und die Schiffer laden nur noch halb.";
    const p1 = "Das Niedrigwasser am Rhein ist im Frühjahr so stark wie seit Jahren nicht mehr, sagt die Hydrologin, und die Schifffahrt am Rhein spürt das Niedrigwasser zuerst.";
    const p2 = "Wir haben mit ihr über die Ursachen gesprochen, über den Schnee in den Alpen und darüber, was die Städte am Rhein jetzt tun können.";
    const p3 = "Frau Berger, wie schlimm ist die Lage am Rhein wirklich? Sie ist ernst, aber nicht neu: Wir sehen solche Pegel jetzt fast jedes Jahr.";
    const text = ["Interview", "Das Niedrigwasser am Rhein", "", "Hydrologin Sabine Berger: „Wir sehen das jetzt fast jedes Jahr“", "", dek, "", "Von Lena Brückmann", "14.05.2024, 06:00 Uhr", "", p1, "", p2, "", p3].join("\n");
    expect(locate(text).headline).toBe("Hydrologin Sabine Berger: „Wir sehen das jetzt fast jedes Jahr“");
  });
});

describe("a live blog's key events under its headline", () => {
  it("are no headline, however well the entries repeat their words", () => {
    const entry = (heading: string, text: string) => ["13.05 GMT", heading, "", text, ""];
    const text = [
      "Live", "Harbour storm live: ferries cancelled and sea wall closed as gale hits the coast", "",
      "Key events", "Ferry to the island cancelled for the rest of the day", "Sea wall promenade closed", "Welcome and summary", "",
      "By Jane Doe", "Sun 3 Nov 2024 13.05 GMT", "",
      ...entry("Ferry to the island cancelled for the rest of the day", `The ferry to the island has been cancelled for the rest of the day, the operator said, as the ferry could not berth in the gale. ${P1}`),
      ...entry("Sea wall promenade closed", `The council has closed the sea wall promenade after waves broke over the sea wall on the promenade this morning. ${P2}`),
      ...entry("Welcome and summary", `Welcome to our live coverage of the storm. ${P3}`),
    ].join("\n");
    expect(locate(text).headline).toBe("Harbour storm live: ferries cancelled and sea wall closed as gale hits the coast");
  });
});
