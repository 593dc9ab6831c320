/**
 * What a newsletter platform's export leaves in the post's Markdown (Substack's, Ghost's, Buttondown's): its buttons,
 * each a link alone in its paragraph (`[Subscribe now](…/subscribe?)`, `[Leave a comment](…/comments)`, `[Share](…)`),
 * and its promo line (`Thanks for reading …! Subscribe for free to receive new posts and support my work.`). Neither is
 * the writer's text. A link of the writer's own with such words stays: a button links to the platform's action.
 */
import type { Token } from "markdown-it";
import { squash } from "../../core/text";
import { BUTTON_LABEL, isNewsletterPlatformPromo } from "../scrape/rules/furniture";
import { inlineText } from "./inline-text";

/** Takes the platform's buttons and promo paragraphs out of the tokens. */
export function withoutPlatformButtons(tokens: Token[]): void {
  for (let k = tokens.length - 3; k >= 0; k--) {
    if (tokens[k]!.type !== "paragraph_open" || tokens[k + 1]?.type !== "inline" || tokens[k + 2]?.type !== "paragraph_close") continue;
    const inline = tokens[k + 1]!;
    const text = squash(inlineText(inline) ?? "");
    if (isNewsletterPlatformPromo(text) || (BUTTON_LABEL.test(text) && isActionLink(inline))) tokens.splice(k, 3);
  }
}

/** The paragraph is one link to a platform's action: subscribing, commenting, sharing, gifting. */
function isActionLink(inline: Token): boolean {
  const children = (inline.children ?? []).filter((c) => !(c.type === "text" && !c.content.trim()));
  const open = children[0];
  if (open?.type !== "link_open" || children[children.length - 1]?.type !== "link_close" || children.filter((c) => c.type === "link_open").length !== 1) return false;
  return ACTION_URL.test(String(open.attrGet("href") ?? ""));
}

const ACTION_URL = /\/(?:subscribe|comments?|share|gift|signup|sign-up)\b|[?&](?:action|utm_content)=share\b|[?&]action=/i;
