import type { ReceiptFacts } from "../domain/applications/index.ts";
import type { WorkCalendar } from "../domain/calendar/index.ts";
import type { Delivery, RequestedForm } from "../services/applications/index.ts";
import { type Random, weighted } from "../services/testing/random.ts";
import { onOrNextWorkingDay, plusDays } from "./script.ts";

/**
 * How an application reaches the office (条例 第31条): submitted online by the applicant and
 * confirmed by staff, or registered by staff at the counter, from the post, a fax or another
 * online system — with the facts that fix its legal receipt date.
 */
export type Intake =
  /** `submitOnline` on `submittedOn`, then `confirmReceipt` on `confirmedOn` (null: not yet confirmed). */
  | { kind: "online"; submittedOn: string; confirmedOn: string | null }
  /** `registerApplication` with these facts, on the legal receipt date. */
  | { kind: "registered"; receipt: ReceiptFacts };

type Channel = "public" | ReceiptFacts["channel"];

const CHANNELS: [Channel, number][] = [
  ["public", 55],
  ["inPerson", 20],
  ["registeredMail", 12],
  ["ordinaryLetter", 6],
  ["fax", 2],
  ["online", 5],
];

/** The facts of an application arriving around working day `day`, by `channel` (drawn when absent). */
export function drawIntake(random: Random, calendar: WorkCalendar, day: string, channel?: Channel): Intake {
  const chosen = channel ?? weighted(random, CHANNELS);
  const confirm = (arrived: string) => {
    const first = onOrNextWorkingDay(calendar, arrived);
    return random.next() < 0.15 ? calendar.addWorkingDays(first, 1) : first;
  };
  switch (chosen) {
    case "public": {
      // Applicants submit any day of the week, evenings and weekends included.
      const submittedOn = plusDays(day, -random.int(3));
      return { kind: "online", submittedOn, confirmedOn: confirm(submittedOn) };
    }
    case "inPerson":
      return { kind: "registered", receipt: { channel: "inPerson", submittedOn: day } };
    case "registeredMail":
      return { kind: "registered", receipt: { channel: "registeredMail", signedOn: day } };
    case "ordinaryLetter":
      return {
        kind: "registered",
        receipt: {
          channel: "ordinaryLetter",
          arrivedOn: day,
          confirmedOn: random.next() < 0.9 ? day : calendar.addWorkingDays(day, 1),
        },
      };
    case "fax":
    case "online":
      return {
        kind: "registered",
        receipt: { channel: chosen, submittedOn: day, confirmedOn: confirm(day) },
      };
  }
}

/** The receipt facts an intake leads to once confirmed (an online submission: the confirmation day). */
export function receiptOf(intake: Intake): ReceiptFacts | null {
  if (intake.kind === "registered") return intake.receipt;
  return intake.confirmedOn === null
    ? null
    : { channel: "online", submittedOn: intake.submittedOn, confirmedOn: intake.confirmedOn };
}

/** The day the application first reached the office. */
export function arrivalOf(intake: Intake): string {
  if (intake.kind === "online") return intake.submittedOn;
  const r = intake.receipt;
  return r.channel === "registeredMail"
    ? r.signedOn
    : r.channel === "ordinaryLetter"
      ? r.arrivedOn
      : r.submittedOn;
}

const FORMS: [[RequestedForm, Delivery], number][] = [
  [["paper", "post"], 40],
  [["electronic", "email"], 25],
  [["electronic", "online"], 10],
  [["paper", "collect"], 15],
  [["disc", "post"], 3],
  [["viewing", "collect"], 7],
];

/** How the applicant wants the information; e-mail only when the applicant gave an address. */
export function drawForm(
  random: Random,
  hasEmail: boolean,
): { requestedForm: RequestedForm; delivery: Delivery } {
  const [requestedForm, delivery] = weighted(random, FORMS);
  return { requestedForm, delivery: delivery === "email" && !hasEmail ? "online" : delivery };
}
