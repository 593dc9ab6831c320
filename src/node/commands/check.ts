/**
 * `npm run check`: the publisher's pre-flight. Lists, per article file, what
 * the loader found (title, date and where it came from, captions, related
 * links, warnings) and every rejected file with its reason; exits 1 when a
 * file is rejected (EXIT.failed), so it can gate a deploy.
 */
import { readNodeConfig } from "../../config";
import { formatCheck, formatLedgerCheck } from "../../article/check-report";
import { EXIT, runCommand, type ExitCode } from "./command";
import type { FolderLedger } from "../ledger-file";
import { loadFolder } from "../load-folder";

async function main(): Promise<ExitCode> {
  const node = readNodeConfig(process.env);
  const folder = process.argv[2] ?? node.articlesDir;
  let ledger: FolderLedger | undefined;
  let ledgerExisted = false;
  // Read-only: the checker reports what the publication ledger would record, and changes nothing.
  const result = await loadFolder(folder, node, { ledger: (l) => { ledger = l; ledgerExisted = l.current().size > 0; } });
  const ledgerLines = formatLedgerCheck(ledger?.events ?? [], ledgerExisted);
  for (const line of formatCheck(result, folder)) console.log(line);
  if (ledgerLines.length) console.log(["", "Publication ledger:", ...ledgerLines.map((l) => `  ${l}`)].join("\n"));
  return result.rejections.length ? EXIT.failed : EXIT.ok;
}

runCommand("Cannot check", main);
