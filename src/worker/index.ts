/**
 * Worker entry (wrangler.toml `main`): the same app as Node, serving the
 * documents `npm run build:site` rendered into static assets. The script
 * holds no articles, so its size does not grow with the site; the manifest
 * and bodies come through the ASSETS binding (`run_worker_first`, so every
 * request gets Node's headers, conditional GET and negotiation).
 */
import type { Hono, MiddlewareHandler } from "hono";
import { ConfigError, readSiteConfig, type Env } from "../config";
import { createApp } from "../serve/app";
import { loadAssetSite } from "./asset-site";

interface WorkerEnv {
  ASSETS: Fetcher;
  [name: string]: unknown;
}

let app: Promise<Hono> | undefined;

/** Built on the first request of an isolate; settings come from the worker's env. */
async function makeApp(env: WorkerEnv): Promise<Hono> {
  const site = await loadAssetSite(env.ASSETS, readSiteConfig(stringVars(env)));
  return createApp({ site: () => site, staticFiles: [publicFrom(env.ASSETS, site.publicFiles)] });
}

/** Files copied from public/, through the ASSETS binding; nothing else the build wrote is served as itself. */
function publicFrom(assets: Fetcher, files: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    if (!files.has(c.req.path)) return next();
    const response = await assets.fetch(c.req.raw);
    if (response.status === 404) return next();
    // A fetched response's headers are immutable; copy it so middleware can add headers.
    return new Response(response.body, response);
  };
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    try {
      app ??= makeApp(env);
      return await (await app).fetch(request, env, ctx);
    } catch (error) {
      app = undefined; // a failed start is tried again on the next request
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
