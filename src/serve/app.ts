/**
 * The Hono app: one app for Node and the worker. It knows nothing of files or
 * environments; it serves a ServedSite that an entry point built. A request
 * for a feed or page is a map lookup, a validator comparison and a send:
 * ETags and headers were made when the articles loaded (Node) or built (the
 * worker, whose bodies come from static assets).
 */
import { Hono, type MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { BASE_HEADERS, CORS, PAGE_HEADERS, type ServedSite } from "./resource";
import { answer } from "./respond";

export interface AppOptions {
  /** Returns the site to serve; called per request so a reload can swap it atomically. */
  site: () => ServedSite;
  /** Serves files from public/ (Node); on the worker, static assets come first or via ASSETS. */
  staticFiles?: MiddlewareHandler[];
  /** Where unexpected errors are reported (defaults to console.error). */
  logError?: (message: string) => void;
}

const ALLOWED_METHODS = CORS.methods.join(", ");

/**
 * Responses not prepared as resources (static files, 405) get the pages'
 * security headers: the same header sets as every prepared response, so
 * they are written once, in resource.ts. (Hono's secure-headers would make
 * them per request, and cannot reach the Node fast path, which sends
 * prepared headers without Hono.)
 */
const FALLBACK_HEADERS = Object.entries({ ...BASE_HEADERS, ...PAGE_HEADERS });

const fallbackHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of FALLBACK_HEADERS) c.res.headers.set(name, value);
};

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const logError = options.logError ?? ((message: string) => console.error(message));

  app.get("*", async (c, next) => {
    const headers = c.req.raw.headers;
    const site = options.site();
    const found = answer(site, c.req.path, (name) => headers.get(name));
    if (!found) return next();
    // The worker's bodies are static assets, loaded only for a GET that needs them.
    const body = found.body === undefined && c.req.method === "GET" ? await site.loadBody?.(c.req.path) : found.body;
    return new Response(body ?? null, { status: found.status, headers: found.headers });
  });

  if (options.staticFiles?.length) app.get("*", fallbackHeaders, ...options.staticFiles);

  // CORS preflight, sent by web-based readers whose conditional requests carry
  // If-None-Match (not a CORS-safelisted header). Any other OPTIONS is a 405.
  const preflight = cors({
    origin: "*",
    allowMethods: [...CORS.methods],
    allowHeaders: [...CORS.requestHeaders],
    exposeHeaders: [...CORS.exposedHeaders],
    maxAge: CORS.preflightMaxAge,
  });
  app.options("*", (c, next) => {
    if (c.req.header("origin") && c.req.header("access-control-request-method")) return preflight(c, next);
    return next();
  });

  app.all("*", fallbackHeaders, (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    return c.text("Method not allowed. This site only answers GET and HEAD.\n", 405, { Allow: ALLOWED_METHODS });
  });

  app.notFound((c) => {
    const { notFound } = options.site();
    return new Response(c.req.method === "HEAD" ? null : notFound.body, { status: 404, headers: notFound.headers });
  });

  app.onError((error, c) => {
    const id = crypto.randomUUID();
    logError(`[${id}] ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return c.text(`Internal server error (request ${id})\n`, 500, { "Cache-Control": "no-store" });
  });
  return app;
}
