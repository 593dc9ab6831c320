/**
 * Rendered documents → the served site (Node and `npm run export`): each
 * path's resource made on first request and kept, validators continued from
 * a ValidatorHistory across reloads.
 */
import type { SiteConfig } from "../config";
import type { LoadResult } from "../core/article";
import { renderSite, type Document, type RenderedSite } from "../render/site";
import { digestOf, notFoundResponse, primaryEtag, toResource, type Compressor, type DocumentFacts, type Resource, type ServedSite } from "./resource";
import { ledgerAnswers } from "./ledger-routes";
import { ValidatorHistory } from "./validator-history";

const encoder = new TextEncoder();

export interface BuildOptions {
  /** Makes compressed variants (Node); absent on the worker. */
  compress?: Compressor;
  /** What each path served before (kept by the caller across reloads). */
  history?: ValidatorHistory;
  /** The site being replaced: resources whose bytes did not change are reused with their compressed forms. */
  previous?: NodeSite;
  /** The clock, used only when bytes change without moving their content date. */
  now?: () => number;
}

/** A site served from rendered documents (Node, export). */
export interface NodeSite extends ServedSite {
  rendered: RenderedSite;
  /** The resources made so far, by path (what a reload can reuse). */
  made(): ReadonlyMap<string, Resource>;
}

// Which document each resource was made from: an unchanged article page keeps its resource across reloads.
const sources = new WeakMap<Resource, Document>();

/** Loaded articles → everything the app serves. */
export function buildSite(load: Pick<LoadResult, "articles" | "folderModified" | "moved" | "gone">, config: SiteConfig, options: BuildOptions = {}): NodeSite {
  const rendered = renderSite(load, config);
  const ledger = ledgerAnswers(load, config, load.gone?.length ? encoder.encode(rendered.gone.body) : new Uint8Array());
  return { ...serveRendered(rendered, options), ledger };
}

/** Rendered documents → resources, made on first request and then kept. */
function serveRendered(rendered: RenderedSite, options: BuildOptions = {}): NodeSite {
  const { compress, history = new ValidatorHistory(), now = Date.now } = options;
  const builtAt = now();
  const made = new Map<string, Resource>();
  // The previous site's resources, by path: consulted, never kept beyond this site.
  const carried = new Map(options.previous?.made() ?? []);
  for (const path of carried.keys()) if (!rendered.has(path)) carried.delete(path);

  const make = (path: string, document: Document): Resource => {
    const old = carried.get(path);
    if (old && sources.get(old) === document) return old;
    const body = encoder.encode(document.body);
    const hash = digestOf(body);
    const facts: Omit<DocumentFacts, "lastModifiedMs"> = { family: document.family, hash, length: body.length, ...(document.final ? { final: true } : {}) };
    const etag = primaryEtag(facts, rendered.config);
    if (old?.etag === etag) return old;
    const lastModifiedMs = history.settle(path, etag, document.changed.getTime(), builtAt);
    return toResource(path, { ...facts, lastModifiedMs }, rendered.config, body, compress);
  };

  const site: NodeSite = {
    rendered,
    made: () => new Map([...carried, ...made]),
    resource(path) {
      let resource = made.get(path);
      if (resource) return resource;
      const document = rendered.document(path);
      if (!document) return undefined;
      resource = make(path, document);
      sources.set(resource, document);
      made.set(path, resource);
      carried.delete(path);
      return resource;
    },
    notFound: notFoundResponse(encoder.encode(rendered.notFound.body)),
  };
  // The feeds and the landing page are ready before the first request.
  for (const path of ["/", "/rss.xml", "/atom.xml", "/feed.json"]) site.resource(path);
  history.prune(rendered.has, rendered.articles.length);
  return site;
}
