/**
 * Raw text scrapes of news pages → ParsedArticle.
 *
 * A scrape is a page flattened to lines: headline, photo caption, body
 * (lead, paragraphs, subheadings, quotes, more captions), then a gap, related
 * headlines and site furniture. The rules in `rules/` recognise each kind of
 * line; this module walks the page in order: header, body, tail.
 */
import type { Block, RelatedLink } from "../../core/article";
import { ArticleRejected } from "../../core/article";
import { escapeHtml, titleKey } from "../../core/text";
import { asciiDigits, CALENDAR_DATE, hasCalendarDate, parseDate } from "../dates";
import type { ParsedArticle } from "../parsed";
import { attributesQuote, bareNameByline, BYLINE_OPENER, capitalsName, CLOCK_ONLY, datelineDate, isNumericStamp, isCardKicker, isSignature, leadsIntoNext, looksLikePersonName, embedLine, nameBeforeStamp, writerBioName, parseByline, parseCreditsLine, parseMetaLine, stripLeadMarker, wireAgency } from "./rules/bylines";
import { captionText, hasCaptionMarker, isStandaloneCredit, looksLikePhotoCaption } from "./rules/captions";
import { isBoilerplate, isJoinDate, isTagUnderLabel, TAGS_LABEL_ALONE, TAGS_LINE } from "./rules/furniture";
import { isHeadlineLike, isKickerOverHeadline, isNumberCell, isPipeTable, isSubheading, pipeRowCells, tabTablesAsPipeRows, boxTablesAsPipeRows } from "./rules/line-shapes";
import { isWholeQuote } from "./rules/quotes";
import { inlineRelated, isBareUrl, isInsetLabel, isRelatedHeading, parseLinkLine } from "./rules/related";
import { cropToArticle, uncropped, type CroppedPage } from "./internal/crop";
import { findPageAuthor } from "./internal/page-author";
import { titleSiteName } from "./internal/headline-search";
import { withoutSideColumn } from "./internal/side-column";
import { readTextBrowserDump } from "./internal/text-browser";
import { findPageDate, findYearlessStamp } from "./internal/page-date";
import { BULLET, endsLikeSentence, toUnits, withoutBullet, withoutFootnoteMarks, type Unit } from "./internal/units";
import { KEY_POINTS, UNSPACED_SCRIPT } from "./vocabulary";
import { isEditorsNote } from "../editor-notes";

const MAX_TITLE_LENGTH = 250;
/** Longer than this, a line with a credit under it is body text, not a caption. */
const MAX_CAPTION = 400;
/** How far after the headline a `:: ` or dateline lead may start. */
const HEADER_WINDOW = 8;

interface Meta {
  author?: string;
  /** The author was read from a name beside a stamp, with no byline's word ("Warta Kota - 12/03/2024"): a labelled byline outranks it. */
  authorUnlabelled?: boolean;
  published?: Date;
  updated?: Date;
  creditsAuthor?: string;
  /** A byline that closes the article ("By Jane Doe" as its last line). */
  closingAuthor?: string;
  /** The summary printed between the headline and the byline. */
  standfirst?: string;
  tags: string[];
}

export function parseScrape(text: string): ParsedArticle {
  const dump = readTextBrowserDump(text);
  const page = withoutSideColumn(toUnits(boxTablesAsPipeRows(tabTablesAsPipeRows(dump.text))));
  let parsed: ParsedArticle;
  try {
    parsed = readPage(page, cropToArticle(page));
  } catch (error) {
    // The crop keeps too little of a page it misjudged (prose in a language with no stopword
    // list, or keyword-dense text): the page is read whole, line by line, rather than lost.
    if (!(error instanceof NoBodyText)) throw error;
    parsed = readPage(page, uncropped(page));
  }
  // A text browser's dump lists its links' addresses: a related headline that was a link gets its own.
  if (dump.linkUrls.size) for (const link of parsed.related) link.url ??= dump.linkUrls.get(link.title);
  return parsed;
}

/** The writer named by the note about them that closes the page ("Sarah Okafor is a columnist for …"): a byline's last resort. */
function bioAuthor(page: readonly Unit[]): string | undefined {
  for (let k = page.length - 1; k >= 0; k--) {
    const name = writerBioName(page[k]!.text);
    if (name) return name;
  }
  return undefined;
}

/** Editor's notes among the few lines right over the unit that opens the article (its headline, or a stamp over it). */
function notesOverHeadline(page: readonly Unit[], top: Unit | undefined): string[] {
  if (!top) return [];
  const at = page.findIndex((unit) => unit.text === top.text);
  // ("Updated: September 17, 2024 @ 5:58 pm" over the headline is a stamp, a weather box's or the page's: no note.)
  return at > 0 ? page.slice(Math.max(0, at - NOTE_REACH), at).filter((unit) => isEditorsNote(unit.text) && parseMetaLine(unit.text) === null).map((unit) => unit.text) : [];
}

/**
 * The page's own title (its first line, the `<title>` a scrape opens with: "Headline - Site") names the
 * line under the one taken for the headline, and not that one: that one is a kicker ("Tehran's fire chief
 * announced" over the headline, as Iranian agencies set their rootitr).
 */
function namedByPageTitle(page: readonly Unit[], taken: string, next: string): boolean {
  const first = page[0]?.text;
  if (!first || first === taken || next.length > MAX_TITLE_LENGTH || next.length < MIN_NAMED_HEADLINE) return false;
  const pageTitle = titleKey(first);
  const nextKey = titleKey(next);
  return nextKey.length >= MIN_NAMED_HEADLINE && pageTitle.startsWith(nextKey) && !pageTitle.includes(titleKey(taken));
}

/**
 * Where the post's title stands when the line taken for it is a blog's name: under it at most its tagline (a
 * sentence), then the post's date, then a title-shaped line over a paragraph ("Tapeheads and Tubes" / "Restoring
 * old audio gear, one capacitor at a time." / "Sunday, March 9, 2025" / "Bringing a Tandberg back to life" / text).
 */
function postTitleUnderDate(units: readonly Unit[], at: number, taken: string): number | null {
  if (taken.length > MAX_BLOG_NAME) return null;
  for (let date = at; date <= at + 1 && date + 2 < units.length; date++) {
    // The line between the name and the date, if any, is the blog's tagline: a sentence.
    if (date > at && !endsLikeSentence(units[at]!.text)) return null;
    // A date alone, as a blog heads each day's posts: no byline.
    const stamp = parseMetaLine(units[date]!.text);
    if (!stamp || stamp.author !== undefined || !(stamp.published ?? stamp.updated)) continue;
    const post = units[date + 1]!.text;
    const titled = post.length <= MAX_POST_TITLE && !/[.:;,]$/.test(post) && !isMetaUnit(units[date + 1]) && !hasCaptionMarker(post) && !looksLikePhotoCaption(post);
    return titled && isFullParagraph(units[date + 2]!.text) ? date + 1 : null;
  }
  return null;
}

/** Longest line read as a post's title under its date (a longer one is the text's first paragraph). */
const MAX_POST_TITLE = 150;
/** How far down the page a blog's name is looked for (under a navbar's few lines at most). */
const BLOG_NAME_REACH = 6;
/** Longest line read as a blog's name over its posts. */
const MAX_BLOG_NAME = 60;

/** Shortest headline the page title is trusted to name. */
const MIN_NAMED_HEADLINE = 20;

/** Lines over the headline looked at for an editor's note. */
const NOTE_REACH = 2;

/** The rejection the whole-page fallback answers: nothing after the headline to read. */
class NoBodyText extends ArticleRejected {}

function readPage(page: Unit[], cropped: CroppedPage): ParsedArticle {
  const meta: Meta = { tags: [] };
  collectTags(page, meta);
  const articleUnits = withoutFurniture(cropped.units);
  const relatedUnits = cropped.related ? withoutFurniture(cropped.related) : [];
  const units = [...articleUnits, ...relatedUnits];
  // The photographer a story's credit names ("Photographs by Alasdair Munro") credits a photo by name alone too.
  const photographers = storyPhotographers(units);
  const isCredit = (text: string) => isStandaloneCredit(text) || photographers.has(text);
  const related: RelatedLink[] = [];
  let blocks: Block[] = [];
  const warnings: string[] = [];

  // Header: timestamps/bylines may precede the headline.
  let i = 0;
  while (i < units.length && takeMeta(units[i]!.text, meta)) i++;
  const titleUnit = units[i];
  if (!titleUnit) throw new ArticleRejected("no title: the file has no text besides site furniture");
  // A file that opens straight with a paragraph (a note written without a headline) or with a line
  // that leads into the next ("Dear friends,") has no title of its own: the loader titles it by its
  // file name.
  let title = "";
  if (titleUnit.text.length <= MAX_TITLE_LENGTH && !isFullParagraph(titleUnit.text) && !leadsIntoNext(titleUnit.text)) {
    // "Title: …" as a hand-written header block labels it, beside "Author:" and "Date:" lines.
    title = titleUnit.text.replace(/^#{1,6}\s+/, "").replace(TITLE_LABEL, "");
    i++;
    // A section kicker or source label above the headline ("Politics", "CNN —"):
    // short, followed closely by a longer line that reads as a headline.
    const next = units[i];
    if (next && (isKickerOverHeadline(title, next, units[i + 1]) || namedByPageTitle(page, title, next.text))) {
      title = next.text.replace(/^#{1,6}\s+/, "");
      i++;
    } else if (next && isLetterhead(next, units[i + 1], units[i + 2])) {
      // A letterhead: the sender's name over their place or address, the title under it after a blank line.
      title = units[i + 1]!.text;
      i += 2;
    } else {
      // A blog's name (and its tagline) over the post's date and the post's title, as Blogger sets a post.
      // Not when the page's own title (its first line, when that is not this line) names the line taken.
      const named = page[0] !== undefined && page[0].text !== titleUnit.text && titleKey(page[0].text).includes(titleKey(title));
      // A blog's name heads its page: the line taken stands among the page's first few.
      const atTop = page.slice(0, BLOG_NAME_REACH).some((unit) => unit.text === titleUnit.text);
      const post = named || !atTop ? null : postTitleUnderDate(units, i, title);
      if (post !== null) {
        takeMeta(units[post - 1]!.text, meta);
        title = units[post]!.text;
        i = post + 1;
      }
    }
  }

  const leadIndex = findLead(units, i, isCredit);
  const standfirstAt = isStandfirst(units, i) ? i : -1;
  for (; i < leadIndex; i++) {
    const line = units[i]!.text;
    // The standfirst is the summary the page gives, not a caption.
    if (i === standfirstAt) {
      meta.standfirst = line;
      continue;
    }
    if (takeMeta(line, meta)) continue;
    // "Anna Wróblewska" / "21 marca 2024, 14:05": the writer's name alone over the stamp.
    if (isNameOverStamp(units, i)) {
      meta.author ??= bareNameByline(line) ?? undefined;
      continue;
    }
    if (isShortFurniture(line)) continue;
    // A key-points box: its first point sums the article up; the points are no caption, nor the text.
    const box = keyPointsEnd(units, i);
    if (box > i) {
      meta.standfirst ??= withoutBullet(units[i + 1]!.text);
      i = box - 1;
      continue;
    }
    const points = summaryPointsEnd(units, i);
    if (points > i) {
      meta.standfirst ??= withoutBullet(line);
      i = points - 1;
      continue;
    }
    // A news agency's name alone is the wire story's byline (findPageAuthor reads it), no photo's caption.
    if (wireAgency(line)) continue;
    // "Words by Isobel Grant" / "Photographs by Alasdair Munro" / stamp: the story's photographer, credited in the byline's block.
    if (STORY_PHOTOS_CREDIT.test(line) && besideMetaLine(units, i)) continue;
    if (isCredit(line) && i + 1 < leadIndex && captionUnderCredit(units, i + 1)) {
      pushCaption(blocks, captionText(units[++i]!.text));
      appendCredit(blocks, line);
    } else if (isCredit(line)) appendCredit(blocks, line, true);
    else pushCaption(blocks, captionText(line));
  }

  // The crop has already told the related list from the body; a page it could not read is read the old way.
  const tailStart = cropped.related ? Math.max(leadIndex, articleUnits.length) : findTail(units, leadIndex);
  let lead: string | undefined;
  let leadMarked = false;
  const entryDates = entryDateLines(units, leadIndex, tailStart);
  /** The last line of the last related box taken in the body. */
  let boxEnd = -1;
  for (i = leadIndex; i < tailStart; i++) {
    const unit = units[i]!;
    const line = unit.text;
    // A block of program code (classify.ts markCodeBlocks): one preformatted block, its indents kept.
    if (isCode(unit)) {
      let j = i;
      while (j + 1 < tailStart && units[j + 1]!.gapBefore === 0 && isCode(units[j + 1]!)) j++;
      blocks.push({ kind: "html", html: codeBlockHtml(units.slice(i, j + 1)) });
      i = j;
      continue;
    }
    if (lead === undefined) {
      const stripped = stripLeadMarker(line);
      lead = stripped.text;
      leadMarked = stripped.marked;
      const dated = datelineDate(line);
      if (dated && !meta.published) meta.published = parseDate(dated) ?? undefined;
      blocks.push({ kind: "paragraph", text: lead });
      continue;
    }
    // A table written with pipes: one table, its rows line under line.
    if (pipeRowCells(line) !== null) {
      let j = i;
      while (j + 1 < tailStart && units[j + 1]!.gapBefore === 0 && pipeRowCells(units[j + 1]!.text) !== null) j++;
      const rows = units.slice(i, j + 1).map((row) => row.text);
      if (isPipeTable(rows)) {
        blocks.push({ kind: "html", html: pipeTableHtml(rows) });
        i = j;
        continue;
      }
    }
    // In the body only timestamps are meta: "By the numbers" there is a subheading, not a byline.
    // A diary's or a log's dates ("3 January 2024" over each entry) head its entries.
    if (line.length <= 120 && takeTimestamp(line, meta)) {
      if (entryDates.has(i)) blocks.push({ kind: "heading", text: line });
      continue;
    }
    const credits = parseCreditsLine(line);
    if (credits) {
      meta.creditsAuthor ??= credits;
      continue;
    }
    const inline = inlineRelated(line);
    if (inline !== null) {
      related.push(parseLinkLine(inline) ?? { title: inline });
      continue;
    }
    if (isRelatedHeading(line)) {
      const heading = i;
      // A related box in the middle of the page: take its links, then go on.
      // Laid out, its links are bulleted: the first line that is not ends it (a subheading of the article).
      const bulleted = units[i + 1]?.bullet === true;
      // Flat, a box whose links stand line under line ends at the first blank line: the line past it
      // is the article's next subheading, however much it reads like one more headline.
      let tight = false;
      // Its cards may set a kicker and a date beside each headline ("LOCAL" / headline / "February 20, 2025 4:00 AM").
      const cardLine = (text: string) => tight && (isCardKicker(text) || isStampLine(text));
      // Under a card's kicker stands its headline, whatever its punctuation ("Rents fell in 2024. Will that last?").
      // Set line under line with the heading, a box's headline may hold a stop ("Wrocław. Od stycznia droższe bilety … Oto nowe ceny").
      const linkOf = (k: number) => {
        const text = units[k]!.text;
        if (text.length > MAX_CARD_HEADLINE) return toRelated(text);
        const underKicker = k > 0 && tight && isCardKicker(units[k - 1]!.text) && !/\.$/.test(text);
        const setUnder = units[k]!.gapBefore === 0 && !bulleted && !isStampLine(text) && !isCardKicker(text) && !/[.!?:;,]$/.test(text);
        return toRelated(text) ?? (underKicker || setUnder ? { title: text } : null);
      };
      let shortestLink = Infinity;
      while (i + 1 < tailStart && units[i + 1]!.gapBefore <= 1 && !(tight && units[i + 1]!.gapBefore > 0) && (!bulleted || units[i + 1]!.bullet) && (linkOf(i + 1) || cardLine(units[i + 1]!.text))) {
        // Spaced, the box's links stand a blank line apart, and so does the article's next subheading under them: a line
        // shorter than the box's links, over a paragraph of the text, heads that paragraph ("Mehr zum Thema" / "Bahnchaos im
        // Sommer: Warum die Bahn trotz Milliarden nicht pünktlicher wird" / "Was gilt für bereits gekaufte Tickets?" / text).
        if (!tight && !bulleted && subheadsNext(units, i + 1, shortestLink)) break;
        tight ||= units[i + 1]!.gapBefore === 0;
        const link = linkOf(++i);
        if (link) {
          related.push(link);
          shortestLink = Math.min(shortestLink, units[i]!.text.length);
        }
      }
      // "Baca juga:" / "Jakarta Siaga Banjir, 23 RT Tergenang Pagi Ini": an inset's label over its one linked title,
      // whatever the title's punctuation.
      const title = units[i + 1];
      if (i === heading && isInsetLabel(line) && title && i + 1 < tailStart && title.gapBefore <= 1 && title.text.length <= MAX_INSET_TITLE && !isFullParagraph(title.text)) {
        related.push(parseLinkLine(title.text) ?? { title: title.text });
        i++;
      }
      boxEnd = i;
      continue;
    }
    // An embedded post (a tweet): its header line goes, its sign-off makes the text above it a quote, signed.
    // A live blog's update stamp ("Updated at 20.16 BST") and a post's writer right over its clock ("Ben Carver" / "19:10 BST"):
    // no text. (The clock alone stays: a timeline's entries open with it, "4:14 p.m.", as the benchmark's truth keeps them.)
    if (UPDATE_CLOCK.test(line) || (units[i + 1]?.gapBefore === 0 && CLOCK_ONLY.test(units[i + 1]!.text) && bareNameByline(line) !== null)) continue;
    const embed = embedLine(line);
    if (embed === "header") continue;
    const above = blocks[blocks.length - 1];
    if (embed === "sign-off" && (above?.kind === "paragraph" || above?.kind === "quote")) {
      blocks[blocks.length - 1] = { kind: "quote", text: `${above.text} ${line}` };
      continue;
    }
    // The story's photographer signing its last line ("THANH TÂM" under the text, "Ảnh: THANH TÂM" under a photo): the writer too.
    const signsOff = i + 1 === tailStart && photographers.has(line) && !isStandaloneCredit(line) && blocks[blocks.length - 1]?.kind === "paragraph";
    if (isCredit(line) && !signsOff) {
      if (i + 1 < tailStart && captionUnderCredit(units, i + 1)) {
        pushCaption(blocks, captionText(units[++i]!.text));
        appendCredit(blocks, line);
      } else appendCredit(blocks, line);
      continue;
    }
    const lastInBody = i + 1 === tailStart;
    // A credit under a dated description marks it as the photo's caption; so does one under a line that ends no sentence.
    // A credit right under a line (no blank between) marks that line as its photo's caption;
    // after a blank line it may be a lone photo's credit under a paragraph.
    const below = units[i + 1];
    const creditFollows =
      !lastInBody && !!below && line.length <= MAX_CAPTION && isCredit(below.text) && (below.gapBefore === 0 || hasCalendarDate(line) || (below.gapBefore <= 1 && !endsLikeSentence(line) && line.split(/\s+/).length >= MIN_CAPTION_WORDS));
    // A dated description counts as a photo caption only when the layout sets it
    // apart (blank lines after it, as images leave in scrapes), not merely for
    // being last: "The fiscal year begins on July 1, 2024." ends many stories.
    if (hasCaptionMarker(line) || creditFollows || (looksLikePhotoCaption(line) && unit.gapAfter >= 2)) {
      pushCaption(blocks, captionText(line));
      continue;
    }
    // Not after "At a glance:" or another short line: those are list items.
    // Right under a related box nothing is a list item: the box's last link is no heading over it.
    const previous = i - 1 === boxEnd ? "" : (units[i - 1]?.text ?? "");
    const inList = /[:：]$/.test(previous) || (i - 1 > leadIndex && isSubheading(previous));
    // Set apart by blank lines, or with a blank line over it and a full paragraph right under it.
    const setApart = unit.gapBefore >= 1 && (unit.gapAfter >= 1 || isFullParagraph(units[i + 1]?.text ?? ""));
    // A sign-off over a postscript ("Hannah" over "P.S. …") heads nothing.
    const postscript = POSTSCRIPT.test(units[i + 1]?.text ?? "");
    if (isSubheading(line) && setApart && !lastInBody && !inList && !postscript && !isSubheading(units[i + 1]!.text)) {
      blocks.push({ kind: "heading", text: line.replace(/^#{1,6}\s+/, "") });
      continue;
    }
    const previousBlock = blocks[blocks.length - 1];
    // "— Jane Doe" under a quote is who said it: it goes with the quote. Right under it (a hyphen too,
    // which would otherwise open a list), or a blank line below with a dash no list uses.
    if (previousBlock?.kind === "quote" && attributesQuote(line, unit.gapBefore)) {
      previousBlock.text = `${previousBlock.text} ${line}`;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      // Consecutive bullet lines are one list.
      const last = blocks[blocks.length - 1];
      if (last?.kind === "list" && unit.gapBefore <= 1) last.items.push(line.slice(bullet[0].length));
      else blocks.push({ kind: "list", items: [line.slice(bullet[0].length)] });
      continue;
    }
    // "> We are not against …": a quotation set as e-mail sets one; its lines, one under another, are one quote.
    if (ANGLE_QUOTED.test(line)) {
      const text = line.replace(ANGLE_QUOTED, "");
      if (previousBlock?.kind === "quote" && unit.gapBefore === 0 && ANGLE_QUOTED.test(units[i - 1]!.text)) previousBlock.text = `${previousBlock.text} ${text}`;
      else blocks.push({ kind: "quote", text });
      continue;
    }
    blocks.push(isWholeQuote(line) ? { kind: "quote", text: line } : { kind: "paragraph", text: line });
  }

  for (const unit of units.slice(tailStart)) {
    // "See you next Friday," over "The Briefing team": a sign-off under the links, not one of them, nor what follows it.
    if (/[,;]$/.test(unit.text)) break;
    const link = toRelated(inlineRelated(unit.text) ?? unit.text);
    if (link) related.push(link);
    else if (isBareUrl(unit.text)) {
      const previous = related[related.length - 1];
      if (previous && !previous.url) previous.url = unit.text;
    }
  }

  if (lead === undefined) throw new NoBodyText("no body text after the headline");
  // An editor's note set over the headline ("UPDATE 3/14: the swap moves indoors."): the article's, first in its body.
  blocks.unshift(...notesOverHeadline(page, cropped.units[0]).map((text): Block => ({ kind: "paragraph", text })));
  // "By Jane Doe" as the article's last line: its byline, signed at the end; or the writer's name
  // alone under the last paragraph, as Vietnamese and Indonesian papers sign ("Minh Anh").
  const closing = blocks.length > 2 ? blocks[blocks.length - 1] : undefined;
  // "— Maria Keane" under a poem or a letter: the writer's dash and name, signing it.
  const dashed = closing?.kind === "paragraph" ? DASHED_NAME.exec(closing.text)?.[1] : undefined;
  const signed = closing?.kind !== "paragraph" || closing.text.length > 80 ? null
    : BYLINE_OPENER.test(closing.text) ? parseByline(closing.text)
    : dashed !== undefined && looksLikePersonName(dashed) ? dashed
    : isFullParagraph(blockText(blocks[blocks.length - 2])) && looksLikePersonName(closing.text) && !/[,|]/.test(closing.text) ? closing.text
    // "THANH TÂM": the signature in capitals, as Vietnamese papers set it.
    : isFullParagraph(blockText(blocks[blocks.length - 2])) ? capitalsName(closing.text)
    : null;
  if (signed) {
    blocks.pop();
    meta.closingAuthor = signed;
  }
  // A letter's signature: "Kind regards," over the writer's name (and their role under it), among the last lines.
  // It stays the letter's text; it names the writer.
  meta.closingAuthor ??= signatureName(blocks) ?? closingSignature(page);
  if (!meta.published) {
    const dateLines = cropped.dateLines();
    // Only an update read in the header (an edit's note under the byline's row): the page's stamp dates the publication,
    // when it is no later.
    const printed = findPageDate(dateLines, cropped.language);
    if (printed && (!meta.updated || printed.getTime() <= meta.updated.getTime())) meta.published = printed;
    if (!meta.published && !meta.updated) {
      const year = cropped.copyrightYear();
      const yearless = findYearlessStamp(dateLines, year);
      if (yearless) {
        Object.assign(meta, yearless);
        // The copyright line shows the year the page was saved, which may not be the article's: say so.
        warnings.push(`the date printed has no year; read in ${year}, the year the page's copyright line names`);
      }
    }
  }

  // The title's key, made once and only when a name to compare is found.
  let titleWords: string | undefined;
  // The site's name, as the page's `<title>` line sets it after the headline ("Headline | Báo Thời Sự Mới"): its masthead over the day's
  // date is no writer beside a stamp.
  const siteName = page[0] ? titleSiteName(page[0].text) : undefined;
  const notTitle = (name: string | undefined) =>
    name !== undefined && ((name.length <= title.length && titleKey(name) === (titleWords ??= titleKey(title))) || (siteName !== undefined && titleKey(name) === titleKey(siteName))) ? undefined : name;
  return {
    title,
    ...(title ? {} : titleUnit.text.length <= MAX_TITLE_LENGTH ? { firstLine: titleUnit.text } : {}),
    lead: withoutFootnoteMarks(leadMarked ? lead : summaryParagraph(blocks) ?? lead),
    ...(meta.standfirst ? { summary: meta.standfirst } : {}),
    blocks,
    captions: blocks.flatMap((b) => (b.kind === "figure" ? [b.caption] : [])),
    related: dedupeRelated(related),
    // The headline beside the stamp ("Semerwater Circular" over "Sunday, 8 October 2023") names no writer.
    author: notTitle(meta.author) ?? findPageAuthor(cropped.authorLines(), (name) => notTitle(name) !== undefined) ?? notTitle(meta.closingAuthor) ?? notTitle(meta.creditsAuthor) ?? notTitle(bioAuthor(page)),
    published: meta.published,
    updated: meta.updated,
    tags: meta.tags,
    warnings,
  };
}

/**
 * The body's lines that are a date and nothing else, each over text of its own, when there are
 * two or more: a diary's or a log's entries, headed by their dates ("3 January 2024" / "10
 * January 2024"). One such line is the article's stamp.
 */
function entryDateLines(units: readonly Unit[], from: number, to: number): Set<number> {
  const dated = new Set<number>();
  for (let k = from; k < to; k++) {
    const text = units[k]!.text;
    if (text.length <= 40 && /\d{4}/.test(text) && units[k + 1] && k + 1 < to && !/\d{4}/.test(units[k + 1]!.text.slice(0, 40)) && parseDate(asciiDigits(text)) !== null) dated.add(k);
  }
  return dated.size >= 2 ? dated : new Set();
}

/** A line of a block of program code, as the classifier marked it. */
function isCode(unit: Unit): boolean {
  return (unit as { code?: boolean }).code === true;
}

/** Lines of code as `<pre><code>`, each indented as far past the block's least indented line as it was. */
function codeBlockHtml(lines: readonly Unit[]): string {
  const least = Math.min(...lines.map((line) => line.indent));
  return `<pre><code>${lines.map((line) => escapeHtml(" ".repeat(line.indent - least) + line.text)).join("\n")}</code></pre>`;
}

/** A block's text, for the shape of the line it was. */
function blockText(block: Block | undefined): string {
  return block?.kind === "paragraph" || block?.kind === "quote" || block?.kind === "heading" ? block.text : "";
}

/** A full paragraph: a long line that ends as a sentence does. */
function isFullParagraph(text: string): boolean {
  return text.length >= 100 && endsLikeSentence(text);
}

/**
 * A pipe table as HTML, its cells escaped: the first row is the header when a
 * separator row (`|---|`) stands under it, or when it holds no number and the
 * rows under it do.
 */
function pipeTableHtml(rows: readonly string[]): string {
  const cells = rows.map((row) => pipeRowCells(row)!);
  const numeric = (row: string[]) => row.some(isNumberCell);
  const separated = cells[1]?.length === 0;
  const header = separated || (!numeric(cells[0]!) && cells.slice(1).some(numeric));
  const body = cells.slice(header ? 1 : 0).filter((row) => row.length > 0);
  const line = (row: string[], tag: "th" | "td") => `<tr>${row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join("")}</tr>`;
  return `<table>${header ? `<thead>${line(cells[0]!, "th")}</thead>` : ""}<tbody>${body.map((row) => line(row, "td")).join("")}</tbody></table>`;
}

/** Longest title an inset's label vouches for. */
const MAX_INSET_TITLE = 200;

/** Longest headline a card's kicker vouches for. */
const MAX_CARD_HEADLINE = 150;

/** A line quoted as e-mail quotes it: "> " before the words. */
const ANGLE_QUOTED = /^>[ \t]+(?=\S)/;

/** The name under a letter's sign-off ("Kind regards," / "Peter Grant" / "Parish Clerk") among the last blocks. */
function signatureName(blocks: readonly Block[]): string | undefined {
  for (let k = Math.max(0, blocks.length - SIGNATURE_BLOCKS); k < blocks.length - 1; k++) {
    const sign = blocks[k]!;
    const name = blocks[k + 1]!;
    if (sign.kind !== "paragraph" || name.kind !== "paragraph" || !isSignOff(sign.text)) continue;
    // "Fr. Declan Murphy", "Dr Sam Patel": the name under its title.
    const signer = name.text.split(/\s*,\s*/)[0]!.replace(HONORIFIC, "");
    if (looksLikePersonName(signer)) return signer;
  }
  // Or no sign-off: the name, then the writer's role under it, closing the text ("Linda Moss" / "Chair, Friends of Hillside School").
  const [text, name, role] = blocks.slice(-3);
  if (text?.kind === "paragraph" && endsLikeSentence(text.text) && name?.kind === "paragraph" && role?.kind === "paragraph"
    && isSignature(name.text, role.text)) return name.text;
  return undefined;
}

/**
 * Whether `place`, right under the line taken for the title, is a letterhead's place or address ("PARROQUIA DE SAN
 * ISIDRO LABRADOR" / "Talavera de la Reina (Toledo)": its province in brackets; "12 Market Street, Leeds LS1 4AB": a
 * number and a comma), with the letter's own title under it after a blank line, then its text.
 */
function isLetterhead(place: Unit, title: Unit | undefined, text: Unit | undefined): boolean {
  return place.gapBefore === 0 && place.text.length <= MAX_LETTERHEAD_LINE && (BRACKETED_REGION.test(place.text) || (/\d/.test(place.text) && place.text.includes(",")))
    && !isStampLine(place.text) && !!title && title.gapBefore >= 1 && title.text.length <= MAX_TITLE_LENGTH && !endsLikeSentence(title.text) && !isStampLine(title.text) && !!text;
}
const MAX_LETTERHEAD_LINE = 60;
const BRACKETED_REGION = /^\p{Lu}[\p{L} .'’-]{1,40}\s\(\p{Lu}[\p{L} .'’-]{1,30}\)$/u;

/** The signer of a text that ends on a name and an office under it ("Dr Sam Patel" / "Director of Public Health"), which the crop leaves out. */
function closingSignature(page: readonly Unit[]): string | undefined {
  const [name, role] = page.slice(-2);
  return name && role && role.gapBefore === 0 && isSignature(name.text, role.text) ? name.text : undefined;
}

/** The last blocks looked at for a signature: the sign-off, the name, a role, a P.S. */
const SIGNATURE_BLOCKS = 5;
/** A letter's closing words, in the languages of the byline rules. */
const SIGN_OFF =
  /^(?:(?:kind|best|warm|warmest|with kind) regards|regards|best wishes|all the best|yours(?: sincerely| faithfully| truly)?|sincerely(?: yours)?|many thanks|thanks(?: again)?|thank you|cheers|with thanks|mit freundlichen grüßen|viele grüße|beste grüße|cordialement|bien à vous|salutations|atentamente|saludos(?: cordiales)?|un saludo|cordiali saluti|distinti saluti|atenciosamente|abraços|с уважением)[,.!]?$/iu;

/**
 * A letter's closing words: the usual ones (SIGN_OFF), or any short phrase closed by a comma over the name
 * ("With every blessing,", "Happy digging,", "Until next time, happy growing,").
 */
function isSignOff(text: string): boolean {
  if (SIGN_OFF.test(text)) return true;
  // A phrase, not a clause broken off: no verb of being, not ending on a word that needs its object ("seconded by,").
  return text.length <= MAX_SIGN_OFF && text.endsWith(",") && /^\p{Lu}/u.test(text) && !/\d/.test(text) && text.split(/\s+/).length <= 6 && !BROKEN_CLAUSE.test(text);
}

const BROKEN_CLAUSE = /\b(?:was|were|is|are|be|been)\b|\b(?:by|of|to|and|or|the|a|an|for|from|at|in|on)\s*,$/i;

const MAX_SIGN_OFF = 40;
/** A title before a signer's name: "Fr. Declan Murphy", "Dr Sam Patel", "Rev. Ann Lowe". */
const HONORIFIC = /^(?:fr|dr|rev|revd|mr|mrs|ms|mx|prof|sr|br|cllr|sir|dame)\.?\s+/i;
/** A dash and a name alone, signing what stands above: "— Maria Keane". */
const DASHED_NAME = /^[—–-]\s*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$/u;

/** A postscript's mark: "P.S.", "PS:", "P.P.S.", "PD:", "Nachtrag:". */
const POSTSCRIPT = /^(?:p\.?\s?(?:p\.?\s?)?s\.?|pd\.?|nachtrag)[:.\s]/i;

/** Columns deeper than the text a laid-out caption is set. */
const CAPTION_INDENT = 4;

/** A title's label in a header block ("Title: …", "Titre :"), in the languages the meta lines read. */
// "Subject: Road closure on Saturday": an e-mail pasted whole names its subject so.
const TITLE_LABEL = /^(?:title|headline|subject|titel|betreff|titre|objet|título|asunto|assunto|titolo|oggetto|tytuł|temat)\s*[:：]\s*(?=\S)/i;

/** Ends on its full date, as a wire caption does ("… north of Raqqa, Syria August 12, 2017."). */
function endsOnDate(line: string): boolean {
  return DATE_AT_END.test(line);
}

/** Longest caption told from the lead under it by its shape alone: a sentence or two. */
const MAX_TOP_CAPTION = 300;

const DATE_AT_END = new RegExp(`(?:${CALENDAR_DATE.source})[.)]?\\s*$`, "iu");

/** A line of hashtags and nothing else, as blogs and social posts end: "#education #strikes". */
const HASHTAG_LINE = /^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)+$/u;

/** `Tags: a, b` lines and lines of hashtags anywhere on the page. */
function collectTags(units: Unit[], meta: Meta): void {
  for (const [k, unit] of units.entries()) {
    if (unit.text.length > 300) continue;
    // "Tagi:" over "tramwaje" / "komunikacja miejska": the label alone, each tag on a line of its own under it.
    const tagged = tagsUnderLabel(units, k);
    if (tagged > 0) {
      meta.tags.push(...units.slice(k + 1, k + 1 + tagged).map((tag) => tag.text));
      continue;
    }
    const tags = TAGS_LINE.exec(unit.text);
    if (tags) meta.tags.push(...tags[1]!.split(/\s*[,;|•·，、；]\s*/).filter(Boolean));
    else if (HASHTAG_LINE.test(unit.text)) meta.tags.push(...unit.text.split(/\s+/).map((tag) => tag.slice(1)));
  }
}

/** How many tags stand on lines of their own under a tags' label alone at `k` (none when `k` holds no such label). */
function tagsUnderLabel(units: readonly Unit[], k: number): number {
  if (!TAGS_LABEL_ALONE.test(units[k]!.text)) return 0;
  let j = k + 1;
  while (j < units.length && (units[j]!.gapBefore === 0 || (j === k + 1 && tagsSetApart(units, j))) && isTagUnderLabel(units[j]!.text)) j++;
  return j - k - 1;
}

/** A blank line under the tags' label, then the tags line under line, three at least ("Tags" / "" / "High Street" / "Parking" / "Transportation"). */
function tagsSetApart(units: readonly Unit[], first: number): boolean {
  return units[first]?.gapBefore === 1 && [1, 2].every((d) => units[first + d]?.gapBefore === 0 && isTagUnderLabel(units[first + d]!.text));
}

function isTagsLine(text: string): boolean {
  return TAGS_LINE.test(text) || (text.length <= 300 && HASHTAG_LINE.test(text));
}

/** Drops site furniture and `Tags:` lines, keeping the layout gaps around what was dropped. */
function withoutFurniture(units: Unit[]): Unit[] {
  const kept: Unit[] = [];
  /** The last tag of a tags' label read so far: it and the lines up to it leave the text. */
  let tagsEnd = -1;
  for (const [k, unit] of units.entries()) {
    // Units the classifier has seen carry its answer; others (a page it could not read) are asked.
    // A writer's card sets the day they joined the site under its label ("Joined" / "Mar 3, 2021"): no stamp of the article.
    const boilerplate = ((unit as { boilerplate?: boolean }).boilerplate ?? isBoilerplate(unit.text)) || (k > 0 && isJoinDate(units[k - 1]!.text, unit.text));
    // A tags' label alone and the tags set on lines of their own beneath it.
    const tagged = tagsUnderLabel(units, k);
    if (tagged > 0) tagsEnd = k + tagged;
    if (!isTagsLine(unit.text) && !boilerplate && k > tagsEnd) {
      kept.push({ ...unit });
      continue;
    }
    const previous = kept[kept.length - 1];
    if (previous) previous.gapAfter = unit.gapAfter === Infinity ? Infinity : previous.gapAfter + unit.gapAfter;
  }
  for (let k = 1; k < kept.length; k++) kept[k]!.gapBefore = kept[k - 1]!.gapAfter;
  if (kept[0]) kept[0].gapBefore = 0;
  return kept;
}

/** Records a timestamp line ("Updated: …"); false if the line is not one. */
function takeTimestamp(line: string, meta: Meta): boolean {
  const found = parseMetaLine(withoutBullet(line));
  // A numeric stamp's date is read by the page's date stage, in the page's language.
  if (!found) return isNumericStamp(line);
  if (found.author) return false;
  if (found.published) meta.published ??= found.published;
  if (found.updated) meta.updated ??= found.updated;
  return true;
}

/** Records a byline or timestamp line; false if the line is neither. */
function takeMeta(line: string, meta: Meta): boolean {
  const plain = withoutBullet(line);
  const found = parseMetaLine(plain);
  if (!found) return isNumericStamp(line);
  if (found.author) {
    const unlabelled = !BYLINE_OPENER.test(plain) && nameBeforeStamp(plain) !== null;
    if (meta.author === undefined || (meta.authorUnlabelled && !unlabelled)) {
      meta.author = found.author;
      meta.authorUnlabelled = unlabelled;
    }
  }
  if (found.published) meta.published ??= found.published;
  if (found.updated) meta.updated ??= found.updated;
  return true;
}

/**
 * Where the body starts. A `:: ` marker or a wire dateline near the top marks
 * the lead outright; without one, the lead is the first line after the
 * headline that is not a byline, timestamp, credit or photo caption.
 */
function findLead(units: Unit[], start: number, isCredit: (text: string) => boolean = isStandaloneCredit): number {
  const window = Math.min(units.length, start + HEADER_WINDOW);
  for (let j = start; j < window; j++) {
    if (stripLeadMarker(units[j]!.text).marked) return j;
  }
  let j = start;
  for (; j < units.length; j++) {
    const unit = units[j]!;
    const line = unit.text;
    if (isStampLine(line) || isCredit(line) || hasCaptionMarker(line) || captionUnderCredit(units, j) || isNameOverStamp(units, j)) continue;
    // A share button between the photo and a key-points box ("Share" / "Key points:"): the box is looked for under it.
    if (isShortFurniture(line) && keyPointsEnd(units, j + 1) > j + 1) continue;
    const box = Math.max(keyPointsEnd(units, j), summaryPointsEnd(units, j));
    if (box > j) {
      j = box - 1;
      continue;
    }
    const next = units[j + 1];
    // A dated description of a photo, set apart by the layout; right under the headline, over the lead, a blank line does.
    if (looksLikePhotoCaption(line) && (unit.gapAfter >= 2 || (j === start && unit.gapAfter >= 1 && line.length <= MAX_TOP_CAPTION && endsOnDate(line) && !!next && !looksLikePhotoCaption(next.text)))) continue;
    // A caption with its credit under it. Over the lead a blank line may part them ("Plot holders at the
    // allotments." / "Photograph: Jane Doe/Agency"), as a figure's caption and credit elements stand, when
    // a longer paragraph follows; in the body, or over short lines, the line over a lone photo's credit is
    // as often the paragraph before the photo ("The council approved the budget…" / "Photo by …").
    // Or over the byline and the stamp: the lead photo comes first in the header, its caption and credit, then who and when.
    if (next && isCredit(next.text) && line.length <= MAX_CAPTION && (next.gapBefore === 0 || (next.gapBefore <= 1 && (hasCalendarDate(line) || captionOverLead(line, units[j + 2]) || captionOverByline(line, units[j + 2]))))) continue;
    // Laid out, a short line set deeper than the paragraph under it, over the text: the lead photo's caption.
    if (next && line.length <= MAX_TOP_CAPTION && unit.indent >= next.indent + CAPTION_INDENT && !unit.bullet && isFullParagraph(next.text)) continue;
    if (j === start && isStandfirst(units, j)) continue;
    break;
  }
  return j;
}

/** Whether unit `at`, under a related box's links, is the article's subheading over its next paragraph: a subheading's shape, shorter than the box's links. */
function subheadsNext(units: readonly Unit[], at: number, shortestLink: number): boolean {
  const line = units[at]!.text;
  const under = units[at + 1];
  // A headline's clauses run on after a comma ("India To Get Normal Monsoon This Year, Says IMD"); a subheading's seldom do.
  // (A link as short as that under longer ones, "Ferry timetable cut", is taken for a subheading too: on the pages
  // measured, boxes' links run to a length, and the line under them that falls well short heads the text.)
  return shortestLink !== Infinity && line.length <= shortestLink * SUBHEADING_SHARE_OF_LINK && !line.includes(",") && !!under && under.gapBefore >= 1 && isFullParagraph(under.text) && isSubheading(line);
}

/** Longest a subheading under a related box runs, against the box's shortest link. */
const SUBHEADING_SHARE_OF_LINK = 0.65;

/** A short line of furniture (a share row or button, an ad label) the header sets among its lines. */
function isShortFurniture(line: string): boolean {
  return line.length <= 60 && isBoilerplate(line);
}

/** A caption over its credit and the byline or the stamp ("Work on the bridge …" / "Credit: Nick Moir" / "By Lucy Tran"). */
function captionOverByline(line: string, under: Unit | undefined): boolean {
  return line.length <= MAX_TOP_CAPTION && under !== undefined && isStampLine(under.text);
}

/** A caption over its credit and the lead: shorter than the full paragraph under the credit. */
function captionOverLead(line: string, under: Unit | undefined): boolean {
  return line.length <= MAX_TOP_CAPTION && under !== undefined && isFullParagraph(under.text) && under.text.length > line.length;
}

/**
 * Where a key-points box over the text ends ("Key Points" over its points, short lines set line under line,
 * a blank line closing the box), or `at` when none opens there: the text under it tells the same facts at
 * length, and the box is no part of it. A page set without blank lines between its paragraphs has none.
 */
function keyPointsEnd(units: readonly Unit[], at: number): number {
  if (!KEY_POINTS.test(units[at]!.text) || units[at + 1] === undefined || units[at + 1]!.gapBefore > 1) return at;
  if (units[at + 2]?.gapBefore !== 0) return spacedKeyPointsEnd(units, at);
  // Laid out, the points are bulleted: the first line that is not ends the box.
  const bulleted = units[at + 1]!.bullet;
  let end = at + 1;
  while (end < units.length && end - at <= MAX_KEY_POINTS && (end === at + 1 || (units[end]!.gapBefore === 0 && (!bulleted || units[end]!.bullet)))) {
    if (units[end]!.text.length > MAX_KEY_POINT) return at;
    end++;
  }
  // Two points at least, and a blank line (or, laid out, a line without a bullet) under the last one.
  return end - at >= 3 && end < units.length && (units[end]!.gapBefore >= 1 || (bulleted && !units[end]!.bullet)) ? end : at;
}

/**
 * The end of a list of summary points under the headline with no heading over them, as tabloids set them over the
 * byline ("Margaret Hughes bought the £5 card during her lunch break" / "The pensioner says she'll keep working" / …
 * / "By SOPHIE LANGTON"): three lines or more line under line, bulleted alike, none longer than a point runs, and a
 * byline or a stamp right under them. Else `at`.
 */
function summaryPointsEnd(units: readonly Unit[], at: number): number {
  const first = units[at]!;
  if (first.gapAfter !== 0) return at;
  let end = at + 1;
  while (end < units.length && end - at <= MAX_KEY_POINTS && units[end]!.gapBefore === 0 && units[end]!.bullet === first.bullet) end++;
  if (end - at < 3 || end >= units.length || !isStampLine(units[end]!.text)) return at;
  for (let k = at; k < end; k++) if (units[k]!.text.length > MAX_KEY_POINT || isStampLine(units[k]!.text)) return at;
  return end;
}

/**
 * A box whose points stand a blank line apart, as flat scrapes set every line ("Key points:" / "Parts of northern NSW
 * have …" / "Farmers say …"): short lines up to the first paragraph well longer than any point, which opens the text.
 */
function spacedKeyPointsEnd(units: readonly Unit[], at: number): number {
  let end = at + 1;
  let longest = 0;
  for (; end < units.length && end - at <= MAX_KEY_POINTS && units[end]!.gapBefore <= 1; end++) {
    const text = units[end]!.text;
    // A stamp among the lines: the header goes on (the writer's card, the date), no box of points.
    if (isStampLine(text)) return at;
    if (opensTextUnderPoints(text, longest)) break;
    // Set a blank line apart, points are phrases; a line that ends as a sentence does is the text's, under its subheading.
    if (endsLikeSentence(text)) return at;
    longest = Math.max(longest, text.length);
  }
  return end - at >= 3 && end < units.length && longest <= MAX_KEY_POINT && opensTextUnderPoints(units[end]!.text, longest) ? end : at;
}

function opensTextUnderPoints(text: string, longestPoint: number): boolean {
  return text.length >= Math.max(MIN_TEXT_UNDER_POINTS, TEXT_OVER_POINT * longestPoint);
}

/** The text's first paragraph under spaced points: this long at least, and this much longer than the longest point. */
const MIN_TEXT_UNDER_POINTS = 120;
const TEXT_OVER_POINT = 1.3;

/** Points a key-points box holds at most, and the longest point. */
const MAX_KEY_POINTS = 6;
const MAX_KEY_POINT = 220;

/**
 * A standfirst over the byline and the stamp, right under the headline ("City officials say…" / "Author: Marcus
 * Delaney" / "Published: …"): the text starts under them.
 */
function isStandfirst(units: readonly Unit[], at: number): boolean {
  const line = units[at]?.text;
  if (line === undefined || line.length > MAX_STANDFIRST || units.length <= at + 4 || isMetaUnit(units[at])) return false;
  // A photo's caption stands there too: a standfirst is a sentence with no credit and no date of a photo.
  // Many decks close without a stop; a line that long is no second headline.
  if (!(endsLikeSentence(line) || line.length >= MIN_UNSTOPPED_STANDFIRST) || hasCaptionMarker(line) || looksLikePhotoCaption(line) || isStandaloneCredit(line)) return false;
  // Over the byline and the stamp; or over a byline alone, the stamp printed over the headline ("… علت اصلی حادثه بوده است." /
  // "خبرنگار: مریم احمدی" / the photo and the text). The lead photo may stand between, its caption and its credit
  // ("Vecinos colocaron tambos sobre la avenida." / "Foto: Raúl Méndez / Diario Altiplano" / "Por Ana Ortega").
  const byline = at + 1 + photoLines(units, at + 1);
  return (isMetaUnit(units[byline]) || isNameOverStamp(units, byline)) && (isMetaUnit(units[byline + 1]) || parseMetaLine(withoutBullet(units[byline]!.text))?.author !== undefined);
}

/** A writer's name alone on its line, the stamp right under it: the byline without its word. */
function isNameOverStamp(units: readonly Unit[], at: number): boolean {
  const unit = units[at];
  const under = units[at + 1];
  return !!unit && !!under && under.gapBefore <= 1 && unit.text.length <= MAX_BARE_NAME && isMetaUnit(under) && bareNameByline(unit.text) !== null && parseMetaLine(under.text)?.author === undefined;
}
const MAX_BARE_NAME = 60;

/** How many lines a photo's caption and its credit take from `at` (a caption over its credit, a credit over its caption, a caption holding its credit), or 0. */
function photoLines(units: readonly Unit[], at: number): number {
  const line = units[at]?.text;
  const under = units[at + 1]?.text;
  if (line === undefined || under === undefined || line.length > MAX_TOP_CAPTION || isMetaUnit(units[at])) return 0;
  if (isStandaloneCredit(under) && !isStandaloneCredit(line)) return 2;
  if (isStandaloneCredit(line) && !isStandaloneCredit(under) && under.length <= MAX_TOP_CAPTION && !isMetaUnit(units[at + 1])) return 2;
  return hasCaptionMarker(line) ? 1 : 0;
}

/** Longest standfirst told by the byline and stamp under it. */
const MAX_STANDFIRST = 300;
/** Shortest standfirst without a closing stop (a headline's second line runs shorter). */
const MIN_UNSTOPPED_STANDFIRST = 120;

function isMetaUnit(unit: Unit | undefined): boolean {
  return unit !== undefined && isStampLine(unit.text);
}

/** A byline or timestamp line (takeMeta's test, without recording what it reads). */
function isStampLine(text: string): boolean {
  return parseMetaLine(withoutBullet(text)) !== null || isNumericStamp(text);
}

/**
 * Where the related links and footer start: the trailing run of
 * headline-shaped lines, entered through a "Related:" heading, a gap of two
 * or more blank lines, or a list of lines with no blank lines between them.
 */
function findTail(units: Unit[], leadIndex: number): number {
  // A signature closing the text ("Dr Sam Patel" / "Director of Public Health") is no related box.
  const [name, role] = units.slice(-2);
  if (name && role && role.gapBefore === 0 && units.length - 2 > leadIndex && isSignature(name.text, role.text)) return units.length;
  let k = units.length;
  while (k - 1 > leadIndex && isTailLike(units[k - 1]!.text)) k--;
  for (let t = k; t < units.length; t++) {
    const unit = units[t]!;
    // Items introduced by "What to do now:" are the body's own list, not related links.
    if (/[:：]$/.test(units[t - 1]?.text ?? "") && !isRelatedHeading(units[t - 1]!.text)) {
      while (t + 1 < units.length && units[t + 1]!.gapBefore <= 1 && !isRelatedHeading(units[t + 1]!.text)) t++;
      continue;
    }
    const startsList = unit.gapAfter === 0 && t + 1 < units.length;
    if (isRelatedHeading(unit.text) || unit.gapBefore >= 2 || startsList || parseLinkLine(unit.text)) return t;
  }
  return units.length;
}

function isTailLike(line: string): boolean {
  return isRelatedHeading(line) || isBareUrl(line) || toRelated(line) !== null;
}

function toRelated(line: string): RelatedLink | null {
  const link = parseLinkLine(line);
  if (link) return link;
  if (isRelatedHeading(line) || isBareUrl(line) || !(isHeadlineLike(line) || isTwoStrokeHeadline(line))) return null;
  return { title: line.replace(/^[-*•]\s+/, "") };
}

/**
 * A headline in two strokes, as Polish, Russian, German and French sites write them under a related
 * heading ("Smog in Warsaw. City to replace old stoves", "Ligue 1. L'OM s'impose"): short, one stop
 * inside, none at the end.
 */
function isTwoStrokeHeadline(line: string): boolean {
  // The stop after a word, not a number's ("2. Use a timer" is a numbered subheading).
  return line.length <= TWO_STROKE_CHARS && !/[.。]["'”’»]*$/u.test(line) && (line.match(/\p{L}{2}[.!?]\s+\p{Lu}/gu)?.length ?? 0) === 1;
}

/** Longest headline in two strokes read as a related link. */
const TWO_STROKE_CHARS = 90;

/**
 * The paragraph a reader's summary should open with: the first among the
 * body's first few that reads as prose (a sentence of several words), not a
 * name, a handle, a label or a stamp the body kept at its top ("Jane
 * Roe", "@janeroe", "Key Points").
 */
function summaryParagraph(blocks: readonly Block[]): string | undefined {
  let seen = 0;
  for (const block of blocks) {
    if (block.kind !== "paragraph") continue;
    // An editor's note over the text ("UPDATE 3/14: …") is the body's, not its lead.
    if (readsAsProse(block.text) && !isEditorsNote(block.text)) return block.text;
    if (++seen === SUMMARY_REACH) break;
  }
  return undefined;
}

/** Three lower-case words in a row. */
const RUNNING_WORDS = /(?:^|\s)\p{Ll}[\p{L}'’-]*\s+\p{Ll}[\p{L}'’-]*\s+\p{Ll}/u;

/** How many paragraphs from the top a summary's paragraph is looked for. */
const SUMMARY_REACH = 4;

function readsAsProse(text: string): boolean {
  if (UNSPACED_SCRIPT.test(text)) return text.length >= 20 && endsLikeSentence(text);
  const words = text.split(/\s+/).length;
  // A long lead whose writer left off the full stop still reads as one, words running on in lower
  // case as prose does (not a row of buttons: "Share to LinkedIn LinkedIn Share to Facebook …");
  // a line closed by a bracket is no lead.
  return words >= 8 && (endsLikeSentence(text) || (words >= 15 && /[\p{L}\d]$/u.test(text) && RUNNING_WORDS.test(text)));
}

/**
 * A photo's caption. A credit standing alone just above it that the caption repeats at its end
 * ("Фото: пресс-служба", then "Участники фестиваля / Фото: пресс-служба") is the same photo's: one figure.
 */
function pushCaption(blocks: Block[], caption: string): void {
  const last = blocks[blocks.length - 1];
  if (last?.kind === "figure" && caption.length > last.caption.length && caption.endsWith(last.caption)) last.caption = caption;
  else blocks.push({ kind: "figure", caption });
}

/**
 * A credit closes the caption above it. Alone above the body it is the lead
 * photo's only caption ("Photo: Getty Images"); alone inside the body it may
 * belong to a picture the scrape lost, so it is dropped.
 */
/**
 * Whether unit `at` is a caption under its credit, as some sites print the two ("Credit Daniel Okafor / WLPR" right
 * over "A section of the bluff collapsed into the lake in October."): under a credit that names itself one, with no
 * blank between, set apart below, a caption's length and a sentence's end.
 */
function captionUnderCredit(units: readonly Unit[], at: number): boolean {
  const unit = units[at];
  const credit = units[at - 1];
  return !!unit && !!credit && unit.gapBefore === 0 && unit.gapAfter >= 1 && LABELLED_CREDIT.test(credit.text) && isStandaloneCredit(credit.text) &&
    unit.text.length <= MAX_CAPTION && endsLikeSentence(unit.text) && !isStandaloneCredit(unit.text);
}

/** A credit that names itself one: "Credit Name / Outlet", "Photo credit: Name". */
const LABELLED_CREDIT = /^(?:(?:photo|image) )?credits?\b/i;

/** A clock under the update's word: a live blog's update stamp. */
const UPDATE_CLOCK = /^(?:last )?(?:updated|posted|published)(?: at)?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i;

/** Words a line over a credit needs to be its caption rather than a name a list of people sets over each photo's credit. */
const MIN_CAPTION_WORDS = 3;

/** The credit for a story's photos, all of them: "Photographs by …", "Photography: …", "Fotos: …". */
const STORY_PHOTOS_CREDIT = /^(?:photographs|photos|photography|pictures|images|fotos|fotografie(?:n)?|photographies)\s*(?:by|von|par|de|di|por|door|av|:)\s*\p{Lu}/iu;

/** The photographers the story's credits name ("Photographs by Alasdair Munro for The Meridian" → "Alasdair Munro"), among its first lines. */
function storyPhotographers(units: readonly Unit[]): Set<string> {
  const names = new Set<string>();
  for (const unit of units.slice(0, STORY_CREDIT_REACH)) {
    const label = STORY_PHOTOS_CREDIT.exec(unit.text);
    const name = label ? LEADING_NAME.exec(unit.text.slice(label[0].length - 1))?.[0] : undefined;
    if (name && looksLikePersonName(name)) names.add(name);
  }
  return names;
}

/** Lines from the top a story's photo credit is looked for in: the header. */
const STORY_CREDIT_REACH = 30;
const LEADING_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}/u;

/** Whether the line right over unit `i` or right under it (no blank line between) is a byline or a stamp. */
function besideMetaLine(units: readonly Unit[], i: number): boolean {
  const above = units[i - 1];
  const below = units[i + 1];
  return (!!above && units[i]!.gapBefore === 0 && parseMetaLine(above.text) !== null) || (!!below && below.gapBefore === 0 && parseMetaLine(below.text) !== null);
}

function appendCredit(blocks: Block[], credit: string, aboveBody = false): void {
  const last = blocks[blocks.length - 1];
  if (last?.kind === "figure") last.caption = `${last.caption} ${credit}`;
  // With no caption before it, a labelled credit ("Photograph: Name/Agency") is the photo's only caption.
  else if (aboveBody || hasCaptionMarker(credit)) blocks.push({ kind: "figure", caption: credit });
}

function dedupeRelated(links: RelatedLink[]): RelatedLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = link.title.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
