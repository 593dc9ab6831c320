/** `new URL()` that returns null instead of throwing (URL.canParse is missing from older runtimes' types). */
export function tryUrl(input: string, base?: string): URL | null {
  try {
    return new URL(input, base);
  } catch {
    return null;
  }
}
