/**
 * `npm run export -- <dir>`: the whole site as files for any static host:
 * landing page, article pages, feeds, archives, tag feeds, the 404 page and
 * public/. Every file holds exactly the bytes the server sends for its path
 * with the same SITE_URL.
 *
 * Paths map to files as static hosts expect: `/` → index.html,
 * `/articles/<id>` → articles/<id>.html (served at the extensionless URL by
 * GitHub Pages, Netlify and Cloudflare Pages), feeds keep their names.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
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
  return { files: files + 1, articles: result.articles.length };
}
