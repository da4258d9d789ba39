import { joinPieces } from "../join-text.ts";
import type { PageBlock } from "./page-blocks.ts";
import { rightOf } from "./pdf-types.ts";
import { lineText, type TextLine } from "./text-lines.ts";

/**
 * Tables drawn without borders: their rows are visual lines whose pieces stand apart in columns with
 * numbers among them. A label that wraps inside its cell leaves a line with no numbers just above
 * and/or below the numbers of its row; the geometry says where it belongs:
 * - a numeric row with no label of its own takes the label lines hugging it from above and below;
 * - a label-only line right under a labelled row, inside the label column and not starting a new
 *   numbered item, continues that row's label.
 */
export type Row = { kind: "row"; top: number; cells: string[]; line: TextLine };

const NUMBER = /^[\d０-９][\d０-９.,，]*$/;
const NEW_ITEM = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])/;

/** The line's pieces grouped into cells where the gap between pieces exceeds a column gutter. */
function segments(line: TextLine): { text: string; x: number; right: number }[] {
  const out: { pieces: TextLine["pieces"]; x: number; right: number }[] = [];
  for (const p of line.pieces) {
    const last = out.at(-1);
    if (last && p.x - last.right <= 1.2 * p.size) {
      last.pieces.push(p);
      last.right = Math.max(last.right, rightOf(p));
    } else out.push({ pieces: [p], x: p.x, right: rightOf(p) });
  }
  return out.map((s) => ({ text: lineText({ ...line, pieces: s.pieces }), x: s.x, right: s.right }));
}

/** Turns the line blocks of a page that look like unruled table rows into rows. */
export function unruledRows(blocks: readonly PageBlock[]): (PageBlock | Row)[] {
  const out: (PageBlock | Row)[] = blocks.map((b) => {
    if (b.kind !== "line") return b;
    const segs = segments(b.line);
    if (segs.length < 2 || !segs.some((s) => NUMBER.test(s.text))) return b;
    return { kind: "row", top: b.top, cells: segs.map((s) => s.text), line: b.line };
  });
  for (let i = 0; i < out.length; i++) {
    const row = out[i];
    if (row?.kind !== "row") continue;
    const firstNumber = segments(row.line).find((s) => NUMBER.test(s.text))?.x ?? 0;
    const hugging = (b: PageBlock | Row | undefined): b is Extract<PageBlock, { kind: "line" }> =>
      b?.kind === "line" &&
      Math.abs(b.line.middle - row.line.middle) <= 1.5 * row.line.size &&
      b.line.right < firstNumber &&
      !/\d\s*$/.test(lineText(b.line));
    const labelled = !NUMBER.test(row.cells[0] ?? "");
    const above = out[i - 1];
    const below = out[i + 1];
    if (!labelled) {
      const parts = [hugging(above) ? lineText(above.line) : "", hugging(below) ? lineText(below.line) : ""];
      if (parts.some((p) => p !== "")) {
        row.cells = [joinPieces(parts), ...row.cells];
        if (hugging(below)) out.splice(i + 1, 1);
        if (hugging(above)) out.splice(--i, 1);
      }
    } else if (
      hugging(below) &&
      below.line.middle > row.line.middle &&
      !NEW_ITEM.test(lineText(below.line))
    ) {
      row.cells[0] = joinPieces([row.cells[0] ?? "", lineText(below.line)]);
      out.splice(i + 1, 1);
    }
  }
  return out;
}
