/**
 * Node edge of the publication ledger: the file `_ledger.tsv` in the articles
 * folder. Writes are atomic (a temporary file renamed over the ledger) and
 * never lose entries when two processes write at once (the server and the
 * build step started together): under a lock file, the ledger is read again
 * and merged before it is written. A folder that cannot be written still
 * serves: the ledger then lives in memory, and the log says so once.
 */
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadResult } from "../core/article";
import { formatLedger, LEDGER_FILE_NAME, mergeLedgers, parseLedger, sameLedger, type Ledger } from "../article/ledger";
import { reconcileEdits, reconcileLedger, type LedgerEvent } from "../article/ledger-reconcile";

/** A lock older than this was left by a process that died: it is taken over. */
const STALE_LOCK_MS = 10_000;
/** How long a writer waits for another's lock before writing anyway (merging still keeps entries). */
const LOCK_WAIT_MS = 5_000;

/** The file operations used, replaceable in tests (a read-only folder cannot be made as root). */
export interface LedgerFs {
  readFileSync(path: string, encoding: "utf8"): string;
  writeFileSync(path: string, text: string, options: { flag: string }): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  openSync(path: string, flags: string): number;
  closeSync(fd: number): void;
  statSync(path: string): { mtimeMs: number; size?: number };
}

const nodeFs: LedgerFs = { readFileSync, writeFileSync, renameSync, unlinkSync, openSync, closeSync, statSync };

const READ_ONLY_CODES = new Set(["EACCES", "EPERM", "EROFS"]);

export class LedgerFile {
  readonly path: string;
  private inMemory = false;
  private reported = new Set<string>();

  constructor(readonly dir: string, private readonly log: (line: string) => void = console.log, private readonly fs: LedgerFs = nodeFs) {
    this.path = join(dir, LEDGER_FILE_NAME);
  }

  /** True once a write failed for want of permission: the ledger is kept in memory only. */
  get memoryOnly(): boolean {
    return this.inMemory;
  }

  /** The ledger on disk; empty when there is none. Unreadable rows are reported (once) and left out. */
  read(): Ledger {
    return this.readWithText().ledger;
  }

  private readWithText(): { ledger: Ledger; text?: string } {
    let text: string;
    try {
      text = this.fs.readFileSync(this.path, "utf8");
    } catch (error) {
      if (code(error) !== "ENOENT") this.once(`! ${this.path}: cannot be read (${code(error)}); starting an empty ledger`);
      return { ledger: new Map() };
    }
    const { ledger, problems } = parseLedger(text);
    for (const problem of problems) this.once(`! ${this.path} ${problem}; the row is ignored`);
    return { ledger, text };
  }

  private lastSeen: string | undefined;
  /** What this process last wrote (valid while the file's stamp still matches `lastSeen`). */
  private lastWritten: { ledger: Ledger; text: string } | undefined;

  /** The ledger on disk if the file changed since this process last read or wrote it, else undefined. */
  readIfChanged(): Ledger | undefined {
    const stamp = this.stamp();
    if (stamp === this.lastSeen) return undefined;
    const ledger = this.read();
    this.lastSeen = stamp;
    return ledger;
  }

  private stamp(): string | undefined {
    try {
      const info = this.fs.statSync(this.path);
      return `${info.mtimeMs}:${(info as { size?: number }).size ?? ""}`;
    } catch {
      return undefined;
    }
  }

  /** Merges `ledger` into the file under the lock and returns what the file now holds. */
  save(ledger: Ledger): Ledger {
    if (this.inMemory) return ledger;
    let locked = false;
    try {
      locked = this.lock();
      // Writers change the file only under the lock: if it is as this process left it, what it holds is known.
      const unchanged = this.lastWritten !== undefined && this.stamp() === this.lastSeen;
      const onDisk = unchanged ? this.lastWritten! : this.readWithText();
      const merged = mergeLedgers(onDisk.ledger, ledger);
      const text = formatLedger(merged);
      if (text !== onDisk.text) {
        const temporary = `${this.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
          this.fs.writeFileSync(temporary, text, { flag: "wx" });
          this.fs.renameSync(temporary, this.path);
          this.lastSeen = this.stamp();
          this.lastWritten = { ledger: merged, text };
        } catch (error) {
          try { this.fs.unlinkSync(temporary); } catch { /* never written */ }
          throw error;
        }
      }
      return merged;
    } catch (error) {
      if (!READ_ONLY_CODES.has(code(error))) throw error;
      this.inMemory = true;
      this.log(`! ${this.path}: cannot write the publication ledger (${code(error)}); keeping it in memory: ids and dates hold while this process runs`);
      return ledger;
    } finally {
      if (locked) this.unlock();
    }
  }

  /** Takes the lock file; false when it could not (waited too long), and the write goes ahead merged. */
  private lock(): boolean {
    const lockPath = `${this.path}.lock`;
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        this.fs.closeSync(this.fs.openSync(lockPath, "wx"));
        return true;
      } catch (error) {
        if (code(error) !== "EEXIST") throw error;
      }
      try {
        if (Date.now() - this.fs.statSync(lockPath).mtimeMs > STALE_LOCK_MS) this.fs.unlinkSync(lockPath);
      } catch { /* released meanwhile */ }
      if (Date.now() > deadline) {
        this.once(`! ${lockPath}: still held after ${LOCK_WAIT_MS / 1000} s; writing the merged ledger anyway`);
        return false;
      }
      sleep(10 + Math.random() * 20);
    }
  }

  private unlock(): void {
    try {
      this.fs.unlinkSync(`${this.path}.lock`);
    } catch { /* already gone */ }
  }

  private once(line: string): void {
    if (this.reported.has(line)) return;
    this.reported.add(line);
    this.log(line);
  }
}

/**
 * The ledger of one articles folder as a process sees it: reconciles each
 * article set against it and (when writing) saves it.
 */
export class FolderLedger {
  private ledger: Ledger;
  /** What the last reconcile found (new, renamed, removed articles). */
  events: LedgerEvent[] = [];
  /** The last article set reconciled, and the outcome: the start of the next shortcut. */
  private last: { input: LoadResult; output: LoadResult } | undefined;

  /** A reconciled ledger not yet written (see `saveLater`). */
  private unsaved: Ledger | undefined;

  /**
   * `saveLater`: apply() leaves the write to `flush()`, so a server can swap
   * in the new site first and write the ledger right after, in the same turn.
   */
  constructor(readonly file: LedgerFile, private readonly write: boolean, private readonly saveLater = false) {
    // Read as "seen", so the first apply() does not read and merge the same file again.
    this.ledger = file.readIfChanged() ?? new Map();
  }

  /** Writes what apply() left unsaved. */
  flush(): void {
    if (!this.unsaved) return;
    const unsaved = this.unsaved;
    this.unsaved = undefined;
    this.ledger = this.file.save(unsaved);
  }

  apply(result: LoadResult): LoadResult {
    this.flush();
    // Another process may have written since: start from both views.
    const onDisk = this.write && !this.file.memoryOnly ? this.file.readIfChanged() : undefined;
    const base = onDisk ? mergeLedgers(onDisk, this.ledger) : this.ledger;
    // Edits to known files (most reloads) take the shortcut; anything else is matched in full.
    const reconciled = (!onDisk && this.last && reconcileEdits(base, this.last, result)) || reconcileLedger(base, result);
    this.last = { input: result, output: reconciled.result };
    this.events = reconciled.events;
    // Most reloads (an edit to a dated article) change no row: no write, no lock.
    const changed = !sameLedger(reconciled.ledger, this.ledger) || (onDisk !== undefined && !sameLedger(onDisk, reconciled.ledger));
    this.ledger = reconciled.ledger;
    if (this.write && changed) {
      if (this.saveLater) this.unsaved = reconciled.ledger;
      else this.ledger = this.file.save(reconciled.ledger);
    }
    return reconciled.result;
  }

  current(): Ledger {
    return this.ledger;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}
