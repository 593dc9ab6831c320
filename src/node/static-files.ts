/** Node edge: public/ through Hono's serve-static and compress, with the types feeds need. */
import { serveStatic } from "@hono/node-server/serve-static";
import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";
import { PUBLIC_DIR } from "./project-dir";

// Types hono's table lacks; browsers apply an XSL stylesheet only with an XML type.
const EXTRA_TYPES: Record<string, string> = { xsl: "text/xsl; charset=utf-8" };

export function publicFiles(root = PUBLIC_DIR, maxAge = 3600): MiddlewareHandler[] {
  const files = serveStatic({
    root,
    onFound: (path, c) => {
      c.header("Cache-Control", `public, max-age=${maxAge}`);
      const type = EXTRA_TYPES[path.split(".").pop() ?? ""];
      if (type) c.header("Content-Type", type);
    },
  });
  return [compress(), files];
}
