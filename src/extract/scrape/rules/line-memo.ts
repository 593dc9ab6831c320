/**
 * A line rule's answers kept by the line's text, for the lines a site prints
 * on every page (menus, share rows, footers, bylines, section labels): a site
 * of ten thousand articles asks the same few hundred lines ten thousand times,
 * and the furniture test alone costs several microseconds a line. Only short
 * lines are kept (prose does not repeat), at most `limit` of them (the store
 * starts over when full), each as a copy of its own: a line cut from a page
 * would keep the whole page's text alive.
 */
export function memoizedByLine<T>(rule: (line: string) => T, maxLength: number, limit = 8192): (line: string) => T {
  const answers = new Map<string, T>();
  stores.push(answers);
  return (line) => {
    if (line.length > maxLength) return rule(line);
    const known = answers.get(line);
    if (known !== undefined) return known;
    const answer = rule(line);
    if (answers.size >= limit) answers.clear();
    answers.set(ownCopy(line), answer);
    return answer;
  };
}

/** The line's characters in a string of their own (V8 flattens the joined string into a new one; the slice points into it). */
function ownCopy(line: string): string {
  return ` ${line}`.slice(1);
}

/** Every store of answers kept by line, for forgetRememberedLines. */
const stores: Map<string, unknown>[] = [];

/** A store of answers kept by line that a rule keeps itself (parseMetaLine's), known to forgetRememberedLines. */
export function rememberedLines<T>(store: Map<string, T>): Map<string, T> {
  stores.push(store);
  return store;
}

/**
 * Empties every store of answers kept by line. For benchmarks that parse the same pages again: a
 * second pass would find every line's answer kept and time what no first parse of a page does.
 */
export function forgetRememberedLines(): void {
  for (const store of stores) store.clear();
}
