/**
 * Serving benchmark, side by side in one run: our Node entry, the bare
 * node:http baseline (same bytes and headers from memory) and a naive
 * render-per-request server, on the 200 and 304 paths of each feed.
 * Several interleaved runs per cell; medians reported.
 */
import autocannon from "autocannon";
import { machine, median, startScript, type Server } from "./lib";

export interface ServeResult {
  rows: string[];
  ratios: { path: string; ok200: number; ok304: number }[];
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

async function rate(server: Server, path: string, conditional: boolean): Promise<{ rps: number; p99: number }> {
  const etag = conditional ? (await fetch(`${server.url}${path}`)).headers.get("etag") ?? "" : "";
  const result = await autocannon({
    url: `${server.url}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: conditional ? { "if-none-match": etag } : {},
  });
  if (result.non2xx && !conditional) throw new Error(`${path}: ${result.non2xx} non-2xx responses`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

export async function benchServing(articlesDir: string): Promise<ServeResult> {
  const env = { ARTICLES_DIR: articlesDir, WATCH: "false" };
  const servers = {
    ours: await startScript("src/node/commands/main.ts", env, /Serving on /),
    baseline: await startScript("bench/baseline-server.ts", env, /Serving on /),
    naive: await startScript("bench/naive-server.ts", env, /Serving on /),
  };
  try {
    const rows: string[] = [];
    const ratios: ServeResult["ratios"] = [];
    for (const path of ["/feed.json", "/rss.xml", "/atom.xml"]) {
      const cells: Record<string, { rps: number[]; p99: number[] }> = {};
      const cell = (key: string) => (cells[key] ??= { rps: [], p99: [] });
      const record = (key: string, r: { rps: number; p99: number }) => {
        cell(key).rps.push(r.rps);
        cell(key).p99.push(r.p99);
      };
      for (let run = 0; run < RUNS; run++) {
        // Ours and the baseline back to back, in alternating order, so drift on a
        // shared two-core machine hits both alike; the CPU-heavy naive server runs apart.
        const pair = run % 2 ? (["baseline", "ours"] as const) : (["ours", "baseline"] as const);
        for (const conditional of [false, true]) {
          for (const name of pair) {
            await settle();
            record(`${name} ${conditional ? 304 : 200}`, await rate(servers[name], path, conditional));
          }
        }
      }
      for (let run = 0; run < RUNS; run++) {
        await settle();
        record("naive 200", await rate(servers.naive, path, false));
      }
      const m = (key: string) => median(cells[key]!.rps);
      const p = (key: string) => median(cells[key]!.p99);
      // The ratio is the median of per-run ratios: each pair ran back to back, so
      // it shares the machine's momentary load, which medians of rates do not cancel.
      const ratio = (status: number) => median(cells[`ours ${status}`]!.rps.map((r, i) => r / cells[`baseline ${status}`]!.rps[i]!));
      const ok200 = ratio(200);
      const ok304 = ratio(304);
      ratios.push({ path, ok200, ok304 });
      rows.push(
        `| ${path} | 200 | ${fmt(m("ours 200"))} | ${fmt(m("baseline 200"))} | **${ok200.toFixed(2)}×** | ${fmt(m("naive 200"))} | ${p("ours 200")} / ${p("baseline 200")} / ${p("naive 200")} ms |`,
        `| ${path} | 304 | ${fmt(m("ours 304"))} | ${fmt(m("baseline 304"))} | **${ok304.toFixed(2)}×** | — | ${p("ours 304")} / ${p("baseline 304")} ms |`,
      );
    }
    return { rows, ratios };
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  }
}

/** A pause between runs, for the previous run's garbage collection and sockets to settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

const fmt = (n: number) => Math.round(n).toLocaleString("en");

export function servingTable(result: ServeResult, articleCount: number): string {
  return [
    `## Serving`,
    ``,
    `${machine()}. autocannon on loopback, ${CONNECTIONS} connections, ${SECONDS} s per run, ${RUNS} runs; ${articleCount} articles, identity encoding. Requests/s are medians; ours/baseline is the median of the ratios of back-to-back pairs (the load generator shares the two cores with the server, so single runs vary by ±10 %).`,
    ``,
    `| route | status | ours (Node entry) | bare node:http baseline | ours / baseline | naive (render per request) | p99 latency ours / baseline / naive |`,
    `|---|---|---|---|---|---|---|`,
    ...result.rows,
  ].join("\n");
}
