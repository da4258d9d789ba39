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

/** The distinct shingles of a text as 32-bit hashes in an open-addressing table (0 = empty slot). */
export interface ShingleSet {
  readonly slots: Uint32Array;
  readonly size: number;
}

function mix(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ b ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ c ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ d ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0 || 1;
}

function has(set: ShingleSet, hash: number): boolean {
  const mask = set.slots.length - 1;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const slot = set.slots[i];
    if (slot === hash) return true;
    if (slot === 0) return false;
  }
}

/**
 * The distinct 4-character shingles of a text. Only Chinese characters, letters and digit runs (as
 * one symbol) count, so layout, punctuation and this year's figures do not hide a copy. Linear in
 * the text (a hash table at most half full); 32-bit hash collisions are negligible at report length.
 */
export function shingleSet(text: string): ShingleSet {
  let capacity = 16;
  while (capacity < text.length * 2) capacity *= 2;
  const slots = new Uint32Array(capacity);
  const mask = capacity - 1;
  let size = 0;
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
      const hash = mix(a, b, c, code);
      let j = hash & mask;
      while (slots[j] !== 0 && slots[j] !== hash) j = (j + 1) & mask;
      if (slots[j] === 0) {
        slots[j] = hash;
        size++;
      }
    }
    a = b;
    b = c;
    c = code;
    filled++;
  }
  return { slots, size };
}

/** Share of `a`'s shingles that also occur in `b`: 1 when a is all copied from b, 0 for an empty a. */
export function containment(a: ShingleSet, b: ShingleSet): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const hash of a.slots) if (hash !== 0 && has(b, hash)) shared++;
  return shared / a.size;
}
