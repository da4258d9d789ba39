import { z } from "zod";
import { subtreeAgencyIds } from "../../db/agency-tree.ts";
import { requireAgency } from "../access.ts";
import { type Actor, hasRole } from "../actor.ts";
import { chinaDate } from "../applications/china-date.ts";
import type { ServiceContext } from "../context.ts";
import { isoDate, parseInput } from "../validation.ts";
import { listCalendarYears, mayLoadCalendar } from "./calendar-years.ts";

/**
 * Whether the official schedule the deadlines need is in place — what the workspace's banner says on
 * every staff screen. The State Council publishes next year's schedule around November; until it is
 * loaded, deadlines reaching into that year are computed from weekends alone and marked provisional.
 */

/** From this month on (November), a missing schedule for next year is announced. */
export const BANNER_FROM_MONTH = 11;

export interface YearInForce {
  year: number;
  inForce: boolean;
  origin: "builtin" | "loaded" | null;
}

export interface CalendarStatus {
  /** The day the status is for (China time). */
  at: string;
  current: YearInForce;
  next: YearInForce;
  /** What the banner shows: the first missing year that matters now, and the sentence to show. */
  banner: { show: boolean; missingYear: number | null; message: string | null };
  /** Open applications whose reply deadline is provisional: in the user's agency, and in its subtree for supervisors and system administrators. */
  provisional: { open: number; subtreeOpen: number | null };
  /** Whether this user may load a year (a system administrator of a root agency). */
  canLoad: boolean;
}

const atSchema = z.object({ at: isoDate("查询日期").optional() });

async function countOpenProvisional(ctx: ServiceContext, scope: { agencyId?: string; rootPath?: string }) {
  let q = ctx.db
    .selectFrom("applications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("due_provisional", "=", 1)
    .where("closed_on", "is", null);
  if (scope.agencyId !== undefined) q = q.where("agency_id", "=", scope.agencyId);
  if (scope.rootPath !== undefined) q = q.where("agency_id", "in", subtreeAgencyIds(ctx.db, scope.rootPath));
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/**
 * The schedule status on `at` (default today, China time) for the signed-in `actor`.
 * @throws AppError VALIDATION for a malformed date.
 */
export async function calendarStatus(
  ctx: ServiceContext,
  actor: Actor,
  at?: string,
): Promise<CalendarStatus> {
  const day = parseInput(atSchema, { at }, "查询日期").at ?? chinaDate(ctx.clock());
  const year = Number(day.slice(0, 4));
  const years = new Map((await listCalendarYears(ctx.db)).map((y) => [y.year, y]));
  const inForce = (y: number): YearInForce => ({
    year: y,
    inForce: years.has(y),
    origin: years.get(y)?.origin ?? null,
  });
  const current = inForce(year);
  const next = inForce(year + 1);

  let open: number;
  let subtreeOpen: number | null = null;
  if (actor.kind === "system") {
    open = await countOpenProvisional(ctx, {});
  } else {
    open = await countOpenProvisional(ctx, { agencyId: actor.agencyId });
    if (hasRole(actor, "supervisor", "system_admin")) {
      const home = await requireAgency(ctx.db, actor.agencyId);
      subtreeOpen = await countOpenProvisional(ctx, { rootPath: home.path });
    }
  }

  const month = Number(day.slice(5, 7));
  const missingYear = !current.inForce ? year : month >= BANNER_FROM_MONTH && !next.inForce ? year + 1 : null;
  const pending = open > 0 ? `本机关目前有 ${open} 件办理中的申请答复期限为暂定。` : "";
  const message =
    missingYear === null
      ? null
      : missingYear === year
        ? `尚未载入 ${year} 年法定节假日安排：本年的期限暂按周末推算，均标注为“暂定”。请系统管理员尽快载入。${pending}`
        : `尚未载入 ${missingYear} 年法定节假日安排：跨入 ${missingYear} 年的答复期限暂按周末推算，标注为“暂定”。国务院办公厅公布安排后，请系统管理员载入。${pending}`;
  return {
    at: day,
    current,
    next,
    banner: { show: missingYear !== null, missingYear, message },
    provisional: { open, subtreeOpen },
    canLoad: await mayLoadCalendar(ctx.db, actor),
  };
}
