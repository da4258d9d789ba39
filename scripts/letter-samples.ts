/**
 * Writes docs/letters-samples.md — one letter of each kind, issued through the real services on an
 * in-memory SQLite database — and, where LibreOffice and pdftoppm are installed, a picture of the
 * reply's Word file (Word → PDF by LibreOffice → pages by pdftoppm → one PNG, pages side by side) as docs/images/letter-reply.png.
 * Run: npx tsx scripts/letter-samples.ts
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { crc32, deflateSync } from "node:zlib";
import { openDatabase } from "../src/db/connect.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { findConverter, letterPdf } from "../src/render/letters/index.ts";
import { issueSampleLetters, type LetterSample } from "../src/services/testing/letter-samples.ts";
import {
  letterSamplesPage,
  SAMPLE_PICTURE,
  SAMPLES_PAGE,
} from "../src/services/testing/letter-samples-page.ts";

async function main(): Promise<void> {
  const db = await openDatabase({ url: ":memory:" });
  try {
    await migrateToLatest(db.db);
    const samples = await issueSampleLetters(db.db);
    await writeFile(SAMPLES_PAGE, letterSamplesPage(samples));
    console.log(`${SAMPLES_PAGE}: ${samples.length} letters`);
    await picture(samples);
  } finally {
    await db.close();
  }
}

/** The disclosure reply's pages side by side, as LibreOffice lays out its Word file. */
async function picture(samples: readonly LetterSample[]): Promise<void> {
  const reply = samples.find((s) => s.kind === "reply.disclosed");
  if (!reply) throw new Error("no reply.disclosed sample");
  if (findConverter("soffice") === null) {
    console.log(`${SAMPLE_PICTURE}: not written (LibreOffice is not installed)`);
    return;
  }
  const { pdf } = await letterPdf({ docx: reply.docx, html: reply.letter.html }, ["soffice"]);
  const dir = await mkdtemp(join(tmpdir(), "gongkai-letter-png-"));
  try {
    await writeFile(join(dir, "letter.pdf"), pdf);
    await promisify(execFile)("pdftoppm", ["-r", "60", join(dir, "letter.pdf"), join(dir, "page")]);
    const names = (await readdir(dir)).filter((n) => n.endsWith(".ppm")).sort();
    const pages = await Promise.all(names.map(async (n) => readPpm(await readFile(join(dir, n)))));
    await mkdir(dirname(SAMPLE_PICTURE), { recursive: true });
    await writeFile(SAMPLE_PICTURE, sideBySide(pages));
    console.log(`${SAMPLE_PICTURE}: ${pages.length} pages of ${reply.letter.documentNumber}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Image {
  width: number;
  height: number;
  /** RGB, row by row. */
  rgb: Uint8Array;
}

/** A binary PPM (P6, maxval 255) as pdftoppm writes it. */
function readPpm(bytes: Buffer): Image {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a P6 PPM with maxval 255");
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, rgb: bytes.subarray(header[0].length, header[0].length + width * height * 3) };
}

/** The pages in a row on a grey ground, as one PNG (no image library needed: zlib does the work). */
function sideBySide(pages: Image[], gap = 16): Buffer {
  const width = pages.reduce((w, p) => w + p.width + gap, gap);
  const height = Math.max(...pages.map((p) => p.height)) + 2 * gap;
  const stride = 1 + width * 3;
  const raw = Buffer.alloc(stride * height, 0xd0);
  for (let y = 0; y < height; y++) raw[y * stride] = 0; // filter: none
  let left = gap;
  for (const page of pages) {
    for (let y = 0; y < page.height; y++) {
      const row = page.rgb.subarray(y * page.width * 3, (y + 1) * page.width * 3);
      raw.set(row, (y + gap) * stride + 1 + left * 3);
    }
    left += page.width + gap;
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const frame = Buffer.alloc(4 + body.length + 4);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), 4 + body.length);
    return frame;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

await main();
