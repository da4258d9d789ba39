import { type ApplicantType, legalReceiptDate, type Outcome } from "../domain/applications/index.ts";
import { fromDayNumber, toDayNumber } from "../domain/calendar/day-number.ts";
import type { WorkCalendar } from "../domain/calendar/index.ts";
import type { ApplicantInput, Delivery, RequestedForm } from "../services/applications/index.ts";
import { type Random, weighted } from "../services/testing/random.ts";
import { DEMO_AGENCIES, type DemoAgency } from "./county.ts";
import { arrivalOf, drawForm, drawIntake, type Intake, receiptOf } from "./intake.ts";
import { applicant, applicantType } from "./people.ts";
import { purpose, requestText } from "./requests.ts";
import { type Detours, drawDetours, handle, type People } from "./scenarios.ts";
import { type PlannedStep, Script } from "./script.ts";

/**
 * The applications of the demo, planned before anything is written: who applies to which agency,
 * about what, how it arrives, and every step of its handling with its date — all cut at today, so
 * that what would happen later is simply not there yet (the application is open).
 */

export interface PlannedApplication {
  agencyId: string;
  request: {
    applicant: ApplicantInput;
    description: string;
    purpose: string | null;
    requestedForm: RequestedForm;
    delivery: Delivery;
  };
  intake: Intake;
  /** Steps after the receipt, each dated no later than today. */
  steps: PlannedStep[];
  /** The outcome the handling leads to (reached only when its step is not after today). */
  outcome: Outcome;
  /** A label for the applications whose number and query code the demo prints. */
  showcase?: string;
}

export interface PlanOptions {
  /** The last day of the demo's history (China date). */
  today: string;
  /** Applications start on the first working day of this year. */
  firstYear: number;
  /** Multiplies every agency's yearly volume (1 = the county as described in county.ts). */
  scale: number;
  /** The reviewer and office head of each agency, by agency id. */
  people: (agencyId: string) => People;
}

/** Outcomes of ordinary applications, roughly as county reports show them. */
const OUTCOME_MIX: [Outcome, number][] = [
  ["disclosed", 36],
  ["partiallyDisclosed", 9],
  ["refusedStateSecret", 0.3],
  ["refusedProhibitedByLaw", 0.5],
  ["refusedThreeSecurities", 0.3],
  ["refusedThirdParty", 1],
  ["refusedInternalAffairs", 1],
  ["refusedProcessInfo", 1.5],
  ["refusedEnforcementFiles", 0.7],
  ["refusedInquiry", 1.5],
  ["unableNotHeld", 22],
  ["unableNeedsCreation", 3],
  ["unableStillUnclear", 2],
  ["notProcessedPetition", 3],
  ["notProcessedRepeat", 2.5],
  ["notProcessedPublication", 0.7],
  ["notProcessedMassRepeat", 0.8],
  ["notProcessedConfirm", 0.7],
  ["otherNoCorrection", 4],
  ["otherFeeUnpaid", 0.5],
  ["otherOther", 7],
];

export interface Draft {
  agency: DemoAgency;
  day: string;
  outcome: Outcome;
  type?: ApplicantType;
  channel?: Parameters<typeof drawIntake>[3];
  detours?: Detours;
  /** Written steps instead of the ordinary handling (the open applications of the cast). */
  custom?: (s: Script, people: People) => void;
  /** An online submission nobody has confirmed yet. */
  unconfirmed?: boolean;
  showcase?: string;
}

/** Plans one application; null when it would not have arrived by today. */
export function planOne(
  random: Random,
  calendar: WorkCalendar,
  o: PlanOptions,
  d: Draft,
): PlannedApplication | null {
  const drawn = drawIntake(random, calendar, d.day, d.channel);
  const intake: Intake =
    d.unconfirmed && drawn.kind === "online" ? { ...drawn, submittedOn: d.day, confirmedOn: null } : drawn;
  if (arrivalOf(intake) > o.today) return null;
  const who = applicant(random, d.type ?? applicantType(random));
  const year = Number(d.day.slice(0, 4));
  const request = {
    applicant: who,
    description: requestText(random, d.agency.domain, d.outcome, year),
    purpose: purpose(random),
    ...drawForm(random, typeof who.email === "string"),
  };
  const receipt = receiptOf(intake);
  if (receipt === null || (intake.kind === "online" && (intake.confirmedOn ?? "") > o.today)) {
    const unconfirmed = intake.kind === "online" ? { ...intake, confirmedOn: null } : intake;
    return {
      agencyId: d.agency.code,
      request,
      intake: unconfirmed,
      steps: [],
      outcome: d.outcome,
      showcase: d.showcase,
    };
  }
  if (legalReceiptDate(receipt) > o.today) return null;
  const script = new Script(calendar, receipt);
  const people = o.people(d.agency.code);
  if (d.custom) d.custom(script, people);
  else handle(script, random, d.outcome, d.detours ?? drawDetours(random, d.outcome), people);
  const steps = [];
  for (const step of script.steps) {
    if (step.event.date > o.today) break;
    steps.push(step);
  }
  return { agencyId: d.agency.code, request, intake, steps, outcome: d.outcome, showcase: d.showcase };
}

/** Working days of `year` up to `until`, as dates. */
function workingDays(calendar: WorkCalendar, year: number, until: string): string[] {
  const days: string[] = [];
  for (let n = toDayNumber(`${year}-01-01`); ; n++) {
    const date = fromDayNumber(n);
    if (date > until || !date.startsWith(String(year))) return days;
    if (calendar.isWorkingDay(date)) days.push(date);
  }
}

/** Ordinary applications of every agency and year, in order of arrival per agency. */
export function planVolume(random: Random, calendar: WorkCalendar, o: PlanOptions): Draft[] {
  const drafts: Draft[] = [];
  const thisYear = Number(o.today.slice(0, 4));
  for (const agency of DEMO_AGENCIES) {
    for (let year = o.firstYear; year <= thisYear; year++) {
      const days = workingDays(calendar, year, o.today);
      const share = days.length / 250;
      const n = Math.round(agency.yearly * o.scale * share * (0.85 + 0.3 * random.next()));
      const chosen = Array.from({ length: n }, () => days[random.int(days.length)] as string).sort();
      for (const day of chosen) drafts.push({ agency, day, outcome: weighted(random, OUTCOME_MIX) });
    }
  }
  return drafts;
}

/**
 * Makes a 重复申请 (notProcessedRepeat) repeat an earlier request of the same agency: same applicant,
 * same text, same form and delivery (reachable with that applicant's contact), after that one was answered. Without such an earlier request it keeps its own text
 * (a repeat of a request made before the platform was in use).
 */
export function linkRepeats(plans: PlannedApplication[]): void {
  const answered = new Map<string, PlannedApplication[]>();
  for (const p of plans) {
    if (p.outcome === "notProcessedRepeat") {
      const receivedOn = receiptOf(p.intake) ? arrivalOf(p.intake) : null;
      const source = (answered.get(p.agencyId) ?? []).find(
        (a) => replyDay(a) !== null && (replyDay(a) as string) < (receivedOn ?? ""),
      );
      if (source) {
        p.request = {
          ...p.request,
          applicant: source.request.applicant,
          description: source.request.description,
          requestedForm: source.request.requestedForm,
          delivery: source.request.delivery,
        };
      }
    }
    if (["disclosed", "partiallyDisclosed", "unableNotHeld"].includes(p.outcome)) {
      answered.set(p.agencyId, [...(answered.get(p.agencyId) ?? []), p]);
    }
  }
}

function replyDay(p: PlannedApplication): string | null {
  return p.steps.find((s) => s.event.type === "replied")?.event.date ?? null;
}
