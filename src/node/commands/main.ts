/** Node entry: reads settings and articles, then serves the app with @hono/node-server. */
import { createServer } from "node:http";
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
  const live = await LiveSite.open(nodeConfig, config);
  const stopWatching = nodeConfig.watch ? live.watch() : () => {};

  const app = createApp({ site: () => live.site(), staticFiles: publicFiles() });
  const server = createServer(withFastPath(() => live.site(), getRequestListener(app.fetch)));
  server.listen(nodeConfig.port, nodeConfig.host, () => {
    const info = server.address() as AddressInfo;
    const local = `http://${info.family === "IPv6" ? `[${info.address}]` : info.address}:${info.port}`;
    console.log(`Serving on ${local}  (SITE_URL ${config.siteUrl})${nodeConfig.watch ? `, watching ${nodeConfig.articlesDir}` : ""}`);
    for (const path of Object.values(FEED_PATHS)) console.log(`  ${config.siteUrl}${path}`);
  });
  const stop = () => {
    stopWatching();
    // Parses not yet written to the cache are written as the process exits (DiskArticleCache).
    server.close(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

runCommand("Cannot start", main);
