import type { AgencyLevel } from "../../db/schema.ts";
import { DEFAULT_CLOCK_POLICY } from "../../domain/applications/index.ts";
import type { Actor } from "../actor.ts";
import { applicationCalendar } from "../applications/calendar-in-force.ts";
import { chinaDate } from "../applications/china-date.ts";
import type { ServiceContext } from "../context.ts";
import { type OpenFigures, openFigures, yearFigures } from "./application-figures.ts";
import {
  addTally,
  emptyTally,
  type ReportCell,
  type ReportTally,
  reportCells,
  tallyReport,
} from "./report-figures.ts";
import { loadSubtree, rollUp } from "./subtree.ts";
import { parseSupervisionQuery, type SupervisionQuery } from "./supervision-input.ts";

/** The application figures of one agency (or a subtree's sum) in the overview. */
export interface ApplicationFigures extends OpenFigures {
  /** Received in the year (to today for the current year). */
  received: number;
  /** Closed in the year. */
  closed: number;
  /** Reply deadlines in the year, already past, not met. */
  missed: number;
  /** Closed in the year by a reply, with a reply deadline. */
  replied: number;
  repliedOnTime: number;
  /** repliedOnTime / replied, 0–1; null when nothing was replied. */
  onTimeRate: number | null;
}

export interface OverviewRow {
  agencyId: string;
  name: string;
  level: AgencyLevel;
  parentId: string | null;
  depth: number;
  /** Direct children in the subtree. */
  childCount: number;
  /** This agency's own applications. */
  own: ApplicationFigures;
  /** This agency and every agency below it. */
  subtree: ApplicationFigures;
  /** This agency's report for the year, and for the year before (the one due this January or March). */
  report: ReportCell | null;
  previousReport: ReportCell | null;
  /** Where the reports of this agency and every agency below it stand. */
  reports: { year: ReportTally | null; previousYear: ReportTally | null };
}

export interface Overview {
  root: { id: string; name: string };
  year: number;
  previousYear: number;
  today: string;
  /** Open applications due from today to this day count as due soon (5 working days). */
  dueSoonUntil: string;
  agencies: number;
  rows: OverviewRow[];
}

const emptyFigures = (): ApplicationFigures => ({
  open: 0,
  dueSoon: 0,
  overdue: 0,
  provisional: 0,
  received: 0,
  closed: 0,
  missed: 0,
  replied: 0,
  repliedOnTime: 0,
  onTimeRate: null,
});

function addFigures(into: ApplicationFigures, from: ApplicationFigures): void {
  for (const key of Object.keys(into) as (keyof ApplicationFigures)[]) {
    if (key !== "onTimeRate") into[key] += from[key];
  }
}

const withRate = (f: ApplicationFigures): ApplicationFigures => ({
  ...f,
  onTimeRate: f.replied === 0 ? null : f.repliedOnTime / f.replied,
});

/**
 * The supervisor's table: one row per agency of the subtree of `query.agencyId` (default the
 * user's own) with its open, due-soon and overdue applications now, what it received, closed and
 * replied on time in the year, the same summed over its subtree, and the status of its annual
 * reports for the year and the year before. A handful of GROUP BY queries over the whole subtree,
 * whatever its size; no personal data. For supervisors and system administrators of the subtree.
 * @throws AppError VALIDATION, NOT_FOUND, FORBIDDEN.
 */
export async function supervisionOverview(
  ctx: ServiceContext,
  actor: Actor,
  query: SupervisionQuery = {},
): Promise<Overview> {
  const today = chinaDate(ctx.clock());
  const { year, agencyId, depth } = parseSupervisionQuery(actor, query, today);
  const tree = await loadSubtree(ctx.db, actor, agencyId);
  const calendar = await applicationCalendar(ctx.db);
  const dueSoonUntil = calendar.addWorkingDays(today, DEFAULT_CLOCK_POLICY.dueSoonDays);
  const [open, figures, current, previous] = await Promise.all([
    openFigures(ctx.db, tree, today, dueSoonUntil),
    yearFigures(ctx.db, tree, { year, today }, { previous: false }),
    reportCells(ctx.db, tree, year, today),
    reportCells(ctx.db, tree, year - 1, today),
  ]);

  const own = (id: string): ApplicationFigures => {
    const o = open.get(id);
    const y = figures.get(id)?.year;
    return withRate({ ...emptyFigures(), ...o, ...y, onTimeRate: null });
  };
  const sums = rollUp(tree, own, emptyFigures, addFigures);
  const tallies = (cells: Map<string, ReportCell> | null) =>
    cells &&
    rollUp(
      tree,
      (id) => {
        const t = emptyTally();
        const cell = cells.get(id);
        if (cell) tallyReport(t, cell);
        return t;
      },
      emptyTally,
      addTally,
    );
  const currentTallies = tallies(current);
  const previousTallies = tallies(previous);
  const childCount = new Map<string, number>();
  for (const a of tree.agencies)
    if (a.parentId) childCount.set(a.parentId, (childCount.get(a.parentId) ?? 0) + 1);

  const rows: OverviewRow[] = tree.agencies
    .filter((a) => a.depth <= depth)
    .map((a) => ({
      agencyId: a.id,
      name: a.name,
      level: a.level,
      parentId: a.parentId,
      depth: a.depth,
      childCount: childCount.get(a.id) ?? 0,
      own: own(a.id),
      subtree: withRate(sums.get(a.id) ?? emptyFigures()),
      report: current?.get(a.id) ?? null,
      previousReport: previous?.get(a.id) ?? null,
      reports: {
        year: currentTallies?.get(a.id) ?? null,
        previousYear: previousTallies?.get(a.id) ?? null,
      },
    }));
  return {
    root: { id: tree.root.id, name: tree.root.name },
    year,
    previousYear: year - 1,
    today,
    dueSoonUntil,
    agencies: tree.agencies.length,
    rows,
  };
}
