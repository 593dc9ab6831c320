/** The byline and date rows around the headline, outside what Readability keeps (src/extract/html/internal/header-rows.ts). */
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../../../src/extract/html/parse-html";

const BODY = [
  "Northgate University has opened its new engineering building, bringing the faculty's laboratories together under one roof for the first time in its history.",
  "The five-storey building on the north campus houses teaching labs, a high-voltage lab, a wind tunnel and a workshop open to students around the clock.",
  "The dean of engineering said the building would change how students learned, with every lab and workshop under one roof at last.",
].map((p) => `<p>${p}</p>`).join("\n");

const page = (header: string) =>
  `<!doctype html><html lang="en"><head><title>University opens engineering building</title></head><body><main><div class="news-header"><h1>University opens engineering building</h1>${header}</div><div class="news-body">${BODY}</div></main></body></html>`;

describe("the byline and date rows around the headline", () => {
  it("reads a row under the headline that the body leaves out", () => {
    const parsed = parseHtml(page('<p class="news-date">By Jo Bell | 14 October 2024</p>'));
    expect(parsed.author).toBe("Jo Bell");
    expect(parsed.published?.toISOString()).toBe("2024-10-14T00:00:00.000Z");
  });

  it("reads a block whose lines a <br> parts, and a name and a date set side by side in elements of their own", () => {
    const block = parseHtml(page('<p class="meta">By Dana Whitfield<br>Published June 8, 2023 4:12 PM EDT<br>Coastal Daily</p>'));
    expect(block.author).toBe("Dana Whitfield");
    expect(block.published?.toISOString()).toBe("2023-06-08T20:12:00.000Z");
    const sideBySide = parseHtml(page('<div class="meta"><span class="autor">Von Jana Krüger</span><time>14.07.2025, 08:00 Uhr</time></div>'));
    expect(sideBySide.author).toBe("Jana Krüger");
    expect(sideBySide.published?.toISOString()).toBe("2025-07-14T08:00:00.000Z");
  });

  it("reads a row of fields no separator parts, a name alone beside the stamp, a view count passed over", () => {
    const parsed = parseHtml(page('<div class="d-flex small"><span><i class="bi bi-person"></i> Petra Šindelářová</span><span><i class="bi bi-calendar3"></i> 14. 3. 2024, 9:40</span><span><i class="bi bi-eye"></i> 1 284×</span></div>'));
    expect(parsed.author).toBe("Petra Šindelářová");
    expect(parsed.published?.toISOString().slice(0, 10)).toBe("2024-03-14");
    // Without a stamp among the fields, a name alone is no byline.
    expect(parseHtml(page('<div class="tags"><span>Anna Berger</span><span>Local politics</span></div>')).author).toBeUndefined();
  });

  it("reads nothing from the body's text, nor from a page without such a row", () => {
    expect(parseHtml(page("")).published).toBeUndefined();
    expect(parseHtml(page("")).author).toBeUndefined();
  });
});

describe("a university board's article: a logo in an h1 over the page, labelled fields in a list", () => {
  const html = `<!doctype html><html lang="ko"><head><title>연구팀, 스마트폰으로 중금속 검출하는 종이 센서 개발 | 한빛대학교</title></head><body><header><h1 class="logo"><a href="/index.do"><img src="/logo.png" alt="한빛대학교"></a></h1></header>
    <div class="board_view"><div class="view_head"><h1 class="view_tit">연구팀, 스마트폰으로 중금속 검출하는 종이 센서 개발</h1>
    <ul class="view_info"><li><span class="tit">작성자</span> 홍보팀 박지은</li><li><span class="tit">등록일</span> 2024.09.23</li><li><span class="tit">조회수</span> 1,284</li></ul></div>
    <div class="view_cont">${BODY}</div></div></body></html>`;

  it("takes the headline past the logo, the writer and the date from the fields", () => {
    const parsed = parseHtml(html);
    expect(parsed.title).toBe("연구팀, 스마트폰으로 중금속 검출하는 종이 센서 개발");
    expect(parsed.author).toContain("박지은");
    expect(parsed.published?.toISOString().slice(0, 10)).toBe("2024-09-23");
  });
});
