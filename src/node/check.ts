/**
 * `npm run check`: the publisher's pre-flight. Lists, per article file, what
 * the loader found (title, date and where it came from, captions, related
 * links, warnings) and every rejected file with its reason; exits 1 when a
 * file is rejected, so it can gate a deploy.
 */
import { ConfigError, readNodeConfig } from "../config";
import { formatCheck } from "../load/check-report";
import { loadFolder } from "./load-folder";

async function main(): Promise<void> {
  const node = readNodeConfig(process.env);
  const folder = process.argv[2] ?? node.articlesDir;
  const result = await loadFolder(folder, node);
  for (const line of formatCheck(result, folder)) console.log(line);
  process.exitCode = result.rejections.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Cannot check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
