/**
 * A GBK encoder for tests (Node ships only the decoder): the table comes from decoding every
 * double-byte code, so the bytes are exactly what a GBK web page or text file would hold.
 */
let table: Map<string, [number, number]> | undefined;

export function gbk(text: string): Uint8Array {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder("gbk");
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        const ch = decoder.decode(Uint8Array.of(a, b));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return Uint8Array.from(out);
}
