import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { WorkCalendar } from "../../domain/calendar/index.ts";
import { loadCalendar } from "../calendar/calendar-years.ts";

/**
 * The calendar every application clock is derived with: the official schedule in force (built-in
 * years overridden by loaded ones) through `.withWeekendFallback()`, so that a deadline reaching a
 * year without a loaded schedule is still computed — and flagged provisional wherever it appears.
 *
 * Building a calendar takes milliseconds; steps and status pages need it often. It is kept per
 * content of the `calendar_years` table (a few small rows, read to check), and outside transactions
 * reused for two seconds without checking: a year loaded by another process shows in reads within
 * that time, and at once in every step (steps run in transactions, which always check). In this
 * process, `fresh` (refreshDeadlines uses it after a load) checks and renews what reads reuse.
 */

const cache = new Map<string, WorkCalendar>();
const MAX_CACHED = 8;
const REUSE_MS = 2_000;
/** Per database handle: the calendar last checked, and until when it is reused (a monotonic timer, not the business clock). */
const recent = new WeakMap<Kysely<Database>, { until: number; calendar: WorkCalendar }>();

export async function applicationCalendar(
  db: Kysely<Database>,
  options: { fresh?: boolean } = {},
): Promise<WorkCalendar> {
  const reused = db.isTransaction || options.fresh ? undefined : recent.get(db);
  if (reused && reused.until > performance.now()) return reused.calendar;
  const rows = await db
    .selectFrom("calendar_years")
    .select(["year", "loaded_at", "rest_days", "work_days"])
    .orderBy("year")
    .execute();
  const key = JSON.stringify(rows);
  let calendar = cache.get(key);
  if (!calendar) {
    calendar = (await loadCalendar(db)).withWeekendFallback();
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, calendar);
  }
  if (!db.isTransaction) recent.set(db, { until: performance.now() + REUSE_MS, calendar });
  return calendar;
}
