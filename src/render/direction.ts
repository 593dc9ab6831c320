/**
 * Writing direction of a language tag: right-to-left for the languages
 * written in Arabic, Hebrew, Thaana or Syriac script (by their primary
 * subtag, or an explicit script subtag). Browsers and readers do not infer
 * it from `lang`: a page or an item's content says `dir="rtl"` itself.
 */
const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"]);
const RTL_SCRIPTS = new Set(["arab", "hebr", "thaa", "syrc", "nkoo", "adlm"]);
const LTR_SCRIPTS = new Set(["latn", "cyrl"]);

export function textDirection(language: string | undefined): "rtl" | undefined {
  if (!language) return undefined;
  const [primary = "", ...rest] = language.toLowerCase().split(/[-_]/);
  // An explicit script decides: "az-Arab" is right-to-left, "ku-Latn" left-to-right.
  const script = rest.find((part) => part.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? "rtl" : LTR_SCRIPTS.has(script) ? undefined : RTL_LANGUAGES.has(primary) ? "rtl" : undefined;
  return RTL_LANGUAGES.has(primary) ? "rtl" : undefined;
}

/** ` dir="rtl"` for a right-to-left language, else nothing: for an element's attributes. */
export function dirAttribute(language: string | undefined): string {
  return textDirection(language) ? ' dir="rtl"' : "";
}
