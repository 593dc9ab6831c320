/** Node edge: compressed variants for the served site (the worker's platform compresses on its own). */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Compressor } from "../serve/resource";

/** Made once per content change and then reused, so the slow-but-small settings pay off. */
export const nodeCompressor: Compressor = (coding, bytes) => {
  if (coding === "gzip") return gzipSync(bytes, { level: 9 });
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
};
