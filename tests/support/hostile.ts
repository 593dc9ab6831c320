/** Hostile request paths and what must never show in an answer (runtime-neutral, shared with the workerd tests). */
export const INTERNALS = /node_modules|\/work\/|\/src\/|at [\w.<>]+ \(|Error:|"name": "feed-publisher"|root:x:0:0/;

export const TRAVERSALS = [
  "/articles/../../etc/passwd",
  "/articles/..%2f..%2fetc%2fpasswd",
  "/articles/%2e%2e/%2e%2e/etc/passwd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/..%2fpackage.json",
  "/%2e%2e%2fpackage.json",
  "/icon.png/../../package.json",
  "/..%5cpackage.json",
  "/articles/000_27df97f2463d8e1f%00.txt",
  "/icon.png%00.txt",
  "/articles/%E0%A4%A",
  "/articles/%",
  "/articles/%zz",
  "//etc/passwd",
  "/articles/000_27df97f2463d8e1f/../../../package.json",
  "/src/config.ts",
  "/package.json",
  "/.git/config",
  "/node_modules/hono/package.json",
];

