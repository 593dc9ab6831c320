/**
 * `npm start` as a user runs it (compiled build/node/main.js; run
 * scripts/build-node.mjs first), timed from spawn until /feed.json answers,
 * and its resident memory then (Linux /proc). Loopback only.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { freePort } from "../tests/support/servers";
import { rssMb } from "./lib";

export interface StartFigures {
  /** Spawn until /feed.json answered 200. */
  readyMs: number;
  /** Resident memory after the feeds, the landing page and 100 article pages were served. */
  rssMb: number;
}

/** `checkout`: the folder whose build/node/main.js runs (another checkout, to compare with). */
export async function timeNodeStart(env: NodeJS.ProcessEnv, checkout = "."): Promise<StartFigures> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--enable-source-maps", "build/node/main.js"], {
    cwd: checkout,
    env: { ...process.env, ...env, HOST: "127.0.0.1", PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      const ok = await fetch(`${url}/feed.json`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const readyMs = Math.round(performance.now() - t0);
    const feed = (await (await fetch(`${url}/feed.json`)).json()) as { items: { id: string }[] };
    for (const path of ["/rss.xml", "/atom.xml", "/"]) await (await fetch(`${url}${path}`)).arrayBuffer();
    const pages = feed.items.map((i) => new URL(i.id).pathname);
    for (let k = 0; k < 100; k++) await (await fetch(`${url}${pages[k % pages.length]}`)).arrayBuffer();
    return { readyMs, rssMb: Math.round(rssMb(child.pid!)) };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await timeNodeStart({}));
