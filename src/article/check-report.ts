/** The article checker's report (`npm run check`): what the loader found in each file. */
import type { Article, LoadResult } from "../core/article";
import { ARTICLE_PREFIX } from "../core/url";
import { draftCount, scheduledNote } from "./report";
import type { LedgerEvent } from "./ledger-reconcile";

const DATE_SOURCES: Record<Article["dateSource"], string> = {
  "front-matter": "front matter",
  text: "the text",
  "file-name": "the file name (Jekyll's 2024-03-12-title.md)",
  "file-mtime": "file modification time (no date in the file)",
  ledger: "the publication ledger (no date in the file; first seen then)",
};

export function formatCheck(result: LoadResult, folder: string): string[] {
  const lines: string[] = [];
  const warningsByFile = new Map<string, string[]>();
  for (const w of result.warnings) warningsByFile.set(w.name, [...(warningsByFile.get(w.name) ?? []), w.message]);
  const articles = [...result.articles].sort((a, b) => (a.sourceName < b.sourceName ? -1 : 1));
  for (const a of articles) {
    lines.push(`✓ ${a.sourceName}  →  ${ARTICLE_PREFIX}${a.slug}`);
    lines.push(`    title:     ${a.title}`);
    lines.push(`    published: ${a.published.toISOString()}  (from ${DATE_SOURCES[a.dateSource]})`);
    if (a.updated.getTime() !== a.published.getTime()) lines.push(`    updated:   ${a.updated.toISOString()}`);
    lines.push(`    author:    ${a.author ?? "(site default)"}`);
    if (a.tags.length) lines.push(`    tags:      ${a.tags.join(", ")}`);
    lines.push(`    summary:   ${a.summary.length > 100 ? `${a.summary.slice(0, 99)}…` : a.summary || "(none)"}`);
    lines.push(`    captions:  ${a.captions.length}${a.captions.map((c) => `\n      - ${c}`).join("")}`);
    lines.push(`    related:   ${a.related.length}${a.related.map((r) => `\n      - ${r.title}${r.url ? `  <${r.url}>` : "  (no URL)"}`).join("")}`);
    for (const w of warningsByFile.get(a.sourceName) ?? []) lines.push(`    ! ${w}`);
  }
  for (const r of result.rejections) lines.push(`✗ ${r.name}: ${r.reason}`);
  for (const d of result.drafts ?? []) lines.push(`– ${d.name}: draft, left out of every feed and page (${d.reason})`);
  for (const x of result.scheduled ?? []) lines.push(`⏲ ${x.name}: ${scheduledNote(x.at)}`);
  for (const w of result.warnings) if (!articles.some((a) => a.sourceName === w.name)) lines.push(`! ${w.name}: ${w.message}`);
  lines.push("");
  lines.push(`${folder}: ${result.articles.length} article${result.articles.length === 1 ? "" : "s"} ok, ${result.rejections.length} rejected, ${result.drafts?.length ? `${draftCount(result.drafts.length)} left out, ` : ""}${result.scheduled?.length ? `${result.scheduled.length} scheduled, ` : ""}${result.warnings.length} warning${result.warnings.length === 1 ? "" : "s"}`);
  return lines;
}

/**
 * What the publication ledger would record: renamed files that keep their id,
 * and ids that would change (a file the ledger cannot match, while another
 * leaves) or go (410).
 */
export function formatLedgerCheck(events: LedgerEvent[], ledgerExisted: boolean): string[] {
  const lines: string[] = [];
  const removed = events.filter((e) => e.kind === "removed");
  for (const e of events) {
    if (e.kind === "renamed") lines.push(`✓ ${e.to}: renamed from ${e.from}; keeps its id "${e.id}" and date, and ${ARTICLE_PREFIX}${e.id} redirects to it`);
    if (e.kind === "restored") lines.push(`✓ ${e.file}: back under its old id "${e.id}"`);
  }
  if (ledgerExisted) {
    for (const e of events) {
      if (e.kind !== "new") continue;
      const hint = removed.length
        ? `; if it is ${removed.map((r) => r.file).join(" or ")} renamed and edited, its id would change from ${removed.map((r) => `"${r.id}"`).join(" or ")}: name the old id in front matter (id: …) or rename it without editing`
        : "";
      lines.push(`! ${e.file}: new to the publication ledger, published with id "${e.id}"${hint}`);
    }
    for (const e of removed) lines.push(`! ${e.file} (id "${e.id}") is gone: it leaves every feed and its address answers 410 Gone`);
  }
  return lines;
}
