import type { TableKey } from "../../../domain/report/finding.ts";
import { FORMATS } from "../../../domain/report/format/index.ts";
import type { ReportModel } from "../../../domain/report/model.ts";
import { applicationsGrid } from "./applications.ts";
import { litigationGrid } from "./litigation.ts";
import { proactiveGrid } from "./proactive.ts";
import type { Grid } from "./types.ts";

export { gridToMatrix, type PlacedCell, placeCells } from "./place.ts";
export type { Grid, GridCell, GridCellRole, GridRow } from "./types.ts";

/** The three tables of a report laid out as the official tables of its format. */
export function reportGrids(report: ReportModel): Record<TableKey, Grid> {
  const format = FORMATS[report.format];
  return {
    proactive: proactiveGrid(format, report.tables),
    applications: applicationsGrid(format, report),
    litigation: litigationGrid(format, report.tables),
  };
}
