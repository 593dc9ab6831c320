/** The line rules of scraped pages (src/extract/scrape/rules/): bylines and stamps, furniture, credits and captions, related links, leads. */
import { describe, expect, it } from "vitest";
import { bareNameByline, cjkByline, datelineDate, isWriterRole, isNumericStamp, isWriterBio, looksLikePersonName, parseByline, parseCreditsLine, parseMetaLine, stripLeadMarker, writerBioName } from "../../../src/extract/scrape/rules/bylines";
import { captionText, endsWithAgency, hasCaptionMarker, isStandaloneCredit, looksLikePhotoCaption } from "../../../src/extract/scrape/rules/captions";
import { isPaywallPrompt, isBoilerplate, isCopyrightLine } from "../../../src/extract/scrape/rules/furniture";
import { isHeadlineLike, isSubheading } from "../../../src/extract/scrape/rules/line-shapes";
import { isWholeQuote } from "../../../src/extract/scrape/rules/quotes";
import { inlineRelated, isBareUrl, isRelatedHeading, parseLinkLine } from "../../../src/extract/scrape/rules/related";
import { isSectionEnd, isSignUpLine } from "../../../src/extract/scrape/vocabulary";

describe("related labels in more forms", () => {
  it.each(["LEIA MAIS", "Saiba mais:", "LEA TAMBIÉN", "Vea también:", "Sigue leyendo:", "【関連記事】", "[Related]", "Más información", "Weitere Informationen", "Lire aussi |", "延伸阅读", "İlgili Haberler", "İLGİLİ HABERLER"])("%s heads a related list", (line) => {
    expect(isRelatedHeading(line)).toBe(true);
  });
  it("reads a related line whose label is in capitals with no colon, and not a sentence that opens the same way", () => {
    expect(inlineRelated("LIRE AUSSI Le gouvernement annonce un nouveau plan")).toBe("Le gouvernement annonce un nouveau plan");
    expect(inlineRelated("Ezt is olvasd el: Megható: tűzoltók mentették ki a kiskutyát")).toBe("Megható: tűzoltók mentették ki a kiskutyát");
    expect(inlineRelated("ALSO ON WBRX 5: Crash closes two lanes of I-75 southbound near Needmore Road")).toBe("Crash closes two lanes of I-75 southbound near Needmore Road");
    expect(inlineRelated("LÄS MER: Fler drunkningsolyckor på is i fjol")).toBe("Fler drunkningsolyckor på is i fjol");
    expect(inlineRelated("[관련기사] 해안시 버스 기사 부족 심화")).toBe("해안시 버스 기사 부족 심화");
    expect(inlineRelated("[Related] Council approves the harbour car park")).toBe("Council approves the harbour car park");
    expect(inlineRelated("Lees meer: Gemeente sluit zwembad voor de zomer")).toBe("Gemeente sluit zwembad voor de zomer");
    expect(inlineRelated("ALSO ON THE AGENDA: THE BUDGET")).toBeNull();
    expect(inlineRelated("LEIA MAIS: Governo anuncia novo plano")).toBe("Governo anuncia novo plano");
    expect(inlineRelated("Lire aussi Le Monde, qui en parle longuement")).toBeNull();
  });
  it.each([
    ["مزید پڑھیں: سندھ کے مختلف شہروں میں بارش", "سندھ کے مختلف شہروں میں بارش"],
    ["Citește și: Ce spune primarul general", "Ce spune primarul general"],
    ["BACA: Lima langkah mudah menghemat listrik", "Lima langkah mudah menghemat listrik"],
    ["Soma zaidi: Serikali yatangaza mpango mpya", "Serikali yatangaza mpango mpya"],
    ["קראו גם: הממשלה מאשרת תוכנית חדשה", "הממשלה מאשרת תוכנית חדשה"],
    ["BASAHIN: Bagong programa ng pamahalaan", "Bagong programa ng pamahalaan"],
  ])("reads a related line labelled in more languages: %s", (line, title) => {
    expect(inlineRelated(line)).toBe(title);
  });
  it.each(["بیشتر درباره این خبر", "پربیننده‌ترین", "Cele mai citite", "Habari zaidi", "Trending in U.S.", "Most read in News", "Read More on The Sun", "Mest lest", "Flere saker", "Mest läst", "YOU MIGHT LIKE", "MORE FOR YOU", "More explainers", "Weiterlesen:", "Plus de contenu"])("%s heads a related list too", (line) => {
    expect(isRelatedHeading(line)).toBe(true);
  });
  it.each(["Most popular on Netflix", "Trending on TikTok this week", "Most read in the world is a book"])("%s heads no related list", (line) => {
    expect(isRelatedHeading(line)).toBe(false);
  });
});

describe("bylines", () => {
  it.each([
    ["By Meg James Staff Writer", "Meg James"],
    ["By Joseph Tsidulko November 19, 2019, 07:47 PM EST", "Joseph Tsidulko"],
    ["By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", "Mike Wall"],
    ["By Umair Irfan Updated Nov 13, 2019", "Umair Irfan"],
    ["By Reporter 7", "Reporter 7"],
    ["By Correspondent", "Correspondent"],
    ["By Catherine Shu @catherineshu", "Catherine Shu"],
    ["By Mei Chen", "Mei Chen"],
    ["by Regan September 15, 2014", "Regan"],
    ["By Layla Hassan in Cairo", "Layla Hassan"],
    ["By Layla Hassan at Wembley Stadium", "Layla Hassan"],
    ["By Ana Costa and Tom Lee in Washington", "Ana Costa and Tom Lee"],
    ["Par Anne Roy à Paris", "Anne Roy"],
    ["Автор: Иван Петров", "Иван Петров"],
    ["بقلم: أحمد علي", "أحمد علي"],
    // A colon after "By", and labels that name the writer with a colon after them.
    ["By: Jane Doe", "Jane Doe"],
    ["Author: Jane Doe", "Jane Doe"],
    ["Autor: Jan Novák", "Jan Novák"],
    ["Yazar: Ayşe Yılmaz", "Ayşe Yılmaz"],
    ["Penulis: Budi Santoso", "Budi Santoso"],
    ["Texto: Ana Lima", "Ana Lima"],
    ["作者：王晓明", "王晓明"],
    ["Words by Jane Doe", "Jane Doe"],
    ["Oleh Budi Santoso", "Budi Santoso"],
    ["Text: Jana Nováková", "Jana Nováková"],
    ["Texte : Julie Martin", "Julie Martin"],
    ["Текст: Иван Петров", "Иван Петров"],
    ["Words: Jane Doe", "Jane Doe"],
    ["מאת יוסי כהן", "יוסי כהן"],
    ["כתב: יוסי כהן", "יוסי כהן"],
    ["خبرنگار: علی رضایی", "علی رضایی"],
    ["記者陳怡君／台北報導", "陳怡君"],
    // The writer's label in Finnish, Hungarian, Vietnamese, Czech, Turkish, Hindi, Bengali; Thai's "by".
    ["Kirjoittaja: Matti Virtanen", "Matti Virtanen"],
    ["Írta: Nagy Gábor", "Nagy Gábor"],
    ["Tác giả: Nguyễn Văn An", "Nguyễn Văn An"],
    ["Napsal: Jan Novák", "Jan Novák"],
    ["Yazan: Ayşe Kaya", "Ayşe Kaya"],
    ["द्वारा: राहुल शर्मा", "राहुल शर्मा"],
    ["লেখক: রহিম উদ্দিন", "রহিম উদ্দিন"],
    ["โดย สมชาย ใจดี", "สมชาย ใจดี"],
    // The piece's kind before its writer, in more languages; Greek's "text" and "writes".
    ["Eine Reportage von Katharina Wendel", "Katharina Wendel"],
    ["A feature by Jane Roe", "Jane Roe"],
    ["Une enquête de Marie Dupont", "Marie Dupont"],
    ["Una crónica de Juan Pérez", "Juan Pérez"],
    ["Κείμενο: Ελένη Παπαδάκη", "Ελένη Παπαδάκη"],
    ["Γράφει η Ελένη Παπαδάκη", "Ελένη Παπαδάκη"],
    ["Της Ελένης Παππά", "Ελένης Παππά"],
    // A date's weekday glued to the name (a page's byline and date set in elements side by side) is not the name's.
    ["By Jane Albright Thu, 02/22/2024 - 21:30", "Jane Albright"],
    ["By Jane Doe Thursday, 3 March 2024", "Jane Doe"],
    ["By Lee Sun, 3 March 2024", "Lee Sun"],
  ])("%s → %s", (line, name) => {
    expect(parseByline(line)).toBe(name);
  });

  it("reads a name with the writer's job after a bar, and the writer before the photographer", () => {
    expect(parseMetaLine("Janet Morrow | Staff Reporter")?.author).toBe("Janet Morrow");
    expect(parseMetaLine("Ana Lilia Cervantes / Corresponsal y Redacción")?.author).toBe("Ana Lilia Cervantes");
    expect(parseMetaLine("Kirk Irwin / Getty Images")).toBeNull();
    // The writer's and the editor's labels without colons, side by side.
    expect(parseMetaLine("Penulis Dian Rahmawati | Editor Bagus Santoso")).toEqual({ author: "Dian Rahmawati" });
    expect(parseMetaLine("Published by: Aakash Dubey")).toEqual({ author: "Aakash Dubey" });
    expect(parseMetaLine("Teksti: Anna-Liisa Heikkinen")).toEqual({ author: "Anna-Liisa Heikkinen" });
    // The update in brackets after the date; a date, a bullet and the clock.
    expect(parseMetaLine("10 Marzo 2024 (modifica il 10 Marzo 2024 | 17:12)")).toEqual({ published: new Date("2024-03-10T00:00:00Z"), updated: new Date("2024-03-10T17:12:00Z") });
    expect(parseMetaLine("11.03.2024 • 14:25")).toEqual({ published: new Date("2024-03-11T14:25:00Z") });
    // A Chinese portal's stamp with its source's name after it.
    expect(parseMetaLine("2024年03月12日 14:35 新华网")).toEqual({ published: new Date("2024-03-12T14:35:00Z") });
    expect(parseMetaLine("Jane Doe, Staff Writer • March 3, 2025")?.author).toBe("Jane Doe");
    expect(parseMetaLine("Publié le 12 mars 2024 à 10h15, modifié le 12 mars 2024 à 14h30")?.updated?.toISOString()).toBe("2024-03-12T14:30:00.000Z");
    expect(parseMetaLine("Story by Janet Morrow; photos by Tom Hale")?.author).toBe("Janet Morrow");
    // A photo's credit alone is no byline; nor is a wire's list of credits.
    expect(parseMetaLine("Photo by Kirk Irwin/Getty Images")).toBeNull();
    expect(parseMetaLine("Council | Planning")).toBeNull();
    // Greek's article before a genitive is a byline's only before a name: "της κυβέρνησης και των πολιτών" is a phrase.
    expect(parseMetaLine("της κυβέρνησης και των πολιτών")).toBeNull();
  });

  it("reads WordPress's byline with the writer's login, a stamp first published under its update, and a label set off by a dash", () => {
    expect(parseMetaLine("Posted on January 16, 2024 by margaretsallotment")).toEqual({ published: new Date("2024-01-16T00:00:00Z"), author: "margaretsallotment" });
    expect(parseMetaLine("Posted on January 16, 2024 by the sea")).toBeNull();
    expect(parseMetaLine("Updated January 17 2024 - 9:12am, first published January 16 2024 - 6:30pm")).toEqual({
      updated: new Date("2024-01-17T09:12:00Z"), published: new Date("2024-01-16T18:30:00Z"),
    });
    expect(parseMetaLine("Published - January 16, 2024 08:41 pm IST")?.published?.toISOString()).toBe("2024-01-16T15:11:00.000Z");
  });

  it("reads a Chinese reporter's byline with its word for 'reports' after the name", () => {
    expect(parseMetaLine("记者 王丽 报道")?.author).toBe("王丽");
  });

  it("reads a name and a stamp flattened onto one line with nothing between", () => {
    expect(parseMetaLine("Jane Doe November 18, 2019 11:03 PM")).toEqual({ author: "Jane Doe", published: new Date("2019-11-18T23:03:00Z") });
    expect(parseMetaLine("Reuters November 18, 2019 11:03 PM")?.author).toBe("Reuters");
    expect(parseMetaLine("Associated Press November 19, 2019, 9:02 AM")?.author).toBe("Associated Press");
    expect(parseMetaLine("Marta Nowak 18.11.2019 09:12")?.author).toBe("Marta Nowak");
    // The stamp's own word and a weekday are no name; nor is a headline that goes on after the date.
    expect(parseMetaLine("Published Wed, Nov 20 2019 4:29 AM EST")?.author).toBeUndefined();
    expect(parseMetaLine("Super Bowl February 2, 2020: what you need to know")?.author).toBeUndefined();
  });

  it("reads no stamp in a span of two dates (a life, an event)", () => {
    expect(parseMetaLine("June 1, 1941 - March 2, 2025")).toBeNull();
    expect(parseMetaLine("1 June 1941 – 2 March 2025")).toBeNull();
    expect(parseMetaLine("Published March 2, 2025 - 10:30")?.published?.toISOString()).toBe("2025-03-02T10:30:00.000Z");
  });

  it.each([
    ["Escrito por Ana Lima", "Ana Lima"],
    ["Scritto da Marco Rossi", "Marco Rossi"],
    ["Geschrieben von Anna Schmidt", "Anna Schmidt"],
    ["Écrit par Julie Martin", "Julie Martin"],
    ["Kirjoittanut Matti Virtanen", "Matti Virtanen"],
    ["Skrevet af Mette Hansen", "Mette Hansen"],
    // The piece's kind before its writer.
    ["Interview by Jane Doe", "Jane Doe"],
    ["Analysis by Jane Doe", "Jane Doe"],
    ["Guest column by Jane Doe", "Jane Doe"],
    ["Text and photos by Jane Doe", "Jane Doe"],
    ["Reported by Jane Doe", "Jane Doe"],
    ["Propos recueillis par Julie Martin", "Julie Martin"],
    ["Ein Kommentar von Anna Schmidt", "Anna Schmidt"],
    ["Una entrevista de Lucía Fernández", "Lucía Fernández"],
  ])("\"written by\" in other languages: %s", (line, name) => {
    expect(parseMetaLine(line)?.author).toBe(name);
  });

  it.each([
    ["입력 2024.03.12 14:35", "2024-03-12T14:35:00.000Z", undefined],
    ["发布时间：2024-03-12 14:35", "2024-03-12T14:35:00.000Z", undefined],
    ["2024年03月12日 14:35 来源：新华网 作者：王晓明", "2024-03-12T14:35:00.000Z", "王晓明"],
    // The desk editor's field beside the writer's, parted by ideographic spaces.
    ["2024-03-12 09:30:21　来源：新华网　作者：王晓明　责任编辑：刘洋", "2024-03-12T09:30:21.000Z", "王晓明"],
    ["By Jane Doe | Editor: Tom Roe | March 3, 2024", "2024-03-03T00:00:00.000Z", "Jane Doe"],
    ["Opublikowano: 12.03.2024", "2024-03-12T00:00:00.000Z", undefined],
    ["Ayşe Yılmaz | 12.03.2025 14:20", "2025-03-12T14:20:00.000Z", "Ayşe Yılmaz"],
    ["2025年3月12日 记者 王伟", "2025-03-12T00:00:00.000Z", "王伟"],
    ["Toulouse, le 12 mars 2024", "2024-03-12T00:00:00.000Z", undefined],
    ["London - 12 March 2023 - 14:30", "2023-03-12T14:30:00.000Z", undefined],
    // The byline, a comma, then the date: the name and the date, in any language the byline rules read.
    ["By Jane Doe, March 3, 2024", "2024-03-03T00:00:00.000Z", "Jane Doe"],
    ["By Jane Doe, Staff Writer, March 3, 2024", "2024-03-03T00:00:00.000Z", "Jane Doe"],
    ["Por María García, 3 de marzo de 2024", "2024-03-03T00:00:00.000Z", "María García"],
    ["Par Julie Martin, le 3 mars 2024", "2024-03-03T00:00:00.000Z", "Julie Martin"],
    ["Von Jonas Berg, 3. März 2024", "2024-03-03T00:00:00.000Z", "Jonas Berg"],
    ["3 марта 2024 г.", "2024-03-03T00:00:00.000Z", undefined],
  ])("reads a stamp with its label or fields in other languages: %s", (line, iso, author) => {
    const meta = parseMetaLine(line);
    expect(meta?.published?.toISOString()).toBe(iso);
    expect(meta?.author).toBe(author);
  });

  it("takes a numeric date beside a byline as a stamp whose date the page's language reads later", () => {
    expect(parseMetaLine("By Jane Doe · 03/04/2024")).toEqual({ author: "Jane Doe" });
    for (const line of ["03/04/2024", "Published: 03/04/2024 10:42", "Updated 3/4/24 at 9:41 AM EST", "04-03-2025, 10:20", "Actualizado: 04/03/2025 - 12:45", "04/03/2025 ore 10:20"]) expect(isNumericStamp(line)).toBe(true);
    for (const line of ["Ratio 3/4 of 2024 votes", "The 03/04/2024 meeting was cancelled after the storm"]) expect(isNumericStamp(line)).toBe(false);
  });

  it("is the writer's, not a photo's credit, when it names an agency after the name", () => {
    expect(isStandaloneCredit("By Rachel Obi | Reuters")).toBe(false);
    expect(hasCaptionMarker("By Rachel Obi | Reuters")).toBe(false);
    expect(isStandaloneCredit("Rachel Obi | Reuters")).toBe(true);
    // Who gave the photo, alone under it.
    expect(isStandaloneCredit("SUPPLIED")).toBe(true);
    expect(isStandaloneCredit("Kuva: Juho Takala / PS")).toBe(true);
    expect(isStandaloneCredit("(Handout)")).toBe(true);
  });

  it.each([
    "IMAGO/Team 2", "dpa/Bernd Weißbrod", "(A. Martin/L'Équipe)", "David Paul Morris | Bloomberg | Getty Images", "(PRNewsfoto/Halvorsen Robotics)", "KOMPAS.com/RINA KUSUMAWATI", "(צילום: נועם רביב)", "فوٹو: ایکسپریس",
    "Illustration: Noor Hassan", "Illustration by Mira Sokol", "(Kuha ni Jun Mendoza)", "Picha na Maktaba",
    "Photographer: Dustin Franz for Ledger Weekly", "Fotograf: Lars Eriksen", "Markus Scholz/picture alliance via Getty Images", "(Simulation: SXS Collaboration)",
    "© Foto: Kristoffer Vang", "Photo © Jane Owner", "Quelle: picture alliance/dpa/Britta Pedersen", "(Riverland & Mallee News: Eliza Cobb)", "Supplied by Barratt North Scotland", "(KCRX)", "(WSB-TV)",
    "© Giulia Ferraresi", "Kuvat: Mikko Kivelä", "Screenshot: Tomasz Wilk",
    "Φωτ.: Γιάννης Σταυρίδης", "Photo / Supplied, Peninsula Restoration Trust", "Photo / Mereana Tuhoe", "Chart: Stackframe",
  ])("is a photo's credit alone on its line: %s", (line) => {
    expect(isStandaloneCredit(line)).toBe(true);
  });

  it.each([
    "A huge section of cliff fell onto the beach near the town in Wigan Credit: MEN Media",
    "Police cordon off the street in Manchester Picture: PA",
    "Delivery drivers wait outside a restaurant on Tuesday. Tom Willard via Getty Images",
    "Il letto del Po a Boretto, sotto lo zero idrometrico Foto di Roberto Gallinari", "Budynek dawnego dworca kolejowego w Jaśle fot. Archiwum",
    "Nach Wochen der Polarnacht steht die Sonne wieder über den Gipfeln bei Reine. © Foto: Kristoffer Vang",
    "Разница в толщине: слева — смартфон 2022 года, справа — модель 2024 года. Фото: «Цифровой ракурс»",
    "Упрощённая схема: ионы лития встраиваются в графит или образуют сплав с кремнием. Иллюстрация: «Цифровой ракурс»",
    "Mkulima wa korosho akikausha korosho nyumbani kwake. Picha na Rehema Juma",
    "Radość piłkarzy Orła po zwycięskiej bramce Mateusza Wróbla. Fot. Paweł Grzelak",
    "Petani memilah biji kopi di Desa Wonosari Lor, Selasa (20/8/2024). WARTANUSA.ID/RINA KARTIKASARI",
  ])("is a caption by the credit glued to its end: %s", (line) => {
    expect(hasCaptionMarker(line)).toBe(true);
  });

  it.each([
    "He gave credit: the team deserves it", "The Picture: what we know so far", "Residents shared the video via Facebook",
    "Child Tax Credit: What families need to know", "Universal Credit: How to apply for the new payment", "Best Picture: Oppenheimer",
    "She framed the photo by John Smith", "The council sent the photo by Tuesday",
    // Two years in brackets, a pair of teams: no outlet and photographer.
    "The vote was close in both seasons. (2019 / 2020)", "The derby ended level. (Leeds / Sheffield United)",
  ])("is no caption: %s", (line) => {
    expect(hasCaptionMarker(line)).toBe(false);
  });

  it("reads a dated, placed photo's description with its source after the date as a caption", () => {
    expect(looksLikePhotoCaption("Firefighters battle a blaze at a warehouse in Chicago on March 16, 2021. NBC Chicago")).toBe(true);
    expect(looksLikePhotoCaption("The hearing in Chicago was set for March 16, 2021. The Judge said no.")).toBe(false);
    expect(looksLikePhotoCaption("The factory in Ohio closed its doors on March 16, 2021. Hundreds lost jobs.")).toBe(false);
    expect(looksLikePhotoCaption("The factory in Ohio closed on March 16, 2022. it rained")).toBe(false);
    // A gallery caption's toggle after the date: "… Tuesday, Nov. 19, 2019. less".
    expect(looksLikePhotoCaption("Designers unveil the concept car at the auto show in Los Angeles Tuesday, Nov. 19, 2019. less")).toBe(true);
  });

  it.each(["(The council met on Tuesday)", "Photo of the day", "Kuha ni", "Team 2/IMAGO rules", "(Editing: Mark Heinrich)", "(Additional reporting: Sam Jones)",
    "Quelle: Statistisches Bundesamt", "Supplied by the council, the figures show a rise", "(Graphic: Global assets in 2019 - here)", "Chart: the figures for March", "© 2024 Example Ltd. All rights reserved.", "(KC)", "(WHOOPS)"])("is no credit: %s", (line) => {
    expect(isStandaloneCredit(line)).toBe(false);
  });

  it("is no person's name: a share row, a phrase joined by a preposition", () => {
    for (const line of ["Facebook Twitter Email", "Reporting From Atlanta"]) expect(looksLikePersonName(line)).toBe(false);
    for (const line of ["Marcus De Guzman", "Jean de la Fontaine", "Mary-Kate O’Brien"]) expect(looksLikePersonName(line)).toBe(true);
  });

  it("reads a byline with a handle or a bullet glued on, a double dash before the clock, a section label beside it", () => {
    expect(parseMetaLine("By Miriam Okafor@miriamokafor Jun 8, 2021, 8:00am EDT")?.author).toBe("Miriam Okafor");
    expect(parseMetaLine("Lena Karsten@lenakarsten / 9:00 am EDT•September 15, 2020")).toEqual({ author: "Lena Karsten", published: new Date("2020-09-15T13:00:00Z") });
    expect(parseMetaLine("By Liam Corrigan | October 5, 2020 -- 10:58 GMT (03:58 PDT) | Topic: Security")).toEqual({ author: "Liam Corrigan", published: new Date("2020-10-05T10:58:00Z") });
    // An e-mail address is no handle: the name before it is still the writer's.
    expect(parseMetaLine("Megan Hartley mhartley@lakeshoretribune.com")).toEqual({ author: "Megan Hartley" });
    // The outlet the writer works for, after the byline.
    expect(parseMetaLine("By Yvonne Jessup | Nashville Tennessean")).toEqual({ author: "Yvonne Jessup" });
  });

  it("reads a name with the link to the writer's page as a byline", () => {
    expect(parseMetaLine("Marcus De Guzman View More Articles")).toEqual({ author: "Marcus De Guzman" });
    expect(parseMetaLine("The Latest News View More Articles")).toBeNull();
    expect(parseMetaLine("Premier League More Stories")).toBeNull();
    // A weekday opening a name is a given name; closing a line, a day: "Black Friday" is no writer.
    expect(parseMetaLine("Sunday Alamba - March 3, 2024")).toEqual({ author: "Sunday Alamba", published: new Date("2024-03-03T00:00:00Z") });
    expect(looksLikePersonName("Black Friday")).toBe(false);
  });

  it("reads Japanese stamps labelled without a colon, two on a line, and a writer's label after a Thai stamp", () => {
    expect(parseMetaLine("投稿日 2024年02月14日 更新日 2024年02月16日")).toEqual({ published: new Date("2024-02-14T00:00:00Z"), updated: new Date("2024-02-16T00:00:00Z") });
    expect(parseMetaLine("公開日：2024年02月14日 更新日：2024年02月16日")).toEqual({ published: new Date("2024-02-14T00:00:00Z"), updated: new Date("2024-02-16T00:00:00Z") });
    expect(parseMetaLine("14 มี.ค. 2568 - 10:15 น. ผู้เขียน: ปิยะนุช แสงทอง")).toEqual({ published: new Date("2025-03-14T10:15:00Z"), author: "ปิยะนุช แสงทอง" });
  });

  it("reads a date with its update's clock in brackets and the place it was filed from, and a reading time glued to the byline", () => {
    expect(parseMetaLine("12 marzo 2024 (modifica alle 09:41) - MILANO")).toEqual({ published: new Date("2024-03-12T00:00:00Z") });
    expect(parseMetaLine("March 19, 2024 by Hannah Novak 6 min read")).toEqual({ published: new Date("2024-03-19T00:00:00Z"), author: "Hannah Novak" });
  });

  it.each(["Byron Smith", "Author Jane Doe wrote the report", "Texts of the treaty were signed", "Oleh karena itu pemerintah menunda proyek", "מאתיים איש הגיעו לכיכר"])("is not a byline: %s", (line) => {
    expect(parseByline(line)).toBeNull();
  });

  it.each([
    ["Posted by Jane Smith on April 3, 2022 | 14 Comments", "2022-04-03"],
    ["Written by Jane Smith on 3 March 2022", "2022-03-03"],
    ["Posted on April 3, 2022 by Jane Smith | No Comments", "2022-04-03"],
    ["By Jane Smith published April 3, 2022", "2022-04-03"],
    ["Publié le 3 avril 2022 par Jane Smith dans Voyages | 4 commentaires", "2022-04-03"],
    ["Von Jane Smith Do., 03.04.2022 - 21:30", "2022-04-03"],
  ])("reads a blog's byline with its date and comment count: %s", (line, day) => {
    const meta = parseMetaLine(line);
    expect(meta?.author).toBe("Jane Smith");
    expect(meta?.published?.toISOString().slice(0, 10)).toBe(day);
  });

  it.each([
    ["Published: 10 March 2024, Last updated: 12 March 2024", "2024-03-10T00:00:00.000Z", "2024-03-12T00:00:00.000Z"],
    ["Publié le 10 mars 2024, mis à jour le 12 mars 2024 à 10h05", "2024-03-10T00:00:00.000Z", "2024-03-12T10:05:00.000Z"],
    ["Veröffentlicht am 10. März 2024, aktualisiert am 12. März 2024", "2024-03-10T00:00:00.000Z", "2024-03-12T00:00:00.000Z"],
    ["Publicado el 10 de marzo de 2024. Actualizado el 12 de marzo de 2024", "2024-03-10T00:00:00.000Z", "2024-03-12T00:00:00.000Z"],
  ])("reads the update after a comma on the stamp's line: %s", (line, published, updated) => {
    const meta = parseMetaLine(line);
    expect([meta?.published?.toISOString(), meta?.updated?.toISOString()]).toEqual([published, updated]);
  });

  it("a stamp's second date after \"on\" does not replace the first", () => {
    const meta = parseMetaLine("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019");
    expect(meta?.published?.toISOString()).toBe("2019-11-18T16:07:00.000Z");
  });

  it.each([
    ["山田太郎 記者", "山田太郎"],
    ["山田太郎記者", "山田太郎"],
    ["记者 王伟", "王伟"],
    ["홍길동 기자", "홍길동"],
    ["كتب: محمد علي", "محمد علي"],
  ])("reads a reporter's title beside the name in scripts without By: %s", (line, name) => {
    expect(parseMetaLine(line)?.author).toBe(name);
  });

  it("reads a byline that follows the stamp after its own word", () => {
    const meta = parseMetaLine("Publié le 3 octobre 2021 par Julie");
    expect(meta?.author).toBe("Julie");
    expect(meta?.published?.toISOString()).toBe("2021-10-03T00:00:00.000Z");
  });

  it("reads a byline without its By: a name before a handle or a date", () => {
    expect(parseMetaLine("Jane Doe @janedoe / 2 days")).toEqual({ author: "Jane Doe" });
    expect(parseMetaLine("Jane Doe - Nov 19, 2019, 10:31 pm")?.author).toBe("Jane Doe");
    expect(parseMetaLine("Harbour works - Nov 19, 2019, 10:31 pm and more")).toBeNull();
    // A name, a dash and a clause that mentions a date is a sentence, not a byline.
    expect(parseMetaLine("Jane Doe - who turned 34 on December 13, 2023 - gave $1 million to the fund.")).toBeNull();
    const both = parseMetaLine("Jane Doe | Nov 19, 2019 | Updated Nov 20, 2019");
    expect([both?.author, both?.published?.toISOString(), both?.updated?.toISOString()]).toEqual(["Jane Doe", "2019-11-19T00:00:00.000Z", "2019-11-20T00:00:00.000Z"]);
  });

  it("reads a stamp followed by another without a separator, and one whose boxes the scrape glued together", () => {
    expect(parseMetaLine("Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago")?.published?.toISOString()).toBe("2019-11-20T09:29:00.000Z");
    expect(parseMetaLine("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago")?.published?.toISOString()).toBe("2019-11-20T09:29:00.000Z");
  });

  it("keeps a stamp line whose second stamp it cannot read, and is no stamp on the word alone", () => {
    const meta = parseMetaLine("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019");
    expect(meta?.published?.toISOString()).toBe("2019-11-18T16:07:00.000Z");
    expect(parseMetaLine("Publié le 3 octobre 2021 | Mis à jour le 4 octobre")?.published?.toISOString()).toBe("2021-10-03T00:00:00.000Z");
    expect(parseMetaLine("Nov 18, 2019 at 9:24 pm ET • 2 min read")?.published?.toISOString()).toBe("2019-11-19T02:24:00.000Z");
    expect(parseMetaLine("5 Min Read")).toBeNull();
    expect(parseMetaLine("Updated | Home")).toBeNull();
    expect(parseMetaLine("Updated Privacy Policy")).toBeNull();
  });

  it("tells a person's name from a subheading", () => {
    expect(looksLikePersonName("Sarah E. Marsh")).toBe(true);
    // Double names and a capital after a name's prefix; not a brand's inner capital.
    for (const name of ["Isabelle Gagnon-Roy", "Anna-Liisa Heikkinen", "Sean O'Brien", "Ronald McDonald", "Ron DeSantis"]) expect(looksLikePersonName(name), name).toBe(true);
    expect(looksLikePersonName("YouTube Music")).toBe(false);
    expect(looksLikePersonName("Tom Adebayo, AP Auto Writer")).toBe(true);
    expect(looksLikePersonName("The Numbers")).toBe(false);
    expect(looksLikePersonName("Council approves the new budget")).toBe(false);
    // Labels of page controls and media beside a timestamp are not names.
    expect(looksLikePersonName("Enlarge Image")).toBe(false);
    expect(looksLikePersonName("View Gallery")).toBe(false);
    expect(looksLikePersonName("Glenn Close")).toBe(true);
  });
});

describe("furniture", () => {
  it.each([
    "© 2024 Example News. All rights reserved.",
    "Copyright 2019 The Courier",
    "Tous droits réservés",
    // Title-cased footers too: the quick pre-check must not be stricter than the rule it guards.
    "Tous Droits Réservés",
    "Alle Rechte Vorbehalten",
    "Tutti I Diritti Riservati",
    "تمامی حقوق این سایت محفوظ است",
    // The reprint ban Korean pages close with, after a circled c the © test does not know; Portuguese rights; a © before any words.
    "ⓒ국제신문(www.kookje.co.kr), 무단전재 및 재배포 금지",
    "Todos os direitos reservados",
    "© 2014–2026 Интернет-газета. Все права защищены.",
  ])("a copyright line: %s", (line) => {
    expect(isCopyrightLine(line)).toBe(true);
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    ["A farmer stands by his tractor on the A6 motorway. © Stéphane de Sakutin / AFP", "caption"],
    // The caption may date the photo or speak of rights: only what follows the © is the credit.
    ["A heron on the harbour wall in Portmere, June 3, 2025. © Ana Ruiz / AFP", "caption"],
    ["Members of a human rights group march through Portmere. © Ana Ruiz / Reuters", "caption"],
    ["The keepers' cottages, empty since the light was automated in 1998. Ana Ruiz for The Harbour Review", "caption"],
    ["Photograph: Ana Ruiz/Getty Images", "credit"],
    // Other scripts' credits: the label after the sentence, the wire in brackets, Chinese "摄" (shot by).
    ["Мэр города на церемонии открытия. Фото: ТАСС", "caption"],
    ["عمال يتفقدون أنابيب المحطة الجديدة قرب الساحل. (تصوير: وكالة الأنباء)", "caption"],
    ["图为杭州地铁站台。记者 李明 摄", "caption"],
    ["工人们在港口城检查旧的平转桥。（新华社记者 李明 摄）", "caption"],
    ["札幌駅を出発する新しい観光列車（12日午前、共同）", "caption"],
    ["An artist's impression of the crossing from the east bank. Illustration: Studio North", "caption"],
    ["The old ferry landing, where the new bridge will cross the river (Reuters)", "caption"],
    ["Traffic on the old road bridge on Monday morning. EFE/Ana Ruiz", "caption"],
    ["사진=연합뉴스", "caption"],
    // The credit's word in Hungarian, Finnish, Turkish, Greek, Hebrew, Vietnamese, Persian; Taiwan's "（圖／…）".
    ["A Lánchíd este. Fotó: Nagy Gábor / Index", "caption"],
    ["Helsingin keskusta illalla. Kuva: Matti Virtanen", "caption"],
    ["İstanbul Boğazı akşam saatlerinde. Fotoğraf: Ayşe Kaya", "caption"],
    ["Η Ακρόπολη το βράδυ. Φωτογραφία: Νίκος Παππάς", "caption"],
    ["תל אביב בלילה. צילום: יוסי כהן", "caption"],
    ["Cầu Rồng về đêm. Ảnh: Nguyễn Văn An", "caption"],
    ["میدان آزادی در شب. عکس: علی رضایی", "caption"],
    ["台北101夜景。（圖／中央社）", "caption"],
    ["Photograph: © Getty Images", "caption"],
    // Who lent it, where it came from, a credit after a bar, the French "Photo AFP", the Portuguese "Imagem:".
    ["Margaret Hale in 1985 with pupils from the school orchestra. (Courtesy of the Hale family)", "caption"],
    ["The old mill in 1920. Photo courtesy of the Westfield Historical Society", "caption"],
    ["Firefighters at the scene on Monday. (File photo)", "caption"],
    ["The new play park at Abbey Fields. (Supplied)", "caption"],
    ["The mayor at the opening in 1974. (Westfield Gazette archive)", "caption"],
    ["Protesters outside parliament on Tuesday. | Photo: Getty Images", "caption"],
    ["Des manifestants à Paris, mardi. Photo AFP", "caption"],
    ["Crowds gather outside the stadium on Saturday. | Sam Reid / Getty Images", "caption"],
    // Korean "provided by" and file photo, Arabic archive and agency, Turkish in brackets.
    ["부산 해운대 해수욕장 일대 전경. 부산시 제공", "caption"],
    ["시민들이 광장을 걷고 있다. [연합뉴스 자료사진]", "caption"],
    ["제주 동부 해역의 잘피 군락. 잘피는 꽃을 피우는 해양 식물이다. [한국해양생태연구원 제공]", "caption"],
    ["잘피 군락 [사진=한국해양생태연구원]", "caption"],
    ["시민들이 광장을 걷고 있다. /연합뉴스", "caption"],
    // A Spanish paper's photographer after a slash, in capitals with their accents.
    ["Rocío Almagro, en su taller del Albaicín, junto a una guitarra aún sin barnizar. / ÁLVARO MEDINA", "caption"],
    // A Japanese magazine's credits after the item and its price: the labels, each with a name in Japanese.
    ["コート¥49,500／Maison Hiraku（メゾン ヒラク） Photo: 森田 航 Styling: 川口 結衣", "caption"],
    ["مشهد عام للرياض (أرشيفية)", "caption"],
    ["وزير الطاقة خلال الاجتماع - واس", "caption"],
    ["İstanbul'da sabah saatleri. (Fotoğraf: AA)", "caption"],
    ["O cantor em show no Rio. Imagem: Reprodução/Instagram", "caption"],
    ["© Jane Roe / Reuters", "credit"],
    ["© AFP", "credit"],
    ["(© Reuters)", "credit"],
    ["© Giulia Ferraresi", "credit"],
    ["© Иван Гуляев / «Сибирский вестник»", "credit"],
    ["Un compteur d'eau dans une habitation de Namur. © RTM – Sophie Renard", "caption"],
    ["Linha de escolha de rolhas numa fábrica em Santa Maria da Feira. Fotografia: Paulo Mendes/Mercado & Capital", "caption"],
    ["Water pours across Smithville Road near Linden Avenue early Tuesday. (WBRX 5 / Marcus Lee)", "caption"],
    ["La rue de la République, à Lyon, le 1er mars 2025. JEAN-PAUL DUMONT POUR « LE COURRIER DE FRANCE »", "caption"],
  ])("a photo's credit with a © is not the site's notice: %s", (line, kind) => {
    expect(isCopyrightLine(line)).toBe(false);
    expect(isBoilerplate(line)).toBe(false);
    expect(kind === "credit" ? isStandaloneCredit(line) : hasCaptionMarker(line)).toBe(true);
  });

  it("keeps a rating's stars, which are no divider", () => {
    expect(isBoilerplate("★★★★☆")).toBe(false);
    expect(isBoilerplate("* * *")).toBe(true);
  });

  it("reads no credit in prose that names a courtesy", () => {
    expect(hasCaptionMarker("The event was free. Courtesy of the council, buses ran all night.")).toBe(false);
  });

  it.each([
    "Volunteers fill sandbags at the shed on Tuesday afternoon. Picture by Jack Hennessy",
    "Farmers inspecting withered paddy near Madurai on Tuesday. | Photo Credit: R. Ashok",
    "Crews respond to a fire on Jefferson Street on Tuesday.(WVBT)",
    "Agentes de saúde fazem nebulização em rua de Contagem (MG) - Washington Alves - 8.mar.2024/Reuters",
    "Le pont sera fermé à partir du lundi 18 mars. | ARCHIVES THIERRY CREUX / LE RÉVEIL DE L’OUEST",
    "Supporters at the rally on Sunday. — Online/File", "Vendors in Manila on Monday. —JOHN REY SANTOS",
    "A wind turbine on the hill (Pixabay)", "Police at the scene (fot. Marcin Kozłowski / FORUM)",
  ])("reads the credit local papers set after the caption: %s", (line) => {
    expect(hasCaptionMarker(line)).toBe(true);
  });

  it.each([
    "He said the deal was done. Photos by the dozen were taken.",
    "Prices rose again in March | Markets / Economy",
    "Talks went on all night, said the World Health Organization (WHO)",
  ])("reads no credit in prose shaped like one: %s", (line) => {
    expect(hasCaptionMarker(line)).toBe(false);
  });

  it.each(["© Example News", "© 2024 Example Media Group", "Example News. © 2019 All rights reserved", "© Example Media. Tous droits réservés"])("a © without a photo's marks is the site's notice: %s", (line) => {
    expect(isCopyrightLine(line)).toBe(true);
  });

  it.each([
    "Powered by WordPress",
    "Like this:",
    "$249 at Amazon",
    "Aurora X2: £449 at Amazon",
    "You have 2 free articles remaining this month.",
    "Have a news tip? Email us at tips@example.com",
    "Got a story idea? Contact the newsroom at 555-0142.",
    // Reading times with their label, a paywall's word in French, a Chinese article's closing fields.
    "Lecture 3 min.",
    "Tiempo de lectura: 3 min",
    "Article réservé aux abonnés",
    "责任编辑：王军",
    "校对：刘威",
    "未经授权不得转载",
    "Today's best Aero 3 deals",
    "View Deal",
    "Home > News > Local",
    "当前位置：首页 > 新闻 > 本地",
    "3 / 12",
    "3 of 12",
    "Story continues below advertisement",
    "This post may contain affiliate links. Please read our disclosure policy.",
    "As an Amazon Associate I earn from qualifying purchases.",
    "Questo articolo contiene link di affiliazione: se prenoti tramite questi link io ricevo una piccola commissione.",
    "Dieser Beitrag enthält Affiliate-Links.",
    "Cet article contient des liens affiliés.",
    "Este artículo contiene enlaces de afiliados.",
    "If you buy through links on this page we may earn a small commission.",
    "Advertisement - Scroll to Continue",
    "Continue Reading Below",
    "Annons",
    "ΔΙΑΦΗΜΙΣΗ",
    "Post navigation",
    "← Previous post: Our week in the hills",
    "Why we sold the car Next post →",
    "We use cookies to improve your experience.",
    "Advertisement",
    "Publicidad",
    "Реклама",
    "Werbung",
    "Subscribe to our newsletter",
    "Follow us on Twitter",
    "Click here to read more",
    "Share this article",
    "Share | Tweet | Email",
    "Facebook Twitter WhatsApp Email",
    "Facebook",
    "| About Us | Privacy | Contact |",
    "Home • World • Sport",
    "Tags: politics, economy",
    "Címkék: turizmus, Budapest",
    "Ämnen i artikeln: Skridskor, Is",
    "Compartir: LinkedIn X Facebook Correo electrónico",
    "Partager : Facebook X Courrier électronique",
    "ປ້າຍກຳກັບ: ນະຄອນຫຼວງວຽງຈັນ, ນ້ຳຖ້ວມ",
    "Contact the newsroom at islands@westcoastherald.example",
    "Contactez la rédaction : redaction@echo.example",
    "3,482 views",
    "เข้าชม 3,482 ครั้ง",
    "👁 4 318",
    "View fullscreen",
    "Previous",
    "Suivant",
    "Your browser does not support the audio element.",
    "Ihr Browser unterstützt kein HTML5-Video.",
    "Votre navigateur ne supporte pas l'élément audio.",
    "Onderwerpen: zwembad, gemeente",
    "* * *",
    "Is this page useful?",
    // Lines ads and paywalls leave in the text, and a multi-page article's pager.
    "Story continues below",
    "Continue reading the main story",
    "Skip Advertisement",
    "ADVERTISEMENT - CONTINUE READING BELOW",
    "La suite après la publicité",
    "This article is available to subscribers only.",
    "Already a subscriber? Log in",
    "Subscribe to read the full story",
    "Cet article est réservé aux abonnés",
    "Page 1 of 3",
    "Next page →",
    "Seite 2 von 4",
    "Was this article helpful?",
    "Did you find this helpful?",
    "Is This Page Useful?",
    "Terms of use | Privacy policy",
    "利用規約　プライバシーポリシー",
    "Impressum · Datenschutz · Kontakt",
    "Home › World news",
    "Trang chủ › Thời sự",
    "News > Local",
    "We value your privacy",
    "MORE OPTIONS",
    "Accept all",
    "Alle akzeptieren",
    "Ihre Privatsphäre ist uns wichtig",
    "We and our 847 partners store and/or access information on a device, such as cookies and process personal data.",
    "Wir und unsere 212 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
    "With your permission we and our partners may use precise geolocation data. You may click to consent to our processing.",
    "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern.",
  ])("boilerplate: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "The minister said the plan would cost more than expected.",
    "Share prices fell sharply on Monday after the announcement.",
    "Follow the money, the inspector told the committee, and you will find the answer.",
    "The company's copyright claim was rejected by the court on Tuesday after a long hearing.",
    "The council and its partners agreed to share the cost of the new bridge.",
    "Union members voted to accept the offer after a week of talks.",
    // One phrase of a consent box in a story about privacy, a quote, a poll's answers: the article's.
    "We and our partners take privacy seriously, the spokesperson said, and we will appeal the fine.",
    "The regulator said the app collected precise geolocation data from millions of users without asking them.",
    "Agree",
    "Decline",
    "Your privacy matters",
    "» Columns",
    "Privacy | Why it matters",
    "Scholz sagt »Nein« zur Wehrpflicht",
    "Why I quit » Part two",
    "Prices rose 5% > inflation, the report said, and wages followed later in the year.",
  ])("prose: %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("credits and captions", () => {
  it.each(["REUTERS/Omar Sanadiki", "(Photo: AP)", "Evan Vucci/AP", "(AP Photo/Evan Vucci)", "Getty Images", "Photo by Jane Roe"])("a stand-alone credit: %s", (line) => {
    expect(isStandaloneCredit(line)).toBe(true);
  });

  it("a sentence is not a credit", () => {
    expect(isStandaloneCredit("The photographer said the light was poor.")).toBe(false);
  });

  it.each([
    "Photo: Firefighters at the scene on Monday.",
    "Smoke rises over the city. REUTERS/Omar Sanadiki",
    "Crowds gather at the square (Photo: AP)",
    "Crowds gather at the square. Photograph: Ann Croft/Example Photos",
    "The president speaks to reporters. Credit... Doug Mills/The Times",
    "Smoke rises over the harbour [File: Reuters]",
    "Runners cross the finish line on opening day. Jordan Lee/Riverside Courier",
    "Firefighters battle the Creek Fire near Paradise, Calif., on Monday. (Noah Berger / Associated Press)",
    "A runner crosses the line in Leeds, Tuesday, Nov. 19, 2019. (Jane Roe/AP)",
    // A sentence, then who took the picture, however it is joined: the cheap gate must let each through.
    "The house where he was born in Braunau am Inn, Austria. Leonhard Foeger / Reuters file",
    "The house where he was born in Braunau am Inn, Austria.Reuters",
    "Crowds gather at the square on Monday. Jane Roe|Reuters",
    "Doctors prepare the drug. Getty",
    "Fans wait outside the stadium.\u201d AP",
    "Fans wait outside the stadium on Tuesday, Nov. 19, 2019, in Buffalo, N.Y. (AP Photo/Jane T. Roe)",
    "Photograph: Ann Croft/Example Photos",
  ])("a caption marker: %s", (line) => {
    expect(hasCaptionMarker(line)).toBe(true);
  });

  it.each([
    // A credit's label in Cyrillic, alone or set off after the caption by a slash or a dash.
    "Фото: пресс-служба мэрии Казани",
    "Участники фестиваля на набережной Казанки / Фото: пресс-служба мэрии Казани",
    "Fila de caminhões no acesso ao Porto de Santos nesta segunda-feira (30) — Foto: Rafael Duarte/g1",
    // Photographer/outlet in brackets closing a caption that ends with no stop.
    "A ministra Lúcia Amaral durante audiência no Senado (Pedro França/Agência Senado)",
    // A Japanese press caption: the day and the place in brackets at its end.
    "運転を再開した東海道新幹線（30日午前、JR東京駅）",
  ])("a caption marker in more forms: %s", (line) => {
    expect(hasCaptionMarker(line)).toBe(true);
  });

  it("is no caption marker: a paragraph's last sentence, closed by its stop, or a sentence that says the day in brackets", () => {
    expect(hasCaptionMarker("The line runs between the two states (New York/New Jersey).")).toBe(false);
    expect(hasCaptionMarker("The votes came from the two largest states (New York/New Jersey) and the rest followed within hours after the count was published by the state board.")).toBe(false);
    expect(hasCaptionMarker("新幹線は始発から運転を再開した（30日午前、JR東京駅）。")).toBe(false);
    expect(hasCaptionMarker("The mayor said so on Monday - photo: nothing was decided")).toBe(false);
  });

  it("is no caption marker: a photo mentioned in passing, in brackets", () => {
    expect(hasCaptionMarker("The council showed the plans to residents (see the photo on page 3/4)")).toBe(false);
    expect(hasCaptionMarker("Sales rose again in the first two months. (January / February)")).toBe(false);
  });

  it("takes a caption's label off, keeping its credit", () => {
    expect(captionText("Photo: Firefighters at the scene. REUTERS/Jo Roe")).toBe("Firefighters at the scene. REUTERS/Jo Roe");
    expect(captionText("Image caption Firefighters at the scene")).toBe("Firefighters at the scene");
    expect(captionText("Firefighters at the scene")).toBe("Firefighters at the scene");
    // A caption a writer set in brackets, its label inside them.
    expect(captionText("[Photo: Volunteers stack sandbags on Sunday. Credit: Tom Hale]")).toBe("Volunteers stack sandbags on Sunday. Credit: Tom Hale");
    expect(captionText("(Pictured: The flood barrier at Kelford.)")).toBe("The flood barrier at Kelford.");
  });

  it("a wire caption has a full date and a place, and no reported speech", () => {
    expect(looksLikePhotoCaption("Fighters stand near a checkpoint in Ain Issa, Syria August 12, 2017.")).toBe(true);
    expect(looksLikePhotoCaption("Fighters stand near a checkpoint in Ain Issa, officials said on August 12, 2017.")).toBe(false);
    expect(looksLikePhotoCaption("Fighters stand near a checkpoint on August 12, 2017.")).toBe(false);
  });

  it("reads the wire's credits line", () => {
    expect(parseCreditsLine("Reporting by Jane Roe; Editing by John Doe")).toBe("Jane Roe");
    expect(parseCreditsLine("Additional reporting by Sam Reid in London")).toBe("Sam Reid");
    expect(parseCreditsLine("Editing by John Doe")).toBeNull();
  });
});

describe("a feature's furniture around its text", () => {
  it.each([
    "This article appears in the April 2024 print edition with the headline “The Last Hardware Store.”",
    "Published in the print edition of the March 11, 2024, issue, with the headline “Old Air.”",
    "A version of this article appears in print on March 5, 2024, Section A, Page 1 of the New York edition with the headline: Storm Hits.",
    "Appeared in the March 5, 2024, print edition as 'Storm Hits'.",
    "Produced by ElevenLabs and News Over Audio (Noa) using AI narration.",
    "Listen to this article · 23 min", "Save this story", "Republish", "2,900 words",
    "This story has been shared 44,976 times. 44,976",
    "This article was published in the April 2024 issue of The Meridian with the headline, “On Thin Ice.”",
    "This article was narrated by an AI voice.", "Got a confidential tip? Submit it here.",
    "Two people in China have been diagnosed with the plague,...", "Hong Kong civilians step in to save students trapped in vi...", "Tell us what YOU think...",
    "You have 2 free articles left this month. Subscribe now for unlimited access. Cancel anytime.",
    "Enter fullscreen mode", "Exit fullscreen mode", "view raw with-deadline.mjs hosted with ❤ by GitHub",
    "View this email in your browser <https://mailchi.mp/example/spring-news>",
  ])("is furniture: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "The issue appeared in print many times before the court took it up.",
    "The company published in the March issue of Nature a study showing the effect.",
    "Officials said AI narration tools were used by the campaign.",
    "This story was generated with AI assistance and reviewed by editors.",
    "Listen to this: the council voted 7-2.",
    "sudo cat /etc/wireguard/private.key | wg pubkey | sudo tee /etc/wireguard/public.key",
    "ps aux | grep -v grep | wc -l",
    "To be continued...", "And then...", "He paused. Then he said: well...",
    "Published in the journal Nature, the study addresses a long-standing public health issue.",
    "Ran in the 2018 primary as a Democrat, she made housing the central issue of her campaign.",
    "The song was created using AI voices of Drake and The Weeknd.",
    "The documentary was narrated by an AI version of Anthony Bourdain's voice.",
  ])("is the article's: %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it.each([
    ["David Okafor for The Atlantic", true], ["Callaghan O’Hare for ProPublica and The Texas Tribune", true], ["Jane Doe for NPR", true],
    ["Download Dashlane Password Manager for Free", false], ["John Smith for Mayor", false], ["Lessons for Europe", false],
    ["Emma Stone for Best Actress", false], ["Bernie Sanders for the Senate", false], ["Vote Jane Smith for City Council.", false], ["Jane Doe for Bloomberg News", true],
  ])("a photographer working for an outlet is a photo's credit: %s", (line, credit) => {
    expect(isStandaloneCredit(line as string)).toBe(credit);
  });
});

describe("the writer's note", () => {
  it("is a name, then what the writer does for a living", () => {
    expect(isWriterBio("Jane Doe is a reporter for the Harbour Gazette.")).toBe(true);
    expect(isWriterBio("Jane Doe (@janedoe) is an Ideas contributor at the Gazette and the host of a podcast.")).toBe(true);
    expect(parseByline("By MARISA KELLEHER Associated Press")).toBe("MARISA KELLEHER");
    expect(parseMetaLine("كتبت: ريم العمري")?.author).toBe("ريم العمري");
    expect(parseByline("By JANE DOE The Associated Press")).toBe("JANE DOE");
    expect(isWriterBio("— Harriet Okonkwo-Bell is a freelance writer in Leeds and a former school librarian.")).toBe(true);
    expect(isWriterBio("Ann Lee covers city hall and the school board. Reach her at alee@gazette.example or 555-0142.")).toBe(true);
    expect(isWriterBio("The new rule covers every harbour in the county. Reach them at the port office before noon.")).toBe(false);
    expect(isWriterBio("The mayor is a former reporter who covered the harbour for years.")).toBe(false);
    // A column's note on its writer, unnamed: "The author is …" in other languages.
    expect(isWriterBio("Autorka je krajinářská architektka a publicistka. Věnuje se zeleni ve městech.")).toBe(true);
    expect(isWriterBio("The author is a professor of law at the University of Leeds.")).toBe(true);
    expect(isWriterBio("Der Autor ist Historiker und lebt in Freiburg.")).toBe(true);
    expect(isWriterBio("The author is unknown, the museum said.")).toBe(false);
    expect(isWriterBio("Rachel Whitcombe has been a staff writer at The New Yorker since 2017. Her book will be published in June.")).toBe(true);
    expect(isWriterBio("The mayor has been a strong critic of the plan since 2017.")).toBe(false);
    // What the writer has contributed to, or their job and where they live, as a magazine's note reads.
    expect(isWriterBio("Eleanor Voss has contributed to The Parlour Review since 2012. Her most recent book is The Glass Orchard (2020).")).toBe(true);
    expect(isWriterBio("Jakob Hessler ist Kunstkritiker und lebt in Leipzig. Zuletzt erschien von ihm „Die Kopie als Original“ (2022).")).toBe(true);
    expect(isWriterBio("The council has contributed to The Fund since 2012.")).toBe(false);
    // "has been a" only of a writer at an outlet: a profile's last paragraph is the article's.
    expect(isWriterBio("Tom Harris has been a teacher at Westfield Elementary for 32 years.")).toBe(false);
    expect(writerBioName("Reach Yvonne Jessup at yjessup@tennessean.com or 615-259-8000.")).toBe("Yvonne Jessup");
    // A guest writer's note names their trade; a local reporter's says what they cover, and for whom.
    expect(isWriterBio("Marcus Bell is a retired principal who worked in Dayton-area public schools for 31 years. He lives in Trotwood.")).toBe(true);
    expect(isWriterBio("Marissa Koenig covers Cedar Falls city government and development for The Courier. Reach her at 319-291-1400.")).toBe(true);
    expect(isWriterBio("The council covers the cost of repairs for three years.")).toBe(false);
    expect(isWriterBio("Jane Doe said the harbour works would begin next month.")).toBe(false);
    expect(isWriterBio("Jane Doe was a photographer for the Gazette for forty years before she retired.")).toBe(false);
  });
});

describe("related links", () => {
  it.each(["Related:", "Read more", "More from World", "See also:", "Lire aussi", "Lesen Sie auch", "Leer más", "関連記事", "More Great Harbour Stories", "Popular Posts", "Other stories", "More in Harbour Works", "More:",
    "Baca juga", "Zobacz także", "Meistgelesen", "Les plus lus", "Lo más leído", "En çok okunanlar", "많이 본 뉴스",
    "Berita berkaitan", "Lue myös", "Kapcsolódó cikkek", "Habari zinazohusiana", "כתבות נוספות", "مطالب مرتبط", "আরও পড়ুন", "ข่าวที่เกี่ยวข้อง", "Ezek is érdekelhetik", "アクセスランキング"])("a related heading: %s", (line) => {
    expect(isRelatedHeading(line)).toBe(true);
  });

  it("a sentence mentioning reading is not a heading", () => {
    expect(isRelatedHeading("Read more about the plan in the full report")).toBe(false);
    expect(isRelatedHeading("More stories of the harbour are told by the old fishermen every year")).toBe(false);
    expect(isRelatedHeading("More")).toBe(false);
    for (const sentence of ["More women are telling their stories", "Other countries have similar stories", "Latest data on the stories", "More in sorrow than in anger."]) {
      expect(isRelatedHeading(sentence), sentence).toBe(false);
    }
  });

  it("reads an inline related link", () => {
    expect(inlineRelated("Read more: Water prices to rise")).toBe("Water prices to rise");
    expect(inlineRelated("Read the report")).toBeNull();
    // The forms sites set them in: after a bar, in brackets, and in more languages.
    expect(inlineRelated("Also Read | Water prices to rise")).toBe("Water prices to rise");
    expect(inlineRelated("[Related: Water prices to rise]")).toBe("Water prices to rise");
    expect(inlineRelated("Read next: Water prices to rise")).toBe("Water prices to rise");
    expect(inlineRelated("Baca juga: Harga air naik")).toBe("Harga air naik");
    expect(inlineRelated("Läs också: Vattenpriset stiger")).toBe("Vattenpriset stiger");
    expect(inlineRelated("यह भी पढ़ें: पानी की कीमतें बढ़ेंगी")).toBe("पानी की कीमतें बढ़ेंगी");
    expect(inlineRelated("Watch the minister's speech in full")).toBeNull();
    expect(inlineRelated("Lee también: Las pensiones suben un 3,8% en 2024")).toBe("Las pensiones suben un 3,8% en 2024");
    expect(inlineRelated("Читайте также: Что нужно знать пассажирам")).toBe("Что нужно знать пассажирам");
    expect(inlineRelated("Leggi anche: Il treno arriva")).toBe("Il treno arriva");
  });

  it.each([
    ["Water prices to rise - https://e.example/water", { title: "Water prices to rise", url: "https://e.example/water" }],
    ["[Drought hits farms](https://e.example/drought)", { title: "Drought hits farms", url: "https://e.example/drought" }],
    ["* Drought hits farms: https://e.example/drought", { title: "Drought hits farms", url: "https://e.example/drought" }],
    ["Drought hits farms (https://e.example/drought)", { title: "Drought hits farms", url: "https://e.example/drought" }],
    ["• Drought hits farms | https://e.example/drought", { title: "Drought hits farms", url: "https://e.example/drought" }],
    ["https://e.example/drought - Drought hits farms", { title: "Drought hits farms", url: "https://e.example/drought" }],
    ["Drought hits farms → https://e.example/drought", { title: "Drought hits farms", url: "https://e.example/drought" }],
    ["Drought hits farms » https://e.example/drought", { title: "Drought hits farms", url: "https://e.example/drought" }],
    ["Drought hits farms >> https://e.example/drought", { title: "Drought hits farms", url: "https://e.example/drought" }],
    ["Drought hits farms <https://e.example/drought>", { title: "Drought hits farms", url: "https://e.example/drought" }],
    ["Drought hits farms", null],
    ["More at https://e.example/drought", null],
    ["Title - ftp://e.example/x", null],
  ])("%s", (line, link) => {
    expect(parseLinkLine(line)).toEqual(link);
  });

  it("knows a bare URL", () => {
    expect(isBareUrl("https://e.example/a")).toBe(true);
    expect(isBareUrl("www.example.org")).toBe(true);
    expect(isBareUrl("see https://e.example/a")).toBe(false);
  });
});

describe("headlines, subheadings, quotes and leads", () => {
  it("a headline is short and does not end a sentence", () => {
    expect(isHeadlineLike("Desalination plant opens on the northern coast")).toBe(true);
    expect(isHeadlineLike("The plant opened on Thursday.")).toBe(false);
    expect(isHeadlineLike("What follows:")).toBe(false);
    expect(isHeadlineLike("x".repeat(161))).toBe(false);
  });

  it("a subheading is a short standalone line that is not a sentence, quote or list item", () => {
    expect(isSubheading("Supply lines")).toBe(true);
    expect(isSubheading("## Supply lines")).toBe(true);
    expect(isSubheading("- Supply lines")).toBe(false);
    // A short question is an explainer's subheading; a long one is a paragraph's.
    expect(isSubheading("Who pays for it?")).toBe(true);
    expect(isSubheading("Why did the council not ask the harbour board before the vote?")).toBe(false);
    expect(isSubheading("Supply lines were cut.")).toBe(false);
    expect(isSubheading("“Supply lines”")).toBe(false);
    expect(isSubheading("supply lines")).toBe(false);
    // A turn of an interview is no subheading; a step's label is one.
    expect(isSubheading("Q: Where did you grow up?")).toBe(false);
    expect(isSubheading("INTERVIEWER: And then?")).toBe(false);
    expect(isSubheading("Step 1: Prepare the soil")).toBe(true);
  });

  it("a whole quote is one quotation with nothing after it", () => {
    expect(isWholeQuote("“We will rebuild.”")).toBe(true);
    expect(isWholeQuote("“We will rebuild,” she said.")).toBe(false);
    expect(isWholeQuote("“A,” he said. “B.”")).toBe(false);
    // German quotation marks: „…“ closes with “.
    expect(isWholeQuote("„Wir haben nie aufgegeben.“")).toBe(true);
    expect(isWholeQuote("„Wir haben nie aufgegeben“, sagte Trainer Peter Hahn. „Die Mannschaft hat gekämpft.“")).toBe(false);
  });

  it("finds the lead by its marker or a wire dateline", () => {
    expect(stripLeadMarker(":: The plant opened.")).toEqual({ text: "The plant opened.", marked: true });
    expect(stripLeadMarker("BEIRUT (Reuters) - Fighters advanced.")).toEqual({ text: "BEIRUT (Reuters) - Fighters advanced.", marked: true });
    expect(stripLeadMarker("The plant opened.")).toEqual({ text: "The plant opened.", marked: false });
  });

  it("reads the date of a dated dateline", () => {
    expect(datelineDate("LONDON, September 29, 2017 (Reuters) - Prices rose.")).toBe("September 29, 2017");
    expect(datelineDate("BEIRUT (Reuters) - Fighters advanced.")).toBeNull();
    // Day first, no comma before the year, a place capitalised before a date, a region between.
    expect(datelineDate("MADRID, Nov 3 2025 (AP) — Spain's rail network grew.")).toBe("Nov 3 2025");
    expect(datelineDate("MADRID, 3 November 2025 (Reuters) - Spain's rail network grew.")).toBe("3 November 2025");
    expect(datelineDate("Madrid, 3 novembre 2025 (AFP) - Le réseau a grandi.")).toBe("3 novembre 2025");
    expect(datelineDate("SEATTLE, WA, June 12, 2025 (AP) — Prices rose.")).toBe("June 12, 2025");
    expect(datelineDate("The council said (AP) - nothing.")).toBeNull();
    // A press release's dateline: the place in capitals, the date whole, a dash.
    expect(datelineDate("BRIGHTON, 21 March 2025 — The Trust today announced the winners.")).toBe("21 March 2025");
    expect(datelineDate("SEATTLE, WA – June 12, 2025 – Acme today said it would expand.")).toBe("June 12, 2025");
    expect(datelineDate("NEW YORK, March 3, 2024 -- The company said.")).toBe("March 3, 2024");
    expect(datelineDate("NEW YORK, NY (September 9, 2024) – Acme said.")).toBe("September 9, 2024");
    expect(datelineDate("SEATTLE--(BUSINESS WIRE)--Sep. 9, 2024-- Acme said.")).toBe("Sep. 9, 2024");
    expect(datelineDate("BRIGHTON, home of the 2025 prize — The Trust said.")).toBeNull();
    expect(datelineDate("In March 2025 — the Trust said — prices rose.")).toBeNull();
  });
});

describe("the agency test before a caption's closing credit", () => {
  // The words of the line's last 40 characters, as a split on the separator class gives them.
  const AGENCY_WORDS = new Set(["AP", "AFP", "Reuters", "REUTERS", "Images", "EPA", "EPA-EFE", "Bloomberg", "Xinhua", "Anadolu", "SANA", "NurPhoto", "Shutterstock", "Alamy", "PA", "dpa", "ANSA", "Sipa", "USA", "Zuma", "Press", "AAP", "Kyodo", "Yonhap", "Redux", "Getty"]);
  const bySplit = (line: string) => {
    const words = line.slice(-40).split(/[\s/|.!?"'”’)]+/).filter(Boolean);
    const last = words.pop();
    return !!last && (AGENCY_WORDS.has(last) || (last === "file" && AGENCY_WORDS.has(words.pop() ?? "")));
  };

  it.each([
    ["The pier at dawn. Getty Images", true],
    ["Smoke over the port. Jo Ng / Reuters file", true],
    ["Crowds at the gate. Evan Vucci/AP", true],
    ["A rally in Lagos. REUTERS/Ann Lee", false],
    ["The council kept the report on file", false],
  ])("reads %s as ending on an agency: %s", (line, agency) => {
    expect(endsWithAgency(line)).toBe(agency);
  });

  it("reads the last words exactly as a split on the separator class would, on random lines", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ["AP", "Reuters", "Getty", "Images", "file", "files", "Getty Images", "the", "x", " ", "  ", "/", "|", ".", "!", "?", "\"", "'", "”", "’", ")", "(", "\u00A0", "\u2009", "\u3000", "\t", "-", ",", "A"];
    for (let n = 0; n < 5000; n++) {
      const line = Array.from({ length: Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]!).join("");
      expect(endsWithAgency(line), JSON.stringify(line)).toBe(bySplit(line));
    }
  });
});

describe("a reading time, its number first", () => {
  it.each(["5 min read", "2 minuti di lettura", "3 min de lecture", "4 Minuten Lesezeit", "6 minutos de leitura"])("is furniture: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it("is set off beside a stamp", () => {
    expect(parseMetaLine("29 novembre 2026 alle 10:30 · 2 minuti di lettura")).toEqual({ published: new Date("2026-11-29T10:30:00Z") });
  });
  it("is no furniture in a sentence that opens the same way", () => {
    expect(isBoilerplate("5 minutes read aloud")).toBe(false);
    expect(isBoilerplate("5 min reading the report")).toBe(false);
  });
});

describe("a paywall's prompt", () => {
  it.each(["This article is for subscribers only.", "This article is for subscribers only. Sign in or create a free account to read it."])("%s", (line) => {
    expect(isPaywallPrompt(line)).toBe(true);
  });
});

describe("a paywall's prompt in Japanese", () => {
  it.each(["有料会員の方のみご利用になれます", "この記事は会員限定です", "有料会員限定記事", "この記事の続きを読むには会員登録が必要です。", "有料会員になると、会員限定の有料記事もすべてお読みいただけます。"])("%s", (line) => {
    expect(isPaywallPrompt(line)).toBe(true);
    expect(isBoilerplate(line)).toBe(true);
  });
  it("not a headline about paying members", () => {
    expect(isPaywallPrompt("日経、有料会員数が100万人を突破")).toBe(false);
  });
});

describe("bylines in more shapes", () => {
  it("reads a Korean reporter's name with the address after it, and a Japanese caption that opens with the word for reporter as no byline", () => {
    expect(cjkByline("이서연 기자 sylee@example.co.kr")).toBe("이서연");
    expect(parseMetaLine("이서연 기자 sylee@example.co.kr")).toEqual({ author: "이서연" });
    expect(parseMetaLine("記者会見する大阪府の知事＝29日午後、大阪府庁")).toBeNull();
    expect(parseMetaLine("記者陳怡君／台北報導")).toEqual({ author: "陳怡君" });
    expect(parseMetaLine("作者：张三、李四")).toEqual({ author: "张三、李四" });
    // The outlet's name before the word for reporter.
    expect(parseMetaLine("澎湃新闻记者 陈晓燕")).toEqual({ author: "陈晓燕" });
    expect(parseMetaLine("中央社記者陳怡君")).toEqual({ author: "陳怡君" });
    // The word for reporter inside a sentence ("the residents told the reporter") is no byline.
    expect(parseMetaLine("市民接受记者采访")).toBeNull();
  });

  it("reads a byline and its date set apart by a dash, as by a comma", () => {
    expect(parseMetaLine("Par Sophie Garnier - 27 nov. 2026 à 08:00")).toEqual({ author: "Sophie Garnier", published: new Date("2026-11-27T08:00:00Z") });
    expect(parseMetaLine("By Jane Doe - March 3, 2024")).toEqual({ author: "Jane Doe", published: new Date("2024-03-03T00:00:00Z") });
  });

  it("reads a stamp with the reading time set off after it", () => {
    expect(parseMetaLine("27 nov. 2026 à 08:00 - Temps de lecture : 2 min")).toEqual({ published: new Date("2026-11-27T08:00:00Z") });
    expect(parseMetaLine("27 nov. 2026 à 08:00 - Un texte de Paris")).toBeNull();
  });

  it("reads a name closed by a stop, keeping an initial's", () => {
    expect(bareNameByline("Julien Martin.")).toBe("Julien Martin");
    expect(bareNameByline("Sarah E.")).toBe("Sarah E.");
  });

  it.each(["Dziennikarka Onetu", "Корреспондент РИА Новости", "Repórter do g1", "Business reporter", "Senior Correspondent", "Redacteur tech", "Verslaggever", "Rédactrice en chef adjointe"])("the writer's job, before or after its desk: %s", (line) => {
    expect(isWriterRole(line)).toBe(true);
  });
  it.each(["Anna Nowak", "Journalist Safety Week opens in Geneva today"])("not the writer's job: %s", (line) => {
    expect(isWriterRole(line)).toBe(false);
  });
});

describe("a broadcaster's promo for its own air", () => {
  it.each(["WATCH LIVE: 22News streaming now", "Watch Live", "Watch 22News at 6 for more on this story."])("is furniture: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it("is no sentence or headline that speaks of watching", () => {
    expect(isBoilerplate("Watch the council meeting at 6 if you want to see the vote yourself.")).toBe(false);
    expect(isBoilerplate("Watch live: NASA launches crew to the space station")).toBe(false);
  });
});

describe("a site's sections are no names", () => {
  it.each(["Travel Guides", "Walk Index", "Local News", "Opinion Columnist", "Weekly Update", "Morning Briefing"])("%s", (line) => {
    expect(looksLikePersonName(line)).toBe(false);
  });
  it("a name still is", () => {
    expect(looksLikePersonName("Owen Pryce")).toBe(true);
  });
});

describe("share rows in more words", () => {
  it.each(["Email this article", "Share by email", "Compartir en Facebook", "Compartir en X", "Enviar por correo", "Partager sur Facebook", "Teilen auf WhatsApp", "Compartilhe no Facebook", "Copier le lien", "Copiar enlace", "Link kopieren"])("%s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it.each(["Compartir en la cena del sábado con amigos", "Share with friends the good news"])("not a share row: %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("European pages' furniture and credits", () => {
  it.each([
    "Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten.",
    "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione.",
    "Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
    "¡Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día!",
    "Folgen Sie uns auf WhatsApp und verpassen Sie keine Nachrichten mehr aus Ihrer Region.",
    "Siga o Jornal do Sul no Google News e receba alertas das principais notícias",
    "Suivez-nous sur Google Actualités pour ne rien manquer de l'actualité locale.",
    "VIDEO | Así fue la rueda de prensa de la ministra",
    "Мы используем файлы cookie, чтобы сайт работал лучше.",
    "Continua após a publicidade",
    "Cet article est réservé aux abonnés. Il vous reste 60% à découvrir.",
    "Lesen Sie jetzt weiter mit Plus. Jetzt 1 Monat gratis testen.",
  ])("is furniture: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Siga as orientações da Defesa Civil e evite áreas alagadas.",
    "Videos show the moment the bridge collapsed.",
    "Video-Beweis sorgt erneut für Ärger",
    "Vídeo: motorista é flagrado em alta velocidade na ponte",
    "Siga nos primeiros dias uma rotina de rega leve.",
    "El portavoz declaró que «sí, usamos cookies de terceros, pero no vendemos los datos».",
    "VIDEO. Tempête Ciarán : des rafales à plus de 200 km/h enregistrées en Bretagne",
    "Utilizamos los fondos para reparar el puente, dijo el alcalde.",
  ])("is text: %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it.each(["À lire sur le même sujet", "Auch interessant", "Potrebbe interessarti anche"])("heads a related list: %s", (line) => {
    expect(isRelatedHeading(line)).toBe(true);
  });

  it.each([
    "Il ministro dell'Economia a Palazzo Chigi (Ansa)",
    "Rapid-Jubel im Allianz Stadion. GEPA pictures",
    "Les joueurs célèbrent le but. Crédit photo : Icon Sport",
    "Os jogadores comemoram o gol. (Imagem: Divulgação)",
    "Das Rathaus am Marktplatz (Quelle: IMAGO)",
    "Игроки празднуют гол © Кирилл Зыков/ТАСС",
    "La frana che ha interrotto la strada provinciale in Val Trebbia - © Ansa/Luca Zennaro",
    "Horta comunitária no bairro Restinga, na zona sul da capital. Crédito: Alex Rocha/PMPA",
  ])("a caption with its credit: %s", (line) => {
    expect(hasCaptionMarker(line)).toBe(true);
  });

  it("reads a writer's note in other languages, and not a sentence that names the trade", () => {
    expect(isWriterBio("Anna Becker ist Redakteurin im Lokalressort des Stadtanzeigers.")).toBe(true);
    expect(isWriterBio("Анна Смирнова — корреспондент отдела городских новостей.")).toBe(true);
    expect(isWriterBio("Paola Conti è giornalista del quotidiano e vive a Torino.")).toBe(true);
    expect(isWriterBio("Das Problem ist, dass ein Journalist nichts sagen darf.")).toBe(false);
    // A sentence of the news about a journalist is none: the job not right after the verb, or a year in the line.
    expect(isWriterBio("Carlos Pérez es el abogado de la familia del periodista y pidió su liberación.")).toBe(false);
    expect(isWriterBio("Evan Gershkovich ist Reporter des „Wall Street Journal“ und sitzt seit März 2023 in Haft.")).toBe(false);
  });

  it("reads blog bylines with their date in Portuguese and Italian, and an EFE dateline as no name", () => {
    expect(parseMetaLine("Postado por Fernanda Oliveira em 10 de janeiro de 2025")).toEqual({ author: "Fernanda Oliveira", published: new Date("2025-01-10T00:00:00Z") });
    expect(parseMetaLine("Scritto da Paola Conti il 12 Aprile 2024")).toEqual({ author: "Paola Conti", published: new Date("2024-04-12T00:00:00Z") });
    // A sentence that opens with the word for "in" over a date is no stamp.
    expect(parseMetaLine("Em 12 de março de 2023")).toBeNull();
    expect(bareNameByline("Buenos Aires, 13 nov (EFE).-")).toBeNull();
    expect(datelineDate("Madrid, 13 nov 2023 (EFE).- El Gobierno aprobó este martes un paquete de ayudas.")).toBe("13 nov 2023");
  });
});

describe("laid-out European pages' header and boxes", () => {
  it("reads a stamp with its update's time after a comma as a stamp", () => {
    expect(isNumericStamp("Publié le 26/11/2026 à 18:32 , mis à jour à 19:05")).toBe(true);
  });
  it.each(["Je m'inscris", "En vous inscrivant, vous acceptez nos conditions générales.", "Mit Ihrer Anmeldung erklären Sie sich mit den Datenschutzbestimmungen einverstanden.",
    "By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Email (required)", "I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice",
    "Keep an eye on your inbox for the latest sports news.", "Support my work with a digital subscription", "Get the best stories delivered to your inbox every morning."])("a sign-up box's line: %s", (line) => {
    expect(isSignUpLine(line)).toBe(true);
  });
  it.each([
    "I would like to thank the volunteers who gave their time.", "Email the council at the address below.",
    "Robots-as-a-Service pricing: customers pay a monthly subscription that includes maintenance and software updates.",
    "The comments are open, and so is my inbox.",
    "The study found that by clicking \"I accept,\" you agree to let dozens of companies track your location, often without realising how much data is shared with brokers and advertisers across the world.",
    "I would like to receive updates from the council about the roadworks on Mill Lane.",
    "Customers can now get a subscription for $5 a month, the company said.", "Your subscription fee will rise next year.",
  ])("no sign-up line: %s", (line) => {
    expect(isSignUpLine(line)).toBe(false);
  });
  it.each(["Offrir cet article", "Ajouter à vos sélections", "Écouter", "Toute l'actualité en continu, où que vous soyez. Télécharger l'application", "Baixe o app"])("an article's tool or app prompt is furniture: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it.each([
    "Offrir l’article", "Lire plus tard", "Ajouter à mes favoris", "Zur Merkliste hinzufügen", "Escuchar nota", "Stampa", "Bookmark",
    "この記事は有料記事です。残り612文字", "有料会員になると続きをお読みいただけます。", "原标题：今年我国将新投产铁路3000公里以上",
    "How does this make you feel?", "Har du tatt bilder av nordlyset? Send dem til oss på tips@nyhetsposten.no eller via appen.",
    "¿Tienes una taquería favorita que no está en la lista? Cuéntanos en redes sociales.", "Heb je een tip of foto? Stuur hem via WhatsApp naar 06-12345678.",
    "Masz ciekawy temat? Napisz do nas: listy@pulskraju.pl.", "Если вы сняли ледоход — присылайте фото и видео в наш телеграм-бот.",
    "1 av 8", "Join LT's Telegram channel and get the latest news", "Підписуйтесь на наш Telegram-канал",
    "Advertisement 2", "Loading the player...", "View gallery", "Link Copied", "Story continues",
    "Citation: Blood test spots cancer early (2024, March 10) retrieved 11 March 2024 from https://example.org/news/2024-03-blood.html",
    "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced.",
    "View this email in your browser", "Forward to a friend | Update preferences | Unsubscribe", "Our mailing address is:",
    "You are receiving this email because you signed up at one of our events or on our website.",
    "Jump to Recipe Print Recipe", "Pin Recipe", "4.94 from 142 votes", "Tried this recipe? Let us know how it was!",
    "📲 Participe do canal do Portal Notícia SP no WhatsApp", "Join the Wearside Echo WhatsApp community",
    "Get breaking news first by joining our WhatsApp community. Click here to join. We also treat our community members to special offers, promotions, and adverts from us and our partners. If you don't like our community, you can check out any time you like.",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel",
  ])("more tool buttons, paywall prompts, closing fields and messenger promos are furniture: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it.each(["Te recomendamos:", "READ MORE HERE", "Kapcsolódó", "Mirá también", "Czytaj więcej", "相關新聞", "相關閱讀", "Next Up In Tech", "Read Next", "Up Next", "EDITORS' PICK", "Top Picks For You", "Similar Articles", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ", "עוד בנושא:", "Xem nhiều"])("a related heading in more languages: %s", (line) => {
    expect(isRelatedHeading(line)).toBe(true);
  });
  it.each(["Har du tips om saken? Les mer om den her.", "The minister announced the change on his WhatsApp channel on Monday.", "Stampa e televisione hanno seguito il caso per settimane."])("is no furniture: a sentence that names them: %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
  it.each([
    "This article originally appeared on Dayton Daily Ledger: Opinion: Ohio school-funding formula works.",
    "Share your feedback to help improve our site experience!",
  ])("a syndicated story's note and a feedback prompt are furniture: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it("reads a newsletter box's data-protection line as the box's", () => {
    expect(isSignUpLine("We care about the protection of your data. Read our Privacy Policy.")).toBe(true);
    expect(isBoilerplate("This story first appeared to witnesses as a flash of light over the bay.")).toBe(false);
  });
  it("reads a breadcrumb whose last item is the page's headline, cut or not, and no instruction that walks a menu", () => {
    expect(isBoilerplate("TechMedia NEWS > AI+ > 国内企業の生成AI導入率、1年で2倍に　「社内文書検索」が用途のトップ　...")).toBe(true);
    expect(isBoilerplate("Home > News > Council approves the harbour budget after a long debate")).toBe(true);
    expect(isBoilerplate("Go to Windows Update > Advanced options.")).toBe(false);
    expect(isBoilerplate("Go to Computer Configuration > Administrative Templates > Windows Components > Windows Update > Manage end user experience.")).toBe(false);
    expect(isBoilerplate("if x > 5 and y > 3 then the loop ends, which is what we want.")).toBe(false);
  });
  it("is no app prompt: a sentence about an app", () => {
    expect(isBoilerplate("The council will launch the app in May.")).toBe(false);
  });

  it("is no sign-up line: a sentence that speaks of registering", () => {
    expect(isSignUpLine("Mit der Anmeldung beim Amt beginnt für viele Familien das lange Warten.")).toBe(false);
  });
});


describe("local papers' and review sites' lines", () => {
  it("takes an outlet's photo credit under a caption for a credit, whatever the outlet", () => {
    for (const line of ["Jenna Kowalczyk/Oakland Press-Tribune", "DARCY FENWICK/THE CANADIAN PRESS", "Courier file photo", "Submitted photo"]) expect(isStandaloneCredit(line)).toBe(true);
    for (const line of ["Politics/Opinion", "Terms of Use/Privacy Policy", "Residents fill the council chambers Tuesday night."]) expect(isStandaloneCredit(line)).toBe(false);
  });

  it("reads a © inside a bracketed image label as the photo's credit, not the site's notice", () => {
    expect(isCopyrightLine("(Image: © GearSignal / Priya Raman)")).toBe(false);
    expect(isStandaloneCredit("(Image: © GearSignal / Priya Raman)")).toBe(true);
    expect(isCopyrightLine("Image credit: © Future")).toBe(false);
    expect(isCopyrightLine("© 2024 GearSignal. All rights reserved.")).toBe(true);
  });

  it("knows a contributor's line and a badge from a name", () => {
    expect(isWriterRole("Special to The Prairie Ledger")).toBe(true);
    expect(looksLikePersonName("For Subscribers")).toBe(false);
    expect(looksLikePersonName("By Bill Hoppe")).toBe(false);
    expect(parseMetaLine("By Bill Hoppe | Special to the Pioneer Press")?.author).toBe("Bill Hoppe");
  });

  it("takes a reporter's contact line for the writer's note", () => {
    expect(isWriterBio("Tom Brannigan can be reached at tbrannigan@millbrookcourier.com or 555-0142.")).toBe(true);
    expect(isWriterBio("The office can be reached at 555-0142 until Friday.")).toBe(false);
  });

  it("drops a shop's deal rows and reads 'Most viewed' as a related heading", () => {
    for (const line of ["Hive Active Heating 2 – £179 at Amazon", "View all deals", "We check over 250 million products every day for the best prices"]) expect(isBoilerplate(line)).toBe(true);
    expect(isBoilerplate("The thermostat costs £179 at most retailers, and less in the sales.")).toBe(false);
    expect(isRelatedHeading("Most viewed")).toBe(true);
  });
});

describe("photo credits in more scripts", () => {
  it.each([
    "Χαρταετοί στον λόφο του Φιλοπάππου την Καθαρά Δευτέρα (Φωτ.: EUROKINISSI / Στέλιος Μαργαρίτης)",
    "靖国神社の標本木のつぼみを確認する気象庁の職員=2025年3月13日午前、東京都千代田区、佐藤健一撮影",
    "होली के दिन दोपहर तक बंद रहेंगी मेट्रो सेवाएं (फाइल फोटो) - फोटो : पीटीआई",
    "مانور آمادگی آتش‌نشانان تهران پیش از چهارشنبه‌سوری در میدان آزادی؛ عکس: پایتخت‌نامه / سارا مرادی",
    "কমলাপুর রেলস্টেশনে ট্রেনে ওঠার অপেক্ষায় যাত্রীরা। ছবি: সাজিদ হোসেন",
    "ท้องฟ้าเมืองเชียงใหม่ปกคลุมด้วยหมอกควัน เมื่อเช้าวันที่ 11 มี.ค. 2568 (ภาพ: ชัยวัฒน์ ใจดี)",
    "高鐵公司表示，清明連假疏運期間將加開71班次。（資料照）",
    "ພະນັກງານ ກຳລັງຂຸດລອກຮ່ອງລະບາຍນ້ຳ ຢູ່ຖະໜົນລ້ານຊ້າງ (ພາບ: ບຸນມີ ສີສຸວັນ)",
    "កសិករកំពុងថែទាំចម្ការស្វាយ នៅស្រុកសំឡូត (រូបថត៖ សុខ វណ្ណា)",
    "အလုပ်သမားတစ်ဦး ရက်ကန်းရက်နေသည် (ဓာတ်ပုံ - နန်းခင်မာ)",
  ])("marks a caption: %s", (line) => expect(hasCaptionMarker(line)).toBe(true));

  it("leaves an equals sign in Latin prose alone", () => {
    expect(hasCaptionMarker("The council met on Monday. The vote was 5=4 in favour.")).toBe(false);
  });
});

describe("furniture and related links in more languages", () => {
  it.each([
    "Dalsza część artykułu pod materiałem wideo",
    "Ακολουθήστε τον Ανταποκριτή στο Google News και μάθετε πρώτοι όλες τις ειδήσεις",
    "ติดตามข่าวสารเพิ่มเติมได้ทาง LINE Official",
    "點我下載APP",
    "แชร์",
    "공유",
    "লিংক কপি",
  ])("is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it("reads a related headline after a bracketed or colon label", () => {
    expect(inlineRelated("【あわせて読む】花見の季節、目黒川の屋台は？")).toBe("花見の季節、目黒川の屋台は？");
    expect(inlineRelated("עוד בנושא: פורים 2025: כל התהלוכות")).toBe("פורים 2025: כל התהלוכות");
    expect(inlineRelated("আরও পড়ুন: ঈদে বাসের অগ্রিম টিকিট বিক্রি শুরু")).toBe("ঈদে বাসের অগ্রিম টিকিট বিক্রি শুরু");
  });
});

describe("meta rows and tool rows as news themes print them", () => {
  it("reads a stamp with its reading time glued on, and cuts a byline's comment count and desk", () => {
    expect(parseMetaLine("6 September 2025 12 minute read")).toEqual({ published: new Date("2025-09-06T00:00:00Z") });
    expect(parseMetaLine("22 July 2025 by Maren Holt 4 Comments")?.author).toBe("Maren Holt");
    expect(parseMetaLine("By Callum Rees Harbour City reporter 17:12, 18 OCT 2025")?.author).toBe("Callum Rees");
    expect(parseMetaLine("Meg James Staff Writer")?.author ?? parseByline("By Meg James Staff Writer")).toBe("Meg James");
  });

  it("reads a recipe blog's row with its affiliate disclosure among the fields", () => {
    const row = parseMetaLine("Published: Sep 28, 2021 · Modified: Oct 3, 2022 by Jessica Lam · This post may contain affiliate links · 47 Comments");
    expect(row).toEqual({ published: new Date("2021-09-28T00:00:00Z"), updated: new Date("2022-10-03T00:00:00Z"), author: "Jessica Lam" });
    // A sentence that only mentions affiliate links is no meta row.
    expect(parseMetaLine("This post may contain affiliate links, which is how the blog pays for its hosting")).toBeNull();
  });

  it("takes a tool row with its buttons of several words for furniture", () => {
    expect(isBoilerplate("Facebook X WhatsApp Email Gift this article 87 comments")).toBe(true);
    expect(isBoilerplate("Save Share Gift Article Listen to this article 9 min")).toBe(true);
    expect(isBoilerplate("Listen to this article about the 87 comments the council received")).toBe(false);
  });

  it.each(["Gift this article", "Show more sharing options", "Save Story", "Send på mail", "Dela via e-post", "Mejla", "ANNONCE", "PUB", "4' di lettura", "Lesedauer ca. 6 Minuten",
    "Aus der Ausgabe Nr. 20/2021", "From Longwave Magazine's October 2021 Issue", "From the March 2021 issue of Harper's",
    "Hearth & Table may receive a commission from purchases made through links on this page."])("takes a lone button, an ad's label, a reading time, a print issue's note or a disclosure for furniture: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each(["Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Business Current.", "Why you can trust GadgetRadar Our expert reviewers spend hours testing.",
    "Amazon $899 View", "Verizon $24.99/mth View", "Delayed 15 mins. Data by Refinitiv", "Show latest updates", "Load more posts"])("takes a business or review site's furniture for furniture: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("reads a byline with the writer's affiliation in brackets past a byline's length, not a sentence that opens with 'By'", () => {
    expect(parseMetaLine("Par Camille Roussel (chargée de mission au Centre d'études européennes de Sciences Po)")?.author).toBe("Camille Roussel");
    expect(parseByline("By Sunday afternoon (when the deadline for every remaining application finally passes) nothing more can be done")).toBeNull();
    expect(parseByline("By The Numbers (a weekly look at the data behind the news, from the people who collect it)")).toBeNull();
  });

  it("drops an opinion page's call for letters and its rules for them, not a sentence about a letter", () => {
    for (const line of ["Have an opinion on this? Submit a letter to the editor.", "To submit a response to this op-ed, email opinion@example.com.",
      "Want to submit a response to this article? Send it to opinion@example.com", "Letters should be no more than 250 words and must include the writer's name, address and phone number.",
      "Letters may be edited for length and clarity.", "Submit a guest column to our opinion desk."]) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ["She wrote a letter to the editor in 1998 about the bridge.", "Letters must be postmarked by Friday to count.",
      "Write a letter to your local MP.", "Please send a response by Friday, the council said."]) expect(isBoilerplate(line), line).toBe(false);
  });

  it("reads a stamp with the place it was filed from in capitals after it, and a Turkish 'Haber:' byline with the place after a slash", () => {
    expect(parseMetaLine("Published - September 18, 2025 09:41 pm IST - CHENNAI")).toEqual({ published: new Date("2025-09-18T16:11:00.000Z") });
    expect(parseMetaLine("Haber: Elif Karaca / İzmir")).toEqual({ author: "Elif Karaca" });
    expect(parseMetaLine("Haber: Bugün hava yağmurlu olacak")).toBeNull();
  });

  it("reads reading times in Czech, Slovak, Hungarian and Nordic words beside the stamp, and a Korean reporter's name under its label", () => {
    expect(parseMetaLine("12. března 2024 • 7 minut čtení")).toEqual({ published: new Date("2024-03-12T00:00:00.000Z") });
    expect(parseMetaLine("기자명 이서윤 기자")).toEqual({ author: "이서윤" });
  });

  it("reads a numeric stamp with a Spanish clock's 'h.', the place before it and its update after the stop", () => {
    expect(isNumericStamp("Zaragoza, 07/10/2024 - 05:45 h. Actualizado: 07/10/2024 - 10:12 h.")).toBe(true);
    expect(isNumericStamp("07/10/2024 - 05:45 h.")).toBe(true);
    expect(isNumericStamp("Zaragoza, 07/10/2024. Los vecinos denuncian la subida de los alquileres.")).toBe(false);
  });

  it("reads a Romanian byline's lower-case 'de' and Swahili's 'Na', not a sentence that opens with them", () => {
    expect(parseMetaLine("de Andreea Mureșan")).toEqual({ author: "Andreea Mureșan" });
    expect(parseMetaLine("Na Rehema Juma, Mtwara")).toEqual({ author: "Rehema Juma" });
    expect(parseMetaLine("De acuerdo con el informe")).toBeNull();
    expect(parseMetaLine("de la Primăria Arad")).toBeNull();
  });

  it("reads a live blog's writers with their shifts in brackets, and takes no department for a name", () => {
    expect(bareNameByline("Sam Ortiz (now) and Leah Murray (earlier)")).toBe("Sam Ortiz and Leah Murray");
    expect(bareNameByline("Public Works")).toBeNull();
    expect(bareNameByline("Police Department")).toBeNull();
  });

  it("reads a forum's count of postings as the comments' heading", () => {
    expect(isSectionEnd("124 Postings")).toBe(true);
    expect(isRelatedHeading("Weiterlesen")).toBe(false);
  });

  it("reads a Québec paper's 'infolettre' as a newsletter", () => {
    expect(isSignUpLine("L’infolettre du Courrier")).toBe(true);
  });

  it("reads a bare name with its outlet after a bar, and a Mexican clock's 'hrs.'", () => {
    expect(bareNameByline("Alejandra Villaseñor | El Heraldo del Bajío")).toBe("Alejandra Villaseñor");
    expect(parseMetaLine("14 de marzo de 2025 | 07:45 hrs.")).toEqual({ published: new Date("2025-03-14T07:45:00.000Z") });
  });

  it("reads two writers' names joined by 'and' as a bare byline, not a pair of words", () => {
    expect(bareNameByline("Hannah Osei and Ben Carver")).toBe("Hannah Osei and Ben Carver");
    expect(bareNameByline("Salt and Pepper")).toBeNull();
    expect(bareNameByline("Marks and Spencer")).toBeNull();
  });

  it("reads a byline with the writer's note run on after the name, and a 'Write to' sign-off as the writer's note", () => {
    expect(parseMetaLine("By Jordan Reyes, a senior reporter covering laptops, PCs and gaming hardware. He has been testing computers for more than eight years.")?.author).toBe("Jordan Reyes");
    expect(parseMetaLine("By the way, a reporter asked about it. He said nothing more about the plan for the summer.")).toBeNull();
    expect(isWriterBio("Write to Rachel Ambrose at rachel.ambrose@ledger.com and Tom Nguyen at tom.nguyen@ledger.com")).toBe(true);
  });

  it("reads a credit label glued to a caption of five words, and the related labels' other spellings", () => {
    expect(hasCaptionMarker("Şirketin Bursa'daki tesisinde üretim hattı Fotoğraf: AA")).toBe(true);
    expect(hasCaptionMarker("The best of the year in one Photo: the winners")).toBe(false);
    expect(isRelatedHeading("اقرأ أيضًا:")).toBe(true);
    expect(isRelatedHeading("熱門新聞")).toBe(true);
  });

  it.each(["Via Appia", "The pub was full by nine", "Send in the clowns", "From the archive: how the city grew", "Amazon shares rose $899 on View", "Why you can trust your instincts, and when not to"])("leaves a line of text that shares their words: %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("reads a numeric stamp and its update in Portuguese, its word capitalised after two spaces", () => {
    expect(parseMetaLine("22/08/2023 11h47  Atualizado há um ano")).toEqual({});
    expect(parseMetaLine("O texto foi Atualizado ontem")).toBeNull();
  });

  it("reads a stamp beside a reading time under its German label", () => {
    expect(parseMetaLine("Stand: 09.11.2023 | Lesedauer: 7 Minuten")?.published).toEqual(new Date("2023-11-09T00:00:00Z"));
  });

  it("knows a consent plugin's cookie notice and a 'Reach … at' contact line", () => {
    expect(isBoilerplate("To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these technologies will allow us to process data such as browsing behavior.")).toBe(true);
    expect(isWriterBio("Reach Greta Lindqvist at glindqvist@coastlineledger.com or 707-555-0148.")).toBe(true);
    expect(isWriterBio("Reach the harbour office at the quay before noon.")).toBe(false);
  });
});

describe("a writer's note of several sentences", () => {
  it("is still the writer's note", () => {
    const note = "Anjali Mehra is an emergency physician at Royal Prairie Hospital in Saskatoon and an associate professor at the university's college of medicine. She has worked in emergency departments across the Prairies for fifteen years. She is the author of Hallway Medicine, a book about the people who wait for beds, and she writes regularly about the health system and its waiting rooms for several publications across the country.";
    expect(note.length).toBeGreaterThan(400);
    expect(isWriterBio(note)).toBe(true);
  });
});

describe("small sites' lines", () => {
  it("reads a theme's meta row with the post's categories", () => {
    expect(parseMetaLine("by Pastor Mark Ellison | Mar 2, 2025 | Blog, Outreach | 2 comments")).toEqual({ author: "Pastor Mark Ellison", published: new Date("2025-03-02T00:00:00Z") });
  });

  it("drops a newsletter platform's lines and a dashed reading time", () => {
    expect(isBoilerplate("Local Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.")).toBe(true);
    expect(isBoilerplate("Thanks for reading Local Ledger! This post is public so feel free to share it.")).toBe(true);
    expect(isBoilerplate("Thanks for reading this far: the next part is the hard one.")).toBe(false);
    expect(isBoilerplate("— 7 min read")).toBe(true);
  });

  it("takes no sentence with 'sign up' in its brackets for a sign-up box", () => {
    expect(isSignUpLine("Join the Tuesday evening meal team at Harbortown Community Kitchen (sign up at the Welcome Center).")).toBe(false);
    expect(isSignUpLine("Sign up for our weekly newsletter")).toBe(true);
  });
});

describe("laid-out dumps and European papers' lines", () => {
  it("reads a name with the writer's address after it, and no name in a stamp's words", () => {
    expect(parseMetaLine("Megan Hartley mhartley@lakeshoretribune.com")?.author).toBe("Megan Hartley");
    expect(parseMetaLine("By Megan Hartley mhartley@lakeshoretribune.com")?.author).toBe("Megan Hartley");
    expect(parseMetaLine("Modifié le 13/03/2025 à 07h12")?.author).toBeUndefined();
  });

  it.each(["[saint-malo]", "00:00", "16:08", "Laatste update: 09:48", "Facebook Twitter LinkedIn Envoyer par email Copier le lien", "Compartir en Whatsapp Compartir en Facebook", "Share 214", "Cet article vous a été offert par L'Écho de l'Ouest.", "← Previous: Migrating 4 billion rows without downtime Next: Our on-call handbook, one year later →"])(
    "is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it("keeps a bracketed word in capitals, a number and a sentence", () => {
    for (const line of ["[Inverse]", "2024", "Share the road, the council says."]) expect(isBoilerplate(line)).toBe(false);
  });

  it("marks a caption that closes on its photographer's name in capitals", () => {
    expect(hasCaptionMarker("Vecinos protestan frente al Ayuntamiento de Valencia el pasado jueves. MÒNICA TORRES")).toBe(true);
    expect(hasCaptionMarker("The deal was signed in Brussels on Friday. NATO")).toBe(false);
  });
});

describe("stamps and bylines of European and Asian papers", () => {
  it("reads an update in brackets with its colon or in full-width brackets, and a Japanese count of characters after", () => {
    expect(parseMetaLine("10:24 14.03.2025 (обновлено: 12:10 14.03.2025)")).toEqual({ published: new Date("2025-03-14T10:24:00Z"), updated: new Date("2025-03-14T12:10:00Z") });
    expect(parseMetaLine("2025/3/14 18:30（最終更新 3/14 21:05） 734文字")?.published).toEqual(new Date("2025-03-14T18:30:00Z"));
    expect(parseMetaLine("2024/7/5 18:30 （最終更新 7/5 21:12 ） 文字数 1120")?.published).toEqual(new Date("2024-07-05T18:30:00Z"));
  });

  it("takes a line of stamps whose date is numeric for a stamp line, its date read later", () => {
    expect(parseMetaLine("11/03/2025 18h14 · Atualizado há 2 horas")).toEqual({});
    expect(parseMetaLine("Lisbon · Porto")).toBeNull();
  });

  it("reads a byline with the place in brackets and its reading time glued on", () => {
    expect(parseMetaLine("Par Camille Roussel (à Bruxelles, envoyée spéciale) Temps de Lecture 4 min.")?.author).toBe("Camille Roussel");
  });

  it.each(["Table of Contents", "Spis treści", "Contents [hide]", "Inhaltsverzeichnis"])("drops a table of contents' title: %s", (line) => expect(isBoilerplate(line)).toBe(true));
});

describe("breadcrumbs with a full-width arrow or spaced slashes", () => {
  it("are a nav row, their last item the page itself", () => {
    expect(isBoilerplate("毎朝新聞 ＞ 政治 ＞ 北陸新幹線の敦賀以西ルート")).toBe(true);
    expect(isBoilerplate("Anasayfa / Ekonomi / İstanbul'da toplu ulaşıma zam geldi")).toBe(true);
  });
  it("leave a headline's pair and a sentence's ratio alone", () => {
    expect(isBoilerplate("Ukraine / Russia: talks resume in Geneva")).toBe(false);
    expect(isBoilerplate("The ratio is 3 / 4 / 5 for the three groups, the study found.")).toBe(false);
  });
});

describe("a consent box's heading in more languages", () => {
  it.each(["Zarządzaj zgodą", "Gérer le consentement", "Einwilligung verwalten", "Gestisci consenso"])("is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));
});

describe("hand-written pages' bylines, stamps and links back", () => {
  it.each(["文・山田花子", "文／山田花子", "取材・文＝山田花子", "文・写真　山田花子"])("reads the Japanese credit %s", (line) => expect(parseMetaLine(line)?.author).toBe("山田花子"));

  it("reads a stamp labelled 'Written', and leaves a sentence about writing alone", () => {
    expect(parseMetaLine("Written 2 October 2023")).toEqual({ published: new Date("2023-10-02T00:00:00Z") });
    expect(parseMetaLine("Written in 1923, the poem tells of the sea.")).toBeNull();
  });

  it("drops a link back with its arrow", () => {
    expect(isBoilerplate("← Home")).toBe(true);
    expect(isBoilerplate("← The harbour in winter")).toBe(false);
  });
});

describe("outlets' own lines around the world", () => {
  it.each([
    "Commuters wait for buses on narrower roads. (Express Photo by Praveen Khanna)",
    "Farmers harvest potatoes in Nyandarua County. [Mercy Kahenda, Standard]",
    "Cars line up at the garage during a parking study. Hector Amezcua/hamezcua@sacramentocourier.com",
    "HDB flats in Tengah. (File photo: SG News Asia/Jeremy Long)",
    "Traffic on the M50 this morning (File image)",
  ])("marks a caption: %s", (line) => expect(hasCaptionMarker(line)).toBe(true));

  it.each([
    "Beginning of dialog window. Escape will cancel and close the window.",
    "captions settings, opens captions settings dialog",
    "Click to play video: 'Residents forced out of North York highrise after water main break'",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Get in touch with our news team by emailing us at webnews@dailybeacon.co.uk.",
    "Disclaimer: Comments do not represent the views of Manila Observer.",
    "Read a summary of this article on FAST.",
    "PAY ATTENTION: Join The Lagos Herald WhatsApp channel to get the latest news as it happens!",
    "Follow Cape Daily News on WhatsApp. Join the channel here.",
    "Originally published as Sydney commuters brace for the train strike",
    "This story was originally published March 11, 2025 at 5:45 AM.",
  ])("is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it("keeps prose that shares their words", () => {
    for (const line of ["The time is right, the minister said, to play a bigger role.", "Follow the river north on foot for two hours."]) expect(isBoilerplate(line)).toBe(false);
  });

  it("reads 'READ |' and 'READ:' insets and 'Related stories from …' headings", () => {
    expect(inlineRelated("READ | Joburg's water crisis: Residents go a week without supply")).toBe("Joburg's water crisis: Residents go a week without supply");
    expect(inlineRelated("READ: Rice prices remain high despite tariff cut")).toBe("Rice prices remain high despite tariff cut");
    expect(isRelatedHeading("Related stories from Sacramento Courier")).toBe(true);
  });
});

describe("a Chinese portal's stamp row with its tools", () => {
  it("reads the stamp and the writer past the type size and share fields", () => {
    expect(parseMetaLine("2025-03-14 16:05:32 来源：华夏新闻网 作者：李晓峰 字号：大 中 小 分享到：微信 微博 QQ空间")).toEqual({ published: new Date("2025-03-14T16:05:32Z"), author: "李晓峰" });
  });
});

describe("Hindi's other spelling of 'read this too'", () => {
  it("is a related label, inline and alone", () => {
    expect(inlineRelated("ये भी पढ़ें: होली पर घर जाने वालों के लिए रेलवे चलाएगा 60 स्पेशल ट्रेनें")).toBe("होली पर घर जाने वालों के लिए रेलवे चलाएगा 60 स्पेशल ट्रेनें");
    expect(isRelatedHeading("ये भी पढ़ें")).toBe(true);
  });
});

describe("European papers' furniture, credits and bylines", () => {
  it.each(["Gem", "Lagre", "Udostępnij", "Uložit", "Bewaar", "Spara", "Lyt til artiklen", "Posłuchaj artykułu", "Artikel anhören (11 Minuten)", "Ten artykuł czytasz w ramach płatnej subskrypcji"])(
    "is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it("keeps a sentence with those words", () => {
    expect(isBoilerplate("Del Mar is a small town north of San Diego.")).toBe(false);
  });

  it.each(["Læs også", "Les også", "Mohlo by vás zajímat"])("reads %s as a related heading", (line) => expect(isRelatedHeading(line)).toBe(true));

  it.each([
    "Een lepelaar foerageert in het getijdengebied. Foto Merlijn Doomernik",
    "Slik ser arkitektene for seg den flytende bydelen ved Fornebu. Illustrasjon: Snøhetta",
  ])("marks a caption: %s", (line) => expect(hasCaptionMarker(line)).toBe(true));

  it.each([
    ["โดย ศิริพร คำแสน", "ศิริพร คำแสน"],
    ["ໂດຍ: ບຸນມີ ສີສຸວັນ", "ບຸນມີ ສີສຸວັນ"],
    ["ដោយ៖ សុខ វណ្ណា", "សុខ វណ្ណា"],
    ["ရေးသားသူ - နန်းခင်မာ", "နန်းခင်မာ"],
    ["โพสต์เมื่อ 28/02/2025 โดย พี่หมีเที่ยวไม่หยุด", "พี่หมีเที่ยวไม่หยุด"],
  ])("reads a byline in a script with no capitals by its word for by or writer: %s", (line, name) => {
    expect(parseMetaLine(line)?.author).toBe(name);
  });

  it("takes no Thai sentence that holds the word for by for a byline", () => {
    expect(parseMetaLine("ผู้ว่าราชการจังหวัดได้รับรางวัลโดยคณะกรรมการเมื่อวานนี้ ที่ศาลากลางจังหวัดเชียงใหม่ พร้อมด้วยชาวบ้านจำนวนมาก")).toBeNull();
  });

  it("reads a place and date with the place's particles and province, an Italian elided update, a German 'reports from' byline", () => {
    expect(parseMetaLine("Valverde del Camino (Huelva) - 20 jul 2025 - 06:40 CEST")?.published).toEqual(new Date("2025-07-20T04:40:00Z"));
    expect(parseMetaLine("Guadalajara, Jal. | 20 de noviembre de 2024 · 18:45 hrs")?.published).toEqual(new Date("2024-11-20T18:45:00Z"));
    expect(parseMetaLine("Monterrey, N.L. | 4 de marzo de 2025")?.published).toEqual(new Date("2025-03-04T00:00:00Z"));
    expect(parseMetaLine("Ayşe Yılmaz | 12.03.2025 14:20")?.author).toBe("Ayşe Yılmaz");
    expect(parseMetaLine("11 maggio 2025 (modifica l'11 maggio 2025 | 10:20)")?.updated).toEqual(new Date("2025-05-11T10:20:00Z"));
    expect(parseMetaLine("Aus Gersfeld berichtet Katharina Wendt")).toEqual({ author: "Katharina Wendt" });
  });
});

describe("Latin American and Malaysian pages' lines", () => {
  it("reads a Spanish date without its second 'de' and a spaced a. m.", () => {
    expect(parseMetaLine("14 de marzo 2025, 09:30 a. m.")).toEqual({ published: new Date("2025-03-14T09:30:00Z") });
    expect(parseMetaLine("Actualizado: 14 de marzo 2025, 10:12 a. m.")).toEqual({ updated: new Date("2025-03-14T10:12:00Z") });
  });

  it("marks a caption whose credit a dash sets off, and reads more inset labels", () => {
    expect(hasCaptionMarker("Minyak masak paket bersubsidi dijual di sebuah pasar raya di Kuala Lumpur. - Foto fail NSTP")).toBe(true);
    expect(inlineRelated("Le puede interesar: Pico y placa en Bogotá: así funciona")).toBe("Pico y placa en Bogotá: así funciona");
    expect(isRelatedHeading("LEÉ TAMBIÉN")).toBe(true);
  });

  it("drops a WhatsApp prompt in Portuguese and a comments login prompt", () => {
    expect(isBoilerplate("Receba as principais notícias do Correio do Povo pelo WhatsApp. Clique aqui e entre no canal.")).toBe(true);
    expect(isBoilerplate("Por favor, inicia sesión en La Tercera para acceder a los comentarios.")).toBe(true);
  });
});

describe("today's prompts and labels leave prose alone", () => {
  it.each([
    "Follow the money on Telegram, investigators say, and the trail leads to Dubai.",
    "Originally published as a pamphlet in 1852, the book was later expanded into three volumes.",
    "Duration 12 weeks, the course costs $400.",
    "Pay attention: join the queue early, officials advised.",
  ])("is no furniture: %s", (line) => expect(isBoilerplate(line)).toBe(false));

  it("ends no article at a sentence about a guest book or a tribute, nor takes a tip line for the writer's note", () => {
    expect(isWriterBio("Police Chief Mark Lee can be reached at 555-0100 for tips.")).toBe(false);
    expect(inlineRelated("Read – and weep – the full report, which runs to 400 pages")).toBeNull();
  });
});

describe("a sign-up box's form and a video player's states, set in the middle of a story", () => {
  it.each([
    "Thank you for subscribing",
    "Invalid Email",
    "Something went wrong, please try again later.",
    "A welcome email is on its way. If you don't see it, please check your junk folder.",
    "We encountered an issue signing you up. Please try again",
    "Video Loading Video Unavailable",
    "Click to play Tap to play",
    "Play now",
    "The video will auto-play soon8Cancel",
    "Share Comments Bookmark",
    "Del på Facebook",
    "Distribuie pe Facebook",
  ])("is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it.each([
    "By signing up you consent to receive the above newsletter from Postmedia Network Inc.",
    "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
    "Get the biggest Black Country stories by email",
  ])("is the box's own line: %s", (line) => expect(isSignUpLine(line)).toBe(true));

  it.each([
    "Thank you for subscribing to the idea that a council can change, she told the meeting.",
    "Something went wrong with the pumps on Tuesday night, and the basement flooded within an hour.",
    "Get the biggest picture you can of the night sky by going somewhere with no street lights, he said by email.",
    "The video will be shown at the inquest next week, the coroner said.",
  ])("leaves prose alone: %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
    expect(isSignUpLine(line)).toBe(false);
  });
});

describe("a consent box at the top of the page, in more languages", () => {
  it.each([
    "Cookies on GOV.UK",
    "We use some essential cookies to make this website work.",
    "We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.",
    "Accept additional cookies",
    "Vi bruger cookies",
    "Vi og vores partnere bruger cookies og lignende teknologier til at huske dine indstillinger, måle trafikken og vise relevante annoncer.",
    "Εμείς και οι συνεργάτες μας χρησιμοποιούμε cookies για την αποθήκευση ή/και πρόσβαση σε πληροφορίες σε μια συσκευή.",
    "Η ιδιωτικότητά σας είναι σημαντική για εμάς",
    "Tillad alle",
    "Používáme soubory cookie, abychom vám mohli nabízet lepší obsah.",
    "Weboldalunk sütiket használunk a jobb felhasználói élmény érdekében.",
  ])("is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it.each([
    "The bakery on Main Street sells cookies baked each morning by volunteers.",
    "Vi bruger mange penge på broen, sagde ministeren på mødet i går.",
    "Cookies on the menu were the first thing to sell out, the organisers said.",
    "Η ιδιωτικότητα των ασθενών είναι σημαντική, δήλωσε ο υπουργός.",
    "Google bruger cookies til at følge brugerne på nettet, viser en ny undersøgelse.",
    "Meta använder cookies för att spåra användare, enligt IMY.",
    "A Facebook sütiket használ a felhasználók követésére, állítja a hatóság.",
    "Cookies on a budget", "Cookies on Trial", "Elfogadom", "Αποδοχή",
  ])("leaves prose alone: %s", (line) => expect(isBoilerplate(line)).toBe(false));
});

describe("the word subscription alone asks for nothing", () => {
  it("takes a guide's heading for no sign-up box, and a menu's item or a call for one", () => {
    expect(isSignUpLine("Best subscription")).toBe(false);
    expect(isSignUpLine("4. Best subscription: Trade Coffee Gift Subscription")).toBe(false);
    expect(isSignUpLine("Subscriptions")).toBe(true);
    expect(isSignUpLine("Support my work with a digital subscription")).toBe(true);
    expect(isSignUpLine("Your subscription makes our reporting possible.")).toBe(true);
  });
});

describe("'read also' in more languages and forms", () => {
  it.each([
    ["Prečítajte si aj: Vláda schválila nový rozpočet na budúci rok", "Vláda schválila nový rozpočet na budúci rok"],
    ["Pročitajte i: Vlada usvojila novi proračun", "Vlada usvojila novi proračun"],
    ["Прочитајте још: Влада усвојила нови буџет", "Влада усвојила нови буџет"],
    ["Прочетете още: Правителството прие бюджета", "Правителството прие бюджета"],
    ["Lue myös: Hallitus hyväksyi budjetin", "Hallitus hyväksyi budjetin"],
    ["İLGİLİ HABER: Meclis bütçeyi kabul etti", "Meclis bütçeyi kabul etti"],
    ["RELATED COVERAGE: Stolen vehicle reports on the rise in county", "Stolen vehicle reports on the rise in county"],
    ["Leia também Euribor continua a descer. Prestação da casa fica mais barata em novembro", "Euribor continua a descer. Prestação da casa fica mais barata em novembro"],
  ])("reads %s as a related link", (line, title) => expect(inlineRelated(line)).toBe(title));

  it("takes no sentence that opens with the label's words for a link", () => {
    expect(inlineRelated("See also the council's own report, which runs to 400 pages.")).toBeNull();
    expect(inlineRelated("Leia também o relatório completo do tribunal.")).toBeNull();
    expect(isRelatedHeading("Ezt is ajánljuk")).toBe(true);
  });
});

describe("a stamp and its update on one line, in more languages", () => {
  it("takes the first date as the publication and the update after its word", () => {
    expect(parseMetaLine("11. března 2025 8:15, aktualizováno 10:02")).toEqual({ published: new Date("2025-03-11T08:15:00Z") });
    expect(parseMetaLine("2025. április 3., 09:41 Frissítve: 2025. április 3., 11:15")).toEqual({ published: new Date("2025-04-03T09:41:00Z"), updated: new Date("2025-04-03T11:15:00Z") });
    expect(parseMetaLine("(aktualizované 16. jan 2025 o 13:40)")).toEqual({ updated: new Date("2025-01-16T13:40:00Z") });
  });

  it.each(["Actualizado às 11:40", "Τελευταία ενημέρωση: 15:20", "Opdateret kl. 11.12"])("drops an update with its clock alone: %s", (line) => expect(isBoilerplate(line)).toBe(true));
});

describe("bylines in Serbian, Croatian, French live blogs and photo essays", () => {
  it.each([
    ["Аутор: Марко Петровић", "Марко Петровић"],
    ["Piše: Ivana Marić", "Ivana Marić"],
    ["Photographs and text by Lucía Benavides", "Lucía Benavides"],
    ["Live animé par Camille Martin et Hugo Leroy", "Camille Martin et Hugo Leroy"],
  ])("reads %s", (line, name) => expect(parseByline(line)).toBe(name));

  it("takes 'Piše' for a byline only with its colon: without one it is a word of a sentence", () => {
    expect(parseByline("Piše Ivana Marić")).toBeNull();
  });
});

describe("an outlet's closing lines: its app, its networks, its edition, its notices", () => {
  it.each([
    "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
    "Published in Dawn, March 4th, 2021",
    "Download The Times of India News App for Latest City News.",
    "Get breaking news and weather alerts on your phone: download the KXLB 8 News app.",
    "Follow Dawn Business on Twitter, LinkedIn, Instagram and Facebook for insights on business, finance and tech.",
    "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live.",
    "This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.",
    "Disclaimer Comments expressed here do not reflect the opinions of the newspaper or any employee thereof.",
  ])("is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it.each([
    "Published in the journal Nature, March 4, 2021",
    "Residents can download the council's app to report potholes.",
    "The premier acknowledged the traditional owners at the ceremony on Monday.",
    "Follow the money on Telegram, investigators say, and the trail leads to Dubai.",
    "The views and opinions expressed in the article do not necessarily reflect those of the agency.",
    "The instructions were simple: download the app and scan the code.",
    "Step one is easy: download the Signal app.",
    "Albanese acknowledges traditional owners at Garma festival",
    "Follow the Money on TikTok",
    "Follow your favourite teams on X",
    "The museum said the material is under copyright and cannot be reproduced without the estate's permission.",
    "Published in Nature, March 4, 2021",
  ])("leaves prose alone: %s", (line) => expect(isBoilerplate(line)).toBe(false));
});

describe("a caption credited to the outlet and the photographer in brackets", () => {
  it("marks the caption, its credit glued to its stop or a space apart, and not a sentence's bracket", () => {
    expect(hasCaptionMarker("Moree grazier Ian Hadley says the rain has turned his paddocks green for the first time since 2017.(ABC New England: Lucy Thackray)")).toBe(true);
    expect(hasCaptionMarker("Grazier Ian Hadley on his property west of Moree. (ABC Rural: Lucy Thackray)")).toBe(true);
    expect(hasCaptionMarker("The council will vote again in June (see the agenda: item four)")).toBe(false);
  });
});

describe("a numbered figure's caption and a bare length after the stamp", () => {
  it("marks 'Figure 1: …' as a caption, and not a sentence that names a figure", () => {
    expect(hasCaptionMarker("Figure 1: p99 latency before and after the routing change, measured over a week")).toBe(true);
    expect(hasCaptionMarker("Fig. 3. Boreholes sampled in the Vale catchment")).toBe(true);
    expect(hasCaptionMarker("Figure 8 - The skating move explained")).toBe(false);
    expect(hasCaptionMarker("Figure 2. the sample was small")).toBe(false);
    expect(hasCaptionMarker("Figure skating returns to the rink on Saturday after a two-year break.")).toBe(false);
  });

  it("reads the stamp before a bare reading or listening time", () => {
    expect(parseMetaLine("March 7, 2025 · 22 min")).toEqual({ published: new Date("2025-03-07T00:00:00Z") });
  });
});

describe("a recipe card's fields", () => {
  it.each([
    "Prep Time 10 mins", "Cook Time: 1 hour 20 minutes", "Course Main Course", "Cuisine: Mexican", "Servings 4 people", "Calories 412kcal",
    "Scale 1x2x3x", "Nutrition Facts", "Calories: 412kcal | Carbohydrates: 24g | Protein: 28g | Fat: 23g | Sodium: 688mg",
    "Nutrition | Per serving (1 1/2 cups): 310 calories, 46 g carbohydrates, 15 g fat, 8 g protein, 612 mg sodium",
    "Did you make this recipe? Take a photo and tag us on Instagram.",
  ])("is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it.each([
    "Prep time is the part most cooks underestimate, she said.",
    "Course correction came too late for the campaign.",
    "Calories matter less than what you eat, the study found.",
    "Nutrition", "Course correction", "Cuisine Française Makes A Comeback", "Calories 2000", "Servings 2 a day are enough",
  ])("leaves prose alone: %s", (line) => expect(isBoilerplate(line)).toBe(false));
});

describe("credits naming the photographer after the caption, in more forms", () => {
  it.each([
    "Our testers tried 23 pairs over three months to find the best ones. Wanderly / Will Dickey",
    "Lisbon's rooftops at sunset, seen from the Miradouro. Home & Hearth Lab / Mike Garten",
    "File photo of a To Let sign in Dublin city centre. Image: Sasko Lazarov/RollingNews.ie",
    "A worker clears debris in Auckland. (File photo) ABIGAIL DOUGHERTY/STUFF",
    "The new services will connect Tengah with the city. ST PHOTO: JASON QUAH",
    "Pflegewissenschaftlerin Brandt: »Die Leute gehen nicht wegen des Gehalts« Foto: Carmen Lüders / HZ",
    "Szárazra került stégek Agárdon 2025. március 30-án Fotó: Vasvári Tamás / MTI",
  ])("marks %s", (line) => expect(hasCaptionMarker(line)).toBe(true));

  it.each([
    "The council split the cost with the county. Parks / Recreation will pay the rest.",
    "Fares rose again in March. Either / or, the riders said.",
  ])("leaves a sentence alone: %s", (line) => expect(hasCaptionMarker(line)).toBe(false));
});

describe("a TV station's stamp row and its still's credit", () => {
  it("reads the stamp before a hyphen and its update", () => {
    expect(parseMetaLine("November 19, 2019 at 6:02 PM EST - Updated November 19 at 8:11 PM")).toEqual({ published: new Date("2019-11-19T23:02:00Z") });
  });

  it("marks a caption credited '(Source: WXKT)', and not a sentence citing its source in lower case", () => {
    expect(hasCaptionMarker("Deputies say a man led them on a 15-mile chase before crashing into a utility pole on Route 9. (Source: WXKT)")).toBe(true);
    expect(hasCaptionMarker("Unemployment rose to 5.2 percent in March, the highest in two years. (source: the state labor department's monthly survey)")).toBe(false);
  });
});

describe("BBC's caption and source labels, in English and its World Service languages", () => {
  it.each(["Image captionResidents took refuge on the beach as the fire approached", "Media captionWatch: Boats wait offshore", "Pie de foto, Miles de activistas marcharon por el centro", "Legenda da foto, Manifestantes em Brasília"])(
    "marks %s as a caption", (line) => expect(hasCaptionMarker(line)).toBe(true));
  it.each(["Fuente de la imagen, Reuters", "Image copyright Getty Images", "Crédito, Getty Images"])("reads %s as a credit", (line) => expect(isStandaloneCredit(line)).toBe(true));
  it("takes no sentence about image copyright or captioning for either", () => {
    expect(isStandaloneCredit("Image copyright law is complicated, lawyers say.")).toBe(false);
    expect(hasCaptionMarker("Image captioning software now describes photos for blind readers, the company said.")).toBe(false);
  });
});

describe("a numeric stamp and its update on one line", () => {
  it.each([
    "Publié le 27/11/2024 à 19h05 - Mis à jour le 27/11/2024 à 21h30",
    "Published 27/11/2024 at 19:05 - Updated 27/11/2024 at 21:30",
    "Publicado el 27/11/2024 a las 19:05 | Actualizado el 27/11/2024 a las 21:30",
  ])("is a stamp: %s", (line) => expect(isNumericStamp(line)).toBe(true));

  it("is no stamp when a part is not one", () => {
    expect(isNumericStamp("Publié le 27/11/2024 à 19h05 - Le gouvernement annonce un plan")).toBe(false);
  });
});

describe("a stamp row whose clock stands in a field of its own", () => {
  it("reads the date with its clock and the byline after them", () => {
    expect(parseMetaLine("May 2, 2024 | 3:50 PM IST | By Krishn Kaushik")).toEqual({ published: new Date("2024-05-02T10:20:00Z"), author: "Krishn Kaushik" });
  });
});

describe("a lead's marker", () => {
  it("marks a paragraph after '» ' but not a related link's headline, and ':: ' whatever follows", () => {
    expect(stripLeadMarker("» Die Gemeinde hat am Dienstag den Bau der Umgehungsstraße gestoppt, teilte der Bürgermeister mit.").marked).toBe(true);
    expect(stripLeadMarker("» Rotmilan-Gutachten sorgt für Streit im Gemeindeparlament (11.02.2009)").marked).toBe(false);
    expect(stripLeadMarker(":: ISIS militants killed at least 58 Syrian government troops").marked).toBe(true);
  });
});

describe("a third-party embed's consent box and a broadcaster's player labels", () => {
  it.each([
    "Skip Twitter post, 1", "Allow Twitter content?", "End of Twitter post, 1", "Saltar Twitter publicación, 1", "Permitir contenido de Twitter?",
    "This article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.",
    "Este artículo contiene contenido proporcionado por Twitter. Pedimos tu permiso antes de que algo se cargue.",
    "Media playback is unsupported on your device", "Slideshow (2 Images)",
  ])("is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it("leaves a sentence about the network alone", () => {
    expect(isBoilerplate("This article contains content provided by readers, who sent us their photos of the flood.")).toBe(false);
    expect(isBoilerplate("End of Twitter era: the company renamed itself X in July.")).toBe(false);
  });
});

describe("today's review: lines that stay the article's", () => {
  it("takes no statistic's source or wire credit in brackets for a photo's credit", () => {
    expect(hasCaptionMarker("Inflation eased to 2.3% in April, the lowest in three years. (Source: ONS)")).toBe(false);
    expect(hasCaptionMarker("Shares rose 9% in early trading after the results. (Editing: Mark Heinrich)")).toBe(false);
    expect(hasCaptionMarker("The talks resume on Monday. (Additional reporting: Sam Jones)")).toBe(false);
  });

  it("takes no headline opening with 'Crédito' for a credit", () => {
    expect(isStandaloneCredit("Crédito Agrícola lucra 300 milhões em 2024")).toBe(false);
    expect(isStandaloneCredit("Crédito Real entra en concurso mercantil")).toBe(false);
  });

  it("keeps a Turkish headline's dotted capital, and reads no colon-less 'Baca' or 'See also' line as a link", () => {
    expect(inlineRelated("İLGİLİ HABER: İstanbul'da yeni metro hattı açıldı")).toBe("İstanbul'da yeni metro hattı açıldı");
    expect(inlineRelated("Baca Doa Ini Saat Hujan Turun")).toBeNull();
    expect(inlineRelated("See also Chapter 5 for the full methodology")).toBeNull();
  });

  it("takes no call to get results or a ballot by e-mail for a sign-up box", () => {
    expect(isSignUpLine("Get the results via email")).toBe(false);
    expect(isSignUpLine("Get your ballot by email")).toBe(false);
    expect(isSignUpLine("Get the latest stories by email")).toBe(true);
  });
});

describe("a live blog's controls and a call to get the app in other languages", () => {
  it.each([
    "Show key events only Refresh", "[ ] Show key events only (BUTTON) Refresh 3 new updates", "Pinned", "Pinned post",
    "Recuerda que puedes recibir notificaciones de BBC Mundo. Descarga la nueva versión de nuestra app y actívalas para no perderte nuestro mejor contenido.",
  ])("is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it("leaves a sentence about someone's app alone", () => {
    expect(isBoilerplate("Descarga la aplicación del ayuntamiento para pagar el aparcamiento, recomendó el alcalde.")).toBe(false);
  });
});

describe("a byline with the writer's job before the name", () => {
  it("reads the name after a job in lower case", () => {
    expect(parseByline("By state political reporter Nadia Petrakis")).toBe("Nadia Petrakis");
    expect(parseByline("By political editor Laura Kuenssberg")).toBe("Laura Kuenssberg");
    expect(parseByline("By the numbers: how the budget adds up")).toBeNull();
  });
});

describe("a sentence that reports someone else's sign-up", () => {
  it.each([
    "Current air quality readings are available on the MPCA website, and residents can sign up to receive alerts by text or email.",
    "Residents can sign up for the program at city hall through March 31.",
  ])("is no sign-up box: %s", (line) => expect(isSignUpLine(line)).toBe(false));

  it.each([
    "This article was featured in the One Story to Read Today newsletter. Sign up for it here.",
    "Tip: Want to get EPA news releases by email? Sign up for updates from EPA Region 5.",
    "Sign up for our newsletter",
  ])("is a box's call: %s", (line) => expect(isSignUpLine(line)).toBe(true));
});

describe("a trending bar and French 'Texte par'", () => {
  it("drops the bar, its topics capitalised, and keeps a sentence about what is trending", () => {
    expect(isBoilerplate("Trending News Wildfires Virus Outbreak Election 2020 Hurricane Sally")).toBe(true);
    expect(isBoilerplate("Trending now on social media is a video of the mayor dancing.")).toBe(false);
  });

  it("reads 'Texte par :' as a byline", () => {
    expect(parseByline("Texte par : Louise Dupont")).toBe("Louise Dupont");
  });
});

describe("'read also' in European Portuguese and BBC Mundo's Spanish, and 'Related Story:'", () => {
  it("reads them as related links and headings", () => {
    expect(inlineRelated("Ler mais: Restauração pede apoio ao Governo")).toBe("Restauração pede apoio ao Governo");
    expect(inlineRelated("Related Story: Victorian budget includes $870m for schools")).toBe("Victorian budget includes $870m for schools");
    expect(isRelatedHeading("Quizás también te interese")).toBe(true);
    expect(inlineRelated("Ler mais livros é a meta da campanha, disse a ministra.")).toBeNull();
  });
});

describe("a courtesy credit on a line of its own", () => {
  it("is a credit, and a sentence that opens the same way is not", () => {
    expect(isStandaloneCredit("Courtesy of Alton Community Market")).toBe(true);
    expect(isStandaloneCredit("Photo courtesy of the Hale family")).toBe(true);
    expect(isStandaloneCredit("Courtesy of the council, residents will park free on Sundays.")).toBe(false);
  });
});

describe("a photo's own buttons", () => {
  it.each(["Buy Photo", "Hide Caption", "Show Caption", "Buy Photo Hide Caption", "Buy Photo (BUTTON) Hide Caption", "view more", "IMAGE:", "Click to enlarge", "View larger image",
    "Поделиться:", "ВКонтакте", "Одноклассники", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Все статьи автора", "View all posts",
    "【字体：大 中 小】　【打印】　【关闭】", "分享到：", "QQ空间", "复制链接", "Ver más columnas de esta autora",
    "Follow Dana Whitcombe", "Get email notifications on {{subject}} daily!", "{{description}}", "Buy from £14 at Greenleaf Direct", "View at Amazon", "£799 at Currys", "£799", "$24.99/mo", "Was this explainer helpful?"])("is furniture: %s", (line) => expect(isBoilerplate(line)).toBe(true));
  it("leaves a sentence about buying photos alone", () => expect(isBoilerplate("Buy photos of the parade from our archive, the society said.")).toBe(false));
});

describe("a blog engine's own lines", () => {
  it("reads the writer from a footer row and drops the trackback section and WordPress's post metadata", () => {
    expect(parseMetaLine("Posted by Ellen Marsh at 03:42 PM in Preserving, Seasonal | Permalink | Comments (3) | TrackBack (1)")).toEqual({ author: "Ellen Marsh" });
    expect(isBoilerplate("This entry was posted on Sunday, April 27th, 2008 at 9:14 pm and is filed under Linux, Old Hardware. You can follow any responses to this entry through the RSS 2.0 feed.")).toBe(true);
    expect(isBoilerplate("TrackBack URL for this entry:")).toBe(true);
    expect(isBoilerplate("Listed below are links to weblogs that reference Marmalade morning:")).toBe(true);
    expect(isBoilerplate("This entry was the last one the jury saw before the verdict was filed under seal.")).toBe(false);
  });
});

describe("an agency's label opening a caption", () => {
  it("marks 'AP Photo: …' and not a headline that names the agency's photographers", () => {
    expect(hasCaptionMarker("AP Photo: Wind turbines stand on a ridge near Arlington, Wyo.")).toBe(true);
    expect(hasCaptionMarker("AP Photographers Association names its winners for the year")).toBe(false);
  });
});

describe("the last review's counter-examples", () => {
  it("keeps a sign-up box whose call follows a label or a dash, and reads a reported sign-up as prose", () => {
    expect(isSignUpLine("Newsletter sign-up: The best of the week's news, delivered every Friday morning.")).toBe(true);
    expect(isSignUpLine("The Morning Edition newsletter brings the day's top headlines each weekday — sign up now.")).toBe(true);
  });

  it.each(["Courtesy calls to elderly neighbours are a dying habit", "Courtesy Chevrolet sued over hidden dealer fees", "Courtesy and respect in the workplace"])(
    "takes no headline for a courtesy credit: %s", (line) => expect(isStandaloneCredit(line)).toBe(false));

  it.each(["Trending Now TikTok Dances Take Over College Campuses", "Hot Topics Dominate First Presidential Debate In Ohio", "Popular Topics For Science Fair Projects This Year",
    "«La descarga de nuestra app creció un 40% este año», dijo el director ejecutivo de la empresa."])(
    "leaves a headline or a quote alone: %s", (line) => expect(isBoilerplate(line)).toBe(false));

  it("takes no document's title for a byline, nor a gallery's title for a caption", () => {
    expect(parseByline("Texto de Ley Orgánica")).toBeNull();
    expect(parseByline("Texto de: María Pérez")).toBe("María Pérez");
    expect(hasCaptionMarker("AP Photos: Scenes from the flooded Midwest")).toBe(false);
    expect(hasCaptionMarker("Reuters Pictures: The Year In Review")).toBe(false);
  });
});

describe("meta rows with the byline's or the stamp's word capitalised mid-row, an outlet or a theme's fields", () => {
  it("splits a row before a capitalised 'Von' or 'Publié' and reads both halves", () => {
    expect(parseMetaLine("14.03.2025, 06:00 Uhr Von Katrin Vogel, Jonas Berger")).toEqual({ published: new Date("2025-03-14T06:00:00.000Z"), author: "Katrin Vogel" });
    expect(parseMetaLine("Par Camille Roussel (Gap (Hautes-Alpes), envoyée spéciale) Publié le 9 mars 2025 à 05h30, modifié le 9 mars 2025 à 14h02"))
      .toEqual({ author: "Camille Roussel", published: new Date("2025-03-09T05:30:00.000Z"), updated: new Date("2025-03-09T14:02:00.000Z") });
    expect(parseMetaLine("Stand By Me")).toBeNull();
    expect(parseMetaLine("Most Published Authors Of 2024")).toBeNull();
  });

  it("splits a row before another language's word for by, in lower case, right after the stamp's date", () => {
    expect(parseMetaLine("12 Maggio 2023 di Giulia Ferraresi · 23 commenti")).toEqual({ published: new Date("2023-05-12T00:00:00.000Z"), author: "Giulia Ferraresi" });
    expect(parseMetaLine("Comune di Milano 12 marzo 2024")).toBeNull();
  });

  it("keeps 'Last Updated' whole and reads the outlet between a name and its stamp", () => {
    expect(parseMetaLine("Posted: Nov 22, 2021 1:30 PM PT | Last Updated: November 23, 2021"))
      .toEqual({ published: new Date("2021-11-22T21:30:00.000Z"), updated: new Date("2021-11-23T00:00:00.000Z") });
    expect(parseMetaLine("Jenna Holloway · CBC News · Posted: Nov 22, 2021 1:30 PM PT")).toEqual({ published: new Date("2021-11-22T21:30:00.000Z"), author: "Jenna Holloway" });
  });

  it("reads a blog theme's row: the stamp, a bare length, the word count, the name, the edit link", () => {
    expect(parseMetaLine("March 3, 2024 · 9 min · 1847 words · Ben Okafor | Suggest Changes")).toEqual({ published: new Date("2024-03-03T00:00:00.000Z"), author: "Ben Okafor" });
    // A section's name after the stamp, or after a reading time with its word, is no writer's.
    expect(parseMetaLine("March 3, 2024 · Climate Change")).toBeNull();
    expect(parseMetaLine("March 3, 2024 · 5 min read · Climate Change")).toBeNull();
  });

  it("reads 'Autor, Name' as a byline, and not a label before a description", () => {
    expect(parseMetaLine("Autor, Valentina Oropeza Ruiz")).toEqual({ author: "Valentina Oropeza Ruiz" });
    expect(parseMetaLine("Author, Zoe Kleinman")).toEqual({ author: "Zoe Kleinman" });
    expect(parseMetaLine("Author, activist and teacher")).toBeNull();
  });

  it("takes '文' for the Japanese writer's word only with its separator", () => {
    expect(parseMetaLine("文・山田花子")).toEqual({ author: "山田花子" });
    expect(parseMetaLine("文化・芸能")).toBeNull();
  });
});

describe("a writer's card, a masthead's link and a stamp's month cut short", () => {
  it("takes the day a writer joined the site for furniture, not a sentence about joining", () => {
    for (const line of ["Joined", "Joined Mar 3, 2021", "Member since March 2021", "Joined on Jan 5, 2024"]) expect(isBoilerplate(line)).toBe(true);
    expect(isBoilerplate("Joined the company in 2019")).toBe(false);
  });

  it("reads no name in a masthead's 'Today's Paper', and no place in a stamp's month", () => {
    expect(bareNameByline("Today’s Paper")).toBeNull();
    expect(looksLikePhotoCaption("Posted on Oct 15, 2024")).toBe(false);
    expect(looksLikePhotoCaption("Firefighters battle a blaze in Paradise, Calif., on Nov. 8, 2018.")).toBe(true);
  });
});

describe("notes of machine-made summaries and voices, old stories, gifts and preferred sources", () => {
  it.each([
    "Summary generated with AI and reviewed by CNET editors.",
    "Resumo gerado por ferramenta de IA e revisado pela redação.  Saiba mais",
    "Deze samenvatting is gemaakt met behulp van AI en gecontroleerd door de redactie.",
    "Résumé généré par une intelligence artificielle et vérifié par la rédaction.  En savoir plus",
    "Diese Zusammenfassung wurde mithilfe von KI erstellt und von der Redaktion geprüft.",
    "Hinweis: Die Audioversion dieses Artikels wurde mithilfe künstlicher Intelligenz erzeugt.",
    "Áudio gerado por inteligência artificial",
    "Voce generata dall'intelligenza artificiale",
    "This was published 5 months ago",
    "This article is more than 5 years old",
    "Vous pouvez offrir cet article à un proche. Il pourra le lire gratuitement pendant 72 heures.",
    "Add as a preferred source on Google",
    "Adicione o g1 como fonte preferida no Google",
    "Suivez Le Monde sur Google Actualités",
    "Volg NRC op WhatsApp",
  ])("drops %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it.each([
    "The summary generated by the AI was wrong, she said.",
    "Summary: The AI company raised $2bn in new funding this week.",
    "Audio made with AI helped the band finish the record, Smith said.",
    "This was published in the council's own newsletter last spring.",
  ])("keeps a sentence of the article: %s", (line) => expect(isBoilerplate(line)).toBe(false));
});

describe("'might interest you' boxes", () => {
  it.each(["Puede interesarte", "Te puede interesar", "Das könnte Sie auch interessieren", "Cela pourrait vous intéresser", "Ti potrebbe interessare"])("%s heads a related list", (line) => expect(isRelatedHeading(line)).toBe(true));
  it("leaves a sentence that says so alone", () => expect(isRelatedHeading("Esto puede interesarte mucho si tienes hijos")).toBe(false));
});

describe("betting boxes' notices and video boxes' labels", () => {
  it.each([
    "This game involves an element of financial risk and may be addictive. Please play responsibly and at your own risk. T&C apply. 18+ only.",
    "18+ | Glücksspiel kann süchtig machen. Hilfe unter www.buwei.de | Es gelten die AGB des Anbieters.",
    "Chances are you're about to lose. For free and confidential support call 1800 858 858 or visit gamblinghelponline.org.au. 18+ only.",
    "Odds via SkyBet, correct at 08:00. 18+ begambleaware.org. Please gamble responsibly.",
    "18+ | BeGambleAware.org | T&Cs apply",
    "Watch highlights",
    "▶ Watch highlights",
    "Highlights im Video: FC Bayern – Borussia Dortmund 2:2",
  ])("drops %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it.each([
    "The film is rated 18+ and shows gambling in Las Vegas casinos.",
    "Sports betting was legalised in 2018, and lawmakers urged people to gamble responsibly, the report said.",
    "Watch highlights of the match on our app tonight and vote for the best goal of the round.",
  ])("keeps a sentence of the article: %s", (line) => expect(isBoilerplate(line)).toBe(false));
});

describe("captions credited to a chart's or a map's source, or to the writer", () => {
  it.each([
    "Query latency before and after the change. Graph: Grafana",
    "Laufzeit von Januar bis März 2025. Grafik: Kontoro",
    "Rates since 2020. Chart: The Economist",
    "The flooded valley. Map: OpenStreetMap",
    "The old pipeline (left) and the new one today (right). Diagram by the author.",
    "The dashboard after the migration. Image by the author.",
  ])("marks %s", (line) => expect(hasCaptionMarker(line)).toBe(true));

  it("leaves a sentence with a label inside it alone", () => {
    expect(hasCaptionMarker("He drew the plans himself. The map: a mess of lines and arrows.")).toBe(false);
    expect(hasCaptionMarker("She made the dashboard herself. The chart by the author of the report was wrong.")).toBe(false);
  });
});

describe("a blog platform's 'Open in app' button", () => {
  it("is furniture, and a sentence that opens the same way is not", () => {
    expect(isBoilerplate("Open in app")).toBe(true);
    expect(isBoilerplate("Open in app stores across Europe, the game is a hit")).toBe(false);
  });
});

describe("the review's counter-examples to the day's rules", () => {
  it.each(["Voice in Biden robocall was generated by AI", "Voice actors strike over AI", "Audio deepfakes: how to spot AI", "Resumen de la semana en IA", "Résumé tips: how to beat the AI", "The summary is clear: we need rules for AI",
    "Você pode presentear sua mãe com um livro de receitas neste Dia das Mães."])("keeps %s", (line) => expect(isBoilerplate(line)).toBe(false));

  it("drops an AI box's label and a gift note that names the article", () => {
    expect(isBoilerplate("Riassunto con l'IA")).toBe(true);
    expect(isBoilerplate("Você pode presentear esta matéria a um amigo.")).toBe(true);
  });

  it("reads a Japanese credit with a colon after 文, and no writer in a place or a surname's particle after a date", () => {
    expect(parseMetaLine("文：山田花子")).toEqual({ author: "山田花子" });
    expect(parseMetaLine("取材・文：山田花子")).toEqual({ author: "山田花子" });
    expect(parseMetaLine("March 3, 2024 Door County")).toBeNull();
    expect(parseMetaLine("March 3, 2024 Von Miller")).toBeNull();
    expect(parseMetaLine("Updated on March 3, 2024 Medically Reviewed By Jane Smith, MD")?.author).toBeUndefined();
    expect(parseMetaLine("Posted Nov 19, 2019 8:14 PM By Jessica Tran - email")).toEqual({ published: new Date("2019-11-19T20:14:00.000Z"), author: "Jessica Tran" });
    expect(parseMetaLine("Apr 2, 2025 — Written By Carla Mendes — Edited By Jasmine Ortega — Medically Reviewed By Dana Hollis, MS, RDN")).toEqual({ published: new Date("2025-04-02T00:00:00.000Z"), author: "Carla Mendes" });
  });

  it("takes no job for a name after 'Autor,' and no section after a theme's shorter row", () => {
    expect(parseMetaLine("Autora, Directora de Comunicación")).toBeNull();
    expect(parseMetaLine("Autorka, Redaktor Naczelna")).toBeNull();
    expect(parseMetaLine("Jan 5, 2024 · 6 min · Rust Programming")).toBeNull();
    expect(parseMetaLine("March 3, 2024 · 1,847 words · Climate Change")).toBeNull();
  });

  it("reads places named like a month or a day cut short", () => {
    expect(looksLikePhotoCaption("Firefighters battle a blaze in Sun City, Arizona, on Aug. 3, 2024.")).toBe(true);
    expect(looksLikePhotoCaption("A flooded street in Mar Vista, Los Angeles, Feb. 5, 2024.")).toBe(true);
  });
});

describe("newsletters' sponsors and polls, a blog platform's picture of the writer", () => {
  it("drops the poll under an issue, and reads the writer from the picture's label", () => {
    expect(isBoilerplate("What did you think of today's issue?")).toBe(true);
    expect(parseMetaLine("Foto del escritor: Marta RuizMarta Ruiz")).toEqual({ author: "Marta Ruiz" });
    expect(parseMetaLine("Writer's picture: Jane Doe")).toEqual({ author: "Jane Doe" });
  });
});

describe("English papers of Asia and Africa: desks, agencies, credits, insets", () => {
  it("reads desks whole, and no review's credits field for a byline", () => {
    expect(parseMetaLine("By Our Correspondent")).toEqual({ author: "Our Correspondent" });
    expect(parseMetaLine("By Staff Reporter")).toEqual({ author: "Staff Reporter" });
    expect(parseMetaLine("By Jane Doe, Staff Reporter")).toEqual({ author: "Jane Doe" });
    // "Writer:" names a film's or a comic's writer in a review's credits box as often: no byline.
    expect(parseMetaLine("Writer: Jonas Berg")).toBeNull();
    expect(bareNameByline("Follow Us")).toBeNull();
  });

  it.each([
    "A swarm of desert locusts over Lodungokwe in Samburu County on February 10, 2020. /KDM-KEVIN MUTISYA",
    "Commuters make their way through heavy smog at ITO in New Delhi on Tuesday. (PTI photo)",
    "Senate President Ibrahim Danladi presiding over plenary on Thursday. File photo",
  ])("marks the caption %s", (line) => expect(hasCaptionMarker(line)).toBe(true));

  it("leaves a sentence about a file photo alone", () => expect(hasCaptionMarker("The company released its results on Tuesday. See the file photo")).toBe(false));

  it("reads an inset's capitals label before a headline that opens with an acronym, and no city's name for a label", () => {
    expect(inlineRelated("ALSO READ SC slams Centre, states over stubble burning: 'People are dying'")).toBe("SC slams Centre, states over stubble burning: 'People are dying'");
    expect(inlineRelated("NEW YORK Police arrest three after a shooting in the Bronx")).toBeNull();
  });

  it.each(["Like The Daily Citizen on Facebook, follow @DailyCitizenPK on Twitter to stay informed and join in the conversation.", "Do you like the content of this article?", "/atm"])(
    "drops %s", (line) => expect(isBoilerplate(line)).toBe(true));
  it("keeps a sentence about liking a page", () => expect(isBoilerplate("Residents like the new park on Facebook, the mayor said.")).toBe(false));
});

describe("cached copies', print views' and reader modes' lines", () => {
  it.each([
    "This is Google's cache of https://www.example.com/x/. It is a snapshot of the page as it appeared on 9 Jan 2024 14:22:10 GMT. The current page could have changed in the meantime. Learn more.",
    "Text-only version", "View source", "Back to Top ▲",
    "Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement (updated 1/1/25) and Privacy Policy.",
  ])("drops %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it("reads a credit after its copyright sign, and a clock with its h", () => {
    expect(hasCaptionMarker("Les vignes ont été vendangées plus tôt qu'il y a dix ans. © Crédit photo : Thierry David / L'Écho d'Aquitaine")).toBe(true);
    expect(isNumericStamp("04/04/2025 - 08:30h")).toBe(true);
  });
});

describe("European long reads' buttons, labels and credits", () => {
  it.each([
    "De Dagkrant gebruikt cookies om de site te laten werken en om advertenties te tonen. Klik op 'Akkoord' om hiermee in te stemmen.",
    "Čas čtení: 8 minut", "Lästid: 5 min", "Sdílet na Facebooku", "Deel op Facebook", "Kopírovat odkaz", "Kopiera länk", "Uložit článek", "Invia per email",
    "Een versie van dit artikel verscheen ook in de krant van zaterdag 3 mei 2025.",
  ])("drops %s", (line) => expect(isBoilerplate(line)).toBe(true));

  it.each(["JUAN CARLOS HIDALGO (EFE)", "Fot. Kuba Atys / Kurier Tygodniowy", "(Foto Marco Lenzi per Pagina Nove)", "© Westend61/Getty Images"])(
    "takes %s for a photo's credit", (line) => expect(isStandaloneCredit(line)).toBe(true));

  it("takes no wire's dateline for a credit, and reads Turkish 'read also' labels", () => {
    expect(isStandaloneCredit("PARIS (AFP)")).toBe(false);
    expect(isStandaloneCredit("NEW YORK (AP)")).toBe(false);
    expect(inlineRelated("İlginizi Çekebilir: Emekliye bayram ikramiyesi ne zaman yatacak? İşte tarih")).toBe("Emekliye bayram ikramiyesi ne zaman yatacak? İşte tarih");
    expect(isRelatedHeading("Yazarın Diğer Yazıları")).toBe(true);
  });
});

describe("the second review's counter-examples", () => {
  it.each(["When the FUN stops, STOP", "PLEASE BET RESPONSIBLY"])("drops the betting notice in capitals: %s", (line) => expect(isBoilerplate(line)).toBe(true));
  it("keeps a directory's name and a story's sign-off", () => {
    expect(isBoilerplate("/etc")).toBe(false);
    expect(hasCaptionMarker("The coach said the side needed to find its defensive identity quickly. /RSJ")).toBe(false);
    expect(hasCaptionMarker("The hearing resumes next week. /ENDS")).toBe(false);
    expect(hasCaptionMarker("Voters queue in Nairobi. /FILE")).toBe(true);
  });
  it("keeps a subheading in capitals that opens like a label", () => expect(inlineRelated("UP NEXT FOR THE WARRIORS: A FIVE-GAME ROAD TRIP")).toBeNull());
});

describe("writers' notes of op-eds in more languages", () => {
  it.each([
    "Jean-Baptiste Morel est écrivain et chroniqueur.",
    "Karin Lindqvist är författare och kulturskribent.",
    "Marta Ruiz es escritora y columnista de este diario.",
  ])("reads %s as the writer's note", (line) => expect(isWriterBio(line)).toBe(true));
  // A source's trade is the story's: economists, professors and lawyers speak in the news.
  it("leaves a sentence about a source's job alone", () => expect(isWriterBio("Jean-Baptiste Morel est économiste, professeur à l'université de Lille.")).toBe(false));
});

describe("footers' privacy links, share buttons' labels, mastheads' print links", () => {
  it.each(["Terms and Privacy Policy", "Privacy Dashboard", "Your Privacy Choices", "Click to email a link to a friend (Opens in new window)", "Click to share on X (Opens in new window)", "Today's e-Edition", "Today’s Paper"])(
    "drops %s", (line) => expect(isBoilerplate(line)).toBe(true));
  it.each(["Click to expand the map", "Paper"])("keeps %s", (line) => expect(isBoilerplate(line)).toBe(false));
});

describe("Korean photo labels and Japanese closing bylines and rails", () => {
  it.each([
    "20일 서울 동작구의 한 물류센터에서 직원들이 상자를 포장하고 있다. /사진=서울시 제공",
    "19일 서울 강남구에서 열린 회의에서 참석자들이 회의를 하고 있다. (사진=테크온뉴스 DB)",
    "19일 서울 강남구에서 열린 회의에서 참석자들이 회의를 하고 있다. (사진: 테크온뉴스)",
  ])("reads a caption by its photo label: %s", (line) => expect(hasCaptionMarker(line)).toBe(true));
  it("leaves a Korean sentence that speaks of photos alone", () => {
    expect(hasCaptionMarker("시민들은 사진을 찍으며 축제를 즐겼다.")).toBe(false);
  });
  it("reads a bureau and reporter in brackets as the byline, and nothing else in brackets", () => {
    expect(cjkByline("（函館支局　佐藤健太）")).toBe("佐藤健太");
    expect(cjkByline("科学医療部　佐伯真澄")).toBe("佐伯真澄");
    expect(cjkByline("科学医療部")).toBeNull();
    expect(cjkByline("（東京本社 山田 太郎）")).toBe("山田 太郎");
    expect(cjkByline("（共同通信の取材による）")).toBeNull();
    expect(cjkByline("（写真は本文とは関係ありません）")).toBeNull();
  });
  it.each(["経済の最新ニュース", "あわせて読みたい", "スポーツの人気記事", "こちらも読まれています"])("heads a rail: %s", (line) => expect(isRelatedHeading(line)).toBe(true));
  it("leaves a headline about the news alone", () => expect(isRelatedHeading("最新ニュースの配信を強化、来月から")).toBe(false));
});

describe("a masthead's weather widget", () => {
  it.each(["Dublin 7°C", "New York 45°F", "Madrid 38 °C", "9AM 8°C 12PM 10°C 5-Day Forecast"])("drops %s", (line) => expect(isBoilerplate(line)).toBe(true));
  it.each(["Temperatures hit 40°C on Tuesday", "Water boils at 100°C", "Highs of 31°C are forecast for the weekend."])("keeps %s", (line) => expect(isBoilerplate(line)).toBe(false));
});
