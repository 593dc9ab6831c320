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
import { CHUNK_FILES, ThreadBatches } from "./thread-batches";

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_THREADS = 200;

export class FolderParser {
  private readonly threads: number;
  /** Threads started ahead of a large batch, loading the parsers while the folder is read. */
  private warm: Worker[] | undefined;
  /** How the files given so far were parsed (for reports and tests). */
  readonly counts = { cached: 0, inLine: 0, inThreads: 0 };

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
      this.warm = Array.from({ length: this.threads }, createWorker);
      // Until a batch adopts them, a thread that fails to load must not take the process down.
      for (const worker of this.warm) worker.once("error", () => {});
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
    const keys: (string | undefined)[] = new Array(sources.length);
    const missing: number[] = [];
    // Threads started ahead (a large folder, nothing cached) are handed files to parse as they are
    // read, once there are enough to be worth threads.
    let streaming: ThreadBatches | undefined;
    const handOver = (i: number) => {
      if (streaming) streaming.add(plain(sources[i]!));
      else if (this.warm && missing.length >= MIN_FILES_FOR_THREADS) {
        streaming = new ThreadBatches(this.warm, this.limits);
        this.warm = undefined;
        for (const k of missing) streaming.add(plain(sources[k]!));
      }
    };
    sources.forEach((source, i) => {
      // The reader's key when it has one (it hashed the bytes, or the stat index vouched for the file).
      keys[i] = source.key ?? this.cache?.keyOf(source, this.limits);
      let hit = keys[i] === undefined ? undefined : this.cache!.lookup(keys[i], source.mtimeMs);
      if (!hit && source.reread && !source.bytes) {
        // Not read yet, or known by its stat yet its parse is not here: read it now.
        sources[i] = source.reread();
        keys[i] = sources[i].key ?? this.cache?.keyOf(sources[i], this.limits);
        hit = keys[i] === undefined ? undefined : this.cache!.lookup(keys[i], sources[i].mtimeMs);
      }
      if (hit) out[i] = hit;
      else {
        missing.push(i);
        handOver(i);
      }
    });
    if (wholeFolder) this.cache?.compactLater(keys);
    this.counts.cached += sources.length - missing.length;
    if (!streaming) this.coolDown();
    if (missing.length === 0) return out;
    const toParse = missing.map((i) => plain(sources[i]!));
    const toParseKeys = missing.map((i) => keys[i]);
    // Threads that fail to start (an unusual runtime, no worker file) only cost speed.
    const started: ThreadBatches | undefined = streaming;
    let parsed = started
      ? await started.finish().catch(() => undefined)
      : toParse.length >= MIN_FILES_FOR_THREADS && this.threads > 1 ? await this.inThreads(toParse).catch(() => undefined) : undefined;
    if (parsed) {
      this.counts.inThreads += parsed.length;
      // Filed by the main thread, written after the start (see DiskArticleCache.store).
      parsed.forEach((file, k) => keys[missing[k]!] !== undefined && this.cache?.store(keys[missing[k]!]!, file, toParse[k]!.mtimeMs));
    } else {
      parsed = await this.inLine(toParse, toParseKeys);
      this.counts.inLine += parsed.length;
    }
    missing.forEach((i, k) => (out[i] = parsed[k]!));
    return out;
  }

  /** Ends threads started ahead that turned out not to be needed. */
  private coolDown(): void {
    for (const worker of this.warm ?? []) void worker.terminate();
    this.warm = undefined;
  }

  private async inLine(sources: readonly ArticleSource[], keys: readonly (string | undefined)[]): Promise<ParsedFile[]> {
    // Imported once: a second dynamic import would still wait a turn of the event loop, inside an edit's reload.
    parserModule ??= await import("../article/article-store");
    const { parseSource } = parserModule;
    return sources.map((source, i) => {
      const parsed = parseSource(source, this.limits);
      if (keys[i] !== undefined) this.cache?.store(keys[i], parsed, source.mtimeMs);
      return parsed;
    });
  }

  // Async, so that a thread that cannot even be created rejects (and the caller parses in line) rather than throws.
  private async inThreads(sources: readonly ArticleSource[]): Promise<ParsedFile[]> {
    const workers = this.warm ?? Array.from({ length: Math.min(this.threads, Math.ceil(sources.length / CHUNK_FILES)) }, createWorker);
    this.warm = undefined;
    const batches = new ThreadBatches(workers, this.limits);
    sources.forEach((source) => batches.add(source));
    return batches.finish();
  }
}

/** The in-line parser, loaded on first use (a restart over a warm cache never loads it). */
let parserModule: typeof import("../article/article-store") | undefined;

/** The source as plain data, as a thread is sent it (a function cannot be). */
function plain({ name, bytes, unreadable, mtimeMs }: FolderSource): ArticleSource {
  return { name, mtimeMs, ...(bytes ? { bytes } : {}), ...(unreadable !== undefined ? { unreadable } : {}) };
}

/** The worker as compiled beside this file (npm start), or the TypeScript source through tsx (build and check scripts, tests). */
function createWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./parse-worker.js", here));
  const source = new URL("./parse-worker.ts", here).href;
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`, { eval: true });
}
