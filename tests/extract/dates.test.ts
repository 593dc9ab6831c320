/** Dates as pages print them (src/extract/dates.ts). */
import { describe, expect, it } from "vitest";
import { ANY_DIGIT, asciiDigits, parseDate, parseTimestampLine } from "../../src/extract/dates";

describe("dates printed on pages", () => {
  it("reads stamps written in Arabic-Indic, Persian, Devanagari or Bengali digits", () => {
    expect(parseTimestampLine("٢٠ سبتمبر ٢٠٢٤")?.date.toISOString()).toBe("2024-09-20T00:00:00.000Z");
    expect(parseTimestampLine("۱۴ مارس ۲۰۲۴")?.date.toISOString()).toBe("2024-03-14T00:00:00.000Z");
    expect(asciiDigits("१२ मार्च २०२४")).toBe("12 मार्च 2024");
  });

  it("reads a Thai stamp's label (อัปเดตล่าสุด, last updated) and its Buddhist-era year", () => {
    const stamp = parseTimestampLine("อัปเดตล่าสุด 12 มี.ค. 2568 18:05 น.");
    expect(stamp?.kind).toBe("updated");
    expect(stamp?.date.toISOString()).toBe("2025-03-12T18:05:00.000Z");
  });

  it("reads an Arabic stamp with its weekday and Arabic commas before the clock's morning mark", () => {
    expect(parseTimestampLine("الأحد، 10 تشرين الثاني 2024، 11:30 صباحاً")?.date.toISOString()).toBe("2024-11-10T11:30:00.000Z");
  });

  it("reads Moscow time written in Cyrillic (мск) as UTC+3", () => {
    expect(parseTimestampLine("18 февраля 2025, 09:41 мск")?.date.toISOString()).toBe("2025-02-18T06:41:00.000Z");
    expect(parseTimestampLine("18 февраля 2025, 09:41 МСК")?.date.toISOString()).toBe("2025-02-18T06:41:00.000Z");
  });

  it("reads Thai, Lao, Myanmar and Khmer digits as ASCII ones", () => {
    expect(asciiDigits("๑๒ มี.ค. ๒๕๖๘")).toBe("12 มี.ค. 2568");
    expect(asciiDigits("໑໔/໐໓/໒໐໒໕")).toBe("14/03/2025");
    expect(asciiDigits("၁၄/၀၃/၂၀၂၅")).toBe("14/03/2025");
    expect(asciiDigits("១៤/០៣/២០២៥ ៥:១០")).toBe("14/03/2025 5:10");
    expect(ANY_DIGIT.test("ទី១៤")).toBe(true);
  });

  it("reads a day, a month's name and a year set apart by hyphens, and a press release's label before its date", () => {
    const at = (line: string) => parseTimestampLine(line)?.date.toISOString();
    expect(at("4-Jun-2024")).toBe("2024-06-04T00:00:00.000Z");
    expect(at("NEWS RELEASE 4-JUN-2024")).toBe("2024-06-04T00:00:00.000Z");
    expect(at("Pressemitteilung 12. März 2024")).toBe("2024-03-12T00:00:00.000Z");
    expect(parseTimestampLine("The well-known 4-lane road was built in 2024")).toBeNull();
  });

  it("reads a clock spaced around its h, as Québec papers print it", () => {
    expect(parseTimestampLine("Publié le 18 mars 2025 à 5 h 00")?.date.toISOString()).toBe("2025-03-18T05:00:00.000Z");
    expect(parseTimestampLine("Mis à jour le 18 mars 2025 à 11 h 27")).toEqual({ kind: "updated", date: new Date("2025-03-18T11:27:00.000Z") });
  });

  it("reads the clock first over a dash, the Arabic clock's mark before the date, a clock spaced after its colon", () => {
    const at = (line: string) => parseTimestampLine(line)?.date.toISOString();
    expect(at("9:30 AM - Mar 14, 2024")).toBe("2024-03-14T09:30:00.000Z");
    expect(at("نُشر في: ٠٢:٢٠ م - ١٦ مارس ٢٠٢٥ م ـ ١٦ رمضان ١٤٤٦ هـ")).toBe("2025-03-16T14:20:00.000Z");
    expect(at("02:20 م الأحد 16 مارس 2025")).toBe("2025-03-16T14:20:00.000Z");
    expect(at("প্রকাশ: ১০ মার্চ ২০২৫, ১৮: ৪০")).toBe("2025-03-10T18:40:00.000Z");
    expect(parseTimestampLine("9:30 AM - 5 PM on Mar 14, 2024")).toBeNull();
  });

  it("reads a labelled stamp that prints the year in two digits, its update as an update", () => {
    expect(parseTimestampLine("Publisert: 24.03.24 23:10")).toEqual({ kind: "published", date: new Date("2024-03-24T23:10:00Z") });
    expect(parseTimestampLine("Oppdatert: 25.03.24 08:02")).toEqual({ kind: "updated", date: new Date("2024-03-25T08:02:00Z") });
    // Without a label, two digits are no year.
    expect(parseTimestampLine("24.03.24 23:10")).toBeNull();
  });

  it.each([
    ["2017-09-29", "2017-09-29T00:00:00.000Z"],
    ["2017-09-29T10:42:00+02:00", "2017-09-29T08:42:00.000Z"],
    ["September 29, 2017 10:42 AM GMT", "2017-09-29T10:42:00.000Z"],
    ["Sept. 29, 2017 3:05 p.m. ET", "2017-09-29T19:05:00.000Z"], // ET in September is EDT (UTC-4)
    ["Jan. 29, 2017 3:05 p.m. ET", "2017-01-29T20:05:00.000Z"], // and EST (UTC-5) in January
    ["2:35 PM EDT, Wed March 20, 2024", "2024-03-20T18:35:00.000Z"],
    ["20 March 2024 • 2:35pm", "2024-03-20T14:35:00.000Z"],
    ["Friday 29 September 2017 12:51 BST", "2017-09-29T11:51:00.000Z"],
    ["Thu 14 Mar 2019 07.15 GMT", "2019-03-14T07:15:00.000Z"],
    ["Fri, 29 Sep 2017 10:42:00 +0000", "2017-09-29T10:42:00.000Z"],
    ["3 février 2022 à 08h15", "2022-02-03T08:15:00.000Z"],
    ["2023/08/26 10:00 JST", "2023-08-26T01:00:00.000Z"],
    ["2023年8月26日", "2023-08-26T00:00:00.000Z"],
    ["12 مارس 2024", "2024-03-12T00:00:00.000Z"],
    ["الثلاثاء 12 مارس 2024 - 10:30", "2024-03-12T10:30:00.000Z"],
    ["12 آذار 2024", "2024-03-12T00:00:00.000Z"],
    ["3 تشرين الأول 2023", "2023-10-03T00:00:00.000Z"],
    ["12 марта 2024", "2024-03-12T00:00:00.000Z"],
    ["12 марта 2024 г.", "2024-03-12T00:00:00.000Z"],
    ["12 марта 2024 года, 14:35", "2024-03-12T14:35:00.000Z"],
    // Languages chrono-node has no locale for, in the case their pages write a date in.
    ["12 marca 2024", "2024-03-12T00:00:00.000Z"],
    ["3 października 2023, 14:05", "2023-10-03T14:05:00.000Z"],
    ["12. března 2024", "2024-03-12T00:00:00.000Z"],
    ["12 Mart 2024 14:20", "2024-03-12T14:20:00.000Z"],
    ["5 Ağustos 2023", "2023-08-05T00:00:00.000Z"],
    ["12 Μαρτίου 2024", "2024-03-12T00:00:00.000Z"],
    ["12 березня 2024", "2024-03-12T00:00:00.000Z"],
    ["12 मार्च 2024", "2024-03-12T00:00:00.000Z"],
    ["12 Maret 2024", "2024-03-12T00:00:00.000Z"],
    ["12 martie 2024", "2024-03-12T00:00:00.000Z"],
    // A dotted numeric date is day first, with a clock time after it as German pages write it.
    ["12.03.2024", "2024-03-12T00:00:00.000Z"],
    ["12.03.2024, 14:35 Uhr", "2024-03-12T14:35:00.000Z"],
    ["25.4.2024 klo 8.00", "2024-04-25T08:00:00.000Z"],
    // Indonesian weekday and zone; Polish "r." after the year.
    ["Senin, 8 Januari 2024 | 09:45 WIB", "2024-01-08T02:45:00.000Z"],
    ["12 marca 2023 r., 14:30", "2023-03-12T14:30:00.000Z"],
    ["15 декабря 2023 10:15", "2023-12-15T10:15:00.000Z"],
    // A zone's abbreviation after an ISO-like date (front matter, CMSs); US generic zones follow daylight time.
    ["2024-03-12 09:30 CET", "2024-03-12T08:30:00.000Z"],
    ["2024-03-12 15:45 PST", "2024-03-12T23:45:00.000Z"],
    ["2024-07-12 15:45 PT", "2024-07-12T22:45:00.000Z"],
    // Korean, Hungarian (numeric and with the month's name), Japanese with the weekday in brackets, Turkish with it after.
    ["2024년 4월 5일", "2024-04-05T00:00:00.000Z"],
    ["2024년 4월 5일 오후 2:30", "2024-04-05T14:30:00.000Z"],
    ["2024년 4월 5일 오전 12:10", "2024-04-05T00:10:00.000Z"],
    ["2024. 02. 13.", "2024-02-13T00:00:00.000Z"],
    ["2024. február 8.", "2024-02-08T00:00:00.000Z"],
    ["2024. március 8. 14:20", "2024-03-08T14:20:00.000Z"],
    ["2024. február 8., csütörtök 11:32", "2024-02-08T11:32:00.000Z"],
    ["2024年3月27日（水）18時05分", "2024-03-27T18:05:00.000Z"],
    ["21 Mart 2024 Perşembe", "2024-03-21T00:00:00.000Z"],
    // The Solar Hijri calendar of Iranian and Afghan pages (digits made ASCII by asciiDigits first):
    // Iranian and Dari month names, a weekday, the clock before or after, a numeric date of a recent year.
    ["15 آبان 1402 - 10:30", "2023-11-06T10:30:00.000Z"],
    ["دوشنبه، 15 آبان 1402 ساعت 10:30", "2023-11-06T10:30:00.000Z"],
    ["سه‌شنبه 1 فروردین 1403", "2024-03-20T00:00:00.000Z"],
    ["10 دی 1402", "2023-12-31T00:00:00.000Z"],
    ["15 عقرب 1402", "2023-11-06T00:00:00.000Z"],
    ["1402/08/15 - 10:30", "2023-11-06T10:30:00.000Z"],
    ["10:30 - 1402/08/15", "2023-11-06T10:30:00.000Z"],
    // Hebrew (with its "in"), Danish and Scandinavian "kl.", Slavic "o", Bengali with its weekday, Thai in the Buddhist era.
    ["12 במרץ 2024", "2024-03-12T00:00:00.000Z"],
    ["12. marts 2024 kl. 14.35", "2024-03-12T14:35:00.000Z"],
    ["12. marca 2024 o 14:35", "2024-03-12T14:35:00.000Z"],
    ["মঙ্গলবার, 12 মার্চ 2024", "2024-03-12T00:00:00.000Z"],
    ["12 มีนาคม 2567", "2024-03-12T00:00:00.000Z"],
    ["12 มี.ค. 2567 14:35 น.", "2024-03-12T14:35:00.000Z"],
    // Italian "ore", a Spanish clock's "h", a Brazilian dotted abbreviation, the clock first over a dot.
    ["14 marzo 2024 ore 16:30", "2024-03-14T16:30:00.000Z"],
    ["14 de marzo de 2024, 12:00 h", "2024-03-14T12:00:00.000Z"],
    ["14.mar.2024 às 10h15", "2024-03-14T10:15:00.000Z"],
    ["9:30 AM · Mar 14, 2024", "2024-03-14T09:30:00.000Z"],
    ["24.11.2026 - 13:15h", "2026-11-24T13:15:00.000Z"],
    // Short month names of Italian, Spanish, French, Portuguese and Russian pages.
    ["12 ago 2026", "2026-08-12T00:00:00.000Z"],
    ["12 gen 2026 alle 10:30", "2026-01-12T10:30:00.000Z"],
    ["3 janv. 2026 à 10h15", "2026-01-03T10:15:00.000Z"],
    ["16.out.2026 às 9h30", "2026-10-16T09:30:00.000Z"],
    ["5 нояб. 2026, 14:30", "2026-11-05T14:30:00.000Z"],
    // Arabic pages: the Gregorian year's mark, the clock's morning and evening, the lunar Hijri date printed first.
    ["الأحد 26 نوفمبر 2023 م", "2023-11-26T00:00:00.000Z"],
    ["26 نوفمبر 2023 - 10:30 ص", "2023-11-26T10:30:00.000Z"],
    ["26 نوفمبر 2023 - 10:30 م", "2023-11-26T22:30:00.000Z"],
    ["الأحد 12 جمادى الأولى 1445 هـ - 26 نوفمبر 2023 م", "2023-11-26T00:00:00.000Z"],
    // Or after the Gregorian one, set off by a tatweel; and the clock first, glued to the day by a dash.
    ["26 نوفمبر 2023 م ـ 12 جمادى الأولى 1445 هـ", "2023-11-26T00:00:00.000Z"],
    ["09:30-26 نوفمبر 2023 م ـ 12 جمادى الأولى 1445 هـ", "2023-11-26T09:30:00.000Z"],
    // Typed with the Arabic keyboard's yeh and kaf.
    ["1 فروردين 1403", "2024-03-20T00:00:00.000Z"],
    // A zone spelled out, as press-release wires print it.
    ["January 16, 2024 07:00 AM Eastern Standard Time", "2024-01-16T12:00:00.000Z"],
    ["July 16, 2024 07:00 AM Pacific Daylight Time", "2024-07-16T14:00:00.000Z"],
    ["16 January 2024 14:00 Greenwich Mean Time", "2024-01-16T14:00:00.000Z"],
    // Malay months.
    ["Mac 11, 2024 3:42pm", "2024-03-11T15:42:00.000Z"],
    ["3 Disember 2024", "2024-12-03T00:00:00.000Z"],
    // An at sign or a dash between the date and its clock.
    ["Mac 11, 2024 @ 3:42pm", "2024-03-11T15:42:00.000Z"],
    ["2024. március 15. – 06:33", "2024-03-15T06:33:00.000Z"],
  ])("%s", (text, iso) => {
    expect(parseDate(text)?.toISOString()).toBe(iso);
  });
  it.each([
    ["5 دسامبر 2023", "2023-12-05"],
    ["۵ دسامبر ۲۰۲۳", "2023-12-05"],
    ["بدھ 22 مئی 2024", "2024-05-22"],
    ["Jumatano, Machi 06, 2024", "2024-03-06"],
    ["Jumatano, 06 Machi 2024", "2024-03-06"],
  ])("reads the Western months as Persian and Urdu pages write them, and Swahili's, weekday first or not: %s", (line, day) => {
    expect(parseTimestampLine(line)?.date.toISOString().slice(0, 10)).toBe(day);
  });

  it("rejects impossible dates and prose", () => {
    expect(parseDate("February 30, 2017")).toBeNull();
    expect(parseDate("a monitor said Friday")).toBeNull();
    expect(parseDate("2024-03-12 hello")).toBeNull();
    expect(parseDate("2017-13-01")).toBeNull();
    // 1402 has 29 days in Esfand; the Levantine March (آذار) is not the Persian Azar (آذر).
    expect(parseDate("30 اسفند 1402")).toBeNull();
    expect(parseDate("12 آذار 2024")?.toISOString()).toBe("2024-03-12T00:00:00.000Z");
    // A lunar Hijri date alone is not read (no Gregorian date beside it).
    expect(parseDate("12 جمادى الأولى 1445 هـ")).toBeNull();
    // ISO 8601 is Gregorian whatever its year.
    expect(parseDate("1402-08-15")?.getUTCFullYear()).toBe(1402);
  });
  it("tells published from updated stamps", () => {
    expect(parseTimestampLine("Updated 2017-09-29 14:05 UTC")).toEqual({ kind: "updated", date: new Date("2017-09-29T14:05:00Z") });
    expect(parseTimestampLine("Published: September 29, 2017")?.kind).toBe("published");
    expect(parseTimestampLine("Protests erupt across the region on May 1, 2020")).toBeNull();
    // Bracketed, its word after the date, as Japanese and Korean pages print it; an English stamp in brackets.
    expect(parseTimestampLine("（2024年3月27日 18時05分 更新）")).toEqual({ kind: "updated", date: new Date("2024-03-27T18:05:00Z") });
    expect(parseTimestampLine("2024.03.12 14:35 수정")?.kind).toBe("updated");
    expect(parseTimestampLine("(Published Monday, Nov. 18, 2019)")).toEqual({ kind: "published", date: new Date("2019-11-18T00:00:00Z") });
    expect(parseTimestampLine("(see the report of May 1, 2020)")).toBeNull();
  });
});

describe("dates of Central and Eastern European, Nordic and Greek pages", () => {
  it.each([
    ["16. januára 2025 o 9:12", "2025-01-16T09:12:00.000Z"],
    ["22. srpnja 2024. u 10:15", "2024-07-22T10:15:00.000Z"],
    ["11. марта 2025. у 14:36", "2025-03-11T14:36:00.000Z"],
    ["11. marta 2025", "2025-03-11T00:00:00.000Z"],
    ["14 януари 2025", "2025-01-14T00:00:00.000Z"],
    ["3 октомври 2024", "2024-10-03T00:00:00.000Z"],
    ["12. maaliskuuta 2025 klo 10.15", "2025-03-12T10:15:00.000Z"],
    ["11. 3. 2025, 8:15", "2025-03-11T08:15:00.000Z"],
    ["11.03.2025. у 14:36", "2025-03-11T14:36:00.000Z"],
    ["úterý 11. března 2025, 8:15", "2025-03-11T08:15:00.000Z"],
    ["Παρασκευή 12 Ιουλίου 2024", "2024-07-12T00:00:00.000Z"],
    // Dutch and Nordic weekdays cut short before the date.
    ["ma 4 sep 2023 om 14:32", "2023-09-04T14:32:00.000Z"],
    ["tir. 14. mar. 2023 kl. 10.12", "2023-03-14T10:12:00.000Z"],
    ["fre 3 mars 2023 kl. 07.00", "2023-03-03T07:00:00.000Z"],
    ["zo 9 mrt 2025, 18:04", "2025-03-09T18:04:00.000Z"],
    // Weekdays in full before the date, in the languages whose months the parser reads.
    ["Sonntag, 9. März 2025", "2025-03-09T00:00:00.000Z"],
    ["zondag 9 maart 2025", "2025-03-09T00:00:00.000Z"],
    ["lunedì 10 marzo 2025", "2025-03-10T00:00:00.000Z"],
    ["lunes, 10 de marzo de 2025", "2025-03-10T00:00:00.000Z"],
    ["Sábado, 8 de marzo de 2025", "2025-03-08T00:00:00.000Z"],
    ["segunda-feira, 10 de março de 2025", "2025-03-10T00:00:00.000Z"],
    ["söndag 9 mars 2025", "2025-03-09T00:00:00.000Z"],
    ["воскресенье, 9 марта 2025", "2025-03-09T00:00:00.000Z"],
    // Catalan: its months, "de"/"d'" before them, "del" before the year, "a les" before the clock.
    ["dissabte, 8 de març del 2025", "2025-03-08T00:00:00.000Z"],
    ["9 de març del 2025, a les 10:02", "2025-03-09T10:02:00.000Z"],
    ["8 d'abril del 2025", "2025-04-08T00:00:00.000Z"],
    // A slash between the date and its clock.
    ["Mar 4, 2025 / 11:48 pm", "2025-03-04T23:48:00.000Z"],
    ["14 de juliol de 2024", "2024-07-14T00:00:00.000Z"],
  ])("reads %s", (text, iso) => expect(parseDate(text)?.toISOString()).toBe(iso));

  it("reads a Dutch stamp and its update ('Aangepast')", () => {
    expect(parseTimestampLine("Aangepast ma 10 mrt 2025, 07:31")).toEqual({ kind: "updated", date: new Date("2025-03-10T07:31:00Z") });
  });

  it("reads an ISO date with a Nordic clock, its parts set apart by a dot", () => {
    expect(parseTimestampLine("Publicerad 2022-09-14 08.30")).toEqual({ kind: "published", date: new Date("2022-09-14T08:30:00Z") });
    expect(parseTimestampLine("Uppdaterad 2022-09-14 12.15")).toEqual({ kind: "updated", date: new Date("2022-09-14T12:15:00Z") });
  });

  it("keeps Polish's November for 'listopada', which Croatian spells October", () => {
    expect(parseDate("22 listopada 2024")?.getUTCMonth()).toBe(10);
  });

  it("reads their update labels", () => {
    expect(parseTimestampLine("Opdateret 14. marts 2025 kl. 11.12")).toEqual({ kind: "updated", date: new Date("2025-03-14T11:12:00Z") });
    expect(parseTimestampLine("Frissítve: 2025. április 3., 11:15")?.kind).toBe("updated");
    expect(parseTimestampLine("Objavljeno: 22. srpnja 2024. u 10:15")?.kind).toBe("published");
  });
});

describe("the German, Dutch and Nordic word for date as a stamp's label", () => {
  it("reads 'Datum 04.03.2020'", () => {
    expect(parseTimestampLine("Datum 04.03.2020")).toEqual({ kind: "published", date: new Date("2020-03-04T00:00:00Z") });
  });
});
