/** `npm run export -- <dir>`: see export-site.ts. */
import { resolve } from "node:path";
import { runCommand, UsageError } from "./command";
import { exportSite } from "../export-site";

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new UsageError("usage: npm run export -- <output folder>");
  const out = resolve(target);
  const { files, articles } = await exportSite(out, process.env);
  console.log(`Exported ${files} files (${articles} articles) and public/ to ${out}`);
}

runCommand("Cannot export", main);
