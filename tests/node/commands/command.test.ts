/** Every command-line program ends one way (src/node/commands/command.ts): exit 0 done, 1 not done (settings, input, errors), 2 wrong command line; one line saying why. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config";
import { EXIT, failureLine, UsageError } from "../../../src/node/commands/command";

const run = promisify(execFile);

async function outcome(program: string, args: string[], env: Record<string, string>) {
  return run("npx", ["tsx", `src/node/commands/${program}.ts`, ...args], { env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe("failureLine", () => {
  it("is one line: what failed and why, never a stack trace", () => {
    const error = new Error("EACCES: permission denied, open 'x'\n    at somewhere (file.ts:1:1)");
    expect(failureLine("Cannot export", error)).toBe("Cannot export: EACCES: permission denied, open 'x'");
    expect(failureLine("Cannot ping", "plain")).toBe("Cannot ping: plain");
  });

  it("gives a usage line as it is", () => {
    expect(failureLine("Cannot export", new UsageError("usage: npm run export -- <output folder>"))).toBe("usage: npm run export -- <output folder>");
  });

  it("lets a settings error list every bad setting", () => {
    expect(failureLine("Cannot start", new ConfigError(["PORT must be…", "FEED_LIMIT must be…"]))).toBe("Invalid settings:\n  - PORT must be…\n  - FEED_LIMIT must be…");
  });
});

describe("the programs' exit codes", () => {
  it.each([
    ["main", [], { PORT: "eighty" }, /PORT must be a whole number/],
    ["build-site", [], { FEED_LIMIT: "0" }, /FEED_LIMIT must be a whole number/],
    ["check", [], { MAX_ARTICLES: "-1" }, /MAX_ARTICLES must be a whole number/],
    ["websub-ping", [], { WEBSUB_HUB: "" }, /WEBSUB_HUB is not set/],
  ] as const)("%s exits 1 when it cannot run, saying why on stderr", async (program, args, env, reason) => {
    const result = await outcome(program, [...args], env);
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("export exits 2 without its folder argument, with the usage line alone", async () => {
    const result = await outcome("export", [], {});
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr.trim()).toBe("usage: npm run export -- <output folder>");
  }, 30_000);

  it("check exits 1 for a rejected file and 0 for a clean folder", async () => {
    expect((await outcome("check", ["tests/fixtures/scrapes"], {})).code).toBe(EXIT.failed);
    expect((await outcome("check", ["articles"], {})).code).toBe(EXIT.ok);
  }, 30_000);
});
