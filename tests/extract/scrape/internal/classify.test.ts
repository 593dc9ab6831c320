import { describe, expect, it } from "vitest";
import { classifyPage } from "../../../../src/extract/scrape/internal/classify";
import { parseScrape } from "../../../../src/extract/scrape/parse-scrape";
import { isHeadlineCandidate } from "../../../../src/extract/scrape/internal/headline-search";
import { toUnits } from "../../../../src/extract/scrape/internal/units";

const page = (text: string) => classifyPage(toUnits(text));
const kindOf = (text: string, line: string) => page(text).units.find((u) => u.text === line)?.kind;

const PROSE =
  "The council approved the budget on Tuesday after a long debate about the future of the city's parks and the money that the plan would need over the next ten years.";

describe("classifying the lines of a page", () => {
  it("reads a long sentence with many stopwords as prose, and gives it a positive weight", () => {
    const unit = page(PROSE).units[0]!;
    expect(unit.kind).toBe("prose");
    expect(unit.weight).toBeGreaterThan(10);
  });

  it("reads menus, share rows and copyright lines as chrome with a negative weight", () => {
    const text = `Home\nWorld\nSport\n\nShare this article\nFacebook Twitter Email\n\n© 2024 Example News. All rights reserved.\n\n${PROSE}`;
    const { units } = page(text);
    for (const line of ["Share this article", "Facebook Twitter Email", "© 2024 Example News. All rights reserved."]) {
      const unit = units.find((u) => u.text === line)!;
      expect(unit.kind, line).toBe("chrome");
      expect(unit.weight, line).toBeLessThan(0);
    }
    expect(units.find((u) => u.text === "Home")!.weight).toBeLessThan(0);
  });

  it("marks lines that repeat on the page as furniture (template lines)", () => {
    const text = `Continue reading the main story\n\n${PROSE}\n\nContinue reading the main story`;
    expect(page(text).units.filter((u) => u.furniture).map((u) => u.text)).toEqual([
      "Continue reading the main story",
      "Continue reading the main story",
    ]);
  });

  it("marks a box closed by a bare sign-up button as furniture: its heading and its offer, not the prose around it", () => {
    const blurb = "The day's top stories and breaking alerts, delivered to your inbox every morning before work.";
    const text = `${PROSE}\n\nMorning Digest\n\n${blurb}\nSUBSCRIBE\nBy Jane Roe\n\n${PROSE.replace("Tuesday", "Monday")}`;
    const { units } = page(text);
    const furniture = units.filter((u) => u.furniture).map((u) => u.text);
    expect(furniture).toEqual(expect.arrayContaining(["Morning Digest", blurb, "SUBSCRIBE"]));
    expect(furniture).not.toContain(PROSE);
    expect(furniture).not.toContain("By Jane Roe");
    const furnitureOf = (text: string, line: string) => page(text).units.find((u) => u.text === line)!.furniture;
    // A closing paragraph right above a call to subscribe, or above a bare button, stays the article's.
    const closing = "The council will vote on the final plan in March, after a second round of public hearings in each of the city's districts.";
    expect(furnitureOf(`${PROSE}\n\n${closing}\nSubscribe to our newsletter`, closing)).toBe(false);
    expect(furnitureOf(`${PROSE}\n\n${closing}\nSUBSCRIBE`, closing)).toBe(false);
    // Nor does a short last sentence over a follow line and a button.
    const last = "The final game of the season is away on September 10.";
    expect(furnitureOf(`${PROSE}\n\n${last}\n\nFollow us on Twitter\nSubscribe to our newsletter`, last)).toBe(false);
  });

  it("marks sign-up boxes and their headings as furniture", () => {
    const text = `${PROSE}\n\nGet the morning briefing\nSign up for our newsletter to get the top stories in your inbox.\n\n${PROSE}`;
    const furniture = page(text).units.filter((u) => u.furniture).map((u) => u.text);
    expect(furniture).toContain("Get the morning briefing");
    expect(furniture).toContain("Sign up for our newsletter to get the top stories in your inbox.");
  });

  it("lets a short quote between two paragraphs take their class (context)", () => {
    const text = `${PROSE}\n\n“No,” she said.\n\n${PROSE.replace("Tuesday", "Monday")}`;
    expect(kindOf(text, "“No,” she said.")).toBe("maybe");
  });

  it("keeps several full sentences out of chrome even with few stopwords (terse or poorly covered text)", () => {
    const terse = "Company airport price region opposed league harvest unions students food. Officials key supporters university north virus customers vote. Market steel university major rent film party people year demand.";
    expect(page(`${PROSE}\n\n${terse}`).units[1]!.kind).toBe("maybe");
  });

  it("keeps one long full sentence out of chrome even with few stopwords (a language whose function words cling to the next word)", () => {
    const arabic = "أعلنت الحكومة اليوم الثلاثاء عن خطة جديدة لدعم الشباب في مجال ريادة الأعمال، تتضمن قروضا ميسرة وبرامج تدريبية في مختلف المحافظات.";
    expect(kindOf(`${arabic}\n\nوقال وزير الشباب في مؤتمر صحفي إن الخطة تستهدف أكثر من مئة ألف شاب.`, arabic)).toBe("maybe");
    // A short line, or a long one that is no sentence, stays chrome.
    const menu = "Home World Business Markets Sport Culture Science Climate Health Opinion Video Podcasts Newsletters Events Jobs";
    expect(kindOf(`${PROSE}\n\n${menu}`, menu)).toBe("chrome");
  });

  it("scales the stopword thresholds down on a page whose sentences are stopword-poor (terse wire copy), and only there", () => {
    const terse = [
      "Центробанк сохранил ключевую ставку на уровне 16%",
      "",
      "Банк России по итогам заседания совета директоров сохранил ключевую ставку на уровне 16% годовых.",
      "",
      "Регулятор отметил замедление инфляции в ноябре. Годовая инфляция составила 7,5%.",
      "",
      "Аналитики ожидали такого решения. Большинство опрошенных экономистов прогнозировали паузу в цикле повышения ставки.",
      "",
      "Следующее заседание совета директоров запланировано на 16 февраля 2024 года.",
      "",
      "По оценке ведомства, рост кредитования остается высоким, а инфляционные ожидания населения и бизнеса пока не снизились.",
    ].join("\n");
    expect(page(terse).units.slice(1).map((u) => u.kind).every((k) => k === "prose" || k === "maybe")).toBe(true);
    // Two short sentences on a page of well-covered prose stay what their stopwords say.
    const line = "Sign up today. Offer ends soon for new readers everywhere now.";
    expect(kindOf(`${PROSE}\n\n${line}\n\n${PROSE}\n\n${PROSE}`, line)).toBe("chrome");
  });

  it("reads sentences of scripts without capitals as sentences, and long ones as written text where stopwords say nothing (Korean)", () => {
    const korean = [
      "항구 재개발 2단계 착공",
      "",
      "항구 재개발 2단계 사업이 12일 착공식을 열고 본격적인 공사에 들어갔다. 사업비는 4조 원 규모로 2030년까지 주거와 업무 시설이 들어선다.",
      "",
      "시와 해양수산부는 이날 항구 일대에서 착공식을 열고 부두 시설 철거와 매립 공사를 올해 안에 시작해 단계적으로 마무리한다고 밝혔다.",
      "",
      "다만 지역 시민단체들은 공공성 확보가 부족하다고 지적했다. 이들은 주거 시설 비율이 지나치게 높아 시민이 누릴 공간이 줄어든다고 주장했다.",
      "",
      "시는 오는 6월까지 주민 설명회를 열어 의견을 수렴하고, 필요하면 공원과 산책로를 늘리는 방향으로 계획을 보완할 예정이라고 설명했다.",
    ].join("\n");
    expect(page(korean).units.slice(1).map((u) => u.kind)).toEqual(["maybe", "maybe", "maybe", "maybe"]);
    const hindi = [
      "नई बस सेवा शुरू",
      "",
      "नगर निगम ने मंगलवार को शहर में नई बस सेवा शुरू की। यह सेवा शहर के बीस इलाकों को रेलवे स्टेशन और अस्पताल से जोड़ेगी।",
      "",
      "महापौर ने कहा कि किराया पुरानी बसों के बराबर रहेगा। पहले महीने में यात्रियों से कोई किराया नहीं लिया जाएगा।",
    ].join("\n");
    expect(page(hindi).units.slice(1).map((u) => u.kind)).not.toContain("chrome");
    // A short one-sentence lead there is text too, not a label; a short menu line is not.
    const lead = "항구 재개발 사업이 시민단체의 반대에도 불구하고 오늘 마침내 착공식을 열었다.";
    const withLead = page([korean.split("\n")[0], "", lead, "", ...korean.split("\n").slice(2), "", "뉴스 정치 경제"].join("\n"));
    expect(withLead.units.find((u) => u.text === lead)?.kind).toBe("maybe");
    expect(withLead.units.find((u) => u.text === "뉴스 정치 경제")?.kind).not.toBe("maybe");
  });

  it("tells the page's language from its stopwords", () => {
    expect(page("Der Stadtrat hat am Dienstag mit großer Mehrheit ein neues Radwegenetz für die Innenstadt beschlossen, das bis 2023 fertig sein soll.").language).toBe("de");
    expect(page("Le conseil municipal a adopté mardi le budget de la ville après un long débat sur les parcs et les écoles de la commune.").language).toBe("fr");
    expect(page(PROSE).language).toBe("en");
  });

  it("reads long CJK lines with sentence punctuation as prose", () => {
    expect(page("市は火曜日、新しい図書館の建設計画を発表した。完成は二〇二五年の予定で、総工費は約五十億円になるという。").units[0]!.kind).toBe("prose");
  });
});

describe("a list of links under its heading", () => {
  const teaser = "Council says that the harbour works will begin next month, and the ferry will not stop.";
  const text = ["Most Popular", "", teaser, "Man rescued after his boat froze in the river for the whole of the night", "", PROSE].join("\n");

  it("weighs against the body, however much its headlines read like prose", () => {
    expect(kindOf(text, teaser)).toBe("chrome");
    expect(kindOf(text, PROSE)).toBe("prose");
  });

  it("is a list only while its lines follow one another", () => {
    const apart = ["Most Popular", "", "Harbour news", "", teaser].join("\n");
    expect(kindOf(apart, teaser)).not.toBe("chrome");
  });
});

describe("a laid-out list item", () => {
  it("is read by the line rules without its bullet", () => {
    const text = ["Harbour works begin", "", "* Share this on Facebook", "* Share this on Twitter", "", PROSE].join("\n");
    expect(kindOf(text, "* Share this on Facebook")).toBe("chrome");
    expect(page(text).units.find((u) => u.text === "* Share this on Facebook")?.boilerplate).toBe(true);
  });
});

describe("teaser cards' dates", () => {
  const card = (n: number, date: string) => ["FEATURES", "", `Harbour story number ${n} that the site links to`, "", date, ""];
  const text = [...card(1, "June 15, 2010"), ...card(2, "May 27, 2014"), ...card(3, "July 30, 2010"), PROSE].join("\n");

  it("are the list's, not the article's: furniture, not meta", () => {
    const unit = page(text).units.find((u) => u.text === "May 27, 2014")!;
    expect(unit.meta).toBe(false);
    expect(unit.furniture).toBe(true);
  });

  it("leave an article's own stamps alone", () => {
    const own = ["Harbour works begin", "", "Published March 5, 2024", "Updated March 6, 2024", "Modified March 7, 2024", "", PROSE].join("\n");
    expect(page(own).units.find((u) => u.text === "Published March 5, 2024")!.meta).toBe(true);
    expect(page(own).units.find((u) => u.text === "Modified March 7, 2024")!.meta).toBe(true);
  });
});

describe("how often a line stands on the page", () => {
  it("counts each text's repeats, however many different lines share its length", () => {
    // Twelve texts of one length (past the point where the count switches to a map), each one to three times.
    const texts = Array.from({ length: 12 }, (_, i) => `Label ${String(i).padStart(2, "0")}`);
    const lines = texts.flatMap((text, i) => Array.from({ length: 1 + (i % 3) }, () => text));
    const shuffled = lines.map((line, i) => ({ line, key: (i * 5) % lines.length })).sort((a, b) => a.key - b.key).map((x) => x.line);
    const units = page([...shuffled, "", PROSE].join("\n\n")).units;
    texts.forEach((text, i) => {
      for (const unit of units.filter((u) => u.text === text)) expect(unit.repeats, text).toBe(1 + (i % 3));
    });
    expect(units.find((u) => u.text === PROSE)!.repeats).toBe(1);
  });
});

describe("scripts that space phrases, not words (Thai, Lao, Myanmar, Khmer)", () => {
  // Thai ends no sentence with a mark: a long run of phrases is its prose.
  const THAI = [
    "คณะกรรมการท่าเรือลงมติเมื่อวันจันทร์ให้สร้างท่าเทียบเรือเฟอร์รี่เก่าขึ้นใหม่ก่อนฤดูร้อน หลังจากวิศวกรพบว่าเสาไม้สองต้นผุพังอยู่ใต้ระดับน้ำ",
    "งานจะเริ่มในเดือนเมษายนและท่าเรือจะยังเปิดให้คนเดินเท้าใช้ได้เกือบตลอดเวลา ส่วนเรือข้ามฟากที่รับรถยนต์จะย้ายไปใช้ท่าทางทิศเหนือระหว่างการเปลี่ยนพื้น",
    "ชาวบ้านที่มาร่วมประชุมขอให้เก็บราวเหล็กเก่าของท่าเรือไว้ คณะกรรมการตกลงที่จะเก็บรักษาไว้และนำกลับมาติดตั้งเมื่อพื้นใหม่เสร็จในปีหน้า",
  ];
  const TEASERS = ["สภาเมืองอนุมัติแผนสร้างที่จอดรถริมท่าเรือแห่งใหม่", "ลูกเรือกู้ภัยได้รับเกียรติจากการช่วยชีวิตกลางฤดูหนาว"];
  const text = ["หน้าแรก", "ข่าว", "กีฬา", "", "สร้างท่าเรือเฟอร์รี่ใหม่ก่อนฤดูร้อน", "", ...THAI.flatMap((p) => [p, ""]), "ข่าวที่เกี่ยวข้อง", "", ...TEASERS.flatMap((t) => [t, ""]), "© 2025 หนังสือพิมพ์ท่าเรือ"].join("\n");

  it("read a long run of text as prose, and a teaser's headline as no more than a line that may be text", () => {
    const { units } = page(text);
    for (const p of THAI) expect(units.find((u) => u.text === p)!.kind, p).toBe("prose");
    for (const t of TEASERS) expect(units.find((u) => u.text === t)!.weight, t).toBeLessThanOrEqual(2);
  });

  it("read a Khmer or Myanmar line with its sentence's mark as prose", () => {
    const khmer = "កសិករជាច្រើនគ្រួសារនៅស្រុកសំឡូតបានងាកមកដាំស្វាយវិញ ព្រោះតម្លៃស្រូវធ្លាក់ចុះ។";
    expect(page(`${khmer}\n\n${khmer.slice(0, 20)}`).units[0]!.kind).toBe("prose");
  });

  it("count their words by ICU's word breaks: a section's name of two words is no headline, however many letters it has", () => {
    const units = page(["ความปลอดภัย", "", "สร้างท่าเรือเฟอร์รี่ใหม่ก่อนฤดูร้อน", "", THAI[0]].join("\n")).units;
    expect(isHeadlineCandidate(units[0]!)).toBe(false);
    expect(isHeadlineCandidate(units[1]!)).toBe(true);
  });

  it("keep the related teasers under the article out of its text", () => {
    const parsed = parseScrape(text);
    expect(parsed.title).toBe("สร้างท่าเรือเฟอร์รี่ใหม่ก่อนฤดูร้อน");
    expect(parsed.blocks.filter((b) => b.kind === "paragraph").map((b) => (b as { text: string }).text)).toEqual(THAI);
  });
});
