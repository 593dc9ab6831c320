/**
 * Handing sources to parse threads as they are added (src/node/thread-batches.ts):
 * parses come back in the order given, every thread is told to end once the
 * work is done, and a thread that fails or ends early rejects the whole load
 * (the parser then parses in line) instead of leaving it waiting.
 */
import { EventEmitter } from "node:events";
import type { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { DEFAULT_ARTICLE_LIMITS } from "../../src/config";
import type { ArticleSource } from "../../src/core/article";
import type { ParseBatch } from "../../src/node/parse-worker";
import { CHUNK_FILES, ThreadBatches } from "../../src/node/thread-batches";

/** A stand-in thread: answers each batch with one "parse" per source, after a turn of the event loop. */
class FakeThread extends EventEmitter {
  readonly batches: ParseBatch[] = [];
  ended = false;
  constructor(private readonly behaviour: "answer" | "exit-early" | "error" = "answer") {
    super();
  }
  /** A real thread that failed or ended says so once, and nothing after. */
  private dead = false;
  postMessage(batch: ParseBatch | null): void {
    if (batch === null) {
      this.ended = true;
      setTimeout(() => this.die("exit", 0), 0);
      return;
    }
    this.batches.push(batch);
    setTimeout(() => {
      if (this.dead) return;
      if (this.behaviour === "exit-early") this.die("exit", 1);
      else if (this.behaviour === "error") this.die("error", new Error("the parser chunk failed to load"));
      else this.emit("message", batch.sources.map((s) => ({ name: s.name, warnings: [] })));
    }, 0);
  }
  terminate(): Promise<number> {
    this.dead = true;
    return Promise.resolve(1);
  }
  private die(event: "exit" | "error", detail: unknown): void {
    if (this.dead) return;
    this.dead = true;
    this.emit(event, detail);
    if (event === "error") this.emit("exit", 1);
  }
}

const sources = (count: number): ArticleSource[] => Array.from({ length: count }, (_, i) => ({ name: `${i}.md`, mtimeMs: 0, bytes: new Uint8Array([65]) }));
const asWorkers = (threads: FakeThread[]) => threads as unknown as Worker[];

describe("ThreadBatches", () => {
  it("sends full batches as sources are added, the rest on finish; parses come back in order; every thread is then told to end", async () => {
    const threads = [new FakeThread(), new FakeThread()];
    const batches = new ThreadBatches(asWorkers(threads), DEFAULT_ARTICLE_LIMITS);
    const all = sources(CHUNK_FILES * 5 + 3);
    all.slice(0, CHUNK_FILES).forEach((s) => batches.add(s));
    // One full batch is out before the rest is even added.
    expect(threads[0]!.batches.length + threads[1]!.batches.length).toBe(1);
    all.slice(CHUNK_FILES).forEach((s) => batches.add(s));
    const parsed = await batches.finish();
    expect(parsed.map((p) => p.name)).toEqual(all.map((s) => s.name));
    expect(threads.every((t) => t.ended)).toBe(true);
    expect(threads.flatMap((t) => t.batches).length).toBe(6);
  });

  it("rejects when a thread ends before it is told to, or fails", async () => {
    for (const behaviour of ["exit-early", "error"] as const) {
      const batches = new ThreadBatches(asWorkers([new FakeThread(), new FakeThread(behaviour)]), DEFAULT_ARTICLE_LIMITS);
      sources(CHUNK_FILES * 4).forEach((s) => batches.add(s));
      await expect(batches.finish(), behaviour).rejects.toThrow(behaviour === "exit-early" ? /ended early \(exit code 1\)/ : /failed to load/);
    }
  });

  it("with nothing to parse, resolves at once and lets the threads go", async () => {
    const threads = [new FakeThread()];
    expect(await new ThreadBatches(asWorkers(threads), DEFAULT_ARTICLE_LIMITS).finish()).toEqual([]);
    expect(threads[0]!.ended).toBe(true);
  });
});
