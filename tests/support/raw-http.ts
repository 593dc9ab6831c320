import { request } from "node:http";
import type { RawRequest } from "./http-contract";

/** An outside client: plain node:http over loopback, bytes exactly as sent (no decompression). */
export function rawHttp(base: () => string): RawRequest {
  return (path, init = {}) =>
    new Promise((resolve, reject) => {
      const req = request(`${base()}${path}`, { method: init.method ?? "GET", headers: init.headers ?? {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
          }
          resolve({ status: res.statusCode ?? 0, headers, body: new Uint8Array(Buffer.concat(chunks)) });
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    });
}
