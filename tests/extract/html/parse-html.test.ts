/** The HTML loader on small pages written the way real sites save them (src/extract/html/parse-html.ts). */
import { describe, expect, it } from "vitest";
import type { Block } from "../../../src/core/article";
import { parseHtml } from "../../../src/extract/html/parse-html";

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const P1 = "<p>The city council voted on Tuesday to approve a new budget that expands bus service across the northern districts, officials said after a long meeting.</p>";
const P2 = "<p>Supporters of the plan said it would cut commute times for thousands of residents, while critics warned that the cost had not been fully accounted for.</p>";
const PROSE = P1 + P2;
const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === "figure" ? `figure:${b.caption}|${b.image ?? ""}` : "text" in b ? b.text : b.kind === "html" ? b.html : b.kind));

describe("WordPress classic captions", () => {
  it("keeps the image of a div.wp-caption with its caption", () => {
    const article = parseHtml(page('<link rel="canonical" href="https://metro.example/2024/bus/"><title>Council approves bus plan</title>',
      `<article><h1>Council approves bus plan</h1><div class="wp-caption aligncenter"><img src="/wp-content/uploads/e.jpg" alt="Bus" width="1024" height="683"><p class="wp-caption-text">The new electric bus.</p></div>${PROSE}</article>`));
    expect(article.blocks[0]).toEqual({ kind: "figure", caption: "The new electric bus.", image: "https://metro.example/wp-content/uploads/e.jpg" });
    expect(article.image).toBe("https://metro.example/wp-content/uploads/e.jpg");
    expect(article.captions).toEqual(["The new electric bus."]);
  });
});
