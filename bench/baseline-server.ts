/**
 * The limit for this runtime: a bare node:http server that sends the very
 * bytes and headers our site would send, straight from memory, with the
 * cheapest possible If-None-Match check. Not a product: a yardstick.
 */
import { createServer } from "node:http";
import { readNodeConfig, readSiteConfig } from "../src/config";
import { nodeCompressor } from "../src/node/compress";
import { loadFolder } from "../src/node/load-folder";
import { buildSite } from "../src/serve/site";

const node = readNodeConfig(process.env);
const site = buildSite(await loadFolder(node.articlesDir, node), readSiteConfig(process.env, node.port), { compress: nodeCompressor });
const table = site.made();

createServer((req, res) => {
  const form = table.get(req.url ?? "");
  if (!form) {
    res.writeHead(404).end();
    return;
  }
  if (req.headers["if-none-match"] === form.etag) {
    res.writeHead(304, form.notModifiedHeaders).end();
    return;
  }
  const gzip = req.headers["accept-encoding"]?.includes("gzip") ? form.encoded("gzip") : undefined;
  res.writeHead(200, gzip?.headers ?? form.headers).end(gzip?.body ?? form.body);
}).listen(node.port, node.host, () => console.log(`Serving on http://${node.host}:${node.port}`));
