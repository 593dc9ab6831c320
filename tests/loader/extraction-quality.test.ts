import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readTruth, runVariant } from "../../bench/extract/corpus";

/**
 * Extraction quality on 22 vendored pages of the extraction benchmark's
 * development half (tests/fixtures/corpus, MIT), scored with the benchmark's
 * own measure. Deterministic: the same input gives the same figures, so a
 * drop of more than 0.02 in body F1 (or a title or date lost) is a regression.
 * Raise the floors when the loader improves.
 */
const dir = fileURLToPath(new URL("../fixtures/corpus/", import.meta.url));
const truth = readTruth(dir);

const FLOORS = {
  text: { f1: 0.901, titles: 20, dates: 14, captions: 4, authors: 9 },
  "text-layout": { f1: 0.877, titles: 19, dates: 14, captions: 4, authors: 9 },
  html: { f1: 0.971, titles: 22, dates: 20, captions: 6, authors: 14 },
} as const;
const ALLOWED_F1_DROP = 0.02;

describe.each(Object.entries(FLOORS))("extraction quality on vendored pages: %s", (variant, floor) => {
  const result = runVariant(dir, variant, variant === "html" ? "html" : "txt", truth, 0)!;

  it("reads all 22 pages", () => {
    expect(result.pages).toBe(22);
  });

  it(`body F1 stays within ${ALLOWED_F1_DROP} of ${floor.f1}`, () => {
    expect(result.f1).toBeGreaterThanOrEqual(floor.f1 - ALLOWED_F1_DROP);
  });

  it("titles, dates, first captions and authors stay right", () => {
    expect(result.titles).toBeGreaterThanOrEqual(floor.titles);
    expect(result.dates).toBeGreaterThanOrEqual(floor.dates);
    expect(result.captions).toBeGreaterThanOrEqual(floor.captions);
    expect(result.authors).toBeGreaterThanOrEqual(floor.authors);
  });
});

describe("extraction quality on vendored pages: html lead images", () => {
  const result = runVariant(dir, "html", "html", truth, 0)!;

  it("finds every page's lead image", () => {
    expect(result.imagedPages).toBe(22);
    expect(result.images).toBe(result.imagedPages);
  });
});
