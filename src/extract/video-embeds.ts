/**
 * Video players embedded in an article: feeds carry no players, so a player
 * becomes a link to its video, named by what names it (its caption, or the
 * title a CMS writes on the frame). The HTML loader and Markdown share this.
 */
import { decodeHTMLAttribute } from "entities/decode";
import { escapeHtml, squash } from "../core/text";
import { tagAttribute } from "./tag-attribute";

/** The video players whose frames Readability keeps, and that a link may point at. */
export const VIDEO_HOST = /^https?:\/\/(?:www\.)?(?:(?:dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(?:archive|upload\.wikimedia)\.org|player\.twitch\.tv)\//i;

/**
 * A player's own title, when it names the video: an embed written by a CMS
 * carries the video's title (`<iframe title="Divers map the wreck">`);
 * a player's generic label ("YouTube video player") names nothing.
 */
export function playerTitleName(title: string | null | undefined): string {
  const text = squash(title ?? "");
  if (text.split(" ").length < 2 || GENERIC_PLAYER_TITLE.test(text)) return "";
  return text;
}

const GENERIC_PLAYER_TITLE = /^(?:(?:youtube|vimeo|dailymotion|twitch|embedded|embed|video)\s*)+(?:video\s*)?(?:player|content|embed|frame)?$|\b(?:video|media) player\b/i;

/** A known player's frame in raw HTML, with its attributes. */
const IFRAME = /<iframe\b([^>]*)>(?:[\s\S]*?<\/iframe\s*>)?/gi;

/** An attribute's value, its entities decoded. */
function attribute(attributes: string, name: string): string | undefined {
  const value = tagAttribute(attributes, name);
  return value === undefined ? undefined : decodeHTMLAttribute(value);
}

/**
 * Raw HTML with each titled frame of a known video player written as a link
 * to the video, named by its title (`<iframe src="https://www.youtube.com/embed/x"
 * title="A tour of the dome">` → a link "A tour of the dome"); other frames are
 * left for the sanitiser, which drops them.
 */
export function playersAsLinks(html: string): string {
  if (!html.includes("<iframe")) return html;
  return html.replace(IFRAME, (whole, attributes: string) => {
    const src = attribute(attributes, "src") ?? attribute(attributes, "data-src");
    const name = playerTitleName(attribute(attributes, "title"));
    if (!src || !name || !VIDEO_HOST.test(src.startsWith("//") ? `https:${src}` : src)) return whole;
    const href = src.startsWith("//") ? `https:${src}` : src;
    return `<p><a href="${escapeHtml(href)}">${escapeHtml(name)}</a></p>`;
  });
}
