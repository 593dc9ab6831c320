/**
 * Task lists as GitHub and Obsidian write them (`- [x] Digital photo`, `- [ ] Debit card`): each
 * item's box as the character that shows it, ☑ or ☐. Written here because the plugins for this
 * (markdown-it-task-lists) render an `<input type="checkbox">`, which the sanitiser and feed
 * readers drop with its state.
 */
import type { MarkdownIt, StateCore } from "markdown-it";

export function useTaskLists(markdown: MarkdownIt): void {
  markdown.core.ruler.after("inline", "task_list_box", taskListBoxes);
}

/** The box opening a list item's text: `[ ]`, `[x]` or `[X]`, then a space. */
const BOX = /^\[([ xX])\][ \t]+/;

function taskListBoxes(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.type !== "list_item_open" || tokens[i + 1]!.type !== "paragraph_open" || tokens[i + 2]!.type !== "inline") continue;
    const first = tokens[i + 2]!.children?.[0];
    const box = first?.type === "text" ? BOX.exec(first.content) : null;
    if (!first || !box) continue;
    first.content = `${box[1] === " " ? "☐" : "☑"} ${first.content.slice(box[0].length)}`;
  }
}
