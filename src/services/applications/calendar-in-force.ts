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
 * content of the `calendar_years` table (read on each call: a few small rows), so a year loaded by
 * another process is seen at once.
 */

const cache = new Map<string, WorkCalendar>();
const MAX_CACHED = 8;

export async function applicationCalendar(db: Kysely<Database>): Promise<WorkCalendar> {
  const rows = await db
    .selectFrom("calendar_years")
    .select(["year", "loaded_at", "rest_days", "work_days"])
    .orderBy("year")
    .execute();
  const key = JSON.stringify(rows);
  const cached = cache.get(key);
  if (cached) return cached;
  const calendar = (await loadCalendar(db)).withWeekendFallback();
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, calendar);
  return calendar;
}
