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
