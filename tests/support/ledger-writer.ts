/**
 * One of two processes racing to write the same publication ledger: adds
 * `count` entries of its own, one save at a time (each save re-reads and
 * merges under the lock). Run by tests/features/ledger.test.ts.
 *   tsx tests/support/ledger-writer.ts <dir> <prefix> <count>
 */
import type { Ledger } from "../../src/article/ledger";
import { LedgerFile } from "../../src/node/ledger-file";

const [dir, prefix, count] = process.argv.slice(2) as [string, string, string];
const file = new LedgerFile(dir, (line) => console.error(line));
// Only its own entries: whatever the other process wrote survives only if no save loses it.
const ours: Ledger = new Map();
for (let i = 0; i < Number(count); i++) {
  const id = `${prefix}-${String(i).padStart(3, "0")}`;
  ours.set(id, { id, file: `${id}.md`, firstPublished: undefined, updated: undefined, digest: `digest-${id}`, former: [] });
  file.save(ours);
}
console.log(`wrote ${count}`);
