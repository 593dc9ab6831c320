import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { appFor, fixtureBytes, seedSource, source } from "../support/fixtures";
import { describeHttpContract, type RawRequest } from "../support/http-contract";

const { app } = appFor([seedSource(), source("full.md", fixtureBytes("markdown/full.md"))]);

const request: RawRequest = async (path, init) => {
  const response = await app.request(path, init);
  return { status: response.status, headers: response.headers, body: new Uint8Array(await response.arrayBuffer()) };
};

describeHttpContract("Node app, in process", () => request, {
  decompress: (coding, bytes) => (coding === "gzip" ? gunzipSync(bytes) : brotliDecompressSync(bytes)),
});
