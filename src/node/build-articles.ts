/**
 * Build step: articles/ → src/generated/articles.json, the module through
 * which articles reach the worker (no file system there). Reports loaded and
 * rejected files exactly as the Node server does at start-up.
 * Run by `npm run build:articles`, npm pre-scripts and wrangler's [build].
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, readNodeConfig } from "../config";
import { toBundle } from "../core/serialise";
import { formatLoadReport } from "../load/report";
import { loadFolder } from "./load-folder";

// ARTICLES_BUNDLE writes elsewhere (tests build other folders without touching the worker's bundle).
const OUTPUT = process.env.ARTICLES_BUNDLE ? pathToFileURL(resolve(process.env.ARTICLES_BUNDLE)) : new URL("../generated/articles.json", import.meta.url);

async function main(): Promise<void> {
  const node = readNodeConfig(process.env);
  const { articlesDir } = node;
  // The build writes the publication ledger too: a deploy from CI redirects and dates like the server.
  const result = await loadFolder(articlesDir, node, { writeLedger: true });
  for (const line of formatLoadReport(result, articlesDir)) console.log(line);
  const json = `${JSON.stringify(toBundle(result))}\n`;
  await mkdir(new URL(".", OUTPUT), { recursive: true });
  // Leave the file alone when nothing changed, so watchers do not rebuild in a loop.
  const previous = await readFile(OUTPUT, "utf8").catch(() => "");
  if (previous !== json) await writeFile(OUTPUT, json);
  console.log(`Wrote ${new URL(OUTPUT).pathname.replace(`${process.cwd()}/`, "")} (${result.articles.length} articles)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Cannot build articles: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
