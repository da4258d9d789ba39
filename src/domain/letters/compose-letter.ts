import { AppError } from "../app-error.ts";
import {
  type ClockView,
  type DerivedDate,
  deriveClock,
  EVENT_LABELS,
  type LedgerEvent,
} from "../applications/index.ts";
import { composeProcedural } from "./compose-procedural.ts";
import { composeReply } from "./compose-reply.ts";
import { chineseDate } from "./letter-format.ts";
import { type Audience, kindInfo, type LetterKind, type NumberSeries } from "./letter-kinds.ts";
import type { LetterRecord, LetterRequest } from "./letter-request.ts";
import { describeVariable, type LetterValues, type VariableName } from "./letter-variables.ts";

/** A letter's facts, before wording and number: what `renderLetter` fills the template with. */
export interface ComposedLetter {
  kind: LetterKind;
  series: NumberSeries;
  audience: Audience;
  /** The ledger step the letter writes up: its number (1-based, as stored), type, date and consultation ref. */
  step: { seq: number; type: LedgerEvent["type"]; date: string; ref: string | null };
  addressee: string;
  /** The letter's date (the step's date), YYYY-MM-DD. */
  date: string;
  signer: string;
  values: LetterValues;
  /** The variables that must have a value in this letter (the template keeps them all). */
  required: VariableName[];
  /** Whether a date in the letter reaches a year whose official schedule is not loaded. */
  provisional: boolean;
}

/** What a kind's composer works with: the record, the request and the derived clock. */
export interface ComposeContext {
  record: LetterRecord;
  /** The clock of the whole ledger. */
  view: ClockView;
  /** The clock as it stood on a day (events after it left out): the deadlines a letter announced then. */
  viewAt: (date: string) => ClockView;
  /** A counted date as printed, remembering when it is provisional. */
  day: (d: DerivedDate) => string;
}

/** The part of a composed letter a kind's composer decides. */
export type KindFacts = Omit<ComposedLetter, "series" | "audience" | "date" | "signer" | "provisional">;

/**
 * Composes a letter from the application's record: finds the step it writes up, computes every date
 * from the ledger on the calendar in force, and collects the values of its variables.
 * @throws AppError CONFLICT when the ledger has no such step (say which step to record first),
 *   VALIDATION when a required fact is missing (name it).
 */
export function composeLetter(record: LetterRecord, request: LetterRequest): ComposedLetter {
  const view = deriveClock(record.ledger, record.calendar, record.policy);
  let provisional = false;
  const ctx: ComposeContext = {
    record,
    view,
    viewAt: (date) => deriveClock(record.ledger, record.calendar, record.policy, date),
    day: (d) => {
      provisional ||= d.provisional;
      return chineseDate(d.date);
    },
  };
  const facts = request.kind === "reply" ? composeReply(ctx, request) : composeProcedural(ctx, request);
  const info = kindInfo(facts.kind);
  const composed: ComposedLetter = {
    ...facts,
    series: info.series,
    audience: info.audience,
    date: facts.step.date,
    signer: record.settings.signer ?? record.agency.name,
    provisional,
  };
  composed.values = { ...commonValues(record, composed), ...facts.values };
  requireValues(composed);
  return composed;
}

function commonValues(record: LetterRecord, letter: ComposedLetter): LetterValues {
  const { agency, application } = record;
  const received = record.ledger[0];
  return {
    agencyName: agency.name,
    addressee: letter.addressee,
    applicantName: application.applicantName,
    applicationNumber: application.number,
    receivedOn: received ? chineseDate(received.date) : "",
    description: `“${withoutEndPunctuation(application.description)}”`,
    letterDate: chineseDate(letter.date),
    agencyContact: agencyContact(record),
  };
}

/** The agency's phone and address, as one line; empty when the agency recorded neither. */
function agencyContact(record: LetterRecord): string {
  const { phone, address, postalCode } = record.agency;
  const parts = [
    phone ? `联系电话：${phone}` : "",
    address ? `通讯地址：${address}` : "",
    postalCode ? `邮政编码：${postalCode}` : "",
  ];
  return parts.filter((p) => p !== "").join("；");
}

function requireValues(letter: ComposedLetter): void {
  const missing = letter.required.filter((v) => {
    const value = letter.values[v];
    return value === undefined || (typeof value === "string" ? value.trim() === "" : value.length === 0);
  });
  if (missing.length === 0) return;
  const named = missing.map(describeVariable).join("、");
  throw new AppError("VALIDATION", `出具${kindInfo(letter.kind).label}还缺少：${named}，请补充后重试`, {
    missing,
    issues: missing.map((v) => ({ path: [v], message: `请填写${describeVariable(v)}` })),
  });
}

/** Text as it goes into a sentence: trimmed, without a closing 。；; or period. */
export function withoutEndPunctuation(text: string): string {
  return text.trim().replace(/[。；;．.，,、！!]+$/u, "");
}

/**
 * The step a letter writes up: the last event of `type` (matching `where`), with its seq.
 * @throws AppError CONFLICT saying which step to record first.
 */
export function findStep<T extends LedgerEvent["type"]>(
  record: LetterRecord,
  type: T,
  letter: string,
  where: (e: Extract<LedgerEvent, { type: T }>) => boolean = () => true,
): { seq: number; event: Extract<LedgerEvent, { type: T }> } {
  const ledger = record.ledger;
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger[i] as LedgerEvent;
    if (e.type === type && where(e as Extract<LedgerEvent, { type: T }>)) {
      return { seq: i + 1, event: e as Extract<LedgerEvent, { type: T }> };
    }
  }
  throw new AppError("CONFLICT", `出具${letter}前，请先在办理台账中登记“${EVENT_LABELS[type]}”这一步骤`, {
    step: type,
  });
}
