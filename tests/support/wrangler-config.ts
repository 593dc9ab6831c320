import { readFileSync } from "node:fs";
import { parse } from "smol-toml";

export interface WranglerConfig {
  main: string;
  compatibility_date: string;
  vars: Record<string, string>;
  dev?: { port?: number; ip?: string };
}

export function readWranglerConfig(): WranglerConfig {
  return parse(readFileSync(new URL("../../wrangler.toml", import.meta.url), "utf8")) as unknown as WranglerConfig;
}
