/** Node entry: reads settings, takes the port, reads the articles, then serves the app with @hono/node-server. */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { readNodeConfig, readSiteConfig } from "../../config";
import { FEED_PATHS } from "../../render/xml-feeds";
import { createApp } from "../../serve/app";
import { runCommand } from "./command";
import { withFastPath } from "../fast-path";
import { LiveSite } from "../live-site";
import { publicFiles } from "../static-files";

async function main(): Promise<void> {
  const nodeConfig = readNodeConfig(process.env);
  const config = readSiteConfig(process.env, nodeConfig.port);
  // The port first: a start that cannot serve says so at once, before reading (or writing) anything,
  // and requests that come while the articles load wait for the site rather than being refused.
  let serve: RequestListener | undefined;
  const waiting: [IncomingMessage, ServerResponse][] = [];
  const server = createServer((req, res) => (serve ? serve(req, res) : waiting.push([req, res])));
  await listen(server, nodeConfig.port, nodeConfig.host);

  const live = await LiveSite.open(nodeConfig, config);
  const stopWatching = nodeConfig.watch ? live.watch() : () => {};
  const app = createApp({ site: () => live.site(), staticFiles: publicFiles() });
  serve = withFastPath(() => live.site(), getRequestListener(app.fetch));
  for (const [req, res] of waiting.splice(0)) serve(req, res);

  const info = server.address() as AddressInfo;
  const local = `http://${info.family === "IPv6" ? `[${info.address}]` : info.address}:${info.port}`;
  console.log(`Serving on ${local}  (SITE_URL ${config.siteUrl})${nodeConfig.watch ? `, watching ${nodeConfig.articlesDir}` : ""}`);
  for (const path of Object.values(FEED_PATHS)) console.log(`  ${config.siteUrl}${path}`);
  const stop = () => {
    stopWatching();
    // Parses not yet written to the cache are written as the process exits (DiskArticleCache).
    server.close(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** Listens on the port; a port in use or not ours to take is told in one line, not thrown as an event. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`;
      reject(
        error.code === "EADDRINUSE" ? new Error(`${where} is already in use (is another server running there?); set PORT to a free port`)
        : error.code === "EACCES" ? new Error(`no permission to listen on ${where}; use a port above 1023`)
        : error.code === "EADDRNOTAVAIL" ? new Error(`${host} is not an address of this machine; set HOST to one that is`)
        : error,
      );
    };
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      resolve();
    });
  });
}

runCommand("Cannot start", main);
