import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bareNameByline, parseMetaLine } from "../../../src/extract/scrape/rules/bylines";
import { parseScrape } from "../../../src/extract/scrape/parse-scrape";
import { findPageAuthor } from "../../../src/extract/scrape/internal/page-author";
import { classifyPage } from "../../../src/extract/scrape/internal/classify";
import { isHeadlineCandidate } from "../../../src/extract/scrape/internal/headline-search";
import { toUnits } from "../../../src/extract/scrape/internal/units";
import { isSignUpLine } from "../../../src/extract/scrape/vocabulary";
import { isBoilerplate } from "../../../src/extract/scrape/rules/furniture";

describe("reading a scrape whole when the crop misjudges it", () => {
  // Prose with almost no stopwords (keyword lists, a language no stopword list covers) reads as
  // chrome; the captioned photo was then all the crop kept, and the file was rejected.
  const page = readFileSync(new URL("../../fixtures/pages/keyword-prose.txt", import.meta.url), "utf8");

  it("keeps every paragraph instead of rejecting the file", () => {
    const article = parseScrape(page);
    expect(article.title).toBe("Research vehicles slow match coal engineers homes students arrest along");
    expect(article.author).toBe("Tomás Silva");
    expect(article.lead).toMatch(/^MUMBAI \(Reuters\) - Company airport price region/);
    expect(article.blocks.filter((b) => b.kind === "paragraph").length).toBeGreaterThanOrEqual(10);
    expect(article.captions).toHaveLength(1);
  });
});

describe("a laid-out byline and stamp under their bullets", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  it("are read as the byline and the stamp, and leave the body", () => {
    const parsed = parseScrape(["Harbour works begin next month", "", "* by Jane Doe", "* Nov 18, 2019 at 9:24 pm ET • 2 min read", "", P, "", P, "", P].join("\n"));
    expect(parsed.author).toBe("Jane Doe");
    expect(parsed.published?.toISOString()).toBe("2019-11-19T02:24:00.000Z");
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/Jane Doe|min read/);
  });
});

describe("a photo's © credit in the body", () => {
  const paragraphs = [
    "Hundreds of farmers blocked several motorways around the capital on Tuesday in protest at falling incomes and new rules on pesticides.",
    "The government promised new measures by the end of the week, but farming unions said the announcements did not go far enough.",
    "Police said they would not remove the tractors by force as long as the protest remained peaceful, and traffic was diverted.",
    "The agriculture minister is due to meet union leaders on Wednesday, his office said in a statement on Tuesday evening.",
  ];
  it.each([
    "A farmer stands by his tractor on the A6 motorway. © Stéphane de Sakutin / AFP",
    // Dated as captions are: the year is the photo's, not the site's notice.
    "A farmer stands by his tractor on the A6 motorway, March 12, 2024. © Stéphane de Sakutin / AFP",
  ])("is the photo's caption, and the article goes on under it; the site's © notice still ends it: %s", (caption) => {
    const page = ["Farmers block motorways around the capital", "", "By Jane Doe", "March 12, 2024", "", paragraphs[0], "", paragraphs[1], "", caption, "", paragraphs[2], "", paragraphs[3], "", "© 2024 Example News. All rights reserved.", "Privacy policy"];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.captions).toEqual([caption]);
    const text = JSON.stringify(parsed.blocks);
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    expect(text).not.toMatch(/All rights reserved|Privacy/);
  });
});

describe("a sign-up box among the article's last lines", () => {
  const head = ["Rail strike halts intercity trains", "", "By Jane Doe", "12 March 2024", ""];
  const body = [
    "The train drivers' strike brought almost all intercity rail services across the country to a halt on Tuesday, the operator said.",
    "",
    "Only one in five trains ran under an emergency timetable. Regional services were also badly disrupted, especially in the north.",
    "",
    "Sign up for our newsletter to get the most important news every morning.",
    "",
  ];
  it("the article closing under it in a paragraph keeps that paragraph", () => {
    const last = "The union is demanding a 35-hour working week with no loss of pay.";
    const parsed = parseScrape([...head, ...body, last, "", "Share this article"].join("\n"));
    const text = JSON.stringify(parsed.blocks);
    expect(text).toContain(last);
    expect(text).not.toMatch(/Sign up|Share this/);
  });

  it("the article going on under a box of several lines (its name, offer, consent line and button) keeps its paragraphs", () => {
    const box = ["Sign up to the Harbour Weekly", "Free weekly newsletter", "Our editors' pick of the week's news from the coast", "By signing up, you agree to our Privacy Policy and Terms of Use.", "Sign up"];
    const after = ["Drivers' leaders said talks would resume next week, and that further strikes had not been ruled out for April.", "", "The operator said it would publish a revised timetable for the rest of the month on its website on Friday.", "", "The strike is the fourth this year."];
    const parsed = parseScrape([...head, ...body.slice(0, 4), ...box, "", ...after, "", "", "© 2024 Example News"].join("\n"));
    const text = JSON.stringify(parsed.blocks);
    for (const line of [after[0], after[2], after[4]]) expect(text).toContain(line);
    expect(text).not.toMatch(/Sign up|Free weekly|agree to our|editors' pick/);
    // The paragraphs above the box open the article, though the box outweighs them.
    expect(parsed.title).toBe("Rail strike halts intercity trains");
    expect(parsed.lead).toBe(body[0]);
  });

  it("a list of other stories' headlines under it stays out, and so do the share lines above it", () => {
    const headlines = ["* Fuel prices climb for a third week", "* Airport queues grow at security", "* Harbour works to begin next month", "* Council votes on bus lanes", "* Storm warning for the coast"];
    const page = [...head, ...body.slice(0, 4), "Like this story? Share it with a friend!", "", "Follow us on", "* Where to watch", "Sign up for our newsletter", "", ...headlines, "", "© 2024 Example News"];
    const text = JSON.stringify(parseScrape(page.join("\n")).blocks);
    expect(text).toContain("Only one in five trains ran");
    expect(text).not.toMatch(/Fuel prices|Airport queues|Follow us|Where to watch|Sign up/);
  });

  it("the article closing under it in a paragraph over the writer's box keeps that paragraph; the box's blurb over its button stays out", () => {
    const last = "The ministry admits the register will not solve the housing shortage on its own, but says it is essential to know how many such contracts exist.";
    const es = [...head, ...body.slice(0, 4), "Newsletter", "", "Recibe cada semana las claves de la economía en tu bandeja de entrada", "", "APÚNTATE", "", last, "",
      "Sobre la firma", "", "Lucía Ortega", "", "Redactora de Economía especializada en vivienda. Antes trabajó en la sección de Madrid.", "", "Archivado En", "", "Vivienda", "Alquiler", "Precios", "", "Comentarios"];
    const text = JSON.stringify(parseScrape(es.join("\n")).blocks);
    expect(text).toContain(last);
    expect(text).not.toMatch(/Newsletter|bandeja|APÚNTATE|Redactora/);
    const blurb = [...head, ...body.slice(0, 4), "Newsletter Clave Económica", "Todos los lunes, un análisis de la semana económica en tu mail.", "", "Recibir newsletter", "", "Sobre la firma", "", "Martín Bustamante"];
    expect(JSON.stringify(parseScrape(blurb.join("\n")).blocks)).not.toContain("Todos los lunes");
  });

  it("the article going on under a box whose last line is a button (\"Show me\") keeps its paragraphs; the button stays out", () => {
    const box = ["Sign up to the Wearside Echo newsletter", "Get the latest news sent straight to your inbox. Sign up here.", "Subscribe", "We have more newsletters", "Show me"];
    const after = ["Councillor Peter Hale said he had already heard from residents worried about diverted traffic using village roads.", "",
      "He said night work was the lesser of two evils, but that he would like to see proper signs put up before it starts.", "",
      "The scheme is due to finish by Friday, March 1, weather permitting."];
    const promo = "Get breaking news first by joining our WhatsApp community. Click here to join. We also treat our community members to special offers, promotions, and adverts from us and our partners.";
    const parsed = parseScrape([...head, ...body.slice(0, 4), ...box, "", ...after, "", promo, "", "© 2024 Example News"].join("\n"));
    const text = JSON.stringify(parsed.blocks);
    for (const line of [after[0], after[2], after[4]]) expect(text).toContain(line);
    expect(text).not.toMatch(/Show me|WhatsApp|newsletters/);
  });

  it("teaser cards under it stay out", () => {
    const cards = ["Business", "Fuel prices climb again", "Example News · 2h", "Drivers paid more at the pump for a third week running, the motoring group said.", "", "Travel", "Airport queues grow", "Example News · 3h", "Passengers waited hours at security on Monday, the airport said.", ""];
    const parsed = parseScrape([...head, ...body, ...cards, "© 2024 Example News"].join("\n"));
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/Drivers paid more|Passengers waited/);
  });
});

describe("a subheading the page lists above the article too (a table of contents)", () => {
  const p1 = "Windows 11 installs updates automatically and, by default, will restart outside your active hours to finish the job overnight.";
  const p2 = "Active hours tell Windows when you are usually using your PC, so that it will not restart during that time of the day.";
  const p3 = "If you are in the middle of something important, you can pause updates for up to five weeks from the same settings page.";
  const page = ["How to stop Windows 11 restarting after updates", "", "By Jane Doe", "12 March 2024", "", "Table of Contents", "Method 1: Set your active hours", "Method 2: Pause updates", "FAQ", "",
    p1, "", "Method 1: Set your active hours", "", p2, "", "Method 2: Pause updates", "", p3, "", "© 2024 Example Tech"].join("\n");

  it("keeps the subheading over its section; the list's copy stays out", () => {
    const parsed = parseScrape(page);
    expect(parsed.blocks).toEqual([
      { kind: "paragraph", text: p1 }, { kind: "heading", text: "Method 1: Set your active hours" }, { kind: "paragraph", text: p2 },
      { kind: "heading", text: "Method 2: Pause updates" }, { kind: "paragraph", text: p3 },
    ]);
  });

  it("keeps a listed subheading that asks a question, and one over a short line that opens a list", () => {
    const asked = ["How to stop Windows 11 restarting after updates", "", "By Jane Doe", "12 March 2024", "", "Table of Contents", "Method 1: Set your active hours", "Is pausing updates safe?", "FAQ", "",
      p1, "", "Method 1: Set your active hours", "", p2, "", "Is pausing updates safe?", "", p3, "", "© 2024 Example Tech"].join("\n");
    expect(parseScrape(asked).blocks).toContainEqual({ kind: "heading", text: "Is pausing updates safe?" });
    const needs = ["How to stop Windows 11 restarting after updates", "", "By Jane Doe", "12 March 2024", "", "Table of Contents", "Introduction", "Prerequisites", "Step 1", "",
      p1, "", "Prerequisites", "", "To follow this tutorial, you will need:", "", p2, "", p3, "", "© 2024 Example Tech"].join("\n");
    expect(parseScrape(needs).blocks).toContainEqual({ kind: "heading", text: "Prerequisites" });
  });

  it("leaves a headline ending in a question mark that the page repeats right under itself to the headline", () => {
    const repeated = ["Home", "News", "Sport", "", "Is an oxygen bar in Delhi selling fresh air?", "", "Is an oxygen bar in Delhi selling fresh air?", "", "By Jane Doe", "12 March 2024", "", p1, "", p2, "", p3].join("\n");
    const parsed = parseScrape(repeated);
    expect(parsed.title).toBe("Is an oxygen bar in Delhi selling fresh air?");
    expect(JSON.stringify(parsed.blocks)).not.toContain("oxygen bar");
  });

  it("leaves out a section label repeated from the menu over teasers set line under line", () => {
    const teasers = ["Next up", "", "Good Deals", "", "Here is when the Black Friday deals start at the big shops, and what to buy first", "Here are the best smart speaker deals of the week for every budget"];
    const menu = ["Home", "Reviews", "Good Deals", "How-to", ""];
    const parsed = parseScrape([...menu, "Star Trek film is off the schedule", "", "By Jane Doe", "12 March 2024", "", p1, "", p2, "", p3, "", ...teasers, "", "© 2024 Example Tech"].join("\n"));
    expect(JSON.stringify(parsed.blocks)).not.toContain("Good Deals");
  });
});

describe("two names over the stamp", () => {
  it("are the writer, then where the piece was filed from", () => {
    const p1 = "O segundo longa de Lúcia Amaral usa a paisagem do litoral maranhense para falar de herança, culpa e dinheiro numa família.";
    const p2 = "A diretora filma a maré como quem filma um personagem, e o elenco acompanha o ritmo lento sem nunca perder a tensão.";
    const menu = ["Início", "Poder", "Mercado", "Mundo", "Cotidiano", "Esporte", "Ilustrada", "Colunas", "Assine", "Entrar"];
    const parsed = parseScrape([...menu, "", "Ilustrada", "", "Filme sobre herança no litoral maranhense é o melhor do ano", "", "Rodrigo Fontenelle", "São Paulo", "14.mar.2024 às 16h00", "Ouvir o texto", "", p1, "", p2, "", "© 2024 Folha Exemplo"].join("\n"));
    expect(parsed.author).toBe("Rodrigo Fontenelle");
    expect(parsed.blocks).toEqual([{ kind: "paragraph", text: p1 }, { kind: "paragraph", text: p2 }]);
  });
});

describe("a review's verdict box under its last paragraph", () => {
  const p1 = "Ìyá Àgbà is doing what many places claim to do: cooking Nigerian food with care and without gimmicks, in a room that feels like home.";
  const p2 = "It is expensive for what it is, and the kitchen needs to find its nerve with pepper. But the ofada alone is worth the trip across town.";
  const menu = ["Home", "News", "Food", "Reviews", "Travel", "Sport", "Opinion", "Lifestyle", "Business", "Log in", "Food"];
  it("is the article's: its labels, the short lines under them, its rating and address", () => {
    const box = ["Pros:", "", "Excellent ofada rice and ayamase", "Relaxed, genuinely homely room", "", "Cons:", "", "Slow service", "", "Rating: 3.5/5", "", "Address: 22B Ajose Adeogun Street, Lagos"];
    const parsed = parseScrape([...menu, "", "Restaurant review: Ìyá Àgbà, grandma's pot at Lekki prices", "", "By Adaeze Okoli", "March 10, 2024", "", p1, "", p2, "", ...box, "", "© 2024 Example Daily"].join("\n"));
    const text = JSON.stringify(parsed.blocks);
    for (const line of ["Pros:", "Excellent ofada rice", "Slow service", "Rating: 3.5/5", "Address: 22B Ajose Adeogun Street"]) expect(text).toContain(line);
  });

  it("is no box: the page's topics and a list of headlines under the last paragraph stay out", () => {
    const tail = ["Témata:", "chřipka", "epidemie", "očkování", "Sdílet", "Nejčtenější", "Lidé v Brně hlásí výpadky proudu. Distributor řeší poruchu", "Počasí: Na horách napadne až 30 centimetrů sněhu"];
    const parsed = parseScrape([...menu, "", "Restaurant review: Ìyá Àgbà, grandma's pot at Lekki prices", "", "By Adaeze Okoli", "March 10, 2024", "", p1, "", p2, "", ...tail, "", "© 2024 Example Daily"].join("\n"));
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/Témata|chřipka|Počasí/);
  });
});

describe("tag lines", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  it.each([
    ["Tags: Harbour, City council", ["Harbour", "City council"]],
    ["Filed under: Harbour | City council |", ["Harbour", "City council"]],
    ["Tagged with: Harbour, City council", ["Harbour", "City council"]],
    ["Temas: Harbour, City council", ["Harbour", "City council"]],
    ["Теги: Harbour, City council", ["Harbour", "City council"]],
    // Blogger's labels, a blog's categories, and the word in more languages.
    ["Labels: Harbour, City council", ["Harbour", "City council"]],
    ["Categories: Harbour, City council", ["Harbour", "City council"]],
    ["Kategorien: Harbour, City council", ["Harbour", "City council"]],
    ["Etiketler: Harbour, City council", ["Harbour", "City council"]],
    ["Tagit: Harbour, City council", ["Harbour", "City council"]],
    ["태그: Harbour, City council", ["Harbour", "City council"]],
    ["#harbour #CityCouncil #works", ["harbour", "CityCouncil", "works"]],
    // Full-width and ideographic commas, as Chinese and Japanese keyboards type them.
    ["标签：元宵节，灯会、滨江公园", ["元宵节", "灯会", "滨江公园"]],
  ])("%s", (line, tags) => {
    const parsed = parseScrape(["Harbour works begin next month", "", "By Jane Doe", "March 12, 2024", "", P, "", P.replace("council", "mayor"), "", line].join("\n"));
    expect(parsed.tags).toEqual(tags);
    expect(JSON.stringify(parsed.blocks)).not.toContain(line.slice(0, 6));
  });
});

describe("the summary", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  it.each([["@janedoe"], ["Key Points"], ["Share Save Print"], ["Jane Roe"]])("opens with the first paragraph that reads as prose, not %s", (top) => {
    const parsed = parseScrape(["Harbour works begin next month", "", "March 12, 2024", "", top, "", P, "", P.replace("council", "mayor")].join("\n"));
    expect(parsed.lead).toBe(P);
  });

  it("is the marked lead when the page marks one, and a long lead without its full stop", () => {
    const marked = "Works begin next month.";
    expect(parseScrape(["Harbour works begin next month", "", `:: ${marked}`, "", P].join("\n")).lead).toBe(marked);
    const unstopped = P.slice(0, -1);
    expect(parseScrape(["Harbour works begin next month", "", "March 12, 2024", "", unstopped, "", P].join("\n")).lead).toBe(unstopped);
  });
});

describe("a related list whose headlines name dates", () => {
  it("keeps them all as links and takes none of their dates for the article's", () => {
    const page = [
      "Council backs harbour tram line", "",
      ":: The city council voted 31 to 9 on Tuesday to build a six-kilometre tram line from the station to the harbour.", "",
      "The line will have nine stops and is expected to open in 2029, the council said after the vote.", "", "", "",
      "Parking fees rise from April 1", "Ferry timetable changes on 12 May 2025", "Harbour flats sell out in a weekend",
    ];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.related.map((r) => r.title)).toEqual(["Parking fees rise from April 1", "Ferry timetable changes on 12 May 2025", "Harbour flats sell out in a weekend"]);
    expect(parsed.published).toBeUndefined();
  });
});

describe("a list that closes the article", () => {
  it("keeps its label, its items and the short sentence under it; a page's tag list stays out", () => {
    const page = [
      "Five new cycle lanes planned for the centre", "",
      ":: The city council has published plans for five new protected cycle lanes in the centre, to be built over three years.", "",
      "The lanes would connect the university, the hospital and the two railway stations.", "",
      "Key routes:", "", "• Queen Street to the university", "• Station Road to the hospital", "• Harbour Way to the east station", "",
      "The public can comment until 30 April.", "", "", "",
      "Related Tags:", "• Cycling", "• City council",
    ];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.blocks.slice(2)).toEqual([
      { kind: "paragraph", text: "Key routes:" },
      { kind: "list", items: ["Queen Street to the university", "Station Road to the hospital", "Harbour Way to the east station"] },
      { kind: "paragraph", text: "The public can comment until 30 April." },
    ]);
  });
});

describe("a caption under the headline", () => {
  it("stays a caption, even when the headline is shorter than it (not a kicker over a headline)", () => {
    const page = ["北海道で観光列車が運行開始", "", "札幌駅を出発する新しい観光列車（12日午前、共同）", "", ":: JR北海道は12日、札幌と富良野を結ぶ新しい観光列車の運行を開始した。大きな窓と木目調の内装が特徴だ。", "", "列車は1日1往復で、土日と祝日を中心に運行される。"];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.title).toBe("北海道で観光列車が運行開始");
    expect(parsed.captions).toEqual(["札幌駅を出発する新しい観光列車（12日午前、共同）"]);
  });
});

describe("a caption over the lead, a blank line over its credit", () => {
  const body = [
    "Six years after the council offered the plots, the waiting list is longer than ever, and the society that runs them has stopped taking names.",
    "Members say the wait has grown because few plot holders ever give theirs up, and the council has no land to offer for new ones.",
  ];
  it("is the photo's caption with its credit, and the lead is the paragraph under them", () => {
    const page = ["The allotment waiting list that never moves", "", "By Jane Doe", "", "Tue 5 Mar 2024 06.00 GMT", "", "Plot holders at the Stanley Road allotments in Sheffield.", "", "Photograph: Christopher Thomond/The Guardian", "", body[0], "", body[1]];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.captions).toEqual(["Plot holders at the Stanley Road allotments in Sheffield. Photograph: Christopher Thomond/The Guardian"]);
    expect(parsed.lead).toBe(body[0]);
    expect(parsed.blocks.map((b) => ("text" in b ? b.text : "")).join(" ")).not.toContain("Plot holders");
  });

  it("is no headline when the header's buttons stand between the headline and it", () => {
    const page = [
      "Ideas", "", "The Last Hardware Store on Main Street", "",
      "For a century, the small-town hardware store was where Americans learned to fix things, and where they learned about one another.", "",
      "By Margaret Ellison", "", "March 5, 2024", "", "Share", "", "Save", "", "Listen to this article · 23 min", "",
      "Produced by ElevenLabs and News Over Audio (Noa) using AI narration.", "",
      "Ron Tasker behind the counter of his family's store, in Marion, Ohio, in January", "", "David Okafor for The Atlantic", "",
      "The bell above the door at Tasker's True Value has not been replaced since 1961, which is why it does not so much ring as clank when a customer comes in.", "",
      "On a gray morning in January, the bell clanked perhaps a dozen times between eight and noon, and every customer left with what they came for.",
    ];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.title).toBe("The Last Hardware Store on Main Street");
    expect(parsed.captions).toEqual(["Ron Tasker behind the counter of his family's store, in Marion, Ohio, in January David Okafor for The Atlantic"]);
  });

  it("in the body, the line over a lone photo's credit a blank line apart stays the article's paragraph", () => {
    const page = ["The allotment waiting list that never moves", "", "By Jane Doe", "", body[0], "", "Nobody expects that to change soon.", "", "Photograph: Christopher Thomond/The Guardian", "", body[1]];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.blocks.some((b) => b.kind === "paragraph" && b.text === "Nobody expects that to change soon.")).toBe(true);
  });
});

describe("a hand-written file whose first line names its organisation and what it is", () => {
  it("keeps its first line as the title and its labelled lines, though a dated line stands under it", () => {
    const page = [
      "Riverside Residents' Association — Minutes of Committee Meeting", "",
      "Held: Thursday 7th March 2024, 7:30pm, Riverside Community Hall",
      "Present: J. Adeyemi (Chair), L. Moreau (Secretary), R. Singh (Treasurer), P. Gallagher, T. Obi",
      "Apologies: K. Shaw", "",
      "1. Minutes of the previous meeting", "The minutes of the meeting held on 1st February were approved without amendment.", "",
      "2. Treasurer's report", "RS reported a balance of £1,842.16. The grant from the ward budget for the spring clean has been received.",
    ];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.title).toMatch(/^Riverside Residents' Association/);
    expect(parsed.blocks.map((b) => ("text" in b ? b.text : "")).join(" ")).toContain("Present: J. Adeyemi");
  });
});

describe("the header's buttons under the byline and stamp", () => {
  it("are no text: a share button and a comments count over the photo and the lead", () => {
    const lead = "Xabi Alonso hatte vor dem Spiel vor einer Geduldsprobe gewarnt, und der Trainer sollte recht behalten: Wolfsburg verteidigte mit einer Fünferkette.";
    const page = [
      "Wirtz und Grimaldo schießen Leverkusen zum nächsten Sieg", "",
      "Bayer 04 Leverkusen bleibt auch im 35. Pflichtspiel dieser Saison ohne Niederlage. Gegen tief stehende Wolfsburger brauchte die Elf lange.", "",
      "von Markus Brandl", "", "10.03.2024, 20:31", "", "Teilen", "", "Kommentare 57", "",
      "Florian Wirtz bejubelt seinen Treffer zum 1:0.", "", "IMAGO/Team 2", "", lead, "",
      "Nach dem Seitenwechsel erhöhte der Tabellenführer den Druck, und Alonso brachte Patrik Schick für die letzte halbe Stunde ins Spiel.",
    ];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.lead).toBe(lead);
    expect(parsed.captions).toEqual(["Florian Wirtz bejubelt seinen Treffer zum 1:0. IMAGO/Team 2"]);
    expect(parsed.blocks.map((b) => ("text" in b ? b.text : "")).join(" ")).not.toMatch(/Kommentare|Teilen|IMAGO/);
  });
});

describe("a key-points box over the text", () => {
  const lead = "DUBAI — Emirates finalized a deal to buy 30 Boeing 787-9 jets, executives of both companies announced Wednesday at the Dubai Air Show.";
  const more = "The deal sets up a reduction to a prior commitment of 777X jets, down by 30 to 126, which Emirates is making by using its substitution rights.";
  const points = [
    "Dubai's flagship carrier Emirates Airline has finalized a deal to purchase 30 of Boeing's 787-9 Dreamliner jets, executives of both companies announced Wednesday at the Dubai Air Show.",
    "The deal comes in addition to five 787 sales earlier this week and sets up a reduction to a prior order of delayed 777X jets.",
  ];
  it.each([
    ["flat", ["Key Points", "", ...points]],
    ["laid out", ["Key Points", "", ...points.map((p) => `  * ${p}`)]],
  ])("is left out of the text (%s), its first point the summary", (_, box) => {
    const page = ["Emirates inks $9 billion order for 30 Boeing jets", "", "Natasha Turak", "Published Wed, Nov 20 2019 4:29 AM EST", "", ...box, "", lead, "", more];
    const parsed = parseScrape(page.join("\n"));
    const text = parsed.blocks.map((b) => ("text" in b ? b.text : "items" in b ? b.items.join(" ") : "")).join(" ");
    expect(text).not.toContain("Key Points");
    expect(text).not.toContain("five 787 sales");
    expect(parsed.lead).toBe(lead);
    expect(parsed.summary).toBe(points[0]);
  });

  it("is no box on a page set without blank lines: its paragraphs under a label stay the article's", () => {
    const paragraphs = Array.from({ length: 6 }, (_, k) => `Paragraph ${k + 1} of the story goes on for a while about the council's budget and what it means for the town's schools and roads.`);
    const parsed = parseScrape(["Council sets its budget", "By Jane Doe", "March 3, 2024", "In brief", ...paragraphs].join("\n"));
    const text = parsed.blocks.map((b) => ("text" in b ? b.text : "")).join(" ");
    for (const paragraph of paragraphs.slice(0, 5)) expect(text).toContain(paragraph);
  });

  it("is left out when its short points stand a blank line apart, as flat scrapes set them, down to a longer paragraph", () => {
    const short = ["Parts of northern NSW have recorded their best autumn rain in five years", "Farmers say restocking will be slow as cattle prices hit record highs", "Many are still paying off debts taken on to buy feed and water"];
    const first = "Farmers across northern New South Wales say the best autumn rain in five years has given them hope, but warn that rebuilding stock numbers and finances will take years.";
    for (const label of ["Key points:", "Highlights", "What you need to know:"]) {
      const page = ["Rain brings relief to farmers", "", "By Lucy Thackray", "", "Posted Sun 14 Mar 2021 at 5:30am", "", "Share", "", label, "", ...short.flatMap((p) => [p, ""]), first, "", more];
      const parsed = parseScrape(page.join("\n"));
      const text = JSON.stringify(parsed.blocks);
      expect(text).not.toContain("cattle prices");
      expect(parsed.lead).toBe(first);
    }
  });

  it("is no box when a stamp stands among the spaced lines under the label: the header goes on", () => {
    const page = ["Fares rise", "", "What you need to know:", "", "Fares rise by a tenth", "", "Jane Doe", "", "Published March 3, 2021", "", lead, "", more];
    expect(parseScrape(page.join("\n")).published?.toISOString().slice(0, 10)).toBe("2021-03-03");
  });

  it("a paragraph under the label with text under it a blank line apart stays the article's (a section named so)", () => {
    const page = ["Council sets its budget", "", "By Jane Doe", "", "In brief", "", lead, "", more];
    expect(parseScrape(page.join("\n")).blocks.some((b) => b.kind === "paragraph" && b.text === lead)).toBe(true);
  });
});

describe("a press release", () => {
  it("takes its place-and-date line as the date, keeps its box about the organisation (as the benchmark's truth does) and ends at the press contact", () => {
    const page = [
      "La Région lance un pass ferroviaire à 1 euro", "", "Toulouse, le 12 mars 2024", "",
      "À partir du 1er avril, les jeunes de moins de 26 ans pourront voyager sur tout le réseau régional pour un euro par trajet.", "",
      "Le dispositif concerne près de 900 000 jeunes et sera accessible sur simple inscription en ligne dès la semaine prochaine.", "",
      "À propos de la Région Sud-Ouest", "",
      "La Région Sud-Ouest est la deuxième plus grande région du pays. Elle est compétente en matière de transports régionaux.", "",
      "Contact presse : presse@region.example",
    ];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.published?.toISOString()).toBe("2024-03-12T00:00:00.000Z");
    const text = JSON.stringify(parsed.blocks);
    expect(text).toContain("900 000 jeunes");
    expect(text).toContain("À propos de la Région Sud-Ouest");
    expect(text).toContain("deuxième plus grande");
    expect(text).not.toMatch(/Toulouse|presse@/);
    expect(parsed.related).toEqual([]);
  });

  it("takes the date of a dateline that names it whole, and ends at its end mark and press contacts", () => {
    const lead = "BRIGHTON, 21 March 2025 — The Harbour Trust today announced the winners of its annual coastal photography prize.";
    const second = "First prize went to a photograph of fishermen mending their nets at dawn on the beach below the old pier.";
    for (const end of [["-ENDS-", "", "For more information contact:"], ["Notes to editors:"], ["Media Contact:"]]) {
      const parsed = parseScrape(["Harbour Trust Names Winners of Photography Prize", "", lead, "", second, "", ...end, "Sam Patel, Communications Manager", "sam.patel@trust.example.org"].join("\n"));
      expect(parsed.title).toBe("Harbour Trust Names Winners of Photography Prize");
      expect(parsed.published?.toISOString()).toBe("2025-03-21T00:00:00.000Z");
      expect(parsed.blocks).toEqual([{ kind: "paragraph", text: lead }, { kind: "paragraph", text: second }]);
    }
  });
});

describe("a quote's attribution line", () => {
  it("goes with the quote, in the middle of the article and at its end", () => {
    const P = "The researchers say the channels explain why some glaciers in the region are retreating much faster than others.";
    const page = ["Scientists map the seabed off the cape", "", `:: ${P}`, "", "“We finally know where the warm water goes.”", "— Lead author Ana Ruiz", "", P.replace("researchers", "authors"), "", "“The data will be free for anyone to use.”", "— Survey director Paul Nielsen"];
    const quotes = parseScrape(page.join("\n")).blocks.filter((b) => b.kind === "quote");
    expect(quotes).toEqual([
      { kind: "quote", text: "“We finally know where the warm water goes.” — Lead author Ana Ruiz" },
      { kind: "quote", text: "“The data will be free for anyone to use.” — Survey director Paul Nielsen" },
    ]);
  });

  it("a quotation set with '> ' as e-mail sets one is a quote, its lines one quote", () => {
    const page = ["Residents object to phone mast", "", "Residents of Park Road have objected to plans for a twenty-metre phone mast outside the primary school.", "",
      "In a letter to the council, the residents' association wrote:", "", "> We are not against better signal. We are against putting it next to a playground", "> without asking a single parent.", "", "The council will decide next month."];
    expect(parseScrape(page.join("\n")).blocks).toContainEqual({ kind: "quote", text: "We are not against better signal. We are against putting it next to a playground without asking a single parent." });
  });

  it("goes with the quote when set with a hyphen right under it, or with a dash a blank line below it; a hyphen a blank line below opens a list", () => {
    const P = "The researchers say the channels explain why some glaciers in the region are retreating much faster than others.";
    const blocksOf = (lines: string[]) => parseScrape(["Scientists map the seabed off the cape", "", `:: ${P}`, "", "“We finally know where the warm water goes.”", ...lines, "", P.replace("researchers", "authors")].join("\n")).blocks;
    expect(blocksOf(["- Ana Ruiz, lead author"])[1]).toEqual({ kind: "quote", text: "“We finally know where the warm water goes.” - Ana Ruiz, lead author" });
    expect(blocksOf(["", "— Ana Ruiz, lead author"])[1]).toEqual({ kind: "quote", text: "“We finally know where the warm water goes.” — Ana Ruiz, lead author" });
    expect(blocksOf(["", "- Ana Ruiz, lead author", "- Paul Nielsen, survey director"])[2]).toEqual({ kind: "list", items: ["Ana Ruiz, lead author", "Paul Nielsen, survey director"] });
  });
});

describe("a 'Read more' box set in the article, laid out", () => {
  it("keeps the paragraph that closes the article under it, and its links as related links", () => {
    const page = [
      "  * Home", "  * News", "", "      Council approves a new footbridge", "", "    By Ana Lima", "    12 March 2023", "",
      "    The council approved the plan for a new footbridge on Tuesday evening after a long debate about its cost and its design.", "",
      "    Building work is expected to begin next spring and to last about eighteen months, according to the council's engineers.", "",
      "      Read more", "        * Ferry fares to rise in April", "        * Town hall to close for repairs", "",
      "    The bridge will be open to cyclists as well as pedestrians when it is finished in the autumn of next year.", "",
      "  * About", "  * Privacy", "  © 2023 Town Paper",
    ];
    const parsed = parseScrape(page.join("\n"));
    expect(JSON.stringify(parsed.blocks)).toContain("open to cyclists as well as pedestrians");
    expect(parsed.related.map((r) => r.title)).toEqual(["Ferry fares to rise in April", "Town hall to close for repairs"]);
  });
});

describe("a 'Read more' box set in the article, flat", () => {
  const head = ["Home", "Money", "", "8 ways to cut your energy bill this winter", "", "By Helen Marsh", "", "Updated: 10 November 2024", ""];
  const opening = [
    "With the energy price cap rising again in January, millions of households are looking for ways to save. We asked advisers for the changes that make the biggest difference.", "",
    "1. Turn your boiler flow temperature down", "",
    "Most combination boilers are set to heat water to 70C or more. Turning the flow temperature down to 55C can cut gas use by up to 8 per cent.", "",
  ];
  const box = ["Read more", "", "Energy price cap: what it means for you", "", "How to switch to a better tariff", ""];
  const rest = [
    "2. Use a timer, not the thermostat", "",
    "Heating the house only when you are there is cheaper than keeping it warm all day.", "",
    "3. Close curtains at dusk", "",
    "Thick curtains can reduce heat loss through windows by up to a third.", "",
  ];
  const foot = ["Share this article", "Facebook", "Twitter", "", "Most Popular", "", "Council approves new cycle lanes on seafront road", "", "Teachers vote to strike over pay offer", "", "© 2025 Money Sense. All rights reserved."];

  it("keeps the short paragraphs and subheadings under it, and its links as related links", () => {
    const parsed = parseScrape([...head, ...opening, ...box, ...rest, ...foot].join("\n"));
    const texts = parsed.blocks.map((b) => `${b.kind}: ${b.kind === "paragraph" || b.kind === "heading" ? b.text : ""}`);
    expect(texts.slice(-4)).toEqual([
      "heading: 2. Use a timer, not the thermostat",
      "paragraph: Heating the house only when you are there is cheaper than keeping it warm all day.",
      "heading: 3. Close curtains at dusk",
      "paragraph: Thick curtains can reduce heat loss through windows by up to a third.",
    ]);
    expect(parsed.related.map((r) => r.title).slice(0, 2)).toEqual(["Energy price cap: what it means for you", "How to switch to a better tariff"]);
  });

  it("still ends the article when only more headlines stand under the box", () => {
    const parsed = parseScrape([...head, ...opening, ...box, "Why the price cap is going up again", "", "Five winter energy myths", "", ...foot].join("\n"));
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/price cap is going up|winter energy myths|Energy price cap:/);
  });
});

describe("a headline set deeper than the body (laid out, or centred by a text browser)", () => {
  it("is the headline when it stands right over the byline and the lead repeats its words", () => {
    const page = [
      "  * Home", "  * News", "", "    The Town Paper", "", "      Local", "",
      "              Council approves a new footbridge over the river after a long debate", "",
      "        By Ana Lima", "        12 March 2023", "",
      "        The council approved the plan for a new footbridge on Tuesday evening after a long debate about its cost and its design.", "",
      "        Building work is expected to begin next spring and to last for about eighteen months, according to the council's own figures.", "",
      "        The bridge will be open to cyclists as well as pedestrians when it is finished in the autumn of next year.", "",
      "  * About", "  * Privacy",
    ];
    expect(parseScrape(page.join("\n")).title).toBe("Council approves a new footbridge over the river after a long debate");
  });
});

describe("the writer's box under the article", () => {
  it("ends it when the lines under its heading speak of the writer by first name", () => {
    const P = "The old town is best seen on foot: start at the cathedral and walk down through the narrow streets to the river.";
    const page = ["A weekend in the old port", "", "By Ana Lima", "12 March 2024", "", P, "", P.replace("cathedral", "market"), "", "About Ana Lima", "", "Ana is a travel writer who has lived in the port for ten years and writes about food and walks.", "", "© 2024 Example Travel"];
    const text = JSON.stringify(parseScrape(page.join("\n")).blocks);
    expect(text).not.toMatch(/About Ana|travel writer/);
  });
});

describe("a text file that holds the article alone (written by hand, no page around it)", () => {
  const P1 = "The parish council met on Monday night and agreed, after a long debate, to repair the footbridge over the mill stream before winter.";
  const P2 = "Work starts next week and the path along the stream will stay closed until the railings are replaced and the deck is painted.";
  const text = (lines: string[]) => lines.join("\n");
  const paragraphs = (article: ReturnType<typeof parseScrape>) => article.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.kind === "list" ? b.items : []));

  it("takes a headline of one or two words, and keeps the paragraph under it in the body", () => {
    const article = parseScrape(text(["Footbridge Repairs", "", P1, "", P2]));
    expect(article.title).toBe("Footbridge Repairs");
    expect(paragraphs(article)).toEqual([P1, P2]);
  });

  it("keeps a greeting, a closing list and a sign-off", () => {
    const article = parseScrape(text(["Notes From the Allotment", "", "Dear neighbours,", "", P1, "", P2, "", "- spades", "- rakes", "- twine", "", "Best wishes,", "Ruth and Omar"]));
    expect(article.title).toBe("Notes From the Allotment");
    expect(paragraphs(article)).toEqual(["Dear neighbours,", P1, P2, "spades", "rakes", "twine", "Best wishes,", "Ruth and Omar"]);
    expect(article.related).toEqual([]);
  });

  it("keeps a closing numbered list or contact lines rather than taking them for the headline", () => {
    for (const tail of [["1. Paint the railings in May", "2. Reopen the path in June"], ["More at https://example.org/footbridge", "", "Contact: clerk@example.org"]]) {
      const article = parseScrape(text(["Footbridge Repairs Begin Next Week", "", P1, "", ...tail]));
      expect(article.title).toBe("Footbridge Repairs Begin Next Week");
      expect(paragraphs(article)).toEqual([P1, ...tail.filter(Boolean)]);
    }
  });

  it("keeps a list of short lines that the text goes on under (ingredients, officers, a programme), with the sentence after it", () => {
    for (const list of [["300 g risotto rice", "1 tin chopped tomatoes", "1 litre hot stock"], ["Chair: Ann Brooks (re-elected)", "Treasurer: David Lowe", "Secretary: Priya Shah"]]) {
      const article = parseScrape(text(["Footbridge Repairs Begin Next Week", "", P1, "", ...list, "", "The meeting closed at 9 pm."]));
      expect(paragraphs(article)).toEqual([P1, ...list, "The meeting closed at 9 pm."]);
      expect(article.related).toEqual([]);
    }
    // With nothing of the writer's under them, headlines under the text are still related stories,
    // a note on where the story was first published under them or not.
    for (const note of [[], ["", "This story was first published by the Northern Courier."]]) {
      const related = parseScrape(text(["Footbridge Repairs Begin Next Week", "", P1, "", P2, "", "Library opens on Sundays", "Bus timetable changes in May", "Fishermen count the cost of the closure", ...note]));
      expect(related.related.map((r) => r.title)).toEqual(["Library opens on Sundays", "Bus timetable changes in May", "Fishermen count the cost of the closure"]);
    }
  });

  it("keeps its headline over a standfirst when a scene break parts the text", () => {
    const article = parseScrape(text(["The Footbridge Comes Back", "", "How a parish mended its crossing", "", P1, "", "* * *", "", P2]));
    expect(article.title).toBe("The Footbridge Comes Back");
    expect(paragraphs(article)).toEqual(["How a parish mended its crossing", P1, P2]);
  });

  it("takes a lead whose sentence ends in a footnote mark for the summary, without the mark", () => {
    for (const mark of ["[1]", "¹"]) {
      const article = parseScrape(text(["Footbridge Repairs Begin Next Week", "", `${P1}${mark}`, "", P2, "", `${mark} Parish council minutes, March 2024.`]));
      expect(article.lead).toBe(P1);
      expect(paragraphs(article)[0]).toBe(`${P1}${mark}`);
    }
  });

  it("keeps a diary's dates as the headings of its entries, and dates the article by the first", () => {
    const article = parseScrape(text(["A Month on the Ice Shelf", "", P1, "", "3 January 2024", "", P2, "", "10 January 2024", "", "A blizzard kept everyone inside for two days, and the generator failed twice."]));
    expect(article.title).toBe("A Month on the Ice Shelf");
    expect(article.published?.toISOString()).toBe("2024-01-03T00:00:00.000Z");
    expect(article.blocks.map((b) => (b.kind === "heading" ? `# ${b.text}` : b.kind))).toEqual(["paragraph", "# 3 January 2024", "paragraph", "# 10 January 2024", "paragraph"]);
    // One date under the headline is the article's stamp, not a heading.
    const stamped = parseScrape(text(["Footbridge Repairs Begin Next Week", "", "3 January 2024", "", P1, "", P2]));
    expect(stamped.blocks).toEqual([{ kind: "paragraph", text: P1 }, { kind: "paragraph", text: P2 }]);
  });

  it("keeps a diary's dates however many entries it has, each right over its entry", () => {
    const entries = ["Oban to Castlebay on the morning ferry, five hours of grey sea and one pod of dolphins.", "Round Barra in the sunshine, twenty-three miles, and the plane landing on the beach.",
      "Ferry to Eriskay and over the causeway to South Uist, with a headwind all day long.", "Rest day at the hostel, a thatched blackhouse with eight beds and no wifi at all."];
    const days = ["6 May 2024", "7 May 2024", "8 May 2024", "10 May 2024"];
    const article = parseScrape(text(["Island hopping in the Outer Hebrides", "", "A week with two bikes, one tent and far too much rain.", "", ...days.flatMap((day, k) => [day, entries[k]!, ""])]));
    expect(article.blocks.filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text)).toEqual(days);
    expect(article.published?.toISOString()).toBe("2024-05-06T00:00:00.000Z");
  });

  it("takes the writer's name alone under the last paragraph for the byline, as Vietnamese and Indonesian papers sign", () => {
    const article = parseScrape(text(["Footbridge Repairs Begin Next Week", "", P1, "", P2, "", "Minh Anh"]));
    expect(article.author).toBe("Minh Anh");
    expect(paragraphs(article)).toEqual([P1, P2]);
    // Not a last line that is no name, nor one under a line that is no paragraph.
    expect(parseScrape(text(["Footbridge Repairs Begin Next Week", "", P1, "", P2, "", "The Parish Team"])).author).toBeUndefined();
  });

  it("keeps every line of a poem", () => {
    const lines = ["The frost comes in", "on field and fen,", "the day is short,", "the lamps are lit.", "", "And by the dawn", "the hedges shine,", "the roads are white,", "the sky is clear."];
    const article = parseScrape(text(["A Winter Evening by the Fen", "", ...lines]));
    expect(article.title).toBe("A Winter Evening by the Fen");
    expect(paragraphs(article)).toEqual(lines.filter(Boolean));
  });

  it("still takes the headline under a kicker, and a headline list set off by a gap as related links", () => {
    const article = parseScrape(text(["Local", "", "Footbridge repairs begin next week", "", "By Ruth Ade", "", P1, "", P2, "", "", "Library opens on Sundays", "Bus timetable changes in May"]));
    expect(article.title).toBe("Footbridge repairs begin next week");
    expect(article.author).toBe("Ruth Ade");
    expect(paragraphs(article)).toEqual([P1, P2]);
    expect(article.related.map((r) => r.title)).toEqual(["Library opens on Sundays", "Bus timetable changes in May"]);
  });

  it("takes a short first line over the body, not a subheading inside it, when share lines close the file", () => {
    const article = parseScrape(text(["Footbridge Repairs", "3 March 2024", "", P1, "", "What happens next", "", P2, "", "Share this", "", "Subscribe"]));
    expect(article.title).toBe("Footbridge Repairs");
    expect(article.blocks).toEqual([{ kind: "paragraph", text: P1 }, { kind: "heading", text: "What happens next" }, { kind: "paragraph", text: P2 }]);
  });

  it("keeps a poem under a one-word title, and a paragraph under a one-word headline", () => {
    const poem = parseScrape(text(["Frost", "", "The frost comes in", "on field and fen,", "the day is short,", "the lamps are lit."]));
    expect(poem.title).toBe("Frost");
    expect(paragraphs(poem)).toEqual(["The frost comes in", "on field and fen,", "the day is short,", "the lamps are lit."]);
    const note = parseScrape(text(["Footbridge", "", `\t${P1}`, "", `\t${P2}`]));
    expect(note.title).toBe("Footbridge");
    expect(paragraphs(note)).toEqual([P1, P2]);
  });

  it("reads a header block of labelled lines: the title without its label", () => {
    const article = parseScrape(text(["Title: Footbridge Repairs Begin", "Author: Ruth Ade", "Date: 3 March 2024", "", P1, "", P2]));
    expect(article.title).toBe("Footbridge Repairs Begin");
    expect(article.author).toBe("Ruth Ade");
    expect(article.published?.toISOString().slice(0, 10)).toBe("2024-03-03");
    expect(paragraphs(article)).toEqual([P1, P2]);
  });

  it("takes the first line as the headline in a script without sentence stops, where every line reads as text", () => {
    const body = ["กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักถึงหนักมากในหลายจังหวัดภาคใต้ ตั้งแต่วันที่ 12 ถึง 16 พฤศจิกายน ประชาชนควรระวังน้ำท่วมฉับพลันและน้ำป่าไหลหลาก", "พื้นที่ที่ต้องเฝ้าระวังเป็นพิเศษ ได้แก่ จังหวัดนครศรีธรรมราช สงขลา ปัตตานี ยะลา และนราธิวาส", "ทั้งนี้ ประชาชนสามารถติดตามข่าวสารได้ตลอด 24 ชั่วโมงที่เว็บไซต์ของกรมอุตุนิยมวิทยา"];
    const article = parseScrape(text(["กรมอุตุฯ เตือนฝนตกหนักภาคใต้ 5 วันติด", "", body[0]!, "", body[1]!, "", body[2]!]));
    expect(article.title).toBe("กรมอุตุฯ เตือนฝนตกหนักภาคใต้ 5 วันติด");
    expect(paragraphs(article)).toEqual(body);
  });

  it("is not taken for one when the file opens with the site's name over the headline and its byline", () => {
    for (const top of [["Harbour Gazette"], ["Harbour Gazette", "News"], ["Harbour Gazette - Local news for the bay"]]) {
      const article = parseScrape(text([...top, "", "Council approves harbour budget after a long debate", "", "By Ruth Ade | March 3, 2024", "", P1, "", P2]));
      expect(article.title).toBe("Council approves harbour budget after a long debate");
      expect(article.author).toBe("Ruth Ade");
      expect(paragraphs(article)).toEqual([P1, P2]);
    }
  });

  it("is not taken for one when a hand-written notice opens with its organisation's name over the headline", () => {
    for (const [name, headline, under] of [
      ["Riverside Chess Club", "Spring rapid tournament moves to the library", ["Posted 3 March 2024", ""]],
      ["Northfield Allotment Society", "Allotment rents to rise by £5 from April", ["By Barbara Kemp", ""]],
      ["St Mary's Primary School", "Sports day moves to Friday after the rain", []],
    ] as const) {
      const article = parseScrape(text([name, "", headline, "", ...under, P1, "", P2]));
      expect(article.title, name).toBe(headline);
      expect(paragraphs(article)).toEqual([P1, P2]);
    }
    // A headline in Title Case over its standfirst keeps its place: the standfirst ends as a sentence does, or is no longer than the headline.
    expect(parseScrape(text(["Harbour Reopens", "", "Boats are back in the water after eleven weeks of dredging.", "", P1])).title).toBe("Harbour Reopens");
  });

  it("keeps a standfirst under the headline as text, and takes the byline under it as the byline", () => {
    const article = parseScrape(text(["Footbridge Repairs Begin Next Week", "", "Ten years of waiting end in a vote", "", "By Ruth Ade, March 3, 2024", "", P1, "", P2]));
    expect(article.title).toBe("Footbridge Repairs Begin Next Week");
    expect(article.author).toBe("Ruth Ade");
    expect(article.blocks).toEqual([{ kind: "paragraph", text: "Ten years of waiting end in a vote" }, { kind: "paragraph", text: P1 }, { kind: "paragraph", text: P2 }]);
  });

  it("joins paragraphs hard-wrapped at forty columns", () => {
    const article = parseScrape(text(["Footbridge Repairs Begin Next Week", "", "The parish council met on Monday night", "and agreed, after a long debate, to", "repair the footbridge before winter.", "", P2]));
    expect(paragraphs(article)).toEqual(["The parish council met on Monday night and agreed, after a long debate, to repair the footbridge before winter.", P2]);
  });
});

describe("a photo closing the article, its credit on the line under its caption", () => {
  const P1 = "Ferry crews will walk out on Friday after last-minute talks between the union and the operators broke down late on Wednesday night.";
  const P2 = "The union said the offer on the table was nowhere near good enough and accused the operators of refusing to negotiate in good faith.";
  const caption = "Passengers wait for a delayed ferry at the harbour terminal during last month's walkout.";

  it("is a figure, under related headlines that have no heading", () => {
    const article = parseScrape([`Ferry strike to go ahead after talks collapse`, "", "12 May 2025", "", P1, "", P2, "", caption, "Photo: Ana Lima/Reuters", "", "Union leader says talks could resume next week", "Island traders face a weekend without deliveries"].join("\n"));
    expect(article.captions).toEqual([`${caption} Photo: Ana Lima/Reuters`]);
    expect(article.related.map((r) => r.title)).toEqual(["Union leader says talks could resume next week", "Island traders face a weekend without deliveries"]);
  });

  it("is a figure on a page, above its related heading", () => {
    const article = parseScrape(["Home | News | Sport | Weather", "", "Ferry strike to go ahead after talks collapse", "", "By Tom Edwards", "12 May 2025", "", P1, "", P2, "", caption, "Photograph by Ana Lima", "", "More on this story", "Union leader says talks could resume next week", "Island traders face a weekend without deliveries"].join("\n"));
    expect(article.captions).toEqual([`${caption} Photograph by Ana Lima`]);
    expect(article.blocks.at(-1)).toEqual({ kind: "figure", caption: `${caption} Photograph by Ana Lima` });
    expect(article.related.map((r) => r.title)).toEqual(["Union leader says talks could resume next week", "Island traders face a weekend without deliveries"]);
  });
});

describe("a subheading right under the byline", () => {
  it("is not the headline, though the lead repeats its words: the line over the byline is", () => {
    const page = ["Home | News | Sport | Weather", "", "Ferry strike to go ahead after talks collapse", "", "By Tom Edwards", "12 May 2025", "", "Crews walk out on Friday", "",
      "Ferry crews will walk out on Friday after last-minute talks between the union and the operators broke down late on Wednesday night.", "",
      "The union said the offer on the table was nowhere near good enough and accused the operators of refusing to negotiate in good faith.", "",
      "Services on most routes will be cut to one sailing a day, and some routes will close entirely for the weekend."];
    const article = parseScrape(page.join("\n"));
    expect(article.title).toBe("Ferry strike to go ahead after talks collapse");
    expect(article.author).toBe("Tom Edwards");
  });

  it("nor is a live blog's newest entry heading under the stamp and its clock time", () => {
    const page = ["Harbour Review", "News", "Opinion", "Sport", "", "Live", "Storm Ida live: thousands without power as winds reach 90mph", "", "Thu 2 Nov 2023 14.05 GMT", "", "14.05 GMT", "Red warning lifted on the island", "",
      "The forecasters say the red warning for the island has now been lifted, though an amber warning remains in place until 6pm.", "", "Islanders are still being told to stay indoors where possible.", "",
      "12.41 GMT", "More than 150,000 homes on the coast are without power, according to the grid operator.", "", "Engineers have been unable to reach many areas because of fallen trees."];
    expect(parseScrape(page.join("\n")).title).toBe("Storm Ida live: thousands without power as winds reach 90mph");
  });
});

describe("a first line right over its byline, on a page that does not print it again", () => {
  it("is the headline; a pros line under the verdict that shares its words is not", () => {
    const page = ["Aero 3 review: the quietest kettle gets even quieter", "", "By Daniel Okafor", "published 3 June 2025", "", "Our Verdict",
      "The Aero 3 is the most complete kettle you can buy, quieter and quicker to boil than ever before.", "", "For", "Quietest kettle we tested", "Quick to boil", "Against", "Expensive", "",
      "Today's best Aero 3 deals", "$89.99 at Amazon", "View all prices", "",
      "Aero has owned the premium kettle category for the better part of a decade, and the Aero 3 makes it clear it has no plans to give it up.", "",
      "The spout is wider and the handle is deeper, which sounds minor until you pour from it every morning for a month.", "",
      "In my testing it boiled a full litre in two minutes and ten seconds, and it stayed quiet enough to talk over."];
    const article = parseScrape(page.join("\n"));
    expect(article.title).toBe("Aero 3 review: the quietest kettle gets even quieter");
    expect(article.author).toBe("Daniel Okafor");
  });
});

describe("a newsletter's links and its sign-off", () => {
  it("takes the links under 'Read more:' with their addresses, and leaves the sign-off under them out", () => {
    const text = ["The Friday Briefing: Rail Strikes and a New Museum", "", "Good morning, and welcome to this week's briefing.", "",
      "Rail workers will strike again on Monday and Tuesday, the third walkout this month, and only one train an hour will run.", "",
      "The city's new maritime museum opened on Wednesday in the old customs house, and entry is free until the end of March.", "",
      "Read more:", "Rail strike: what you need to know → https://news.example.com/rail-strike", "Maritime museum opens its doors → https://news.example.com/museum", "",
      "See you next Friday,", "The Briefing team"].join("\n");
    expect(parseScrape(text).related).toEqual([
      { title: "Rail strike: what you need to know", url: "https://news.example.com/rail-strike" },
      { title: "Maritime museum opens its doors", url: "https://news.example.com/museum" },
    ]);
  });
});

describe("related headlines after the wide gap the seed leaves", () => {
  const body = ["Ferry services resume after storm", "", ":: Ferry services to the islands resumed on Friday after three days of storms kept every boat in port.", "",
    "The operator said the first sailings were full and extra crossings would run over the weekend.", "", "", "", "", ""];
  it("stay related links when one of them is a question, with the site's footer under them or not", () => {
    for (const footer of [["Powered by Example CMS. © 2024 Example News. All rights reserved"], []]) {
      const article = parseScrape([...body, "Harbour dues to rise in April", "Can the island bus route survive the winter?", ...footer].join("\n"));
      expect(article.related.map((r) => r.title)).toEqual(["Harbour dues to rise in April", "Can the island bus route survive the winter?"]);
      expect(article.blocks).toHaveLength(2);
    }
  });
});

describe("a wire photo's caption right under the headline, with no lead marker", () => {
  it("is a caption when it ends on its date, one blank line over the lead", () => {
    const article = parseScrape(["Ferry services resume after storm", "", "Passengers board the first ferry at the harbour in Port Alder, Canada, March 2, 2024.", "",
      "Ferry services to the islands resumed on Friday after three days of storms kept every boat in port.", "", "The operator said the first sailings were full."].join("\n"));
    expect(article.captions).toEqual(["Passengers board the first ferry at the harbour in Port Alder, Canada, March 2, 2024."]);
    expect(article.lead).toBe("Ferry services to the islands resumed on Friday after three days of storms kept every boat in port.");
  });

  it("is the lead when it is a long paragraph that merely ends on a date", () => {
    const lead = `As of 29 November 2018, thirty artworks will light up the centre of the old town for the seventh year in a row. ${"Artists from sixteen countries take part in the festival this year, on the water and in the streets. ".repeat(3)}The festival runs until 20 January 2019.`;
    const article = parseScrape(["Light festival opens", "", lead, "", "Visitors can vote for their favourite artwork for the first time."].join("\n"));
    expect(article.lead).toBe(lead);
    expect(article.captions).toEqual([]);
  });
});

describe("a stamp whose date is numbers with slashes", () => {
  const P1 = "The harbour council voted on Tuesday to approve a new bridge, ending more than ten years of debate over how to replace the old swing span.";
  const P2 = "The vote passed seven to two after a four-hour session in which residents spoke for and against the plan.";
  it("leaves the body, and its date is read the page's way", () => {
    for (const stamp of ["03/04/2024", "Published: 03/04/2024 10:42", "By Jane Doe · 03/04/2024"]) {
      const article = parseScrape(["Council approves new harbour bridge", stamp, "", P1, "", P2].join("\n"));
      expect(article.blocks).toEqual([{ kind: "paragraph", text: P1 }, { kind: "paragraph", text: P2 }]);
      expect(article.captions).toEqual([]);
      expect(article.published?.toISOString().slice(0, 10)).toBe("2024-03-04");
    }
    expect(parseScrape(["Council approves new harbour bridge", "By Jane Doe · 03/04/2024", "", P1].join("\n")).author).toBe("Jane Doe");
  });
});

describe("a byline that closes the article", () => {
  const P1 = "The harbour council voted on Tuesday to approve a new bridge, ending more than ten years of debate over how to replace the old swing span.";
  const P2 = "The vote passed seven to two after a four-hour session in which residents spoke for and against the plan.";
  it("gives the author and leaves the body; a last sentence that opens with 'By' stays", () => {
    for (const [line, author] of [["By Jane Doe", "Jane Doe"], ["By Jane Doe, Reuters", "Jane Doe"]] as const) {
      const article = parseScrape(["Council approves new harbour bridge", "", P1, "", P2, "", line].join("\n"));
      expect(article.author).toBe(author);
      expect(article.blocks).toEqual([{ kind: "paragraph", text: P1 }, { kind: "paragraph", text: P2 }]);
    }
    const closing = "By the end of the year, the old span will be gone.";
    expect(parseScrape(["Council approves new harbour bridge", "", P1, "", P2, "", closing].join("\n")).blocks.at(-1)).toEqual({ kind: "paragraph", text: closing });
  });
});

describe("a dated photo caption closing the article, in other languages, and a dated sentence", () => {
  const page = (lead: string, caption: string) => ["Titre", "", `:: ${lead}`, "", caption, "", "", "", "Autre titre ici pour la suite", "Encore un autre titre ici"].join("\n");
  it("is a caption, not a paragraph, and its date is not the article's", () => {
    for (const [lead, caption] of [
      ["Le conseil municipal a approuvé mardi la construction d'un nouveau pont sur le port, après dix ans de débats.", "Des manifestants devant l'hôtel de ville de Port-Alder, au Canada, le 5 mars 2024."],
      ["El concejo municipal aprobó el martes la construcción de un nuevo puente sobre el puerto, tras diez años de debate.", "Manifestantes frente al ayuntamiento de Puerto Aliso, en Chile, el 5 de marzo de 2024."],
      ["Городской совет во вторник одобрил строительство нового моста через гавань после десяти лет споров.", "Участники акции протеста у здания мэрии в Порт-Алдере, 5 марта 2024 года."],
    ]) {
      const article = parseScrape(page(lead!, caption!));
      expect(article.captions).toEqual([caption]);
      expect(article.published).toBeUndefined();
    }
  });

  it("a sentence of the article that names a date does not date it; one that says when it was published does", () => {
    const page = (last: string) => parseScrape(["Council approves new harbour bridge", "", "The harbour council voted on Tuesday to approve a new bridge, ending more than ten years of debate over the old span.", "", last].join("\n"));
    expect(page("Protesters gather outside city hall on March 4, 2024.").published).toBeUndefined();
    expect(page("This story was originally published on March 3, 2024.").published?.toISOString().slice(0, 10)).toBe("2024-03-03");
  });
});

describe("a subheading with its paragraph right under it", () => {
  it("is a heading when a blank line stands over it and a full paragraph right under it", () => {
    const P = "The harbour council voted on Tuesday to approve a new bridge, ending more than ten years of debate over the old swing span.";
    const article = parseScrape(["Council approves new harbour bridge", "", P, "", "What happens next", "Work on the new span starts in the spring and is expected to take three years, the council said on Tuesday.", "", P.replace("Tuesday", "Monday")].join("\n"));
    expect(article.blocks[1]).toEqual({ kind: "heading", text: "What happens next" });
  });
});

describe("a table written with pipes", () => {
  const P1 = "February was the wettest in the county since records began, the weather station on the hill reports.";
  const P2 = "Farmers said fields were too wet to plant potatoes, and several roads near the river flooded twice.";
  it("is the article's table, not nav rows, with the text around it kept", () => {
    for (const separator of [[], ["|---|---|---|"]]) {
      const article = parseScrape(["Rainfall totals for February", "", P1, "", "| Site | Rainfall (mm) | Average (mm) |", ...separator, "| Hill Farm | 182 | 74 |", "| Riverside | 160 | 70 |", "", P2].join("\n"));
      expect(article.lead).toBe(P1);
      expect(article.blocks).toEqual([
        { kind: "paragraph", text: P1 },
        { kind: "html", html: "<table><thead><tr><th>Site</th><th>Rainfall (mm)</th><th>Average (mm)</th></tr></thead><tbody><tr><td>Hill Farm</td><td>182</td><td>74</td></tr><tr><td>Riverside</td><td>160</td><td>70</td></tr></tbody></table>" },
        { kind: "paragraph", text: P2 },
      ]);
    }
  });

  it("escapes its cells; a page's nav rows, without a number, stay furniture", () => {
    const table = parseScrape(["Prices", "", P1, "", "| Item | Price |", "| <b>Tea</b> & cake | 4 |", "", P2].join("\n"));
    expect(JSON.stringify(table.blocks)).toContain("<td>&lt;b&gt;Tea&lt;/b&gt; &amp; cake</td>");
    const nav = parseScrape(["Prices", "", P1, "", P2, "", "| About Us | Privacy Policy | Contact |", "| Terms | Sitemap | Jobs |"].join("\n"));
    expect(JSON.stringify(nav.blocks)).not.toMatch(/About Us|table/);
  });
});

describe("a consent box saved at the top of the page", () => {
  it("is furniture: the headline, byline and text are the article's", () => {
    const lead = "The ferry between the two islands will run every hour from May, the operator said on Tuesday, after a winter of complaints.";
    const second = "Passengers had waited up to three hours at the quay in January, when two of the four boats were out of service for repairs.";
    const article = parseScrape([
      "We value your privacy", "",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data for personalised advertising and content measurement.", "",
      "With your permission we and our partners may use precise geolocation data. You may click to consent to our and our partners' processing.", "",
      "MORE OPTIONS", "AGREE", "", "Island Courier", "", "News", "Sport", "", "Ferries to run every hour from May", "", "By Ruth Ade", "3 March 2024", "",
      lead, "", second, "", "Terms", "Privacy", "© 2024 Island Courier",
    ].join("\n"));
    expect(article.title).toBe("Ferries to run every hour from May");
    expect(article.author).toBe("Ruth Ade");
    expect(article.lead).toBe(lead);
    expect(article.blocks).toEqual([{ kind: "paragraph", text: lead }, { kind: "paragraph", text: second }]);
  });
});

describe("a section label over a headline and its standfirst", () => {
  it("takes the headline, not the longer standfirst under it", () => {
    const lead = "The council approved the plan late on Tuesday by nine votes to four, ending a year of argument over the cost of the new crossing.";
    const article = parseScrape(["Local news", "", "Council backs harbour bridge after marathon session", "", "Supporters say it is the biggest change to the waterfront in a generation", "", lead, "", "Work is due to start in the spring and to take two years, the council said."].join("\n"));
    expect(article.title).toBe("Council backs harbour bridge after marathon session");
    expect(article.blocks[0]).toEqual({ kind: "paragraph", text: "Supporters say it is the biggest change to the waterfront in a generation" });
  });

  it("but not a teaser over the headline, whose words the lead does not repeat", () => {
    const lead = "The harbour reopened on Monday after a week-long closure caused by the storm that battered the coast, the port authority said.";
    const article = parseScrape(["Example Gazette", "", "Police name the man found dead in the river", "Harbour reopens after the great storm of November that closed it", lead, "", "Fishing boats were the first to leave, followed by the ferry to the islands, stranded for six days."].join("\n"));
    expect(article.title).toBe("Harbour reopens after the great storm of November that closed it");
  });
});

describe("a laid-out related list", () => {
  it("ends at the next box's heading, which is no bulleted item, and leaves the footer's links out", () => {
    const body = [
      "More than 32 million foreign visitors travelled to the islands last year, according to the central bank, a record for the country.",
      "Tourism receipts rose by 15 per cent on the year before, and the two largest markets were the same as a decade ago.",
    ];
    const page = ["  * Home", "  * World", "", "      Record number of visitors reach the islands", "", "          12 February 2024, 10:45", "", ...body.flatMap((p) => [`        ${p}`, ""]),
      "          Related", "            * New rules for short-term rentals", "            * More flights to the islands", "          Stories our readers liked", "            1. Storm closes rail lines across the south",
      "  Terms of use | Privacy policy", "  © 2024 Island Courier"];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.title).toBe("Record number of visitors reach the islands");
    expect(parsed.related.map((r) => r.title)).toEqual(["New rules for short-term rentals", "More flights to the islands"]);
  });
});

describe("a post with program code in it", () => {
  const intro = "Last week the service started running out of memory every few hours, and the number of open connections kept climbing.";
  const after = "The read timeout is the one that matters: it bounds how long a client may take to send its request, which is what slow clients abuse.";
  const code = ["server := &http.Server{", "    Addr:        \":8080\",", "    ReadTimeout: 5 * time.Second,", "}", "log.Fatal(server.ListenAndServe())"];

  it("keeps the code as one preformatted block in its place, and the headline and lead around it", () => {
    const parsed = parseScrape(["Why the server ran out of memory", "", "Posted on March 3, 2024 by Ana Lima", "", intro, "", "Here is the fix:", "", ...code, "", after].join("\n"));
    expect(parsed.title).toBe("Why the server ran out of memory");
    expect(parsed.author).toBe("Ana Lima");
    expect(parsed.lead).toBe(intro);
    expect(parsed.blocks).toEqual([
      { kind: "paragraph", text: intro },
      { kind: "paragraph", text: "Here is the fix:" },
      { kind: "html", html: "<pre><code>server := &amp;http.Server{\n    Addr: &quot;:8080&quot;,\n    ReadTimeout: 5 * time.Second,\n}\nlog.Fatal(server.ListenAndServe())</code></pre>" },
      { kind: "paragraph", text: after },
    ]);
  });

  it("keeps two Dockerfiles whole, their repeated lines too", () => {
    const first = ["FROM golang:1.22", "WORKDIR /app", "COPY . .", "RUN go build -o server ./cmd/server", "CMD [\"/app/server\"]"];
    const second = ["FROM golang:1.22 AS build", "WORKDIR /src", "COPY . .", "RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server", "FROM scratch", "COPY --from=build /out/server /server", "ENTRYPOINT [\"/server\"]"];
    const parsed = parseScrape(["Shrinking a Go service's Docker image", "", "Posted on March 3, 2025 by Priya Raman", "", intro, "", ...first, "", after, "", ...second, "", after.replace("read timeout", "write timeout")].join("\n"));
    const blocks = parsed.blocks.filter((b) => b.kind === "html").map((b) => (b as { html: string }).html);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain("COPY . .");
    expect(blocks[1]).toContain("COPY . .");
    expect(blocks[1]).toContain("ENTRYPOINT");
  });

  it("leaves prose that names an operator or a call alone, and verse and itineraries that only look like code", () => {
    const texts = [
      ["The check was x == y, she said, and it failed.", "Then she called fix() again."],
      // Lines ending on semicolons, arrows, keywords opening prose: weak shapes, never a block alone.
      ["The sea is calm tonight;", "The tide is full, the moon lies fair", "Upon the straits;"],
      ["Day 1: London -> Paris", "Day 2: Paris -> Lyon", "Day 3: Lyon -> Nice"],
      ["return to the office on Monday;", "let them know by Friday;", "$ 5 million was set aside;"],
      // Kickers in capitals that open on a Dockerfile's words.
      ["FROM THE ARCHIVES", "RUN FOR COVER"],
    ];
    for (const lines of texts) {
      const parsed = parseScrape(["Why the server ran out of memory", "", intro, "", ...lines, "", after].join("\n"));
      expect(parsed.blocks.every((b) => b.kind !== "html"), lines[0]).toBe(true);
    }
  });
});

describe("a table typed with tabs", () => {
  it("is the article's table, as one written with pipes is; rows without a number stay text", () => {
    const lead = "Unemployment fell in every region of the country in the third quarter, according to figures published on Thursday.";
    const last = "Economists warned that the figures may be revised when more survey data arrive next month.";
    const parsed = parseScrape(["Regional unemployment falls again", "", lead, "", "Region\tQ2 2025\tQ3 2025", "North-east\t7.1%\t6.2%", "London\t4.9%\t4.7%", "", last].join("\n"));
    expect(parsed.blocks).toEqual([
      { kind: "paragraph", text: lead },
      { kind: "html", html: "<table><thead><tr><th>Region</th><th>Q2 2025</th><th>Q3 2025</th></tr></thead><tbody><tr><td>North-east</td><td>7.1%</td><td>6.2%</td></tr><tr><td>London</td><td>4.9%</td><td>4.7%</td></tr></tbody></table>" },
      { kind: "paragraph", text: last },
    ]);
    const words = parseScrape(["Regional unemployment falls again", "", lead, "", "Chair\tAnn Brooks", "Treasurer\tDavid Lowe", "", last].join("\n"));
    expect(words.blocks.some((b) => b.kind === "html")).toBe(false);
    // A header block of labels typed with tabs is a header block, though its date is numbers.
    const header = parseScrape(["Title:\tHarbour reopens after the storm", "Author:\tJane Doe", "Date:\t12.03.2024", "", lead, "", last].join("\n"));
    expect(header).toMatchObject({ title: "Harbour reopens after the storm", author: "Jane Doe" });
    expect(header.published?.toISOString()).toBe("2024-03-12T00:00:00.000Z");
  });
});

describe("a page dated in another era", () => {
  it("is dated by a Thai stamp in the Buddhist era", () => {
    const body = [
      "กรุงเทพฯ เผยว่าการก่อสร้างรถไฟฟ้าสายใหม่จะเริ่มขึ้นในเดือนหน้า โดยคาดว่าจะแล้วเสร็จภายในสามปี ตามแผนของกระทรวงคมนาคม",
      "เจ้าหน้าที่ระบุว่าโครงการนี้จะช่วยลดปัญหาการจราจรในเขตเมืองชั้นในได้อย่างมาก และจะเชื่อมต่อกับระบบขนส่งสาธารณะที่มีอยู่เดิม",
    ];
    const parsed = parseScrape(["ข่าว | การเมือง | เศรษฐกิจ", "", "กรุงเทพฯ เตรียมสร้างรถไฟฟ้าสายใหม่", "", "12 มี.ค. 2567 14:35 น.", "", ...body.flatMap((p) => [p, ""])].join("\n"));
    expect(parsed.published?.toISOString()).toBe("2024-03-12T14:35:00.000Z");
  });
});

describe("a page dated in the Solar Hijri calendar", () => {
  it("is dated by its stamp, in Persian digits, under the headline or after a label", () => {
    const body = [
      "به گزارش خبرگزاری، قیمت نفت خام امروز در بازارهای جهانی افزایش یافت و به بالاترین سطح خود در سه ماه گذشته رسید. کارشناسان می‌گویند این افزایش به دلیل کاهش تولید است.",
      "وزیر نفت در این باره گفت که دولت برنامه‌های جدیدی برای افزایش صادرات دارد و این برنامه‌ها به زودی اجرا خواهد شد.",
    ];
    for (const stamp of ["۱۵ آبان ۱۴۰۲ - ۱۰:۳۰", "تاریخ انتشار: ۱۴۰۲/۰۸/۱۵ - ۱۰:۳۰"]) {
      const parsed = parseScrape(["اخبار | سیاسی | اقتصادی", "", "افزایش قیمت نفت در بازارهای جهانی", "", stamp, "", ...body.flatMap((p) => [p, ""])].join("\n"));
      expect(parsed.title).toBe("افزایش قیمت نفت در بازارهای جهانی");
      expect(parsed.published?.toISOString(), stamp).toBe("2023-11-06T10:30:00.000Z");
      expect(parsed.blocks.map((b) => (b.kind === "paragraph" ? b.text : b.kind))).toEqual(body);
    }
  });
});

describe("a photo gallery", () => {
  it("keeps every credited caption and the paragraph after them, its counters left out", () => {
    const captions = [
      "Overall winner: a grey seal pup in fresh snow at Donna Nook, Lincolnshire. Photograph: Martin Cole",
      "Behaviour category: gannets diving in formation off Bass Rock. Photograph: Callum Reid",
      "Urban coast category: a herring gull steals chips on Brighton pier. Photograph: Sam Ortiz",
      "Underwater category: a compass jellyfish in Loch Carron. Photograph: Peter Mwangi",
    ];
    const closing = "The winning images will be shown at the museum from 5 December to 30 March, before touring coastal towns next summer.";
    const page = [
      "News", "Culture", "", "In pictures: the winners of the coastal wildlife awards", "", "By Hannah Greaves", "", "21 November 2024", "",
      "More than 9,000 images were entered for this year's awards, which celebrate wildlife photography along the coast. The judges said the standard was the highest yet.", "",
      ...captions.flatMap((caption, i) => [caption, "", `${i + 1} / 10`, ""]),
      closing, "", "Share on Facebook", "Share on Twitter", "", "Most read", "", "Council approves new cycle lanes", "", "© 2025 Wild Coast Magazine",
    ];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.captions).toEqual(captions);
    expect(parsed.blocks.at(-1)).toEqual({ kind: "paragraph", text: closing });
    expect(JSON.stringify(parsed.blocks)).not.toContain(" / 10");
  });
});

describe("embedded posts", () => {
  it("make a tweet a quote signed by its sign-off, and leave out its header and Instagram's lines", () => {
    const p1 = "Rovers have sacked manager Gary Muldoon after a sixth consecutive league defeat left the club two points above the relegation zone.";
    const tweet = "Club statement: Gary Muldoon has left his role as first team manager. We thank Gary for his efforts.";
    const p2 = "Supporters had called for change after Saturday's 3-0 defeat at Millbrook, when part of the away end turned its back on the pitch.";
    const p3 = "Fox, a former Rovers captain, has been on the coaching staff since 2019 and is popular with the players at the club.";
    const page = [
      "Football", "", "Rovers sack manager after six straight defeats", "", "By Kieran Walsh", "", "Sunday 9 March 2025 18:40", "",
      p1, "", "Rovers FC (@RoversFC) March 9, 2025", "", tweet, "", "— Rovers FC (@RoversFC) March 9, 2025", "", p2, "",
      "View this post on Instagram", "", "A post shared by Leanne Fox (@leannefox_coach)", "", p3, "", "Share this article", "© 2025 The Pitch Report",
    ];
    expect(parseScrape(page.join("\n")).blocks).toEqual([
      { kind: "paragraph", text: p1 },
      { kind: "quote", text: `${tweet} — Rovers FC (@RoversFC) March 9, 2025` },
      { kind: "paragraph", text: p2 },
      { kind: "paragraph", text: p3 },
    ]);
  });
});

describe("a review's verdict box between the byline and the lead", () => {
  it("gives no title: its items are a list's, not a headline", () => {
    const page = [
      "  * Home", "  * Reviews", "", "        Reviews", "", "    Aurora X2 review: a mid-range phone with a flagship camera", "",
      "        Superb photos and two-day battery life, let down by slow charging.", "", "        By Ben Calloway", "", "        Published May 20, 2025", "",
      "        Our verdict", "", "        4 out of 5 stars", "", "        Pros", "", "        Excellent main camera", "", "        Two-day battery life", "",
      "        Bright 120Hz screen", "", "        Cons", "", "        Slow 25W charging", "", "        No wireless charging", "",
      "        Aurora has spent three years trying to persuade people that a cheap phone can take pictures as good as one costing twice as much. With the X2 it very nearly succeeds, and the main camera is excellent.", "",
      "        The X2 is a tidy slab of aluminium and matte glass. The screen is bright enough to read in full sun, and the battery lasts two days of moderate use.", "",
      "  * About", "  * Privacy",
    ];
    expect(parseScrape(page.join("\n")).title).toBe("Aurora X2 review: a mid-range phone with a flagship camera");
  });
});

describe("an obituary's life span", () => {
  it("does not date the page", () => {
    const page = [
      "News", "", "Margaret Ellis, harbour master for thirty years, dies at 83", "", "June 1, 1941 - March 2, 2025", "",
      "Margaret Ellis, who ran the town's harbour for three decades and oversaw its rebuilding after the storm of 1987, has died at the age of 83, her family said.", "",
      "She was the first woman to hold the post, and colleagues remembered her as calm in a crisis and fierce in defence of the fishing fleet.", "",
    ];
    expect(parseScrape(page.join("\n")).published).toBeUndefined();
  });
});

describe("a wire story's agency printed as its byline", () => {
  it("is the author, not a photo's credit", () => {
    const caption = "Shoppers walk through a market in Tokyo, Japan, February 10, 2025. REUTERS/Kim Kyung-Hoon";
    const page = [
      "World", "", "Japan's economy shrinks more than expected as consumer spending falls", "", "REUTERS", "Feb 17, 2025 2:05 AM ET", "",
      caption, "",
      "TOKYO (Reuters) - Japan's economy shrank more than expected in the last quarter as consumers cut spending on food and clothing, government data showed on Monday.", "",
      "The contraction was the second in three quarters and raises doubts about the central bank's plans to raise interest rates again this spring.", "",
    ];
    const parsed = parseScrape(page.join("\n"));
    expect(parsed.author).toBe("Reuters");
    expect(parsed.captions).toEqual([caption]);
  });
});

describe("an editor's note", () => {
  const p1 = "Councillors have approved plans for 200 new homes on the site of the former dairy, despite objections from residents about traffic.";
  const p2 = "The plan was approved by nine votes to three at Tuesday's planning committee, after a debate of more than two hours.";
  it("over the headline is never the headline, and opens the body", () => {
    for (const gap of ["", "\n"]) {
      const parsed = parseScrape(["Editor's note: corrected on 12 March.", `${gap}Council backs plan for 200 new homes`, "", p1, "", p2].join("\n"));
      expect(parsed.title).toBe("Council backs plan for 200 new homes");
      expect(parsed.blocks[0]).toEqual({ kind: "paragraph", text: "Editor's note: corrected on 12 March." });
      expect(parsed.lead).toBe(p1);
    }
  });
  it("under the headline stays in the body but is not the lead", () => {
    const parsed = parseScrape(["Council backs plan for 200 new homes", "", "UPDATE 3/14: the vote was confirmed on Thursday.", "", p1, "", p2].join("\n"));
    expect(parsed.lead).toBe(p1);
    expect(JSON.stringify(parsed.blocks)).toContain("UPDATE 3/14");
  });
  it("is not a headline marked as updated in capitals, as broadcasters mark a story that moved on", () => {
    const page = ["UPDATE: Two displaced after fire at downtown apartment building", "News", "Weather", "Sports", "",
      "UPDATE: Two displaced after fire at downtown apartment building", "", "Crews respond to a fire on Jefferson Street on Tuesday. (WVBT)", "",
      "By Staff", "Published: Jan. 16, 2024 at 2:03 PM EST", "", p1, "", p2].join("\n");
    expect(parseScrape(page).title).toBe("UPDATE: Two displaced after fire at downtown apartment building");
  });
});

describe("a short last sentence in a script without spaces", () => {
  it("stays in the body above a related list", () => {
    const parsed = parseScrape([
      "杭州西湖景区将实行分时预约", "",
      "从下月起，杭州西湖部分热门景点将在节假日实行分时预约制度，以缓解客流压力。据景区管理部门介绍，断桥、苏堤和雷峰塔三处景点将率先试行。", "",
      "平时工作日不需要预约。", "", "相关阅读：", "杭州地铁新线路年底开通", "西湖龙井茶今年产量下降",
    ].join("\n"));
    expect(parsed.blocks.at(-1)).toEqual({ kind: "paragraph", text: "平时工作日不需要预约。" });
  });
});

describe("a writer's note closing the page", () => {
  it("names the author when nothing else does, and stays out of the body", () => {
    const p1 = "The four-day week is no longer a fringe idea. Trials in six countries have found that most firms kept their output while staff worked fewer hours.";
    const p2 = "The harder question is what happens to the jobs that cannot be compressed, from nursing to bus driving, where hours are the work itself.";
    const parsed = parseScrape(["Opinion", "", "The four-day week needs a plan for the jobs it leaves out", "", p1, "", p2, "", "Sarah Okafor is a labour economist and a columnist for the Gazette."].join("\n"));
    expect(parsed.author).toBe("Sarah Okafor");
    expect(JSON.stringify(parsed.blocks)).not.toContain("Sarah Okafor");
  });

  it("stays out of the body when it calls the writer by first name under the full name, as blogs set their writer's box", () => {
    const p1 = "VAT penalties catch out thousands of small firms each year, most of them for errors that take minutes to avoid once you know where they hide.";
    const p2 = "Keep every invoice for five years, check each supplier's VAT number, and file on time even when you owe nothing at all this period.";
    const page = ["5 VAT mistakes small businesses make", "", "By Thandeka Mokoena", "16 January 2024", "", p1, "", p2, "", "Thandeka Mokoena", "",
      "Thandeka is a chartered accountant and the head of customer education at Ledgerly. She has worked with small businesses for a decade."].join("\n");
    const parsed = parseScrape(page);
    expect(parsed.blocks).toEqual([{ kind: "paragraph", text: p1 }, { kind: "paragraph", text: p2 }]);
    // The writer's job may stand between the name and the note.
    const withRole = parseScrape(page.replace("Thandeka Mokoena\n\nThandeka", "Thandeka Mokoena\n\nSenior Reporter\n\nThandeka"));
    expect(withRole.blocks).toEqual([{ kind: "paragraph", text: p1 }, { kind: "paragraph", text: p2 }]);
    // The first name alone under another line is the article's: "Thandeka is …" after a paragraph stays.
    const kept = parseScrape(["Accountants join the VAT debate", "", p1, "", "Thandeka is a chartered accountant who has seen it all, and she says the rules are simple."].join("\n"));
    expect(JSON.stringify(kept.blocks)).toContain("Thandeka is a chartered accountant");
  });

  it("stays out of the body when it calls the writer by the whole name under the name, and so does the link to the writer's page after it", () => {
    const p1 = "VAT penalties catch out thousands of small firms each year, most of them for errors that take minutes to avoid once you know where they hide.";
    const p2 = "Keep every invoice for five years, check each supplier's VAT number, and file on time even when you owe nothing at all this period.";
    const note = "Thandeka Mokoena is a senior assistant editor with the Ledger Business Review in Durban, where she tracks small firms, tax and the people who advise them on both.";
    const page = ["5 VAT mistakes small businesses make", "", "By Thandeka Mokoena", "16 January 2024", "", p1, "", p2, "", "Tags:", "Tax", "Small business", "", "Thandeka Mokoena", "", note].join("\n");
    expect(parseScrape(page).blocks).toEqual([{ kind: "paragraph", text: p1 }, { kind: "paragraph", text: p2 }]);
    const turkish = ["Motorine zam geldi", "", "Elif Kaya", "04.03.2025 09:10", "", p1, "", p2, "", "Elif Kaya", "Marmara Postası Ekonomi Servisi'nde enerji, piyasalar ve tüketici haberlerini takip ediyor ve her hafta piyasa notlarını yazıyor.", "Yazarın tüm haberleri"].join("\n");
    expect(parseScrape(turkish).blocks).toEqual([{ kind: "paragraph", text: p1 }, { kind: "paragraph", text: p2 }]);
  });
});

describe("a byline set as a name over the writer's job over the date", () => {
  it("gives the name as the author, never the job", () => {
    const p1 = "The city council voted 7-2 on Thursday night to replace the Riverside Street bridge, approving a plan that will close the crossing for eighteen months.";
    const p2 = "The decision ends three years of sometimes heated debate over the future of the concrete arch span, which carries thousands of cars a day.";
    for (const role of ["Senior Reporter", "City Hall Reporter"]) {
      const parsed = parseScrape(["News", "", "City council approves plan to rebuild the Riverside bridge", "", "Megan Hollister", "", role, "", "March 14, 2025", "", p1, "", p2].join("\n"));
      expect(parsed.author, role).toBe("Megan Hollister");
    }
  });
});

describe("a related box whose headlines come in two strokes", () => {
  it("takes them as related links, and the paragraphs after it stay", () => {
    const p1 = "The council voted on Tuesday to close the city centre to the oldest diesel cars from next spring, after two years of debate.";
    const p2 = "Fines for breaking the ban will start at 500 złoty, and the city police will check plates with cameras at every entry road.";
    const p3 = "The town hall expects the first effects within a year, when nitrogen dioxide should fall along the main streets.";
    const p4 = "Similar zones already work in Krakow and Wroclaw, though their rules are gentler on the cars of people who live inside them.";
    const parsed = parseScrape(["News", "", "Warsaw bans old diesel cars from the centre", "", p1, "", p2, "", "Related:", "Smog in Warsaw. City to replace old stoves", "New tram lines for Mokotow", "", p3, "", p4].join("\n"));
    expect(parsed.related.map((r) => r.title)).toEqual(["Smog in Warsaw. City to replace old stoves", "New tram lines for Mokotow"]);
    expect(JSON.stringify(parsed.blocks)).not.toContain("Smog in Warsaw");
    expect(JSON.stringify(parsed.blocks)).toContain("nitrogen dioxide");
  });
});

describe("a related box whose links stand line under line", () => {
  const p1 = "The ministry published the list of subjects for the second written exam, which will be held on Thursday 20 June, the day after the essay.";
  const p2 = "Technical institutes will sit a paper in business economics, while vocational schools will have papers set by each board.";
  const p3 = "As last year, each board will have an external chair, three external members and three teachers from the school itself.";
  const p4 = "The top mark stays at one hundred: up to forty points for the last three years of school, twenty for each written paper and twenty for the oral.";
  const page = ["News", "", "Exam subjects announced: Latin for the classics, maths for the sciences", "", p1, "", p2, "", "Read also", "",
    "Exam dates: the essay opens on 19 June", "How the oral exam works this year", "", "The boards", "", p3, "", p4].join("\n");

  it("ends at the blank line under its links: the line past it is the article's next subheading", () => {
    const parsed = parseScrape(page);
    expect(parsed.related.map((r) => r.title)).toEqual(["Exam dates: the essay opens on 19 June", "How the oral exam works this year"]);
    expect(parsed.blocks).toContainEqual({ kind: "heading", text: "The boards" });
    expect(JSON.stringify(parsed.blocks)).toContain("external chair");
  });

  it("is followed past when the article's last paragraphs under it run into the page's tags and footer", () => {
    const tail = ["In this story:", "Schools", "Exams", "Education", "Show comments (18)", "More stories", "Rain warning for the weekend", "Bank holds rates", "Privacy policy"];
    const menu = ["Home", "News", "Politics", "Business", "Science", "Sport", "Culture", "Opinion", "Weather", "Log in", "Science"];
    const parsed = parseScrape([...menu, "", "Exam subjects announced: Latin for the classics, maths for the sciences", "", "By Jane Doe", "March 10, 2024", "", p1, "", p2, "", "Read also:",
      "Exam dates: the essay opens on 19 June", "How the oral exam works this year", "", p3, "", p4, "", "The results are due in July, the ministry said in a statement on Tuesday.", "", ...tail].join("\n"));
    expect(JSON.stringify(parsed.blocks)).toContain("external chair");
    expect(JSON.stringify(parsed.blocks)).toContain("due in July");
  });

  it("takes every link of a box that sets each apart with a blank line", () => {
    const spaced = ["News", "", "Exam subjects announced: Latin for the classics, maths for the sciences", "", p1, "", p2, "", "Read also", "",
      "Exam dates: the essay opens on 19 June", "", "How the oral exam works this year", "", "Teachers' unions criticise the pay of exam boards", "", p3].join("\n");
    expect(parseScrape(spaced).related.map((r) => r.title)).toEqual([
      "Exam dates: the essay opens on 19 June", "How the oral exam works this year", "Teachers' unions criticise the pay of exam boards",
    ]);
  });
});

describe("lines over the headline that are no headline", () => {
  const ru = [
    "Новости", "Экономика", "Общество", "",
    "Набережную откроют для прогулок зимой", "",
    "Общество 27.11.2026 09:05", "Дмитрий Орлов", "Фото: пресс-служба мэрии", "",
    "Горожане на набережной / Фото: пресс-служба мэрии", "",
    "Набережную озера откроют для зимних прогулок с пятого декабря, сообщили в пресс-службе исполкома города в четверг.", "",
    "Для гостей установят отапливаемые шатры, а также организуют катки и мастер-классы для детей и их родителей.", "",
    "Вход будет бесплатным, а организаторы ожидают, что за первые выходные набережную посетят не менее десяти тысяч человек.",
  ].join("\n");

  it("a photo's credit under its label (Фото:) is the caption's, not the headline, and makes one figure with the caption that repeats it", () => {
    const article = parseScrape(ru);
    expect(article.title).toBe("Набережную откроют для прогулок зимой");
    expect(article.captions).toEqual(["Горожане на набережной / Фото: пресс-служба мэрии"]);
  });

  it("a toolbar's text-size control is not the headline", () => {
    const zh = [
      "首页", "社会", "", "新华网 > 社会 > 正文", "", "字号：大 中 小", "",
      "冰雪大世界提前开园 首日接待游客超4万人次", "", "2026-11-30 08:32:15", "",
      "第二十八届冰雪大世界29日提前开园迎客，首日接待游客超过4万人次，较去年同期增长约三成，园区面积达到100万平方米。", "",
      "今年园区使用冰雪量约30万立方米，建设了冰雪景观、冰雪娱乐、演艺等多个功能区，其中主塔高达46米。", "",
      "当地负责人表示，今年冰雪季将持续至明年2月底，预计接待游客将突破300万人次，并增开多条公交专线。",
    ].join("\n");
    expect(parseScrape(zh).title).toBe("冰雪大世界提前开园 首日接待游客超4万人次");
  });

  it("a paywall's prompt over the headline is not the headline; a Japanese caption with its day and place in brackets is a caption", () => {
    const ja = [
      "ログイン", "有料会員の方のみご利用になれます", "",
      "東海道新幹線、始発から運転再開　倒木で一時運休", "", "2026年11月30日 11:42", "",
      "運転を再開した東海道新幹線（30日午前、JR東京駅）", "",
      "JR東海は30日、前日夜に静岡県内で線路上への倒木が見つかったため一部区間で運転を見合わせていた東海道新幹線について、始発から通常通り運転を再開したと発表した。", "",
      "同社によると、29日午後9時ごろ、掛川―浜松間で強風により倒れた木が架線に接触しているのを運転士が発見した。上下線で約3時間にわたり運転を見合わせた。", "",
      "JR東海は夜間に倒木の撤去と設備の点検を進め、安全を確認した。同社の担当者は「沿線の樹木の点検を強化する」と話している。",
    ].join("\n");
    const article = parseScrape(ja);
    expect(article.title).toBe("東海道新幹線、始発から運転再開　倒木で一時運休");
    expect(article.captions).toEqual(["運転を再開した東海道新幹線（30日午前、JR東京駅）"]);
    expect(article.blocks.filter((b) => b.kind === "paragraph")).toHaveLength(3);
  });

  it("a Korean reprint ban closes the article and is no related link", () => {
    const ko = [
      "사회", "", "해운대 빛 축제 다음 달 개막…역대 최대 규모", "", "이서연 기자 sylee@example.co.kr", "| 입력 : 2026-11-28 07:00:00", "",
      "부산의 대표 겨울 축제인 해운대 빛 축제가 다음 달 1일 개막해 내년 1월 말까지 이어진다. 올해는 전시 공간이 확대돼 역대 최대 규모로 열린다.", "",
      "해운대구는 28일 이 같은 내용의 축제 계획을 발표했다. 구에 따르면 올해 축제에는 조명 약 120만 개가 사용되며, 작품 15점이 새로 설치된다.", "",
      "축제 기간 교통 혼잡에 대비해 주말에는 일대 차량 통행이 일부 제한된다. 구는 대중교통 이용을 당부했다.", "",
      "ⓒ예시신문(www.example.co.kr), 무단전재 및 재배포 금지", "", "회사소개", "광고안내",
    ].join("\n");
    const article = parseScrape(ko);
    expect(article.author).toBe("이서연");
    expect(article.related).toEqual([]);
    expect(JSON.stringify(article.blocks)).not.toMatch(/무단전재/);
  });
});

describe("the header between headline and body, in other scripts", () => {
  const body = [
    "Крупнейшие российские банки на этой неделе продолжили снижать ставки по рублевым депозитам, следует из мониторинга регулятора.", "",
    "Снижение затронуло в первую очередь краткосрочные вклады, по которым ставки опустились сильнее всего за последний месяц.", "",
    "Аналитики ожидают, что до конца года ставки продолжат снижаться вслед за ожиданиями рынка и решениями регулятора.",
  ];
  it("keeps a short caption with its credit right under it, as one caption", () => {
    const article = parseScrape(["Финансы", "", "Банки снизили ставки по вкладам", "", "Екатерина Волкова", "29.11.2026, 18:45", "",
      "Здание банка в Москве", "Фото: Игорь Иванко, Коммерсантъ", "", ...body].join("\n"));
    expect(article.title).toBe("Банки снизили ставки по вкладам");
    expect(article.captions).toEqual(["Здание банка в Москве Фото: Игорь Иванко, Коммерсантъ"]);
  });

  it("reads a reporter's byline with the outlet's name first as the byline, not the headline", () => {
    const article = parseScrape(["财经", "", "深圳发布新一轮住房政策：取消非核心区限购", "", "澎湃新闻记者 陈晓燕", "2026-11-28 16:20", "",
      "11月28日，深圳市住房和建设局发布通知，宣布自即日起取消核心区域以外的住房限购措施，居民家庭购买住房不再审核购房资格。", "",
      "通知同时明确，在核心区域内，深户居民家庭限购套数由2套放宽至3套，非深户居民家庭社保缴纳年限由3年缩短至1年。", "",
      "数据显示，今年1至10月，深圳新建商品住宅成交面积同比下降8.6%，但降幅较上半年明显收窄，市场预期有所改善。"].join("\n"));
    expect(article.title).toBe("深圳发布新一轮住房政策：取消非核心区限购");
    expect(article.author).toBe("陈晓燕");
  });
});

describe("a file written by hand, with no page around it", () => {
  it("keeps a headline that names a newsletter or asks to sign up, and a body sentence that does", () => {
    expect(parseScrape("March newsletter\n\nThe fun run is on 6 April and starts at the park gates at ten. Entry costs five pounds and children run free.").title).toBe("March newsletter");
    expect(parseScrape("Sign up for the fun run\n\nThe fun run is on 6 April and starts at the park gates at ten.\n\nThere will be a cake stall and a raffle afterwards.").title).toBe("Sign up for the fun run");
    const notice = parseScrape("Road works on Elm Street\n\nThe road will be closed for two weeks from Monday while new pipes are laid.\n\nSign up for text alerts about the works by texting ELM to 60777.\n\nBuses will be diverted via Oak Road.");
    expect(notice.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toContain("Sign up for text alerts about the works by texting ELM to 60777.");
  });

  it("still leaves a page's sign-up box out: its button tells it", () => {
    const P = "The road will be closed for two weeks from Monday while new pipes are laid under the street, the council said on Tuesday.";
    const page = parseScrape(`Road works on Elm Street\n\n${P}\n\nGet our morning newsletter in your inbox\nSUBSCRIBE\n\nBuses will be diverted via Oak Road while the works go on, and the stop on Elm Street will move to the corner.`);
    expect(JSON.stringify(page.blocks)).not.toMatch(/newsletter|SUBSCRIBE/);
  });
});

describe("hand-written shapes", () => {
  it("reads a team's byline, an e-mail's subject as the title, and a sign-off over a postscript as text", () => {
    const team = parseScrape("How to report a pothole\nBy the Highways Team\n12 March 2025\n\nReporting a pothole takes two minutes. Follow these steps and we will do the rest.");
    expect(team.author).toBe("Highways Team");
    expect(JSON.stringify(team.blocks)).not.toMatch(/Highways Team/);
    const mail = parseScrape("Subject: Road closure on Saturday\n\nDear residents,\n\nOak Lane will be closed from 8 am to 6 pm on Saturday 14 September while the gas company repairs a leak.");
    expect(mail.title).toBe("Road closure on Saturday");
    const signed = parseScrape("Our bakery turns ten\n\nBy Hannah Cole, 4 June 2025\n\nTen years ago this week we opened a tiny bakery on Mill Street with one oven and a borrowed mixer.\n\nThank you to everyone who has bought a loaf.\n\nHannah\n\nP.S. Cake is free for everyone on Saturday.");
    expect(signed.blocks.some((b) => b.kind === "heading")).toBe(false);
    expect(signed.blocks.at(-1)).toEqual({ kind: "paragraph", text: "P.S. Cake is free for everyone on Saturday." });
  });
});

describe("no writer on the page", () => {
  it("takes neither the menu's last item nor a two-word headline beside the stamp for the author", () => {
    const P = "There is something melancholy about following a railway that is no longer there. The line closed to passengers in 1959.";
    const menu = parseScrape(["Semerwater Circular - Dales Rambler", "", "Dales Rambler", "", "Home", "Travel Guides", "", "Sunday, 8 October 2023", "", "Semerwater Circular", "", P, "", P].join("\n"));
    expect(menu.author).toBeUndefined();
    const headline = parseScrape(["Semerwater Circular - Dales Rambler", "", "Dales Rambler", "", "Home", "Walk Index", "", "Semerwater Circular", "", "Sunday, 8 October 2023", "", P, "", P].join("\n"));
    expect(headline.title).toMatch(/^Semerwater Circular/);
    expect(headline.author).toBeUndefined();
  });
});


describe("a laid-out Read more box inside the article", () => {
  it("takes its bulleted links and lets the article go on under it, past a subheading and a small table", () => {
    const P = (n: number) => `    Paragraph ${n} of the article, which runs well past a hundred and fifty characters so that it reads as one of the article's paragraphs in the laid-out page.`;
    const page = [
      "  Valley Voice", "", "    * Home", "    * News", "", "    District to keep small rural schools open despite budget gap", "", "    By Olivia Grant | September 5, 2025", "",
      P(1), "", P(2), "", "      Read more", "", "        * Storm warning issued for the weekend as winds pick up", "        * Five things to do in the city this weekend", "",
      "    Enrolment keeps falling", "", "      School         Pupils   Change", "      Birch Hollow   84       -12%", "", P(3), "", P(4), "",
      "  Related stories", "", "    * Storm warning issued for the weekend as winds pick up", "    * Five things to do in the city this weekend", "", "    © 2025 Valley Voice. All rights reserved.",
    ].join("\n");
    const article = parseScrape(page);
    const text = JSON.stringify(article.blocks);
    expect(text).toContain("Paragraph 4");
    expect(text).toContain("Enrolment keeps falling");
    expect(article.related.map((r) => r.title)).toEqual(["Storm warning issued for the weekend as winds pick up", "Five things to do in the city this weekend"]);
  });
});


describe("a laid-out caption set deeper than the text", () => {
  it("is the lead photo's caption, not the lead", () => {
    const P = (n: number) => `    Paragraph ${n} of the article, which runs well past a hundred and fifty characters so that it reads as one of the article's paragraphs in the laid-out page.`;
    const article = parseScrape(["District to keep small rural schools open - Valley Voice", "", "    District to keep small rural schools open", "", "    By Olivia Grant | September 5, 2025", "",
      "        Pupils at Birch Hollow Elementary on the first day of term.", "", P(1), "", P(2), "", P(3)].join("\n"));
    expect(article.captions).toEqual(["Pupils at Birch Hollow Elementary on the first day of term."]);
    expect(article.lead).toMatch(/^Paragraph 1/);
  });
});

describe("a letter's signature", () => {
  it("names the writer under a sign-off, or with the role under the name, and stays the letter's text", () => {
    const mail = parseScrape("Road closure on Saturday\n\nDear residents,\n\nOak Lane will be closed from 8 am to 6 pm on Saturday 14 September while the gas company repairs a leak.\n\nKind regards,\n\nPeter Grant\n\nParish Clerk");
    expect(mail.author).toBe("Peter Grant");
    expect(JSON.stringify(mail.blocks)).toContain("Peter Grant");
    const note = parseScrape("Thank you from the school fair\n3 July 2024\n\nThe summer fair raised £4,320 for new playground equipment. Thank you to every family who came.\n\nLinda Moss\n\nChair, Friends of Hillside School");
    expect(note.author).toBe("Linda Moss");
  });

  it("reads any short closing phrase with its comma as a sign-off, the signer without their title", () => {
    const bulletin = parseScrape("Harvest festival this Sunday\n\nDear friends,\n\nOur harvest festival is on Sunday at 10.30, with lunch in the hall afterwards for anyone who would like to stay.\n\nWith every blessing,\n\nFr. Declan Murphy");
    expect(bulletin.author).toBe("Declan Murphy");
  });

  it("is no sign-off: a clause broken off at its comma", () => {
    const minutes = parseScrape("Parish council minutes\n\nThe meeting opened at 7 pm with eight members present and the clerk taking notes for the record.\n\nThe motion to repair the bus shelter was carried by six votes to two after a short debate.\n\nThe motion was seconded by,\n\nCouncillor Tom Brown");
    expect(minutes.author).toBeUndefined();
  });

  it("reads a dash and a name closing a poem as the poet, out of the text", () => {
    const poem = parseScrape("November Allotment\n\nThe beds are turned, the canes are down,\nthe last leeks stand like sentinels,\nand frost has laced the water butt\nwith something close to silence.\n\nI fork the bed and turn it black\nand leave the robin talking.\n\nI wrote this one after the last dig of the year, and typed it up tonight.\n\n— Maria Keane");
    expect(poem.author).toBe("Maria Keane");
    expect(JSON.stringify(poem.blocks)).not.toContain("Maria Keane");
  });

  it("is no signature: a name under a closing paragraph with a sentence after it", () => {
    const text = parseScrape("Harbour works begin\n\nThe council said on Tuesday that the works would begin next month.\n\nJane Doe\n\nThe ferry will keep its timetable while the quay is closed, the harbour master said.");
    expect(text.author).toBeUndefined();
  });
});

describe("a related list's teaser stamps", () => {
  it("are passed over, and a headline that opens with the same words is kept", () => {
    const P = "The launch window opens at 6:45 a.m. local time, and the agency says weather is 80 percent favorable for the flight this week.";
    const page = parseScrape(["NASA sets launch date for crew flight", "", P, "", P.replace("6:45", "7:10"), "", "Related", "", "Council approves new budget", "", "3h ago", "", "Il y a 80 ans, la libération de Paris", "", "5h ago", "", "Storm knocks out power to thousands"].join("\n"));
    expect(page.related.map((r) => r.title)).toEqual(["Council approves new budget", "Il y a 80 ans, la libération de Paris", "Storm knocks out power to thousands"]);
  });
});


describe("a flat Read also box with the article's subheading under it", () => {
  it("takes the box's lines as related and keeps what follows as the article's (a short line under the box reads as one of its links)", () => {
    const P = (n: number) => `Paragraphe ${n} de l’article, qui raconte comment Sophie a quitté Paris pour ouvrir une librairie dans un village du Lot, et ce que cela a changé pour elle et les habitants.`;
    const page = parseScrape(["« J’ai quitté Paris pour ouvrir une librairie »", "", "Par Émilie Roux", "", P(1), "", P(2), "", "À LIRE AUSSI", "", "Reconversion : ces cadres qui deviennent artisans", "", "Des débuts difficiles", "", P(3), "", "« Aujourd’hui, je connais mes clients par leur prénom. C’est exactement ce que je cherchais. »", "", "© 2024 Vivre Magazine"].join("\n"));
    expect(page.related.map((r) => r.title)[0]).toBe("Reconversion : ces cadres qui deviennent artisans");
    expect(JSON.stringify(page.blocks)).toContain("Paragraphe 3");
  });
});

describe("a bare name, the place it was filed from and a stamp under the standfirst", () => {
  it("reads the writer and leaves the header out of the body (Rio de Janeiro (RJ), numeric stamp; Sevilla, Actualizado a …)", () => {
    const P = (n: number) => `Parágrafo ${n} do texto, que conta como o Palmeiras venceu o Botafogo por 3 a 1 na noite desta terça-feira e assumiu a liderança do campeonato a seis rodadas do fim.`;
    const pt = parseScrape(["Palmeiras vence o Botafogo - Jornal do Sul", "", "Início", "Esportes", "Política", "Economia", "", "Palmeiras vence o Botafogo e assume a liderança", "", "Verdão marcou duas vezes no segundo tempo e encerrou invencibilidade de 15 jogos do rival.", "", "Thiago Ferri", "", "Rio de Janeiro (RJ)", "", "05/11/2024 - 22:10", "", P(1), "", P(2), "", P(3)].join("\n"));
    expect(pt.author).toBe("Thiago Ferri");
    expect(JSON.stringify(pt.blocks)).not.toMatch(/Thiago Ferri|\(RJ\)/);
    expect(pt.lead).toMatch(/^Parágrafo 1/);
    const es = parseScrape(["El Gobierno aprueba ayudas - Diario del Sur", "", "Portada", "España", "Economía", "", "El Gobierno aprueba ayudas para pequeños comercios", "", "Rafael Moreno", "", "Sevilla", "", "Actualizado a 10 de marzo de 2024 23:58 h", "", P(1), "", P(2)].join("\n"));
    expect(es.author).toBe("Rafael Moreno");
    expect(es.updated?.toISOString()).toBe("2024-03-10T23:58:00.000Z");
  });
});

describe("hand-written text: an e-mail's sender, a signature, a typed table", () => {
  const P = "Temperatures are forecast to reach 33C in the borough on Wednesday and Thursday, and an amber heat-health alert has been issued for the whole region.";

  it("reads the sender of a pasted e-mail as its author", () => {
    const mail = parseScrape(["Subject: Heatwave advice for residents", "From: Dr Sam Patel, Director of Public Health", "Date: Mon, 7 Jul 2025 08:15:00 +0100", "", P, "", P].join("\n"));
    expect(mail.title).toBe("Heatwave advice for residents");
    expect(mail.author).toBe("Dr Sam Patel");
    expect(JSON.stringify(mail.blocks)).not.toMatch(/From:/);
  });

  it("takes a closing name and the signer's office for a signature, not related links", () => {
    const notice = parseScrape(["Heatwave advice for residents", "", P, "", P, "", "Dr Sam Patel", "Director of Public Health"].join("\n"));
    expect(notice.related).toEqual([]);
    expect(notice.author).toBe("Dr Sam Patel");
  });

  it("keeps a table typed with a header rule, whatever its cells hold", () => {
    const table = ["| From the mainland | From the island |", "|---|---|", "| 07:15 | 07:50 |", "| 10:30 | 11:05 |"];
    const words = ["| Day | Boat |", "| --- | --- |", "| Monday to Friday | MV Islander |", "| Weekends | MV Skerry |"];
    for (const rows of [table, words]) {
      const parsed = parseScrape(["Winter ferry timetable starts on 3 November", "", P, "", ...rows, "", P].join("\n"));
      const html = parsed.blocks.find((block) => block.kind === "html");
      expect(html?.kind === "html" && html.html).toMatch(/^<table><thead><tr><th>/);
      expect(html?.kind === "html" && html.html).toContain(`<td>${rows[2]!.split("|")[1]!.trim()}</td>`);
    }
  });
});

describe("a body that goes on past a box or a count of comments", () => {
  const read = (name: string) => parseScrape(readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), "utf8"));
  const text = (name: string) => JSON.stringify(read(name).blocks);

  it("goes on under a 'Read more' box when a list the text introduces and paragraphs follow it", () => {
    expect(text("read-more-box-over-list.txt")).toContain("18 March: tickets for 28 March");
    expect(text("read-more-box-over-list.txt")).toContain("tickets sell out within minutes every year");
    expect(read("read-more-box-over-list.txt").related.map((link) => link.title)).toContain("Eid holiday to last nine days this year");
  });

  // A Korean page (its prose reads as "maybe" text: the count's discount would have cost the paragraphs over the box).
  it("takes a comment count in the header's row of buttons for a button, not the comments' heading", () => {
    expect(text("comment-count-in-tool-row.txt")).toContain("서울시가 월세 부담을 덜어주기 위해");
    expect(text("comment-count-in-tool-row.txt")).toContain("자세한 내용은 서울주거포털");
    expect(text("comment-count-in-tool-row.txt")).not.toContain("댓글 더보기");
  });
});

describe("a kicker over the headline that the page's title names", () => {
  // An Iranian agency's rootitr ("Tehran's fire chief announced") over its headline, the page's <title> first.
  const P = "رئیس سازمان آتش‌نشانی و خدمات ایمنی شهرداری تهران با اشاره به آمار حوادث چهارشنبه‌سوری سال گذشته، از آماده‌باش کامل ۱۳۶ ایستگاه آتش‌نشانی پایتخت در شب سه‌شنبه خبر داد.";
  const headline = "هشدار آتش‌نشانی درباره چهارشنبه‌سوری: ۹۰ درصد مصدومان سال گذشته نوجوان بودند";
  it("takes the line the page's title names for the headline, not the kicker over it", () => {
    const page = [`${headline} - پایتخت‌نامه`, "", "صفحه اصلی", "سیاسی", "اجتماعی", "", "رئیس سازمان آتش‌نشانی تهران خبر داد", "", headline, "", P, "", P].join("\n");
    expect(parseScrape(page).title).toBe(headline);
  });
});

describe("a Medium post's header", () => {
  const P = "We cut our weekly meetings from eleven to two last spring, and the results surprised everyone on the team, including the people who had argued hardest for the change.";
  it("takes the writer's name, not the publication named under 'Published in'", () => {
    const page = ["Home", "", "What happened when we cancelled our meetings", "", "Dana Okafor", "·", "Follow", "Published in", "Better Teams", "7 min read", "Mar 14, 2025", "", P, "", P, "", P].join("\n");
    expect(parseScrape(page).author).toBe("Dana Okafor");
  });
});

describe("a standfirst over the byline and the stamp", () => {
  const P = "Roughly 38,000 people in Harlan Falls are under a boil water notice after a routine test found E. coli bacteria in a water sample collected Monday, city officials announced.";
  it("is the item's summary, the byline is read and neither is the text", () => {
    const page = ["Menu", "Search", "", "BREAKING: Boil water notice in effect for all of Harlan Falls. Latest updates here.", "", "Local News", "",
      "Harlan Falls boil water notice: What we know, and what we don't", "",
      "City officials say testing found E. coli in one sample from the city's distribution system. Here's what residents need to know.", "",
      "Author: Marcus Delaney", "Published: 4:22 PM CDT May 14, 2024", "", "Video above: City officials held a news conference Tuesday afternoon.", "", P, "", P, "", P].join("\n");
    const parsed = parseScrape(page);
    expect(parsed.author).toBe("Marcus Delaney");
    expect(parsed.summary).toMatch(/^City officials say testing found E\. coli/);
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/City officials say|Author:|Video above/);
    expect(parsed.captions).toEqual([]);
  });
});

describe("a blogger's box under a first name", () => {
  const P = "These lemon ricotta pancakes are the fluffiest I have ever made, and they come together in about twenty minutes with things you probably already have in the fridge.";
  it("ends the post when the writer greets the reader by that name, and not otherwise", () => {
    const boxed = ["Lemon ricotta pancakes", "", P, "", P, "", P, "", "About Megan", "Hi, I'm Megan! I'm a mom of three, a former pastry cook and the recipe developer behind this blog. I share easy recipes for busy families.", "", "Learn more about me →"].join("\n");
    expect(JSON.stringify(parseScrape(boxed).blocks)).not.toContain("I'm a mom of three");
    const place = ["Lemon ricotta pancakes", "", P, "", "About Sicily", "Sicily grows some of the best lemons in Europe, and the ones from the east coast near Catania are worth seeking out for this recipe.", "", P].join("\n");
    expect(JSON.stringify(parseScrape(place).blocks)).toContain("Sicily grows some of the best lemons");
    // The blogger's full name over a greeting in the blog's language; a name over a paragraph that only mentions it stays.
    const named = ["Risotto al limone", "", P, "", P, "", P, "", "Giulia Ferraresi", "", "Ciao, sono Giulia! Bolognese di nascita e torinese d'adozione, scrivo di ricette semplici per chi ha poco tempo.", "", "Potrebbe interessarti anche"].join("\n");
    expect(JSON.stringify(parseScrape(named).blocks)).not.toContain("Bolognese di nascita");
    const quoted = ["Lemon ricotta pancakes", "", P, "", "Maria Lopez", "", "Maria Lopez, who runs the bakery on the corner, says the trick is to fold the egg whites in at the very end.", "", P].join("\n");
    expect(JSON.stringify(parseScrape(quoted).blocks)).toContain("who runs the bakery");
  });
});

describe("a Blogger post under the blog's name and the day's date", () => {
  const P = "In part 1 I got the Tandberg opened up, cleaned decades of dust out of it, and replaced the perished idler tyre, which got the transport moving again but left the speed drifting.";
  it("takes the post's title, not the blog's name", () => {
    const page = ["Tapeheads and Tubes", "Restoring old audio gear, one dodgy capacitor at a time.", "Sunday, March 9, 2025", "Bringing a Tandberg 3300X back to life, part 2: the capstan motor", P, P.replace("part 1", "the first part"), "Posted by Gareth Owen at 10:42 AM", "Email This", "BlogThis!"].join("\n\n");
    const parsed = parseScrape(page);
    expect(parsed.title).toBe("Bringing a Tandberg 3300X back to life, part 2: the capstan motor");
    expect(parsed.published?.toISOString().slice(0, 10)).toBe("2025-03-09");
    expect(JSON.stringify(parsed.blocks)).not.toContain("Restoring old audio gear");
  });
});

describe("a game story's 'Up next'", () => {
  const P = "Shai Gilgeous-Alexander scored 34 points and the Oklahoma City Thunder beat the Denver Nuggets 118-109 on Sunday night for their fifth straight win.";
  it("is the story's own closing section when teams' next games follow it", () => {
    const page = ["Gilgeous-Alexander scores 34, Thunder beat Nuggets", "", P, "", P.replace("fifth", "sixth"), "", "Up next", "", "Thunder: At Portland on Tuesday night.", "", "Nuggets: Host Sacramento on Tuesday night."].join("\n");
    expect(JSON.stringify(parseScrape(page).blocks)).toContain("Thunder: At Portland on Tuesday night.");
  });
});

describe("a related box with its cards' kickers and dates in the middle of the text, under a subscribe bar", () => {
  it("goes to the related links, and the text goes on under it", () => {
    const page = readFileSync(new URL("../../fixtures/pages/related-cards-under-subscribe-bar.txt", import.meta.url), "utf8");
    const parsed = parseScrape(page);
    const text = JSON.stringify(parsed.blocks);
    expect(text).toContain("The biggest question raised during nearly three hours of public comment was money.");
    expect(text).not.toMatch(/REAL ESTATE NEWS|Sacramento rents fell slightly|February 20, 2025/);
    expect(parsed.related.map((link) => link.title)).toContain("Sacramento rents fell slightly in 2024. Will that last?");
  });
});

describe("insets in the text: a label over one linked title, a box of question headlines", () => {
  const P = "Banjir merendam ratusan rumah di Bekasi sejak Jumat pagi setelah hujan deras mengguyur wilayah hulu, kata petugas penanggulangan bencana kepada wartawan di lokasi.";
  it("takes the title under a repeated 'Baca juga:' label as a related link, whatever its punctuation", () => {
    const page = ["Banjir rendam ratusan rumah di Bekasi", "", P, "", "Baca juga:", "Jakarta Siaga Banjir, 23 RT Tergenang Pagi Ini", "", P.replace("Jumat", "Sabtu"), "", "Baca juga:", "BMKG Peringatkan Cuaca Ekstrem di Jawa Barat hingga 20 Maret", "", P.replace("Jumat", "Minggu"), "", P.replace("Jumat", "Senin")].join("\n");
    const parsed = parseScrape(page);
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/Jakarta Siaga Banjir|BMKG Peringatkan/);
    expect(parsed.related.map((link) => link.title)).toContain("Jakarta Siaga Banjir, 23 RT Tergenang Pagi Ini");
    expect(JSON.stringify(parsed.blocks)).toContain("Minggu pagi");
  });

  it.each(["Soma pia:", "BASAHIN:", "קראו גם:"])("reads the label in more languages: %s", (label) => {
    const page = ["Banjir rendam ratusan rumah di Bekasi", "", P, "", label, "Jakarta Siaga Banjir, 23 RT Tergenang Pagi Ini", "", P.replace("Jumat", "Sabtu"), "", P.replace("Jumat", "Minggu")].join("\n");
    const parsed = parseScrape(page);
    expect(parsed.related.map((link) => link.title)).toContain("Jakarta Siaga Banjir, 23 RT Tergenang Pagi Ini");
    expect(JSON.stringify(parsed.blocks)).not.toContain("Jakarta Siaga Banjir");
  });
});

describe("a hand-written poem and a German dateline", () => {
  it("keeps every stanza of a poem under its introduction", () => {
    const intro = "I wrote this after a walk along the river last October. The heron was there every morning that week, always on the same stone.";
    const stanzas = ["Grey as the morning\nhe stands on the stone,\none leg folded under,\nthe river his own.", "The water goes over\nthe weir like a sheet,\nand he watches it going\nwith patience complete.", "I stood on the towpath\nand held my breath too,\nas if by my stillness\nI'd learn what he knew.", "Then a flash, and a silver\nfish gone in his beak,\nand the stone stood empty\nthe rest of the week."];
    const parsed = parseScrape(["The Heron at Dunmore Weir", "by Patrick Keogh", "", intro, "", ...stanzas.flatMap((stanza) => [stanza, ""])].join("\n"));
    const text = JSON.stringify(parsed.blocks);
    expect(text).toContain("the rest of the week.");
    expect(text).toContain("with patience complete.");
    expect(parsed.author).toBe("Patrick Keogh");
  });

  it("dates a German item by its dotted dateline", () => {
    const parsed = parseScrape("Dorffest in Oberwinkel wieder ein voller Erfolg\n\nOberwinkel, 15.07.2024 – Rund 1.500 Besucherinnen und Besucher kamen am vergangenen Wochenende zum traditionellen Dorffest auf den Marktplatz.\n\nTrotz eines kurzen Gewitters am Samstagabend blieb die Stimmung bis in die Nacht hinein ausgelassen.");
    expect(parsed.published?.toISOString()).toBe("2024-07-15T00:00:00.000Z");
  });
});

describe("a family's obituary", () => {
  it("takes the name for the title, not the life's span under it", () => {
    const P = "It is with great sadness that we announce the death of our Dad, Grandad and Great-Grandad, who died peacefully at home in Eastleigh on 2 January, aged 86.";
    const parsed = parseScrape(["George Albert Miller", "14 March 1937 - 2 January 2024", "", P, "", P.replace("Eastleigh", "Southampton")].join("\n"));
    expect(parsed.title).toBe("George Albert Miller");
  });
});

describe("related headlines set apart by a wide gap, past the page's furniture", () => {
  const paragraphs = [
    "The council approved the harbour plan on Tuesday after a debate that lasted more than six hours and ended with a narrow vote of five to four.",
    "Work on the new sea wall will start in the spring and is expected to take two years, the harbour master said at a meeting on Wednesday.",
    "Residents who objected to the plan said they would ask the county to review the decision before the end of the month, their lawyer said.",
  ];
  const related = ["Harbour master warns of winter storm damage", "Ferry timetable changes from next Monday", "Fishing fleet returns after record season"];
  it.each([
    ["a tags line", ["Tags: Harbour, Council, Planning"]],
    ["a wire's credits", ["Reporting by Jane Doe; Editing by John Roe"]],
    ["a share box", ["Share this:", "Click to share on X (Opens in new window)", "Like this:", "Like Loading..."]],
  ])("reads them past %s", (_, furniture) => {
    const page = ["Harbour plan approved", "", ...paragraphs.flatMap((p) => [p, ""]), ...furniture, "", "", "", "", "", "", ...related, "Powered by : © 2024 Example Hosting. All rights reserved"];
    expect(parseScrape(page.join("\n")).related.map((r) => r.title)).toEqual(related);
  });

  it("takes no lone line under the gap for a list (a comment form's field)", () => {
    const page = ["Harbour plan approved", "", ...paragraphs.flatMap((p) => [p, ""]), "Leave a Reply", "", "", "", "", "Email (required) (Address never made public)", "", "© 2024 Example News"];
    expect(parseScrape(page.join("\n")).related).toEqual([]);
  });
});

describe("a byline only a meta row's reading names", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  it("finds the writer in a theme's row under the headline and in a BBC-style 'Autor,' field", () => {
    const themed = parseScrape(["Ben's notes", "", "Posts", "", "Harbour works begin next month, and what I would do differently", "", "March 3, 2024 · 9 min · 1847 words · Ben Okafor | Suggest Changes", "", P, "", P, "", P].join("\n"));
    expect(themed.author).toBe("Ben Okafor");
    expect(themed.published?.toISOString()).toBe("2024-03-03T00:00:00.000Z");
    const labelled = parseScrape(["Noticias", "", "Las obras del puerto empiezan el mes próximo", "", "Autor, Valentina Oropeza Ruiz", "", "Título del autor, BBC News Mundo", "", "30 diciembre 2020", "", P, "", P, "", P].join("\n"));
    expect(labelled.author).toBe("Valentina Oropeza Ruiz");
  });
});

describe("dates a page prints that are not the article's", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  it("reads the stamp over the headline, not the day the writer joined the site on the card under the post, nor a review's score", () => {
    const page = ["DEV Community", "", "Log in", "Kwame Mensah", "Posted on Oct 15, 2024", "", "Harbour works begin next month", "", P, "", P, "", P, "", "Kwame Mensah", "Joined", "Mar 3, 2021", "", "More from Kwame Mensah"].join("\n");
    expect(parseScrape(page).published?.toISOString()).toBe("2024-10-15T00:00:00.000Z");
    const scored = ["Reviews", "", "Harbour works begin next month", "", "8.6/10", "", "Our score", "", P, "", P, "", P].join("\n");
    expect(parseScrape(scored).published).toBeUndefined();
  });
});

describe("the lead photo's caption and credit over the byline, blank lines between, a kicker over the headline", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  const Q = "Residents who had campaigned for a decade against the plan said they would keep watching the works closely, and asked for monthly public reports on the noise.";
  it("takes a caption over a bracketed agency's credit and a bare byline, however many buttons stand under them", () => {
    const buttons = ["Comments", "Share on Facebook", "Share on X", "Share on WhatsApp", "Email", "Bookmark", "Print", "Gift article"];
    const page = ["News", "", "Harbour works begin next month after a decade of delays", "", "Commuters at London Bridge station during the morning rush hour", "", "(PA Wire)", "",
      "Helen Marsh", "", "Transport Correspondent", "", "Wednesday 26 November 2025 06:00 GMT", "", "Updated 09:31 GMT", "", ...buttons.flatMap((b) => [b, ""]), P, "", Q, "", P].join("\n");
    const parsed = parseScrape(page);
    expect(parsed.captions).toEqual(["Commuters at London Bridge station during the morning rush hour (PA Wire)"]);
    expect(parsed.author).toBe("Helen Marsh");
    expect(parsed.lead).toBe(P);
  });

  it("takes a caption over its credit and the byline, blank lines between, for no lead", () => {
    const page = ["News", "", "Harbour works begin next month after a decade of delays", "", "Work on the harbour wall, which will carry the new promenade across the bay.", "", "Credit: Nick Moir", "", "By Lucy Tran", "", "August 12, 2025 — 5.00am", "", P, "", Q].join("\n");
    const parsed = parseScrape(page);
    expect(parsed.captions[0]).toMatch(/^Work on the harbour wall/);
    expect(parsed.lead).toBe(P);
  });

  it("takes the headline under a kicker of a few words, and a short headline over its standfirst", () => {
    const kicked = parseScrape(["Nachrichten", "", "Sanierung der Bahn", "", "Was Pendler zur Sperrung zwischen Hamburg und Berlin wissen müssen", "", "Von Jana Albrecht", "", "Die Sanierung der Bahn zwischen Hamburg und Berlin beginnt im August und dauert bis April, teilte die Bahn am Montag in Berlin mit.", "", "Pendler müssen sich auf Busse und längere Fahrzeiten einstellen, die Bahn rät zu frühen Buchungen und zu Geduld auf den Bahnsteigen."].join("\n"));
    expect(kicked.title).toBe("Was Pendler zur Sperrung zwischen Hamburg und Berlin wissen müssen");
    const standfirst = parseScrape(["Home", "World", "Business", "", "Harbour works approved", "", "The council's plan for the harbour arrives next week with new money for the promenade.", "", "By Jane Doe", "", P, "", Q].join("\n"));
    expect(standfirst.title).toBe("Harbour works approved");
  });
});

describe("the article's subheading under a related box's links", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  const Q = "Residents who had campaigned for a decade against the plan said they would keep watching the works closely, and asked for monthly public reports on the noise.";
  const page = (under: string) => ["News", "", "Harbour works begin next month after a decade of delays", "", "By Jane Doe", "", P, "", Q, "", "Read more", "", "Harbour board chair resigns after a year of rows over the budget and the plan", "", under, "", P, "", Q].join("\n");

  it("heads the next paragraph when shorter than the box's links", () => {
    const parsed = parseScrape(page("What happens to the ferry?"));
    expect(parsed.blocks).toContainEqual({ kind: "heading", text: "What happens to the ferry?" });
    expect(parsed.related.map((link) => link.title)).toEqual(["Harbour board chair resigns after a year of rows over the budget and the plan"]);
  });

  it("stays a link when it reads as a headline, a clause after its comma", () => {
    const parsed = parseScrape(page("Ferry Cut To Two Sailings, Says Operator"));
    expect(parsed.related.map((link) => link.title)).toContain("Ferry Cut To Two Sailings, Says Operator");
  });
});

describe("a sign-up box in the middle of the article, its blurb over its button", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  const LONG = "The ministry has said it will take a reform to parliament to regulate these contracts, which would oblige the owner to justify the short term and would extend the price limits of the stressed areas to them; a partner of the government has tabled a bill of its own that goes further and will be debated next month.";
  const box = ["Newsletter", "", "The Harbour Bulletin: the most important news of the port, every morning in your inbox", "", "Sign up", ""];
  it("goes on past the box, a subheading over a long paragraph under it", () => {
    const parsed = parseScrape(["News", "", "Harbour works begin next month after a decade of delays", "", "By Jane Doe", "", P, "", P, "", ...box, "A reform in parliament", "", LONG, "", LONG.replace("ministry", "minister"), "",
      "Correction", "", "An earlier version of this article gave the wrong name for the port's operator.", "", "Follow all the news from the port on Facebook and X, or in our weekly newsletter.", "", "Filed under", "", "Harbour", "", "Housing", "", "© 2025 Harbour Gazette"].join("\n"));
    expect(parsed.blocks).toContainEqual({ kind: "heading", text: "A reform in parliament" });
    expect(parsed.blocks).toContainEqual({ kind: "paragraph", text: LONG });
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/Harbour Bulletin|Sign up/);
  });

  it("keeps the sections under a newspaper's mid-article newsletter box", () => {
    const page = readFileSync(new URL("../../fixtures/pages/signup-box-mid-article.txt", import.meta.url), "utf8");
    const parsed = parseScrape(page);
    expect(parsed.blocks).toContainEqual({ kind: "heading", text: "Una reforma en el Congreso" });
    expect(JSON.stringify(parsed.blocks)).toMatch(/Andrea Gil ha puesto una alarma/);
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/El boletín de Madrid|Apúntate/);
  });

  it("stops at the box when only a promo's short blurb stands under its heading", () => {
    const parsed = parseScrape(["News", "", "Harbour works begin next month after a decade of delays", "", "By Jane Doe", "", P, "", P, "", ...box, "Take us with you", "", "Real-time updates and all local stories you want right in the palm of your hand.", "", "© 2025 Harbour Gazette"].join("\n"));
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/Take us with you|palm of your hand/);
  });
});

describe("a headline in title case in two sentences, under a blog platform's top bar", () => {
  const P = "Two years ago my friend and I started a small app for tracking the books you lend to friends, and we split it into seven services because that is what we did at work.";
  const Q = "Last autumn we merged all seven back into one process, and the app has been faster, cheaper and easier to change ever since, which is what this post is about.";
  it("takes the title-case headline with its stops, not the platform's 'Open in app'", () => {
    const parsed = parseScrape(["Open in app", "", "Sign up", "", "Sign in", "", "Write", "", "We Moved Our Side Project Back to a Monolith. Here’s What Happened.", "",
      "Seven services, two developers, and the quarter we spent on the cluster instead of the app.", "", "Hannah Okafor", "", "Follow", "", "6 min read", "", "Jan 27, 2025", "", P, "", Q].join("\n"));
    expect(parsed.title).toBe("We Moved Our Side Project Back to a Monolith. Here’s What Happened.");
  });
});

describe("a writer's name over the job under it, no stamp near", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  it("takes the name, never the job's first words", () => {
    const parsed = parseScrape(["Tutorials", "", "How To Set Up a Reverse Proxy on a Small Server", "", "Marta Szymańska", "Senior Technical Writer", "", "English", "", P, "", P].join("\n"));
    expect(parsed.author).toBe("Marta Szymańska");
  });
});

describe("a short headline over a standfirst with no closing stop", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  it("stays the headline: the kicker rule wants a headline's length under it", () => {
    const parsed = parseScrape(["Technology", "", "Apple sues Epic", "", "The iPhone maker says the game developer broke its contract with a new payment system on its store", "", "By Jane Doe", "", P, "", P].join("\n"));
    expect(parsed.title).toBe("Apple sues Epic");
  });
});

describe("a sponsor's box in a newsletter's text", () => {
  const P = "A few weeks ago a reader who works in a council's highways department wrote to tell me that the whole resurfacing programme for her city is planned in a single workbook.";
  const Q = "It has forty-three tabs, and one of them is called DO NOT TOUCH, after the colleague who built it and who retired five years ago without telling anyone how it works.";
  it("takes no co-published story's headline for a sponsor's blurb, over a link to its translation", () => {
    const { units } = classifyPage(toUnits(["News", "", "In partnership with The Texas Tribune", "", "Harbour works begin next month after a decade of delays", "", "The port's long wait is over, the council says", "", "Leer en español →", "", "By Jane Doe", "", P, "", Q].join("\n")));
    expect(units.find((unit) => unit.text.startsWith("Harbour works"))!.furniture).toBe(false);
    expect(units.find((unit) => unit.text.startsWith("The port's"))!.furniture).toBe(false);
  });

  it("leaves out the label, the blurb and the button, and keeps an obituary's family note", () => {
    const parsed = parseScrape(["The Spreadsheet Letter", "", "The workbook that runs a city", "", "By Jane Doe", "", P, "", "Together with Ledgerly", "", "Your finance team deserves better than forty-three tabs. Ledgerly turns the spreadsheets your organisation already runs on into shared workflows.", "", "Try Ledgerly free →", "", Q, "", P].join("\n"));
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/Ledgerly/);
    expect(JSON.stringify(parsed.blocks)).toContain("forty-three tabs, and one of them");
  });
});

describe("a video's chapters in the text", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  it("leaves out the label and the chapters from zero, and keeps a live blog's posts under their clocks", () => {
    const parsed = parseScrape(["News", "", "Harbour works begin next month after a decade of delays", "", "By Jane Doe", "", P, "", "Key moments", "", "0:00 First ferry leaves the quay", "", "0:38 Inside the new terminal", "", "1:12 Commuters react", "", P.replace("Tuesday", "Monday")].join("\n"));
    expect(JSON.stringify(parsed.blocks)).not.toMatch(/Key moments|First ferry|Inside the new terminal|Commuters react/);
    const live = parseScrape(["News", "", "Harbour works: live updates as the quay closes", "", "By Jane Doe", "", P, "", "10:42 Police close the quay road", "", P.replace("Tuesday", "Monday"), "", "11:05 Ferries switch to the southern basin", "", P.replace("Tuesday", "Friday")].join("\n"));
    expect(JSON.stringify(live.blocks)).toContain("Police close the quay road");
  });
});

describe("a wire agency before its stamp", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  it("reads the agency as the writer, not the follow button under it", () => {
    expect(parseScrape(["News", "", "Harbour works begin next month after a decade of delays", "", "IANS | Updated: Jul 13, 2021 18:05 IST", "", "Follow Us", "", P, "", P].join("\n")).author).toBe("IANS");
  });
});

describe("a reader mode's header: the writer over the reading time", () => {
  const P = "The council said on Tuesday that the long-delayed harbour works would begin next month, after the last objections were settled in court and the money was found.";
  it("reads the writer, not a section's label over the name", () => {
    expect(parseScrape(["Harbour works begin next month after a decade of delays", "", "harbourgazette.com", "", "Tessa Lindgren", "", "9–11 minutes", "", P, "", P].join("\n")).author).toBe("Tessa Lindgren");
    expect(parseScrape(["Harbour works begin next month after a decade of delays", "", "Middle East", "", "Tessa Lindgren", "", "11 min read", "", P, "", P].join("\n")).author).toBe("Tessa Lindgren");
  });
});

describe("a brief's end before a rail of teasers", () => {
  const P = "A 34-year-old man faces felony charges after leading deputies on a chase through two towns late Tuesday, the sheriff's office said on Wednesday morning.";
  const Q = "He was booked into the county jail on suspicion of fleeing an officer and operating while revoked, and was held on a cash bond pending his first court date.";
  const rail = ["More Crime & Courts", "", "Jury finds man guilty in 2023 hit-and-run that killed a cyclist on the lake road", "",
    "After roughly five hours of deliberation, a jury on Friday convicted a 41-year-old man of hit-and-run causing death, homicide by negligent driving and two counts of bail jumping.", "", "Mar 10, 2025", "",
    "Police: Teen cited after BB gun prompts brief lockdown at the high school", "", "Officers responded to the school after a student reported seeing what looked like a handgun in a backpack; no one was hurt, and classes resumed within the hour.", "", "Mar 7, 2025"];
  it("ends at the writer's contact line, or at the newsroom's links", () => {
    const contact = parseScrape(["Crime", "", "Man faces charges after chase through two towns", "", "By Kayla Brandt", "", P, "", Q, "", "Contact Kayla Brandt at kbrandt@example.com or 920-555-0187.", "", ...rail].join("\n"));
    expect(JSON.stringify(contact.blocks)).not.toMatch(/hit-and-run|BB gun/);
    const links = parseScrape(["Crime", "", "Man faces charges after chase through two towns", "", "By Kayla Brandt", "", P, "", Q, "", "Report an error", "", "Policies and Standards", "", ...rail].join("\n"));
    expect(JSON.stringify(links.blocks)).not.toMatch(/hit-and-run|BB gun/);
  });
});

describe("a columnist's name over the job in a word", () => {
  const P = "Szkoła od lat obiecuje, że nauczy myślenia, a wciąż uczy przede wszystkim zapamiętywania dat, nazwisk i definicji, które po egzaminie szybko znikają z pamięci.";
  it("reads the name over 'Publicysta, …', and no author-page link for a name", () => {
    expect(parseScrape(["Opinie", "", "Szkoła, która nie uczy myślenia", "", "Tomasz Wierzbicki", "", "Publicysta, przez 18 lat nauczyciel historii", "", P, "", P].join("\n")).author).toBe("Tomasz Wierzbicki");
    expect(bareNameByline("Tüm Yazıları")).toBeNull();
  });
});

describe("a sign-up box with tick boxes in the middle of a story", () => {
  const P = "The bundle includes a controller, a streaming stick to plug into your television, and three months of the paid tier, which streams at up to 4K resolution.";
  const Q = "At launch there are twenty-two games to buy, along with one exclusive, and subscribers to the paid tier get a free game every month for as long as they pay.";
  it("is the box's, and the article goes on under it", () => {
    const article = parseScrape(["Gaming", "", "Streaming service review: the future of games, not quite here yet", "", "By Owen Hartley", "", P, "", P, "",
      "Sign up to get the best content of the week, and great gaming deals, as picked by the editors.", "",
      "Contact me with news and offers from other brands", "Receive email from us on behalf of our trusted partners or sponsors", "Sign me up", "",
      "What games can you play?", "", Q, "", Q].join("\n"));
    const text = JSON.stringify(article.blocks);
    expect(text).toContain("What games can you play?");
    expect(text).toContain("free game every month");
    expect(text).not.toMatch(/Contact me|on behalf of|Sign me up/);
  });
  it("leaves a sentence that asks the same of someone else alone", () => {
    expect(isSignUpLine("Please contact me with any news, she wrote to the council in March, and heard nothing back.")).toBe(false);
    expect(isSignUpLine("Receive email from us on behalf of our trusted partners or sponsors")).toBe(true);
  });
});

describe("a headline of two sentences in title case", () => {
  const P = "Standing at the top of the stairs that used to lead to the beach behind her house, Barbara Ketterman points to the spot where the bottom step used to be.";
  const Q = "Lake Michigan is near its highest level since record-keeping began, after several years of heavy rain and snow across the region's watersheds.";
  it("is the headline, with no page title line to lean on", () => {
    const article = parseScrape(["News", "Politics", "Environment", "Arts & Culture", "Donate", "", "High Water Is Eating Away At the Beaches. Towns Are Running Out Of Options.", "", "By Daniel Okafor • Nov 19, 2019", "", P, "", Q, "", Q, "", P, "", Q, "", "© 2019 Lakeshore Public Radio"].join("\n"));
    expect(article.title).toBe("High Water Is Eating Away At the Beaches. Towns Are Running Out Of Options.");
  });
  it("is not a paragraph of two sentences", () => {
    const article = parseScrape(["Environment", "", "Towns race to save their beaches", "", "The lake is rising again this year. The town has run out of sand to put back.", "", P, "", Q].join("\n"));
    expect(article.title).toBe("Towns race to save their beaches");
  });
});

describe("a photo's credit printed over its caption", () => {
  const P = "Standing at the top of the stairs that used to lead to the beach behind her house, Barbara Ketterman points to the spot where the bottom step used to be.";
  const Q = "Lake Michigan is near its highest level since record-keeping began, after several years of heavy rain and snow across the region's watersheds.";
  const caption = "A section of the bluff at the state park collapsed into the lake in October. Water levels are near record highs.";
  it("makes the line under it the caption, over the lead and in the body", () => {
    for (const [credit, at] of [["Credit Daniel Okafor / WLPR", 0], ["Photo credit: Daniel Okafor", 1]] as const) {
      const photo = [credit, caption, ""];
      const article = parseScrape(["Environment", "", "Towns race to save their beaches as the lake rises", "", "By Daniel Okafor • Nov 19, 2019", "",
        ...(at === 0 ? photo : []), P, "", Q, "", ...(at === 1 ? photo : []), Q, "", P].join("\n"));
      expect(article.captions[0]).toContain("collapsed into the lake in October");
      expect(JSON.stringify(article.blocks.filter((b) => b.kind === "paragraph"))).not.toContain("collapsed into the lake");
      expect(article.lead).toBe(P);
    }
  });
  it("leaves a paragraph under a photo's credit with a blank between alone", () => {
    const article = parseScrape(["Environment", "", "Towns race to save their beaches as the lake rises", "", "By Daniel Okafor • Nov 19, 2019", "", P, "", "Credit Daniel Okafor / WLPR", "", Q, "", P].join("\n"));
    expect(JSON.stringify(article.blocks)).toContain("near its highest level");
  });
});

describe("a Japanese story signed by its bureau, over the section's rail", () => {
  const P = "北海道内の秋サケ漁が三年連続の不漁となる見通しとなった。水産試験場がまとめた速報値によると、今季の漁獲量は前年をさらに下回り、記録が残る中で最も少ない水準となった。";
  const Q = "市の担当者は「漁業だけでなく、加工、運送、観光まで影響が広がっている。国や道とも連携して支援策を考えたい」と話している。";
  const R = "地域別では、日本海側と太平洋側の落ち込みが特に大きい。定置網漁業者は「網を上げても空っぽの日が続く。燃料代を考えると出漁するほど赤字になる」と肩を落とす。";
  const S = "不漁の影響は価格にも表れている。卸売市場では、秋サケの卸値が一キロ当たり七百円前後と、五年前の約二倍に高騰した。加工会社は年末向けの製品を例年の六割程度しか確保できていないという。";
  const page = ["ホーム", "経済", "社会", "スポーツ", "", "秋サケ、三年連続の不漁へ　道南で落ち込み顕著", "", "2019年11月20日 10時12分", "", P, "", R, "", S, "", Q, "",
    "（函館支局　佐藤健太）", "", "ツイート", "シェア", "", "経済の最新ニュース", "", "道内企業の冬のボーナス、二年ぶり減少", "函館空港の国際線、来月から増便",
    "新幹線の延伸工事で新トンネル貫通", "", "会社案内", "個人情報の取り扱い"].join("\n");
  it("reads the reporter as the author and ends the story before the rail", () => {
    const article = parseScrape(page);
    expect(article.author).toBe("佐藤健太");
    const text = JSON.stringify(article.blocks);
    expect(text).not.toMatch(/函館支局|ボーナス|増便/);
    expect(text).toContain("支援策を考えたい");
  });
});

describe("a tabloid's summary points between its headline and byline", () => {
  const headline = "'I'm not giving up my till for anyone!' Grandmother, 71, who scooped £1million on a scratchcard is back behind the counter of her village shop - and says her only splurge so far is a new kettle";
  const points = ["Margaret Hughes bought the £5 card during her lunch break at the shop in October", "The pensioner from near Barnsley says she'll keep working four mornings a week",
    "She has shared money with her three children but says she 'doesn't need a yacht'", "Regulars at the shop say she was 'back at work the very next morning'"];
  const lead = "A grandmother who scooped £1million on a scratchcard has revealed she has no intention of quitting her job at the village shop where she bought the winning ticket.";
  const more = ["Margaret Hughes, 71, was on her lunch break at the village stores near Barnsley when she scratched the card and realised she had matched three symbols.",
    "The mother-of-three, who has worked at the shop four mornings a week for 22 years, said she had to sit down on an upturned crate to steady herself.",
    "'I thought I'd read it wrong, so I put my glasses on and read it again,' she said. 'Then I called my manager over and she screamed.'"];
  for (const [layout, bullet] of [["flat", ""], ["laid out", "* "]] as const) {
    it(`are the header's, not the headline nor the text (${layout})`, () => {
      const article = parseScrape(["Home", "News", "Sport", "TV&Showbiz", "", headline, "", ...points.map((p) => bullet + p), "", "By SOPHIE LANGTON FOR THE COURIER",
        "", "PUBLISHED: 14:32 GMT, 19 November 2019 | UPDATED: 16:05 GMT, 19 November 2019", "", lead, "", ...more.flatMap((p) => [p, ""]), "Share or comment on this article"].join("\n"));
      expect(article.title).toBe(headline);
      expect(JSON.stringify(article.blocks)).not.toContain("lunch break at the shop in October");
      expect(article.lead).toBe(lead);
    });
  }
  it("leaves a list in the text alone", () => {
    const article = parseScrape(["Home", "News", "", "Village shop worker keeps her job after scratchcard win", "", "By SOPHIE LANGTON", "", lead, "", "She listed what she would buy:", ...points, "", ...more.flatMap((p) => [p, ""])].join("\n"));
    expect(JSON.stringify(article.blocks)).toContain("lunch break at the shop in October");
  });
});

describe("a bare name over the writer's contact links and the stamp, under the lead photo's caption", () => {
  const P = "The average monthly rent across the country has passed €1,400 for the first time, after prices rose in every county over the past year, a new report shows.";
  const Q = "While the rate of increase has slowed in the capital, rents are now rising fastest in counties that had seen little pressure until recently, the report found.";
  it("reads the name as the author", () => {
    const article = parseScrape(["News", "Irish News", "Dublin 7°C", "", "Rents rise in every county as average monthly cost passes €1,400 for first time", "",
      "Leitrim and Longford record biggest annual increases as supply shortage spreads beyond the cities", "",
      "Apartments under construction in the docklands. Rents in the capital are now 36pc higher than at the last peak. Photo: Frank McGrath", "",
      "Aoife Brennan", "Twitter", "Email", "January 15 2020 06:30 AM", "", "Facebook", "Twitter", "WhatsApp", "", P, "", Q, "", P, "", Q].join("\n"));
    expect(article.author).toBe("Aoife Brennan");
    expect(article.title).toBe("Rents rise in every county as average monthly cost passes €1,400 for first time");
  });
});

describe("a blog whose `<title>` line sets its name before the post's title", () => {
  const P = "A few weeks ago a friend at the club handed me a shoebox and said to see what I could do with it. Inside was an old locomotive in maroon, probably from the early sixties, along with a tired tender and a lot of fluff.";
  const Q = "The body comes off with a single screw underneath, just in front of the rear wheels. Once it was off it was obvious why she did not run: the motor was packed with a grey paste of old oil and carpet fluff.";
  const page = ["Harbour Loft Railway: Bringing an old engine back to life", "", "Harbour Loft Railway", "",
    "Notes about small gauge trains, old tin engines and a layout that will never be finished.", "", "Sunday, 17 March 2019", "",
    "Bringing an old engine back to life", "", P, "", Q, "", P, "", Q, "", "Posted by Geoff at 21:14", "", "3 comments:", "", "Labels: restoration, motors"].join("\n");
  it("takes the post's title, not the blog's name printed as its masthead", () => {
    expect(parseScrape(page).title).toBe("Bringing an old engine back to life");
  });
  it("reads the author from the post's footer, not the blog's name over its tagline and the post's date", () => {
    expect(parseScrape(page).author).toBe("Geoff");
  });
});

describe("a post's table of contents between its header and its text, laid out", () => {
  const intro = "I have been running a DNS filter on a Raspberry Pi for about four years. It has been rock solid, but over the holidays I moved the last few services onto my small Proxmox box, and while I was at it I decided to switch to AdGuard Home. This is a write-up of why and how.";
  const why = "Three things pushed me to switch. First, I wanted encrypted upstream DNS without bolting another daemon on the side. Second, I liked the idea of settings per client, so the tablets get a stricter filter than my work laptop does.";
  const install = "Everything on the Proxmox host lives in a container running Docker, so the install was just another compose file, and the first-run wizard asked for little more than a port and a password.";
  const later = "A week later the switch has been uneventful, which is the best thing I can say about DNS. The query log is nicer than the old one and the per-client rules work as promised.";
  const page = ["  example.dev", "", "    * Posts", "    * Projects", "    * About", "", "  Replacing Pi-hole with AdGuard Home on my homelab", "", "  January 16, 2022", "",
    "  Table of Contents", "", "    * Why switch at all?", "    * Installing with Docker Compose", "    * A week later", "", `  ${intro}`, "", "  Why switch at all?", "", `  ${why}`, "",
    "  Installing with Docker Compose", "", `  ${install}`, "", "  A week later", "", `  ${later}`].join("\n");
  it("takes the headline, not an entry nor the subheading it names, whose words the text repeats", () => {
    const article = parseScrape(page);
    expect(article.title).toBe("Replacing Pi-hole with AdGuard Home on my homelab");
    expect(JSON.stringify(article.blocks)).toContain("Three things pushed me");
  });
});

describe("a comments button in the header's row, the byline split over lines under it", () => {
  const paragraphs = [
    "Residents have warned that one of the town's best-loved parks could fall into ruin after the council confirmed it is considering cutting its grounds maintenance budget by almost a third.",
    "The authority has published a list of savings proposals as it tries to close a gap in its budget over the next four years, and among them is a plan to reduce grass cutting in parks.",
    "\"People in this town are proud of the park,\" said the chairwoman of the friends group. \"If the beds are left to go wild then people will stop coming, and once that happens it is very hard to win them back.\"",
    "Council documents show the authority hopes to save millions from its environment budget next year, and the proposals will go out to public consultation later this month.",
    "The consultation on the budget proposals will run until January, and a final budget is due to be agreed at a full council meeting in February.",
    "Residents can take part online on the council's website or at any library in the borough, and paper copies will be available at the town hall.",
  ];
  const page = ["Home", "News", "Sport", "", "Residents fear for future of much-loved park after council budget cuts", "", "Council says it must save millions from its environment budget next year", "",
    "Bookmark", "", "Share", "", "Comments", "", "News", "By", "Hannah Whitcombe", "Local Democracy Reporter", "06:00, 14 NOV 2022", "",
    paragraphs[0], "", paragraphs[1], "", "Read More", "Related Articles", "Family's heartbreak after dog dies on railway line", "Pub named one of the best in the country", "",
    paragraphs[2], "", paragraphs[3], "", "Read More", "Related Articles", "Plans for 150 new homes approved despite objections", "Council leader responds to calls to resign", "",
    paragraphs[4], "", paragraphs[5], "", "Comments", "Join the conversation", "27", "", "Most Read", "Christmas lights switch-on dates for 2022"].join("\n");
  it("keeps the whole text, over and under the related boxes", () => {
    const text = JSON.stringify(parseScrape(page).blocks);
    for (const paragraph of paragraphs) expect(text).toContain(paragraph.slice(0, 40));
    expect(text).not.toContain("Join the conversation");
  });
});

describe("a photo's credit with its © before the photo's word, under the lead photo's caption", () => {
  const P = "Um halb elf am Vormittag ist es in Reine noch blau. Nicht dunkel, nicht hell, sondern blau: Das Wasser im Hafen, die verschneiten Hänge und die roten Fischerhütten liegen in einem kalten Licht.";
  const Q = "Ingrid Olsen, die in Reine eine kleine Pension betreibt, steht mit einer Tasse Kaffee am Fenster und zeigt auf einen Bergkamm im Süden, hinter dem die Sonne bald wieder aufgehen wird.";
  const page = ["Reisen", "Europa", "", "Wo das Licht zurückkehrt", "", "Von Anna Sommer", "Veröffentlicht am 15.07.2019", "", "Facebook", "WhatsApp", "",
    "Nach Wochen der Polarnacht steht die Sonne Anfang Februar wieder über den Gipfeln bei Reine.", "© Foto: Kristoffer Vang", "", P, "", Q, "", P, "", Q].join("\n");
  it("takes the line over it as the caption, not as the lead, and the credit as no footer's notice", () => {
    const article = parseScrape(page);
    expect(article.captions[0]).toMatch(/^Nach Wochen der Polarnacht/);
    expect(article.lead).toBe(P);
    expect(JSON.stringify(article.blocks)).toContain("Ingrid Olsen");
  });
});

describe("a bare name over the stamp, the writer's handle, job, reading time or contact button between", () => {
  const P = "Trams will carry their first passengers to the southern terminus in December, the state government has confirmed, after years of works along the highway.";
  const Q = "The transport minister announced the date during a site visit on Tuesday, and said businesses along the route would get more support while the last works are finished.";
  const body = ["", P, "", Q, "", P, "", Q].join("\n");
  it("reads the name over its handle and reading time, not the outlet's name under the stamp", () => {
    const page = ["News", "Traffic", "", "Light rail stage three opening date confirmed", "", "Lachlan Brierley", "@lbrierley", "3 min read", "May 21, 2024 - 11:30AM", "", "Gold Coast Herald", "", "0 comments", body].join("\n");
    expect(parseScrape(page).author).toBe("Lachlan Brierley");
  });
  it("reads the name over its job with the outlet, its handle and a contact button", () => {
    const page = ["News", "Local", "", "Council approves shelter despite neighbour concerns", "", "Maya Ostrowski", "Video Journalist, NewsNow Kamloops", "@mayaostrowski", "Contact",
      "Published Tuesday, September 14, 2021 4:37PM PDT", body].join("\n");
    expect(parseScrape(page).author).toBe("Maya Ostrowski");
  });
  it("takes the writer, not the photographer credited beside them", () => {
    const page = ["Nyheter", "", "Over 900 ungdommer står fortsatt uten læreplass", "", "Ingrid Solheim", "Journalist", "Kristoffer Aase", "Fotograf", "Publisert 05.06.2024 06:00", body].join("\n");
    expect(parseScrape(page).author).toBe("Ingrid Solheim");
  });
});

describe("a kicker the page's first line joins to the headline with a colon", () => {
  const P = "Bildgeneratoren erzeugen in Sekunden, wofür Künstler Wochen brauchen, trainiert mit deren Werken, und die Gerichte haben noch kaum entschieden, wem die Bilder gehören.";
  const Q = "Die Debatte darüber, was ein Original noch bedeutet, wird in Ateliers, Galerien und Kanzleien geführt, und sie wird mit jeder neuen Version der Programme dringlicher.";
  const page = ["Künstliche Intelligenz in der Kunst: Wem gehört das Bild? - Atelier & Debatte", "", "Atelier & Debatte", "Menü", "Kunst", "", "Künstliche Intelligenz in der Kunst", "",
    "Wem gehört das Bild?", "", "Ein Essay von Jakob Hessler", "Stand: 09.11.2023", "", P, "", Q, "", P, "", Q].join("\n");
  it("takes the line under the kicker as the headline, however short", () => {
    expect(parseScrape(page).title).toBe("Wem gehört das Bild?");
  });
});

describe("a feature's photographer credited beside the byline", () => {
  const P = "The 10:53 from Inverness is two carriages long and about half full. There are walkers with enormous rucksacks, a family with a dog, and an elderly couple with a thermos and a tin of shortbread.";
  const Q = "The line runs 82 miles west from the firth to the Atlantic, crossing the country at its narrowest, and for much of the way there is no road in sight, only water, heather and the odd cottage.";
  const page = ["Travel", "", "Slow Train to the Edge of Scotland", "", "Words by Isobel Grant", "Photographs by Alasdair Munro", "18 October 2023", "", "Pinterest", "Facebook", "",
    "The line hugs the shore of the loch for much of its final stretch.", "Alasdair Munro", "", P, "", Q, "", P, "", Q].join("\n");
  it("is no photo's caption, and credits the lead photo by the name alone", () => {
    const article = parseScrape(page);
    expect(article.captions[0]).toMatch(/^The line hugs the shore of the loch/);
    expect(article.captions.join(" ")).not.toContain("Photographs by");
    expect(article.lead).toBe(P);
    expect(article.author).toBe("Isobel Grant");
  });
});

describe("a caption a blank line over its credit, the text right under the credit", () => {
  const P = "Корнинський ліцей на Житомирщині став першим навчальним закладом громади, який повністю забезпечує себе електроенергією завдяки сонячній станції на даху школи.";
  const Q = "Панелі потужністю 50 кВт встановили наприкінці лютого, а з понеділка станція працює у штатному режимі, розповіли у пресслужбі громади журналістам.";
  const page = ["Новини", "Регіони", "", "Головна › Новини › Освіта", "", "05.03.2024, 14:20", "", "Ліцей на Житомирщині перейшов на сонячну енергію", "", "Автор: Оксана Литвиненко", "",
    "Переглядів: 1 236", "", "Сонячні панелі на даху Корнинського ліцею", "", "Фото: пресслужба Корнинської громади", "", P, "", Q, "", P, "", Q].join("\n");
  it("reads the line over the credit as the photo's caption, not the credit alone", () => {
    const article = parseScrape(page);
    expect(article.captions[0]).toMatch(/^Сонячні панелі на даху Корнинського ліцею/);
    expect(article.lead).toBe(P);
  });
  it("reads it so in the text too, under a paragraph, when it ends no sentence", () => {
    const inText = ["Новини", "", "Ліцей на Житомирщині перейшов на сонячну енергію", "", "14 березня 2024, 10:15", "", P, "", "Сонячні панелі на даху Корнинського ліцею", "",
      "Фото: пресслужба Корнинської громади", "", Q, "", P, "", Q].join("\n");
    const article = parseScrape(inText);
    expect(article.captions[0]).toMatch(/^Сонячні панелі на даху Корнинського ліцею/);
    expect(JSON.stringify(article.blocks.filter((b) => b.kind === "paragraph"))).not.toContain("Сонячні панелі на даху");
  });
});

describe("a line that holds the first words of the page's `<title>` line and little else", () => {
  const P = "The Auren Studio Buds 2 are the best-sounding earbuds I have tested at this price, and their noise cancelling is close to the flagship models that cost half as much again.";
  const Q = "Calls are another matter: in wind the microphones struggle, and the people I rang from a busy street said I sounded as if I were underwater, which the Auren Studio Buds 2 should not allow.";
  const page = ["Auren Studio Buds 2 review: Excellent ANC, middling call quality - HeadFi Hub", "", "HeadFi Hub", "Reviews", "Headphones", "",
    "Auren Studio Buds 2 review: Excellent ANC, middling call quality", "", "By Priya Shah", "March 14, 2024", "", P, "", "Auren Studio Buds 2", "$229.99 at Amazon", "", Q, "", P, "", Q].join("\n");
  it("is no headline beside the line that holds the whole of it", () => {
    expect(parseScrape(page).title).toBe("Auren Studio Buds 2 review: Excellent ANC, middling call quality");
  });
});

describe("a page in a script without spaces whose `<title>` line opens with its headline", () => {
  const P = "静岡市の高校生たちが授業の一環で開発した防災アプリが、市の公式の防災ツールとして採用されることになりました。地図上に避難所や給水所の場所を表示します。";
  const Q = "アプリを開発したのは、静岡市清水区にある県立高校の情報科学部の生徒7人です。去年の台風で市内の一部が断水した際、情報が行き渡らなかったことをきっかけに開発に取り組みました。";
  const page = ["地元高校生が開発した防災アプリ、市の公式ツールに採用｜ニュース｜みなと放送 NEWS WEB", "", "みなと放送 NEWS WEB", "", "ニュース", "天気", "防災", "特集", "", "▼メニュー", "",
    "地元高校生が開発した防災アプリ、市の公式ツールに採用", "", "2023年7月3日 19時42分", "", P, "", Q].join("\n");
  it("reads the headline under the menus, not the site's name, and leaves the menus out", () => {
    const article = parseScrape(page);
    expect(article.title).toBe("地元高校生が開発した防災アプリ、市の公式ツールに採用");
    expect(JSON.stringify(article.blocks)).not.toContain("▼メニュー");
  });
});

describe("a live blog's posts, each under its clock", () => {
  const posts = [
    "And that's it from Cupertino. The big story is the one everybody expected: the phone finally moves to USB-C, ending more than a decade of the old connector.",
    "UK pricing is in: the base model starts at £799, the larger one at £899, and the top model at £1,199, which now starts at 256GB of storage.",
    "The Pro models swap stainless steel for a titanium frame, which Apple says makes them the lightest Pro phones it has made. The mute switch has gone.",
    "Here it is: the regular models support USB 2 speeds, while the Pro models support USB 3 at up to 10Gbps with the right cable, the company said.",
  ];
  const page = ["Live", "", "Apple event live: new phones, watches and a new connector", "", "Hannah Osei and Ben Carver", "Tue 12 Sep 2023 16:02 BST", "",
    "20:14 BST", "That's a wrap", "", posts[0], "", "Updated at 20.16 BST", "", "19:48 BST", "Prices", "", posts[1], "", "19:31 BST", "Titanium frames", "", posts[2], "",
    "Ben Carver", "19:10 BST", "USB-C at last", "", posts[3]].join("\n");
  it("keeps each post's clock and text, not an update's stamp nor a post's writer over its clock", () => {
    const article = parseScrape(page);
    const text = JSON.stringify(article.blocks);
    for (const post of posts) expect(text).toContain(post.slice(0, 40));
    expect(text).toContain("19:48 BST");
    expect(text).not.toContain("Updated at 20.16 BST");
    expect(text).not.toContain("Ben Carver");
    expect(article.author).toBe("Hannah Osei and Ben Carver");
  });
});

describe("a Blogger post's footer in the blog's language", () => {
  const P = "Am Wochenende war endlich wieder Markt in der Altstadt, und ich habe mir vorgenommen, diesmal nicht nur Gemüse, sondern auch ein paar Pflanzen für den Balkon mitzunehmen.";
  const Q = "Die Tomaten stehen jetzt in großen Kübeln an der Südseite, daneben Basilikum und ein kleiner Rosmarin, der hoffentlich den Winter übersteht, wenn ich ihn rechtzeitig hereinhole.";
  const page = ["Balkongeflüster", "", "Ein Blog über Pflanzen auf kleinem Raum.", "", "Samstag, 10. Mai 2025", "", "Markttag und neue Kübel", "", P, "", Q, "", P.replace("Wochenende", "Samstag"), "", Q.replace("Tomaten", "Paprika"), "",
    "Eingestellt von Ulrike um 14:32", "", "Keine Kommentare:", "", "Labels: Balkon, Tomaten"].join("\n");
  it("names the writer from 'Eingestellt von … um …' and leaves the line out of the text", () => {
    const article = parseScrape(page);
    expect(article.author).toBe("Ulrike");
    expect(JSON.stringify(article.blocks)).not.toContain("Eingestellt von");
  });
  it("reads the footer in other languages, not a sentence that opens alike", () => {
    expect(parseMetaLine("Publié par Anne Marchal à 09:15")?.author).toBe("Anne Marchal");
    expect(parseMetaLine("Pubblicato da Giulia alle 18:05")?.author).toBe("Giulia");
    expect(parseMetaLine("Publicado por la alcaldía en 2024 un informe sobre el agua")).toBeNull();
  });
});

describe("the writer's label alone under the text, the name under it", () => {
  const P = "Городские власти объявили о начале ремонта центральной набережной, который продлится до конца следующего года и обойдётся бюджету в несколько миллиардов рублей.";
  const Q = "По словам чиновников, на время работ движение транспорта по набережной будет ограничено, а для пешеходов оборудуют временные переходы и дополнительные остановки.";
  const page = ["Новости", "", "Ремонт набережной продлится до конца следующего года", "", "12 марта 2024, 14:35", "", P, "", Q, "", P.replace("Городские", "Местные"), "",
    Q.replace("чиновников", "властей"), "", "Авторы", "", "Иван Петров", "", "Поделиться", "", "© 2024 Городская газета"].join("\n");
  it("names the writer ('Авторы' / 'Иван Петров'), and neither line is text", () => {
    const article = parseScrape(page);
    expect(article.author).toBe("Иван Петров");
    expect(JSON.stringify(article.blocks)).not.toContain("Петров");
  });
});

describe("a portal's name beside its stamp over the writer's and editor's fields", () => {
  const P = "Pemerintah kota mengumumkan bahwa perbaikan jalan utama di pusat kota akan dimulai pekan depan dan diperkirakan selesai dalam waktu tiga bulan, menurut keterangan dinas pekerjaan umum.";
  const Q = "Selama pekerjaan berlangsung, kendaraan dari arah selatan akan dialihkan melalui jalan lingkar, sementara angkutan umum tetap beroperasi dengan rute sementara yang telah disiapkan.";
  const page = ["Beranda", "", "Nasional", "", "Perbaikan jalan utama dimulai pekan depan, warga diminta bersabar", "", "Warta Kota - 12/03/2024, 14:35 WIB", "",
    "Penulis Dian Rahmawati | Editor Bagus Santoso", "", P, "", Q, "", P.replace("Pemerintah", "Pemerintah provinsi"), "", Q.replace("Selama", "Menurut warga, selama"), "", "Bagikan", "", "© 2024 Warta Kota"].join("\n");
  it("takes the labelled writer, not the name beside the stamp, and the stamp's date", () => {
    const article = parseScrape(page);
    expect(article.author).toBe("Dian Rahmawati");
    expect(article.published?.toISOString().slice(0, 10)).toBe("2024-03-12");
    expect(JSON.stringify(article.blocks)).not.toContain("Penulis");
  });
});

describe("a travel blog's photos, each credited '© Name' under its caption", () => {
  const P = "Sono partita da Alba a metà mattina, dopo aver ritirato la bici in un noleggio vicino alla stazione. I primi chilometri lungo il Tanaro sono tranquilli e quasi in piano.";
  const Q = "La seconda giornata è stata la mia preferita. Ho fatto un giro largo passando per Verduno e Roddi, poi sono scesa verso Castiglione Falletto e Serralunga.";
  const R = "L'ultimo giorno è il più impegnativo. Da Monforte si sale verso l'Alta Langa, dove il paesaggio cambia completamente: meno vigne, più boschi e noccioleti.";
  const page = ["Langhe in bicicletta: tre giorni tra vigne e borghi", "", "12 Maggio 2023", "", P, "", P.replace("Alba", "Bra"), "", "La salita verso La Morra all'alba, tra le vigne del Barolo.", "© Giulia Ferraresi", "",
    "Giorno 2", "", Q, "", Q.replace("preferita", "più lunga"), "", "Pausa pranzo a Monforte d'Alba, sotto il campanile.", "© Giulia Ferraresi", "", "Giorno 3", "", R, "", R.replace("ultimo", "terzo"), "",
    "Condividi:", "Facebook", "WhatsApp", "", "© 2024 Zaino e Taccuino. Tutti i diritti riservati."].join("\n");
  it("reads each caption with its credit and keeps the text past the photos", () => {
    const article = parseScrape(page);
    expect(article.captions).toEqual(["La salita verso La Morra all'alba, tra le vigne del Barolo. © Giulia Ferraresi", "Pausa pranzo a Monforte d'Alba, sotto il campanile. © Giulia Ferraresi"]);
    const text = JSON.stringify(article.blocks);
    expect(text).toContain(R.slice(0, 40));
    expect(text).not.toContain("diritti riservati");
  });
});

describe("a table of contents under its own title, its first section right under the list", () => {
  const A = "Le Langhe non sono piatte. Sembra ovvio, ma lo dico lo stesso: le colline sono ripide, le strade salgono e scendono continuamente, e anche una tappa breve si fa sentire.";
  const B = "Sono partita da Alba a metà mattina, dopo aver ritirato la bici in un noleggio vicino alla stazione. I primi chilometri lungo il Tanaro sono tranquilli e quasi in piano.";
  const C = "A Monforte ho dormito in un agriturismo poco fuori dal paese, dove la cena a base di tajarin al ragù e brasato al Barolo valeva da sola il viaggio fin lassù.";
  const page = ["Langhe in bicicletta: tre giorni tra vigne e borghi", "", "12 Maggio 2023", "", B.replace("Alba", "Bra"), "", "Indice dei contenuti", "Prima di partire", "Giorno 1: Alba – La Morra", "Dove dormire", "",
    "Prima di partire", "", A, "", "Giorno 1: Alba – La Morra", "", B, "", "Dove dormire", "", C, "", "Condividi:", "Facebook", "WhatsApp"].join("\n");
  it("keeps every section's subheading, and leaves the list and its title out", () => {
    const blocks = parseScrape(page).blocks;
    const headings = blocks.filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text);
    expect(headings).toEqual(["Prima di partire", "Giorno 1: Alba – La Morra", "Dove dormire"]);
    expect(JSON.stringify(blocks)).not.toContain("Indice dei contenuti");
  });
});

describe("a newsletter box inside the text: a long blurb over its address field and button", () => {
  const A = "Le Langhe non sono piatte. Sembra ovvio, ma lo dico lo stesso: le colline sono ripide, le strade salgono e scendono continuamente, e anche una tappa breve si fa sentire.";
  const B = "Sono partita da Alba a metà mattina, dopo aver ritirato la bici in un noleggio vicino alla stazione. I primi chilometri lungo il Tanaro sono tranquilli e quasi in piano.";
  const blurb = "Ti piacciono i viaggi lenti? Iscriviti alla newsletter di Zaino e Taccuino: una mail al mese con nuovi itinerari, consigli pratici e qualche offerta per i lettori.";
  const page = ["Langhe in bicicletta: tre giorni tra vigne e borghi", "", "12 Maggio 2023", "", A, "", B, "", blurb, "", "Il tuo indirizzo email", "", "Iscriviti", "", A.replace("Langhe", "colline"), "", B.replace("Alba", "Bra")].join("\n");
  it("leaves the box out, blurb, field and button, and keeps the text around it", () => {
    const text = JSON.stringify(parseScrape(page).blocks);
    expect(text).not.toContain("Iscriviti");
    expect(text).not.toContain("indirizzo email");
    expect(text).toContain("Le colline non sono piatte");
  });
  it("keeps a paragraph that speaks of a newsletter with no box under it", () => {
    const told = ["Langhe in bicicletta: tre giorni tra vigne e borghi", "", "12 Maggio 2023", "", A, "", blurb.replace("Ti piacciono", "Mi piacciono"), "", B, "", A.replace("Langhe", "colline")].join("\n");
    expect(JSON.stringify(parseScrape(told).blocks)).toContain("Mi piacciono i viaggi lenti");
  });
});

describe("a sign-up box's address field alone and its button in the box's own words", () => {
  const P = "Roast the cauliflower and chickpeas on one pan while the sauce simmers on the stove, and dinner is on the table in forty minutes with very little washing up.";
  const Q = "Full-fat coconut milk makes the sauce rich and glossy; the light kind gives a thin and slightly sad curry, so it is worth buying the proper tin for this one.";
  const page = ["The Crooked Spoon", "", "Home", "Recipes", "About", "Contact", "", "Sheet-Pan Cauliflower Curry", "", "By Maren Holt", "", P, "", Q, "", "Want more easy dinners? Get my free 5-Night Meal Plan straight to your inbox!", "", "Email address", "", "Send Me the Plan", "", "Tips for the best curry", "", P.replace("Roast", "Always roast"), "", Q.replace("Full-fat", "Proper"), "", "Share", "Facebook", "Pinterest", "", "© 2024 The Crooked Spoon. All rights reserved."].join("\n");
  it("leaves the field and the button out, and keeps the subheading after them", () => {
    const blocks = parseScrape(page).blocks;
    const text = JSON.stringify(blocks);
    expect(text).not.toContain("Email address");
    expect(text).not.toContain("Send Me the Plan");
    expect(blocks.some((b) => b.kind === "heading" && b.text === "Tips for the best curry")).toBe(true);
  });
});

describe("a Polish portal's inset of two headlines and its tags under a label alone", () => {
  const A = "Budowa linii tramwajowej na Nowy Dwór opóźni się o kolejne pół roku. Wykonawca tłumaczy, że pod wiaduktem natrafiono na grunt słabszy, niż zakładał projekt.";
  const B = "Zarząd Inwestycji Miejskich potwierdza, że rozmawia z wykonawcą o zmianie harmonogramu, ale nie zgadza się na pokrycie dodatkowych kosztów budowy fundamentów.";
  const C = "Do czasu otwarcia trasy MPK utrzyma zastępczą linię autobusową, która kursuje z pętli przy ul. Nowodworskiej do placu Strzegomskiego co dziesięć minut.";
  const page = ["NaCzasie.pl", "", "Wiadomości", "Wrocław", "Sport", "", "Tramwaj na Nowy Dwór pojedzie później", "", "Tomasz Wierzbicki", "18.11.2025 09:12", "", A, "", B, "",
    "Czytaj także:", "Wrocław. Od stycznia droższe bilety komunikacji miejskiej. Oto nowe ceny", "Remont mostów Pomorskich. Kierowcy muszą się liczyć z utrudnieniami", "", C, "", A.replace("Budowa", "Przebudowa"), "",
    "Tagi:", "tramwaje", "komunikacja miejska", "Nowy Dwór", "", "Masz temat? Napisz do nas na kontakt@naczasie.pl. Czekamy na Wasze zdjęcia.", "", "© 2025 NaCzasie.pl"].join("\n");
  it("takes the inset's headlines as related links, the tags as tags, and leaves the reader call out", () => {
    const article = parseScrape(page);
    const text = JSON.stringify(article.blocks);
    expect(article.related.map((r) => r.title)).toContain("Wrocław. Od stycznia droższe bilety komunikacji miejskiej. Oto nowe ceny");
    expect(text).not.toContain("Oto nowe ceny");
    expect(article.tags).toEqual(["tramwaje", "komunikacja miejska", "Nowy Dwór"]);
    expect(text).not.toContain("komunikacja miejska\"");
    expect(text).not.toContain("Masz temat");
    expect(text).toContain(C.slice(0, 40));
  });
});

describe("a newsletter's long blurb over its button alone, under the writer's note", () => {
  const A = "Commuters on the Western Line face ten weekends of replacement buses between March and June as the track upgrade between Parramatta and Blacktown ramps up.";
  const B = "Transport officials said the closures were the only way to replace ageing signals and sleepers without shutting the line on weekdays for months at a time.";
  const blurb = "Get fast, reliable updates on the things you care about with our morning newsletter. Sign up to the Courier's Sydney Morning Briefing, delivered to your inbox every weekday before 6am.";
  const page = ["The Sydney Courier", "", "News", "Politics", "Sport", "", "Western Line commuters face 10 weekends of buses", "", "By Liam O'Connor", "February 18, 2025 — 4.45pm", "", A, "", B, "", A.replace("Commuters", "Passengers"), "",
    "Liam O'Connor is a transport reporter for The Sydney Courier.", "", blurb, "", "Sign up", "", "License this article", "", "© 2025 The Sydney Courier"].join("\n");
  it("leaves out the blurb and the writer's note", () => {
    const text = JSON.stringify(parseScrape(page).blocks);
    expect(text).not.toContain("morning newsletter");
    expect(text).not.toContain("is a transport reporter");
    expect(text).toContain("Passengers on the Western Line");
  });
});

describe("a Romanian portal's tail: tags under their label, the writer's box opening with her job, a newsletter box, similar news", () => {
  const A = "Pacienții oncologici din județul Arad vor putea face ședințe de radioterapie acasă, fără să mai facă naveta zilnic la Timișoara, după ce spitalul a primit un accelerator liniar.";
  const B = "Echipamentul urmează să fie instalat într-un buncăr nou, construit special în curtea spitalului, iar primele tratamente sunt programate pentru toamna acestui an.";
  const page = ["Vestul Azi", "", "Actualitate", "Sănătate", "Sport", "", "Spitalul Județean Arad primește un accelerator liniar pentru radioterapie", "", "Andreea Mureșan", "21.02.2024, 18:40", "", A, "", B, "",
    A.replace("Pacienții", "Bolnavii"), "", "Etichete:", "spitalul județean", "radioterapie", "oncologie", "", "Andreea Mureșan",
    "Jurnalistă la Vestul Azi din 2017, scrie despre sănătate, educație și administrație locală. Absolventă a Facultății de Litere din Timișoara.", "",
    "Abonează-te la newsletterul Vestul Azi", "Primește în fiecare seară pe email cele mai importante știri din Arad și din vestul țării.", "Adresa de email", "Mă abonez", "",
    "Știri similare", "", "Ambulatoriul de specialitate își prelungește programul. Ce cabinete vor fi deschise și sâmbăta", "", "Campanie de screening gratuit pentru cancerul de col uterin în comunele din județ", "", "© 2024 Vestul Azi"].join("\n");
  it("keeps only the article's text and reads the tags", () => {
    const article = parseScrape(page);
    const text = JSON.stringify(article.blocks);
    expect(text).toContain("Bolnavii oncologici");
    for (const gone of ["Jurnalistă la Vestul Azi", "newsletterul", "Mă abonez", "Știri similare", "Ambulatoriul", "radioterapie\""]) expect(text).not.toContain(gone);
    expect(article.tags).toEqual(["spitalul județean", "radioterapie", "oncologie"]);
    expect(article.author).toBe("Andreea Mureșan");
  });
});

describe("a Vietnamese paper's signature in capitals under the text, the writer also the photographer", () => {
  const A = "Từ ngày 15/7, tuyến xe buýt điện số 16 nối Cảng hàng không quốc tế Đà Nẵng với khu vực biển Mỹ Khê sẽ chính thức vận hành thí điểm trong vòng 12 tháng.";
  const B = "Theo phương án, tuyến sử dụng 12 xe buýt điện loại 29 chỗ, hoạt động từ 5h30 đến 22h hằng ngày, với tần suất khoảng 15 phút một chuyến vào giờ cao điểm.";
  const C = "Được biết, giai đoạn thí điểm kéo dài 12 tháng. Sau thời gian này, Sở GTVT sẽ đánh giá lượng hành khách và chi phí vận hành trước khi quyết định mở rộng.";
  const page = ["Báo Sông Hàn", "", "Thời sự", "Xã hội", "Giao thông", "", "Đà Nẵng thí điểm tuyến xe buýt điện nối sân bay với biển Mỹ Khê", "", "Thứ Ba, 09/07/2024 14:25 (GMT+7)", "", A, "", B, "",
    "Xe buýt điện chạy thử nghiệm trên đường Võ Văn Kiệt sáng 8/7. Ảnh: THANH TÂM", "", C, "", A.replace("Từ ngày 15/7", "Từ giữa tháng 7"), "", "THANH TÂM", "", "Từ khóa:", "xe buýt điện", "sân bay Đà Nẵng", "",
    "Gửi bình luận", "Bình luận của bạn sẽ được biên tập trước khi đăng.", "Họ tên", "Email", "Gửi", "", "Tin cùng chuyên mục", "Khởi công cầu vượt nút giao Hòa Cầm, tổng vốn gần 300 tỷ đồng"].join("\n");
  it("names the writer, and leaves the signature, the tags and the comment form out of the text", () => {
    const article = parseScrape(page);
    expect(article.author).toBe("Thanh Tâm");
    const text = JSON.stringify(article.blocks);
    expect(text).not.toContain("\"THANH TÂM\"");
    expect(text).not.toContain("Gửi bình luận");
    expect(text).not.toContain("Bình luận của bạn");
    expect(article.captions[0]).toContain("Ảnh: THANH TÂM");
  });
});

describe("a Finnish paper's header: the writer's name, the photographer's credit, then the stamp", () => {
  const A = "Sivistyslautakunta esittää Rantalan kyläkoulun lakkauttamista ensi syksystä alkaen. Lakkautuksella säästettäisiin kunnan mukaan noin 210 000 euroa vuodessa.";
  const B = "Vanhempainyhdistyksen puheenjohtaja sanoo, että perheet eivät aio luovuttaa, vaan kokoavat kuntalaisaloitteen koulun säilyttämiseksi ennen valtuuston kokousta.";
  const page = ["Koskilaakson Sanomat", "", "Uutiset", "Urheilu", "Mielipide", "", "Rantalan kyläkoulua esitetään lakkautettavaksi", "", "Laura Hämäläinen", "Kuvat: Mikko Kivelä", "", "Julkaistu 12.10.2024 7:30", "", A, "", B, "", A.replace("ensi syksystä", "ensi vuonna")].join("\n");
  it("takes the writer, not the photographer", () => {
    expect(parseScrape(page).author).toBe("Laura Hämäläinen");
  });
});

describe("a Hindi portal's tail: topics under their label, the writer's box, the latest news", () => {
  const A = "मौसम विभाग ने उत्तर भारत के कई राज्यों में भीषण लू का रेड अलर्ट जारी किया है और लोगों को दोपहर में घर से बाहर न निकलने की सलाह दी है।";
  const B = "राजस्थान के कई जिलों में पारा 48 डिग्री के पार पहुंच गया है, जबकि दिल्ली में न्यूनतम तापमान भी सामान्य से चार डिग्री ऊपर दर्ज किया गया।";
  const page = ["नवप्रभात", "", "देश", "राज्य", "खेल", "", "उत्तर भारत में भीषण लू का रेड अलर्ट", "", "अंकित शर्मा", "अपडेटेड: 28 मई 2024, 10:15 IST", "", A, "", B, "", A.replace("कई राज्यों", "सात राज्यों"), "",
    "टॉपिक्स:", "लू", "हीटवेव", "", "लेखक के बारे में", "अंकित शर्मा", "अंकित शर्मा नवप्रभात में सीनियर सब-एडिटर हैं और पिछले सात साल से मौसम और पर्यावरण पर लिखते हैं।", "",
    "ताज़ा ख़बरें", "दिल्ली में पानी का संकट: कई इलाकों में टैंकरों के भरोसे लोग", "शेयर बाजार में उतार-चढ़ाव, सेंसेक्स 220 अंक टूटा"].join("\n");
  it("keeps only the text, and reads the topics as tags", () => {
    const article = parseScrape(page);
    const text = JSON.stringify(article.blocks);
    for (const gone of ["टॉपिक्स", "लेखक के बारे में", "सीनियर सब-एडिटर", "ताज़ा ख़बरें", "टैंकरों"]) expect(text).not.toContain(gone);
    expect(article.tags).toEqual(["लू", "हीटवेव"]);
  });
});

describe("a columnist's box closed by the link to her page, and a Chinese page's tool and share rows", () => {
  const A = "Los domingos, la biblioteca de la ladera abría a las nueve y a las nueve y cinco ya había una fila de niños esperando en la escalera con los cuadernos bajo el brazo.";
  const B = "La ciudad ha hecho de sus bibliotecas de ladera una postal para el mundo, pero la decisión de cerrarlas los domingos se tomó sin preguntar a quienes las usan cada semana.";
  const column = ["La Vertiente", "", "Opinión", "Política", "", "Las bibliotecas que cierran el domingo", "", "Catalina Restrepo Uribe", "12 de abril de 2024", "", A, "", B, "", A.replace("Los domingos", "Cada domingo"), "",
    "Catalina Restrepo Uribe", "Socióloga de la Universidad de Antioquia y magíster en Estudios Urbanos. Durante quince años coordinó programas de lectura comunitaria.", "Ver más columnas de esta autora", "",
    "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autora.", "", "© 2024 La Vertiente"].join("\n");
  it("ends the column at the box", () => {
    const text = JSON.stringify(parseScrape(column).blocks);
    expect(text).toContain("Cada domingo");
    expect(text).not.toContain("Socióloga");
    expect(text).not.toContain("Ver más columnas");
  });
  it("leaves a Chinese page's bracketed tools and its share row out", () => {
    const P = "4月15日中午，云溪市城南街道桂香社区长者食堂内，老人们正在用餐。据统计，今年一季度全市社区长者食堂累计服务老年人超过12万人次，覆盖率达到85%。";
    const Q = "市民政局有关负责人表示，下一步将继续推动长者食堂向农村延伸，并探索“中央厨房+配送”的模式，让更多老人在家门口吃上热乎饭。";
    const page = ["东岸新闻网", "", "首页", "新闻", "社会", "", "云溪市社区长者食堂覆盖率达85%", "", "2024-04-16 08:37:21　来源：东岸新闻网　作者：林晓岚", "", "【字体：大 中 小】　【打印】　【关闭】", "",
      "分享到：", "微信", "微博", "QQ空间", "复制链接", "", P, "", Q, "", P.replace("4月15日中午", "4月16日")].join("\n");
    const text = JSON.stringify(parseScrape(page).blocks);
    for (const gone of ["字体", "分享到", "QQ空间", "复制链接"]) expect(text).not.toContain(gone);
    expect(text).toContain("4月16日");
  });
});

describe("a local paper's page: the weather box's stamp over the headline, tags a blank line under their label", () => {
  const A = "The Town Council voted 4-3 on Monday night to remove 38 on-street parking spaces on High Street to make room for a curb-protected bike lane, ending a long debate.";
  const B = "The lane will run for about a third of a mile on the east side of High Street, between Mill Road and the Town Green, and is expected to open next summer.";
  const page = ["Ashgrove Courier", "", "News", "Sports", "Obituaries", "", "Today", "Sunny. High 76F. Winds light and variable.", "", "Updated: September 17, 2024 @ 5:58 pm", "", "Full Forecast", "",
    "Council votes 4-3 to remove 38 High Street parking spaces for protected bike lane", "", "By Dana Whitcombe, Staff Writer", "", "Sep 17, 2024", "", A, "", B, "", A.replace("The Town Council", "Councilors"), "",
    "Tags", "", "Ashgrove Town Council", "High Street", "Parking", "", "Follow Dana Whitcombe", "", "© 2024 Ashgrove Courier"].join("\n");
  it("takes no stamp for an editor's note, reads the tags and leaves them out of the text", () => {
    const article = parseScrape(page);
    const text = JSON.stringify(article.blocks);
    expect(text).not.toContain("5:58 pm");
    expect(article.tags).toEqual(["Ashgrove Town Council", "High Street", "Parking"]);
    expect(text).not.toContain("\"Parking\"");
    expect(text).not.toContain("Follow Dana");
  });
});

describe("a shopping guide's quick list under its title, and its shop buttons", () => {
  const intro = "Dark flats and north-facing rooms are hard on most houseplants, but a handful of species cope with far less light than you might expect, and we tested twenty of them over a winter.";
  const zz = "If you only buy one plant from this list, make it this one. The ZZ stores water in thick underground rhizomes, which means it copes with both dim light and a forgetful owner.";
  const iron = "The cast iron plant earned its name in Victorian parlours lit by gas lamps. It grows slowly, rarely needs repotting and shrugs off cold draughts near the front door.";
  const page = ["The Potting Bench", "", "Houseplants", "Garden", "", "12 best low-light houseplants for dark rooms", "", "By Hattie Brennan", "8 January 2025", "", intro, "",
    "Quick list", "1. ZZ plant", "2. Cast iron plant", "3. Golden pothos", "", "1. ZZ plant (Zamioculcas zamiifolia)", "", zz, "", "Buy from £14 at Greenleaf Direct", "",
    "2. Cast iron plant (Aspidistra elatior)", "", iron, "", "Buy from £19 at Bloomhouse", "", "3. Golden pothos (Epipremnum aureum)", "", zz.replace("The ZZ", "Pothos"), "", "© 2025 The Potting Bench"].join("\n");
  it("leaves the quick list and the buttons out, and keeps each entry's subheading", () => {
    const blocks = parseScrape(page).blocks;
    const text = JSON.stringify(blocks);
    expect(text).not.toContain("Quick list");
    expect(text).not.toContain("\"1. ZZ plant\"");
    expect(text).not.toContain("Buy from");
    expect(blocks.filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text)).toContain("2. Cast iron plant (Aspidistra elatior)");
  });
});

describe("a laid-out page whose masthead's name stands again over the byline's stamps", () => {
  const A = "Des températures douces dès la fin février ont forcé bon nombre de producteurs à entailler plus tôt que prévu, et certains craignent que le printemps hâtif ne raccourcisse la saison.";
  const B = "Dans l’érablière de Jean-François Poulin, la première coulée est arrivée le 3 mars, près de deux semaines plus tôt que la moyenne des dix dernières années, selon ses registres.";
  const C = "Comme lui, de nombreux acériculteurs de Chaudière-Appalaches ont dû devancer leur calendrier, et les cabanes à sucre ont ajusté leurs réservations pour suivre la coulée.";
  const page = ["Aller au contenu principal", "", "  Le Courrier du Fleuve", "", "    * Actualités", "    * Sports", "    * Affaires", "", "    Temps des sucres", "    Une saison hâtive qui inquiète les acériculteurs de la Beauce", "",
    "    " + A, "", "    Marie-Ève Tremblay", "    Le Courrier du Fleuve", "    Publié le 18 mars 2025 à 5 h 00", "    Mis à jour le 18 mars 2025 à 11 h 27", "", "    * Facebook", "    * Partager", "",
    "          Jean-François Poulin inspecte la tubulure de son érablière. PHOTO ÉTIENNE LABRECQUE, LE COURRIER DU FLEUVE", "", "      " + B, "", "      " + C, "", "      " + B.replace("Poulin", "Gagnon")].join("\n");
  it("takes the headline, not the site's name", () => {
    const article = parseScrape(page);
    expect(article.title).toBe("Une saison hâtive qui inquiète les acériculteurs de la Beauce");
    expect(article.published?.toISOString()).toBe("2025-03-18T05:00:00.000Z");
  });
});

describe("a bare name over its outlet over the stamp, and a name with its outlet after a bar", () => {
  const A = "La Comisión Estatal del Agua anunció horarios de suministro escalonado a partir del lunes en 40 colonias de la capital, por la baja en el nivel de los pozos que abastecen la zona.";
  const B = "Los vecinos de la colonia Lomas de San Pedrito llevan dos semanas llenando tambos en las pipas municipales, que recorren las calles desde las seis de la mañana.";
  it("reads the writer in both shapes, and neither line is text", () => {
    const barred = parseScrape(["El Heraldo del Bajío", "", "Local", "Nacional", "", "Tandeos de agua llegarán a 40 colonias de Querétaro", "", "Alejandra Villaseñor | El Heraldo del Bajío", "14 de marzo de 2025 | 07:45 hrs.", "", A, "", B, "", A.replace("La Comisión", "La dependencia")].join("\n"));
    expect(barred.author).toBe("Alejandra Villaseñor");
    expect(barred.published?.toISOString()).toBe("2025-03-14T07:45:00.000Z");
    expect(JSON.stringify(barred.blocks)).not.toContain("Villaseñor");
    expect(findPageAuthor([["Marie-Ève Tremblay", "Le Courrier du Fleuve", "Publié le 18 mars 2025 à 5 h 00"], [], []])).toBe("Marie-Ève Tremblay");
    expect(findPageAuthor([["Marie-Ève Tremblay", "Le Courrier du Fleuve a publié un sondage", "Publié le 18 mars 2025 à 5 h 00"], [], []])).toBeUndefined();
  });
});

describe("a headline over a longer dek that the lead repeats more", () => {
  const page = ["The Daily Meridian", "Home", "Cities", "Home / Cities / Bhubaneswar News",
    "Odisha heatwave: IMD issues orange alert for 11 districts, schools to shift to morning classes",
    "Titlagarh recorded 41.6°C on Monday, the highest in the state so far this season and 5.8 degrees above normal",
    "By Subhashree Nayak, Bhubaneswar", "Published On Mar 18, 2025 11:30 AM IST", "Follow Us",
    "The India Meteorological Department on Tuesday issued an orange alert for heatwave conditions in 11 districts of Odisha, with day temperatures expected to stay well above normal for the rest of the week.",
    "Titlagarh in Balangir district recorded a maximum of 41.6 degrees Celsius on Monday, the highest in the state so far this season and 5.8 degrees above normal for the date.",
    "Following the forecast, the state school department ordered all government and aided schools to hold classes from 6.30 am to 10.30 am from Wednesday, the department said in a notice.",
    "Related", "Kerala reports first heatstroke death of the season", "© 2025 The Daily Meridian"].join("\n");
  it("takes the headline, not the dek under it", () => {
    expect(parseScrape(page).title).toBe("Odisha heatwave: IMD issues orange alert for 11 districts, schools to shift to morning classes");
  });
});

describe("a writer's byline with the photographer's labelled field beside it", () => {
  it("reads the writer and leaves the photographer's field", () => {
    expect(parseMetaLine("Texto: Mariana Couto | Fotos: Pedro Ivo Tanaka")).toEqual({ author: "Mariana Couto" });
    expect(parseMetaLine("By Jane Doe | Photos: John Roe")).toEqual({ author: "Jane Doe" });
    // Alone, the photographer's field is no byline.
    expect(parseMetaLine("Fotos: Pedro Ivo Tanaka")).toBeNull();
  });
});

describe("a gallery laid out by a text browser: each picture's text alternative in brackets over its caption, the buttons labelled", () => {
  const P = "A salina de Vale da Ribeira voltou a produzir sal este verão, depois de quase duas décadas de abandono, graças a uma cooperativa de antigos marnotos e dos seus netos.";
  const Q = "O trabalho é todo feito à mão, como antigamente, e a colheita deste ano deverá chegar às quarenta toneladas, vendidas sobretudo a restaurantes e lojas da região.";
  const R = "Os sócios mais velhos ensinam aos novos a ler o vento e a água, e a cooperativa quer abrir as salinas a visitas guiadas a partir do próximo ano, com marcação prévia.";
  const page = ["Jornal do Litoral", "", "   * Início", "   * Região", "   * Fotogaleria", "", "Fotogaleria: o sal de Vale da Ribeira volta a ser colhido à mão", "", "Por Marta Valente", "",
    "23 de agosto de 2024, 18:05", "", P, "", Q, "",
    "(BUTTON) Ver galeria em ecrã inteiro", "", "1 / 8", "", "[Homem idoso abre uma comporta de madeira]",
    "   Manuel Gaspar, de 71 anos, abre as comportas ao amanhecer. Foi ele quem ensinou aos mais novos a controlar a entrada de água do estuário. Foto: Rui Camacho/Jornal do Litoral", "",
    "2 / 8", "", "[Tanques de argila com água parada]",
    "   Os tanques de cristalização foram refeitos com argila da própria salina, calcada a pé durante semanas. Foto: Rui Camacho/Jornal do Litoral", "", R, "", P.replace("este verão", "em julho"), "",
    "Partilhar", "", "© 2024 Jornal do Litoral"].join("\n");
  it("keeps neither the text alternatives nor the button in the text, and the captions as captions", () => {
    const article = parseScrape(page);
    const blocks = JSON.stringify(article.blocks);
    expect(blocks).not.toContain("[Homem");
    expect(blocks).not.toContain("comporta de madeira");
    expect(blocks).not.toContain("BUTTON");
    expect(blocks).toContain("quarenta toneladas");
    expect(article.captions[0]).toContain("Manuel Gaspar, de 71 anos");
    expect(article.title).toBe("Fotogaleria: o sal de Vale da Ribeira volta a ser colhido à mão");
  });
  it("never offers a picture's text alternative as a headline", () => {
    const { units } = classifyPage(toUnits(page));
    const alt = units.find((unit) => unit.text === "[Homem idoso abre uma comporta de madeira]")!;
    expect(alt.furniture).toBe(true);
    expect(isHeadlineCandidate(alt)).toBe(false);
  });
  it("keeps a bracketed line that stands over no caption", () => {
    const article = parseScrape(page.replace("(BUTTON) Ver galeria em ecrã inteiro", `[Engadget]\n${Q.replace("trabalho", "processo")}`));
    expect(JSON.stringify(article.blocks)).toContain("[Engadget]");
  });
});

describe("a Vietnamese page gapless, its masthead over the day's date, a related box between the lead and the caption", () => {
  const L = "(TSM) - Sáng 3/3, tuyến xe buýt điện đầu tiên chạy dọc đường ven biển của Đà Nẵng đã chính thức vận hành thử nghiệm, nối bán đảo Sơn Trà với khu vực Ngũ Hành Sơn.";
  const P = "Tuyến có chiều dài khoảng 24 km với 31 điểm dừng, sử dụng 12 xe buýt điện loại 40 chỗ. Xe chạy từ 5h30 đến 21h mỗi ngày, tần suất 15 phút một chuyến.";
  const Q = "Trong ba tháng chạy thử, hành khách được miễn phí vé. Sau giai đoạn này, giá vé dự kiến là 8.000 đồng mỗi lượt; học sinh, sinh viên và người cao tuổi được giảm một nửa.";
  const R = "Theo ông Nguyễn Văn Hòa, Phó Giám đốc Trung tâm Quản lý giao thông công cộng thành phố, tuyến được chọn vì đi qua nhiều khu du lịch, khách sạn và khu dân cư đông đúc ven biển.";
  const page = ["Đà Nẵng chạy thử tuyến xe buýt điện ven biển đầu tiên | Báo Thời Sự Mới", "Báo Thời Sự Mới", "Thứ Hai, 03/03/2025", "Trang chủ", "Thời sự", "Giao thông",
    "Thứ Hai, 03/03/2025 09:15 (GMT+7)", "Đà Nẵng chạy thử tuyến xe buýt điện ven biển đầu tiên", "Nghe bài viết", L, "Tin liên quan", "Đà Nẵng lấy ý kiến người dân về mạng lưới xe buýt mới",
    "Xe buýt điện sẽ phủ kín các tuyến nội đô vào năm 2030", "Xe buýt điện dừng đón khách tại điểm đầu tuyến ở bán đảo Sơn Trà sáng 3/3. Ảnh: Trần Minh Khoa", P, Q, R,
    "Từ khóa:", "xe buýt điện", "Chia sẻ", "Facebook", "© 2025 Báo Thời Sự Mới"].join("\n");
  it("keeps the paragraphs under the caption, and names no writer from the masthead", () => {
    const article = parseScrape(page);
    const text = JSON.stringify(article.blocks);
    for (const paragraph of [P, Q, R]) expect(text).toContain(paragraph.slice(0, 60));
    expect(text).not.toContain("Tin liên quan");
    expect(article.captions[0]).toContain("Ảnh: Trần Minh Khoa");
    expect(article.author).not.toBe("Báo Thời Sự Mới");
  });
});

describe("a press release printed without a single blank line", () => {
  const P = "Nantes, le 4 février 2025 – Maréval Énergies, producteur indépendant d'électricité renouvelable, annonce la mise en service de sa première hydrolienne fluviale raccordée au réseau.";
  const Q = "Contrairement à un barrage, l'hydrolienne fluviale ne retient pas l'eau : elle exploite le courant naturel du fleuve grâce à un rotor à axe vertical installé sous une barge.";
  const R = "Le démonstrateur a fait l'objet de dix-huit mois d'études environnementales, menées avec un bureau d'études indépendant et les associations locales de pêche.";
  const page = ["Aller au contenu", "Maréval Énergies", "Le groupe", "Nos projets", "Espace presse", "Contact", "Accueil", "Espace presse", "Communiqués", "COMMUNIQUÉ DE PRESSE", "4 février 2025",
    "Maréval Énergies met en service sa première hydrolienne fluviale raccordée au réseau sur la Loire",
    "Un démonstrateur de 80 kW à Port-Alban (Maine-et-Loire), première étape d'un parc de dix machines d'ici 2028",
    "Télécharger le communiqué (PDF, 412 Ko)", "Télécharger les visuels HD (ZIP, 38 Mo)",
    "L'hydrolienne de Port-Alban avant son immersion, en janvier 2025. © Maréval Énergies / Th. Guérin", P, "Une technologie discrète, adaptée aux fleuves", Q, R,
    "Contact presse", "presse@example.fr", "© 2025 Maréval Énergies"].join("\n");
  it("takes the headline, though it stands line under line with the dek, the links and the caption (no list there)", () => {
    expect(parseScrape(page).title).toBe("Maréval Énergies met en service sa première hydrolienne fluviale raccordée au réseau sur la Loire");
  });
});

describe("a Dutch broadcaster's stamp in lower case under the headline", () => {
  const P = "Het populaire fietspad langs het Veerse Meer tussen Kamperland en Wolphaartsdijk gaat vanaf maandag 17 maart voor zeker vier maanden dicht, meldt het waterschap.";
  const Q = "De dijk is volgens het waterschap op meerdere plekken te steil en te smal om bij extreem hoog water nog voldoende veiligheid te bieden, en wordt daarom versterkt.";
  const R = "Tijdens de werkzaamheden wordt het fietsverkeer omgeleid via de Veerseweg en de Oostkerkseweg. Gele borden wijzen de route aan, laat het waterschap weten.";
  const page = ["Omroep Delta", "Nieuws", "Sport", "Verkeer", "Tip de redactie", "Zoeken", "Fietspad langs Veerse Meer maanden dicht door dijkversterking",
    "zo 9 mrt 2025, 18:04 · Aangepast ma 10 mrt 2025, 07:31", "Sanne de Visser", "Deel dit artikel", "Facebook", "WhatsApp", P, Q, R, "Meer nieuws", "© Omroep Delta"].join("\n");
  it("keeps the stamp a line of its own, not the headline's end, and reads it", () => {
    const article = parseScrape(page);
    expect(article.title).toBe("Fietspad langs Veerse Meer maanden dicht door dijkversterking");
    expect(article.published?.toISOString()).toBe("2025-03-09T18:04:00.000Z");
    expect(article.updated?.toISOString()).toBe("2025-03-10T07:31:00.000Z");
  });
  it("still joins a wrapped sentence's rest that opens on a number", () => {
    const units = toUnits("The council said the bridge, which opened to traffic\nin 2019 the first time, would close for repairs.");
    expect(units).toHaveLength(1);
  });
});


describe("a stamp, then its writer after the word for 'by'", () => {
  it.each([
    ["Pubblicato il 18 ottobre 2023 da Chiara Benedetti", "2023-10-18", "Chiara Benedetti"],
    ["Publicado el 3 de marzo de 2024 por Ana Ruiz", "2024-03-03", "Ana Ruiz"],
    ["Posted March 3, 2024 by Jane Doe", "2024-03-03", "Jane Doe"],
  ])("%s", (line, day, author) => {
    const meta = parseMetaLine(line)!;
    expect(meta.published?.toISOString().slice(0, 10)).toBe(day);
    expect(meta.author).toBe(author);
  });
  it("not a place after Italian's 'da' (from)", () => {
    expect(parseMetaLine("Pubblicato il 18 ottobre 2023 da Roma")?.author).toBeUndefined();
  });
});

describe("a Japanese blog printed without blank lines: its contents, numbered sections, pictures taken by the writer, follow box and writer's box", () => {
  // Written for this project (a probe page, not a real site's).
  const page = [
    "テックメモ帳",
    "エンジニアの「困った」を解決するブログ",
    "ホーム",
    "プログラミング",
    "ガジェット",
    "キャリア",
    "書評",
    "お問い合わせ",
    "ホーム",
    "プログラミング",
    "VS Code",
    "VS Codeが重いときに見直したい7つの設定【2025年版】",
    "VS Codeが重いときに見直したい7つの設定【2025年版】",
    "2025.02.27",
    "2025.03.01",
    "プログラミング",
    "VS Code",
    "開発環境",
    "この記事にはプロモーションが含まれています。",
    "ポスト",
    "シェア",
    "はてブ",
    "送る",
    "Pocket",
    "拡張機能の実行状況は「Show Running Extensions」で確認できる（筆者撮影）",
    "「最近VS Codeの起動が遅い」「入力するたびにカクつく」――そんな経験はありませんか？ 筆者も昨年、業務用のノートPCでファイルを開くだけで数秒待たされる状態になり、設定を一つずつ見直しました。その結果、起動時間はおよそ半分になり、メモリ使用量も大きく減りました。",
    "この記事では、そのときに効果が大きかった設定を7つ紹介します。どれも数分で試せるものばかりなので、上から順にチェックしてみてください。",
    "目次",
    "1. 使っていない拡張機能を無効にする",
    "2. ワークスペースごとに拡張機能を切り替える",
    "3. files.watcherExclude を設定する",
    "4. search.exclude で検索対象を絞る",
    "5. ミニマップとパンくずリストをオフにする",
    "6. 自動保存と保存時フォーマットを見直す",
    "7. GPUアクセラレーションを確認する",
    "まとめ",
    "1. 使っていない拡張機能を無効にする",
    "もっとも効果が大きいのがこれです。拡張機能は便利ですが、インストールしているだけで起動時に読み込まれるものも少なくありません。コマンドパレットから「Developer: Show Running Extensions」を実行すると、各拡張機能の起動にかかった時間が一覧で表示されます。数百ミリ秒以上かかっているものがあれば、本当に必要か考えてみましょう。",
    "2. ワークスペースごとに拡張機能を切り替える",
    "PythonとTypeScriptの両方を書く人は、すべての拡張機能を常に有効にしておく必要はありません。拡張機能の画面で「無効にする（ワークスペース）」を選べば、プロジェクト単位で有効・無効を切り替えられます。最近のバージョンでは「プロファイル」機能を使って、言語ごとに設定と拡張機能のセットを丸ごと切り替えることもできます。",
    "3. files.watcherExclude を設定する",
    "VS Codeはファイルの変更を監視していますが、node_modules や .venv のように大量のファイルを含むフォルダまで監視すると、CPUとメモリを大きく消費します。settings.json の files.watcherExclude に、監視不要なフォルダを追加しておきましょう。特にモノレポ構成のプロジェクトでは効果がはっきり出ます。",
    "関連記事：初心者向け settings.json の書き方と便利な設定まとめ",
    "4. search.exclude で検索対象を絞る",
    "全文検索が遅い場合は、search.exclude を見直します。ビルド成果物やログファイル、ライブラリのフォルダを除外するだけで、検索結果が表示されるまでの時間が目に見えて短くなります。.gitignore の内容を検索に反映する search.useIgnoreFiles が有効になっているかも確認してください。",
    "5. ミニマップとパンくずリストをオフにする",
    "画面右側のミニマップは、大きなファイルを開いたときに描画の負荷になることがあります。使っていないなら editor.minimap.enabled を false にしましょう。同様に、パンくずリストやコードレンズも、不要なら無効にすると描画が軽くなります。",
    "6. 自動保存と保存時フォーマットを見直す",
    "自動保存を「afterDelay」にしていて、さらに保存時にフォーマッターやリンターが動く設定だと、入力中に何度も重い処理が走ります。自動保存は「onFocusChange」にする、あるいは保存時の処理を必要な言語だけに限定するのがおすすめです。",
    "settings.json の設定例。言語ごとに formatOnSave を切り替えている（筆者撮影）",
    "7. GPUアクセラレーションを確認する",
    "古いPCやリモートデスクトップ環境では、GPUを使った描画がかえって不安定になる場合があります。逆に、GPUが使える環境なのに無効になっていることもあります。ターミナルの描画が遅いと感じたら、terminal.integrated.gpuAcceleration の値を切り替えて比べてみてください。",
    "まとめ",
    "VS Codeが重くなる原因の多くは、本体よりも拡張機能とファイル監視にあります。まずは「Show Running Extensions」で原因を探し、次に監視と検索の対象を絞る。この2つだけでも、多くの場合は体感できるほど軽くなるはずです。それでも改善しない場合は、VS Codeを「--disable-extensions」付きで起動し、拡張機能なしの状態と比べてみると切り分けがしやすくなります。",
    "この記事が気に入ったらフォローしよう",
    "@techmemo_blog",
    "フォローする",
    "この記事を書いた人",
    "佐藤 悠真",
    "都内のSIerで働くWebエンジニア。業務ではPythonとTypeScriptを中心に使っています。開発環境の改善が趣味で、試した設定やツールをこのブログにまとめています。",
    "Xでフォロー",
    "関連記事",
    "Python仮想環境の作り方まとめ：venv・uv・Poetryを比較",
    "ノートPCでも快適！メモリ16GBで開発するためのコツ",
    "【初心者向け】Gitでよく使うコマンド15選",
    "コメント",
    "コメントする",
    "コメントを残す",
    "メールアドレスが公開されることはありません。 ※ が付いている欄は必須項目です",
    "コメント ※",
    "名前 ※",
    "メール ※",
    "コメントを送信",
    "検索",
    "人気記事",
    "1",
    "【2025年版】エンジニアにおすすめのキーボード10選",
    "2",
    "未経験からWebエンジニアになるまでにやったこと",
    "3",
    "VS Codeが重いときに見直したい7つの設定【2025年版】",
    "カテゴリー",
    "プログラミング",
    "ガジェット",
    "キャリア",
    "書評",
    "アーカイブ",
    "2025年3月",
    "2025年2月",
    "2025年1月",
    "プライバシーポリシー",
    "免責事項",
    "お問い合わせ",
    "© 2025 テックメモ帳",
  ].join("\n");
  const article = parseScrape(page);
  const texts = article.blocks.flatMap((block) => (block.kind === "paragraph" || block.kind === "heading" ? [block.text] : []));
  it("keeps the numbered sections where the text sets them, once each", () => {
    for (const section of ["1. 使っていない拡張機能を無効にする", "4. search.exclude で検索対象を絞る", "7. GPUアクセラレーションを確認する", "まとめ"]) {
      expect(texts.filter((text) => text === section)).toHaveLength(1);
    }
    expect(texts).not.toContain("目次");
  });
  it("takes the pictures' captions, names the writer from their box, and leaves the boxes out", () => {
    expect(article.captions).toHaveLength(2);
    expect(article.captions[0]).toContain("（筆者撮影）");
    expect(article.author).toBe("佐藤 悠真");
    const text = JSON.stringify(article.blocks);
    for (const furniture of ["フォロー", "この記事を書いた人", "都内のSIer"]) expect(text).not.toContain(furniture);
  });
});

describe("a text browser's underlined headings", () => {
  it("keeps the heading a line of its own and drops its rule", () => {
    const units = toUnits("Ensimmäinen talvi nastarenkailla: mitä opin kolmessa kuukaudessa\n================================================================\n\nJulkaistu 12.2.2025 klo 20.14\n\nPukeutuminen\n------------\n\n   Isoin yllätys oli, kuinka vähän vaatteita tarvitsee.");
    expect(units.map((unit) => unit.text)).toEqual(["Ensimmäinen talvi nastarenkailla: mitä opin kolmessa kuukaudessa", "Julkaistu 12.2.2025 klo 20.14", "Pukeutuminen", "Isoin yllätys oli, kuinka vähän vaatteita tarvitsee."]);
  });
  it("reads a blog's stamp row with its writer and its comment count", () => {
    expect(parseMetaLine("Julkaistu 12.2.2025 klo 20.14 | Kirjoittanut Juha Kettunen | 7 kommenttia")).toEqual({ published: new Date("2025-02-12T20:14:00Z"), author: "Juha Kettunen" });
  });
});

describe("a Japanese shop box's rows and notices", () => {
  it.each(["トレンチコート ¥49,500（税込）Maison Hiraku", "※掲載商品の価格・情報は公開時点のものです。", "※本記事内のリンクから商品を購入すると、売上の一部が当サイトに還元されることがあります。", "この記事にはプロモーションが含まれています。"])(
    "%s is furniture",
    (line) => expect(isBoilerplate(line)).toBe(true),
  );
  it("not a sentence that names a price", () => {
    expect(isBoilerplate("このコートは税込み49,500円で、春先まで長く着られる一着です。")).toBe(false);
  });
});

describe("a Catalan Blogger post: the date over the title, the footer under the post, its buttons and comments", () => {
  const P = "Feia temps que volia fer la ruta circular pel congost de Mont-rebei sortint de la Masieta, i aquest dimarts, amb el pàrquing gairebé buit, per fi ens hi vam posar.";
  const Q = "El camí puja suau fins al pont penjant i després s'endinsa a la paret. Les passarel·les de Montfalcó són espectaculars, però convé no tenir vertigen.";
  const R = "En total són uns catorze quilòmetres i cinc hores amb les parades. Recomano anar-hi entre setmana i fora d'estiu, i portar molta aigua.";
  const page = ["Camins i congostos", "Rutes a peu pel Pirineu i el Prepirineu", "dissabte, 8 de març del 2025", "Ruta circular pel congost de Mont-rebei des de la Masieta", "", P, "", Q, "", R, "",
    "Publicat per Jordi Vilaró a les 20:14", "Envia per correu electrònic", "BlogThis!", "Comparteix a X", "Comparteix a Facebook", "Etiquetes: congostos, Montsec, rutes circulars", "",
    "5 comentaris:", "", "Marta R. ha dit...", "Quina enveja! Nosaltres hi vam anar un diumenge d'agost i semblava la Rambla. Apunto lo de dimarts.", "9 de març del 2025, a les 10:02"].join("\n");
  it("reads the writer and the day, and keeps the footer, buttons and comments out", () => {
    const article = parseScrape(page);
    expect(article.author).toBe("Jordi Vilaró");
    expect(article.published?.toISOString().slice(0, 10)).toBe("2025-03-08");
    const text = JSON.stringify(article.blocks);
    for (const furniture of ["Publicat per", "BlogThis", "Comparteix", "Quina enveja"]) expect(text).not.toContain(furniture);
  });
});

describe("an Italian review: its verdict lists, shop box, affiliate notice and score box", () => {
  // Written for this project (a probe page, not a real site's).
  const article = parseScrape(readFileSync(new URL("../../fixtures/pages/review-verdict-box.txt", import.meta.url), "utf8"));
  const text = JSON.stringify(article.blocks);
  it("takes the headline, not the product's name the score box repeats", () => {
    expect(article.title).toBe("Recensione Lumio Note 10: l'e-reader a colori che vuole sostituire il quaderno");
  });
  it("keeps the pros and cons under the verdict", () => {
    for (const line of ["Pro", "Scrittura naturale e latenza bassissima", "Contro", "Custodia venduta a parte"]) expect(text).toContain(line);
  });
  it("leaves out the affiliate notice, the shop buttons and prices, and takes no product for a link", () => {
    for (const furniture of ["programmi di affiliazione", "Vedi offerta", "Miglior prezzo", "429,00 €"]) expect(text).not.toContain(furniture);
    expect(article.related.map((link) => link.title)).not.toContain("Lumio Note 10");
  });
});

describe("shop buttons, commission notices and an embedded post's links in more languages", () => {
  it.each(["Ver en X", "Publicación de X", "View on Instagram", "Vedi offerta su Amazon", "Ver oferta en Amazon", "Zum Angebot bei Otto", "Miglior prezzo: 429,00 €", "429,00 €",
    "TecnoProva partecipa a programmi di affiliazione: se acquisti tramite i nostri link potremmo ricevere una commissione, senza costi aggiuntivi per te.",
    "Wenn Sie über diese Links einkaufen, erhalten wir ggf. eine Provision.",
    "Transparência: o Bolso em Dia pode receber comissão quando você abre uma conta ou contrata um produto por meio de links deste artigo."])("%s is furniture", (line) => expect(isBoilerplate(line)).toBe(true));
  it.each(["Vedi offerta su Amazon perché conviene davvero a tutti", "Il sindaco ha detto che il comune potrebbe ricevere una commissione europea."])("%s is not", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("a stamp row with its section labelled in other languages", () => {
  it("reads the stamp and the writer past the section's field", () => {
    expect(parseMetaLine("Vloženo: 14. 3. 2025 | Autor: Petra Nováková | Kategorie: Doprava, Investice města")).toEqual({ published: new Date("2025-03-14T00:00:00Z"), author: "Petra Nováková" });
    expect(parseMetaLine("Par Claire Morvan | Rubrique : Société")).toEqual({ author: "Claire Morvan" });
  });
});

describe("a Korean reporter's signature right under the story, the page's boxes after it", () => {
  // Written for this project (a probe page, not a real site's).
  const page = [
    "한빛경제",
    "로그인",
    "회원가입",
    "구독신청",
    "전체메뉴",
    "",
    "전체기사",
    "경제",
    "금융",
    "증권",
    "산업",
    "IT·과학",
    "부동산",
    "유통",
    "국제",
    "오피니언",
    "포토",
    "영상",
    "",
    "코스피 2,612.45 ▲0.84%",
    "코스닥 735.19 ▲1.12%",
    "원/달러 1,452.30 ▼3.10",
    "",
    "홈 > 유통",
    "",
    "편의점 '무인 야간점포' 1만 곳 돌파…인건비 부담에 전환 가속",
    "",
    "- 작년 대비 38% 증가, 수도권 외곽·지방서 급증",
    "",
    "- 주류 판매·절도 대응은 여전히 숙제",
    "",
    "입력 2025.03.14 17:20",
    "수정 2025.03.14 18:02",
    "",
    "댓글 0",
    "공유",
    "스크랩",
    "인쇄",
    "글씨크기",
    "",
    "14일 서울 시내의 한 편의점 하이브리드 점포에서 고객이 셀프 계산대를 이용하고 있다. (사진=한빛경제 DB)",
    "",
    "국내 편의점 업계의 무인 야간점포가 처음으로 1만 곳을 넘어섰다. 최저임금 인상과 심야 아르바이트생 구인난이 겹치면서 가맹점주들이 밤 시간대 운영 방식을 잇따라 바꾸고 있다는 분석이다.",
    "",
    "14일 업계에 따르면 주요 편의점 4개사의 하이브리드(주간 유인·야간 무인) 점포 수는 지난달 말 기준 1만 230곳으로 집계됐다. 1년 전(7,410곳)과 비교하면 38% 늘어난 규모로, 전체 편의점 점포의 약 17%에 해당한다.",
    "",
    "하이브리드 점포는 낮에는 직원이 근무하고 자정부터 오전 6시까지는 출입 인증 장치와 셀프 계산대로만 운영된다. 고객은 신용카드나 모바일 신분증으로 본인 인증을 거쳐야 매장에 들어갈 수 있다.",
    "",
    "증가세는 수도권 외곽과 지방 중소도시에서 두드러졌다. 유동 인구가 적어 심야 매출이 인건비를 밑도는 점포가 많기 때문이다. 경기 화성시에서 편의점을 운영하는 A씨는 \"새벽 시간 매출이 하루 10만 원도 안 되는데 야간 근무자 인건비로 한 달에 300만 원 가까이 나갔다\"며 \"무인으로 바꾼 뒤에야 점포를 계속 유지할 수 있게 됐다\"고 말했다.",
    "",
    "관련기사",
    "편의점 4사, 1분기 신규 출점 '역대 최저'…폐점은 늘어",
    "\"밤엔 아무도 없어요\"…무인점포 절도 3년 새 2배",
    "",
    "■ 주류·담배 판매 제한이 변수",
    "",
    "다만 무인 시간대에는 주류와 담배 판매가 원칙적으로 제한된다. 일부 업체가 성인 인증 자판기를 시범 도입했지만, 청소년이 부모 신분증을 도용하는 사례가 적발되면서 관련 규제 논의가 이어지고 있다.",
    "",
    "절도와 기물 파손도 과제로 꼽힌다. 한 편의점 본사 관계자는 \"무인 시간대 도난 손실률은 유인 시간대보다 높지만, 인공지능(AI) CCTV 도입 이후 격차가 빠르게 줄고 있다\"고 설명했다.",
    "",
    "업계는 올해 하이브리드 점포가 1만 3,000곳 안팎까지 늘어날 것으로 보고 있다. 유통업계의 한 전문가는 \"야간 인력 확보가 어려운 상황이 지속되는 한 무인화는 거스를 수 없는 흐름\"이라면서도 \"지역 치안과 고용 문제를 함께 고려한 제도 정비가 필요하다\"고 지적했다.",
    "",
    "김서연 기자 seoyeon.kim@hanbiteconomy.co.kr",
    "",
    "ⓒ 한빛경제, 무단 전재 및 재배포 금지",
    "",
    "#편의점 #무인점포 #하이브리드점포 #최저임금 #유통",
    "",
    "이 기사를 추천합니다",
    "좋아요 12",
    "훈훈해요 0",
    "슬퍼요 1",
    "화나요 3",
    "",
    "김서연 기자의 다른 기사",
    "대형마트 의무휴업 평일 전환 1년…전통시장 매출은",
    "이커머스 '익일 배송' 경쟁, 지방 물류센터로 번진다",
    "",
    "댓글 0",
    "로그인 후 댓글을 작성할 수 있습니다.",
    "댓글 정렬: 최신순 | 추천순",
    "",
    "많이 본 뉴스",
    "1 한은, 기준금리 동결…\"하반기 인하 가능성 열어둬\"",
    "2 서울 아파트값 6주 연속 상승…강남3구 견인",
    "3 편의점 '무인 야간점포' 1만 곳 돌파…인건비 부담에 전환 가속",
    "4 반도체 수출 5개월 만에 반등…대중 수출은 감소",
    "5 \"월급 빼고 다 올랐다\"…외식 물가 상승률 3%대",
    "",
    "회사소개",
    "기사제보",
    "광고문의",
    "개인정보처리방침",
    "청소년보호정책",
    "이메일무단수집거부",
    "저작권 정책",
    "",
    "(주)한빛경제신문 | 서울특별시 중구 세종대로 000, 12층 | 대표이사 박정훈 | 등록번호 서울 아 01234 | 등록일 2012.05.10 | 발행인·편집인 박정훈 | 청소년보호책임자 이민호 | 대표전화 02-123-4567",
    "Copyright © 2025 한빛경제. All rights reserved.",
  ].join("\n");
  it("names the writer from it and keeps it out of the text", () => {
    const article = parseScrape(page);
    expect(article.author).toBe("김서연");
    expect(JSON.stringify(article.blocks)).not.toContain("seoyeon.kim");
  });
});

describe("a stamp row with the writer and their team after a comma, no 'by'", () => {
  it("reads the writer, and no place for one", () => {
    expect(parseMetaLine("niedziela, 9 marca 2025 | Anna Kowalczyk, Parafialny Zespół Caritas")).toEqual({ published: new Date("2025-03-09T00:00:00Z"), author: "Anna Kowalczyk" });
    expect(parseMetaLine("March 3, 2024 | Jane Doe, Staff Writer")?.author).toBe("Jane Doe");
    expect(parseMetaLine("March 3, 2024 | New York, NY")).toBeNull();
  });
});

describe("a recipe card's fields, buttons and rating in other languages", () => {
  it.each(["Preparazione 20 minuti", "Porzioni 8", "Difficoltà facile", "Portata: Dolci | Cucina: Italiana | Parola chiave: torta di mele", "Salva su Pinterest",
    "Hai provato questa ricetta? Tagga @lacucinadichiara su Instagram!", "★★★★★ 4,8 su 5 (126 voti)", "Tiempo de preparación: 15 min", "Zubereitungszeit 30 Minuten"])("%s is furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it("not the text's sentence that opens on the same word", () => {
    expect(isBoilerplate("Preparazione lunga ma semplice, la torta si conserva tre giorni.")).toBe(false);
  });
});

describe("a live match page: the scoreboard's lines over the headline and its dek, set line under line", () => {
  // Written for this project (a probe page, not a real site's).
  const page = [
    "Saltar al contenido",
    "DeportesYa",
    "Fútbol",
    "LaLiga",
    "Primera Federación",
    "Champions",
    "Baloncesto",
    "Motor",
    "Tenis",
    "Ciclismo",
    "Más deportes",
    "Resultados",
    "Clasificaciones",
    "Iniciar sesión",
    "Suscríbete",
    "Fútbol",
    "Primera Federación",
    "Directo",
    "EN DIRECTO",
    "CD Almadén",
    "2",
    "-",
    "1",
    "UD Costa Cálida",
    "Finalizado",
    "Zubiri (28'), Calvo (75') | Benali (41')",
    "CD Almadén - UD Costa Cálida, en directo: Primera Federación, jornada 27",
    "El Almadén remonta con un gol de Rubén Calvo a un cuarto de hora del final y se mete en zona de 'play-off'",
    "Javier Lozano",
    "Almadén (Ciudad Real)",
    "Publicado: 08/03/2025 20:30 CET",
    "Actualizado: 08/03/2025 22:58 CET",
    "Compartir en Facebook",
    "Compartir en X",
    "Compartir en WhatsApp",
    "Compartir en Telegram",
    "Copiar enlace",
    "Comentarios",
    "Rubén Calvo celebra el 2-1 ante la grada de La Dehesa. (Foto: Ana Mejías / DeportesYa)",
    "",
    "22:54",
    "¡FINAL EN LA DEHESA! El CD Almadén gana 2-1 a la UD Costa Cálida y se coloca cuarto, en puestos de 'play-off' de ascenso. Partido muy intenso, con un Costa Cálida que mereció más en la primera parte y un Almadén que supo aprovechar sus ocasiones tras el descanso. Gracias por acompañarnos en este directo. ¡Hasta la próxima!",
    "22:50",
    "Min. 94. Última falta lateral para el Costa Cálida. Sube hasta el portero Sergio Lanza... ¡y despeja Montoro de cabeza! Se acabó.",
    "22:45",
    "Min. 90. El cuarto árbitro señala cinco minutos de añadido. La Dehesa aprieta y canta \"¡Sí se puede!\" para empujar a los suyos en el tramo final.",
    "22:38",
    "Min. 82. Tarjeta amarilla para Dani Pérez por una entrada por detrás sobre Adrián Solís. Es la quinta del partido y el lateral murciano se perderá el próximo encuentro por acumulación.",
    "Publicidad",
    "22:31",
    "¡GOOOL DEL ALMADÉN! 2-1",
    "Min. 75. ¡Rubén Calvo! Centro medido de Solís desde la izquierda y el mediocentro llega desde atrás para rematar de cabeza en el segundo palo. Lanza no puede hacer nada. El estadio se viene abajo.",
    "22:20",
    "Min. 64. Doble cambio en el Almadén: entran Solís y Ferrer, se retiran Ortega y Martín Gil. El técnico local, Luis Carrasco, quiere más profundidad por las bandas.",
    "Te puede interesar: La Primera Federación estudia adelantar los horarios del 'play-off' por el calor",
    "22:08",
    "Min. 52. ¡Casi el segundo del Costa Cálida! Benali se va de dos rivales en la frontal y su disparo con la izquierda se estrella en el larguero. Suspiro en la grada.",
    "21:49",
    "Comienza la segunda parte. Sin cambios en ninguno de los dos equipos.",
    "21:33",
    "¡Descanso! 1-1 al término de los primeros 45 minutos. El Almadén se adelantó con un gol de Zubiri, pero el Costa Cálida reaccionó bien y empató antes del descanso por medio de Moha Benali. Los visitantes han tenido más el balón (58 % de posesión) y dos ocasiones claras más.",
    "21:26",
    "¡GOL DEL COSTA CÁLIDA! 1-1",
    "Min. 41. Moha Benali recoge un rechace en el área pequeña tras un córner y empuja el balón a la red. Empate merecido por lo visto en los últimos minutos.",
    "21:12",
    "¡GOOOL DEL ALMADÉN! 1-0",
    "Min. 28. ¡Iker Zubiri! El delantero vasco aprovecha un error en la salida de balón del Costa Cálida, roba en tres cuartos de campo y define cruzado ante Lanza. Su duodécimo gol de la temporada.",
    "20:59",
    "Min. 14. Primera ocasión del partido para los visitantes. Cabezazo de Dani Pérez tras un saque de esquina que atrapa sin problemas el meta local, Héctor Vidal.",
    "20:45",
    "¡Rueda el balón en La Dehesa! Arranca el partido con algo más de 3.000 espectadores en las gradas y una tarde agradable en Almadén.",
    "20:32",
    "Alineaciones confirmadas",
    "CD Almadén: Vidal; Ortega, Montoro, Beltrán, Rivas; Calvo, Martín Gil, Aguado; Ferrer, Zubiri y Navas.",
    "UD Costa Cálida: Lanza; Dani Pérez, Salcedo, Ibáñez, Cortés; Benali, Requena, Marco; Yeray, Quiles y Mendoza.",
    "20:30",
    "¡Buenas tardes y bienvenidos a la narración en directo del CD Almadén - UD Costa Cálida, correspondiente a la jornada 27 de la Primera Federación! Dos equipos separados por solo dos puntos en la clasificación y con la mirada puesta en los puestos de 'play-off'. El Almadén llega tras encadenar tres partidos sin ganar, mientras que el Costa Cálida suma cuatro jornadas sin perder fuera de casa.",
    "",
    "Etiquetas",
    "Primera Federación",
    "CD Almadén",
    "UD Costa Cálida",
    "Directos",
    "Más noticias",
    "El Costa Cálida recurrirá la tarjeta a Dani Pérez: \"No hay ni falta\"",
    "Luis Carrasco: \"Este equipo tiene alma y hoy lo ha demostrado\"",
    "Clasificación de la Primera Federación tras la jornada 27",
    "Resultados de la jornada: el líder vuelve a pinchar en casa",
    "Lo más leído",
    "1. El Real Madrid confirma la lesión de su central: tres semanas de baja",
    "2. Horario y dónde ver el Clásico de baloncesto del domingo",
    "3. Alonso: \"El coche va mejor de lo que pensábamos\"",
    "4. La Vuelta 2025 presenta su recorrido con siete finales en alto",
    "Newsletter",
    "Recibe cada mañana lo mejor del deporte en tu correo",
    "Apúntate",
    "DeportesYa",
    "Quiénes somos",
    "Aviso legal",
    "Política de privacidad",
    "Política de cookies",
    "Configuración de privacidad",
    "Contacto",
    "Publicidad",
    "© 2025 Ediciones Deportivas del Sur, S.L. Todos los derechos reservados.",
  ].join("\n");
  it("takes the headline, not a team's name nor a line of the box", () => {
    expect(parseScrape(page).title).toBe("CD Almadén - UD Costa Cálida, en directo: Primera Federación, jornada 27");
  });
});

describe("a text browser's dump: the headline flush left, its dek indented as a paragraph under it", () => {
  // Written for this project (a probe page, not a real site's).
  const page = [
    "Skip to main content",
    "Skip to footer",
    "",
    "   We and our partners use cookies to personalise content and ads, to provide",
    "   social media features and to analyse our traffic. You can change your",
    "   choices at any time by visiting Cookie Settings.",
    "",
    "(BUTTON) Accept all (BUTTON) Reject non-essential (BUTTON) Manage preferences",
    "",
    "[Harbourside Gazette logo]",
    "Tuesday, 15 October 2024",
    "Kessock 11°C Light rain",
    "[Search the Gazette______________] (BUTTON) Go",
    "Sign in | (BUTTON) Subscribe from £1 a week",
    "",
    "  * News",
    "  * Sport",
    "  * Business",
    "  * Opinion",
    "  * Lifestyle",
    "  * Islands",
    "  * Weather",
    "  * Jobs",
    "  * Property",
    "  * Notices",
    "  * Puzzles",
    "",
    "Local | Highlands | Scotland | UK | World | Transport | Politics | Courts",
    "",
    "BREAKING: A82 reopened at Invermoriston after morning collision",
    "",
    "Home › News › Transport",
    "",
    "Ferry service to Mull Point suspended after ramp fault",
    "",
    "   Island Link says repairs to the island terminal could take until Thursday",
    "",
    "By Fiona MacRae",
    "Transport reporter",
    "Monday 14 October 2024 19:42 BST",
    "Share: Facebook X WhatsApp Email Copy link",
    "",
    "[The MV Kessock Lass berthed at the quay]",
    "   The MV Kessock Lass at Kessock Quay. Sailings have been cancelled until at",
    "   least Thursday. Photo: Gazette Archive",
    "",
    "   Ferry crossings between Kessock Quay and Mull Point have been suspended",
    "   until at least Thursday after engineers found a crack in the hydraulic ramp",
    "   at the island terminal, the operator said on Monday evening.",
    "",
    "   About 40 scheduled sailings are affected. Island Link Ferries said",
    "   passengers with bookings would be refunded automatically and that a",
    "   water-taxi for foot passengers would run hourly from 7am.",
    "",
    "   Vehicles will not be carried until the repair is complete. A spokeswoman",
    "   said a specialist welding team was on its way from Aberdeen and that an",
    "   update would be posted on Wednesday afternoon.",
    "",
    "Advertisement",
    "",
    "Read more:",
    "",
    "  * Island Link confirms winter timetable with fewer Sunday sailings",
    "  * Councillors demand answers over ageing ferry fleet",
    "  * Mull Point shop owners count cost of summer disruption",
    "",
    "Comments are closed for this article.",
    "",
    "Most read",
    "",
    "  1. Plans for 200 homes on former distillery site approved",
    "  2. Teenager rescued after night stranded on sea stack",
    "  3. Kessock Primary wins national recycling award",
    "  4. A82 reopened at Invermoriston after morning collision",
    "  5. Ferry service to Mull Point suspended after ramp fault",
    "",
    "Get the Morning Briefing",
    "",
    "   The day's top stories from the Highlands and Islands, in your inbox at 7am.",
    "   Free, every weekday.",
    "",
    "[Your email address____________] (BUTTON) Sign up",
    "[ ] I agree to the Gazette's terms and privacy notice",
    "",
    "More from Transport",
    "",
    "  * Bus firm drops evening service to Culloden 2 hours ago",
    "  * Airport passenger numbers up 8% on last year 5 hours ago",
    "  * Bridge resurfacing to begin next month Yesterday",
    "  * Taxi fares set to rise by 30p Yesterday",
    "",
    "Advertisement",
    "",
    "  * About us",
    "  * Contact",
    "  * Advertise",
    "  * Terms and conditions",
    "  * Privacy notice",
    "  * Cookie settings",
    "  * Complaints",
    "  * Archive",
    "  * Announcements",
    "  * E-edition",
    "",
    "   © 2024 Harbourside Media Ltd. Registered in Scotland No. SC412876.",
    "   Registered office: 3 Quay Street, Kessock. All rights reserved.",
    "",
    "Back to top",
  ].join("\n");
  it("takes the headline, not the dek", () => {
    expect(parseScrape(page).title).toBe("Ferry service to Mull Point suspended after ramp fault");
  });
});
