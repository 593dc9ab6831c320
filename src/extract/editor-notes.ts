/**
 * An editor's note set at the top or foot of an article: "Update, 4 May: …",
 * "UPDATE 3/14: …", "Editor's note: …", "Correction: …". It belongs to the
 * body, but it is not the article's lead: a reader's summary skips it, and it
 * is never a headline.
 */
export function isEditorsNote(text: string): boolean {
  return text.length >= 8 && EDITORS_NOTE.test(text);
}

// The label, a date or a few words after it at most, then a colon (or a dash): in the languages news is written in.
const EDITORS_NOTE =
  /^[*_[(]*\s*(?:update[ds]?|correction|clarification|editor'?s'? note|ed\. note|note from the editor|mise à jour|rectificatif|note de la rédaction|aktualisierung|update der redaktion|korrektur|anmerkung der redaktion|actualización|corrección|nota del editor|nota de la redacción|aggiornamento|correzione|nota della redazione|atualização|correção|nota da redação|nota do editor|обновлено|поправка|от редакции)\b[^:：\n]{0,40}[:：]/iu;
