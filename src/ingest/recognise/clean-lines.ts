import type { DocLine } from "../types.ts";
import { foldRadicals } from "./radicals.ts";

const FOOTER =
  /^[-—–－_~\s]*[-—–－]\s*\d{1,4}\s*[-—–－][-—–－_~\s]*$|^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const VERTICAL_PIECE = /^[\u4e00-\u9fff、]{1,2}$/;

/**
 * Lines as the recogniser reads them: blank lines and page footers (`- 4 -`, `第4页`) dropped,
 * markdown heading marks removed, radical characters folded to their ideographs (`⼈⺠` → 人民), and a
 * vertical header printed one character per line
 * (`三` `、` `本` `年` …) joined back into one line.
 */
export function cleanLines(lines: DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  for (const line of lines) {
    if (line.cells.length === 1 && !line.fromTable) {
      // The common case, a line of plain text: no array work.
      const cell = line.cells[0] as string;
      let text = foldRadicals(cell.trim());
      if (text === "" || (text.length < 16 && FOOTER.test(text))) continue;
      if (text.charCodeAt(0) === 35 && MARKDOWN_HEADING.test(text)) text = text.replace(MARKDOWN_HEADING, "");
      out.push(text === cell ? line : { cells: [text], fromTable: false });
      continue;
    }
    const cells = line.cells.map((c) => foldRadicals(c.trim()));
    if (cells.every((c) => c === "")) continue;
    if (!line.fromTable) {
      const text = cells.filter((c) => c !== "");
      if (text.length === 1 && FOOTER.test(text[0] as string)) continue;
      if (cells[0] !== undefined && MARKDOWN_HEADING.test(cells[0]))
        cells[0] = cells[0].replace(MARKDOWN_HEADING, "");
    }
    out.push({ cells, fromTable: line.fromTable });
  }
  return joinVertical(out);
}

function isPiece(line: DocLine): boolean {
  return !line.fromTable && line.cells.length === 1 && VERTICAL_PIECE.test(line.cells[0] as string);
}

function joinVertical(lines: DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && isPiece(lines[j] as DocLine)) j++;
    if (j - i >= 3) {
      out.push({
        cells: [
          lines
            .slice(i, j)
            .map((l) => l.cells[0])
            .join(""),
        ],
        fromTable: false,
      });
      i = j;
    } else {
      out.push(lines[i] as DocLine);
      i++;
    }
  }
  return out;
}
