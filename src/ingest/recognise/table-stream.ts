import type { LabelMatcher, Match } from "./label-match.ts";
import type { LabelPart, ParsedLine, ValuePart } from "./line-parse.ts";

/** What the stream needs to know about a table's rows. */
export interface StreamSpec<T> {
  matcher: LabelMatcher<T>;
  /** Number of value cells the row carries. */
  width(target: T): number;
  /** False for a group label (（三）不予公开): context only, unless numbers are printed with it. */
  isRow(target: T): boolean;
  /** Rows of one block share a column layout (table 二's sub-tables; all of table 三 is one block). */
  block(target: T): string;
}

/**
 * Numbers read for one or more rows. `line`: one row with the numbers printed with or after it;
 * `rows`/`columns`: a block of labels followed by its numbers row by row or column by column (text
 * extracted from PDF), already distributed; `mixed`: numbers that fit no layout — the table decides
 * (a glued run split by the arithmetic rules) or reports them.
 */
export interface Reading<T> {
  targets: T[];
  values: ValuePart[];
  layout: "line" | "rows" | "columns" | "mixed";
  /** The label as printed, for messages. */
  label: string;
  line: number;
  /** The numbers came from a real table row, so a blank cell in an exact count is a printed blank. */
  fromTable: boolean;
  /** The numbers came with the label on one line of known cells (a table row or tab-separated). */
  cellular: boolean;
}

export interface Orphan {
  raw: string;
  line: number;
  /** The label the values were printed under ("" when none), and the values as printed. */
  label: string;
  values: string[];
}

interface Label<T> {
  target: T | null;
  match: Match<T>;
  part: LabelPart;
  line: number;
}

/**
 * Walks the lines of one table and pairs row labels with numbers, whatever the layout: numbers on the
 * label's line, on the next line, or a whole block of labels followed by all its numbers (PDF text
 * extracted column by column, across page breaks). Labels broken over lines are joined when the join
 * matches the format better than the fragment alone. Numbers printed beside text that is no label of
 * the table are never given to a row: they come back as orphans.
 */
export function readStream<T>(
  lines: ParsedLine[],
  spec: StreamSpec<T>,
): { readings: Reading<T>[]; orphans: Orphan[] } {
  const readings: Reading<T>[] = [];
  const orphans: Orphan[] = [];
  let pending: Label<T>[] = [];
  let loose: ValuePart[][] = [];
  let last: Label<T> | null = null;
  let valuesSinceLast = false;

  const flush = (): void => {
    distribute(pending, loose, spec, readings, orphans);
    pending = [];
    loose = [];
  };

  for (const line of lines) {
    // Where this line's values go: a label of this line, the loose pool (no label, or header wording), or nowhere.
    let sink: Label<T> | "loose" | "orphan" = "loose";
    let sinkValues: ValuePart[] | null = null;
    let lineLabelSeen = false;
    let lineLoose: ValuePart[] = [];
    const lineOrphans: string[] = [];
    let orphanLabel = "";
    for (const part of line.parts) {
      if (part.kind === "label") {
        const mergeable =
          !line.fromTable && !lineLabelSeen && !part.numbering && last !== null && !valuesSinceLast;
        lineLabelSeen = true;
        const merged = mergeable && last ? tryMerge(last, part, spec) : null;
        let label: Label<T>;
        if (merged) {
          label = merged.label;
          if (!merged.wasUnknown) {
            sink = label;
            sinkValues = null;
            continue;
          }
        } else {
          const match = spec.matcher.match(part);
          if (match.target === null) {
            // Header wording or unknown text; either may be the first half of a broken label (`行` / `政许可`).
            last = { target: null, match, part, line: line.index };
            valuesSinceLast = false;
            sink = match.header ? "loose" : "orphan";
            if (!match.header) orphanLabel = part.raw;
            continue;
          }
          // A spanned cell repeated on the same row (HTML colspan) is the same label.
          if (typeof sink === "object" && sink.target === match.target) continue;
          label = { target: match.target, match, part, line: line.index };
        }
        if (loose.length > 0 || lineLoose.length > 0) {
          if (lineLoose.length > 0) loose.push(lineLoose);
          lineLoose = [];
          flush();
        }
        pending.push(label);
        last = label;
        valuesSinceLast = false;
        sink = label;
        sinkValues = null;
        continue;
      }
      valuesSinceLast = true;
      if (sink === "orphan") {
        if (part.status !== "empty") lineOrphans.push(part.raw);
      } else if (sink === "loose") {
        if (part.status !== "empty") lineLoose.push(part);
      } else {
        if (sinkValues === null) {
          sinkValues = [];
          // Row-major evidence: labels before this one that got no numbers of their own have none.
          const at = pending.indexOf(sink);
          if (at >= 0) {
            const before = pending.slice(0, at);
            pending = before;
            flush();
          }
          readings.push({
            targets: [sink.target as T],
            values: sinkValues,
            layout: "line",
            label: sink.part.raw,
            line: sink.line,
            fromTable: line.fromTable,
            cellular: line.cellular,
          });
        }
        sinkValues.push(part);
      }
    }
    if (lineLoose.length > 0) loose.push(lineLoose);
    if (lineOrphans.length > 0)
      orphans.push({
        raw: `${orphanLabel} ${lineOrphans.join(" ")}`,
        line: line.index,
        label: orphanLabel,
        values: lineOrphans,
      });
  }
  flush();
  return { readings, orphans };
}

/** Join a fragment to the previous label when the join matches the format better than the label alone. */
function tryMerge<T>(
  last: Label<T>,
  part: LabelPart,
  spec: StreamSpec<T>,
): { label: Label<T>; wasUnknown: boolean } | null {
  const joined: LabelPart = {
    kind: "label",
    raw: `${last.part.raw}${part.raw}`,
    key: last.part.key + part.key,
    numbering: last.part.numbering,
  };
  const match = spec.matcher.match(joined);
  // Join when it matches better, or matches exactly a longer label (`2.其他` + `法律行政法规禁止公开`).
  if (match.target === null || match.score < last.match.score) return null;
  if (match.score === last.match.score && (match.score < 1 || match.target === last.target)) return null;
  const wasUnknown = last.target === null;
  last.target = match.target;
  last.match = match;
  last.part = joined;
  return { label: last, wasUnknown };
}

function need<T>(labels: Label<T>[], spec: StreamSpec<T>): number {
  let n = 0;
  for (const l of labels) n += spec.width(l.target as T);
  return n;
}

/** A reading of numbers that did not come on the label's own line. */
function loose<T>(labels: Label<T>[], values: ValuePart[], layout: Reading<T>["layout"]): Reading<T> {
  const first = labels[0];
  return {
    targets: labels.map((l) => l.target as T),
    values,
    layout,
    label: first?.part.raw ?? "",
    line: first?.line ?? -1,
    fromTable: false,
    cellular: false,
  };
}

function distribute<T>(
  pending: Label<T>[],
  pool: ValuePart[][],
  spec: StreamSpec<T>,
  readings: Reading<T>[],
  orphans: Orphan[],
): void {
  const rows = pending.filter((l) => spec.isRow(l.target as T));
  const values = pool.flat();
  if (values.length === 0) {
    for (const l of rows) readings.push(loose([l], [], "line"));
    return;
  }
  let chosen: Label<T>[];
  if (rows.length > 0 && need(rows, spec) === values.length) chosen = rows;
  else if (pending.length > 0 && need(pending, spec) === values.length) chosen = pending;
  else if (rows.length === 1) chosen = rows;
  else if (rows.length === 0 && pending.length === 1) chosen = pending;
  else if (pending.length === 0) {
    for (const l of pool) {
      const printed = l.map((v) => v.raw);
      orphans.push({ raw: printed.join(" "), line: -1, label: "", values: printed });
    }
    return;
  } else {
    readings.push(loose(rows.length > 0 ? rows : pending, values, "mixed"));
    return;
  }
  if (chosen.length === 1) readings.push(loose(chosen, values, "line"));
  else if (pool.every((l) => l.length === 1)) distributeColumns(chosen, values, spec, readings);
  else if (rowAligned(chosen, pool, spec)) {
    let at = 0;
    for (const l of chosen) {
      const w = spec.width(l.target as T);
      readings.push(loose([l], values.slice(at, at + w), "rows"));
      at += w;
    }
  } else readings.push(loose(chosen, values, "mixed"));
}

/** Whether the loose lines hold exactly one row's numbers each, in order. */
function rowAligned<T>(chosen: Label<T>[], loose: ValuePart[][], spec: StreamSpec<T>): boolean {
  if (chosen.length !== loose.length) return false;
  return chosen.every((l, i) => loose[i]?.length === spec.width(l.target as T));
}

/** Column-major numbers: within each block, the first column top to bottom, then the next. */
function distributeColumns<T>(
  chosen: Label<T>[],
  values: ValuePart[],
  spec: StreamSpec<T>,
  readings: Reading<T>[],
): void {
  let at = 0;
  let i = 0;
  while (i < chosen.length) {
    const block = spec.block(chosen[i]?.target as T);
    let j = i;
    while (j < chosen.length && spec.block(chosen[j]?.target as T) === block) j++;
    const run = chosen.slice(i, j);
    const width = spec.width(run[0]?.target as T);
    for (let r = 0; r < run.length; r++) {
      const l = run[r] as Label<T>;
      const cells: ValuePart[] = [];
      for (let c = 0; c < width; c++) cells.push(values[at + c * run.length + r] as ValuePart);
      readings.push(loose([l], cells, "columns"));
    }
    at += width * run.length;
    i = j;
  }
}
