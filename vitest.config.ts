import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Atom schema validation runs libxml2 (wasm) in a worker thread per call.
    testTimeout: 20_000,
  },
});
