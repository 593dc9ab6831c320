/**
 * A digest of the project's own source folders and of the dependency versions
 * it runs with (package-lock.json), so caches of what that code produced
 * (parsed articles, rendered documents) are dropped when the code or a library
 * changes (an upgraded language detector or feed renderer), without anyone
 * having to remember to bump a version.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_DIR as PROJECT } from "./project-dir";

// The compiled server still reads src/ in the project to digest the loader code.

const digests = new Map<string, string>();

/** Digest of every file under src/<folder> for the given folders, and of the lock file (cached per process). */
export function codeDigest(folders: readonly string[]): string {
  const key = folders.join(",");
  let digest = digests.get(key);
  if (digest === undefined) {
    const hash = createHash("sha256");
    for (const folder of folders) {
      const root = join(PROJECT, "src", folder);
      if (!existsSync(root)) continue;
      for (const entry of readdirSync(root, { recursive: true, withFileTypes: true }).sort((a, b) => (join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1))) {
        if (!entry.isFile()) continue;
        const file = join(entry.parentPath, entry.name);
        hash.update(`${file.slice(PROJECT.length)}\0`).update(readFileSync(file)).update("\0");
      }
    }
    const lock = join(PROJECT, "package-lock.json");
    if (existsSync(lock)) hash.update("package-lock.json\0").update(readFileSync(lock));
    digests.set(key, (digest = hash.digest("hex").slice(0, 16)));
  }
  return digest;
}
