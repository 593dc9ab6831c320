/**
 * The article's author when no byline stood in the cropped header: the
 * nearest line around the headline that opens like a byline ("By …", "Von
 * …"), read by the byline rules. A line like "By Jane Doe | Special to the
 * Post" is not a meta line as a whole (its second half is neither a name nor
 * a stamp), so the crop leaves it out, but its first half still names the
 * author.
 */
import { CALENDAR_DATE } from "../../dates";
import { BYLINE_OPENER, looksLikePersonName, parseByline } from "../rules";

/** Bylines are short; a longer line opening with "By" is a sentence. */
const MAX_LINE = 160;

/** The first line, in the order given (nearest the headline first), that reads as a byline. */
export function findPageAuthor(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (line.length > MAX_LINE) continue;
    const name = BYLINE_OPENER.test(line) ? parseByline(line) : nameBeforeStamp(line);
    if (name) return name;
  }
  return undefined;
}

// "Chris Davies - Nov 19, 2019, 10:31 pm", "Natasha Turak @NatashaTurak": a name, a separator, then a stamp or a handle.
const NAME_THEN = /^(.{3,60}?)\s+(?:[-–—|·•/]\s+(.*)|(@\w+.*))$/u;

/** A byline without its "By": a person's name followed by the date or the writer's handle. */
function nameBeforeStamp(line: string): string | null {
  const m = NAME_THEN.exec(line);
  if (!m || !looksLikePersonName(m[1]!)) return null;
  const rest = m[2] ?? m[3]!;
  return rest.startsWith("@") || CALENDAR_DATE.test(rest) ? m[1]! : null;
}
