/** The worker's manifest is checked against its schema where it is read (src/serve/manifest.ts), never cast. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/config";
import { MANIFEST_ASSET, parseManifest } from "../../src/serve/manifest";
import { readManifest } from "../../src/node/site-build";

const built = JSON.parse(readFileSync(join(".site", MANIFEST_ASSET), "utf8")) as Record<string, unknown>;
const problems = (json: unknown): string[] => {
  try {
    parseManifest(json);
    return [];
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
};

describe("parseManifest", () => {
  it("reads the manifest npm run build:site wrote", () => {
    const manifest = parseManifest(built);
    expect(manifest.documents["/rss.xml"]?.[0]).toBe("rss");
    expect(Object.keys(manifest.config).sort()).toEqual(Object.keys(readSiteConfig({})).sort());
  });

  it("fills the ledger's lists when a manifest has none", () => {
    const { moved: _moved, gone: _gone, ...older } = built;
    expect(parseManifest(older)).toMatchObject({ moved: {}, gone: [] });
  });

  it("names another version's manifest, and what was not a manifest at all", () => {
    expect(problems({ ...built, version: 2 })).toEqual(["the site was built by another version (manifest 2); run npm run build:site again"]);
    expect(problems([])).toEqual(["the site was built by another version (manifest undefined); run npm run build:site again"]);
  });

  it("names every damaged field by its path", () => {
    const documents = { ...(built.documents as object), "/rss.xml": ["podcast", "abc", -1, 0, 0, ""] };
    expect(problems({ ...built, documents, config: { ...(built.config as object), feedLimit: "50" }, public: undefined })).toEqual([
      expect.stringMatching(/^the site's manifest is damaged at config\.feedLimit: Invalid type: Expected number but received "50"; run npm run build:site again$/),
      expect.stringMatching(/^the site's manifest is damaged at documents\.\/rss\.xml\.0: /),
      expect.stringMatching(/^the site's manifest is damaged at documents\.\/rss\.xml\.2: /),
      expect.stringMatching(/^the site's manifest is damaged at public: /),
    ]);
  });
});

describe("readManifest (the build step's previous manifest)", () => {
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives nothing for a damaged manifest, so the build starts from scratch", () => {
    const file = join(dir, MANIFEST_ASSET);
    mkdirSync(join(dir, "_site"), { recursive: true });
    writeFileSync(file, JSON.stringify({ ...built, documents: { "/": ["html"] } }));
    expect(readManifest(dir)).toBeUndefined();
    writeFileSync(file, JSON.stringify(built));
    expect(readManifest(dir)?.documents).toEqual(built.documents);
  });
});
