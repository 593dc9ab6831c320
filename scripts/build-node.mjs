// `npm start` runs compiled JavaScript: this bundles the server's entry
// src/node/commands/main.ts, the parse worker src/node/parse-worker.ts and
// the packages they use into build/node/ (a few files load faster than
// hundreds of modules, and JSON imports need no import attributes). Code both
// entries share goes into chunks beside them; the parsers are a chunk of their
// own that the server loads only when it has something to parse. Files are
// written under temporary names and renamed, so servers starting side by side
// never load half a file.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

// eld's language profiles are a 950 KB object literal; V8 compiles JSON.parse of the same data
// about four times faster (measured: 200 ms → 60 ms per thread start), and every parse thread
// loads it. The data is read at build time and written back as one JSON string.
const dataAsJson = {
  name: "data-as-json",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]eld[\\/]src[\\/]ngrams[\\/][a-z]+\.js$/ }, async ({ path }) => {
      const { ngramsData } = await import(pathToFileURL(path).href);
      return { contents: `export const ngramsData = JSON.parse(${JSON.stringify(JSON.stringify(ngramsData))});`, loader: "js" };
    });
  },
};

const result = await build({
  // Named outputs: build/node/main.js (what npm start runs) and parse-worker.js beside it
  // (node/parallel-parse.ts loads it by a path relative to its own URL), wherever the sources sit.
  entryPoints: { main: "src/node/commands/main.ts", "parse-worker": "src/node/parse-worker.ts" },
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
  plugins: [dataAsJson],
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
// Chunks of earlier builds go once they are an hour old: a server still running from one may
// yet load its parser chunk, but not after that long.
const current = new Set(result.outputFiles.map((file) => basename(file.path)));
for (const name of readdirSync("build/node")) {
  const path = join("build/node", name);
  if (/^chunk-.*\.js(\.map)?$/.test(name) && !current.has(name) && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
}
