import type { Kysely } from "kysely";
import { builtinCalendarYears } from "../../calendar-data/chinese-days.ts";
import type { CalendarYearRow, Database } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { type CalendarYear, validateCalendarYear, WorkCalendar } from "../../domain/calendar/index.ts";
import { type Actor, actorUserId, hasRole } from "../actor.ts";
import { type DeadlinesRefreshed, refreshDeadlines } from "../applications/refresh-deadlines.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { nowIso, type ServiceContext } from "../context.ts";

/**
 * The official holiday schedule: years built into the release (the chinese-days package) and years
 * loaded by administrators into `calendar_years`. A loaded year overrides a built-in one, so a
 * correction needs no new release. The schedule is national, platform-wide data: only system
 * administrators of a root agency (or the CLI) load it.
 */

function toCalendarYear(r: CalendarYearRow): CalendarYear {
  return {
    year: r.year,
    source: r.source,
    restDays: JSON.parse(r.rest_days),
    workDays: JSON.parse(r.work_days),
  };
}

/** Whether `actor` may load the schedule: a system administrator of a root agency, or the system. */
export async function mayLoadCalendar(db: Kysely<Database>, actor: Actor): Promise<boolean> {
  if (actor.kind === "system") return true;
  if (!hasRole(actor, "system_admin")) return false;
  const home = await db
    .selectFrom("agencies")
    .select("parent_id")
    .where("id", "=", actor.agencyId)
    .executeTakeFirst();
  return home !== undefined && home.parent_id === null;
}

async function assertMayLoad(db: Kysely<Database>, actor: Actor): Promise<void> {
  if (await mayLoadCalendar(db, actor)) return;
  throw new AppError("FORBIDDEN", "法定节假日安排是全平台共用的数据，只能由最上级机关的系统管理员载入");
}

export interface CalendarYearLoaded {
  year: number;
  source: string;
  restDays: number;
  workDays: number;
  /** True when the year had been loaded before and was replaced. */
  replacedLoaded: boolean;
  /** True when the release has the year built in and the loaded one now overrides it. */
  overridesBuiltin: boolean;
  /** Application deadlines derived again with the loaded year (refreshDeadlines). */
  deadlines: DeadlinesRefreshed;
}

/**
 * Validates one year of the schedule (validateCalendarYear) and stores it, replacing an earlier
 * load of the same year, then derives again every application deadline it may change
 * (refreshDeadlines). Callers holding a WorkCalendar must rebuild it (loadCalendar) afterwards.
 * @throws AppError VALIDATION listing every problem with its path; FORBIDDEN.
 */
export async function loadCalendarYear(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<CalendarYearLoaded> {
  const year = validateCalendarYear(input);
  const loaded = await withTransaction(ctx.db, async (tx) => {
    await assertMayLoad(tx, actor);
    const existing = await tx
      .selectFrom("calendar_years")
      .selectAll()
      .where("year", "=", year.year)
      .executeTakeFirst();
    const at = nowIso(ctx);
    const columns = {
      source: year.source,
      rest_days: JSON.stringify(year.restDays),
      work_days: JSON.stringify(year.workDays),
      loaded_at: at,
      loaded_by: actorUserId(actor),
    };
    await tx
      .insertInto("calendar_years")
      .values({ year: year.year, ...columns })
      .onConflict((oc) => oc.column("year").doUpdateSet(columns))
      .execute();
    await recordAudit(tx, {
      at,
      actor,
      agencyId: null,
      action: "load",
      entity: "calendar_year",
      entityId: String(year.year),
      ...(existing ? { before: toCalendarYear(existing) } : {}),
      after: year,
    });
    return {
      year: year.year,
      source: year.source,
      restDays: year.restDays.length,
      workDays: year.workDays.length,
      replacedLoaded: existing !== undefined,
      overridesBuiltin: builtinCalendarYears().some((b) => b.year === year.year),
    };
  });
  // Deadlines derived provisionally, or with the schedule just replaced, are derived again now.
  const deadlines = await refreshDeadlines(ctx, { year: year.year });
  return { ...loaded, deadlines };
}

export interface CalendarYearSummary {
  year: number;
  source: string;
  restDays: number;
  workDays: number;
  /** Where the year in force comes from. */
  origin: "builtin" | "loaded";
  /** For a loaded year: whether it replaces a built-in one. */
  overridesBuiltin: boolean;
  loadedAt: string | null;
  loadedBy: string | null;
}

/**
 * Every year in force, ascending, saying whether it is built in or loaded. Public data. Without a
 * database (null), the built-in years alone.
 */
export async function listCalendarYears(db: Kysely<Database> | null): Promise<CalendarYearSummary[]> {
  const builtin = new Map(builtinCalendarYears().map((y) => [y.year, y]));
  const years = new Map<number, CalendarYearSummary>();
  for (const y of builtin.values()) {
    years.set(y.year, {
      year: y.year,
      source: y.source,
      restDays: y.restDays.length,
      workDays: y.workDays.length,
      origin: "builtin",
      overridesBuiltin: false,
      loadedAt: null,
      loadedBy: null,
    });
  }
  const stored = db ? await db.selectFrom("calendar_years").selectAll().execute() : [];
  for (const r of stored) {
    const y = toCalendarYear(r);
    years.set(y.year, {
      year: y.year,
      source: y.source,
      restDays: y.restDays.length,
      workDays: y.workDays.length,
      origin: "loaded",
      overridesBuiltin: builtin.has(y.year),
      loadedAt: r.loaded_at,
      loadedBy: r.loaded_by,
    });
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** One year in force with its days, or null when the year is neither built in nor loaded. Public data. */
export async function getCalendarYear(
  db: Kysely<Database>,
  year: number,
): Promise<(CalendarYear & { summary: CalendarYearSummary }) | null> {
  const summary = (await listCalendarYears(db)).find((y) => y.year === year);
  if (!summary) return null;
  if (summary.origin === "builtin") {
    const builtin = builtinCalendarYears().find((y) => y.year === year);
    return builtin ? { ...builtin, summary } : null;
  }
  const row = await db.selectFrom("calendar_years").selectAll().where("year", "=", year).executeTakeFirst();
  return row ? { ...toCalendarYear(row), summary } : null;
}

/**
 * The working calendar in force: built-in years, overridden by loaded ones. Strict: a computation
 * reaching a year in neither throws CALENDAR_MISSING; `.withWeekendFallback()` gives the
 * provisional view. Building it reads one small table; callers that need it often keep it and
 * rebuild it after `loadCalendarYear`.
 */
export async function loadCalendar(db: Kysely<Database>): Promise<WorkCalendar> {
  const stored = await db.selectFrom("calendar_years").selectAll().orderBy("year").execute();
  return WorkCalendar.of([...builtinCalendarYears(), ...stored.map(toCalendarYear)]);
}
