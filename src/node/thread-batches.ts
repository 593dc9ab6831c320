/**
 * Node edge: hands sources to parse threads in batches as they are added, so
 * the threads parse the first files while the main thread is still reading
 * the rest, and gathers the parses back in the order given.
 */
import type { Worker } from "node:worker_threads";
import type { ArticleSource } from "../core/article";
import type { ArticleLimits } from "../config";
import type { ParsedFile } from "../article/article-set";
import type { ParseBatch } from "./parse-worker";

/** Files per message: large enough that messaging is cheap, small enough to keep every thread busy to the end. */
export const CHUNK_FILES = 64;
/** Batches a thread holds at once: it starts the next while the main thread takes in the last. */
const IN_FLIGHT = 2;

interface Thread {
  worker: Worker;
  /** Indexes of the batches sent and not yet answered, oldest first. */
  inFlight: number[];
  ended: boolean;
}

export class ThreadBatches {
  private readonly batches: ParseBatch[] = [];
  private readonly results: ParsedFile[][] = [];
  private readonly threads: Thread[];
  private pending: ArticleSource[] = [];
  private sent = 0;
  private answered = 0;
  private closed = false;
  private failed = false;
  private readonly done: Promise<ParsedFile[]>;
  private resolve!: (parsed: ParsedFile[]) => void;
  private reject!: (error: unknown) => void;

  constructor(workers: readonly Worker[], private readonly limits: ArticleLimits) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // A failure is reported by finish(); until then nobody awaits the promise.
    this.done.catch(() => {});
    this.threads = workers.map((worker) => ({ worker, inFlight: [], ended: false }));
    for (const thread of this.threads) {
      thread.worker.on("message", (files: ParsedFile[]) => {
        this.results[thread.inFlight.shift()!] = files;
        this.answered++;
        this.pump();
      });
      thread.worker.once("error", (error) => this.fail(error));
      thread.worker.once("messageerror", (error) => this.fail(error));
      // A thread that ends before it was told to (a dependency calling process.exit) would leave its batches unanswered.
      thread.worker.once("exit", (code) => {
        if (!thread.ended) this.fail(new Error(`a parse thread ended early (exit code ${code})`));
      });
    }
  }

  /** Adds a source (plain data: it is sent to a thread). */
  add(source: ArticleSource): void {
    this.pending.push(source);
    if (this.pending.length === CHUNK_FILES) {
      this.seal();
      this.pump();
    }
  }

  /** Every parse, in the order the sources were added; rejects if a thread failed. */
  finish(): Promise<ParsedFile[]> {
    if (this.pending.length) this.seal();
    this.closed = true;
    this.pump();
    return this.done;
  }

  private seal(): void {
    this.batches.push({ sources: this.pending, limits: this.limits });
    this.pending = [];
  }

  /** Sends waiting batches to threads with room, ends threads once nothing is left, resolves when all are answered. */
  private pump(): void {
    if (this.failed) return;
    for (const thread of this.threads) {
      while (thread.inFlight.length < IN_FLIGHT && this.sent < this.batches.length) {
        thread.inFlight.push(this.sent);
        thread.worker.postMessage(this.batches[this.sent++]!);
      }
    }
    if (this.closed && this.answered === this.batches.length) {
      this.resolve(this.results.flat());
      this.endThreads();
    }
  }

  /** Each thread reads this after its last batch, and ends. */
  private endThreads(): void {
    for (const thread of this.threads) {
      if (thread.ended) continue;
      thread.ended = true;
      thread.worker.postMessage(null);
    }
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    for (const thread of this.threads) void thread.worker.terminate();
    this.reject(error);
  }
}
