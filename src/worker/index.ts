/**
 * Worker entry (wrangler.toml `main`): the same app as Node, fed from the
 * generated article bundle and `[vars]`. Static files in public/ are served by
 * Workers static assets before this code runs.
 */
import type { Hono, MiddlewareHandler } from "hono";
import bundle from "../generated/articles.json";
import { ConfigError, readSiteConfig, type Env } from "../config";
import { fromBundle, type ArticleBundle } from "../core/serialise";
import { createApp } from "../serve/app";
import { buildSite } from "../serve/site";

interface WorkerEnv {
  ASSETS?: Fetcher;
  [name: string]: unknown;
}

let app: Hono | undefined;

/** Built on the first request of an isolate; settings come from the worker's env. */
function appFor(env: WorkerEnv): Hono {
  if (!app) {
    // No compressor: Workers compress responses on their own.
    const site = buildSite(fromBundle(bundle as ArticleBundle), readSiteConfig(stringVars(env)));
    app = createApp({ site: () => site, staticFiles: env.ASSETS ? [assetsFrom(env.ASSETS)] : undefined });
  }
  return app;
}

/** public/ through the ASSETS binding, for requests that reach the worker first. */
function assetsFrom(assets: Fetcher): MiddlewareHandler {
  return async (c, next) => {
    const response = await assets.fetch(c.req.raw);
    if (response.status === 404) return next();
    // A fetched response's headers are immutable; copy it so middleware can add headers.
    return new Response(response.body, response);
  };
}

export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
    try {
      return appFor(env).fetch(request, env, ctx);
    } catch (error) {
      // Settings are the deployer's to fix: say so in the logs, not to readers.
      console.error(error instanceof ConfigError ? error.message : error);
      return new Response("Service misconfigured; see the worker logs.\n", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  },
} satisfies ExportedHandler<WorkerEnv>;

/** Only string vars are settings; bindings (ASSETS, KV…) are not. */
function stringVars(env: WorkerEnv): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === "string")) as Env;
}
