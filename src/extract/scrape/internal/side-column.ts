/**
 * A laid-out page's other column: teasers and "Most popular" lists that a
 * text browser sets far to the right of the article, line for line between
 * its paragraphs. Read as lines of the text they would cut it (a heading and
 * its teasers look like a related box) or join it (a teaser's blurb reads as
 * a paragraph). The indent tells them apart: on the development pages no
 * line of an article stands 20 columns or more deeper than its paragraphs.
 * Flat scrapes have no indents, and keep every line.
 */
import type { Unit } from "./units";

/** Columns deeper than the article's paragraphs at which a line belongs to another column. */
const SIDE_COLUMN_DEPTH = 20;
/** A paragraph's length: the lines that tell the article's own indent. */
const PARAGRAPH_CHARS = 150;
/** Paragraphs needed to trust that indent. */
const MIN_PARAGRAPHS = 3;

/** The units without those of another column set between the article's first and last paragraph. */
export function withoutSideColumn(units: Unit[]): Unit[] {
  // Flat text (no indents) and most laid-out pages have no line that deep: nothing to count.
  if (!units.some((unit) => unit.indent >= SIDE_COLUMN_DEPTH)) return units;
  const counts = new Map<number, number>();
  for (const unit of units) if (unit.text.length > PARAGRAPH_CHARS) counts.set(unit.indent, (counts.get(unit.indent) ?? 0) + 1);
  let indent = -1;
  let most = 0;
  for (const [at, count] of counts) if (count > most) [indent, most] = [at, count];
  if (most < MIN_PARAGRAPHS) return units;
  const isParagraph = (unit: Unit) => unit.indent === indent && unit.text.length > PARAGRAPH_CHARS;
  const first = units.findIndex(isParagraph);
  const last = units.findLastIndex(isParagraph);
  // A column holds a list: two deep lines or more, one of them a bulleted link at least. A single deep
  // line (a centred pull quote) is the article's.
  const deep = units.filter((unit, k) => k > first && k < last && unit.indent >= indent + SIDE_COLUMN_DEPTH);
  if (deep.length < 2 || !deep.some((unit) => unit.bullet)) return units;
  const kept: Unit[] = [];
  // Blank lines around the units dropped since the last kept one.
  let dropped: number | undefined;
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    if (k > first && k < last && unit.indent >= indent + SIDE_COLUMN_DEPTH) {
      dropped = Math.max(dropped ?? unit.gapBefore, unit.gapAfter);
      continue;
    }
    if (dropped === undefined) {
      kept.push(unit);
      continue;
    }
    // The article's lines either side stay apart by a blank line, never by the wide gap that ends an article.
    const gap = Math.min(2, Math.max(1, dropped));
    kept[kept.length - 1] = { ...kept[kept.length - 1]!, gapAfter: gap };
    kept.push({ ...unit, gapBefore: gap });
    dropped = undefined;
  }
  return kept.length === units.length ? units : kept;
}
