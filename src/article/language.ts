/**
 * Per-article language: the one the source declares (front matter `lang`,
 * an HTML page's `<html lang>`) when given, else detected from
 * the article's own text. Runs in the loader only (Node and the build step);
 * the worker gets the result in the article bundle, not the detector.
 */
// eld with its extra-small database: as accurate as its larger ones on our texts, at half
// the memory of "small" (measured against tinyld and franc in bench/results.md).
import { eld } from "eld/extrasmall";
import type { Article, Block } from "../core/article";
import { decisiveStopwordLanguage, malayOrIndonesian } from "../extract/scrape/vocabulary";

/** Enough text for a stable guess by the detector; more only costs time. */
const SAMPLE_CHARS = 500;
/**
 * Stopwords decide on more text than the detector reads: counting them is
 * cheap, and more words let a language reach its margin. On the development
 * pages 2,000 characters decide 162 articles of 176 (500: 119), each time as
 * the detector does; on generated articles, all of them (500: 74 %).
 */
const STOPWORD_SAMPLE_CHARS = 2000;

/** The article's prose (title, summary, body), without markup, for detection. */
export function languageSample(article: Pick<Article, "title" | "summary" | "blocks">, maxChars = SAMPLE_CHARS): string {
  let sample = `${article.title}\n${article.summary}`;
  for (const block of article.blocks) {
    if (sample.length >= maxChars) break;
    const text = blockProse(block);
    // Only the part that fits: a long last paragraph is not copied whole to be cut.
    if (text) sample += `\n${text.slice(0, maxChars - sample.length - 1)}`;
  }
  return sample.slice(0, maxChars);
}

/** A block's prose without markup (a figure's caption is not the article's language sample). */
function blockProse(block: Block): string {
  return block.kind === "list" ? block.items.join("\n")
    : block.kind === "html" ? block.html.replace(/<[^>]*>/g, " ").replace(/&[a-z#0-9]+;/gi, " ")
    : block.kind === "figure" ? ""
    : block.text;
}

/** A language tag as front matter may give it: `fr`, `pt-BR`, `zh-Hant`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Front matter `lang` wins (a malformed one is reported and ignored); else
 * the detector's guess when it is reliable; else none, and feeds fall back
 * to SITE_LANGUAGE.
 */
export function articleLanguage(article: Pick<Article, "title" | "summary" | "blocks">, declared: string | undefined, warn: (message: string) => void): string | undefined {
  if (declared) {
    if (LANGUAGE_TAG.test(declared)) return declared;
    warn(`front matter \`lang\` is not a language tag such as fr or pt-BR: ${JSON.stringify(declared)}; detecting the language instead`);
  }
  const sample = languageSample(article, STOPWORD_SAMPLE_CHARS);
  // Most prose names its language by its stopwords alone, at a tenth of the detector's cost.
  const byStopwords = decisiveStopwordLanguage(sample);
  if (byStopwords) return byStopwords === "ms" ? malayOrIndonesian(sample) : byStopwords;
  // A few words, names mostly ("Real Madrid beat Napoli"), mislead the detector: the site's language is the better guess.
  const detected = hasWords(article, MIN_DETECTED_WORDS) ? detectLanguage(sample.slice(0, SAMPLE_CHARS)) : undefined;
  // The detector says Malay for Indonesian too: the two spell their commonest words apart.
  return detected === "ms" ? malayOrIndonesian(sample) : detected;
}

/**
 * Below this many words of title and body the detector is not asked. On
 * windows of the development pages' prose it is wrong 1 time in 60 at 8
 * words, 1 in 100 at 12, 1 in 250 at 16; a short item is mostly names,
 * where it does worse.
 */
const MIN_DETECTED_WORDS = 12;

/** Whether the title and body hold at least `count` words (counted only that far). */
function hasWords(article: Pick<Article, "title" | "blocks">, count: number): boolean {
  let words = 0;
  const add = (text: string) => {
    for (const _ of text.matchAll(WORD_START)) if (++words >= count) return true;
    return false;
  };
  if (add(article.title)) return true;
  for (const block of article.blocks) if (add(blockProse(block))) return true;
  return false;
}

/** Where a word begins: a letter after a non-letter (or each CJK character, which writes words without spaces). */
const WORD_START = /(?<!\p{L})\p{L}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** ISO 639-1 code of the text's language, or undefined when the detector is unsure. */
export function detectLanguage(text: string): string | undefined {
  const result = eld.detect(text);
  return result.language && result.isReliable() ? result.language : undefined;
}
