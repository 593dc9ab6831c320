// markdown-it-footnote ships no types; this is the one export used.
declare module "markdown-it-footnote" {
  import type { MarkdownIt } from "markdown-it";
  export default function footnote(markdown: MarkdownIt): void;
}
