/** `npm run export -- <dir>`: see export-site.ts. */
import { resolve } from "node:path";
import { ConfigError } from "../config";
import { exportSite } from "./export-site";

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new ConfigError(["usage: npm run export -- <output folder>"]);
  const out = resolve(target);
  const { files, articles } = await exportSite(out, process.env);
  console.log(`Exported ${files} files (${articles} articles) and public/ to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Cannot export: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
