/**
 * A 64-bit content hash, synchronous and identical on Node and workerd (Web
 * Crypto's digest is async; node:crypto does not exist on the worker). Two
 * independent 32-bit FNV-1a lanes: good for ETags and stable ids, not for
 * security.
 */
export function hash64(bytes: Uint8Array, salt = ""): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < salt.length; i++) {
    a = Math.imul(a ^ salt.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ salt.charCodeAt(i), 0x01000193);
  }
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ ((byte + i) & 0xff), 0x01000193);
  }
  return hex32(a) + hex32(b);
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}

// One short call as the module loads. V8 optimises the byte loop of the first long input while
// it runs (on-stack replacement); compiled before any call had reached the code after the loop,
// that code had no type feedback and threw the optimised loop away at the end of every call,
// which made hashing a 10 KB page ten times slower (seen with --trace-deopt).
hash64(new Uint8Array(1), "warm");

const encoder = new TextEncoder();

/** Reused for the UTF-8 bytes of texts up to this length: hashing an article would otherwise allocate a buffer as large as it each time. */
const SCRATCH_MAX_CHARS = 1 << 16;
let scratch: Uint8Array | undefined;

/** hash64 of the text's UTF-8 bytes. */
export function hashText(text: string): string {
  if (text.length > SCRATCH_MAX_CHARS) return hash64(encoder.encode(text));
  // UTF-8 takes at most three bytes per UTF-16 code unit. Made on first use: the worker may never hash a text.
  scratch ??= new Uint8Array(3 * SCRATCH_MAX_CHARS);
  const { written } = encoder.encodeInto(text, scratch);
  return hash64(scratch.subarray(0, written));
}
