import { recognise } from "../recognise/index.ts";
import type { DocLine, ReadResult } from "../types.ts";

const LINE_BREAK = /\r\n?|\n|\u2028|\u2029|\f|\v/;
const UNUSUAL = /\r|\u2028|\u2029|\f|\v|\uFEFF|\u200B|\u200C|\u200D|\u2060/;
const BOM_AND_INVISIBLE = /\uFEFF|\u200B|\u200C|\u200D|\u2060/g;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/**
 * Split plain text or markdown into document lines: tabs separate cells; a markdown pipe table row
 * (`| a | b |`) is a table row with trustworthy cells; its `|---|` separator is dropped.
 */
export function textLines(text: string): DocLine[] {
  const lines: DocLine[] = [];
  // One scan decides whether the slow path is needed: most files are clean UTF-8 with \n breaks.
  const unusual = UNUSUAL.test(text);
  const clean = unusual ? text.replace(BOM_AND_INVISIBLE, "") : text;
  const split = unusual ? clean.split(LINE_BREAK) : clean.split("\n");
  for (const raw of split) {
    if (raw.includes("\t")) {
      lines.push({ cells: raw.split("\t"), fromTable: false });
      continue;
    }
    if (raw.includes("|") && PIPE_ROW.test(raw)) {
      const t = raw.trim();
      if (t.endsWith("|") && t.length > 1) {
        if (!TABLE_SEPARATOR.test(t)) lines.push({ cells: t.slice(1, -1).split("|"), fromTable: true });
        continue;
      }
    }
    lines.push({ cells: [raw], fromTable: false });
  }
  return lines;
}

/**
 * Read a report given as plain text or markdown (.txt, .md, or text extracted from a PDF by another
 * tool) into the report model and findings.
 */
export function readText(text: string): ReadResult {
  return recognise(textLines(text));
}
