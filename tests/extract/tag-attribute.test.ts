/** One attribute reader for tags met in Markdown and raw HTML snippets (src/extract/tag-attribute.ts). */
import { describe, expect, it } from "vitest";
import { tagAttribute } from "../../src/extract/tag-attribute";

describe("tagAttribute", () => {
  it("reads values quoted either way, bare, or as a JSX string in braces", () => {
    const tag = `<img src="a.jpg" alt='A view' width=300 title={"The dome"} />`;
    expect(tagAttribute(tag, "src")).toBe("a.jpg");
    expect(tagAttribute(tag, "alt")).toBe("A view");
    expect(tagAttribute(tag, "width")).toBe("300");
    expect(tagAttribute(tag, "title")).toBe("The dome");
  });

  it("takes the named attribute only, not one whose name ends the same", () => {
    expect(tagAttribute(`<img data-alt="wrong" alt="right">`, "alt")).toBe("right");
    expect(tagAttribute(`<YouTube youTubeId="abc" />`, "id")).toBeUndefined();
    expect(tagAttribute(`<img data-src="lazy.jpg">`, "src")).toBeUndefined();
  });

  it("matches names in any case and leaves entities as written", () => {
    expect(tagAttribute(`<IMG SRC="x.png" ALT="Fish &amp; chips">`, "alt")).toBe("Fish &amp; chips");
    expect(tagAttribute(`<img src="x.png">`, "alt")).toBeUndefined();
  });
});
