import { z } from "zod";
import { APPLICANT_TYPES, type ApplicantType } from "../../domain/applications/index.ts";
import { assertCanRead } from "../access.ts";
import type { Actor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { parseInput, reportYear, requiredText } from "../validation.ts";
import { type ApplicationSummary, seesInFull, toSummary } from "./application-view.ts";

export interface CarryOver {
  agencyId: string;
  year: number;
  /** Received by 31 December and not closed by then, oldest receipt first. */
  items: ApplicationSummary[];
  /** Their count per applicant type: the row 四、结转下年度 of table 三 (and next year's 二、上年结转). */
  byApplicantType: Record<ApplicantType, number>;
  total: number;
}

/**
 * The applications an agency carries over from `year` into the next: legally received on or
 * before 31 December and not closed on or before it — the same rule as report table 三, so the
 * counts equal its 四、结转下年度 and the next year's 二、上年结转.
 * @throws AppError VALIDATION, NOT_FOUND, FORBIDDEN.
 */
export async function openApplicationsAtYearEnd(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
): Promise<CarryOver> {
  const input = parseInput(
    z.object({ agencyId: requiredText("机关", 64), year: reportYear() }),
    { agencyId, year },
    "结转查询",
  );
  await assertCanRead(ctx.db, actor, input.agencyId);
  const lastDay = `${input.year}-12-31`;
  const rows = await ctx.db
    .selectFrom("applications")
    .selectAll()
    .where("agency_id", "=", input.agencyId)
    .where("received_on", "<=", lastDay)
    .where((eb) => eb.or([eb("closed_on", "is", null), eb("closed_on", ">", lastDay)]))
    .orderBy("received_on")
    .orderBy("id")
    .execute();
  const byApplicantType = Object.fromEntries(APPLICANT_TYPES.map((t) => [t, 0])) as Record<
    ApplicantType,
    number
  >;
  for (const r of rows) byApplicantType[r.applicant_type as ApplicantType]++;
  const masked = !seesInFull(actor, input.agencyId);
  return {
    agencyId: input.agencyId,
    year: input.year,
    items: rows.map((r) => toSummary(r, masked)),
    byApplicantType,
    total: rows.length,
  };
}
