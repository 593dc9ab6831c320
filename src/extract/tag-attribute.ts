/**
 * An attribute's value in a tag's text (`<img src="a.jpg" alt='A view' width=300>`, `<Video id={"x1"} />`):
 * quoted either way, bare, or a JSX string in braces; entities left as written. A regex, not a DOM: these
 * tags sit in Markdown and in raw HTML snippets read line by line, one attribute wanted from each.
 */
export function tagAttribute(tag: string, name: string): string | undefined {
  let pattern = PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["']([^"']*)["']\\s*\\}|([^\\s"'>{}]+))`, "i");
    PATTERNS.set(name, pattern);
  }
  const found = pattern.exec(tag);
  return found ? (found[1] ?? found[2] ?? found[3] ?? found[4]) : undefined;
}

const PATTERNS = new Map<string, RegExp>();
