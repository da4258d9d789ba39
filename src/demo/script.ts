import {
  appendEvent,
  arrivalDate,
  type ClockView,
  type LedgerEvent,
  legalReceiptDate,
  type ReceiptFacts,
} from "../domain/applications/index.ts";
import { fromDayNumber, toDayNumber } from "../domain/calendar/day-number.ts";
import type { WorkCalendar } from "../domain/calendar/index.ts";

/** Who in the office records a step: the clerk, the reviewer (保密审查), or the office head (延期). */
export type StaffTask = "clerk" | "reviewer" | "head";

export interface PlannedStep {
  event: LedgerEvent;
  by: StaffTask;
}

/**
 * The ledger of one planned application, written step by step through the domain (`appendEvent`):
 * each step is checked exactly as the service will check it, and the derived view tells the planner
 * the dates the law sets (the applicant's correction deadline, the payment limit, the reply deadline).
 * A step the procedure refuses throws here, at planning time.
 */
export class Script {
  private ledger: LedgerEvent[];
  readonly steps: PlannedStep[] = [];
  view: ClockView;

  constructor(
    readonly calendar: WorkCalendar,
    readonly receipt: ReceiptFacts,
  ) {
    const received: LedgerEvent = {
      type: "received",
      date: legalReceiptDate(receipt),
      channel: receipt.channel,
      arrivedOn: arrivalDate(receipt),
    };
    this.ledger = [received];
    this.view = appendEvent([], received, calendar).view;
  }

  /** The date of the last step (the receipt at first). */
  get last(): string {
    return this.ledger[this.ledger.length - 1]?.date as string;
  }

  add(event: LedgerEvent, by: StaffTask = "clerk"): ClockView {
    const { ledger, view } = appendEvent(this.ledger, event, this.calendar);
    this.ledger = ledger;
    this.view = view;
    this.steps.push({ event, by });
    return view;
  }

  /** The working day `n` working days after `date` (n ≥ 1), or `date` itself for n = 0. */
  after(date: string, n: number): string {
    return n <= 0 ? date : this.calendar.addWorkingDays(date, n);
  }

  /** `n` working days after the later of `date` and the last step. */
  afterLast(date: string, n: number): string {
    return this.after(later(date, this.last), n);
  }
}

/** The working day `n` working days before `date` (n ≥ 1). */
export function workingDaysBefore(calendar: WorkCalendar, date: string, n: number): string {
  let day = toDayNumber(date);
  for (let left = n; left > 0; ) {
    day -= 1;
    if (calendar.isWorkingDay(fromDayNumber(day))) left -= 1;
  }
  return fromDayNumber(day);
}

/** `date` when it is a working day, else the next working day. */
export function onOrNextWorkingDay(calendar: WorkCalendar, date: string): string {
  let day = toDayNumber(date);
  while (!calendar.isWorkingDay(fromDayNumber(day))) day += 1;
  return fromDayNumber(day);
}

/** The later of two dates. */
export function later(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}

/** The calendar day `n` days after `date`. */
export function plusDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}
