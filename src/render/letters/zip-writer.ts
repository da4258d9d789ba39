import { deflateSync } from "fflate";

/**
 * A minimal ZIP writer for Word packages whose parts mostly never change: each part is deflated
 * once (`zipEntry`) and kept, and a package is the kept parts plus the few that differ, laid out
 * with their headers (PKWARE APPNOTE 4.3: local headers, central directory, end record). A letter
 * then costs the deflating of its own document.xml, not of the styles, theme and font table.
 */

export interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const encoder = new TextEncoder();

/** A part, deflated. */
export function zipEntry(name: string, content: Uint8Array): ZipEntry {
  return {
    name: encoder.encode(name),
    crc: crc32(content),
    size: content.length,
    data: deflateSync(content, { level: 6 }),
  };
}

/** 2020-01-01 00:00 in MS-DOS time and date: fixed, so the same parts give the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

/** The package of the entries, in order. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  let localSize = 0;
  let centralSize = 0;
  for (const e of entries) {
    localSize += 30 + e.name.length + e.data.length;
    centralSize += 46 + e.name.length;
  }
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const fields = (e: ZipEntry, p: number) => {
    view.setUint16(p, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(p + 2, 0x0800, true); // flags: names in UTF-8
    view.setUint16(p + 4, 8, true); // method: deflate
    view.setUint16(p + 6, DOS_TIME, true);
    view.setUint16(p + 8, DOS_DATE, true);
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.data.length, true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, e.name.length, true);
  };
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    fields(e, at + 4);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const central = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: 2.0
    fields(e, at + 6);
    // extra and comment lengths, disk, attributes: zero
    view.setUint32(at + 42, offsets[i] as number, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, central, true);
  return out;
}
