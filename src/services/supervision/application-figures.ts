import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Subtree } from "./subtree.ts";

/**
 * Per-agency application figures of a subtree, from the derived columns of `applications` (never the
 * ledgers), each a GROUP BY agency over one index: open applications from the partial index of open
 * ones (due_sort there is the reply deadline), receipts from the agency × received-date index,
 * closings from the partial index of closed ones (migration 0009). No query reads the wide rows, and
 * none runs per agency. Dates are literals: they come from an integer year and the clock, and a
 * literal lets SQLite match the partial indexes.
 */

const n = (v: unknown) => Number(v ?? 0);
const lit = (date: string) => sql.lit(date);
/** `sum(case when … then 1 else 0 end)`: the rows of the group matching `condition`. */
const countIf = (condition: RawBuilder<unknown>) =>
  sql<number>`sum(case when ${condition} then 1 else 0 end)`;
const between = (column: string, from: string, to: string) =>
  sql`${sql.ref(column)} >= ${lit(from)} and ${sql.ref(column)} <= ${lit(to)}`;

/** Open applications now: how many, overdue, due within the due-soon window, with a provisional deadline. */
export interface OpenFigures {
  open: number;
  dueSoon: number;
  overdue: number;
  provisional: number;
}

/**
 * Open figures on `today`, matching the staff list's filters: open = not closed; overdue = open with
 * the reply deadline before today; due soon = open with the deadline from today to `soonUntil`;
 * provisional = open with a deadline computed without the official schedule of its year.
 */
export async function openFigures(
  db: Kysely<Database>,
  tree: Subtree,
  today: string,
  soonUntil: string,
): Promise<Map<string, OpenFigures>> {
  const rows = await db
    .selectFrom("applications")
    .select([
      "agency_id",
      sql<number>`count(*)`.as("open"),
      countIf(sql`due_sort < ${lit(today)}`).as("overdue"),
      countIf(between("due_sort", today, soonUntil)).as("due_soon"),
    ])
    .where("agency_id", "in", tree.ids)
    .where("closed_on", "is", null)
    .groupBy("agency_id")
    .execute();
  // Few rows are provisional (deadlines in a year not yet loaded). They are read through their own
  // partial index, platform-wide, and kept to the subtree here: scoped in SQL, the planners walk the
  // agency index instead and read every row of the subtree.
  const provisional = await db
    .selectFrom("applications")
    .select(["agency_id", sql<number>`count(*)`.as("n")])
    .where(sql<boolean>`due_provisional = 1`)
    .where("closed_on", "is", null)
    .groupBy("agency_id")
    .execute();
  const result = new Map<string, OpenFigures>();
  for (const r of rows) {
    result.set(r.agency_id, {
      open: n(r.open),
      dueSoon: n(r.due_soon),
      overdue: n(r.overdue),
      provisional: 0,
    });
  }
  for (const r of provisional) {
    const f = tree.has(r.agency_id) ? result.get(r.agency_id) : undefined;
    if (f) f.provisional = n(r.n);
  }
  return result;
}

/** Received, closed and missed deadlines within one period. */
export interface PeriodFigures {
  received: number;
  closed: number;
  /** Reply deadlines in the period, already past, not met: the application was still open after its deadline, or closed after it. */
  missed: number;
}

/** What one agency did in the year, with last year beside it. */
export interface YearFigures {
  year: PeriodFigures & {
    /** Closed in the year by a reply (not withdrawn or abandoned), with a reply deadline. */
    replied: number;
    /** Of those, closed on or before the deadline. */
    repliedOnTime: number;
  };
  previous: PeriodFigures;
  /** Last year up to the same day as today (all of it when the year asked for is over). */
  previousToDate: PeriodFigures;
}

/** The same month and day one year earlier (29 February becomes the 28th). */
export function sameDayLastYear(day: string): string {
  const md = day.slice(5) === "02-29" ? "02-28" : day.slice(5);
  return `${Number(day.slice(0, 4)) - 1}-${md}`;
}

/** The periods of year Y seen on `today`: the year so far, last year, and last year to the same day. */
function periods(year: number, today: string) {
  const yEnd = `${year}-12-31`;
  const running = today < yEnd;
  return {
    y: { from: `${year}-01-01`, to: running ? today : yEnd },
    l: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
    t: { from: `${year - 1}-01-01`, to: running ? sameDayLastYear(today) : `${year - 1}-12-31` },
  };
}

/**
 * A missed deadline of a period: the deadline lies in the period and before `before` (today, or the
 * same day last year), and the application was not closed by it.
 */
function missedIn(column: "due_sort" | "reply_due_on", from: string, to: string, before: string) {
  return sql`${between(column, from, to)} and ${sql.ref(column)} < ${lit(before)}`;
}

/**
 * The year figures of every agency of the subtree, for year Y seen on `today`, in three index scans:
 * - received / closed: the receipt / closing date in Y (up to today while Y runs);
 * - replied / on time: closed in Y by a reply — phase replied, or archived after a `replied` event
 *   (only archived rows consult their ledger) — with a deadline; on time when closed by it. The same
 *   rule as the annual report's prose (replyTimeliness);
 * - missed: the reply deadline lies in Y and before today, and the application was still open after
 *   it (open now, or closed later);
 * - with `previous`, the same for last year in full and up to the same day last year (a like-for-like
 *   comparison); without it, the scans start at Y and last year's figures stay 0.
 */
export async function yearFigures(
  db: Kysely<Database>,
  tree: Subtree,
  window: { year: number; today: string },
  options: { previous: boolean },
): Promise<Map<string, YearFigures>> {
  const { today } = window;
  const { y, l, t } = periods(window.year, today);
  const yEnd = `${window.year}-12-31`;
  const tBefore = t.to === l.to ? today : t.to;
  const withPrevious = <T>(columns: T[]) => (options.previous ? columns : []);
  const from = options.previous ? l.from : y.from;
  const receivedQuery = db
    .selectFrom("applications")
    .select(["agency_id", countIf(between("received_on", y.from, y.to)).as("y")])
    .select(
      withPrevious([
        countIf(between("received_on", l.from, l.to)).as("l"),
        countIf(between("received_on", t.from, t.to)).as("t"),
      ]),
    )
    .where("agency_id", "in", tree.ids)
    .where(sql<boolean>`received_on >= ${lit(from)} and received_on <= ${lit(y.to)}`)
    .groupBy("agency_id")
    .execute();
  const replied = sql`${between("closed_on", y.from, y.to)} and reply_due_on is not null and (phase = 'replied' or (phase = 'archived' and exists (select 1 from application_events e where e.application_id = applications.id and e.type = 'replied')))`;
  const late = sql`closed_on > reply_due_on`;
  const closedQuery = db
    .selectFrom("applications")
    .select([
      "agency_id",
      countIf(between("closed_on", y.from, y.to)).as("y"),
      countIf(replied).as("replied"),
      countIf(sql`${replied} and closed_on <= reply_due_on`).as("on_time"),
      countIf(sql`${late} and ${missedIn("reply_due_on", y.from, yEnd, today)}`).as("y_missed"),
    ])
    .select(
      withPrevious([
        countIf(between("closed_on", l.from, l.to)).as("l"),
        countIf(between("closed_on", t.from, t.to)).as("t"),
        countIf(sql`${late} and ${missedIn("reply_due_on", l.from, l.to, today)}`).as("l_missed"),
        countIf(sql`${late} and ${missedIn("reply_due_on", t.from, t.to, tBefore)}`).as("t_missed"),
      ]),
    )
    .where("agency_id", "in", tree.ids)
    .where(sql<boolean>`closed_on >= ${lit(from)}`)
    .groupBy("agency_id")
    .execute();
  // Open applications: due_sort is the reply deadline (or 9999-12-31 without one).
  const openQuery = db
    .selectFrom("applications")
    .select(["agency_id", countIf(missedIn("due_sort", y.from, yEnd, today)).as("y_missed")])
    .select(
      withPrevious([
        countIf(missedIn("due_sort", l.from, l.to, today)).as("l_missed"),
        countIf(missedIn("due_sort", t.from, t.to, tBefore)).as("t_missed"),
      ]),
    )
    .where("agency_id", "in", tree.ids)
    .where("closed_on", "is", null)
    .where(sql<boolean>`due_sort >= ${lit(from)} and due_sort < ${lit(today)}`)
    .groupBy("agency_id")
    .execute();
  const [received, closed, open] = (await Promise.all([receivedQuery, closedQuery, openQuery])) as Record<
    string,
    unknown
  >[][];

  const result = new Map<string, YearFigures>();
  const of = (id: string) => {
    let f = result.get(id);
    if (!f) {
      f = {
        year: { received: 0, closed: 0, missed: 0, replied: 0, repliedOnTime: 0 },
        previous: { received: 0, closed: 0, missed: 0 },
        previousToDate: { received: 0, closed: 0, missed: 0 },
      };
      result.set(id, f);
    }
    return f;
  };
  for (const r of received ?? []) {
    const f = of(String(r.agency_id));
    f.year.received = n(r.y);
    f.previous.received = n(r.l);
    f.previousToDate.received = n(r.t);
  }
  for (const r of closed ?? []) {
    const f = of(String(r.agency_id));
    f.year.closed = n(r.y);
    f.previous.closed = n(r.l);
    f.previousToDate.closed = n(r.t);
    f.year.replied = n(r.replied);
    f.year.repliedOnTime = n(r.on_time);
    f.year.missed += n(r.y_missed);
    f.previous.missed += n(r.l_missed);
    f.previousToDate.missed += n(r.t_missed);
  }
  for (const r of open ?? []) {
    const f = of(String(r.agency_id));
    f.year.missed += n(r.y_missed);
    f.previous.missed += n(r.l_missed);
    f.previousToDate.missed += n(r.t_missed);
  }
  return result;
}
