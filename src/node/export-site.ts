/**
 * `npm run export -- <dir>`: the whole site as files for any static host:
 * landing page, article pages, feeds, archives, tag feeds, the 404 page,
 * public/, and `_redirects` for renamed articles. Every file holds exactly the bytes the server sends for its path
 * with the same SITE_URL.
 *
 * Paths map to files as static hosts expect: `/` → index.html,
 * `/articles/<id>` → articles/<id>.html (served at the extensionless URL by
 * GitHub Pages, Netlify and Cloudflare Pages), feeds keep their names.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readNodeConfig, readSiteConfig } from "../config";
import { formatLoadReport } from "../article/report";
import { renderSite } from "../render/site";
import { loadFolder } from "./load-folder";
import { ARTICLE_PREFIX } from "../core/url";

export function fileFor(path: string): string {
  if (path === "/") return "index.html";
  if (path.startsWith(ARTICLE_PREFIX)) return `${path.slice(1)}.html`;
  return path.slice(1);
}

export async function exportSite(outDir: string, env: NodeJS.ProcessEnv, publicDir = "public"): Promise<{ files: number; articles: number }> {
  const node = readNodeConfig(env);
  const config = readSiteConfig(env, node.port);
  const result = await loadFolder(node.articlesDir, node);
  for (const line of formatLoadReport(result, node.articlesDir)) console.log(line);
  // Each document is written and let go: memory stays that of one document.
  const site = renderSite(result, config, { keep: false });
  mkdirSync(outDir, { recursive: true });
  if (existsSync(publicDir)) cpSync(publicDir, outDir, { recursive: true });
  let files = 0;
  for (const path of site.paths()) {
    const file = join(outDir, fileFor(path));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, site.document(path)!.body);
    files++;
  }
  writeFileSync(join(outDir, "404.html"), site.notFound.body);
  files++;
  // Renamed articles keep answering at their old address: Netlify's and Cloudflare Pages' `_redirects`
  // (after the publisher's own rules, if public/ has some). Removed ones answer 404 there: no static
  // host both serves a 410 and reads one format for it.
  const moved = Object.entries(result.moved ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (moved.length) {
    const file = join(outDir, REDIRECTS_FILE);
    const own = existsSync(file) ? `${readFileSync(file, "utf8").trimEnd()}\n` : "";
    writeFileSync(file, own + moved.map(([from, to]) => `${ARTICLE_PREFIX}${from} ${ARTICLE_PREFIX}${to} 301\n`).join(""));
    if (!own) files++;
  }
  return { files, articles: result.articles.length };
}

/** The redirect rules file of Netlify and Cloudflare Pages. */
export const REDIRECTS_FILE = "_redirects";
