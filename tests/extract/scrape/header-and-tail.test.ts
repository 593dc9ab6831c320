/**
 * What stands around an article's text in a scrape (the header's stamps, names and counters, the
 * furniture between paragraphs, the writer's name signing the text), in the languages that print
 * them their own way. Each page is written for the rule it tests.
 */
import { describe, expect, it } from "vitest";
import { bareNameByline, caselessName, isWriterBio, LABELLED_READING_TIME, looksLikePersonName, parseMetaLine } from "../../../src/extract/scrape/rules/bylines";
import { hasCaptionMarker, isStandaloneCredit } from "../../../src/extract/scrape/rules/captions";
import { isBoilerplate } from "../../../src/extract/scrape/rules/furniture";
import { findPageDate } from "../../../src/extract/scrape/internal/page-date";
import { parseScrape } from "../../../src/extract/scrape/parse-scrape";
import { inlineRelated, isRelatedHeading } from "../../../src/extract/scrape/rules/related";
import { parseDate } from "../../../src/extract/dates";
import { RELATIVE_TIME } from "../../../src/extract/scrape/vocabulary";
import type { Block } from "../../../src/core/article";

const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === "figure" ? `[figure] ${b.caption}` : b.kind === "list" ? b.items.join(" / ") : "text" in b ? b.text : b.html));

describe("the lines of a header and a footer, one by one", () => {
  it.each([
    // Turkish says the site's cookies "are used" (passive) as often as "we use".
    "Bu web sitesinde size daha iyi hizmet sunmak için çerezler kullanılmaktadır. Ayrıntılar için Çerez Politikamızı okuyun.",
    // Ads and the lines they leave: "Scroll to continue", a Japanese blog's sponsored links.
    "SCROLL TO CONTINUE WITH CONTENT",
    "スポンサーリンク",
    "Sponsored links",
    // Vietnamese and Indonesian share rows.
    "Chia sẻ",
    "Sao chép liên kết",
    "Zalo",
    "Bagikan",
    "Salin tautan",
    // A gallery's pager, both buttons on one line.
    "Previous Next",
    // A video player's labels and controls, and a Hindi share row.
    "ΒΙΝΤΕΟ",
    "Αναπαραγωγή",
    "Πλήρης οθόνη",
    "Mute",
    "Captions",
    "शेयर करें:",
    "लिंक कॉपी करें",
    // A blog's links to the post before and the post after, on one line, the arrows before each.
    "← Previous: Building a bench from an old door → Next: Three oil stones, compared",
    // A text browser's share row, its buttons in brackets; a reading time "to read".
    "Share: [Facebook] [X] [Email] [Copy link]",
    "4 mins to read",
    // A Chinese page's tools row, unbracketed.
    "字号：大 中 小　打印　分享到：微信 微博 QQ空间",
    // A recipe card's rating in other languages.
    "4,9 dari 127 penilaian",
    "4,8 von 56 Bewertungen",
  ])("%s is furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each(["Çerezler hakkında bilgi veren bir kitap yazdı ve kitap kısa sürede çok satanlar listesine girdi.", "Sao Paulo", "Sao chép bài viết khi chưa được phép là vi phạm bản quyền của tòa soạn."])("%s is not", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("reads a Turkish reading time by its abbreviation, dk", () => {
    expect(LABELLED_READING_TIME.test("Okuma süresi: 4 dk")).toBe(true);
    expect(LABELLED_READING_TIME.test("Okuma süresi: 4 dakika")).toBe(true);
  });

  it.each([
    ["投稿者：なかむら", "なかむら"],
    ["執筆者: 佐藤 健太", "佐藤 健太"],
    ["著者：山口あかり", "山口あかり"],
  ])("takes the writer from a Japanese label: %s", (line, author) => {
    expect(parseMetaLine(line)?.author).toBe(author);
  });

  it("reads a writer's note in brackets closing a column as the writer's", () => {
    expect(isWriterBio("(Anirudh Menon is an urban researcher and writer based in Bengaluru. Views expressed are personal.)")).toBe(true);
    expect(isWriterBio("(The council said it would review the decision next year.)")).toBe(false);
  });

  it("reads a Polish update's label in the genitive as an update", () => {
    expect(parseMetaLine("Data aktualizacji: 29.05.2024")).toEqual({ updated: new Date("2024-05-29T00:00:00.000Z") });
    expect(parseMetaLine("Data publikacji: 28.05.2024")).toEqual({ published: new Date("2024-05-28T00:00:00.000Z") });
  });

  it("does not take a Japanese label without its colon for a byline", () => {
    expect(parseMetaLine("著者インタビューを公開しました")?.author).toBeUndefined();
  });

  it.each([
    "Para wisatawan menunggu kapal di dermaga Labuan Bajo, Nusa Tenggara Timur. (JelajahNusantara.com/Dewi Lestari)",
    "Petani memanen padi di Subang, Jawa Barat, Selasa. (KabarDesa.id / Agus Salim)",
  ])("knows an outlet by its web address in a caption's bracketed credit: %s", (line) => {
    expect(hasCaptionMarker(line)).toBe(true);
  });

  it.each([
    "研究团队在湖畔采集沉积物样本。（受访者供图）",
    "مقر المجموعة في دبي (الصورة: أرشيفية)",
    "(प्रतीकात्मक तस्वीर)",
    "Commuters wait on the flooded platform. (Representational image)",
    "(Symbolbild)",
  ])("knows a caption or a credit by its picture's source: %s", (line) => {
    expect(hasCaptionMarker(line)).toBe(true);
  });

  it.each([
    ["دبي - سارة المنصوري", "سارة المنصوري"],
    ["प्रिया शर्मा, नई दिल्ली", "प्रिया शर्मा"],
    ["דנה כהן", "דנה כהן"],
    ["القاهرة", null],
    ["Jane Doe", null],
    ["هذا سطر طويل من النص لا يمكن أن يكون اسم كاتب بأي حال", null],
  ])("reads a writer's name in a script without capitals: %s", (line, name) => {
    expect(caselessName(line)).toBe(name);
  });

  it("does not take two capitalised names in brackets for a credit", () => {
    expect(hasCaptionMarker("The derby ended level again. (Leeds / Sheffield United)")).toBe(false);
  });
});

describe("an update's stamp nearer the headline than the publication's", () => {
  it("dates the article by its publication", () => {
    const lines = ["更新日：2025年11月2日", "2025年10月18日"];
    expect(findPageDate(lines, "ja")?.toISOString()).toBe("2025-10-18T00:00:00.000Z");
    expect(findPageDate(["Updated: March 9, 2024", "Published: March 2, 2024"], "en")?.toISOString()).toBe("2024-03-02T00:00:00.000Z");
  });

  it("keeps the update's day when no publication's stamp stands close by", () => {
    expect(findPageDate(["Updated: March 9, 2024", "World", "Politics", "Published: March 2, 2024"], "en")?.toISOString()).toBe("2024-03-09T00:00:00.000Z");
  });

  it("does not take a later day for the publication", () => {
    expect(findPageDate(["Updated: March 9, 2024", "March 12, 2024"], "en")?.toISOString()).toBe("2024-03-09T00:00:00.000Z");
  });
});

describe("a Japanese blog: stamps and the writer over the headline, a contents list, a sponsored link", () => {
  const page = [
    "自宅でコーヒー豆を焙煎する方法【初心者向け】 | まめ日和",
    "",
    "まめ日和",
    "ホーム",
    "コーヒー",
    "道具",
    "お問い合わせ",
    "",
    "2024年6月3日",
    "更新日：2024年7月21日",
    "投稿者：たなか",
    "コーヒー",
    "",
    "自宅でコーヒー豆を焙煎する方法",
    "",
    "目次",
    "準備するもの",
    "焙煎のしかた",
    "冷ましかた",
    "まとめ",
    "",
    "こんにちは、たなかです。最近は生豆を買ってきて、自宅のキッチンで焙煎するのが週末の楽しみになりました。手網とガスコンロがあれば、思ったより簡単に始められます。",
    "",
    "この記事では、必要な道具から焙煎の手順、焙煎した豆の冷まし方までを順番に紹介します。はじめての方でも三十分ほどで一回分を焼けると思います。",
    "",
    "準備するもの",
    "",
    "生豆（百グラム）",
    "手網",
    "ガスコンロ",
    "ざる二つ",
    "",
    "生豆は通販で一キロ二千円前後から買えます。最初は癖の少ない中南米の豆を選ぶと、焼き加減の違いがわかりやすくておすすめです。",
    "",
    "スポンサーリンク",
    "",
    "焙煎のしかた",
    "",
    "手網に生豆を入れ、コンロの火から二十センチほど離して振り続けます。十分ほどで豆がはぜる音がしてきたら、そこから好みの色になるまで様子を見ながら続けてください。",
    "",
    "冷ましかた",
    "",
    "焼き上がった豆はすぐにざるに移し、もう一つのざると交互に移し替えながら冷まします。熱が残ると焙煎が進んでしまうので、手早く冷ますのがこつです。",
    "",
    "まとめ",
    "",
    "自宅焙煎は道具も少なく、気軽に始められる趣味です。焼きたての豆の香りは格別なので、ぜひ一度試してみてください。",
    "",
    "シェアする",
    "X",
    "Facebook",
    "",
    "© 2024 まめ日和",
  ].join("\n");
  const article = parseScrape(page);

  it("takes the writer from the poster's label", () => {
    expect(article.author).toBe("たなか");
  });

  it("dates the post by its publication, not its last update", () => {
    expect(article.published?.toISOString()).toBe("2024-06-03T00:00:00.000Z");
  });

  it("keeps the first section's heading the contents list names, though a list follows it", () => {
    const body = texts(article.blocks);
    expect(body.indexOf("準備するもの")).toBeGreaterThan(0);
    expect(body.indexOf("準備するもの")).toBeLessThan(body.indexOf("手網"));
    expect(article.blocks).toContainEqual({ kind: "heading", text: "焙煎のしかた" });
  });

  it("leaves the sponsored link's label out", () => {
    expect(texts(article.blocks).join("\n")).not.toContain("スポンサーリンク");
  });
});

describe("a Turkish page: a cookie notice over the header, the writer's name alone over the stamp", () => {
  const page = [
    "Göçmen kuşlar neden V şeklinde uçar? | Doğa Notları",
    "",
    "Doğa Notları",
    "Anasayfa",
    "Doğa",
    "Bilim",
    "",
    "Bu internet sitesinde deneyiminizi iyileştirmek için çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.",
    "Kabul Et",
    "",
    "DOĞA",
    "Göçmen kuşlar neden V şeklinde uçar?",
    "",
    "Her sonbahar gökyüzünde beliren V şeklindeki kuş sürüleri, hem enerji tasarrufunun hem de iletişimin ustaca bir örneği.",
    "",
    "Murat Aksoy",
    "12 Ekim 2024 09:15",
    "Okuma süresi: 3 dk",
    "",
    "Turnalar, kazlar ve pelikanlar uzun göç yolculuklarında çoğu zaman V şeklinde uçar. Bu düzen, her kuşun önündekinin kanat ucundan oluşan hava akımından yararlanmasını sağlar ve böylece yorgunluk azalır.",
    "",
    "Araştırmacılar, sürüdeki kuşların kanat çırpışlarını öndeki kuşla uyumlu hale getirdiğini ve bu sayede daha az enerji harcadığını gösterdi. Öndeki kuş yorulduğunda ise yerini bir başkasına bırakır.",
    "",
    "Bu düzenin bir yararı da iletişim. Kuşlar birbirini görebildiği için sürünün yönünü ve hızını kolayca koruyabilir.",
    "",
    "Paylaş",
    "Facebook",
    "X",
  ].join("\n");
  const article = parseScrape(page);

  it("takes the name over the stamp for the byline", () => {
    expect(article.author).toBe("Murat Aksoy");
    expect(article.published?.toISOString()).toBe("2024-10-12T09:15:00.000Z");
  });

  it("keeps the cookie notice and the reading time out of the text", () => {
    const body = texts(article.blocks).join("\n");
    expect(body).not.toContain("çerez");
    expect(body).not.toContain("Okuma süresi");
    expect(article.blocks[0]).toEqual({ kind: "paragraph", text: expect.stringMatching(/^Turnalar, kazlar/) });
  });
});

describe("a count alone in the byline's row, under the stamp", () => {
  const page = [
    "Главная / Новости / Город",
    "",
    "Город",
    "В Заречье открыли новую библиотеку",
    "",
    "С понедельника библиотека на улице Садовой будет работать без выходных. Записаться можно бесплатно, а книги выдают на месяц.",
    "",
    "Ольга Миронова",
    "3 марта 2025, 10:20",
    "1 208",
    "",
    "Читальный зал новой библиотеки. Фото: Сергей Белов",
    "",
    "Читальный зал библиотеки рассчитан на сорок мест. Как сообщили в администрации района, в фонде библиотеки уже более двадцати тысяч книг, а до конца года их станет ещё больше.",
    "",
    "Библиотека будет работать ежедневно с девяти утра до девяти вечера. Записаться в неё можно по паспорту, а для школьников — по свидетельству о рождении.",
    "",
    "Поделиться",
  ].join("\n");

  it("is the views' counter, not the text", () => {
    const article = parseScrape(page);
    expect(texts(article.blocks).join("\n")).not.toContain("1 208");
    expect(article.blocks.find((b) => b.kind === "paragraph")).toEqual({ kind: "paragraph", text: expect.stringMatching(/^Читальный зал библиотеки/) });
    expect(article.author).toBe("Ольга Миронова");
  });
});

describe("a photo's caption in the header, its credit the outlet's web address and the photographer", () => {
  const page = [
    "Wisata",
    "Pesona Danau Kelimutu di Pagi Hari",
    "",
    "Penulis: Dewi Lestari",
    "Senin, 8 Juli 2024 07:30 WIB",
    "Danau Kelimutu terlihat dari puncak gunung saat matahari terbit di Ende, Nusa Tenggara Timur. (JelajahNusantara.com/Dewi Lestari)",
    "Bagikan",
    "Facebook",
    "",
    "ENDE, JELAJAHNUSANTARA.COM – Udara dingin menyambut kami saat tiba di puncak Gunung Kelimutu sebelum matahari terbit. Puluhan wisatawan sudah menunggu di titik pandang.",
    "",
    "SCROLL TO CONTINUE WITH CONTENT",
    "",
    "Danau Kelimutu terdiri atas tiga danau dengan warna air yang berbeda dan bisa berubah dari waktu ke waktu. Perubahan warna itu dipengaruhi oleh kandungan mineral dan aktivitas gunung.",
    "",
    "Untuk mencapai puncak, wisatawan cukup berjalan kaki sekitar dua puluh menit dari area parkir. Jalurnya sudah tertata dengan baik dan dilengkapi anak tangga.",
  ].join("\n");
  const article = parseScrape(page);

  it("is the photo's caption", () => {
    expect(article.captions[0]).toMatch(/^Danau Kelimutu terlihat/);
  });

  it("leaves the ad's leftover out of the text", () => {
    expect(texts(article.blocks).join("\n")).not.toContain("SCROLL");
  });
});

describe("the writer's name alone under the last answer, the share row under it", () => {
  const page = [
    "Văn hóa",
    "Thứ Hai, 10/6/2024, 08:00 (GMT+7)",
    "Nghệ nhân Lê Văn Tâm: 'Làm gốm là học cách chờ đợi'",
    "Ông Tâm đã làm gốm ở Bát Tràng hơn bốn mươi năm.",
    "- Ông bắt đầu làm gốm từ khi nào?",
    "- Từ năm mười hai tuổi tôi đã phụ cha nhào đất. Khi ấy cả làng đều làm gốm, trẻ con lớn lên bên lò nung và học nghề bằng cách nhìn người lớn làm mỗi ngày.",
    "- Điều gì khó nhất trong nghề?",
    "- Là sự kiên nhẫn. Một mẻ gốm phải phơi, sửa, tráng men rồi nung trong nhiều ngày, chỉ một sơ suất nhỏ là cả mẻ hỏng, phải làm lại từ đầu.",
    "Nguyễn Thu Trang",
    "Chia sẻ",
    "Facebook",
    "Zalo",
    "Sao chép liên kết",
  ].join("\n");
  const article = parseScrape(page);

  it("signs the article", () => {
    expect(article.author).toBe("Nguyễn Thu Trang");
  });

  it("leaves the name and the share row out of the text", () => {
    const body = texts(article.blocks).join("\n");
    expect(body).not.toContain("Nguyễn Thu Trang");
    expect(body).not.toContain("Chia sẻ");
  });
});

describe("a gallery's pager under the last paragraph, an ad's label under it", () => {
  it("signs nothing", () => {
    const page = [
      "Swimmers set three records at the city meet",
      "",
      "Three pool records fell on Saturday as more than 200 swimmers from eleven schools raced at the city championship, organisers said.",
      "",
      "The meet was the last before the state finals next month, and coaches said the times were the fastest they had seen in years.",
      "",
      "East's Hugh Carver won the 100 yard freestyle in a time that would have placed him third at last year's state final.",
      "",
      "Previous Next",
      "",
      "Sponsored",
      "",
      "Facebook",
    ].join("\n");
    expect(parseScrape(page).author).toBeUndefined();
  });
});

describe("the writer's name in a script without capitals, right over the stamp", () => {
  const page = (name: string, stamp: string, section: string) => [
    section,
    "",
    "اندماج شركتين للخدمات اللوجستية في صفقة بقيمة 4.2 مليار درهم",
    "",
    name,
    stamp,
    "",
    "أعلنت شركتان للخدمات اللوجستية في دبي اليوم عن اتفاق للاندماج في صفقة تبلغ قيمتها 4.2 مليار درهم، في خطوة قال مسؤولون إنها ستخلق أكبر مشغل للنقل البري في المنطقة.",
    "",
    "وقال الرئيس التنفيذي للمجموعة الجديدة إن الاندماج سيسمح للشركتين بخفض التكاليف وتوسيع شبكة المستودعات في ثلاث دول خليجية خلال العامين المقبلين.",
    "",
    "ومن المتوقع أن تكتمل الصفقة بحلول نهاية العام بعد الحصول على موافقة الجهات التنظيمية، بحسب بيان مشترك صدر عن الشركتين.",
  ].join("\n");

  it("is the byline, the place it was filed from left aside", () => {
    expect(parseScrape(page("دبي - سارة المنصوري", "نُشر في: الثلاثاء 9 سبتمبر 2025 - 02:20 م", "اقتصاد")).author).toBe("سارة المنصوري");
  });

  it("is not asked of a line away from the stamp", () => {
    const article = parseScrape(page("", "نُشر في: الثلاثاء 9 سبتمبر 2025 - 02:20 م", "اندماج واستحواذ"));
    expect(article.author).toBeUndefined();
  });
});

describe("a Filipino page: 'Ni' before the writer, Filipino months, 'Larawan:' under the caption", () => {
  const page = [
    "ESTILO",
    "Mga batang designer, binibigyang-buhay ang habing Ilokano",
    "",
    "Ni Carmela Dizon",
    "Oktubre 5, 2024 | 3:20 PM",
    "Na-update: Oktubre 6, 2024 | 9:05 AM",
    "",
    "Isang modelo na suot ang inabel na jacket mula sa bagong koleksyon.",
    "Larawan: Paolo Gatchalian",
    "",
    "I-share",
    "Facebook",
    "",
    "Sa unang tingin, mukhang ordinaryong bomber jacket lang ang suot ni Bea habang naglalakad sa Poblacion, pero kapag nilapitan ay makikita ang pinong habi ng inabel mula sa Paoay.",
    "",
    "Marami ang nagtatanong kung saan niya ito nabili, at ipinagmamalaki niya na gawa ito ng mga lola sa Ilocos Norte na matagal nang naghahabi ng tela para sa kanilang pamilya.",
    "",
    "Ayon sa mga tagamasid ng industriya, dumarami ang kabataang isinasama ang katutubong tela sa kanilang pang-araw-araw na porma, mula sa opisina hanggang sa mga konsiyerto.",
  ].join("\n");
  const article = parseScrape(page);

  it("reads the byline, the date and the update", () => {
    expect(article.author).toBe("Carmela Dizon");
    expect(article.published?.toISOString()).toBe("2024-10-05T15:20:00.000Z");
    expect(article.updated?.toISOString()).toBe("2024-10-06T09:05:00.000Z");
  });

  it("takes the caption with its credit, and leaves the share button out", () => {
    expect(article.captions[0]).toMatch(/^Isang modelo na suot/);
    expect(texts(article.blocks).join("\n")).not.toContain("I-share");
  });

  it("reads no byline into a Spanish sentence opening with 'Ni'", () => {
    expect(parseMetaLine("Ni el Gobierno ni la oposición")).toBeNull();
  });
});

describe("a clock glued to its meridiem before the date, an update in brackets after it", () => {
  it("reads both", () => {
    expect(parseDate("6:12pm, 11 October 2025")?.toISOString()).toBe("2025-10-11T18:12:00.000Z");
    expect(parseMetaLine("6:12pm, 11 October 2025 (Updated 9:40pm, 11 October 2025)")).toEqual({
      published: new Date("2025-10-11T18:12:00.000Z"),
      updated: new Date("2025-10-11T21:40:00.000Z"),
    });
  });
});

describe("a Hungarian teaser between paragraphs", () => {
  it("is a related link, not the text", () => {
    expect(inlineRelated("Kapcsolódó: Idén korábban indult a pollenszezon – ezt tanácsolják az orvosok")).not.toBeNull();
  });
});

describe("a standfirst over the byline alone, the stamp printed over the headline", () => {
  const page = [
    "تاریخ انتشار: شنبه ۱۲ آبان ۱۴۰۳ - ۱۰:۲۵",
    "",
    "واژگونی اتوبوس در محور کرمان–بم سه کشته برجا گذاشت",
    "رئیس پلیس راه استان کرمان: خستگی راننده علت اصلی حادثه بوده است.",
    "خبرنگار: مریم احمدی",
    "",
    "یک دستگاه اتوبوس مسافربری که از تهران به مقصد بم در حرکت بود، بامداد امروز در نزدیکی راین واژگون شد و سه نفر از مسافران جان باختند.",
    "",
    "به گفته‌ی رئیس مرکز مدیریت حوادث استان، بیست و یک مصدوم این حادثه به بیمارستان‌های کرمان و بم منتقل شدند و حال دو نفر وخیم است.",
    "",
    "پلیس راه با اشاره به افزایش سفرهای شبانه در روزهای تعطیل، از رانندگان خواست پیش از سفر به اندازه‌ی کافی استراحت کنند.",
  ].join("\n");
  const article = parseScrape(page);

  it("is the summary, and the byline leaves the text", () => {
    expect(article.author).toBe("مریم احمدی");
    const body = texts(article.blocks).join("\n");
    expect(body).not.toContain("خبرنگار");
    expect(body).not.toContain("خستگی راننده علت اصلی");
    expect(article.summary ?? article.lead).toBeDefined();
  });
});

describe("a stamp after the place it was filed from, or with its echo counted back from now", () => {
  it.each([
    ["Guadalajara, Jal. | Miércoles 5 de febrero de 2025 | 14:32 hrs", "2025-02-05"],
    ["KADUNA | Monday, 5 February 2025", "2025-02-05"],
    ["19 декабря 2024, 16:20 (2 часа назад)", "2024-12-19"],
    ["Jan 5, 2025 · 3 hours ago", "2025-01-05"],
    // Thai's "updated" glued to "latest", with the update's clock alone.
    ["15 ม.ค. 2568 10:45 น. · อัปเดตล่าสุด 13:20 น.", "2025-01-15"],
  ])("%s", (line, day) => {
    expect(parseMetaLine(line)?.published?.toISOString().slice(0, 10)).toBe(day);
  });

  it("still reads a name and a bar before the date as the byline, and a month first after a dash", () => {
    expect(parseMetaLine("Ayşe Yılmaz | 12.03.2025 14:20")?.author).toBe("Ayşe Yılmaz");
    expect(parseMetaLine("Sunday Alamba - March 3, 2024")?.author).toBe("Sunday Alamba");
  });
});

describe("a standfirst without a stop over the lead photo, then the byline and the stamp", () => {
  const page = [
    "Sin agua desde hace 40 días, colonos bloquean avenida en Zapopan",
    "",
    "Los vecinos aseguran que las pipas llegan cada cuatro o cinco días y que han gastado hasta dos mil pesos al mes; el organismo operador atribuye la falla a un pozo dañado",
    "",
    "Vecinos colocaron tambos y cubetas sobre la avenida Las Torres para exigir el restablecimiento del servicio.",
    "",
    "Foto: Raúl Méndez / Diario Altiplano",
    "",
    "Por Ana Lucía Ortega",
    "",
    "Guadalajara, Jal. | Miércoles 5 de febrero de 2025 | 14:32 hrs",
    "",
    "Con cubetas vacías, lonas y un par de tambos atravesados sobre el asfalto, alrededor de ochenta vecinos de la colonia bloquearon este miércoles la avenida durante cinco horas.",
    "",
    "El bloqueo comenzó poco antes de las ocho de la mañana y provocó largas filas de vehículos en ambos sentidos, según la policía municipal.",
    "",
    "Pasadas las trece horas los manifestantes liberaron la vialidad, no sin advertir que volverán a cerrarla si el servicio no se restablece.",
  ].join("\n");
  const article = parseScrape(page);

  it("is the summary; the caption is a figure; the byline and the stamp leave the text", () => {
    expect(article.author).toBe("Ana Lucía Ortega");
    expect(article.published?.toISOString().slice(0, 10)).toBe("2025-02-05");
    const body = texts(article.blocks);
    expect(body.find((b) => !b.startsWith("[figure]"))).toMatch(/^Con cubetas vacías/);
    expect(body[0]).toMatch(/^\[figure\] Vecinos colocaron tambos y cubetas sobre la avenida Las Torres para exigir el restablecimiento del servicio\. Foto: Raúl Méndez/);
    expect(parseScrape(page).summary).toMatch(/^Los vecinos aseguran/);
    expect(body.join("\n")).not.toContain("Por Ana");
    expect(body.join("\n")).not.toContain("pozo dañado");
  });
});

describe("a Thai page's comments and their stamps", () => {
  const page = [
    "ฝุ่น PM2.5 เชียงรายพุ่งเกินมาตรฐาน 4 เท่า สั่งปิดโรงเรียน 3 วัน",
    "",
    "โดย ธนพร ศรีสุข",
    "",
    "สถานการณ์ฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอนในพื้นที่จังหวัดเชียงรายยังคงน่าเป็นห่วง โดยค่าเฉลี่ยรายวันพุ่งสูงเกินมาตรฐานถึงสี่เท่า ส่งผลให้ทัศนวิสัยลดลงอย่างมาก",
    "",
    "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงรายได้สั่งปิดโรงเรียนในสังกัดทั้งหมดเป็นเวลาสามวัน เพื่อลดความเสี่ยงต่อสุขภาพของนักเรียนกลุ่มเด็กเล็ก",
    "",
    "นายแพทย์สาธารณสุขจังหวัดเชียงรายเผยว่าผู้ป่วยโรคทางเดินหายใจเพิ่มขึ้นอย่างต่อเนื่อง และขอให้ประชาชนสวมหน้ากากอนามัยทุกครั้งเมื่อออกจากบ้าน",
    "",
    "ความคิดเห็น (9)",
    "",
    "คนเชียงราย",
    "",
    "2 ชั่วโมงที่แล้ว",
    "",
    "ออกจากบ้านตอนเช้ามองไม่เห็นดอยเลยครับ ปีนี้หนักจริง",
    "",
    "ถูกใจ 21 · ตอบกลับ",
    "",
    "แม่น้องพิม",
    "",
    "1 ชั่วโมงที่แล้ว",
    "",
    "ปิดเรียนแล้วลูกก็ต้องอยู่บ้านซึ่งก็มีฝุ่นเหมือนกัน ไม่มีเครื่องฟอกอากาศ จะทำยังไงดีคะ",
  ].join("\n");

  it("end the article at their heading", () => {
    const body = texts(parseScrape(page).blocks).join("\n");
    expect(body).toContain("นายแพทย์สาธารณสุขจังหวัดเชียงราย");
    expect(body).not.toContain("ความคิดเห็น");
    expect(body).not.toContain("ออกจากบ้านตอนเช้า");
  });

  it("are stamps counted back from now, in many languages", () => {
    for (const line of ["2 ชั่วโมงที่แล้ว", "2 часа назад", "3 uur geleden", "2 jam yang lalu", "2 giờ trước", "3小时前", "2時間前", "3시간 전", "vor 3 Stunden", "2 saat önce"]) {
      expect(RELATIVE_TIME.test(line), line).toBe(true);
    }
    expect(RELATIVE_TIME.test("The plant opened 40 years before the war.")).toBe(false);
  });
});

describe("a masthead over the day's date, a Japanese update stamp, a Korean deck's points", () => {
  it("takes no outlet's name for a person's", () => {
    expect(looksLikePersonName("Báo Miền Tây Online")).toBe(false);
    expect(looksLikePersonName("Kieler Zeitung")).toBe(false);
    expect(looksLikePersonName("Ngọc Hân")).toBe(true);
  });

  it("reads the update after an ideographic space", () => {
    expect(parseMetaLine("2025年2月3日(月) 17:05　更新 2025年2月3日(月) 19:30")).toEqual({ published: new Date("2025-02-03T17:05:00Z"), updated: new Date("2025-02-03T19:30:00Z") });
  });

  it("takes the headline over the deck's bulleted points", () => {
    const page = [
      "HOME > 사회 > 보건·복지",
      "",
      "“새벽 6시에 줄 서도 진료 못 받아”…지방 소도시 소아과 ‘오픈런’ 일상화",
      "",
      "- 인구 8만 청하시, 소아청소년과 의원 3곳→1곳",
      "- 응급실 소아 전문의는 주 2일만 근무",
      "",
      "김서연 기자",
      "",
      "입력 2024.12.09 14:21",
      "",
      "9일 오전 6시 20분 경북 청하시 중앙동의 한 소아청소년과 의원 앞. 영하 4도의 추위 속에 보호자 30여 명이 아이를 안고 줄을 서 있었다. 진료 접수가 시작되기까지는 두 시간이 남아 있었다.",
      "",
      "인구 8만 명의 청하시에서 소아청소년과 진료를 받을 수 있는 의원은 이곳 한 곳뿐이다. 3년 전만 해도 세 곳이었지만 두 곳이 잇따라 문을 닫았다.",
      "",
      "청하시 보건소에 따르면 시내 0~9세 아동은 약 5천200명이다. 의원 한 곳이 하루 최대 150명을 진료하는 셈이어서 대기 시간이 길어질 수밖에 없다.",
    ].join("\n");
    const article = parseScrape(page);
    expect(article.title).toBe("“새벽 6시에 줄 서도 진료 못 받아”…지방 소도시 소아과 ‘오픈런’ 일상화");
    expect(article.author).toBe("김서연");
  });
});

describe("a magazine's notes around the end of the text", () => {
  it("takes a funding note and a membership appeal for furniture, not a sentence that tells of help or support", () => {
    expect(isBoilerplate("This story was produced with support from the Atlantic Journalism Fund. Tamarack retains full editorial independence.")).toBe(true);
    expect(isBoilerplate("This reporting was made possible by a grant from the Knight Foundation.")).toBe(true);
    expect(isBoilerplate("Tamarack is reader-supported. Become a member and get every issue in print and online. Join today")).toBe(true);
    expect(isBoilerplate("This story was produced with the help of local volunteers who counted birds.")).toBe(false);
    expect(isBoilerplate("The station is listener-supported and has run on donations since 1974, its manager said.")).toBe(false);
  });

  it("ends the text at the writer's note, the photographer's note under it", () => {
    const paragraphs = [
      "The ferry to Caplin Tickle makes its last run on a grey morning in October, eleven passengers aboard and a deckhand who has worked the route for thirty years.",
      "The province says the crossing costs too much for the few families who still live on the island, and it has offered each household a payment to move to the mainland.",
      "Not everyone will go. Lorraine Parsons says she will stay as long as the wharf stands, and her neighbours say the same, though none of them can say for how long.",
    ];
    const page = ["The Last Ferry to Caplin Tickle", "", "By Meredith Kowalchuk", "", ...paragraphs.flatMap((p) => [p, ""]),
      "Meredith Kowalchuk is a writer based in St. John’s. Her reporting on rural Atlantic Canada has appeared in several magazines.", "",
      "Daniel Oyelaran is a photographer based in Halifax.", "", "Topics", "", "Rural Canada"].join("\n");
    const body = texts(parseScrape(page).blocks).join("\n");
    expect(body).toContain("Lorraine Parsons says she will stay");
    expect(body).not.toContain("is a writer based in");
    expect(body).not.toContain("is a photographer");
  });
});

describe("a letter written by hand: its letterhead, its title, its place and date at the end", () => {
  const page = [
    "PARROQUIA DE SAN ISIDRO LABRADOR",
    "Talavera de la Reina (Toledo)",
    "",
    "FIESTAS EN HONOR DE SAN ISIDRO LABRADOR 2024",
    "",
    "Queridos feligreses:",
    "",
    "Un año más nos disponemos a celebrar la fiesta de nuestro patrón, aquel labrador que supo unir el trabajo del campo con una vida de oración sencilla y de caridad con los vecinos.",
    "",
    "Este año las fiestas coinciden con el final de la siembra de primavera, y por eso queremos dar gracias de manera especial por la lluvia de las últimas semanas.",
    "",
    "Que San Isidro interceda por nuestras familias, por los que trabajan la tierra y por los que todavía buscan empleo.",
    "",
    "Talavera de la Reina, 28 de abril de 2024",
    "",
    "Con afecto,",
    "Andrés Molina Sanz, párroco",
  ].join("\n");
  const article = parseScrape(page);

  it("takes the title under the letterhead and the date from the closing place and date", () => {
    expect(article.title).toBe("FIESTAS EN HONOR DE SAN ISIDRO LABRADOR 2024");
    expect(article.published?.toISOString().slice(0, 10)).toBe("2024-04-28");
    expect(texts(article.blocks).join("\n")).not.toContain("PARROQUIA DE SAN ISIDRO");
  });

  it("takes two short lines without a place under the first for no letterhead", () => {
    const kicker = parseScrape(["Council approves bus plan", "By Jane Doe", "", "New routes from April", "", "The city council voted on Tuesday to approve a new budget that expands bus service across the northern districts, officials said.", "", "Supporters said it would cut commute times for thousands of residents, while critics warned about the cost."].join("\n"));
    expect(kicker.title).toBe("Council approves bus plan");
  });
});

describe("a blog's hashtags and edit note, a Taiwanese paper's bracketed byline, related heading and keywords", () => {
  it("reads the edit note as the update, the bracketed byline as the writer's", () => {
    expect(parseMetaLine("(last edited 21 November 2023: typo in the fstab example, thanks Jonas)")).toEqual({ updated: new Date("2023-11-21T00:00:00Z") });
    expect(parseMetaLine("(edited for length)")).toBeNull();
    expect(parseMetaLine("〔記者林雅婷／雲林報導〕")?.author).toBe("林雅婷");
    expect(inlineRelated("〔相關新聞〕") !== null || isRelatedHeading("〔相關新聞〕")).toBe(true);
    expect(isBoilerplate("相關關鍵字：#溪尾鎮 #碾米廠 #歷史建築")).toBe(true);
  });

  it("takes the headline over the hashtags, the publication from the byline's row over the edit note", () => {
    const page = [
      "mira okafor / fieldnotes",
      "",
      "    #linux  #systemd  #debugging",
      "",
      "    Forty seconds of nothing: chasing a slow boot to a printer I don't own",
      "    ======================================================================",
      "",
      "    Mira Okafor  ·  19 November 2023  ·  7 min read",
      "    (last edited 21 November 2023: typo in the fstab example, thanks Jonas)",
      "",
      "    For about a month my ThinkPad has been taking an unreasonably long time to get from the bootloader to a login prompt, and I finally sat down to find out why.",
      "",
      "    The obvious first move is systemd-analyze, which tells you how long the firmware, the kernel, the initrd and userspace each took to come up.",
      "",
      "    Forty-one seconds in userspace. Everything else looks normal; the firmware has always been a bit slow on this machine, but not like this.",
    ].join("\n");
    const article = parseScrape(page);
    expect(article.title).toBe("Forty seconds of nothing: chasing a slow boot to a printer I don't own");
    expect(article.published?.toISOString().slice(0, 10)).toBe("2023-11-19");
    expect(article.updated?.toISOString().slice(0, 10)).toBe("2023-11-21");
  });
});

describe("a writer's name before an agency after a slash, a note with the year the writer joined, a share row of icons", () => {
  it("reads them", () => {
    expect(bareNameByline("Priyanka Deshmane / TNN")).toBe("Priyanka Deshmane");
    expect(isWriterBio("Juliana Prado é repórter do Vale Notícias desde 2019 e cobre cidades, serviços públicos e direitos do consumidor.")).toBe(true);
    expect(isWriterBio("O prefeito é candidato à reeleição em 2024 e cobre a cidade de promessas.")).toBe(false);
    expect(isBoilerplate("compartilhe: f WhatsApp X Telegram ✉")).toBe(true);
  });
});

describe("a headline that states, then asks, over the standfirst, the writer's name alone and the stamp", () => {
  const page = [
    "KURIER NADWARCIAŃSKI · wiadomości z Wrzosowa i regionu",
    "",
    "Strona główna » Wiadomości » Wrzosów",
    "",
    "Strefa płatnego parkowania we Wrzosowie się powiększy. Co się zmieni od 1 kwietnia?",
    "",
    "Wyższe stawki, nowe ulice w strefie i koniec z darmową pierwszą godziną w centrum. Radni przegłosowali zmiany większością głosów.",
    "",
    "Anna Wróblewska",
    "21 marca 2024, 14:05 · Aktualizacja: 21.03.2024, 16:30",
    "",
    "Od 1 kwietnia strefa płatnego parkowania we Wrzosowie obejmie dwanaście nowych ulic, a godzina postoju w centrum będzie kosztować cztery złote zamiast trzech.",
    "",
    "Uchwałę w tej sprawie rada miasta przyjęła w czwartek po burzliwej dyskusji, w której mieszkańcy osiedli przy strefie skarżyli się na brak miejsc.",
    "",
    "Zarząd dróg zapowiada, że nowe parkomaty staną na ulicach do końca marca, a kierowcy będą mogli płacić za postój także w aplikacji.",
  ].join("\n");
  const article = parseScrape(page);

  it("takes the headline, the writer and the date, and leaves the byline out of the text", () => {
    expect(article.title).toBe("Strefa płatnego parkowania we Wrzosowie się powiększy. Co się zmieni od 1 kwietnia?");
    expect(article.author).toBe("Anna Wróblewska");
    expect(article.published?.toISOString().slice(0, 10)).toBe("2024-03-21");
    const body = texts(article.blocks).join("\n");
    expect(body).toContain("Od 1 kwietnia strefa");
    expect(body).not.toContain("Anna Wróblewska");
  });
});

describe("a Hindi row, an interview's label, a kind of photo before its credit's label", () => {
  it("reads the writer in a caseless script before the stamp, the reading time and the readers' count", () => {
    expect(parseMetaLine("अंकित शर्मा | 4 अक्टूबर 2023 | पढ़ने का समय: 9 मिनट | 3,412 बार पढ़ा गया")).toEqual({ author: "अंकित शर्मा", published: new Date("2023-10-04T00:00:00Z") });
    expect(parseMetaLine("Jane Doe | March 3, 2024 | 12.4K views")?.author).toBe("Jane Doe");
    // A section's one word before the stamp names no one.
    expect(parseMetaLine("देश | 4 अक्टूबर 2023")?.author).toBeUndefined();
  });

  it("reads the interviewer's label and the illustrative photo's credit", () => {
    expect(parseMetaLine("Interview: Florian Gruber")?.author).toBe("Florian Gruber");
    expect(isStandaloneCredit("Ilustrační foto: Horizont/Jana Mrázková")).toBe(true);
  });
});

describe("a wire photo's caption, its kind and its agency in capitals after bars", () => {
  it("is a caption", () => {
    expect(hasCaptionMarker("Pickers at work on a tea estate in Nandi Hills. | FILE PHOTO | AFRIWIRE")).toBe(true);
    expect(hasCaptionMarker("Pickers at work on a tea estate in Nandi Hills, the company said on Tuesday.")).toBe(false);
  });
});

describe("a tabloid's tail, a photo's labelled credit, the comments' button", () => {
  it("reads a newsroom's call for readers' stories as furniture, and a question in the text as text", () => {
    expect(isBoilerplate("We pay for your stories! Do you have a story for The Daily Spark news team? Email us at tips@thedailyspark.co.uk or call 0207 000 0000.")).toBe(true);
    expect(isBoilerplate("Do you have a video of the storm? Send it to us at video@example.com")).toBe(true);
    expect(isBoilerplate("Do you have a story about your grandmother, she asked the class, and twenty hands went up.")).toBe(false);
  });

  it("reads a label of more news on a topic as a related link", () => {
    expect(inlineRelated("MORE LOTTERY NEWS: Mum-of-three scoops £1m after buying ticket for wrong draw")).toBe("Mum-of-three scoops £1m after buying ticket for wrong draw");
    expect(inlineRelated("More council news: Harbour car park plan approved")).toBe("Harbour car park plan approved");
    expect(inlineRelated("More than 40 people: that is how many turned up.")).toBeNull();
  });

  it("reads the comments' button and a Japanese or Chinese photographer's label", () => {
    expect(isBoilerplate("Ir a los comentarios")).toBe(true);
    expect(isStandaloneCredit("撮影：山田太郎")).toBe(true);
    expect(isStandaloneCredit("摄影：王伟")).toBe(true);
    expect(hasCaptionMarker("Turisti e milanesi si rinfrescano alla fontana di piazza Castello (Fotogramma)")).toBe(true);
  });

  it("takes a short caption over its labelled credit for a caption, not the headline above the byline", () => {
    const page = [
      "EDUKACJA",
      "Krakowskie szkoły szukają nauczycieli. Brakuje ponad 300 pedagogów, najbardziej matematyków i fizyków",
      "Nowy rok szkolny w Krakowie zaczął się od wakatów. Dyrektorzy zatrudniają emerytów i studentów, a miasto kusi dodatkiem na start.",
      "Autor: Katarzyna Nowak",
      "Opublikowano: 3 września 2025, 09:15",
      "Aktualizacja: 3 września 2025, 11:40",
      "Udostępnij",
      "Facebook",
      "X",
      "E-mail",
      "Kopiuj link",
      "Komentarze (23)",
      "Uczniowie jednej z krakowskich szkół podstawowych w pierwszym dniu roku szkolnego",
      "Fot. Katarzyna Nowak",
      "",
      "Nowy rok szkolny rozpoczął się w Krakowie od poważnego problemu kadrowego. Według danych Wydziału Edukacji Urzędu Miasta Krakowa w poniedziałek, 1 września, w miejskich szkołach i przedszkolach nieobsadzonych było ponad 300 etatów nauczycielskich. Najtrudniej znaleźć nauczycieli matematyki, fizyki, chemii i informatyki.",
      "",
      "Dyrektorzy szkół przyznają, że luki łatają na różne sposoby: przydzielają obecnym nauczycielom godziny ponadwymiarowe, zatrudniają emerytów lub studentów ostatnich lat, a w niektórych przypadkach łączą grupy na zajęciach z przedmiotów dodatkowych.",
      "",
      "Czytaj także: Rok szkolny 2025/2026. Kalendarz ferii, przerw świątecznych i dni wolnych",
      "",
    ].join("\n");
    const parsed = parseScrape(page);
    expect(parsed.title).toBe("Krakowskie szkoły szukają nauczycieli. Brakuje ponad 300 pedagogów, najbardziej matematyków i fizyków");
    expect(parsed.captions[0]).toContain("Uczniowie jednej z krakowskich szkół");
  });
});

describe("a reporter's name and title, then the stamp, in Japanese and Korean", () => {
  it("reads both", () => {
    expect(parseMetaLine("佐藤健一記者 2024年3月12日 9時30分")).toMatchObject({ author: "佐藤健一", published: new Date("2024-03-12T09:30:00Z") });
    expect(parseMetaLine("홍길동 기자 2024.06.20 09:00")).toMatchObject({ author: "홍길동" });
    expect(parseMetaLine("홍길동 기자 2024.06.20 09:00")?.published).toBeInstanceOf(Date);
    expect(parseMetaLine("山田太郎 記者 3日間の取材")).toBeNull();
  });
});

describe("a text browser's rows: buttons two spaces apart, a table drawn in boxes, a table in pipes", () => {
  // A page wrapped at 79 columns, as w3m and lynx print it.
  const wrapped = (lines: string[]) => [
    "Tras tres años de subidas casi ininterrumpidas, el aceite de oliva empieza a",
    "dar un respiro. El precio medio del virgen extra en origen se situó la semana",
    "pasada en 7,12 euros por kilo, un 18% menos que a principios de diciembre.",
    "",
    ...lines,
    "",
    "La explicación está en el campo. Las lluvias de la primavera pasada y un otoño",
    "más suave de lo habitual han permitido una cosecha que, sin ser buena, mejora",
    "claramente la de la campaña anterior, una de las peores que se recuerdan.",
  ];

  it("keeps a row of buttons two spaces apart from the line under it, and the header's lines out of the text", () => {
    const page = [
      "Saltar al contenido",
      "",
      "☰ Menú   [image] La Gaceta Mediterránea          Suscríbete  Iniciar sesión",
      "",
      "España  Internacional  Economía  Sociedad  Deportes  Cultura  Opinión  Podcasts",
      "",
      "Economía › Agricultura",
      "",
      "AGRICULTURA",
      "",
      "El precio del aceite de oliva baja por primera vez en tres años tras la mejora",
      "de la cosecha",
      "",
      "El virgen extra cae un 18% en origen desde diciembre, aunque los consumidores",
      "todavía no notan la rebaja en el supermercado",
      "",
      "Lucía Márquez Ordóñez",
      "Jaén / Madrid - 21 feb 2024 - 05:40 CET",
      "",
      "Compartir en Facebook  Compartir en X  Enviar por WhatsApp  Copiar enlace",
      "Comentarios (14)",
      "",
      "[image]",
      "",
      "Un agricultor varea olivos en una finca de Mancha Real (Jaén), el pasado mes de",
      "enero. ANTONIO RUEDA",
      "",
      "Tras tres años de subidas casi ininterrumpidas, el aceite de oliva empieza a",
      "dar un respiro. El precio medio del virgen extra en origen se situó la semana",
      "pasada en 7,12 euros por kilo, un 18% menos que a principios de diciembre,",
      "según los datos de precios que recopila el sector. Es la primera caída",
      "sostenida desde el otoño de 2020.",
      "",
      "La explicación está en el campo. Las lluvias de la primavera pasada y un otoño",
      "más suave de lo habitual han permitido una cosecha que, sin ser buena, mejora",
      "claramente la de la campaña anterior, una de las peores que se recuerdan. Las",
      "cooperativas andaluzas calculan que la producción nacional rondará las 850.000",
      "toneladas, frente a las 665.000 de la campaña 2022-2023.",
      "",
      "«El mercado estaba esperando una señal de que la sequía no iba a repetirse, y",
      "esa señal ha llegado», explica Francisco Javier Ortega, director de una",
      "cooperativa de segundo grado en Úbeda que agrupa a 14 almazaras. «Pero conviene",
      "ser prudentes: seguimos muy por encima de los precios de hace cinco años, y los",
      "embalses todavía no se han recuperado».",
      "",
    ].join("\n");
    const text = texts(parseScrape(page).blocks).join("\n");
    expect(text).not.toContain("Comentarios (14)");
    expect(text).not.toContain("Compartir en");
    expect(text).not.toContain("Lucía Márquez");
    expect(text).toContain("Tras tres años de subidas");
  });

  it("reads a table drawn in box-drawing characters as the article's table", () => {
    const table = [
      "┌────────────┬─────────┬─────────┐",
      "│Categoría   │Feb. 2023│Feb. 2024│",
      "├────────────┼─────────┼─────────┤",
      "│Virgen extra│     5,48│     7,12│",
      "├────────────┼─────────┼─────────┤",
      "│Lampante    │     4,95│     7,05│",
      "└────────────┴─────────┴─────────┘",
    ];
    const blocks = parseScrape(["El precio del aceite de oliva baja", "", ...wrapped(table)].join("\n")).blocks;
    const html = blocks.find((block) => block.kind === "html");
    expect(html && "html" in html ? html.html : "").toBe("<table><thead><tr><th>Categoría</th><th>Feb. 2023</th><th>Feb. 2024</th></tr></thead><tbody><tr><td>Virgen extra</td><td>5,48</td><td>7,12</td></tr><tr><td>Lampante</td><td>4,95</td><td>7,05</td></tr></tbody></table>");
    expect(texts(blocks).join("\n")).not.toMatch(/[│┌─]/);
  });

  it("reads El País's tags label", () => {
    expect(isBoilerplate("Archivado en: Aceite de oliva · Agricultura · Precios · Jaén")).toBe(true);
  });
});

describe("the sections over a headline, printed as a path", () => {
  const page = (path: string) =>
    [
      "Skip to main content",
      "",
      "THE HARBOUR QUARTERLY",
      "",
      "  • Latest",
      "  • Science",
      "  • Culture",
      "  • Podcasts",
      "",
      path,
      "",
      "A Journey Without Maps",
      "",
      "Every autumn, silver eels leave the river for a sea none of them has seen. Science is only now",
      "learning how they find it.",
      "",
      "By Maren Holt",
      "October 3, 2024 · 12 min read",
      "",
      "On a cold night in October the science of eels looks like a man in waders holding a torch over a",
      "trap at the foot of a weir, counting. Pieter Volk has counted here for nineteen years, and he can",
      "tell from the weight of the net whether the run has started.",
      "",
      "The eels he counts are leaving for the Sargasso Sea, five thousand kilometres away, where they were",
      "born and where they will spawn once and die. Nobody has ever watched them do it, and for a century",
      "the question of how they find their way has been one of the long puzzles of ocean science.",
      "",
      "Volk's counts are part of the answer. Together with tags fitted to a few hundred of the fish, they",
      "show when the eels leave, how fast they travel and which way they turn once they reach the coast.",
    ].join("\n");

  it.each(["Science / Long Read", "Science › Oceans", "Features / Science / Long Read"])("takes the line under %s as the headline", (path) => {
    const parsed = parseScrape(page(path));
    // (The lead repeats the path's words, not the headline's.)
    expect(parsed.title).toBe("A Journey Without Maps");
    expect(texts(parsed.blocks).join("\n")).not.toContain(path);
  });
});
