import { joinPieces } from "../join-text.ts";
import { middleOf, rightOf, type TextPiece } from "./pdf-types.ts";

/** Pieces that share a baseline (within tolerance), left to right. */
export interface TextLine {
  pieces: TextPiece[];
  /** Mean vertical middle, left edge, right edge, largest font size. */
  middle: number;
  x: number;
  right: number;
  size: number;
}

/**
 * Groups pieces into visual lines. A label and the numbers of its row sit on baselines a couple of
 * points apart (different fonts, vertical centring), so pieces join a line when their middles are
 * within 45% of the font size; the next line of a paragraph is a full line height away.
 */
export function groupLines(pieces: readonly TextPiece[]): TextLine[] {
  const sorted = [...pieces].sort((a, b) => middleOf(a) - middleOf(b) || a.x - b.x);
  const lines: TextLine[] = [];
  for (const p of sorted) {
    const m = middleOf(p);
    const line = lines.findLast((l) => Math.abs(l.middle - m) <= 0.45 * Math.max(l.size, p.size));
    if (line) {
      line.middle = (line.middle * line.pieces.length + m) / (line.pieces.length + 1);
      line.pieces.push(p);
      line.x = Math.min(line.x, p.x);
      line.right = Math.max(line.right, rightOf(p));
      line.size = Math.max(line.size, p.size);
    } else {
      lines.push({ pieces: [p], middle: m, x: p.x, right: rightOf(p), size: p.size });
    }
  }
  for (const l of lines) l.pieces.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => a.middle - b.middle);
}

/**
 * The text of a line. Pieces that touch are one word (some producers cut `3119` into `31` + `19`);
 * pieces apart are joined by `joinPieces` (a space only between Latin/digit runs).
 */
export function lineText(line: TextLine): string {
  const words: string[] = [];
  let word = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const p of line.pieces) {
    if (word !== "" && p.x - end > 0.2 * p.size) {
      words.push(word);
      word = "";
    }
    word += p.text;
    end = rightOf(p);
  }
  words.push(word);
  return joinPieces(words);
}

/** Text of a block of lines (a table cell): lines top to bottom, joined as one string. */
export function blockText(pieces: readonly TextPiece[]): string {
  return joinPieces(groupLines(pieces).map(lineText));
}

/** Width of a character for placing the parts of a piece: wide (CJK) or half width. */
const charWeight = (ch: string): number => ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1);

/**
 * Cuts a piece at its spaces into parts with estimated positions: some producers emit a whole table
 * row (`3001 53 0 0 61 4 3119`) as one piece, whose parts belong to different cells.
 */
export function splitAtSpaces(p: TextPiece): TextPiece[] {
  if (!/\S\s+\S/.test(p.text)) return [p];
  const total = Array.from(p.text).reduce((s, ch) => s + charWeight(ch), 0);
  const unit = total > 0 ? p.width / total : 0;
  const parts: TextPiece[] = [];
  let offset = 0;
  for (const match of p.text.matchAll(/(\s+)|(\S+)/g)) {
    const w = Array.from(match[0]).reduce((s, ch) => s + charWeight(ch), 0) * unit;
    if (match[2]) parts.push({ ...p, text: match[2], x: p.x + offset, width: w });
    offset += w;
  }
  return parts;
}
