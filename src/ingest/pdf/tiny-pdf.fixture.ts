/**
 * Minimal PDF files written byte by byte for tests: one A4 page per content stream, Helvetica for
 * text, correct cross-reference offsets. Enough to exercise the reader without any PDF producer.
 */
export function tinyPdf(pages: string[], options: { lockedWithPassword?: boolean } = {}): Uint8Array {
  const objects: string[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + i * 2} 0 R`).join(" ")}] /Count ${pages.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  for (const [i, content] of pages.entries()) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
      `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    );
  }
  // A standard security handler whose /U entry no empty password matches: readers must ask for one.
  const hex = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, "0")).join("");
  if (options.lockedWithPassword) {
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex(11)}> /U <${hex(99)}> /P -4 >>`);
  }
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  const encrypt = options.lockedWithPassword
    ? ` /Encrypt ${objects.length} 0 R /ID [<${hex(1).slice(0, 32)}> <${hex(1).slice(0, 32)}>]`
    : "";
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

/** Content-stream text at (x, y) in PDF space (origin bottom-left). */
export const text = (x: number, y: number, s: string, size = 10): string =>
  `BT /F1 ${size} Tf ${x} ${y} Td (${s.replace(/[\\()]/g, "\\$&")}) Tj ET`;

/**
 * A ruled grid: `rows` boundaries top to bottom and `cols` left to right (PDF space), stroked, with
 * the inner borders listed in `omit` (as "h:r:c" below row r at column c, "v:r:c" right of column c
 * in row r) left out to merge cells.
 */
export function grid(rows: number[], cols: number[], omit: string[] = []): string {
  const ops: string[] = ["0.5 w"];
  rows.forEach((y, r) => {
    cols.slice(0, -1).forEach((x, c) => {
      if (omit.includes(`h:${r - 1}:${c}`)) return;
      ops.push(`${x} ${y} m ${cols[c + 1]} ${y} l S`);
    });
  });
  cols.forEach((x, c) => {
    rows.slice(0, -1).forEach((y, r) => {
      if (omit.includes(`v:${r}:${c - 1}`)) return;
      ops.push(`${x} ${y} m ${x} ${rows[r + 1]} l S`);
    });
  });
  return ops.join("\n");
}
