// `npm start` runs compiled JavaScript: this bundles src/node/main.ts and the
// packages it uses into build/node/main.js (one file loads faster than
// hundreds of modules, and JSON imports need no import attributes). Written to
// a temporary file and renamed, so servers starting side by side never load half a file.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const out = "build/node/main.js";
const result = await build({
  entryPoints: ["src/node/main.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Packages written as CommonJS call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  sourcemap: "linked",
  outfile: out,
  write: false,
  logLevel: "warning",
});
mkdirSync("build/node", { recursive: true });
// The source map first: whoever loads main.js finds the map that matches it.
for (const file of [...result.outputFiles].sort((a) => (a.path.endsWith(".map") ? -1 : 1))) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
