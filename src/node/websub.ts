/**
 * Node edge: WebSub publishing (W3C WebSub §7). After articles change, the
 * hub is told which feed URLs changed (`hub.mode=publish`, `hub.url=…`), one
 * POST per URL, retried with backoff; the queue is bounded and de-duplicated,
 * so a burst of edits cannot pile up work or memory.
 */
import type { SiteConfig } from "../config";
import { absoluteUrl } from "../render/entries";
import type { FeedDoc } from "../render/feed-docs";
import type { RenderedSite } from "../render/site";

export interface PublisherOptions {
  maxQueue?: number;
  attempts?: number;
  /** First retry delay; doubles each attempt. */
  retryDelayMs?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class WebSubPublisher {
  private queue: string[] = [];
  private running: Promise<void> | undefined;
  /** The most recent URLs whose pings failed (at most 100). */
  readonly failed: string[] = [];
  private readonly options: Required<PublisherOptions>;

  constructor(private readonly hub: string, private readonly log: (line: string) => void, options: PublisherOptions = {}) {
    this.options = { maxQueue: 1000, attempts: 4, retryDelayMs: 1000, timeoutMs: 10_000, fetch: globalThis.fetch, ...options };
  }

  /** Queues the URLs (duplicates dropped; past the bound the oldest go, with a log line). */
  publish(urls: Iterable<string>): void {
    for (const url of urls) if (!this.queue.includes(url)) this.queue.push(url);
    const overflow = this.queue.length - this.options.maxQueue;
    if (overflow > 0) {
      this.queue.splice(0, overflow);
      this.log(`! WebSub queue full: dropped ${overflow} older ping(s)`);
    }
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  /** Resolves when the queue is empty. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    for (let url = this.queue.shift(); url !== undefined; url = this.queue.shift()) await this.ping(url);
  }

  private async ping(url: string): Promise<void> {
    const { attempts, retryDelayMs, timeoutMs } = this.options;
    let problem = "";
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await this.options.fetch(this.hub, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ "hub.mode": "publish", "hub.url": url }).toString(),
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel();
        if (response.ok) return;
        problem = `hub answered ${response.status}`;
        if (response.status >= 400 && response.status < 500 && response.status !== 429) break; // will not get better
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      if (attempt < attempts) await new Promise((r) => setTimeout(r, retryDelayMs * 2 ** (attempt - 1)));
    }
    this.failed.push(url);
    if (this.failed.length > 100) this.failed.shift();
    this.log(`! WebSub ping for ${url} failed: ${problem}`);
  }
}

/** Every URL of a feed document. */
export function feedUrls(doc: FeedDoc, config: SiteConfig): string[] {
  return Object.values(doc.paths).map((path) => absoluteUrl(config, path));
}

/** The feed URLs whose items changed between two renders (subscription and tag feeds). */
export function changedFeedUrls(before: RenderedSite, after: RenderedSite): string[] {
  const same = (a?: FeedDoc, b?: FeedDoc) =>
    !!a && !!b && a.articles.length === b.articles.length && a.articles.every((article, i) => article === b.articles[i]);
  const urls: string[] = [];
  if (!same(before.subscription, after.subscription)) urls.push(...feedUrls(after.subscription, after.config));
  const beforeTags = new Map(before.tags.map((t) => [t.slug, t]));
  for (const tag of after.tags) if (!same(beforeTags.get(tag.slug), tag)) urls.push(...feedUrls(tag, after.config));
  const afterSlugs = new Set(after.tags.map((t) => t.slug));
  for (const tag of before.tags) if (!afterSlugs.has(tag.slug)) urls.push(...feedUrls(tag, before.config));
  return urls;
}
