/**
 * What each path was last served with (ETag, Last-Modified), kept across
 * reloads (Node) and builds (the worker's manifest), so validators change
 * exactly when bytes do: unchanged bytes keep their Last-Modified; changed
 * bytes get one later than before, even when the change (a removal, an edit
 * that kept its dates) did not move a content date. Paths that leave the site
 * are remembered too (bounded), so one that comes back still moves forward.
 */
import { wholeSecondsMs } from "../core/time";
export interface Validators {
  etag: string;
  /** Whole seconds, in milliseconds. */
  lastModifiedMs: number;
}

/** Removed paths remembered beyond those the site serves. */
const MAX_GONE = 10_000;

export class ValidatorHistory {
  private readonly byPath: Map<string, Validators>;

  constructor(entries: Iterable<[string, Validators]> = []) {
    this.byPath = new Map(entries);
  }

  get(path: string): Validators | undefined {
    return this.byPath.get(path);
  }

  /**
   * The Last-Modified for `path` now that it serves `etag`, whose content
   * last changed at `contentMs`; `nowMs` is when this version was built.
   * Never later than now (RFC 9110 §8.8.2.1): a future-dated article must not
   * make Last-Modified a promise.
   */
  settle(path: string, etag: string, contentMs: number, nowMs: number): number {
    const old = this.byPath.get(path);
    if (old?.etag === etag) return old.lastModifiedMs;
    const now = wholeSecondsMs(nowMs);
    const fresh = wholeSecondsMs(Math.min(contentMs, now));
    // The bytes changed but their content date did not move: the change happened now.
    // Within the same second as the last change it cannot move further; the ETag still does.
    const lastModifiedMs = old === undefined || fresh > old.lastModifiedMs ? fresh : Math.max(old.lastModifiedMs, now);
    this.byPath.delete(path); // re-inserted last: the oldest entries are the first to go
    this.byPath.set(path, { etag, lastModifiedMs });
    return lastModifiedMs;
  }

  /** Drops the oldest entries of paths the site no longer serves, past a bound. */
  prune(serves: (path: string) => boolean, served: number): void {
    let excess = this.byPath.size - served - MAX_GONE;
    for (const path of this.byPath.keys()) {
      if (excess <= 0) break;
      if (!serves(path)) {
        this.byPath.delete(path);
        excess--;
      }
    }
  }

  entries(): IterableIterator<[string, Validators]> {
    return this.byPath.entries();
  }
}
