/**
 * The supervisor's view over a subtree of agencies: the per-agency table and the chart data.
 * See docs/api.md (监督) for what each figure counts.
 */
export type { OpenFigures, PeriodFigures, YearFigures } from "./application-figures.ts";
export {
  CHART_MONTHS,
  type ChartUnit,
  OUTCOME_CATEGORIES,
  type OutcomeCategory,
  type SupervisionCharts,
  supervisionCharts,
  type YearOnYear,
} from "./charts.ts";
export { type ApplicationFigures, type Overview, type OverviewRow, supervisionOverview } from "./overview.ts";
export type { ReportCell, ReportTally } from "./report-figures.ts";
export { type SupervisionQuery, supervisionQuerySchema } from "./supervision-input.ts";
