import { SELF } from "cloudflare:test";
import { describeHttpContract, type RawRequest } from "../support/http-contract";

const request: RawRequest = async (path, init) => {
  const response = await SELF.fetch(`http://localhost:8787${path}`, init);
  return { status: response.status, headers: response.headers, body: new Uint8Array(await response.arrayBuffer()) };
};

// No compression checks: on Workers the platform compresses responses.
describeHttpContract("worker, inside workerd", () => request);
