/**
 * The Hono app: one app for Node and the worker. It knows nothing of files or
 * environments; it serves a RenderedSite that an entry point built.
 */
import { Hono, type MiddlewareHandler } from "hono";
import type { RenderedSite } from "../render/site";

export interface AppOptions {
  /** Returns the site to serve; called per request so a reload can swap it. */
  site: () => RenderedSite;
  /** Serves files from public/ (Node); the worker's platform serves them before the app. */
  staticFiles?: MiddlewareHandler;
  /** Where unexpected errors are reported (defaults to console.error). */
  logError?: (message: string) => void;
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const logError = options.logError ?? ((message: string) => console.error(message));

  app.get("*", async (c, next) => {
    const site = options.site();
    const rep = site.routes.get(c.req.path);
    if (!rep) return next();
    return c.body(rep.body, 200, {
      "Content-Type": rep.contentType,
      "Cache-Control": site.cacheControl,
      "Last-Modified": rep.lastModified.toUTCString(),
    });
  });
  if (options.staticFiles) app.get("*", options.staticFiles);

  app.notFound((c) => {
    const { notFound } = options.site();
    return c.body(notFound.body, 404, { "Content-Type": notFound.contentType, "Cache-Control": "no-store" });
  });
  app.onError((error, c) => {
    const id = crypto.randomUUID();
    logError(`[${id}] ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return c.text(`Internal server error (request ${id})`, 500);
  });
  return app;
}
