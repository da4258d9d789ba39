import type { ApplicationPhaseValue } from "../../db/schema.ts";
import type { ClockView } from "../../domain/applications/index.ts";

/**
 * The columns of `applications` that repeat what the ledger says, so that lists can be filtered
 * and sorted with an index. They are recomputed from the ledger on every change (and for every
 * provisional deadline when a calendar year is loaded) and never read as the truth: the detail
 * view and every decision derive the clock afresh.
 */
export interface DerivedColumns {
  phase: ApplicationPhaseValue;
  received_on: string | null;
  reply_due_on: string | null;
  due_provisional: number;
  due_sort: string;
  closed_on: string | null;
  outcome: string | null;
}

/** Sorts after every real date on both engines (a NULL would sort first on one and last on the other). */
export const NO_DUE_DATE = "9999-12-31";

/** The derived columns of a clock view; null for an online submission not yet confirmed (empty ledger). */
export function derivedColumns(view: ClockView | null): DerivedColumns {
  if (view === null) {
    return {
      phase: "submitted",
      received_on: null,
      reply_due_on: null,
      due_provisional: 0,
      due_sort: NO_DUE_DATE,
      closed_on: null,
      outcome: null,
    };
  }
  const due = view.replyDeadline;
  return {
    phase: view.phase,
    received_on: view.receivedOn,
    reply_due_on: due?.date ?? null,
    due_provisional: due?.provisional ? 1 : 0,
    due_sort: due?.date ?? NO_DUE_DATE,
    closed_on: view.closedOn,
    outcome: view.outcome,
  };
}
