/**
 * Load and soak test: `npm run loadtest` (loopback only, bounded in time and
 * count). Starts `npm start`'s server on a copy of the articles, hammers the
 * feed routes with a realistic mix (200s, 304s, HEAD, gzip, brotli) with
 * autocannon while articles are edited and added, validates every feed a
 * checker fetches meanwhile, and writes the figures to bench/results.md.
 *
 * LOAD_SECONDS (default 60), LOAD_CONNECTIONS (default 100), LOAD_MAX_REQUESTS (default 20,000,000).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { parseStrictXml } from "../tests/support/xml";
import { validateJsonFeed } from "../tests/support/json-feed-schema";
import { machine, rssMb, startScript, writeSection } from "./lib";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const MAX_REQUESTS = Number(process.env.LOAD_MAX_REQUESTS ?? 20_000_000);

const dir = mkdtempSync(join(tmpdir(), "loadtest-"));
const articles = join(dir, "articles");
cpSync("articles", articles, { recursive: true });
for (const name of ["wire-byline-dateline.txt", "arabic-rtl.txt", "japanese.txt", "french-quotes-captions.txt", "read-more-urls.txt"]) {
  cpSync(`tests/fixtures/scrapes/${name}`, join(articles, name));
}
cpSync("tests/fixtures/markdown/full.md", join(articles, "full.md"));

const server = await startScript("src/node/commands/main.ts", { ARTICLES_DIR: articles }, /Serving on /);
try {
  const etag = async (path: string) => (await fetch(`${server.url}${path}`)).headers.get("etag") ?? '"none"';
  // Warm up (and make the compressed variants) before the first reading.
  for (const encoding of ["identity", "gzip", "br"]) {
    for (const path of ["/rss.xml", "/atom.xml", "/feed.json"]) await fetch(`${server.url}${path}`, { headers: { "Accept-Encoding": encoding } });
  }
  const memoryBefore = rssMb(server.pid);
  const memorySamples: number[] = [];
  const sampler = setInterval(() => memorySamples.push(rssMb(server.pid)), 1000);

  // Edits and additions while the load runs.
  let edits = 0;
  const editor = setInterval(() => {
    edits++;
    writeFileSync(join(articles, `live-${edits % 20}.md`), `---\ntitle: Live edit ${edits}\ndate: 2026-01-01T00:00:${String(edits % 60).padStart(2, "0")}Z\n---\nEdited body ${edits} & <more>.\n`);
    if (edits % 5 === 0) writeFileSync(join(articles, "full.md"), `${"---\ntitle: Desalination plant opens\n---\n"}Revision ${edits}.\n`);
  }, 500);

  // A checker that fully validates what the server returns, all through the run.
  let checked = 0;
  let heads = 0;
  const invalid: string[] = [];
  let checking = true;
  const checker = (async () => {
    while (checking) {
      for (const path of ["/rss.xml", "/atom.xml", "/feed.json"]) {
        const response = await fetch(`${server.url}${path}`, { headers: { "Accept-Encoding": "gzip" } });
        const body = await response.text();
        try {
          if (response.status !== 200) throw new Error(`status ${response.status}`);
          if (path === "/feed.json") {
            const errors = validateJsonFeed(JSON.parse(body));
            if (errors.length) throw new Error(errors.join("; "));
          } else parseStrictXml(body);
          checked++;
          // HEAD here rather than in autocannon, whose parser waits for a HEAD body that never comes.
          const head = await fetch(`${server.url}${path}`, { method: "HEAD" });
          if (head.status !== 200 || (await head.text()) !== "") throw new Error(`HEAD answered ${head.status} with a body`);
          heads++;
        } catch (error) {
          invalid.push(`${path}: ${(error as Error).message}`);
        }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();

  // Readers revalidate with the tag they last saw: keep the tags current as edits land.
  const tags: Record<string, string> = {};
  const refreshTags = async () => {
    for (const path of ["/rss.xml", "/atom.xml", "/feed.json"]) tags[path] = await etag(path);
  };
  await refreshTags();
  const tagRefresher = setInterval(() => void refreshTags(), 200);
  const conditional = (path: string) => (request: autocannon.Request) => ({ ...request, headers: { ...request.headers, "if-none-match": tags[path]! } });
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    amount: undefined,
    timeout: 10,
    requests: [
      { method: "GET", path: "/feed.json" },
      { method: "GET", path: "/rss.xml", setupRequest: conditional("/rss.xml") },
      { method: "GET", path: "/atom.xml", headers: { "accept-encoding": "gzip" } },
      { method: "GET", path: "/feed.json", setupRequest: conditional("/feed.json") },
      { method: "GET", path: "/rss.xml", headers: { "accept-encoding": "br" } },
      { method: "GET", path: "/atom.xml", headers: { "accept-encoding": "gzip" }, setupRequest: conditional("/atom.xml") },
      { method: "GET", path: "/" },
    ],
  });
  if (result.requests.total > MAX_REQUESTS) console.warn(`note: ${result.requests.total} requests exceeded LOAD_MAX_REQUESTS`);
  clearInterval(editor);
  clearInterval(tagRefresher);
  checking = false;
  await checker;
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, 1500));
  const memoryAfter = rssMb(server.pid);

  const statuses = result.statusCodeStats as unknown as Record<string, { count: number }>;
  const byStatus = Object.entries(statuses).map(([code, { count }]) => `${code}: ${count}`).join(", ");
  const bad = Object.entries(statuses).filter(([code]) => !["200", "304"].includes(code)).reduce((n, [, { count }]) => n + count, 0);
  const lines = [
    `## Load and soak test`,
    ``,
    `\`npm run loadtest\`, ${new Date().toISOString().slice(0, 10)}, ${machine()}.`,
    `${SECONDS} s, ${CONNECTIONS} connections, autocannon on loopback against \`npm start\` (one Node process), mix: GET /feed.json, conditional GET (304) of each feed, gzip and brotli, the landing page. Meanwhile an article was edited or added every 500 ms (${edits} changes) and a checker fully validated every feed it fetched and sent HEAD requests (${heads}).`,
    ``,
    `| figure | value |`,
    `|---|---|`,
    `| requests | ${result.requests.total.toLocaleString("en")} |`,
    `| requests/s (mean) | ${Math.round(result.requests.average).toLocaleString("en")} |`,
    `| latency p50 / p90 / p99 / max | ${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max} ms |`,
    `| throughput | ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s |`,
    `| status codes | ${byStatus} |`,
    `| errors / timeouts | ${result.errors} / ${result.timeouts} |`,
    `| responses other than 2xx/304 | ${bad} |`,
    `| feeds validated by the checker | ${checked}, invalid: ${invalid.length} |`,
    `| server memory (RSS) before / after / max during | ${memoryBefore} / ${memoryAfter} / ${Math.max(...memorySamples)} MB |`,
    `| server memory every 10 s | ${memorySamples.filter((_, i) => i % 10 === 9).join(", ")} MB |`,
  ];
  console.log(lines.join("\n"));
  if (invalid.length) console.log(`Invalid responses:\n${invalid.slice(0, 10).join("\n")}`);
  writeSection("loadtest", lines.join("\n"));
  const failed = result.errors > 0 || result.timeouts > 0 || bad > 0 || invalid.length > 0;
  process.exitCode = failed ? 1 : 0;
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
