import type { Segment } from "./pdf-types.ts";

/**
 * Ruled tables from border segments. Borders that touch form one table; their distinct y and x
 * positions cut it into a grid of bands; a grid cell whose border to a neighbour is missing is merged
 * with it, which recovers rowspan/colspan exactly as the document drew them.
 */
export interface RuledTable {
  /** Row boundaries (top to bottom) and column boundaries (left to right). */
  ys: number[];
  xs: number[];
  /** `region[r][c]`: id of the merged cell covering grid position (r, c). */
  region: number[][];
}

/** Positions closer than this are one border (double lines, rounding, jitter between rows). */
const SNAP = 3.5;
/** Border pieces this close end to end are one border. */
const GAP = 2;

interface HLine {
  y: number;
  x1: number;
  x2: number;
}
interface VLine {
  x: number;
  y1: number;
  y2: number;
}

export function ruledTables(segments: readonly Segment[]): RuledTable[] {
  const hs = mergeLines(
    segments.filter((s) => s.y1 === s.y2).map((s) => ({ at: s.y1, from: s.x1, to: s.x2 })),
  ).map((l) => ({ y: l.at, x1: l.from, x2: l.to }));
  const vs = mergeLines(
    segments.filter((s) => s.x1 === s.x2 && s.y1 !== s.y2).map((s) => ({ at: s.x1, from: s.y1, to: s.y2 })),
  ).map((l) => ({ x: l.at, y1: l.from, y2: l.to }));
  const tables: RuledTable[] = [];
  for (const group of touchingGroups(hs, vs)) {
    const table = gridOf(group.hs, group.vs);
    if (table) tables.push(table);
  }
  return tables;
}

interface Line {
  at: number;
  from: number;
  to: number;
}

/** Joins collinear pieces of one border. */
function mergeLines(lines: Line[]): Line[] {
  lines.sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Line[] = [];
  for (const l of lines) {
    const same = out.findLast(
      (o) => Math.abs(o.at - l.at) <= 1 && l.from <= o.to + GAP && l.to >= o.from - GAP,
    );
    if (same) {
      same.from = Math.min(same.from, l.from);
      same.to = Math.max(same.to, l.to);
    } else out.push({ ...l });
  }
  return out;
}

/** Connected groups of horizontal and vertical borders (a union-find over crossings). */
function touchingGroups(hs: HLine[], vs: VLine[]): { hs: HLine[]; vs: VLine[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (v.x >= h.x1 - SNAP && v.x <= h.x2 + SNAP && h.y >= v.y1 - SNAP && h.y <= v.y2 + SNAP) {
        parent[find(i)] = find(hs.length + j);
      }
    });
  });
  const groups = new Map<number, { hs: HLine[]; vs: VLine[] }>();
  const groupOf = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) {
      g = { hs: [], vs: [] };
      groups.set(root, g);
    }
    return g;
  };
  for (const [i, h] of hs.entries()) groupOf(i).hs.push(h);
  for (const [j, v] of vs.entries()) groupOf(hs.length + j).vs.push(v);
  return [...groups.values()];
}

/** Sorted positions with near-equal ones snapped together (their mean). */
function snap(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last && v - (last.at(-1) as number) <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

function gridOf(hs: HLine[], vs: VLine[]): RuledTable | null {
  if (hs.length < 2 || vs.length < 2) return null;
  // A table cut by a page break may lack its closing (or opening) border while its column borders
  // run on to the page edge: close it where they end, so its last row is a row of the grid.
  const left = Math.min(...vs.map((v) => v.x));
  const right = Math.max(...vs.map((v) => v.x));
  const top = Math.min(...hs.map((h) => h.y));
  const bottom = Math.max(...hs.map((h) => h.y));
  const vTop = Math.min(...vs.map((v) => v.y1));
  const vBottom = Math.max(...vs.map((v) => v.y2));
  if (vBottom > bottom + SNAP) hs.push({ y: vBottom, x1: left, x2: right });
  if (vTop < top - SNAP) hs.push({ y: vTop, x1: left, x2: right });
  const ys = snap(hs.map((h) => h.y));
  const xs = snap(vs.map((v) => v.x));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // A single column of boxes is a frame or shaded lines of text, not a table.
  if (rows < 1 || cols < 2) return null;
  const hasH = (y: number, x1: number, x2: number): boolean => {
    const mid = (x1 + x2) / 2;
    return hs.some((h) => Math.abs(h.y - y) <= SNAP && h.x1 <= mid && h.x2 >= mid);
  };
  const hasV = (x: number, y1: number, y2: number): boolean => {
    const mid = (y1 + y2) / 2;
    return vs.some((v) => Math.abs(v.x - x) <= SNAP && v.y1 <= mid && v.y2 >= mid);
  };
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [x1, x2, y1, y2] = [xs[c] as number, xs[c + 1] as number, ys[r] as number, ys[r + 1] as number];
      if (c + 1 < cols && !hasV(x2, y1, y2)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < rows && !hasH(y2, x1, x2)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const region = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => find(id(r, c))),
  );
  return { ys, xs, region };
}
