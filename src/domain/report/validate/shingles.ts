/** Length of a shingle: 4 characters tell a copied passage from the genre's stock phrases. */
export const SHINGLE = 4;
const DIGIT_RUN = 0x23; // "#": every run of digits is one symbol, so updated figures still count as copied

function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The distinct 4-character shingles of a text as sorted 32-bit hashes. Only Chinese characters,
 * letters and digit runs (as one symbol) count, so layout, punctuation and this year's figures do not
 * hide a copy. Linear in the text; the hash collisions of 32 bits are negligible at report length.
 */
export function shingleSet(text: string): Uint32Array {
  const hashes = new Uint32Array(Math.max(0, text.length));
  let n = 0;
  let a = 0;
  let b = 0;
  let c = 0;
  let filled = 0;
  let previousDigit = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isDigit(code)) {
      if (previousDigit) continue;
      previousDigit = true;
      code = DIGIT_RUN;
    } else {
      previousDigit = false;
      if (!isCjk(code) && !isLetter(code)) continue;
    }
    if (filled >= SHINGLE - 1) {
      let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
      h = Math.imul(h ^ b ^ (h >>> 13), 0xc2b2ae35);
      h = Math.imul(h ^ c ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ code ^ (h >>> 13), 0xc2b2ae35);
      hashes[n++] = (h ^ (h >>> 16)) >>> 0;
    }
    a = b;
    b = c;
    c = code;
    filled++;
  }
  const sorted = hashes.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i] as number;
  }
  return sorted.slice(0, distinct);
}

/** Share of `a`'s shingles that also occur in `b` (both sorted, distinct): 1 when a is all copied from b. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / a.length;
}
