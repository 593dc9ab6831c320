/**
 * The ledger file on its own (src/node/ledger-file.ts): reading, atomic merged
 * writes, the lock, write errors; FolderLedger's write policy. The app over a
 * ledger, two processes at once and the read-only folder are in
 * tests/features/ledger.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Article, LoadResult } from "../../src/core/article";
import { formatLedger, LEDGER_FILE_NAME, parseLedger, type Ledger, type LedgerEntry } from "../../src/article/ledger";
import { FolderLedger, LedgerFile, type LedgerFs } from "../../src/node/ledger-file";

const root = mkdtempSync(join(tmpdir(), "ledger-file-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
function newFolder(): string {
  const dir = join(root, `f${folders++}`);
  mkdirSync(dir);
  return dir;
}

const entry = (id: string, file: string | undefined = `${id}.md`): LedgerEntry =>
  ({ id, file, firstPublished: undefined, updated: undefined, digest: `digest-${id}`, former: [] });
const ledgerOf = (...entries: LedgerEntry[]): Ledger => new Map(entries.map((e) => [e.id, e]));
const onDisk = (dir: string) => parseLedger(readFileSync(join(dir, LEDGER_FILE_NAME), "utf8")).ledger;

/** The real file system, counting writes, with chosen calls made to fail. */
function countingFs(fail: Partial<Record<keyof LedgerFs, string>> = {}) {
  const calls: string[] = [];
  const guard = <T extends unknown[], R>(name: keyof LedgerFs, fn: (...args: T) => R) => (...args: T): R => {
    calls.push(`${name} ${String(args[0])}`);
    if (fail[name]) throw Object.assign(new Error(fail[name]), { code: fail[name] });
    return fn(...args);
  };
  const real: LedgerFs = {
    readFileSync: guard("readFileSync", (p: string, e: "utf8") => fs.readFileSync(p, e)),
    writeFileSync: guard("writeFileSync", (p: string, t: string, o: { flag: string }) => fs.writeFileSync(p, t, o)),
    renameSync: guard("renameSync", (a: string, b: string) => fs.renameSync(a, b)),
    unlinkSync: guard("unlinkSync", (p: string) => fs.unlinkSync(p)),
    openSync: guard("openSync", (p: string, f: string) => fs.openSync(p, f)),
    closeSync: guard("closeSync", (d: number) => fs.closeSync(d)),
    statSync: guard("statSync", (p: string) => fs.statSync(p)),
  };
  return { fs: real, calls, writes: () => calls.filter((c) => c.startsWith("writeFileSync")).length };
}

function article(file: string, digest = `d-${file}`): Article {
  const when = new Date(Date.UTC(2024, 0, 1));
  return {
    slug: file.replace(/\.[^.]+$/, ""), sourceName: file, format: "markdown", title: file, summary: "",
    blocks: [], captions: [], related: [], published: when, updated: when, dateSource: "front-matter",
    tags: [], fileModified: when, digest,
  };
}
const loaded = (...articles: Article[]): LoadResult => ({ articles, rejections: [], warnings: [] });

describe("LedgerFile.read", () => {
  it("gives an empty ledger, silently, when there is no file", () => {
    const logs: string[] = [];
    expect(new LedgerFile(newFolder(), (l) => logs.push(l)).read()).toEqual(new Map());
    expect(logs).toEqual([]);
  });

  it("gives an empty ledger when the file cannot be read, and says so once", () => {
    const dir = newFolder();
    mkdirSync(join(dir, LEDGER_FILE_NAME)); // a directory where the file should be
    const logs: string[] = [];
    const file = new LedgerFile(dir, (l) => logs.push(l));
    expect(file.read()).toEqual(new Map());
    file.read();
    expect(logs).toEqual([`! ${join(dir, LEDGER_FILE_NAME)}: cannot be read (EISDIR); starting an empty ledger`]);
  });

  it("keeps the readable rows and reports each bad row once, with its line", () => {
    const dir = newFolder();
    writeFileSync(join(dir, LEDGER_FILE_NAME), `${formatLedger(ledgerOf(entry("good")))}not\ta\tvalid row\n`);
    const logs: string[] = [];
    const file = new LedgerFile(dir, (l) => logs.push(l));
    expect([...file.read().keys()]).toEqual(["good"]);
    file.read();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(new RegExp(`^! ${join(dir, LEDGER_FILE_NAME)} line \\d+.*; the row is ignored$`));
  });
});

describe("LedgerFile.save", () => {
  it("writes the ledger atomically and leaves no temporary or lock file", () => {
    const dir = newFolder();
    const ledger = ledgerOf(entry("a"), entry("b", undefined));
    expect(new LedgerFile(dir, () => {}).save(ledger)).toEqual(ledger);
    expect(onDisk(dir)).toEqual(ledger);
    expect(readdirSync(dir)).toEqual([LEDGER_FILE_NAME]);
  });

  it("merges with what another writer put in the file, losing no entry", () => {
    const dir = newFolder();
    const ours = new LedgerFile(dir, () => {});
    const theirs = new LedgerFile(dir, () => {});
    ours.save(ledgerOf(entry("ours")));
    theirs.save(ledgerOf(entry("theirs")));
    const merged = ours.save(ledgerOf(entry("ours"), entry("ours-too")));
    expect([...merged.keys()].sort()).toEqual(["ours", "ours-too", "theirs"]);
    expect([...onDisk(dir).keys()].sort()).toEqual(["ours", "ours-too", "theirs"]);
  });

  it("does not rewrite a file that already holds the ledger", () => {
    const dir = newFolder();
    const counting = countingFs();
    const file = new LedgerFile(dir, () => {}, counting.fs);
    file.save(ledgerOf(entry("a")));
    file.save(ledgerOf(entry("a")));
    expect(counting.writes()).toBe(1);
    expect(new LedgerFile(dir, () => {}, counting.fs).save(ledgerOf(entry("a")))).toEqual(ledgerOf(entry("a")));
    expect(counting.writes()).toBe(1);
  });

  it("takes over a lock left by a process that died", () => {
    const dir = newFolder();
    const lock = join(dir, `${LEDGER_FILE_NAME}.lock`);
    writeFileSync(lock, "");
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    new LedgerFile(dir, () => {}).save(ledgerOf(entry("a")));
    expect(existsSync(lock)).toBe(false);
    expect([...onDisk(dir).keys()]).toEqual(["a"]);
  });

  it("keeps the ledger in memory once the folder refuses writes, says so once, and stops trying", () => {
    const dir = newFolder();
    const logs: string[] = [];
    const counting = countingFs({ openSync: "EACCES" });
    const file = new LedgerFile(dir, (l) => logs.push(l), counting.fs);
    const ledger = ledgerOf(entry("a"));
    expect(file.save(ledger)).toBe(ledger);
    expect(file.memoryOnly).toBe(true);
    const tries = counting.calls.length;
    file.save(ledgerOf(entry("b")));
    expect(counting.calls.length).toBe(tries);
    expect(logs).toEqual([`! ${join(dir, LEDGER_FILE_NAME)}: cannot write the publication ledger (EACCES); keeping it in memory: ids and dates hold while this process runs`]);
  });

  it("passes on other write errors, removing its temporary file and its lock", () => {
    const dir = newFolder();
    const counting = countingFs({ renameSync: "ENOSPC" });
    const file = new LedgerFile(dir, () => {}, counting.fs);
    expect(() => file.save(ledgerOf(entry("a")))).toThrow("ENOSPC");
    expect(file.memoryOnly).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("LedgerFile.readIfChanged", () => {
  it("reads the file only when someone else changed it since this process last looked", () => {
    const dir = newFolder();
    const file = new LedgerFile(dir, () => {});
    file.save(ledgerOf(entry("a")));
    expect(file.readIfChanged()).toBeUndefined();
    writeFileSync(join(dir, LEDGER_FILE_NAME), formatLedger(ledgerOf(entry("a"), entry("from-elsewhere"))));
    expect([...file.readIfChanged()!.keys()].sort()).toEqual(["a", "from-elsewhere"]);
    expect(file.readIfChanged()).toBeUndefined();
  });
});

describe("FolderLedger", () => {
  it("writes nothing when told not to write, but still reconciles", () => {
    const dir = newFolder();
    const ledger = new FolderLedger(new LedgerFile(dir, () => {}), false);
    ledger.apply(loaded(article("a.md")));
    expect(ledger.events).toEqual([{ kind: "new", id: "a", file: "a.md" }]);
    expect([...ledger.current().keys()]).toEqual(["a"]);
    expect(existsSync(join(dir, LEDGER_FILE_NAME))).toBe(false);
  });

  it("writes only when a row changes", () => {
    const dir = newFolder();
    const counting = countingFs();
    const ledger = new FolderLedger(new LedgerFile(dir, () => {}, counting.fs), true);
    ledger.apply(loaded(article("a.md", "d1")));
    expect(counting.writes()).toBe(1);
    ledger.apply(loaded(article("a.md", "d1")));
    expect(counting.writes()).toBe(1);
    expect(ledger.events).toEqual([]);
    ledger.apply(loaded(article("a.md", "d2")));
    expect(counting.writes()).toBe(2);
    expect(onDisk(dir).get("a")!.digest).toBe("d2");
  });

  it("with saveLater, writes on flush() (or the next apply), not during apply()", () => {
    const dir = newFolder();
    const ledger = new FolderLedger(new LedgerFile(dir, () => {}), true, true);
    ledger.apply(loaded(article("a.md")));
    expect(existsSync(join(dir, LEDGER_FILE_NAME))).toBe(false);
    ledger.flush();
    expect([...onDisk(dir).keys()]).toEqual(["a"]);
    ledger.apply(loaded(article("a.md"), article("b.md")));
    ledger.apply(loaded(article("a.md"), article("b.md")));
    expect([...onDisk(dir).keys()].sort()).toEqual(["a", "b"]);
  });

  it("starts from the ledger on disk and keeps rows another process added meanwhile", () => {
    const dir = newFolder();
    writeFileSync(join(dir, LEDGER_FILE_NAME), formatLedger(ledgerOf(entry("old", undefined))));
    const ledger = new FolderLedger(new LedgerFile(dir, () => {}), true);
    const first = ledger.apply(loaded(article("a.md")));
    expect(first.gone).toEqual(["old"]);
    new LedgerFile(dir, () => {}).save(ledgerOf(entry("b-elsewhere")));
    ledger.apply(loaded(article("a.md")));
    expect([...onDisk(dir).keys()].sort()).toEqual(["a", "b-elsewhere", "old"]);
  });
});
