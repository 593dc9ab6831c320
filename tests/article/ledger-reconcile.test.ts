/**
 * reconcileLedger called directly on made-up articles and ledgers (the app,
 * the ledger file and the disk are covered in tests/features/ledger.test.ts).
 */
import { describe, expect, it } from "vitest";
import type { Article, DateSource, LoadResult } from "../../src/core/article";
import { formatLedger, parseLedger, type Ledger, type LedgerEntry } from "../../src/article/ledger";
import { reconcileEdits, reconcileLedger } from "../../src/article/ledger-reconcile";

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 10);

function article(file: string, options: { digest?: string; claimedId?: string; at?: number; dateSource?: DateSource } = {}): Article {
  const when = new Date(options.at ?? T0);
  return {
    slug: file.replace(/\.[^.]+$/, ""),
    sourceName: file,
    format: "markdown",
    title: `About ${file}`,
    summary: "",
    blocks: [{ kind: "paragraph", text: "Body." }],
    captions: [],
    related: [],
    published: when,
    updated: when,
    dateSource: options.dateSource ?? "front-matter",
    tags: [],
    fileModified: when,
    digest: options.digest ?? `digest-of-${file}`,
    ...(options.claimedId ? { claimedId: options.claimedId } : {}),
  };
}

function entry(id: string, file: string | undefined, digest = `digest-of-${file ?? id}`, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return { id, file, firstPublished: undefined, updated: undefined, digest, former: [], ...extra };
}

const ledgerOf = (...entries: LedgerEntry[]): Ledger => new Map(entries.map((e) => [e.id, e]));
const loaded = (articles: Article[], rejected: string[] = []): LoadResult => ({
  articles,
  rejections: rejected.map((name) => ({ name, reason: "broken" })),
  warnings: [],
});

describe("reconcileLedger: new articles", () => {
  it("enters each new file under its own slug and says so", () => {
    const { ledger, events, result } = reconcileLedger(new Map(), loaded([article("a.md"), article("b.md")]));
    expect([...ledger.keys()].sort()).toEqual(["a", "b"]);
    expect(ledger.get("a")).toEqual(entry("a", "a.md"));
    expect(events).toEqual([{ kind: "new", id: "a", file: "a.md" }, { kind: "new", id: "b", file: "b.md" }]);
    expect(result.articles.every((a) => a.permanentId === undefined)).toBe(true);
    expect(result).toMatchObject({ moved: {}, gone: [] });
  });

  it("gives a new file a numbered id when a live entry of another file already holds its slug", () => {
    // "story" belongs to old.md (renamed there earlier via front matter); a new story.md must not take it.
    const previous = ledgerOf(entry("story", "old.md"));
    const { ledger, events, result } = reconcileLedger(previous, loaded([article("old.md"), article("story.md")]));
    expect(ledger.get("story")!.file).toBe("old.md");
    expect(ledger.get("story-2")!.file).toBe("story.md");
    expect(events).toEqual([{ kind: "new", id: "story-2", file: "story.md" }]);
    expect(result.articles.find((a) => a.sourceName === "story.md")!.permanentId).toBe("story-2");
  });

  it("leaves the ledger it was given as it was", () => {
    const previous = ledgerOf(entry("a", "a.md"));
    const snapshot = structuredClone(previous);
    reconcileLedger(previous, loaded([article("renamed.md", { digest: "digest-of-a.md" })]));
    expect(previous).toEqual(snapshot);
  });
});

describe("reconcileLedger: renames", () => {
  it("finds a renamed file by its digest: same id, former slug recorded, old address moved", () => {
    const previous = ledgerOf(entry("first", "first.md", "d1"));
    const { ledger, events, result } = reconcileLedger(previous, loaded([article("second.md", { digest: "d1" })]));
    expect(ledger.get("first")).toEqual(entry("first", "second.md", "d1"));
    expect(events).toEqual([{ kind: "renamed", id: "first", from: "first.md", to: "second.md" }]);
    expect(result.articles[0]).toMatchObject({ slug: "second", permanentId: "first" });
    expect(result.moved).toEqual({ first: "second" });
    expect(result.gone).toEqual([]);
  });

  it("records the former slug when the id differs from the old file's slug, and redirects both", () => {
    const previous = ledgerOf(entry("orig", "middle.md", "d1", { former: ["orig-older"] }));
    const { ledger, result } = reconcileLedger(previous, loaded([article("last.md", { digest: "d1" })]));
    expect(ledger.get("orig")!.former).toEqual(["orig-older", "middle"]);
    expect(result.moved).toEqual({ middle: "last", orig: "last", "orig-older": "last" });
  });

  it("does not treat a copy as a rename while the original file is still there", () => {
    const previous = ledgerOf(entry("a", "a.md", "same"));
    const { events, ledger } = reconcileLedger(previous, loaded([article("a.md", { digest: "same" }), article("copy.md", { digest: "same" })]));
    expect(events).toEqual([{ kind: "new", id: "copy", file: "copy.md" }]);
    expect(ledger.get("a")!.file).toBe("a.md");
  });

  it("prefers the entry live until now over one removed long ago with the same text", () => {
    const previous = ledgerOf(entry("ancient", undefined, "d1"), entry("recent", "recent.md", "d1"));
    const { events, ledger } = reconcileLedger(previous, loaded([article("moved.md", { digest: "d1" })]));
    expect(events).toEqual([{ kind: "renamed", id: "recent", from: "recent.md", to: "moved.md" }]);
    expect(ledger.get("ancient")!.file).toBeUndefined();
  });

  it("honours the id the front matter claims even when the text changed", () => {
    const previous = ledgerOf(entry("keep-me", "old-name.md", "d-old"));
    const { ledger, events, result } = reconcileLedger(previous, loaded([article("new-name.md", { digest: "d-new", claimedId: "keep-me" })]));
    expect(events).toEqual([{ kind: "renamed", id: "keep-me", from: "old-name.md", to: "new-name.md" }]);
    expect(ledger.get("keep-me")).toMatchObject({ file: "new-name.md", digest: "d-new", former: ["old-name"] });
    expect(result.articles[0]!.permanentId).toBe("keep-me");
  });

  it("ignores a claimed id that belongs to a file still present, with a warning naming that file", () => {
    const previous = ledgerOf(entry("taken", "taken.md"));
    const { events, result, ledger } = reconcileLedger(previous, loaded([article("taken.md"), article("thief.md", { claimedId: "taken" })]));
    expect(ledger.get("taken")!.file).toBe("taken.md");
    expect(events).toEqual([{ kind: "new", id: "thief", file: "thief.md" }]);
    expect(result.warnings).toEqual([{ name: "thief.md", message: "front matter `id: taken` belongs to taken.md; ignored" }]);
  });

  it("uses a claimed id that the ledger does not know yet as the new entry's id", () => {
    const { ledger, result } = reconcileLedger(new Map(), loaded([article("file.md", { claimedId: "chosen" })]));
    expect([...ledger.keys()]).toEqual(["chosen"]);
    expect(result.articles[0]!.permanentId).toBe("chosen");
  });

  it("drops a file's own entry when its front matter moves it to another id", () => {
    const previous = ledgerOf(entry("was-removed", undefined, "d-x"), entry("now", "now.md"));
    const { ledger, result } = reconcileLedger(previous, loaded([article("now.md", { claimedId: "was-removed" })]));
    expect([...ledger.keys()]).toEqual(["was-removed"]);
    expect(ledger.get("was-removed")!.file).toBe("now.md");
    expect(result.articles[0]!.permanentId).toBe("was-removed");
  });
});

describe("reconcileLedger: removals", () => {
  it("marks a removed file's entry gone, keeps it, and answers its slug as gone", () => {
    const previous = ledgerOf(entry("a", "a.md"), entry("b", "b.md"));
    const { ledger, events, result } = reconcileLedger(previous, loaded([article("a.md")]));
    expect(ledger.get("b")).toEqual(entry("b", undefined, "digest-of-b.md"));
    expect(events).toEqual([{ kind: "removed", id: "b", file: "b.md" }]);
    expect(result.gone).toEqual(["b"]);
  });

  it("lists every former address of a removed renamed article as gone", () => {
    const previous = ledgerOf(entry("orig", "renamed.md", "d1", { former: ["orig-older"] }));
    const { ledger, result } = reconcileLedger(previous, loaded([]));
    expect(ledger.get("orig")!.former).toEqual(["orig-older", "renamed"]);
    expect(result.gone).toEqual(["orig", "orig-older", "renamed"]);
  });

  it("does not remove a file that is present but rejected for now", () => {
    const previous = ledgerOf(entry("a", "a.md"));
    const { ledger, events, result } = reconcileLedger(previous, loaded([], ["a.md"]));
    expect(ledger.get("a")!.file).toBe("a.md");
    expect(events).toEqual([]);
    expect(result.gone).toEqual([]);
  });

  it("does not remove a file held back for its date (an article given a later date)", () => {
    const previous = ledgerOf(entry("a", "a.md"));
    const { ledger, events, result } = reconcileLedger(previous, { ...loaded([]), scheduled: [{ name: "a.md", at: new Date("2099-01-01T00:00:00Z") }] });
    expect(ledger.get("a")!.file).toBe("a.md");
    expect(events).toEqual([]);
    expect(result.gone).toEqual([]);
  });

  it("restores a removed article under its old id when its file comes back", () => {
    const previous = ledgerOf(entry("a", undefined, "digest-of-a.md"));
    const { events, ledger, result } = reconcileLedger(previous, loaded([article("a.md")]));
    expect(events).toEqual([{ kind: "restored", id: "a", file: "a.md" }]);
    expect(ledger.get("a")!.file).toBe("a.md");
    expect(result.gone).toEqual([]);
  });

  it("does not answer gone for an address a new article now uses", () => {
    const previous = ledgerOf(entry("old", undefined, "d-old"));
    const { result, events } = reconcileLedger(previous, loaded([article("old.md", { digest: "d-new" })]));
    expect(result.gone).toEqual([]);
    expect(events).toEqual([{ kind: "new", id: "old", file: "old.md" }]);
  });

  // Bug: a new file whose slug is a removed article's id replaces that entry
  // outright, so the removed article's former addresses drop out of the ledger
  // and answer 404 instead of 410.
  it("keeps a removed article's former addresses gone when a new file takes its id", () => {
    const previous = ledgerOf(entry("story", undefined, "d-old", { former: ["story-draft"] }));
    const { result, ledger } = reconcileLedger(previous, loaded([article("story.md", { digest: "d-new" })]));
    expect(result.gone).toEqual(["story-draft"]);
    // The publisher is told: readers may take the new story for the removed one.
    expect(result.warnings).toContainEqual({ name: "story.md", message: expect.stringContaining('takes the id "story" of an article removed earlier') });
    // It survives the ledger file: written and read back, the address is still gone.
    expect(reconcileLedger(parseLedger(formatLedger(ledger)).ledger, loaded([article("story.md", { digest: "d-new" })])).result.gone).toEqual(["story-draft"]);
  });
});

describe("reconcileLedger: dates of undated files", () => {
  const undated = (file: string, at: number, digest = "d1") => article(file, { at, digest, dateSource: "file-mtime" });

  it("records the first-seen date and replaces the loader's mtime warning with the ledger's", () => {
    const input = { ...loaded([undated("u.md", T0)]), warnings: [{ name: "u.md", message: "no date in the file; using its modification time" }] };
    const { ledger, result } = reconcileLedger(new Map(), input);
    expect(ledger.get("u")!.firstPublished).toBe(new Date(T0).toISOString());
    expect(result.articles[0]).toMatchObject({ dateSource: "ledger", published: new Date(T0), updated: new Date(T0) });
    expect(result.warnings).toEqual([
      { name: "u.md", message: `no date in the file; first published ${new Date(T0).toISOString()} (from the publication ledger)` },
    ]);
  });

  it("keeps the first-seen date when the file's modification time moves but its text does not", () => {
    const first = reconcileLedger(new Map(), loaded([undated("u.md", T0)]));
    const clone = reconcileLedger(first.ledger, loaded([undated("u.md", T0 + 30 * DAY)]));
    expect(clone.result.articles[0]!.published).toEqual(new Date(T0));
    expect(clone.result.articles[0]!.updated).toEqual(new Date(T0));
    expect(clone.ledger.get("u")!.updated).toBeUndefined();
  });

  it("moves only `updated` when the text changes, and keeps that on a later clone", () => {
    const first = reconcileLedger(new Map(), loaded([undated("u.md", T0, "d1")]));
    const edited = reconcileLedger(first.ledger, loaded([undated("u.md", T0 + DAY, "d2")]));
    expect(edited.result.articles[0]).toMatchObject({ published: new Date(T0), updated: new Date(T0 + DAY) });
    const clone = reconcileLedger(edited.ledger, loaded([undated("u.md", T0 + 9 * DAY, "d2")]));
    expect(clone.result.articles[0]).toMatchObject({ published: new Date(T0), updated: new Date(T0 + DAY) });
  });

  it("keeps the first-seen date across a rename", () => {
    const first = reconcileLedger(new Map(), loaded([undated("u.md", T0)]));
    const moved = reconcileLedger(first.ledger, loaded([undated("v.md", T0 + 5 * DAY)]));
    expect(moved.result.articles[0]).toMatchObject({ slug: "v", permanentId: "u", published: new Date(T0) });
  });

  it("forgets the ledger dates once the file gives its own date", () => {
    const first = reconcileLedger(new Map(), loaded([undated("u.md", T0)]));
    const dated = reconcileLedger(first.ledger, loaded([article("u.md", { at: T0 + 3 * DAY, digest: "d1" })]));
    expect(dated.ledger.get("u")).toMatchObject({ firstPublished: undefined, updated: undefined });
    expect(dated.result.articles[0]).toMatchObject({ dateSource: "front-matter", published: new Date(T0 + 3 * DAY) });
  });

  it("re-sorts newest first when ledger dates change the order", () => {
    const first = reconcileLedger(new Map(), loaded([undated("u.md", T0)]));
    // Cloned: u.md now has a newer mtime than the dated article, but its ledger date is older.
    const dated = article("d.md", { at: T0 + DAY });
    const { result } = reconcileLedger(first.ledger, loaded([undated("u.md", T0 + 2 * DAY), dated]));
    expect(result.articles.map((a) => a.slug)).toEqual(["d", "u"]);
  });
});

describe("reconcileEdits: the shortcut for edits to known files", () => {
  it("declines when a file came, went or names another id", () => {
    const input = loaded([article("a.md")]);
    const full = reconcileLedger(new Map(), input);
    const before = { input, output: full.result };
    expect(reconcileEdits(full.ledger, before, loaded([article("a.md"), article("b.md")]))).toBeUndefined();
    expect(reconcileEdits(full.ledger, before, loaded([article("b.md")]))).toBeUndefined();
    expect(reconcileEdits(full.ledger, before, loaded([article("a.md", { claimedId: "other" })]))).toBeUndefined();
    expect(reconcileEdits(full.ledger, before, loaded([article("a.md")], ["broken.md"]))).toBeUndefined();
  });

  it("gives what the full reconcile gives over a run of edits, reusing the articles no edit touched", () => {
    const undated = (file: string, at: number, digest = "d1") => article(file, { at, digest, dateSource: "file-mtime" });
    // Newest first, as the loader orders them; u.md has no date of its own (the ledger keeps its first).
    let input = loaded([article("c.md", { at: T0 + 2 * DAY }), article("b.md", { at: T0 + DAY }), undated("u.md", T0), article("a.md")]);
    let full = reconcileLedger(new Map(), input);
    const edits: ((articles: Article[]) => Article[])[] = [
      // b.md's text changes, its date does not: it stays where it was.
      (list) => list.map((a) => (a.sourceName === "b.md" ? article("b.md", { at: T0 + DAY, digest: "b2" }) : a)),
      // a.md gets a newer date: the loader moves it to the top, shifting the others.
      (list) => [article("a.md", { at: T0 + 3 * DAY, digest: "a2" }), ...list.filter((a) => a.sourceName !== "a.md")],
      // The undated file is edited: a new modification time, its first date kept.
      (list) => list.map((a) => (a.sourceName === "u.md" ? undated("u.md", T0 + 5 * DAY, "u2") : a)),
    ];
    for (const edit of edits) {
      const next = loaded(edit(input.articles));
      const fast = reconcileEdits(full.ledger, { input, output: full.result }, next)!;
      const slow = reconcileLedger(full.ledger, next);
      expect(fast.result.articles).toEqual(slow.result.articles);
      expect(formatLedger(fast.ledger)).toBe(formatLedger(slow.ledger));
      // An article the edit did not touch is the very object it was.
      for (const a of next.articles.filter((x) => input.articles.includes(x))) {
        expect(fast.result.articles.find((x) => x.sourceName === a.sourceName)).toBe(full.result.articles.find((x) => x.sourceName === a.sourceName));
      }
      input = next;
      full = fast;
    }
    expect(full.result.articles.map((a) => [a.sourceName, a.published.getTime()])).toEqual([
      ["a.md", T0 + 3 * DAY], ["c.md", T0 + 2 * DAY], ["b.md", T0 + DAY], ["u.md", T0],
    ]);
  });

  it("takes an edit's new digest without changing the ledger it was given", () => {
    const input = loaded([article("a.md", { digest: "d1" })]);
    const full = reconcileLedger(new Map(), input);
    const edited = reconcileEdits(full.ledger, { input, output: full.result }, loaded([article("a.md", { digest: "d2" })]))!;
    expect(edited.ledger.get("a")!.digest).toBe("d2");
    expect(full.ledger.get("a")!.digest).toBe("d1");
    expect(edited.events).toEqual([]);
  });
});
