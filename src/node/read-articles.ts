/** Node edge: the articles folder → ArticleSource[]. The only file-system reader of articles. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleSource, Rejection } from "../core/article";
import { isArticleFile } from "../load/load-articles";

export interface FolderRead {
  sources: ArticleSource[];
  /** Files that could not even be read (permissions, not a regular file). */
  unreadable: Rejection[];
}

export async function readArticlesFolder(dir: string): Promise<FolderRead> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new Error(`cannot read the articles folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const sources: ArticleSource[] = [];
  const unreadable: Rejection[] = [];
  for (const name of names.filter(isArticleFile).sort()) {
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile()) {
        unreadable.push({ name, reason: "not a regular file" });
        continue;
      }
      sources.push({ name, bytes: await readFile(path), mtimeMs: info.mtimeMs });
    } catch (error) {
      unreadable.push({ name, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    }
  }
  return { sources, unreadable };
}
