import { z } from "zod";
import type { ApplicationRow } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { type ClockView, type LedgerEvent, ledgerEventSchema } from "../../domain/applications/index.ts";
import type { Actor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { isoDate, parseInput } from "../validation.ts";
import { writableApplication } from "./application-access.ts";
import { type ApplicationSummary, toSummary } from "./application-view.ts";
import { applyStep } from "./apply-step.ts";

export interface StepRecorded {
  /** The application after the step, with its new version. */
  application: ApplicationSummary;
  /** The clock derived from the ledger with the step; its `warnings` flag late steps. */
  clock: ClockView;
  /** The event's number in the ledger. */
  seq: number;
}

const versionSchema = z
  .number({ error: "请提供 expectedVersion（您看到的申请版本号）" })
  .int({ error: "expectedVersion 应为整数" })
  .min(1, { error: "expectedVersion 应为正整数" });

const stepSchema = z.object({ expectedVersion: versionSchema, event: ledgerEventSchema });

/**
 * Records one procedure step (any ledger event but `received`) on an application of the actor's
 * own agency: the domain refuses illegal steps with their reason (VALIDATION or CONFLICT), a stale
 * `expectedVersion` is a CONFLICT, and of two staff acting at once exactly one wins.
 * @throws AppError VALIDATION, CONFLICT, NOT_FOUND, FORBIDDEN.
 */
export async function recordStep(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  expectedVersion: number,
  event: LedgerEvent,
): Promise<StepRecorded> {
  const input = parseInput(stepSchema, { expectedVersion, event }, "办理步骤");
  if (input.event.type === "received") {
    const message = "“收到申请”在登记申请或确认收到时记录，不能作为办理步骤再次登记";
    throw new AppError("VALIDATION", message, { issues: [{ path: ["event", "type"], message }] });
  }
  return step(ctx, actor, applicationId, input.expectedVersion, () => input.event);
}

/**
 * Confirms receipt of an online submission: `confirmedOn`, the day both sides confirmed, becomes
 * the legal receipt date (第31条) and every clock starts from it.
 * @throws AppError CONFLICT when the application was already confirmed or registered by staff.
 */
export async function confirmReceipt(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  expectedVersion: number,
  confirmedOn: string,
): Promise<StepRecorded> {
  const input = parseInput(
    z.object({ expectedVersion: versionSchema, confirmedOn: isoDate("双方确认收到的日期") }),
    { expectedVersion, confirmedOn },
    "确认收到",
  );
  return step(ctx, actor, applicationId, input.expectedVersion, (row) => {
    if (row.received_on !== null) {
      throw new AppError("CONFLICT", `该申请已于 ${row.received_on} 登记收到，不需要再次确认`);
    }
    return { type: "received", date: input.confirmedOn, channel: "online", arrivedOn: row.arrived_on };
  });
}

async function step(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  expectedVersion: number,
  eventFor: (row: ApplicationRow) => LedgerEvent,
): Promise<StepRecorded> {
  return withTransaction(ctx.db, async (tx) => {
    const row = await writableApplication(tx, actor, applicationId);
    const result = await applyStep(ctx, tx, {
      application: row,
      expectedVersion,
      event: eventFor(row),
      actor,
      source: actor.kind === "user" ? "staff" : "system",
    });
    return { application: toSummary(result.application, false), clock: result.view, seq: result.seq };
  });
}
