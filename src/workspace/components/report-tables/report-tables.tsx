import { FORMATS } from "../../../domain/report/format/index.ts";
import type { ReportModel } from "../../../domain/report/model.ts";
import { reportGrids } from "../../../render/report/grid/index.ts";
import { REPORT_CSS } from "../../../render/report/html-style.ts";
import type { CellMarks } from "./report-table.tsx";
import { ReportTable } from "./report-table.tsx";

/** The workspace's marks on top of the published stylesheet. */
const MARK_CSS = `
.gk-report.gk-embedded { max-width: none; padding: 0; font-size: 1rem; }
.gk-report .gk-mark-error { background: #fff1f0; box-shadow: inset 0 0 0 2px #ff4d4f; }
.gk-report .gk-mark-warning { background: #fffbe6; box-shadow: inset 0 0 0 2px #faad14; }
.gk-report .gk-focus { background: #ffe58f; box-shadow: inset 0 0 0 3px #d4380d; transition: background 0.3s; }
`;

const TABLE_SECTIONS = [
  ["proactive", "proactive"],
  ["applications", "applications"],
  ["litigation", "litigation"],
] as const;

/**
 * Tables 二, 三 and 四 of a report as published, under their official section headings (both from
 * the format data), with the cells of findings marked.
 */
export function ReportTables({ report, marks }: { report: ReportModel; marks: CellMarks }) {
  const format = FORMATS[report.format];
  const grids = reportGrids(report);
  return (
    <div className="gk-report gk-embedded" data-testid="report-tables">
      <style>{REPORT_CSS + MARK_CSS}</style>
      {TABLE_SECTIONS.map(([section, table]) => {
        const def = format.sections.find((s) => s.key === section);
        return (
          <section key={table}>
            <h2>{def ? `${def.number}、${def.label}` : grids[table].caption}</h2>
            <ReportTable grid={grids[table]} marks={marks} />
          </section>
        );
      })}
    </div>
  );
}
