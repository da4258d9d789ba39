/**
 * Text clean-up shared by the HTML, Word and PDF readers. Published reports are typeset with
 * justification spaces between Chinese characters (`商 业 企 业`), non-breaking and ideographic spaces,
 * and cells whose text wraps over several lines; the recogniser should see one clean string per cell.
 */

/** A CJK ideograph or full-width punctuation: no space belongs between two of these. */
const WIDE =
  "\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u3000-\\u303F\\u201C\\u201D\\u2018\\u2019";
const SPACE_BETWEEN_WIDE = new RegExp(`([${WIDE}]) +(?=[${WIDE}])`, "gu");
const WIDE_CHAR = new RegExp(`[${WIDE}]`, "u");
/** Every kind of horizontal white space seen in published files, including NBSP and U+3000. */
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/gu;

const HAS_SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/u;

/** Collapses white space to single spaces, drops it between wide characters, trims the ends. */
export function cleanText(text: string): string {
  // Most cells and many flushed fragments have nothing to clean: skip the regular expressions.
  if (!HAS_SPACE.test(text)) return text;
  return text.replace(SPACES, " ").replace(SPACE_BETWEEN_WIDE, "$1").trim();
}

/**
 * Joins the pieces of one cell or paragraph (lines of a wrapped label, `<br>`-separated parts).
 * Pieces are glued without a separator where either side is a wide character, so a label broken as
 * `（二）部分公开（区分处理的，只计这一情` + `形，不计其他情形）` reads as one; two Latin or digit runs
 * keep a space between them so `2024` + `12` does not become `202412`.
 */
export function joinPieces(pieces: readonly string[]): string {
  let out = "";
  for (const raw of pieces) {
    const piece = cleanText(raw);
    if (piece === "") continue;
    if (out === "") {
      out = piece;
      continue;
    }
    const glue = WIDE_CHAR.test(out.at(-1) ?? "") || WIDE_CHAR.test(piece[0] ?? "") ? "" : " ";
    out += glue + piece;
  }
  return out;
}
