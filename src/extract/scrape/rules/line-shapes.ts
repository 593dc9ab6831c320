/**
 * A line's shape as text: a headline, a subheading, a kicker over a headline, a line of code,
 * a table row.
 * Each rule looks at a kind of line, never at one site's wording, so it holds across
 * sites and languages.
 */
import { ANY_DIGIT } from "../../dates";
import { BULLET, endsLikeSentence, type Unit } from "../internal/units";
import { BYLINE_OPENER, isDateSpan, parseMetaLine } from "./bylines";
import { hasCaptionMarker } from "./captions";
import { startsWithQuote } from "./quotes";
import { isRelatedHeading } from "./related";

/**
 * A line of program code, by what prose never writes: a brace closing it, a closing bracket
 * opening it, an operator (`:=`, `=>`, `&&`, `==`), a call closing it
 * (`log.Fatal(srv.ListenAndServe())`), a shell or REPL prompt; or, more weakly, by what verse and
 * lists write too: a semicolon closing it, an arrow, a declaration's keyword opening it
 * ("return to the office…"). "strong", "weak", or null.
 */
export function codeLine(line: string): "strong" | "weak" | null {
  if (line.length > MAX_CODE_LINE) return null;
  return STRONG_CODE_LINE.test(line) ? "strong" : WEAK_CODE_LINE.test(line) ? "weak" : null;
}

/** Longer than this, a line is prose that names code, not code (and the patterns stay cheap). */
const MAX_CODE_LINE = 200;

// A Dockerfile's instructions, in capitals before their arguments ("FROM golang:1.22", "COPY . .", "ENTRYPOINT [\"/server\"]"),
// not a kicker in capitals ("FROM THE ARCHIVES").
const STRONG_CODE_LINE = /\{$|^[}\])]|:=|=>|&&|\|\||[=!]==?|\w\((?:[^()]|\([^()]*\))*\)[;,{]?$|^(?:\$ [a-z]|>>> |\/\/ )|^#!\/|^(?:FROM|RUN|CMD|COPY|ADD|WORKDIR|ENTRYPOINT|ENV|ARG|EXPOSE|VOLUME|HEALTHCHECK) (?![A-Z]{2,}\b)[\w.\-\/"[$]/;
const WEAK_CODE_LINE = /;$|->|^(?:import|from|def|func|fn|return|const|let|var|class|package|public|private|static|void|int|async|await|export)\s+[\w{*]/;
/** A headline: short, one sentence at most, no closing full stop. */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 160 || line.length < 3) return false;
  if (/[:：]$/.test(line) && !isRelatedHeading(line)) return false; // introduces what follows
  if (/[.。]["'”’»]*$/u.test(line)) return false;
  return !/[.!?。！？]\s+\p{Lu}/u.test(line.slice(0, -1));
}

/**
 * A subheading inside the body: a short standalone line that does not end a
 * sentence, isn't a quote and isn't a headline-style question.
 */
export function isSubheading(line: string): boolean {
  if (/^#{1,6}\s+\S/.test(line)) return true;
  if (BULLET.test(line)) return false; // a list item
  // Longer, it is a paragraph's line whatever follows (asked first: most lines are).
  if (line.length > 70) return false;
  // A turn of an interview: "Q: Why did you leave?", "INTERVIEWER: …", "Frage: …".
  if ((line.includes(":") || line.includes("：")) && SPEAKER_LABEL.test(line)) return false;
  // An explainer's subheadings are often questions: "Why are bills going up?" (short, as a heading is).
  const question = /[?？]$/.test(line) && line.split(/\s+/).length <= QUESTION_HEADING_WORDS;
  if (line.length > 70 || (endsLikeSentence(line) && !question) || /[,]$/.test(line)) return false;
  if (startsWithQuote(line)) return false;
  if (line.split(/\s+/).length > 9) return false;
  return /^[\p{Lu}\p{Lo}\p{N}]/u.test(line);
}

/** A speaker's label opening a turn of an interview: a question's or an answer's word, or a name in capitals. */
const SPEAKER_LABEL = /^(?:Q|A|Q\.|A\.|Question|Answer|Frage|Antwort|Réponse|Pregunta|Respuesta|Domanda|Risposta|Pergunta|Resposta|Вопрос|Ответ|[\p{Lu}][\p{Lu}.'’ -]{1,30})\s*[:：]\s/u;

/** Words at most in a question that is a subheading, not a paragraph's one-line question. */
const QUESTION_HEADING_WORDS = 7;


/**
 * A section kicker or source label: a short line right above a longer
 * headline, on the line directly before it, or a single word or a label
 * ending in a dash or colon. "Messi retires" above a standfirst, with a blank
 * line between, stays the headline.
 */
export function isKickerOverHeadline(line: string, next: Pick<Unit, "text" | "gapBefore">, afterNext?: Pick<Unit, "text" | "gapBefore">): boolean {
  // A stamp or byline holds a digit or opens with its word: the date parser is asked only then.
  // A life's span under a name ("14 March 1937 - 2 January 2024", an obituary's) dates the name: no headline.
  return isKicker(line, next, afterNext) && isHeadlineLike(next.text) && !hasCaptionMarker(next.text) && !((ANY_DIGIT.test(next.text) || BYLINE_OPENER.test(next.text)) && (parseMetaLine(next.text) || isDateSpan(next.text)));
}

function isKicker(line: string, next: Pick<Unit, "text" | "gapBefore">, afterNext?: Pick<Unit, "text" | "gapBefore">): boolean {
  const words = line.split(/\s+/).length;
  if (words > 3 || line.length > 30 || /[.!?。]$/.test(line) || next.gapBefore > 2 || next.text.length <= line.length) return false;
  // A line that runs on into a lower-case one is a verse's or a wrapped paragraph's first, not a headline: "Frost" titles the poem under it.
  if (afterNext && afterNext.gapBefore === 0 && /^\p{Ll}/u.test(afterNext.text)) return false;
  return next.gapBefore === 0 || words === 1 || /[—–:|-]$/.test(line);
}

/**
 * The cells of a table row written with pipes ("| Hill Farm | 182 | 74 |"),
 * or null when the line is no such row. A separator row ("|---|:--:|") has
 * no cells of text: an empty list.
 */
export function pipeRowCells(line: string): string[] | null {
  if (line.length > MAX_PIPE_ROW || !line.startsWith("|") || !line.endsWith("|")) return null;
  const cells = line.slice(1, -1).split("|").map((cell) => cell.trim());
  if (cells.length < 2) return null;
  return cells.every((cell) => /^:?-{2,}:?$/.test(cell)) ? [] : cells;
}

const MAX_PIPE_ROW = 400;

/**
 * A table's rows (pipe rows of one width, line under line), when one of them holds a number (a nav
 * row never does), or when a row of dashes sets the header apart as a Markdown table's does (a
 * writer typed a table: a timetable of clock times, a schedule of words).
 */
export function isPipeTable(rows: readonly string[]): boolean {
  if (rows.length < 2) return false;
  const widths = rows.map((row) => pipeRowCells(row));
  const width = widths.find((cells) => cells !== null && cells.length > 0)?.length;
  if (width === undefined || widths.some((cells) => cells === null || (cells.length > 0 && cells.length !== width))) return false;
  const delimited = widths.length >= 3 && widths[1]!.length === 0 && widths.filter((cells) => cells!.length === 0).length === 1;
  return delimited || widths.some((cells) => cells!.some(isNumberCell));
}

/**
 * A table typed with tabs (a spreadsheet pasted into a text file, a table's cells as a browser
 * copies them): rows of tab-separated cells, line under line, written as the pipe rows the table
 * rule reads ("| Region | Q2 2025 |"), when they make a table by its rule (one width, a number).
 * Squashed, the cells would run together into one paragraph a row.
 */
export function tabTablesAsPipeRows(text: string): string {
  if (!text.includes("\t")) return text;
  // A cell holding a bar would split in two as a pipe row: such a line stays as written.
  const cellsOf = (line: string) => (/\S\t+\S/.test(line) && !line.includes("|") ? line.trim().split(/\t+/).map((cell) => cell.trim()) : null);
  // "Title:\tHarbour reopens" over "Date:\t12.03.2024": a header block of labels, not a table.
  return runsAsPipeRows(text, cellsOf, (run) => !run.some((line) => /[:：]$/.test(cellsOf(line)![0]!)));
}

/**
 * Each run of lines `cellsOf` reads as a table's rows (a drawn table's rules, `isRule`, among them), written as pipe
 * rows (the rules dropped) when they make a table by the pipe-table rule and `accept` takes the run.
 */
function runsAsPipeRows(text: string, cellsOf: (line: string) => string[] | null, accept: (run: string[]) => boolean, isRule: (line: string) => boolean = () => false): string {
  const lines = text.split("\n");
  const out: (string | null)[] = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!isRule(lines[i]!) && !cellsOf(lines[i]!)) continue;
    let j = i;
    while (j + 1 < lines.length && (isRule(lines[j + 1]!) || cellsOf(lines[j + 1]!))) j++;
    const run = lines.slice(i, j + 1).filter((line) => !isRule(line));
    const rows = run.map((line) => `| ${cellsOf(line)!.join(" | ")} |`);
    if (isPipeTable(rows) && accept(run)) {
      let k = 0;
      for (let n = i; n <= j; n++) out[n] = isRule(lines[n]!) ? null : rows[k++]!;
    }
    i = j;
  }
  return out.filter((line) => line !== null).join("\n");
}

/**
 * A table as w3m and links draw it, in box-drawing characters ("┌────┬────┐" over "│Virgen extra│ 5,48│"): its rows
 * written as the pipe rows the table rule reads, its rules between them dropped, when they make a table by its rule.
 */
export function boxTablesAsPipeRows(text: string): string {
  if (!text.includes("│") && !text.includes("║")) return text;
  const cellsOf = (line: string) => (BOX_ROW.test(line) ? line.trim().slice(1, -1).split(/[│║]/).map((cell) => cell.trim()) : null);
  return runsAsPipeRows(text, cellsOf, () => true, (line) => BOX_RULE.test(line));
}

/** A table's rule in box-drawing characters, whole or cut off at the page's width. */
// (A box-drawing character first: a line of spaces is a blank line, not a rule.)
const BOX_RULE = /^\s*[┌├└╔╠╚┬┼┴╦╬╩─═┐┤┘╗╣╝][┌├└╔╠╚┬┼┴╦╬╩─═┐┤┘╗╣╝\s]{2,}$/u;
/** A table's row between box-drawing bars. */
const BOX_ROW = /^\s*[│║].*[│║]\s*$/u;

/** A table cell that is a number: "182", "-3.5 %", "$1,200", or a clock time: "07:15", "7.30pm". */
export function isNumberCell(cell: string): boolean {
  return /^[-+]?[$€£]?\d[\d.,]*\s*%?$/.test(cell) || /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|h)?$/i.test(cell);
}
