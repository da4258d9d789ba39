import { type ClockView, type Ledger, type LedgerEvent, OUTCOME_INFO } from "../applications/index.ts";
import { kindInfo, type LetterKind } from "./letter-kinds.ts";
import type { LetterRequestKind } from "./letter-request.ts";

/** A letter the ledger calls for: a step that must reach someone in writing. */
export interface LetterDue {
  /** The `kind` of the request that issues it. */
  request: LetterRequestKind;
  kind: LetterKind;
  /** The ledger step it writes up (1-based) and, for consultations, the consultation's ref. */
  seq: number;
  ref: string | null;
  label: string;
}

/**
 * The letters an application's steps call for, in ledger order: the receipt, each notice, and the
 * one reply for its outcome (written up from the decision — or from the withdrawal or abandonment
 * that ended handling). A release decided over a third party's objection also calls for telling
 * that third party (第32条).
 */
export function lettersCalledFor(ledger: Ledger, view: ClockView): LetterDue[] {
  const due: LetterDue[] = [];
  const add = (request: LetterRequestKind, kind: LetterKind, seq: number, ref: string | null = null) =>
    due.push({ request, kind, seq, ref, label: kindInfo(kind).label });
  const outcome = view.outcome ?? view.decision?.outcome ?? null;
  const closedWithoutReply = view.closedOn !== null && view.repliedOn === null;
  const simple: Partial<Record<LedgerEvent["type"], LetterRequestKind & LetterKind>> = {
    received: "receipt",
    correctionRequested: "correction",
    extensionApproved: "extension",
    feeNoticeSent: "feeNotice",
    reasonsRequested: "reasonsRequest",
    longerDeadlineSet: "longerDeadline",
  };
  for (const [i, e] of ledger.entries()) {
    const seq = i + 1;
    const kind = simple[e.type];
    if (kind !== undefined) add(kind, kind, seq);
    else if (e.type === "consultationSent") {
      add(
        "consultation",
        e.party === "thirdParty" ? "consultationThirdParty" : "consultationAgency",
        seq,
        e.ref,
      );
    } else if (e.type === "decided") {
      if (!closedWithoutReply) add("reply", `reply.${e.outcome}`, seq);
      if (!OUTCOME_INFO[e.outcome].releases) continue;
      for (const c of view.consultations) {
        if (c.party === "thirdParty" && c.position === "objection") {
          add("publicInterestNotice", "publicInterestNotice", seq, c.ref);
        }
      }
    } else if ((e.type === "withdrawn" || e.type === "abandoned") && outcome !== null) {
      add("reply", `reply.${outcome}`, seq);
    }
  }
  return due;
}
