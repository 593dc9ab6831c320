import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/worker/**"],
          // Atom schema validation runs libxml2 (wasm) in a worker thread per call.
          testTimeout: 20_000,
        },
      },
      {
        // Runs inside workerd, against the worker built from wrangler.toml.
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
        test: { name: "worker", include: ["tests/worker/**/*.test.ts"], testTimeout: 20_000 },
      },
    ],
  },
});
