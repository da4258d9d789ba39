import type { Segment } from "./pdf-types.ts";

/**
 * Table borders from a page's operator list. Word, WPS, LibreOffice and Chromium all draw cell
 * borders either as stroked lines or as thin filled rectangles; both become axis-aligned segments.
 * pdf.js (v5) hands paths as `constructPath(paintOp, [Float32Array of DrawOPS], minMax)`.
 */

type Matrix = [number, number, number, number, number, number];

export interface PdfOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
}

const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A filled box thinner than this is a line; wider boxes are cell or paragraph backgrounds. */
const THIN = 2.5;
const MIN_LENGTH = 2;

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/**
 * Axis-aligned segments in top-down page coordinates. `view` maps PDF user space to them (the
 * page viewport's transform).
 */
export function ruleSegments(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: PdfOps,
  view: Matrix,
): Segment[] {
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
    else if (fn === ops.constructPath) {
      const [paint, paths] = argsArray[i] as [number, ArrayLike<number>[] | undefined];
      const stroked = paint === ops.stroke || paint === ops.closeStroke;
      const filled =
        paint === ops.fill || paint === ops.eoFill || paint === ops.fillStroke || paint === ops.eoFillStroke;
      if (!stroked && !filled) continue;
      const path = paths?.[0];
      if (!path) continue;
      const m = multiply(view, ctm);
      for (const polygon of subpaths(path, m)) {
        if (stroked || paint === ops.fillStroke || paint === ops.eoFillStroke) edges(polygon, out);
        if (filled) box(polygon, out);
      }
    }
  }
  return out;
}

type Point = [number, number];

/** The path's subpaths as polylines of transformed points (curves contribute only their ends). */
function subpaths(path: ArrayLike<number>, m: Matrix): Point[][] {
  const result: Point[][] = [];
  let current: Point[] = [];
  const at = (x: number, y: number): Point => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  for (let k = 0; k < path.length; ) {
    const op = path[k++];
    if (op === MOVE) {
      if (current.length > 1) result.push(current);
      current = [at(path[k] ?? 0, path[k + 1] ?? 0)];
      k += 2;
    } else if (op === LINE) {
      current.push(at(path[k] ?? 0, path[k + 1] ?? 0));
      k += 2;
    } else if (op === CURVE) {
      current.push(at(path[k + 4] ?? 0, path[k + 5] ?? 0));
      k += 6;
    } else if (op === QUAD) {
      current.push(at(path[k + 2] ?? 0, path[k + 3] ?? 0));
      k += 4;
    } else if (op === CLOSE) {
      const start = current[0];
      if (start) current.push(start);
    } else break;
  }
  if (current.length > 1) result.push(current);
  return result;
}

/** Stroked polyline → its horizontal and vertical pieces. */
function edges(points: Point[], out: Segment[]): void {
  for (let k = 1; k < points.length; k++) {
    const [ax, ay] = points[k - 1] as Point;
    const [bx, by] = points[k] as Point;
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= MIN_LENGTH) {
      out.push({ x1: Math.min(ax, bx), x2: Math.max(ax, bx), y1: ay, y2: ay });
    } else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= MIN_LENGTH) {
      out.push({ x1: ax, x2: ax, y1: Math.min(ay, by), y2: Math.max(ay, by) });
    }
  }
}

/**
 * Filled shape → a line when it is a thin box. Wider boxes are shading (header cells, highlighted
 * paragraphs): their edges are not borders, and taking them would turn shaded prose into a table.
 */
function box(points: Point[], out: Segment[]): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const [x, y] of points) {
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  }
  const w = x2 - x1;
  const h = y2 - y1;
  const rectangular = points.every(
    ([x, y]) =>
      (Math.abs(x - x1) < 0.5 || Math.abs(x - x2) < 0.5) &&
      (Math.abs(y - y1) < 0.5 || Math.abs(y - y2) < 0.5),
  );
  // Chromium draws `border="1"` (outset) sides as thin trapezoids: thin is enough to be a border.
  if (!rectangular && w > THIN && h > THIN) return;
  if (h <= THIN && w >= MIN_LENGTH) out.push({ x1, x2, y1: (y1 + y2) / 2, y2: (y1 + y2) / 2 });
  else if (w <= THIN && h >= MIN_LENGTH) out.push({ x1: (x1 + x2) / 2, x2: (x1 + x2) / 2, y1, y2 });
}
