/**
 * Loaded articles + the publication ledger → the articles as readers know
 * them (permanent ids, stable dates), redirects for renamed files, `410 Gone`
 * for removed ones, and the updated ledger. Pure: the Node edge reads and
 * writes the ledger file, the build step carries the outcome to the worker.
 *
 * Which ledger entry a file is: the id its front matter names (`id:`), else
 * the entry of its file name, else an entry with the same text digest whose
 * file is gone (a rename), else a new entry under its own slug.
 */
import type { Article, LoadResult, LoadWarning } from "../core/article";
import { slugOfName } from "../core/url";
import { newestFirst } from "./article-set";
import type { Ledger, LedgerEntry } from "./ledger";

/** The digest of a ledger row that stands only for an address (no text of its own): no article's digest is ever this. */
const NO_TEXT = "none";

export type LedgerEvent =
  | { kind: "new"; id: string; file: string }
  | { kind: "renamed"; id: string; from: string; to: string }
  | { kind: "removed"; id: string; file: string }
  | { kind: "restored"; id: string; file: string };

interface Reconciled {
  result: LoadResult;
  ledger: Ledger;
  events: LedgerEvent[];
}

/** Old slug → current slug (301), and slugs of removed articles (410). */
interface LedgerRoutes {
  moved: Record<string, string>;
  gone: string[];
}

export function reconcileLedger(previous: Ledger, result: LoadResult): Reconciled {
  const ledger: Ledger = new Map();
  for (const [id, e] of previous) ledger.set(id, { id: e.id, file: e.file, firstPublished: e.firstPublished, updated: e.updated, digest: e.digest, former: [...e.former] });
  const events: LedgerEvent[] = [];
  const warnings: LoadWarning[] = [];
  // The store's order (newest first, ties by slug) is already the same on every run: no need to sort again.
  const articles = result.articles;
  // Files that exist, loaded or not: a file rejected for now, a draft or one scheduled is not removed (it keeps its id and first date).
  const present = new Set([
    ...articles.map((a) => a.sourceName), ...result.rejections.map((r) => r.name), ...(result.drafts ?? []).map((d) => d.name), ...(result.scheduled ?? []).map((s) => s.name),
  ]);
  const byFile = new Map<string, LedgerEntry>();
  for (const entry of ledger.values()) if (entry.file) byFile.set(entry.file, entry);
  const claimed = new Map<Article, LedgerEntry>();
  const taken = new Set<string>();
  const claim = (article: Article, entry: LedgerEntry) => {
    claimed.set(article, entry);
    taken.add(entry.id);
  };

  // 1. The id its front matter names; 2. its own file's entry.
  for (const article of articles) {
    const named = article.claimedId ? ledger.get(article.claimedId) : undefined;
    if (named && !taken.has(named.id) && !(named.file && named.file !== article.sourceName && present.has(named.file))) {
      claim(article, named);
      continue;
    }
    if (article.claimedId && named) warnings.push({ name: article.sourceName, message: `front matter \`id: ${article.claimedId}\` belongs to ${named.file ?? "another article"}; ignored` });
    const own = byFile.get(article.sourceName);
    if (own && !taken.has(own.id)) claim(article, own);
  }
  // 3. A rename: same text, and its entry's file is gone.
  const orphans = new Map<string, LedgerEntry[]>();
  for (const entry of ledger.values()) {
    if (taken.has(entry.id) || (entry.file && present.has(entry.file))) continue;
    orphans.set(entry.digest, [...(orphans.get(entry.digest) ?? []), entry]);
  }
  for (const article of articles) {
    if (claimed.has(article) || !article.digest) continue;
    const candidates = (orphans.get(article.digest) ?? []).filter((e) => !taken.has(e.id));
    // Prefer one that was live until now over one removed long ago.
    const match = candidates.find((e) => e.file) ?? candidates[0];
    if (match) claim(article, match);
  }
  // 4. New articles: their slug (or the id their front matter asks for) unless a live entry holds it.
  const liveIds = new Set([...ledger.values()].filter((e) => taken.has(e.id) || (e.file && present.has(e.file))).map((e) => e.id));
  for (const article of articles) {
    if (claimed.has(article)) continue;
    const wanted = article.claimedId && !ledger.has(article.claimedId) ? article.claimedId : article.slug;
    let id = wanted;
    for (let n = 2; liveIds.has(id) || taken.has(id); n++) id = `${wanted}-${n}`;
    const entry: LedgerEntry = { id, file: article.sourceName, firstPublished: undefined, updated: undefined, digest: article.digest ?? "", former: [] };
    // A removed article's id taken by a new one: its earlier addresses stay gone, each on its own
    // (with no text's digest, so no returning text claims them), rather than vanish with its entry.
    const replaced = ledger.get(id);
    if (replaced && !replaced.file) {
      // Readers know an item by its id: the new text may pass for the old item, updated, rather than a new one.
      warnings.push({ name: article.sourceName, message: `takes the id "${id}" of an article removed earlier, with other text: feed readers that saw that one may take this one for it, not show it as new; give the file another name if it is a new story` });
      for (const former of replaced.former) {
        if (!ledger.has(former)) ledger.set(former, { id: former, file: undefined, firstPublished: replaced.firstPublished, updated: replaced.updated, digest: NO_TEXT, former: [] });
      }
    }
    ledger.set(id, entry);
    liveIds.add(id);
    claim(article, entry);
    events.push({ kind: "new", id, file: article.sourceName });
  }

  // Claimed entries now point at their file; the rest whose file is gone are removed.
  const out: Article[] = [];
  const liveSlugs = new Set(articles.map((a) => a.slug));
  for (const article of result.articles) {
    const entry = claimed.get(article)!;
    if (entry.file !== article.sourceName) {
      if (entry.file) events.push({ kind: "renamed", id: entry.id, from: entry.file, to: article.sourceName });
      else if (!events.some((e) => e.id === entry.id)) events.push({ kind: "restored", id: entry.id, file: article.sourceName });
      const oldSlug = entry.file ? slugOfName(entry.file) : undefined;
      if (oldSlug && oldSlug !== entry.id && !entry.former.includes(oldSlug)) entry.former.push(oldSlug);
      entry.file = article.sourceName;
    }
    const dates = ledgerDates(article, entry, warnings);
    entry.digest = article.digest ?? entry.digest;
    out.push(derive(article, entry.id, dates));
  }
  const claimedFiles = new Set(articles.map((a) => a.sourceName));
  for (const entry of [...ledger.values()]) {
    // A file that now names another id in its front matter: its own entry is replaced by that one.
    if (entry.file && !taken.has(entry.id) && claimedFiles.has(entry.file)) {
      ledger.delete(entry.id);
      continue;
    }
    if (!entry.file || taken.has(entry.id) || present.has(entry.file)) continue;
    events.push({ kind: "removed", id: entry.id, file: entry.file });
    const slug = slugOfName(entry.file);
    if (slug && slug !== entry.id && !entry.former.includes(slug)) entry.former.push(slug);
    entry.file = undefined;
  }

  const inLoadedOrder = { input: articles, ids: articles.map((a) => claimed.get(a)!.id), outs: [...out] };
  // Ledger dates can change the order.
  if (out.some((a) => a.dateSource === "ledger")) out.sort(newestFirst);
  const routes = ledgerRoutes(ledger, out, liveSlugs);
  const reconciled: LoadResult = {
    ...result,
    articles: out,
    warnings: mergeWarnings(result.warnings, warnings),
    moved: routes.moved,
    gone: routes.gone,
  };
  lastReconcile.set(reconciled, inLoadedOrder);
  return { ledger, events, result: reconciled };
}

/**
 * What a reconcile gave each loaded article, in the order loaded: the id of
 * its entry and the article it became. The next edit reuses them for every
 * article it did not touch (the same object at the same place), rather than
 * look each of thousands up by its file name again.
 */
interface InLoadedOrder {
  input: readonly Article[];
  ids: readonly string[];
  outs: readonly Article[];
}

const lastReconcile = new WeakMap<LoadResult, InLoadedOrder>();

/**
 * The common reload, an edit to files already known: no file came or went
 * and no front matter names another id, so every article keeps the entry of
 * its file and only the edited ones can change (digest, dates). Gives what
 * `reconcileLedger` would, without its whole-folder matching; undefined when
 * that shortcut does not apply.
 */
export function reconcileEdits(previous: Ledger, before: { input: LoadResult; output: LoadResult }, result: LoadResult): Reconciled | undefined {
  // Files present but not served (rejected, drafts, scheduled): one that comes or goes may move a ledger entry.
  const heldBack = (r: LoadResult) =>
    [...r.rejections.map((x) => x.name), ...(r.drafts ?? []).map((d) => `draft ${d.name}`), ...(r.scheduled ?? []).map((x) => `scheduled ${x.name}`)].sort().join("\n");
  if (result.articles.length !== before.input.articles.length || heldBack(result) !== heldBack(before.input)) return undefined;
  const last = lastReconcile.get(before.output);
  // Built only when an article is not where the last reconcile left it (a new date moved it).
  let prior: Map<string, Article> | undefined;
  let idByFile: ReadonlyMap<string, string> | undefined;
  const ledger: Ledger = new Map(previous);
  const warnings: LoadWarning[] = [];
  const out: Article[] = [];
  const ids: string[] = [];
  const articles = result.articles;
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    const lastInput = last?.input[i];
    // Untouched (the same loaded object, where it was) and dated by its own text: its entry holds no
    // dates (the last reconcile cleared them) and the same digest, so it is what it became last time.
    if (lastInput === article && article.dateSource !== "file-mtime") {
      ids.push(last!.ids[i]!);
      out.push(last!.outs[i]!);
      continue;
    }
    let old: Article | undefined;
    let id: string | undefined;
    if (lastInput?.sourceName === article.sourceName) {
      old = lastInput;
      id = last!.ids[i];
    } else {
      if (!prior) {
        prior = new Map();
        for (const known of before.input.articles) prior.set(known.sourceName, known);
        idByFile = fileIds(previous);
      }
      old = prior.get(article.sourceName);
      id = idByFile!.get(article.sourceName);
    }
    if (!old || article.claimedId !== old.claimedId) return undefined;
    if (!id) return undefined;
    ids.push(id);
    let entry = ledger.get(id)!;
    if (article !== old || entry.firstPublished !== undefined || entry.updated !== undefined) {
      // Copy before changing: `previous` stays as it was.
      entry = { ...entry, former: [...entry.former] };
      ledger.set(id, entry);
    }
    const dates = ledgerDates(article, entry, warnings);
    if (article !== old) entry.digest = article.digest ?? entry.digest;
    out.push(derive(article, id, dates));
  }
  const inLoadedOrder = { input: articles, ids, outs: [...out] };
  if (out.some((a) => a.dateSource === "ledger")) out.sort(newestFirst);
  const reconciled: LoadResult = {
    ...result,
    articles: out,
    warnings: mergeWarnings(result.warnings, warnings),
    moved: before.output.moved ?? {},
    gone: before.output.gone ?? [],
  };
  lastReconcile.set(reconciled, inLoadedOrder);
  return { ledger, events: [], result: reconciled };
}

function fileIds(ledger: Ledger): Map<string, string> {
  const ids = new Map<string, string>();
  for (const entry of ledger.values()) if (entry.file) ids.set(entry.file, entry.id);
  return ids;
}

function ledgerRoutes(ledger: Ledger, articles: Article[], liveSlugs: Set<string>): LedgerRoutes {
  const slugById = new Map(articles.map((a) => [a.permanentId ?? a.slug, a.slug]));
  const movedPairs: [string, string][] = [];
  const gone: string[] = [];
  const entries = [...ledger.values()];
  for (const entry of entries) {
    const current = slugById.get(entry.id);
    if (!current) continue;
    if (entry.id !== current && !liveSlugs.has(entry.id)) movedPairs.push([entry.id, current]);
    for (const path of entry.former) if (path !== current && !liveSlugs.has(path)) movedPairs.push([path, current]);
  }
  // Sorted, so the bundle is the same whichever process made it.
  const moved: Record<string, string> = Object.fromEntries(movedPairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const goneSet = new Set<string>();
  for (const entry of entries) {
    if (entry.file) continue;
    for (const path of [entry.id, ...entry.former]) if (!liveSlugs.has(path) && !Object.hasOwn(moved, path)) goneSet.add(path);
  }
  gone.push(...[...goneSet].sort());
  return { moved, gone };
}

/**
 * A file without a date keeps the date it was first seen with, and moves its
 * `updated` only when its text changes: a fresh clone (new modification
 * times) re-dates nothing.
 */
function ledgerDates(article: Article, entry: LedgerEntry, warnings: LoadWarning[]): { published: Date; updated: Date } | undefined {
  if (article.dateSource !== "file-mtime") {
    if (entry.firstPublished !== undefined) entry.firstPublished = undefined;
    if (entry.updated !== undefined) entry.updated = undefined;
    return undefined;
  }
  const seen = article.published.toISOString();
  entry.firstPublished ??= seen;
  // Edited since the ledger last saw it: the edit is its update.
  if (entry.digest && article.digest && entry.digest !== article.digest && seen > entry.firstPublished) entry.updated = seen;
  const published = new Date(entry.firstPublished);
  const updated = entry.updated && entry.updated > entry.firstPublished ? new Date(entry.updated) : published;
  warnings.push({ name: article.sourceName, message: `no date in the file; first published ${entry.firstPublished} (from the publication ledger)` });
  return { published, updated };
}

// Derived articles are memoised per loaded article, so an unchanged article keeps
// one object across reloads (the renderers cache by object).
const derived = new WeakMap<Article, { key: string; article: Article }>();

function derive(article: Article, id: string, dates: { published: Date; updated: Date } | undefined): Article {
  const permanentId = id === article.slug ? undefined : id;
  if (!permanentId && !dates) return article;
  const key = `${permanentId ?? ""}|${dates?.published.toISOString() ?? ""}|${dates?.updated.toISOString() ?? ""}`;
  const known = derived.get(article);
  if (known?.key === key) return known.article;
  const out: Article = { ...article, ...(permanentId ? { permanentId } : {}), ...(dates ? { ...dates, dateSource: "ledger" as const } : {}) };
  derived.set(article, { key, article: out });
  return out;
}

/** The loader warns that it used the file's modification time; the ledger's date replaces that warning. */
function mergeWarnings(loaded: LoadWarning[], ledger: LoadWarning[]): LoadWarning[] {
  const redated = new Set(ledger.filter((w) => w.message.startsWith("no date in the file;")).map((w) => w.name));
  return [...loaded.filter((w) => !(redated.has(w.name) && w.message.startsWith("no date in the file;"))), ...ledger];
}
