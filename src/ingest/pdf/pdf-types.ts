/**
 * A PDF page reduced to what the table and line reconstruction need, in top-down page coordinates
 * (points, origin at the top-left corner, y growing downwards).
 */
export interface TextPiece {
  text: string;
  /** Left edge of the text. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size (height of the em box). */
  size: number;
}

/** An axis-aligned ruling segment: a table border, drawn as a stroked line or a thin filled box. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  pieces: TextPiece[];
  rules: Segment[];
}

/** Vertical middle of a piece (baselines of a label and a number in one row differ a little). */
export const middleOf = (p: TextPiece): number => p.y - p.size * 0.35;
export const rightOf = (p: TextPiece): number => p.x + p.width;
