import type { DocLine } from "../types.ts";
import { cjkKey, isCjk, toHalfWidth } from "./normalise.ts";
import { type Numbering, nextMark } from "./numbering.ts";

export type { Numbering } from "./numbering.ts";

export interface LabelPart {
  kind: "label";
  raw: string;
  /** CJK characters only, for matching. */
  key: string;
  numbering: Numbering | null;
}

export interface ValuePart {
  kind: "value";
  /** The token as printed (after full-width folding). */
  raw: string;
  status: "number" | "dash" | "empty" | "junk";
  /** The number for "number", 0 for "dash", null otherwise. */
  value: number | null;
}

export type Part = LabelPart | ValuePart;

export interface ParsedLine {
  /** Index of the line in the document. */
  index: number;
  parts: Part[];
  /** True when cell boundaries are known: a real table row or a tab-separated line. */
  cellular: boolean;
  fromTable: boolean;
  /** The line's text as printed, cells joined by a space, for messages and prose. */
  text: string;
}

const PLAIN_COUNT = /^(?:0|[1-9]\d{0,8})$/;
const VALUE_MARK = /[0-9\-—–―─/]/;
const INTEGER = /^\d+$/;
const DECIMAL = /^\d+\.\d+$/;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const NEGATIVE = /^-\d+$/;
const DASH = /^[-—–―─/]+$/;

/** Classify one whitespace-free token of a value run. */
export function valueToken(raw: string): ValuePart {
  if (INTEGER.test(raw) || DECIMAL.test(raw))
    return { kind: "value", raw, status: "number", value: Number(raw) };
  if (THOUSANDS.test(raw))
    return { kind: "value", raw, status: "number", value: Number(raw.replaceAll(",", "")) };
  if (NEGATIVE.test(raw)) return { kind: "value", raw, status: "number", value: Number(raw) };
  if (DASH.test(raw)) return { kind: "value", raw, status: "dash", value: 0 };
  return { kind: "value", raw, status: "junk", value: null };
}

function pushValues(run: string, out: Part[]): void {
  for (const token of run.split(/\s+/)) if (token !== "") out.push(valueToken(token));
}

function isValueChar(c: number): boolean {
  // 0-9 . , whitespace - / and the dashes — – ― ─ printed for zero
  return (
    (c >= 48 && c <= 57) ||
    c === 46 ||
    c === 44 ||
    c === 32 ||
    c === 9 ||
    c === 45 ||
    c === 47 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2015 ||
    c === 0x2500
  );
}

function scanValues(body: string, from: number): number {
  let i = from;
  while (i > 0 && isValueChar(body.charCodeAt(i - 1))) i--;
  return i;
}

/** Split a segment body into its label text and the run of values printed after it. */
function pushBody(body: string, numbering: Numbering | null, out: Part[]): void {
  // Scan backwards by hand: a `[…]+$` regex is quadratic on long runs that do not reach the end.
  let start = scanValues(body, body.length);
  // A short unreadable token between two values (`1 0 O 0 0 0 1`, an O for a 0) stays in the run, so
  // its cell is reported instead of the whole row going astray.
  while (start < body.length && start > 0) {
    let k = start;
    while (
      k > 0 &&
      !isValueChar(body.charCodeAt(k - 1)) &&
      !isCjk(body.charCodeAt(k - 1)) &&
      body.charCodeAt(k - 1) !== 32
    )
      k--;
    if (k === start || start - k > 3 || k === 0 || body.charCodeAt(k - 1) !== 32) break;
    let p = k;
    while (p > 0 && body.charCodeAt(p - 1) === 32) p--;
    const c = p > 0 ? body.charCodeAt(p - 1) : 0;
    if (!((c >= 48 && c <= 57) || c === 0x2014 || c === 45)) break;
    start = scanValues(body, k);
  }
  let text = body;
  const run = body.slice(start);
  // A run only counts when it holds a digit or dash and does not continue a Latin word.
  const before = start === 0 ? "" : (body[start - 1] ?? "");
  if (VALUE_MARK.test(run) && !/[A-Za-z]/.test(before)) text = body.slice(0, start);
  const key = cjkKey(text);
  if (key !== "" || numbering) out.push({ kind: "label", raw: text.trim(), key, numbering });
  if (text.length < body.length) pushValues(run, out);
}

/** Parse one cell into label and value parts, in the order printed. */
export function parseCell(cell: string, out: Part[]): void {
  // Fast paths for the cells most tables are made of: a plain count, or nothing (markdown pads
  // both with spaces: `| 3 |`).
  const trimmed = cell.trim();
  if (trimmed === "") {
    out.push({ kind: "value", raw: "", status: "empty", value: null });
    return;
  }
  if (PLAIN_COUNT.test(trimmed)) {
    out.push({ kind: "value", raw: trimmed, status: "number", value: Number(trimmed) });
    return;
  }
  const s = toHalfWidth(trimmed).trim();
  if (s === "") {
    out.push({ kind: "value", raw: "", status: "empty", value: null });
    return;
  }
  let cursor = 0;
  let pending: Numbering | null = null;
  for (let m = nextMark(s, 0); m !== null; m = nextMark(s, m.end)) {
    pushBody(s.slice(cursor, m.start) + m.glued, pending, out);
    pending = m.numbering;
    cursor = m.end;
  }
  pushBody(s.slice(cursor), pending, out);
}

/** A cell that is a number with its unit (`7,730.28万元`, `0 元`, `3件`): the unit is dropped. */
const NUMBER_WITH_UNIT = /^\s*([0-9０-９][0-9０-９.,．，]*)\s*(?:万元|元|件)\s*$/;

/**
 * A table cell printed with its unit is its number. Only for cells whose boundaries are known (a real
 * table row, a tab-separated line): in running text `… 3940 元` ends a sentence, not a cell.
 */
function withoutUnit(cell: string): string {
  const m = NUMBER_WITH_UNIT.exec(cell);
  return m ? (m[1] as string) : cell;
}

/** Parse a document line; a plain line without tabs is one cell. */
export function parseLine(line: DocLine, index: number): ParsedLine {
  const parts: Part[] = [];
  const cellular = line.fromTable || line.cells.length > 1;
  for (const cell of line.cells) {
    if (!cellular && cell.trim() === "") continue;
    parseCell(cellular ? withoutUnit(cell) : cell, parts);
  }
  return { index, parts, cellular, fromTable: line.fromTable, text: line.cells.join(" ").trim() };
}
