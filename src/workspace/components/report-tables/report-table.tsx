import type { GridCell, Grid as ReportGrid } from "../../../render/report/grid/index.ts";
import { cellElementId, cellKey } from "./cell-key.ts";

/** How a cell stands with the findings: an error or a warning touches it; the selected one points at it. */
export interface CellMarks {
  severity: ReadonlyMap<string, "error" | "warning">;
  focused: ReadonlySet<string>;
}

/**
 * One official table, laid out by the report engine's own grid (the format as data: merged headers,
 * labels and order are those of the published report) with the published report's classes, so
 * REPORT_CSS draws it. Number cells involved in a finding carry a mark; the selected finding's
 * cells are highlighted.
 */
export function ReportTable({ grid, marks }: { grid: ReportGrid; marks: CellMarks }) {
  const head = grid.rows.filter((r) => r.header);
  const body = grid.rows.filter((r) => !r.header);
  return (
    <div className="gk-table-scroll">
      <table className={`gk-table gk-table-${grid.table}`}>
        <caption className="gk-sr-only">{grid.caption}</caption>
        <thead>
          {head.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: grid rows are fixed by the format
            <tr key={i}>{row.cells.map((cell, j) => cellElement(cell, j, marks))}</tr>
          ))}
        </thead>
        <tbody>
          {body.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: grid rows are fixed by the format
            <tr key={i}>{row.cells.map((cell, j) => cellElement(cell, j, marks))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function cellElement(cell: GridCell, index: number, marks: CellMarks) {
  const spans = { colSpan: cell.colSpan, rowSpan: cell.rowSpan };
  switch (cell.role) {
    case "corner":
      return (
        <td key={index} className="gk-corner" {...spans}>
          {cell.text}
        </td>
      );
    case "column":
    case "column-group":
      return (
        <th
          key={index}
          scope="col"
          className={cell.role === "column-group" ? "gk-col-group" : undefined}
          {...spans}
        >
          {cell.text}
        </th>
      );
    case "row":
    case "row-group":
      return (
        <th
          key={index}
          scope="row"
          className={cell.role === "row-group" ? "gk-row-group" : undefined}
          {...spans}
        >
          {cell.text}
        </th>
      );
    case "block-heading":
      return (
        <th key={index} scope="rowgroup" className="gk-block-heading" {...spans}>
          {cell.text}
        </th>
      );
    case "value": {
      const ref = cell.ref;
      const key = ref ? cellKey(ref) : "";
      const severity = marks.severity.get(key);
      const classes = ["gk-num"];
      if (cell.value === null) classes.push("gk-null");
      if (severity) classes.push(`gk-mark-${severity}`);
      if (marks.focused.has(key)) classes.push("gk-focus");
      return (
        <td
          key={index}
          id={ref ? cellElementId(ref) : undefined}
          className={classes.join(" ")}
          data-cell={key || undefined}
          data-mark={severity}
          {...spans}
        >
          {cell.text}
        </td>
      );
    }
  }
}
