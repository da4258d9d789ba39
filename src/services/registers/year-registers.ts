import { z } from "zod";
import type { RegisterCountKind } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { assertCanRead } from "../access.ts";
import type { Actor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { parseInput, reportYear } from "../validation.ts";
import { type FeeIncome, getFeeIncome } from "./fee-income.ts";
import { listRegisterCounts, setRegisterCount } from "./register-counts.ts";
import { type ProactiveFigures, proactiveFigures, remedyFigures } from "./report-figures.ts";

/**
 * One agency's registers for one year at a glance — what the register-entry screen shows: the yearly
 * decision counts and fee income as entered, and tables 二 and 四 as the annual report will count
 * them from the registers.
 */
export interface YearRegisters {
  agencyId: string;
  year: number;
  /** As entered; null where nothing was entered yet (the report counts 0). */
  counts: Record<RegisterCountKind, { count: number; updatedAt: string } | null>;
  feeIncome: Pick<FeeIncome, "amountFen" | "updatedAt"> | null;
  proactive: ProactiveFigures;
  /** Table 四: 15 numbers in official order. */
  litigation: number[];
}

const yearSchema = z.object({ year: reportYear() });

/** @throws AppError VALIDATION (year), NOT_FOUND, FORBIDDEN. */
export async function yearRegisters(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
): Promise<YearRegisters> {
  parseInput(yearSchema, { year }, "年度");
  await assertCanRead(ctx.db, actor, agencyId);
  const [counts, fee, proactive, litigation] = await Promise.all([
    listRegisterCounts(ctx, actor, { agencyId, year }),
    getFeeIncome(ctx, actor, { agencyId, year }),
    proactiveFigures(ctx.db, agencyId, year),
    remedyFigures(ctx.db, agencyId, year),
  ]);
  const count = (kind: RegisterCountKind) => {
    const c = counts.find((x) => x.kind === kind);
    return c ? { count: c.count, updatedAt: c.updatedAt } : null;
  };
  return {
    agencyId,
    year,
    counts: { permit: count("permit"), penalty: count("penalty"), enforcement: count("enforcement") },
    feeIncome: fee ? { amountFen: fee.amountFen, updatedAt: fee.updatedAt } : null,
    proactive,
    litigation,
  };
}

/**
 * Sets several yearly decision counts at once, in one transaction (all or none), each with its
 * audit entry.
 */
export async function setRegisterCounts(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
  counts: Partial<Record<RegisterCountKind, number>>,
): Promise<void> {
  await withTransaction(ctx.db, async (tx) => {
    for (const kind of ["permit", "penalty", "enforcement"] as const) {
      const count = counts[kind];
      if (count !== undefined)
        await setRegisterCount({ ...ctx, db: tx }, actor, { agencyId, year, kind, count });
    }
  });
}
