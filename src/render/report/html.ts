import type { CellRef } from "../../domain/report/finding.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import type { Grid, GridCell, GridRow } from "./grid/index.ts";
import { REPORT_CSS } from "./html-style.ts";
import { type ReportPlan, reportPlan } from "./plan.ts";

export interface RenderHtmlOptions {
  /** true (default): a complete HTML5 page with its stylesheet; false: an <article> to embed (add REPORT_CSS). */
  standalone?: boolean;
  /** Cells to mark with the class `gk-highlight` (the checker marks the cells of its findings). */
  highlight?: readonly CellRef[];
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text and attribute values escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const refKey = (ref: CellRef) => `${ref.table}:${ref.row}:${ref.col}`;

function spans(cell: GridCell): string {
  return `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ""}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ""}`;
}

/**
 * One cell. Spanning headers keep scope="col"/"row": the HTML header algorithm extends them over the
 * columns or rows they span, whereas colgroup/rowgroup would need <colgroup>/<tbody> boundaries the
 * official table does not have. A table 二 block heading does head exactly its own <tbody>.
 */
function cellHtml(cell: GridCell, highlighted: ReadonlySet<string>): string {
  const text = escapeHtml(cell.text);
  switch (cell.role) {
    case "corner":
      return `<td class="gk-corner"${spans(cell)}>${text}</td>`;
    case "column":
    case "column-group":
      return `<th scope="col"${cell.role === "column-group" ? ' class="gk-col-group"' : ""}${spans(cell)}>${text}</th>`;
    case "row":
    case "row-group":
      return `<th scope="row"${cell.role === "row-group" ? ' class="gk-row-group"' : ""}${spans(cell)}>${text}</th>`;
    case "block-heading":
      return `<th scope="rowgroup" class="gk-block-heading"${spans(cell)}>${text}</th>`;
    case "value": {
      const classes = ["gk-num"];
      if (cell.value === null) classes.push("gk-null");
      const ref = cell.ref;
      if (ref && highlighted.has(refKey(ref))) classes.push("gk-highlight");
      const data = ref
        ? ` data-table="${ref.table}" data-row="${escapeHtml(String(ref.row))}" data-col="${escapeHtml(String(ref.col))}"`
        : "";
      return `<td class="${classes.join(" ")}"${data}${spans(cell)}>${text}</td>`;
    }
  }
}

function rowsHtml(rows: GridRow[], highlighted: ReadonlySet<string>): string {
  return rows.map((r) => `<tr>${r.cells.map((c) => cellHtml(c, highlighted)).join("")}</tr>`).join("\n");
}

/** Column widths from the grid's weights, so number columns are not squeezed by long labels. */
function colgroup(grid: Grid): string {
  const total = grid.columnWeights.reduce((a, b) => a + b, 0);
  const cols = grid.columnWeights.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`);
  return `<colgroup>${cols.join("")}</colgroup>`;
}

function tableHtml(grid: Grid, highlighted: ReadonlySet<string>): string {
  const head = grid.rows.filter((r) => r.header);
  const bodies: GridRow[][] = [];
  for (const row of grid.rows.filter((r) => !r.header)) {
    const last = bodies[bodies.length - 1];
    if (last && last[0]?.group === row.group) last.push(row);
    else bodies.push([row]);
  }
  return [
    `<div class="gk-table-scroll"><table class="gk-table gk-table-${grid.table}">`,
    `<caption class="gk-sr-only">${escapeHtml(grid.caption)}</caption>`,
    colgroup(grid),
    head.length > 0 ? `<thead>\n${rowsHtml(head, highlighted)}\n</thead>` : "",
    ...bodies.map((b) => `<tbody>\n${rowsHtml(b, highlighted)}\n</tbody>`),
    "</table></div>",
  ]
    .filter((s) => s !== "")
    .join("\n");
}

const para = (text: string) => `<p>${escapeHtml(text)}</p>`;

function articleHtml(plan: ReportPlan, report: ReportModel, highlighted: ReadonlySet<string>): string {
  const parts = [
    `<article class="gk-report" lang="zh-CN" data-format="${report.format}">`,
    `<header><h1>${plan.titleParts.map((t) => `<span class="gk-title-part">${escapeHtml(t)}</span>`).join("")}</h1>${plan.preamble.map(para).join("")}</header>`,
  ];
  for (const s of plan.sections) {
    parts.push(
      `<section>\n<h2>${escapeHtml(s.heading)}</h2>\n${s.paragraphs.map(para).join("\n")}`,
      s.table ? tableHtml(s.table, highlighted) : "",
      "</section>",
    );
  }
  if (plan.signature) {
    const { signer, date } = plan.signature;
    const time =
      date === null ? "" : `<p><time datetime="${report.publishDate}">${escapeHtml(date)}</time></p>`;
    parts.push(`<footer class="gk-signature">${signer === null ? "" : para(signer)}${time}</footer>`);
  }
  parts.push("</article>");
  return parts.filter((p) => p !== "").join("\n");
}

/**
 * The report as HTML: by default a complete HTML5 page (zh-CN, UTF-8, screen, phone and A4 print
 * styles); with `standalone: false` an `<article class="gk-report">` for the portal and the
 * workspace, which include `REPORT_CSS` themselves. Tables keep the official merged headers; null
 * cells are empty `<td class="gk-num gk-null">`; every number cell carries data-table/row/col.
 */
export function renderHtml(report: ReportModel, options: RenderHtmlOptions = {}): string {
  const plan = reportPlan(report);
  const highlighted = new Set((options.highlight ?? []).map(refKey));
  const article = articleHtml(plan, report, highlighted);
  if (options.standalone === false) return `${article}\n`;
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(plan.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    article,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
