/**
 * Node edge: parses a batch of article files, on every core when the batch
 * is large (a first start, a build over new files), in line when it is small
 * (an edit). Parses already in the on-disk cache are read, not redone.
 *
 * The parsers (and their data: language profiles, stopwords, date grammars)
 * are loaded only when something needs parsing, so a restart over a warm
 * cache never compiles them.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleSource } from "../core/article";
import type { ArticleLimits } from "../config";
import type { ParsedFile } from "../article/article-set";
import type { DiskArticleCache } from "./article-cache";
import type { FolderSource } from "./folder-reader";
import type { ParseBatch } from "./parse-worker";

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_THREADS = 200;
/** Files per message: large enough that messaging is cheap, small enough to keep every thread busy to the end. */
const CHUNK_FILES = 64;

export class FolderParser {
  private readonly threads: number;
  /** Threads started ahead of a large batch, loading the parsers while the folder is read. */
  private warm: Worker[] | undefined;
  /** How the files given so far were parsed (for reports and tests). */
  readonly counts = { cached: 0, inLine: 0, inThreads: 0 };
  /** Threads not yet ended: each writes its pack of parses before it ends. */
  private readonly running = new Set<Promise<void>>();

  /** `threads`: 0 for one per core, 1 to parse in line only. */
  constructor(private readonly limits: ArticleLimits, readonly cache?: DiskArticleCache, threads = 0) {
    this.threads = threads || availableParallelism();
  }

  /**
   * Before reading a folder of `files` article files: when the cache holds
   * nothing yet and the folder is large, starts the threads now, so they load
   * the parsers while the main thread reads the files.
   */
  warmUp(files: number): void {
    if (this.warm || this.threads <= 1 || files < MIN_FILES_FOR_THREADS || this.cache?.hasParses()) return;
    try {
      this.warm = Array.from({ length: this.threads }, () => this.startWorker());
    } catch {
      this.warm = undefined; // no threads here: parse in line
    }
  }

  /**
   * Each source's parse, in the order given. `wholeFolder`: the sources are
   * every file there is (a first scan), so cached parses of anything else may go.
   */
  async parse(given: readonly FolderSource[], { wholeFolder = false } = {}): Promise<ParsedFile[]> {
    const sources = [...given];
    const out: ParsedFile[] = new Array(sources.length);
    // The reader's key when it has one (it hashed the bytes, or the stat index vouched for the file).
    const keys = sources.map((source) => source.key ?? this.cache?.keyOf(source, this.limits));
    const missing: number[] = [];
    sources.forEach((source, i) => {
      let hit = keys[i] === undefined ? undefined : this.cache!.lookup(keys[i], source.mtimeMs);
      if (!hit && source.reread && !source.bytes) {
        // Known by its stat, yet its parse is not here: read it after all.
        sources[i] = source.reread();
        keys[i] = sources[i].key ?? this.cache?.keyOf(sources[i], this.limits);
        hit = keys[i] === undefined ? undefined : this.cache!.lookup(keys[i], sources[i].mtimeMs);
      }
      if (hit) out[i] = hit;
      else missing.push(i);
    });
    if (wholeFolder) this.cache?.compactLater(keys);
    this.counts.cached += sources.length - missing.length;
    if (missing.length < MIN_FILES_FOR_THREADS) this.coolDown();
    if (missing.length === 0) return out;
    // Plain sources only: a thread is sent them, and a function cannot be.
    const toParse = missing.map((i): ArticleSource => {
      const { name, bytes, unreadable, mtimeMs } = sources[i]!;
      return { name, mtimeMs, ...(bytes ? { bytes } : {}), ...(unreadable !== undefined ? { unreadable } : {}) };
    });
    const toParseKeys = missing.map((i) => keys[i]);
    // Threads that fail to start (an unusual runtime, no worker file) only cost speed.
    let parsed = toParse.length >= MIN_FILES_FOR_THREADS && this.threads > 1 ? await this.inThreads(toParse, toParseKeys).catch(() => undefined) : undefined;
    if (parsed) this.counts.inThreads += parsed.length;
    else {
      parsed = await this.inLine(toParse, toParseKeys);
      this.counts.inLine += parsed.length;
    }
    missing.forEach((i, k) => (out[i] = parsed[k]!));
    return out;
  }

  /**
   * Resolves when every thread has ended (its parses written to the cache),
   * or after `timeoutMs`: a server stopping waits for this, so a stop right
   * after a first start does not throw away the parses just made.
   */
  async settled(timeoutMs = 10_000): Promise<void> {
    if (this.running.size === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs).unref()));
    await Promise.race([Promise.all(this.running), timeout]);
    clearTimeout(timer);
  }

  /** Ends threads started ahead that turned out not to be needed. */
  private coolDown(): void {
    for (const worker of this.warm ?? []) void worker.terminate();
    this.warm = undefined;
  }

  /** A new parse thread, counted as running until it ends. */
  private startWorker(): Worker {
    const worker = createWorker();
    const ended = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    this.running.add(ended);
    void ended.then(() => this.running.delete(ended));
    return worker;
  }

  private async inLine(sources: readonly ArticleSource[], keys: readonly (string | undefined)[]): Promise<ParsedFile[]> {
    const { parseSource } = await import("../article/article-store");
    return sources.map((source, i) => {
      const parsed = parseSource(source, this.limits);
      if (keys[i] !== undefined) this.cache?.store(keys[i], parsed, source.mtimeMs);
      return parsed;
    });
  }

  private inThreads(sources: readonly ArticleSource[], keys: readonly (string | undefined)[]): Promise<ParsedFile[]> {
    const chunks: ParseBatch[] = [];
    for (let i = 0; i < sources.length; i += CHUNK_FILES) {
      chunks.push(this.cache
        ? { sources: sources.slice(i, i + CHUNK_FILES), keys: keys.slice(i, i + CHUNK_FILES), limits: this.limits, cacheDir: this.cache.dir }
        : { sources: sources.slice(i, i + CHUNK_FILES), limits: this.limits });
    }
    const results: ParsedFile[][] = new Array(chunks.length);
    const workers = this.warm ?? Array.from({ length: Math.min(this.threads, chunks.length) }, () => this.startWorker());
    this.warm = undefined;
    let next = 0;
    let finished = 0;
    return new Promise<ParsedFile[]>((resolve, reject) => {
      const fail = (error: unknown) => {
        for (const worker of workers) void worker.terminate();
        reject(error);
      };
      for (const worker of workers) {
        // Two batches in flight per thread: it starts the next while the main thread takes in the last.
        const inFlight: number[] = [];
        let ended = false;
        const send = () => {
          if (next < chunks.length) {
            inFlight.push(next);
            worker.postMessage(chunks[next++]!);
          } else if (!ended) {
            // Read after its last batch: the thread writes its pack of parses, then ends.
            ended = true;
            worker.postMessage(null);
          }
        };
        worker.on("message", (files: ParsedFile[]) => {
          results[inFlight.shift()!] = files;
          if (++finished === chunks.length) resolve(results.flat());
          send();
        });
        worker.once("error", fail);
        send();
        send();
      }
    });
  }
}

/** The worker as compiled beside this file (npm start), or the TypeScript source through tsx (build and check scripts, tests). */
function createWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./parse-worker.js", here));
  const source = new URL("./parse-worker.ts", here).href;
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`, { eval: true });
}
