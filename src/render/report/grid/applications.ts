import type { ApplicationRowDef, ReportFormat } from "../../../domain/report/format/index.ts";
import type { ReportModel } from "../../../domain/report/model.ts";
import { formatCell } from "../format-cell.ts";
import { type Grid, type GridCell, type GridRow, gridCell } from "./types.ts";

/** The three label columns: 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密. */
const LABEL_COLUMNS = 3;

/** A printed table 三 row: one format row, or a collapsed group printed as one row. */
interface PrintedRow {
  /** Index of the model row whose numbers the row shows. */
  index: number;
  def: ApplicationRowDef;
  label: string;
  /** Set on the first item of a result group: the group label and how many rows it spans. */
  groupStart?: { label: string; span: number };
  /** Item of a group (its label sits in the third label column). */
  inGroup: boolean;
}

/** The rows as printed: a group in `collapsedGroups` becomes one row carrying its last item's numbers. */
function printedRows(format: ReportFormat, collapsedGroups: readonly string[]): PrintedRow[] {
  const defs = format.applications.rows;
  const out: PrintedRow[] = [];
  defs.forEach((def, index) => {
    const group = def.group ? format.applications.groups.find((g) => g.key === def.group) : undefined;
    if (!group) {
      out.push({ index, def, label: `${def.number}${def.label}`, inGroup: false });
      return;
    }
    const items = defs.filter((d) => d.group === group.key);
    const first = items[0] === def;
    if (collapsedGroups.includes(group.key)) {
      if (items[items.length - 1] === def) {
        out.push({ index, def, label: `${group.number}${group.label}`, inGroup: false });
      }
      return;
    }
    out.push({
      index,
      def,
      label: `${def.number}${def.label}`,
      inGroup: true,
      ...(first ? { groupStart: { label: `${group.number}${group.label}`, span: items.length } } : {}),
    });
  });
  return out;
}

function headerRows(format: ReportFormat): GridRow[] {
  const { columns } = format.applications;
  const second: GridCell[] = [];
  const third: GridCell[] = [];
  columns.forEach((c, i) => {
    if (!c.organisation) {
      second.push(gridCell("column", c.label, { rowSpan: 2 }));
      return;
    }
    third.push(gridCell("column", c.label));
    if (!columns[i - 1]?.organisation) {
      let span = 0;
      while (columns[i + span]?.organisation) span++;
      second.push(gridCell("column-group", format.applications.organisationHeader, { colSpan: span }));
    }
  });
  return [
    {
      header: true,
      cells: [
        gridCell("corner", format.applications.corner, { colSpan: LABEL_COLUMNS, rowSpan: 3 }),
        gridCell("column-group", format.applications.applicantHeader, { colSpan: columns.length }),
      ],
    },
    { header: true, cells: second },
    { header: true, cells: third },
  ];
}

/**
 * Table 三 as the official table: the corner note over three label columns and three header rows,
 * 申请人情况 over the seven columns, 法人或其他组织 over the five organisation columns; 三、本年度办理结果
 * spans every result row and （七）总计, each group label spans its items, and rows without items span
 * the label columns they do not need.
 */
export function applicationsGrid(format: ReportFormat, report: ReportModel): Grid {
  const printed = printedRows(format, report.collapsedGroups);
  const underResults = printed.filter((r) => r.def.kind === "result" || r.def.kind === "total").length;
  let resultsStarted = false;
  const body = printed.map((row): GridRow => {
    const labels: GridCell[] = [];
    const underHeader = row.def.kind === "result" || row.def.kind === "total";
    if (underHeader && !resultsStarted) {
      resultsStarted = true;
      labels.push(gridCell("row-group", format.applications.resultsHeader, { rowSpan: underResults }));
    }
    if (row.groupStart) {
      labels.push(gridCell("row-group", row.groupStart.label, { rowSpan: row.groupStart.span }));
    }
    const labelSpan = underHeader ? (row.inGroup ? 1 : 2) : LABEL_COLUMNS;
    labels.push(gridCell("row", row.label, { colSpan: labelSpan }));
    const values = (report.tables.applications[row.index] ?? []).map(
      (value, col): GridCell => ({
        ...gridCell("value", formatCell(value)),
        value,
        ref: { table: "applications", row: row.index, col },
      }),
    );
    return { header: false, cells: [...labels, ...values] };
  });
  return {
    table: "applications",
    caption: "政府信息公开申请办理情况统计表",
    columnCount: LABEL_COLUMNS + format.applications.columns.length,
    rows: [...headerRows(format), ...body],
    columnWeights: [1, 1.6, 4.2, ...format.applications.columns.map(() => 1.15)],
  };
}
