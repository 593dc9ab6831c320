/**
 * Whether a line can hold any of a few words, answered from a bitmap of the
 * line's three-character runs, built once per line and shared by every rule
 * that asks. The line rules guard each pattern with such a test ("cookie",
 * "Copyright", "affili"…) so that prose skips the patterns, but each guard was
 * a scan of the whole line (V8 scans a line with non-Latin-1 text at about a
 * nanosecond a character), and isBoilerplate alone asked some forty of every
 * line: the guards cost more than the patterns. The bitmap costs about three
 * nanoseconds a character once; each question after is a few bit tests.
 *
 * The answer is a necessary condition only ("no" is certain, "yes" may be
 * wrong about one time in thousands): the rule's own test still decides.
 * Written by hand: string-search libraries (Aho–Corasick and the like) find
 * matches exactly, at more than this costs per character, and no library
 * keeps a line's index for several callers.
 */

/** The bitmap's size in bits: a line of 400 characters sets about a tenth of them. */
const BITS = 4096;
const HASH_SHIFT = 32 - 12;

/**
 * Each character as case-insensitive patterns compare it (toLowerCase of
 * toUpperCase: "ς" and "σ", "ſ" and "s", "K" and "k" alike), for the scripts
 * with case below U+2200; fullwidth Latin is folded apart. Folding merges more
 * than a case-sensitive pattern does, which only makes "yes" likelier: the
 * answer stays a necessary condition for patterns with and without the `i` flag.
 */
const FOLD_LIMIT = 0x2200;
const FOLD = new Uint16Array(FOLD_LIMIT);
for (let c = 0; c < FOLD_LIMIT; c++) {
  const folded = String.fromCharCode(c).toUpperCase().toLowerCase();
  FOLD[c] = folded.length === 1 ? folded.charCodeAt(0) : c;
}

function fold(c: number): number {
  if (c < FOLD_LIMIT) return FOLD[c]!;
  return c >= 0xff21 && c <= 0xff3a ? c + 0x20 : c;
}

function gramHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> HASH_SHIFT;
}

/** A character alone ("|", "©"): an ASCII one has its own bit past the runs' (exact); another is hashed among them. */
function charBit(c: number): number {
  return c < 0x80 ? BITS + c : Math.imul(c ^ 0x5bd1e995, 0x27d4eb2d) >>> HASH_SHIFT;
}

/** The words a guard asks for: each alternative's runs (or, under three characters, its characters). */
export interface Words {
  readonly alternatives: readonly Int32Array[];
}

/**
 * The alternatives of a guard, as its pattern spells them ("ookie", "artner"). A
 * guard whose pattern reads case-insensitively lists them in any case: the
 * bitmap is folded. An alternative of one or two characters ("©", "版") is
 * asked by its characters.
 */
export function words(...alternatives: string[]): Words {
  return {
    alternatives: alternatives.map((alternative) => {
      const codes = Array.from({ length: alternative.length }, (_, i) => fold(alternative.charCodeAt(i)));
      return codes.length < 3 ? Int32Array.from(codes, charBit) : Int32Array.from(codes.slice(2), (c, i) => gramHash(codes[i]!, codes[i + 1]!, c));
    }),
  };
}

// The last lines indexed: the rules ask of one line, then of its neighbour, then of the line again.
const CACHED = 4;
const cachedLines: (string | undefined)[] = new Array(CACHED).fill(undefined);
const cachedMaps = Array.from({ length: CACHED }, () => new Int32Array((BITS + 0x80) / 32));
let nextSlot = 0;

function bitmapOf(line: string): Int32Array {
  for (let k = 0; k < CACHED; k++) if (cachedLines[k] === line) return cachedMaps[k]!;
  const slot = nextSlot;
  nextSlot = (nextSlot + 1) % CACHED;
  const map = cachedMaps[slot]!;
  map.fill(0);
  let a = 0;
  let b = 0;
  for (let i = 0; i < line.length; i++) {
    const c = fold(line.charCodeAt(i));
    const one = charBit(c);
    map[one >>> 5]! |= 1 << (one & 31);
    if (i >= 2) {
      const h = gramHash(a, b, c);
      map[h >>> 5]! |= 1 << (h & 31);
    }
    a = b;
    b = c;
  }
  cachedLines[slot] = line;
  return map;
}

/** Whether the line may hold one of the words: false is certain, true is to be checked. */
export function mayHold(line: string, words: Words): boolean {
  const map = bitmapOf(line);
  next: for (const grams of words.alternatives) {
    for (let k = 0; k < grams.length; k++) {
      const h = grams[k]!;
      if ((map[h >>> 5]! & (1 << (h & 31))) === 0) continue next;
    }
    return true;
  }
  return false;
}

/** Words a guard looks for as spelled (one or several: "ourtesy", "OURTESY"), asked of the index first. */
export interface Word extends Words {
  readonly texts: readonly string[];
}

export function word(...texts: string[]): Word {
  return { texts, ...words(...texts) };
}

/** Exactly whether the line includes one of the word's spellings, the index asked first. */
export function holds(line: string, word: Word): boolean {
  return mayHold(line, word) && word.texts.some((text) => line.includes(text));
}
