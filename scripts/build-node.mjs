// `npm start` runs compiled JavaScript: this bundles src/node/main.ts, the
// parse worker src/node/parse-worker.ts and the packages they use into
// build/node/ (a few files load faster than hundreds of modules, and JSON
// imports need no import attributes). Code both entries share goes into
// chunks beside them; the parsers are a chunk of their own that the server
// loads only when it has something to parse. Files are written under
// temporary names and renamed, so servers starting side by side never load
// half a file.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const result = await build({
  entryPoints: ["src/node/main.ts", "src/node/parse-worker.ts"],
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Packages written as CommonJS call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  sourcemap: "linked",
  // Chunks stay beside the entries: code that finds the project from its own URL is two levels down wherever it lands.
  outdir: "build/node",
  chunkNames: "chunk-[hash]",
  write: false,
  logLevel: "warning",
});
mkdirSync("build/node", { recursive: true });
// Chunks and source maps first: whoever loads an entry finds every file it imports.
const rank = (path) => (path.endsWith(".map") ? 0 : /chunk-[^/]*\.js$/.test(path) ? 1 : 2);
for (const file of [...result.outputFiles].sort((a, b) => rank(a.path) - rank(b.path))) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
