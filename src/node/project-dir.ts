/**
 * Node edge: the project's folder, found from this file's own address, so the
 * server and the build step find what ships with the code (public/, src/)
 * whatever folder they are started from.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// src/node/project-dir.ts and the compiled build/node/*.js are both two levels below the project.
export const PROJECT_DIR = fileURLToPath(new URL("../..", import.meta.url));

/** The static files served beside the feeds (the feed stylesheet, icons, the subscribe script). */
export const PUBLIC_DIR = join(PROJECT_DIR, "public");
