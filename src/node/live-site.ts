/**
 * Node edge: the served site, kept current as the articles folder changes.
 * A reload reads only what changed, builds the complete new site, then swaps
 * it in with one assignment, so every request sees either the old site or the
 * new one, never a mix. Until a reload finishes the previous site is served.
 */
import { watch, type FSWatcher } from "node:fs";
import type { NodeConfig, SiteConfig } from "../config";
import type { LoadResult } from "../core/article";
import { ARTICLE_PREFIX } from "../core/url";
import { ArticleSet } from "../article/article-set";
import { formatLoadReport, scheduledNote } from "../article/report";
import { buildSite, type NodeSite } from "../serve/site";
import { ValidatorHistory } from "../serve/validator-history";
import { nodeCompressor } from "./compress";
import { FolderReader, type FolderChanges } from "./folder-reader";
import { FolderLedger, LedgerFile } from "./ledger-file";
import { folderParser, scanInto } from "./load-folder";
import type { FolderParser } from "./parallel-parse";
import { changedFeedUrls, WebSubPublisher } from "./websub";

/** The longest a Node timer waits (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Events arriving this close together are one change (editors write in several steps). */
const SETTLE_MS = 60;

export class LiveSite {
  private current!: NodeSite;
  /** What every path was served with, across reloads. */
  private readonly history = new ValidatorHistory();
  private watcher: FSWatcher | undefined;
  private pending = new Set<string>();
  private fullScanPending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Set for the soonest scheduled article's time. */
  private dueTimer: ReturnType<typeof setTimeout> | undefined;
  /** The files scheduled at the last build, to say which were published. */
  private lastScheduled: string[] | undefined;
  private running: Promise<void> = Promise.resolve();
  /** Called after each reload that changed something (tests and benchmarks hook in here). */
  onReload: (site: NodeSite, result: LoadResult) => void = () => {};

  private constructor(
    private readonly reader: FolderReader,
    private readonly parser: FolderParser,
    private readonly articles: ArticleSet,
    private readonly config: SiteConfig,
    private readonly log: (line: string) => void,
    /** The publication ledger, written as articles come, move and go. */
    private readonly ledger: FolderLedger,
    /** Tells the WebSub hub about changed feeds (when WEBSUB_HUB is set). */
    readonly publisher?: WebSubPublisher,
  ) {}

  static async open(node: NodeConfig, config: SiteConfig, log: (line: string) => void = console.log): Promise<LiveSite> {
    const parser = folderParser(node.articlesDir, node);
    const live = new LiveSite(
      new FolderReader(node.articlesDir, node, parser.cache),
      parser,
      new ArticleSet(),
      config,
      log,
      new FolderLedger(new LedgerFile(node.articlesDir, log), true, true),
      config.websubHub ? new WebSubPublisher(config.websubHub, log) : undefined,
    );
    const started = performance.now();
    const result = await scanInto(live.reader, live.parser, live.articles, live.ledger);
    for (const line of formatLoadReport(result, node.articlesDir, (performance.now() - started) / 1000)) log(line);
    live.current = buildSite(result, config, { compress: nodeCompressor, history: live.history });
    live.ledger.flush();
    live.publishWhenDue(result);
    return live;
  }

  /** Sets the clock for the soonest scheduled article: at its time the site is built again, with it. */
  private publishWhenDue(result: LoadResult): void {
    clearTimeout(this.dueTimer);
    this.lastScheduled = result.scheduled?.map((x) => x.name);
    const next = result.scheduled?.[0];
    if (!next) return;
    // Timers wait at most about 24 days: a later date is waited for in steps.
    const wait = Math.min(Math.max(0, next.at.getTime() - Date.now()) + 1, MAX_TIMER_MS);
    this.dueTimer = setTimeout(() => void this.publishDue(), wait);
    // The server keeps the process running; a timer alone should not.
    this.dueTimer.unref();
  }

  /** Builds the site again with the articles whose time has come, between reloads. */
  private publishDue(): Promise<void> {
    this.running = this.running
      .then(() => {
        const result = this.ledger.apply(this.articles.result());
        const still = new Set((result.scheduled ?? []).map((x) => x.name));
        const published = (this.lastScheduled ?? []).filter((name) => !still.has(name));
        this.swapIn(result, () => {
          for (const name of published) this.log(`Published ${name}: its date has come`);
        });
      })
      .catch((error: unknown) => this.log(`! publishing scheduled articles failed: ${error instanceof Error ? error.message : String(error)}`));
    return this.running;
  }

  /** The site to serve now. */
  site(): NodeSite {
    return this.current;
  }

  /** Starts watching the folder; returns a function that stops. */
  watch(): () => void {
    this.watcher = watch(this.reader.dir, (_event, filename) => {
      if (filename) this.pending.add(filename.toString());
      else this.fullScanPending = true;
      this.schedule();
    });
    this.watcher.on("error", (error) => this.log(`! watching ${this.reader.dir} stopped: ${error.message}; restart to pick up changes`));
    return () => {
      clearTimeout(this.timer);
      this.watcher?.close();
    };
  }

  /** Re-reads the folder now (all files, or just the named ones) and swaps in the new site. */
  reload(names?: string[]): Promise<void> {
    // One reload at a time; a failed one is logged and never stops the next.
    this.running = this.running.then(() => this.reloadNow(names)).catch((error: unknown) => {
      // What was read but not applied would otherwise count as seen: read it all again next time.
      this.reader.forget();
      this.log(`! reload failed, still serving the previous articles: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    });
    return this.running;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const names = this.fullScanPending ? undefined : [...this.pending];
      this.pending.clear();
      this.fullScanPending = false;
      void this.reload(names);
    }, SETTLE_MS);
  }

  private async reloadNow(names?: string[]): Promise<void> {
    let changes: FolderChanges;
    try {
      changes = names ? await this.reader.rescan(names) : await this.reader.scan();
    } catch (error) {
      this.reader.forget();
      this.log(`! reload failed, still serving the previous articles: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (changes.upserts.length === 0 && changes.removals.length === 0) return;
    const result = this.ledger.apply(this.articles.update(await this.parser.parse(changes.upserts), changes.removals, changes.folderModified));
    this.swapIn(result, () => this.report(changes, result));
  }

  /**
   * Builds the site for `result` and serves it, then writes the ledger, says what changed (`report`),
   * tells the WebSub hub which feeds changed, and sets the clock for the next scheduled article.
   */
  private swapIn(result: LoadResult, report: () => void): void {
    const before = this.current;
    this.current = buildSite(result, this.config, { compress: nodeCompressor, history: this.history, previous: before });
    this.onReload(this.current, result);
    // Readers already get the new site; the ledger is written in the same turn, before anything else runs.
    this.ledger.flush();
    report();
    this.publisher?.publish(changedFeedUrls(before.rendered, this.current.rendered));
    this.publishWhenDue(result);
  }

  private report(changes: FolderChanges, result: LoadResult): void {
    const touched = new Set([...changes.upserts.map((s) => s.name), ...changes.removals]);
    const names = [...changes.upserts.map((s) => s.name), ...changes.removals.map((n) => `${n} (removed)`)];
    this.log(`Reloaded ${names.join(", ")}: now ${result.articles.length} article${result.articles.length === 1 ? "" : "s"}`);
    for (const r of result.rejections) if (touched.has(r.name)) this.log(`  ✗ ${r.name}: ${r.reason}`);
    for (const d of result.drafts ?? []) if (touched.has(d.name)) this.log(`  – ${d.name}: draft, left out (${d.reason})`);
    for (const x of result.scheduled ?? []) if (touched.has(x.name)) this.log(`  ⏲ ${x.name}: ${scheduledNote(x.at)}`);
    for (const w of result.warnings) if (touched.has(w.name)) this.log(`  ! ${w.name}: ${w.message}`);
    for (const e of this.ledger.events) {
      if (e.kind === "renamed") this.log(`  ${e.to}: renamed from ${e.from}, keeps id ${e.id}; its old address redirects`);
      if (e.kind === "removed") this.log(`  ${e.file}: removed; ${ARTICLE_PREFIX}${e.id} answers 410 Gone`);
    }
  }
}
