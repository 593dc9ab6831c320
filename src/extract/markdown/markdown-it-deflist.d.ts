// markdown-it-deflist ships no types; this is the one export used.
declare module "markdown-it-deflist" {
  import type { MarkdownIt } from "markdown-it";
  export default function deflist(markdown: MarkdownIt): void;
}
