import { OUTCOME_INFO, OUTCOMES, type Outcome } from "../../domain/applications/index.ts";
import { FORMATS } from "../../domain/report/format/index.ts";
import type { Actor } from "../actor.ts";
import { chinaDate } from "../applications/china-date.ts";
import type { ServiceContext } from "../context.ts";
import { type PeriodFigures, yearFigures } from "./application-figures.ts";
import { closedByOutcome, overdueOnDays, receivedByMonth } from "./chart-queries.ts";
import { lastMonths, monthEnds } from "./months.ts";
import type { Subtree } from "./subtree.ts";
import { loadSubtree } from "./subtree.ts";
import { parseSupervisionQuery, type SupervisionQuery } from "./supervision-input.ts";

/** How many months the monthly and trend charts cover. */
export const CHART_MONTHS = 24;

/** The units a chart compares: the root's own applications ("本级"), then each direct child's subtree. */
export interface ChartUnit {
  agencyId: string;
  name: string;
  /** True for the root's own applications (本级), false for a direct child and everything below it. */
  own: boolean;
}

/** The outcome categories of table 三 (（一）–（六）), the mix chart's stacks. */
export type OutcomeCategory =
  | "disclosed"
  | "partiallyDisclosed"
  | "refused"
  | "unable"
  | "notProcessed"
  | "otherHandling";

const GROUP_LABELS = Object.fromEntries(FORMATS["2021"].applications.groups.map((g) => [g.key, g.label]));
export const OUTCOME_CATEGORIES: { key: OutcomeCategory; label: string }[] = [
  { key: "disclosed", label: "予以公开" },
  { key: "partiallyDisclosed", label: "部分公开" },
  ...(["refused", "unable", "notProcessed", "otherHandling"] as const).map((key) => ({
    key,
    label: GROUP_LABELS[key] ?? key,
  })),
];

const categoryOf = (outcome: Outcome): OutcomeCategory =>
  OUTCOME_INFO[outcome].group ?? (outcome as "disclosed" | "partiallyDisclosed");

export interface SupervisionCharts {
  root: { id: string; name: string };
  year: number;
  today: string;
  units: ChartUnit[];
  /** Applications received per month, the last 24 months up to this one. */
  monthly: { months: string[]; total: number[]; byUnit: number[][] };
  /** Applications closed in the year by outcome category (and by outcome), per unit. */
  outcomes: {
    categories: { key: OutcomeCategory; label: string }[];
    total: Record<OutcomeCategory, number>;
    byUnit: {
      categories: Record<OutcomeCategory, number>;
      outcomes: Partial<Record<Outcome, number>>;
      closed: number;
    }[];
  };
  /** Open overdue applications on the last day of each of the last 24 months (today for this month). */
  overdueTrend: { days: string[]; total: number[]; byUnit: number[][] };
  /** This year against last year, per unit: received, closed, missed deadlines. */
  yearOnYear: {
    year: number;
    previousYear: number;
    /** The year is still running: `previousToDate` covers last year up to the same day. */
    toDate: boolean;
    total: YearOnYear;
    byUnit: YearOnYear[];
  };
}

export interface YearOnYear {
  current: PeriodFigures;
  previous: PeriodFigures;
  previousToDate: PeriodFigures;
}

const emptyPeriod = (): PeriodFigures => ({ received: 0, closed: 0, missed: 0 });
const addPeriod = (into: PeriodFigures, from: PeriodFigures) => {
  into.received += from.received;
  into.closed += from.closed;
  into.missed += from.missed;
};
const emptyCategories = () =>
  Object.fromEntries(OUTCOME_CATEGORIES.map((c) => [c.key, 0])) as Record<OutcomeCategory, number>;

function unitsOf(tree: Subtree): ChartUnit[] {
  return [
    { agencyId: tree.root.id, name: `${tree.root.name}（本级）`, own: true },
    ...tree.children.map((c) => ({ agencyId: c.id, name: c.name, own: false })),
  ];
}

/**
 * The supervisor's chart data for the subtree of `query.agencyId`: monthly receipts, the outcome
 * mix, the overdue trend and the year-on-year comparison, each per unit (the root's own
 * applications and each direct child's subtree) and in total. Counts only; no personal data.
 * @throws AppError VALIDATION, NOT_FOUND, FORBIDDEN.
 */
export async function supervisionCharts(
  ctx: ServiceContext,
  actor: Actor,
  query: SupervisionQuery = {},
): Promise<SupervisionCharts> {
  const today = chinaDate(ctx.clock());
  const { year, agencyId } = parseSupervisionQuery(actor, query, today);
  const tree = await loadSubtree(ctx.db, actor, agencyId);
  const units = unitsOf(tree);
  const index = new Map(units.map((u, i) => [u.agencyId, i]));
  const unitIndex = (id: string) => index.get(tree.unitOf(id)) ?? 0;

  const months = lastMonths(today, CHART_MONTHS);
  const days = monthEnds(months, today);
  const yearEnd = `${year}-12-31`;
  const [received, closed, overdue, figures] = await Promise.all([
    receivedByMonth(ctx.db, tree, `${months[0]}-01`, today),
    closedByOutcome(ctx.db, tree, `${year}-01-01`, today < yearEnd ? today : yearEnd),
    overdueOnDays(ctx.db, tree, days),
    yearFigures(ctx.db, tree, { year, today }, { previous: true }),
  ]);

  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const monthly = units.map(() => months.map(() => 0));
  for (const r of received) {
    const m = monthIndex.get(r.month);
    const row = monthly[unitIndex(r.agencyId)];
    if (m !== undefined && row) row[m] = (row[m] ?? 0) + r.count;
  }

  const mix = units.map(() => ({
    categories: emptyCategories(),
    outcomes: {} as Partial<Record<Outcome, number>>,
    closed: 0,
  }));
  for (const r of closed) {
    const unit = mix[unitIndex(r.agencyId)];
    if (!unit) continue;
    unit.closed += r.count;
    const outcome = (OUTCOMES as readonly string[]).includes(r.outcome ?? "") ? (r.outcome as Outcome) : null;
    // A closed application always has an outcome; a row without one is counted as closed only.
    if (outcome === null) continue;
    unit.outcomes[outcome] = (unit.outcomes[outcome] ?? 0) + r.count;
    unit.categories[categoryOf(outcome)] += r.count;
  }

  const trend = units.map(() => days.map(() => 0));
  for (const r of overdue) {
    const row = trend[unitIndex(r.agencyId)];
    if (row) for (const [i, c] of r.counts.entries()) row[i] = (row[i] ?? 0) + c;
  }

  const yoy = units.map(() => ({
    current: emptyPeriod(),
    previous: emptyPeriod(),
    previousToDate: emptyPeriod(),
  }));
  for (const [id, f] of figures) {
    const unit = yoy[unitIndex(id)];
    if (!unit) continue;
    addPeriod(unit.current, f.year);
    addPeriod(unit.previous, f.previous);
    addPeriod(unit.previousToDate, f.previousToDate);
  }
  const yoyTotal = { current: emptyPeriod(), previous: emptyPeriod(), previousToDate: emptyPeriod() };
  for (const u of yoy) {
    addPeriod(yoyTotal.current, u.current);
    addPeriod(yoyTotal.previous, u.previous);
    addPeriod(yoyTotal.previousToDate, u.previousToDate);
  }
  const columnSums = (rows: number[][], width: number) =>
    Array.from({ length: width }, (_, i) => rows.reduce((s, r) => s + (r[i] ?? 0), 0));
  const mixTotal = emptyCategories();
  for (const u of mix) for (const c of OUTCOME_CATEGORIES) mixTotal[c.key] += u.categories[c.key];

  return {
    root: { id: tree.root.id, name: tree.root.name },
    year,
    today,
    units,
    monthly: { months, total: columnSums(monthly, months.length), byUnit: monthly },
    outcomes: { categories: OUTCOME_CATEGORIES, total: mixTotal, byUnit: mix },
    overdueTrend: { days, total: columnSums(trend, days.length), byUnit: trend },
    yearOnYear: { year, previousYear: year - 1, toDate: today < yearEnd, total: yoyTotal, byUnit: yoy },
  };
}
