import type { Kysely } from "kysely";
import type { ApplicationRow, Database } from "../../db/schema.ts";
import { AppError } from "../../domain/app-error.ts";
import {
  appendEvent,
  type ClockView,
  EVENT_LABELS,
  type LedgerEvent,
} from "../../domain/applications/index.ts";
import { type Actor, actorUserId } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { applicationCalendar } from "./calendar-in-force.ts";
import { chinaDate } from "./china-date.ts";
import { derivedColumns } from "./derived-columns.ts";
import { insertLedgerEvent, readLedgerEvents, type StoredEvent } from "./ledger-store.ts";

export const STALE_VERSION_MESSAGE = "该申请已被他人更新，您看到的不是最新内容，请刷新后重试";

export interface StepInput {
  application: ApplicationRow;
  /** The version the caller saw; the step is refused when the application has moved on since. */
  expectedVersion: number;
  event: LedgerEvent;
  actor: Actor;
  source: StoredEvent["source"];
  /** Facts that change together with the step: the applicant's corrected text. */
  correctionText?: string;
}

export interface StepResult {
  application: ApplicationRow;
  view: ClockView;
  seq: number;
}

/**
 * Applies one procedure step inside the caller's transaction `tx`: claims the expected version
 * (an `UPDATE … WHERE version = ?` that must touch the row — a concurrent step blocks on it and
 * then finds the version gone), lets the domain check and fold the step with the calendar in
 * force, appends the event, rewrites the derived columns and writes the audit entry. Any refusal
 * throws, and the caller's transaction rolls everything back.
 */
export async function applyStep(
  ctx: ServiceContext,
  tx: Kysely<Database>,
  step: StepInput,
): Promise<StepResult> {
  const { application: app, event } = step;
  const today = chinaDate(ctx.clock());
  if (event.date > today) {
    const message = `${EVENT_LABELS[event.type]}的日期 ${event.date} 晚于今天（${today}），不能登记尚未发生的步骤`;
    throw new AppError("VALIDATION", message, { issues: [{ path: ["event", "date"], message }] });
  }
  const at = nowIso(ctx);
  const claimed = await tx
    .updateTable("applications")
    .set((eb) => ({ version: eb("version", "+", 1), updated_at: at }))
    .where("id", "=", app.id)
    .where("version", "=", step.expectedVersion)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) {
    throw new AppError("CONFLICT", STALE_VERSION_MESSAGE, {
      expectedVersion: step.expectedVersion,
      currentVersion: app.version,
    });
  }
  const ledger = await readLedgerEvents(tx, app.id);
  if (ledger.length === 0 && event.type !== "received") {
    throw new AppError(
      "CONFLICT",
      "该申请尚未确认收到：网上提交的申请，请先登记双方确认收到之日（第三十一条），再办理其他步骤",
    );
  }
  const calendar = await applicationCalendar(tx);
  const { view } = appendEvent(ledger, event, calendar);
  const seq = ledger.length + 1;
  await insertLedgerEvent(tx, {
    applicationId: app.id,
    seq,
    event,
    recordedAt: at,
    recordedBy: actorUserId(step.actor),
    source: step.source,
  });
  const updated = await tx
    .updateTable("applications")
    .set({
      ...derivedColumns(view),
      ...(step.correctionText === undefined ? {} : { correction_text: step.correctionText }),
    })
    .where("id", "=", app.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, {
    at,
    actor: step.actor,
    agencyId: app.agency_id,
    action: "step",
    entity: "application",
    entityId: app.id,
    before: auditState(app),
    after: { ...auditState(updated), seq, event },
  });
  return { application: updated, view, seq };
}

/**
 * What the audit log keeps of an application: no personal data, since supervisors read the log of
 * agencies below them.
 */
export function auditState(r: ApplicationRow) {
  return {
    number: r.number,
    version: r.version,
    phase: r.phase,
    receivedOn: r.received_on,
    replyDueOn: r.reply_due_on,
    dueProvisional: r.due_provisional === 1,
    closedOn: r.closed_on,
    outcome: r.outcome,
  };
}
