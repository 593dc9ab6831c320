/**
 * Quarto's and R Markdown's executable cells (```` ```{python} ````,
 * ```` ```{r, echo=FALSE} ````), read as their sites show them: a code block
 * in its language, without the cell's `#| option` lines, or nothing at all
 * when an option hides the code (`#| echo: false`, `include: false`). The
 * cell's output (a chart, a table) comes from running it, which a loader
 * cannot do. Written by hand: reading these needs Quarto itself, and the
 * options are a few lines of a fixed shape.
 */

import { FENCE } from "./template-tags";

/** Whether the text may hold a cell: most files do not, and are not walked. */
const MAY_HOLD = /^ {0,3}(?:`{3,}|~{3,})\s*\{/m;

export function withCodeCellsRead(body: string): string {
  if (!MAY_HOLD.test(body)) return body;
  const lines = body.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = CELL_OPEN.exec(lines[i]!);
    if (!open) {
      // Another fence's lines are its own: a cell shown as an example inside it stays as written.
      const fence = FENCE.exec(lines[i]!)?.[1];
      if (fence) {
        const close = closingLine(lines, i + 1, fence);
        out.push(...lines.slice(i, close + 1));
        i = close;
      } else out.push(lines[i]!);
      continue;
    }
    const [, fence, language, header] = open;
    const close = closingLine(lines, i + 1, fence!);
    const inside = lines.slice(i + 1, close);
    const options = inside.filter((line) => OPTION_LINE.test(line)).map((line) => line.replace(OPTION_LINE, "").trim());
    const hidden = options.some((option) => HIDING_OPTION.test(option)) || HIDING_HEADER.test(header ?? "");
    if (!hidden) out.push(`${fence}${language!.toLowerCase()}`, ...inside.filter((line) => !OPTION_LINE.test(line)), fence!);
    i = close;
  }
  return out.join("\n");
}

/** The line that closes a fence opened with `fence` (its character, at least as many), or the last line. */
function closingLine(lines: readonly string[], from: number, fence: string): number {
  for (let k = from; k < lines.length; k++) {
    const marker = FENCE.exec(lines[k]!)?.[1];
    if (marker && marker[0] === fence[0] && marker.length >= fence.length && !lines[k]!.slice(lines[k]!.indexOf(marker) + marker.length).trim()) return k;
  }
  return lines.length - 1;
}

/** ```` ```{python} ````, ```` ```{r setup, include=FALSE} ````: a cell's fence, its language first in braces. */
const CELL_OPEN = /^ {0,3}(`{3,}|~{3,})\s*\{([A-Za-z][\w+-]*)(?:[\s,]([^}]*))?\}\s*$/;
/** `#| echo: false`: a cell option, Quarto's comment mark (`//|` in languages whose comments are slashes). */
const OPTION_LINE = /^\s*(?:#|\/\/|--)\|\s?/;
/** Options that keep the code from the page. */
const HIDING_OPTION = /^(?:echo|include)\s*:\s*false\b/i;
/** R Markdown's options in the fence: `{r, echo=FALSE}`, `{r include = FALSE}`. */
const HIDING_HEADER = /\b(?:echo|include)\s*=\s*(?:FALSE|F)\b/;
