import * as cheerio from "cheerio";
import { strFromU8, unzipSync } from "fflate";

/** The parts of a .docx package as text, by path; throws when the bytes are not a zip. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

export interface DocxCell {
  text: string;
  gridSpan: number;
  /** "restart" opens a vertical merge, "continue" is a cell covered by the one above. */
  vMerge: "restart" | "continue" | null;
}

/** The tables of a document.xml, as rows of cells with their gridSpan and vMerge. */
export function docxTables(documentXml: string): DocxCell[][][] {
  const $ = cheerio.load(documentXml, { xml: true });
  return $("w\\:body > w\\:tbl")
    .toArray()
    .map((tbl) =>
      $(tbl)
        .children("w\\:tr")
        .toArray()
        .map((tr) =>
          $(tr)
            .children("w\\:tc")
            .toArray()
            .map((tc) => {
              const vMerge = $(tc).find("> w\\:tcPr > w\\:vMerge");
              return {
                text: $(tc).find("w\\:t").text(),
                gridSpan: Number($(tc).find("> w\\:tcPr > w\\:gridSpan").attr("w:val") ?? 1),
                vMerge:
                  vMerge.length === 0 ? null : vMerge.attr("w:val") === "restart" ? "restart" : "continue",
              };
            }),
        ),
    );
}

/**
 * A Word table in the notation of the HTML tests — "text[colspan x rowspan]" for merged cells —
 * with each vertical merge's height counted from the continuation cells below it.
 */
export function spanNotation(rows: DocxCell[][]): string[][] {
  const startColumn = (row: DocxCell[], index: number) =>
    row.slice(0, index).reduce((sum, c) => sum + c.gridSpan, 0);
  return rows.map((row, r) =>
    row.flatMap((cell, i) => {
      if (cell.vMerge === "continue") return [];
      let height = 1;
      if (cell.vMerge === "restart") {
        const col = startColumn(row, i);
        for (let below = r + 1; below < rows.length; below++) {
          const line = rows[below] ?? [];
          const j = line.findIndex((_, k) => startColumn(line, k) === col);
          if (j < 0 || line[j]?.vMerge !== "continue") break;
          height++;
        }
      }
      return [cell.gridSpan > 1 || height > 1 ? `${cell.text}[${cell.gridSpan}x${height}]` : cell.text];
    }),
  );
}
