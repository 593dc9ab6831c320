import type { LoadResult } from "../core/article";

/** The start-up report: how many articles loaded (and how long it took, when timed), each rejected file with its reason, the drafts left out, the articles scheduled, each warning. */
export function formatLoadReport(result: LoadResult, folder: string, seconds?: number): string[] {
  const took = seconds === undefined ? "" : ` in ${seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1)} s`;
  const lines = [`Loaded ${result.articles.length} article${result.articles.length === 1 ? "" : "s"} from ${folder}${took}`];
  if (result.rejections.length) {
    lines.push(`Rejected ${result.rejections.length} file${result.rejections.length === 1 ? "" : "s"}:`);
    for (const r of result.rejections) lines.push(`  ✗ ${r.name}: ${r.reason}`);
  }
  if (result.drafts?.length) lines.push(`Left out ${draftCount(result.drafts.length)}: ${result.drafts.map((d) => d.name).join(", ")}`);
  for (const s of result.scheduled ?? []) lines.push(`  ⏲ ${s.name}: ${scheduledNote(s.at)}`);
  for (const w of result.warnings) lines.push(`  ! ${w.name}: ${w.message}`);
  return lines;
}

export function draftCount(count: number): string {
  return `${count} draft${count === 1 ? "" : "s"}`;
}

/** What a scheduled article's line says. */
export function scheduledNote(at: Date): string {
  return `dated ${at.toISOString()}, in the future: left out of every feed and page until then`;
}
