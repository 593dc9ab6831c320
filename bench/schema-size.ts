/**
 * What a schema library costs the worker: the manifest's schema written with
 * valibot, zod/mini and zod, each bundled and minified alone with esbuild,
 * then gzipped. Needs zod beside valibot: `npm i --no-save zod@4.6.7`, then
 * `npx tsx bench/schema-size.ts`. Not run by `npm run bench`.
 */
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

const SCHEMAS: Record<string, string> = {
  valibot: `import * as v from "valibot";
const Entry = v.tuple([v.picklist(["rss","atom","json","html"]), v.string(), v.number(), v.number(), v.picklist([0,1]), v.string()]);
const Manifest = v.object({ version: v.literal(1), config: v.object({ siteUrl: v.string(), title: v.string(), feedLimit: v.number(), feedsAsXml: v.picklist(["browsers","always","never"]), websubHub: v.optional(v.string()) }), code: v.string(), documents: v.record(v.string(), Entry), moved: v.record(v.string(), v.string()), gone: v.array(v.string()), public: v.array(v.string()), pastValidators: v.array(v.tuple([v.string(), v.string(), v.number()])) });
export function check(x) { const r = v.safeParse(Manifest, x); return r.success ? r.output : r.issues.map((i) => v.getDotPath(i) + ": " + i.message); }`,
  "zod/mini": `import * as z from "zod/mini";
const Entry = z.tuple([z.enum(["rss","atom","json","html"]), z.string(), z.number(), z.number(), z.union([z.literal(0), z.literal(1)]), z.string()]);
const Manifest = z.object({ version: z.literal(1), config: z.object({ siteUrl: z.string(), title: z.string(), feedLimit: z.number(), feedsAsXml: z.enum(["browsers","always","never"]), websubHub: z.optional(z.string()) }), code: z.string(), documents: z.record(z.string(), Entry), moved: z.record(z.string(), z.string()), gone: z.array(z.string()), public: z.array(z.string()), pastValidators: z.array(z.tuple([z.string(), z.string(), z.number()])) });
export function check(x) { const r = Manifest.safeParse(x); return r.success ? r.data : r.error.issues.map((i) => i.path.join(".") + ": " + i.message); }`,
};
SCHEMAS.zod = SCHEMAS["zod/mini"]!.replace('from "zod/mini"', 'from "zod"');

for (const [name, contents] of Object.entries(SCHEMAS)) {
  const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: "js" }, bundle: true, minify: true, format: "esm", write: false, logLevel: "silent" });
  const bytes = out.outputFiles[0]!.contents;
  console.log(`| ${name} | ${(bytes.length / 1024).toFixed(1)} | ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} |`);
}
