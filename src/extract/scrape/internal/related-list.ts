/**
 * Related links after the body: the list right after it (under a related
 * heading or as a run of headline-shaped lines), then any list under a
 * related heading further down, up to the footer. One list's reading
 * (takeList) serves the crop and a file holding the article alone.
 */
import { CALENDAR_DATE } from "../../dates";
import type { ClassifiedUnit } from "./classify";
import { WIDE_GAP } from "./body-search";
import { isHeadlineCandidate } from "./headline-search";
import { isSignature, parseCreditsLine } from "../rules/bylines";
import { isPriceAlone, SHARE_COUNT } from "../rules/furniture";
import { isBareUrl, parseLinkLine } from "../rules/related";
import type { Unit } from "./units";
import { authorBoxName, isSectionEnd } from "../vocabulary";

/** How far past the body a related list's heading may stand. */
const RELATED_REACH = 6;
/** How far below the body a related list's heading is looked for. */
const RELATED_SCAN = 80;
/** At most this many related links are read. */
const RELATED_MAX = 12;

/**
 * Related links: the list right after the body (under a related heading or
 * as a run of headline-shaped lines; else the first lines set apart by a wide
 * gap further down, past furniture or comments), then any list under a related heading
 * further down ("More from Local" below the comments), up to the footer.
 */
export function relatedAfter(units: ClassifiedUnit[], end: number): Unit[] {
  const out: Unit[] = [];
  let i = end + 1;
  const reach = Math.min(units.length, i + RELATED_REACH);
  for (let j = i; j < reach; j++) {
    if (units[j]!.relatedHeading) {
      i = j;
      break;
    }
  }
  // A signature closing the page ("Dr Sam Patel" over "Director of Public Health") is no list of links.
  if (units.length - i === 2 && units[i + 1]!.gapBefore === 0 && isSignature(units[i]!.text, units[i + 1]!.text)) return out;
  i = takeList(units, i, out);
  const scanEnd = Math.min(units.length, end + 1 + RELATED_SCAN);
  // Furniture, a comment thread or a writer's box between the body and the list: the headlines set apart by the
  // wide gap the page leaves before them (as the seed's scrape has them), with no heading.
  if (out.length === 0) {
    for (let j = i; j < scanEnd; j++) {
      if (units[j]!.copyright) break;
      if (units[j]!.gapBefore >= WIDE_GAP) {
        // Two headlines at least: a lone line there is as often a form's field or a footer's.
        const list: Unit[] = [];
        const after = takeList(units, j, list);
        if (list.length >= 2) {
          out.push(...list);
          i = after;
        }
        break;
      }
    }
  }
  for (let j = i; j < scanEnd && out.length < RELATED_MAX; j++) {
    if (units[j]!.copyright) break;
    if (units[j]!.relatedHeading) j = takeList(units, j, out) - 1;
  }
  return out.slice(0, RELATED_MAX);
}

/** Not a stamp, a credit, a quoted tweet, a handle or a sign-up line: what a related list never holds. */
function readsAsLinkTitle(unit: ClassifiedUnit): boolean {
  const text = unit.text;
  return (
    !unit.meta && !unit.boilerplate && !unit.signUp && !parseCreditsLine(text) && !isMostlyDate(text) && !isSectionEnd(text) && authorBoxName(text) === null &&
    !/^[—–(\[]/.test(text) && !/@|https?:\/\/\S+\s/.test(text)
  );
}

/**
 * A line that is a date more than anything ("March 3, 2024", "Jane Doe, 3 March
 * 2024"), not a headline that names one ("Ferry timetable changes on 12 May 2025").
 */
function isMostlyDate(text: string): boolean {
  const m = /\d{4}/.test(text) ? CALENDAR_DATE.exec(text) : null;
  if (m === null) return false;
  // A clock time or a stamp's word beside the date: a stamp the line rules could not read whole.
  return m.index === 0 || m[0].length * 2 >= text.length || /\d{1,2}:\d{2}/.test(text) || STAMP_WORDS_ANYWHERE.test(text);
}

const STAMP_WORDS_ANYWHERE = /\b(?:by|published|updated|posted|modified)\b/i;

/** A teaser's stamp, the whole line: "3h ago", "2 hours ago", "vor 3 Stunden", "il y a 2 heures", "hace 3 horas". */
const TEASER_STAMP = /^(?:\d+\s?[smhd] ago|\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|vor\s+\d+\s+(?:minuten|stunden|tagen)|il y a\s+\d+\s+(?:min(?:utes?)?|heures?|h|jours?)|hace\s+\d+\s+(?:min(?:utos?)?|horas?|h|días?)|h[áa]\s+\d+\s+(?:min(?:utos?)?|horas?|h|dias?))$/i;

/** A teaser's count of shares or comments, in words or in figures ("1.2k shares"). */
const TEASER_COUNT = /^[\d,.]+[km]? (?:shares|comments)$/i;

/** Reads one list (its heading first, if it has one) into `out`; returns where it stopped. */
export function takeList(units: ClassifiedUnit[], from: number, out: Unit[]): number {
  const list: Unit[] = [];
  let i = from;
  const heading = units[i]?.relatedHeading ? units[i++] : undefined;
  for (; i < units.length && list.length < RELATED_MAX; i++) {
    const unit = units[i]!;
    // Laid out, a list's items are bulleted at one indent: once two are, a line that is not (the next box's heading) ends it.
    const first = list[0];
    if (first?.bullet && list[1]?.bullet && (!unit.bullet || unit.indent < first.indent)) break;
    const text = unit.text.replace(/^[-*•]\s+/, "");
    // A teaser's stamp under its headline ("3h ago", "vor 2 Stunden"), or its share count over or under it ("This
    // story has been shared 44,976 times."): the list goes on past it.
    if ((list.length > 0 && TEASER_STAMP.test(text)) || SHARE_COUNT.test(text) || TEASER_COUNT.test(text)) continue;
    if (parseLinkLine(unit.text) || (isBareUrl(text) && list.length > 0)) {
      list.push(unit);
      continue;
    }
    if (!isHeadlineCandidate(unit) || unit.kind === "prose" || /[.。]$/.test(text) || !readsAsLinkTitle(unit)) break;
    // A name over its price ("Lumio Note 10" / "429,00 €"): a shop box's product, no link's headline.
    if (units[i + 1]?.gapBefore === 0 && isPriceAlone(units[i + 1]!.text)) break;
    list.push(unit);
  }
  // A heading with nothing under it is no list.
  if (list.length) out.push(...(heading ? [heading] : []), ...list);
  return i;
}
