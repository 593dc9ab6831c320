/**
 * Starts the real servers as a user would (`npm start`, `npm run dev:worker`)
 * on free loopback ports, and stops them by their process group.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningServer {
  url: string;
  /** Process id of the command, which leads its own process group. */
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, url: string, timeoutMs: number): Promise<RunningServer> {
  const child = spawn(command, args, {
    env: { ...process.env, ...env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", CI: "true", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group, so stop() ends every child it started
  });
  let log = "";
  const stop = () => stopGroup(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command} ${args.join(" ")} not ready after ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (ready.test(log)) {
        clearTimeout(timer);
        resolve({ url, pid: child.pid!, output: () => log, stop });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${log}`));
    });
  });
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => signal("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    signal("SIGTERM");
  });
  function signal(name: NodeJS.Signals) {
    try {
      process.kill(-child.pid!, name);
    } catch {
      /* already gone */
    }
  }
}

/** `npm start` with the given environment; SITE_URL defaults to the server's own address. */
export async function startNode(env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return start("npm", ["start"], { HOST: "127.0.0.1", PORT: String(port), SITE_URL: url, ...env }, /Serving on /, url, 60_000);
}

/**
 * `npm run dev:worker -- --port N` (wrangler dev, workerd, offline) with `--var`s; SITE_URL defaults to its own
 * address. The site is built (wrangler's [build] runs `npm run build:site`) with the same settings into a folder of
 * its own, so servers started side by side never share one; `env` adds to the build's environment (ARTICLES_DIR).
 */
export async function startWorkerDev(vars: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const settings = { SITE_URL: url, ...vars };
  const siteDir = mkdtempSync(join(tmpdir(), "feed-publisher-site-"));
  const varArgs = Object.entries(settings).flatMap(([k, v]) => ["--var", `${k}:${v}`]);
  const server = await start("npm", ["run", "dev:worker", "--", "--port", String(port), "--assets", siteDir, ...varArgs], { ...settings, ...env, SITE_BUILD_DIR: siteDir }, /Ready on /, url, 180_000)
    .catch((error: unknown) => {
      rmSync(siteDir, { recursive: true, force: true });
      throw error;
    });
  return { ...server, stop: () => server.stop().then(() => rmSync(siteDir, { recursive: true, force: true })) };
}
