import { z } from "zod";
import {
  allowedSteps,
  type ClockView,
  deriveClock,
  type ExplainedDay,
  type ExplainedWindow,
  explainReplyDeadline,
  explainWindows,
  type OfferedStep,
} from "../../domain/applications/index.ts";
import { STAFF_WRITERS } from "../access.ts";
import { type Actor, hasRole } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { isoDate, parseInput } from "../validation.ts";
import { type ApplicantMonth, applicantMonth } from "./applicant-month.ts";
import { readableApplication } from "./application-access.ts";
import {
  type Applicant,
  type ApplicationRequest,
  type ApplicationSummary,
  maskedLedgerEvent,
  toApplicant,
  toRequest,
  toSummary,
} from "./application-view.ts";
import { type AttachmentInfo, listAttachmentRows } from "./attachment-store.ts";
import { applicationCalendar } from "./calendar-in-force.ts";
import { chinaDate } from "./china-date.ts";
import { readLedger, type StoredEvent } from "./ledger-store.ts";

/** Everything about one application, as its reader may see it. */
export interface ApplicationDetail extends ApplicationSummary {
  applicant: Applicant;
  request: ApplicationRequest;
  events: StoredEvent[];
  /** Derived afresh from the ledger with the calendar in force, its status as of today; null before receipt. */
  clock: ClockView | null;
  attachments: AttachmentInfo[];
  /** The steps the procedure allows next (none for a reader who may not change it, or before receipt). */
  allowedSteps: OfferedStep[];
  /** For a 按件 fee notice, while one may be sent: the applicant's applications received this month, up to this one. */
  applicantMonth: ApplicantMonth | null;
}

/**
 * One application: in full for its handling agency's staff, personal data masked for supervisors
 * above it, NOT_FOUND for everyone else.
 */
export async function getApplication(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<ApplicationDetail> {
  const { row, masked } = await readableApplication(ctx.db, actor, id);
  const stored = await readLedger(ctx.db, id);
  const events = masked ? stored.map((e) => ({ ...e, event: maskedLedgerEvent(e.event) })) : stored;
  const clock = maskedClock(await clockOf(ctx, stored, undefined), masked);
  // Only those who may record a step are offered any: the agency's own staff (not its supervisors or administrators).
  const steps = clock && !masked && mayHandle(actor) ? allowedSteps(clock) : [];
  return {
    ...toSummary(row, masked),
    applicant: toApplicant(row, masked),
    request: toRequest(row),
    events,
    clock,
    attachments: await listAttachmentRows(ctx.db, id, masked),
    allowedSteps: steps,
    // The count is for the fee notice: asked only while one may be sent.
    applicantMonth: steps.includes("feeNoticeSent") ? await applicantMonth(ctx.db, row) : null,
  };
}

/** Whether the actor holds a role that records steps (writableApplication's rule, before the agency check). */
function mayHandle(actor: Actor): boolean {
  return actor.kind === "system" || hasRole(actor, ...STAFF_WRITERS);
}

export interface ClockExplained {
  clock: ClockView | null;
  /** The reply deadline day by day: counted, paused (by what) or not a working day. */
  days: ExplainedDay[];
  /** The other limits in play (correction, consultations, payment), each day by day. */
  windows: ExplainedWindow[];
}

/**
 * The derived clock of an application and its reply deadline explained day by day, as of `at`
 * (default today in China; events after it are left out).
 */
export async function getApplicationClock(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  at?: string,
): Promise<ClockExplained> {
  if (at !== undefined) parseInput(z.object({ at: isoDate("查询日期") }), { at }, "查询日期");
  const { masked } = await readableApplication(ctx.db, actor, id);
  const events = await readLedger(ctx.db, id);
  const clock = maskedClock(await clockOf(ctx, events, at), masked);
  if (!clock) return { clock, days: [], windows: [] };
  const calendar = await applicationCalendar(ctx.db);
  return { clock, days: explainReplyDeadline(clock, calendar), windows: explainWindows(clock, calendar) };
}

function maskedClock(clock: ClockView | null, masked: boolean): ClockView | null {
  if (!clock || !masked) return clock;
  return { ...clock, consultations: clock.consultations.map((c) => ({ ...c, name: null })) };
}

async function clockOf(
  ctx: ServiceContext,
  events: StoredEvent[],
  at: string | undefined,
): Promise<ClockView | null> {
  if (events.length === 0) return null;
  const ledger = events.map((e) => e.event);
  const latest = ledger[ledger.length - 1]?.date ?? "";
  const today = chinaDate(ctx.clock());
  // A clock read just after midnight elsewhere must not leave out a step dated today in China.
  const asOf = at ?? ([today, latest].sort().at(-1) as string);
  return deriveClock(ledger, await applicationCalendar(ctx.db), undefined, asOf);
}
