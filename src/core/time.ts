/**
 * HTTP dates (Last-Modified, If-Modified-Since) carry whole seconds, so every
 * time the site sends or compares is cut to one, in one place: a file's
 * modification time, a folder's, a validator's.
 */
export function wholeSecondsMs(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** The date at the start of its second. */
export function wholeSecondDate(ms: number): Date {
  return new Date(wholeSecondsMs(ms));
}
