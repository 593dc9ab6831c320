import { readdirSync, readFileSync } from "node:fs";
import type { ArticleSource } from "../../src/core/article";
import { readSiteConfig, type Env } from "../../src/config";
import { loadArticles } from "../../src/article/article-store";
import { createApp } from "../../src/serve/app";
import { buildSite } from "../../src/serve/site";
import { nodeCompressor } from "../../src/node/compress";

export const FIXTURES = new URL("../fixtures/", import.meta.url);
export const SEED_NAME = "000_27df97f2463d8e1f.txt";
/** A fixed modification time, so fallback dates are known in tests. */
export const FIXED_MTIME = Date.UTC(2024, 0, 15, 12, 0, 0);

export function fixtureBytes(path: string): Uint8Array {
  return readFileSync(new URL(path, FIXTURES));
}

export function seedSource(mtimeMs = FIXED_MTIME): ArticleSource {
  return { name: SEED_NAME, bytes: readFileSync(new URL(`../../articles/${SEED_NAME}`, import.meta.url)), mtimeMs };
}

export function source(name: string, text: string | Uint8Array, mtimeMs = FIXED_MTIME): ArticleSource {
  return { name, bytes: typeof text === "string" ? new TextEncoder().encode(text) : text, mtimeMs };
}

/** Every file of a fixture folder as sources (expected-result JSON files excluded). */
export function folderSources(folder: string, mtimeMs = FIXED_MTIME): ArticleSource[] {
  const dir = new URL(`${folder}/`, FIXTURES);
  return readdirSync(dir)
    .filter((name) => !name.endsWith(".json"))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(new URL(name, dir)), mtimeMs }));
}

export const TEST_ENV: Env = { SITE_URL: "https://news.example.com" };

/** The app as the Node entry builds it, from in-memory sources. */
export function appFor(sources: ArticleSource[], env: Env = TEST_ENV) {
  const config = readSiteConfig(env);
  const result = loadArticles(sources);
  const site = buildSite(result, config, { compress: nodeCompressor });
  return { app: createApp({ site: () => site, logError: () => {} }), site, result, config };
}
