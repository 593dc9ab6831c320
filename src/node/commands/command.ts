/**
 * How every command-line program ends (npm start, build:site, check, export,
 * websub:ping): the same exit codes, and a failure told in one line, never a
 * stack trace.
 */
import { ConfigError } from "../../config";

export const EXIT = {
  /** Done. */
  ok: 0,
  /** Not done as asked, for a reason the user fixes: invalid settings, a rejected article file, a hub that did not answer, an error. */
  failed: 1,
  /** The command line itself is wrong (a missing argument). */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command line the program cannot use; its message says how to call it. */
export class UsageError extends Error {}

/**
 * Runs a program's `main`; its result is the exit code. A failure prints
 * `<failedTo>: <reason>` ("Cannot start: …"; settings errors list every bad setting) and
 * exits at once, so nothing left running (a watcher, a retry) keeps the
 * process alive.
 */
export function runCommand(failedTo: string, main: () => Promise<ExitCode | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? EXIT.ok;
    },
    (error: unknown) => {
      console.error(failureLine(failedTo, error));
      process.exit(error instanceof UsageError ? EXIT.usage : EXIT.failed);
    },
  );
}

/** `Cannot start: EADDRINUSE…`; a ConfigError's own message, which lists each setting; a usage line as it is. */
export function failureLine(failedTo: string, error: unknown): string {
  if (error instanceof ConfigError || error instanceof UsageError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${failedTo}: ${message.split("\n")[0]}`;
}
