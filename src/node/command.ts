/**
 * How every command-line program ends (npm start, build:site, check, export,
 * websub:ping): the same exit codes, and a failure told in one line, never a
 * stack trace.
 */
import { ConfigError } from "../config";

export const EXIT = {
  /** Done. */
  ok: 0,
  /** Done, but something in the input or on the way needs the user (a rejected file, a hub that did not answer). */
  problems: 1,
  /** Could not run: bad settings, bad usage, or an error. */
  failed: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Runs a program's `main`; its result is the exit code. A failure prints
 * `<what> failed: <reason>` (settings errors list every bad setting) and
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
      process.exit(EXIT.failed);
    },
  );
}

/** `Cannot start: EADDRINUSE…`; a ConfigError's own message, which lists each setting. */
export function failureLine(failedTo: string, error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${failedTo}: ${message.split("\n")[0]}`;
}
