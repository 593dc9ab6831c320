import { ArticleRejected } from "../core/article";
import { cleanText } from "../core/text";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Bytes → clean text, or a rejection that says what is wrong with the file.
 * Binary is told apart from text by NUL bytes (no text encoding in use here
 * has them) before strict UTF-8 decoding, so the reason names the real fault.
 */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleRejected("empty file (0 bytes)");
  // UTF-16 with its byte-order mark (Windows Notepad's "Unicode"): unambiguous, and full of NUL bytes.
  const utf16 = utf16Decoder(bytes);
  if (utf16) return cleanDecoded(decodeOr(utf16, bytes.subarray(2), "not valid UTF-16 text (it opens with a UTF-16 byte-order mark); save the file as UTF-8"));
  const sniff = bytes.subarray(0, 8192);
  if (sniff.includes(0)) throw new ArticleRejected("binary file (contains NUL bytes), not text");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ArticleRejected(`not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)}); save the file as UTF-8`);
  }
  return cleanDecoded(text);
}

function cleanDecoded(text: string): string {
  const clean = cleanText(text);
  if (!clean.trim()) throw new ArticleRejected("no text (only whitespace)");
  return clean;
}

const utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true });

/** The decoder a UTF-16 byte-order mark names, if the file opens with one. */
function utf16Decoder(bytes: Uint8Array): typeof utf16le | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be;
  return undefined;
}

function decodeOr(decoder: typeof utf16le, bytes: Uint8Array, reason: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ArticleRejected(reason);
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}
