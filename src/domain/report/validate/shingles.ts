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

function mix(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ b ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ c ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ d ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0 || 1; // 0 marks an empty slot
}

/**
 * The 4-character shingles of a text in order (repeats included), as non-zero 32-bit hashes. Only
 * Chinese characters, letters and digit runs (as one symbol) count, so layout, punctuation and this
 * year's figures do not hide a copy. Collisions of 32 bits are negligible at report length.
 */
export function shingleHashes(text: string): Uint32Array {
  const hashes = new Uint32Array(Math.max(0, text.length - SHINGLE + 1));
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
    if (filled >= SHINGLE - 1) hashes[n++] = mix(a, b, c, code);
    a = b;
    b = c;
    c = code;
    filled++;
  }
  return hashes.subarray(0, n);
}

/** A set of shingle hashes: an open-addressing table kept at most half full. */
export class ShingleSet {
  #slots: Uint32Array;
  #size = 0;

  constructor(expected = 8) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.#slots = new Uint32Array(capacity);
  }

  get size(): number {
    return this.#size;
  }

  has(hash: number): boolean {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = slots[i];
      if (slot === hash) return true;
      if (slot === 0) return false;
    }
  }

  /** Adds a hash; true when it was not there yet. */
  add(hash: number): boolean {
    if ((this.#size + 1) * 2 > this.#slots.length) this.#grow();
    const slots = this.#slots;
    const mask = slots.length - 1;
    let i = hash & mask;
    while (slots[i] !== 0) {
      if (slots[i] === hash) return false;
      i = (i + 1) & mask;
    }
    slots[i] = hash;
    this.#size++;
    return true;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Uint32Array(old.length * 2);
    this.#size = 0;
    for (let i = 0; i < old.length; i++) if (old[i] !== 0) this.add(old[i] as number);
  }
}

/** The distinct shingles of a text. */
export function shingleSet(text: string): ShingleSet {
  const hashes = shingleHashes(text);
  const set = new ShingleSet(hashes.length);
  for (let i = 0; i < hashes.length; i++) set.add(hashes[i] as number);
  return set;
}
