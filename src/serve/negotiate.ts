/** Content-coding negotiation (RFC 9110 §12.5.3) over the codings we have ready. */
export type Coding = "br" | "gzip" | "identity";

/** Best available coding for an Accept-Encoding value; identity when nothing else is acceptable. */
export function pickCoding(acceptEncoding: string | null | undefined, available: readonly Coding[]): Coding {
  if (!acceptEncoding || available.length === 0) return "identity";
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.slice(0, 1024).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
    weights.set(name, q ? Number(q[1]) : 1);
  }
  const weight = (coding: string) => weights.get(coding) ?? (coding === "x-gzip" ? undefined : weights.get("*"));
  let best: Coding = "identity";
  let bestWeight = 0;
  // Server preference on ties: brotli, then gzip.
  for (const coding of ["br", "gzip"] as const) {
    if (!available.includes(coding)) continue;
    const w = weight(coding) ?? (coding === "gzip" ? weights.get("x-gzip") : undefined) ?? 0;
    if (w > bestWeight) {
      best = coding;
      bestWeight = w;
    }
  }
  return best;
}
