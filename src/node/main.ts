/** Node entry: reads settings and articles, then serves the app with @hono/node-server. */
import { serve } from "@hono/node-server";
import { ConfigError, readNodeConfig, readSiteConfig } from "../config";
import { formatLoadReport } from "../load/report";
import { buildSite } from "../serve/resources";
import { createApp } from "../serve/app";
import { FEED_PATHS } from "../render/xml-feeds";
import { nodeCompressor } from "./compress";
import { loadFolder } from "./load-folder";
import { publicFiles } from "./static-files";

async function main(): Promise<void> {
  const nodeConfig = readNodeConfig(process.env);
  const config = readSiteConfig(process.env, nodeConfig.port);
  const result = await loadFolder(nodeConfig.articlesDir);
  for (const line of formatLoadReport(result, nodeConfig.articlesDir)) console.log(line);

  const site = buildSite(result, config, nodeCompressor);
  const app = createApp({ site: () => site, staticFiles: publicFiles() });
  const server = serve({ fetch: app.fetch, hostname: nodeConfig.host, port: nodeConfig.port }, (info) => {
    const local = `http://${info.family === "IPv6" ? `[${info.address}]` : info.address}:${info.port}`;
    console.log(`Serving on ${local}  (SITE_URL ${config.siteUrl})`);
    for (const path of Object.values(FEED_PATHS)) console.log(`  ${config.siteUrl}${path}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
