import { APPLICANT_TYPES, OUTCOMES, type Outcome } from "../domain/applications/index.ts";
import type { WorkCalendar } from "../domain/calendar/index.ts";
import { COUNTY_ID, demoAgency, FEATURED_DEPARTMENT_ID } from "./county.ts";
import type { Draft } from "./plan-applications.ts";
import type { Detours } from "./scenarios.ts";
import { onOrNextWorkingDay, workingDaysBefore } from "./script.ts";

/**
 * The applications the demo always has, whatever the seed: in the county government's first year,
 * one of each of the 21 outcomes (every applicant type, every channel) and one of each detour of the
 * procedure; and, around today, open applications in every state a clerk must watch — due soon,
 * overdue, waiting for a correction or a payment, a deadline reaching into a year whose holiday
 * schedule is not yet published, a decision not yet sent, a submission not yet confirmed.
 */

const CHANNELS = ["public", "inPerson", "registeredMail", "ordinaryLetter", "fax", "online"] as const;

const DETOURS: [Outcome, Detours][] = [
  ["disclosed", { correction: true }],
  ["disclosed", { consultation: "thirdParty" }],
  ["partiallyDisclosed", { consultation: "agency" }],
  ["disclosed", { extension: true }],
  ["disclosed", { fee: true }],
  ["disclosed", { late: true }],
  ["disclosed", { longerDeadline: true }],
  ["partiallyDisclosed", { consultation: "thirdParty", silent: true }],
];

/** The closed applications of the first year at the county government. */
export function closedCast(calendar: WorkCalendar, firstYear: number): Draft[] {
  const agency = demoAgency(COUNTY_ID);
  const dayOf = (i: number, of: number) => {
    const month = 1 + Math.floor((i * 10) / of);
    return onOrNextWorkingDay(
      calendar,
      `${firstYear}-${String(month).padStart(2, "0")}-${String(8 + ((i * 7) % 15)).padStart(2, "0")}`,
    );
  };
  const outcomes: Draft[] = OUTCOMES.map((outcome, i) => ({
    agency,
    day: dayOf(i, OUTCOMES.length),
    outcome,
    type: APPLICANT_TYPES[i % APPLICANT_TYPES.length],
    channel: CHANNELS[i % CHANNELS.length],
    detours: {},
    ...(outcome === "disclosed" ? { showcase: "已办结：予以公开" } : {}),
  }));
  const detours: Draft[] = DETOURS.map(([outcome, detours], i) => ({
    agency,
    day: dayOf(i, DETOURS.length),
    outcome,
    detours,
    ...(detours.fee ? { showcase: "已办结：收取信息处理费后予以公开" } : {}),
  }));
  return [...outcomes, ...detours];
}

/** The open applications around `today` at the county government and the featured department. */
export function openCast(calendar: WorkCalendar, today: string): Draft[] {
  const county = demoAgency(COUNTY_ID);
  const land = demoAgency(FEATURED_DEPARTMENT_ID);
  // n working days before today (0: today, or the last working day when today is a rest day).
  const base = calendar.isWorkingDay(today) ? today : workingDaysBefore(calendar, today, 1);
  const day = (n: number) => workingDaysBefore(calendar, base, n);
  const drafts: Draft[] = [];
  for (const agency of [county, land]) {
    drafts.push(
      // Received 17 working days ago and not yet decided: 3 working days left.
      { agency, day: day(17), outcome: "disclosed", channel: "inPerson", custom: () => {} },
      // Received 32 working days ago: overdue although the third party answered long ago.
      {
        agency,
        day: day(32),
        outcome: "partiallyDisclosed",
        channel: "registeredMail",
        custom: (s) => {
          const sent = s.after(s.view.clockStart, 3);
          s.add({
            type: "consultationSent",
            date: sent,
            ref: "ZQ-1",
            party: "thirdParty",
            name: "青禾县鑫源建材有限公司",
          });
          s.add({ type: "consultationAnswered", date: s.after(sent, 5), ref: "ZQ-1", position: "consent" });
        },
      },
      // A third party consulted yesterday: the deadline assumes the full window and reaches the next year.
      {
        agency,
        day: day(6),
        outcome: "disclosed",
        channel: "public",
        showcase: agency === county ? "办理中：征求第三方意见，答复期限为暂定日期" : undefined,
        custom: (s) =>
          void s.add({
            type: "consultationSent",
            date: day(1),
            ref: "ZQ-1",
            party: "thirdParty",
            name: "青禾县丰泰房地产开发有限公司",
          }),
      },
      // Waiting for the applicant's correction.
      {
        agency,
        day: day(7),
        outcome: "disclosed",
        channel: "public",
        showcase: agency === county ? "等待补正：可在查询页提交补正" : undefined,
        custom: (s) =>
          void s.add({
            type: "correctionRequested",
            date: day(2),
            workingDays: 15,
            note: "请写明所需征收补偿方案对应的项目名称或地块位置",
          }),
      },
    );
  }
  drafts.push(
    // Extended by 20 working days today: the new deadline falls in the next year.
    {
      agency: county,
      day: day(8),
      outcome: "disclosed",
      channel: "ordinaryLetter",
      custom: (s, people) =>
        void s.add(
          {
            type: "extensionApproved",
            date: day(0),
            workingDays: 20,
            approver: people.head,
            note: "需调取历史档案并会同有关部门核实",
          },
          "head",
        ),
    },
    // Waiting for the processing fee.
    {
      agency: county,
      day: day(12),
      outcome: "disclosed",
      channel: "inPerson",
      custom: (s, people) => {
        s.add(
          {
            type: "confidentialityReviewed",
            date: day(4),
            reviewer: people.reviewer,
            conclusion: "releasable",
          },
          "reviewer",
        );
        s.add({
          type: "feeNoticeSent",
          date: day(3),
          fee: { method: "perPage", pages: 180 },
          receivedOn: day(2),
        });
      },
    },
    // Decided today, the reply not yet sent.
    {
      agency: county,
      day: day(14),
      outcome: "unableNotHeld",
      channel: "fax",
      custom: (s) => void s.add({ type: "decided", date: day(0), outcome: "unableNotHeld" }),
    },
    // Submitted online today, nobody has confirmed it yet.
    {
      agency: county,
      day: today,
      outcome: "disclosed",
      channel: "public",
      unconfirmed: true,
      custom: () => {},
    },
  );
  return drafts;
}
