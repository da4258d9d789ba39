/** Word measures lengths in twips (1/20 pt, 1/1440 inch) and font sizes in half-points. */

/** Millimetres → twips. */
export function mm(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

/** Points → twips. */
export function pt(points: number): number {
  return Math.round(points * 20);
}

/** Points → half-points, the unit of a run's `size`. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** The Chinese type sizes (字号) used by GB/T 9704, in points. */
export const CHINESE_SIZE = {
  二号: 22,
  三号: 16,
  四号: 14,
  小四: 12,
  五号: 10.5,
  小五: 9,
} as const;

/**
 * Width of a text in em (full-width characters): CJK characters and full-width punctuation count 1,
 * ASCII letters, digits and spaces ½ — enough to line a signature up over its date.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}
