/**
 * The digest of the project's own source folders (src/node/code-digest.ts).
 * Source files are never edited here: reads of one file are altered through
 * a wrapped node:fs, and the module is loaded afresh to drop its cache.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

/** Path suffix → text returned instead of the file's bytes. */
const altered = vi.hoisted(() => new Map<string, string>());
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    for (const [suffix, text] of altered) if (String(path).endsWith(suffix)) return Buffer.from(text);
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

/** codeDigest from a freshly loaded module (its per-process cache empty). */
async function freshDigest(folders: string[]): Promise<string> {
  vi.resetModules();
  const { codeDigest } = await import("../../src/node/code-digest");
  return codeDigest(folders);
}

beforeEach(() => altered.clear());

describe("codeDigest", () => {
  it("is 16 hex digits, the same on every load of unchanged code", async () => {
    const digest = await freshDigest(["core"]);
    expect(digest).toMatch(/^[0-9a-f]{16}$/);
    expect(await freshDigest(["core"])).toBe(digest);
  });

  it("differs between folder sets", async () => {
    const core = await freshDigest(["core"]);
    expect(await freshDigest(["core", "render"])).not.toBe(core);
    expect(await freshDigest(["render"])).not.toBe(core);
  });

  it("skips a folder that does not exist", async () => {
    expect(await freshDigest(["core", "no-such-folder"])).toBe(await freshDigest(["core"]));
    expect(await freshDigest(["no-such-folder"])).toBe(await freshDigest([]));
  });

  it("changes when one file in the folders changes, including in subfolders", async () => {
    const before = await freshDigest(["core", "extract"]);
    altered.set("src/core/time.ts", "// changed\n");
    const topLevel = await freshDigest(["core", "extract"]);
    altered.clear();
    altered.set("src/extract/html/internal/title.ts", "// changed\n");
    const nested = await freshDigest(["core", "extract"]);
    expect(topLevel).not.toBe(before);
    expect(nested).not.toBe(before);
    expect(nested).not.toBe(topLevel);
  });

  it("changes when a dependency's version changes (package-lock.json)", async () => {
    const before = await freshDigest(["core"]);
    altered.set("package-lock.json", '{ "lockfileVersion": 3, "packages": { "node_modules/eld": { "version": "9.9.9" } } }\n');
    expect(await freshDigest(["core"])).not.toBe(before);
  });

  it("does not change when a file outside the folders changes", async () => {
    const before = await freshDigest(["core"]);
    altered.set("src/render/pages.ts", "// changed\n");
    expect(await freshDigest(["core"])).toBe(before);
  });

  it("is computed once per process: a later change is seen only by a new process", async () => {
    vi.resetModules();
    const { codeDigest } = await import("../../src/node/code-digest");
    const first = codeDigest(["core"]);
    altered.set("src/core/time.ts", "// changed\n");
    expect(codeDigest(["core"])).toBe(first);
  });
});
