/**
 * Node edge: answers GET/HEAD for the site's resources straight from
 * node:http, with the same `answer()` the Hono route uses, and hands every
 * other request to the Hono app. Requests for feeds are most of a feed
 * server's traffic; skipping the Request/Response objects of the fetch
 * adapter for them brings the 304 path to the bare node:http baseline
 * (bench/results.md). Any path that is not an exact, plain match (percent
 * signs, dot segments, other methods) goes to Hono, so behaviour is the same.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { answer } from "../serve/respond";
import type { ServedSite } from "../serve/resource";

export function withFastPath(site: () => ServedSite, app: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "";
    if ((req.method === "GET" || req.method === "HEAD") && url.charCodeAt(0) === 47 /* / */) {
      const query = url.indexOf("?");
      const path = query < 0 ? url : url.slice(0, query);
      if (!path.includes("%") && !path.includes("/.") && !path.includes("//")) {
        let found: ReturnType<typeof answer>;
        try {
          found = answer(site(), path, (name) => {
            const value = req.headers[name];
            return Array.isArray(value) ? value.join(", ") : value;
          });
        } catch {
          // A body that cannot be read (a damaged cache file): the app answers, and its error handler logs it and sends a 500.
          found = undefined;
        }
        if (found) {
          res.writeHead(found.status, found.headers);
          res.end(found.body ?? undefined); // Node sends no body for HEAD
          return;
        }
      }
    }
    app(req, res);
  };
}
