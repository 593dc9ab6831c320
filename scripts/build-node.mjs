// `npm start` runs compiled JavaScript: this bundles src/node/main.ts (our code
// only; packages stay in node_modules) into build/node/main.js. Written to a
// temporary file and renamed, so servers starting side by side never load half a file.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const out = "build/node/main.js";
const result = await build({
  entryPoints: ["src/node/main.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "inline",
  write: false,
  logLevel: "warning",
});
mkdirSync("build/node", { recursive: true });
const temporary = `${out}.${process.pid}.tmp`;
writeFileSync(temporary, result.outputFiles[0].contents);
renameSync(temporary, out);
