import { type Outcome, releasesInformation } from "../domain/applications/index.ts";
import type { Random } from "../services/testing/random.ts";
import { companyName } from "./people.ts";
import { later, type Script, workingDaysBefore } from "./script.ts";

/**
 * How applications are handled, step by step, towards their outcome: the ordinary path (decision
 * and reply within the time limit, then archiving), with the detours real offices take — a request
 * for correction, a consultation of a third party or another agency, an extension approved by the
 * office head, a processing fee — and the paths of the outcomes that have their own procedure
 * (abandonment, withdrawal, 第35条, a third party's objection). Dates come from the law's clocks as
 * the domain derives them.
 */

export interface Detours {
  correction?: boolean;
  consultation?: "thirdParty" | "agency";
  /** The consulted party never answers (the agency decides after the window). */
  silent?: boolean;
  extension?: boolean;
  fee?: boolean;
  /** The reply goes out after the deadline. */
  late?: boolean;
  /** 第35条: reasons asked for and a longer deadline set. */
  longerDeadline?: boolean;
}

export interface People {
  reviewer: string;
  head: string;
}

const between = (random: Random, lo: number, hi: number) => lo + random.int(hi - lo + 1);

/** Draws the detours of an ordinary application ending with `outcome`. */
export function drawDetours(random: Random, outcome: Outcome): Detours {
  const releases = releasesInformation(outcome);
  const consult = random.next();
  return {
    correction: random.next() < 0.08,
    consultation:
      releases && consult < 0.1 ? "thirdParty" : releases && consult < 0.15 ? "agency" : undefined,
    silent: random.next() < 0.15,
    extension: random.next() < 0.1,
    fee: releases && random.next() < 0.05,
    late: random.next() < 0.04,
  };
}

function requestCorrection(s: Script, random: Random): void {
  const sent = s.after(s.view.clockStart, between(random, 1, 6));
  const byPost = random.next() < 0.4;
  s.add({
    type: "correctionRequested",
    date: sent,
    workingDays: random.next() < 0.6 ? 15 : 10,
    ...(byPost ? { receivedOn: s.after(sent, between(random, 1, 3)) } : {}),
    note: "请补充所需信息的名称、文号或者便于查询的其他特征性描述",
  });
}

function correct(s: Script, random: Random): void {
  const c = s.view.correction;
  if (!c) throw new Error("no correction was requested");
  const latest = c.applicantDeadline.date;
  let day = s.after(c.noticeReceivedOn, between(random, 1, 8));
  if (day > latest) day = latest;
  s.add({ type: "correctionReceived", date: later(day, s.last) });
}

function consult(
  s: Script,
  random: Random,
  party: "thirdParty" | "agency",
  answer: "consent" | "objection" | null,
) {
  const sent = s.afterLast(s.view.clockStart, between(random, 2, 6));
  const delivered = s.after(sent, between(random, 0, 2));
  const ref = `ZQ${sent.replaceAll("-", "").slice(2)}`;
  s.add({
    type: "consultationSent",
    date: sent,
    ref,
    party,
    name: party === "thirdParty" ? companyName(random) : "云川市自然资源和规划局",
    ...(delivered !== sent ? { receivedOn: delivered } : {}),
  });
  if (answer !== null) {
    s.add({
      type: "consultationAnswered",
      date: s.after(delivered, between(random, 3, 13)),
      ref,
      position: answer,
    });
  }
}

/**
 * The day of the decision: a few working days before the reply deadline in force (or, when late, a
 * few after it), never before the last step, and after a silent consulted party's window.
 */
function decisionDay(s: Script, random: Random, late: boolean): string {
  const deadline = s.view.replyDeadline?.date;
  if (!deadline) throw new Error("no reply deadline to decide by");
  const silentUntil = s.view.consultations.filter((c) => c.open).map((c) => c.windowEnd.date);
  const earliest = [s.last, ...silentUntil].sort().at(-1) as string;
  if (late) return s.after(later(deadline, earliest), between(random, 1, 6));
  const slack = random.next() < 0.7 ? between(random, 3, 14) : between(random, 0, 2);
  const planned = workingDaysBefore(s.calendar, deadline, slack);
  if (planned > earliest) return planned;
  const next = s.after(earliest, 1);
  return next <= deadline ? next : earliest;
}

function closeAndArchive(s: Script, random: Random): void {
  if (random.next() < 0.85) s.add({ type: "archived", date: s.after(s.last, between(random, 3, 25)) });
}

/** The steps of an application ending with `outcome`, from receipt to archiving. */
export function handle(s: Script, random: Random, outcome: Outcome, d: Detours, people: People): void {
  if (outcome === "otherNoCorrection") {
    requestCorrection(s, random);
    const deadline = s.view.correction?.applicantDeadline.date as string;
    s.add({ type: "abandoned", date: s.after(deadline, between(random, 1, 6)), reason: "noCorrection" });
    closeAndArchive(s, random);
    return;
  }
  if (d.correction || outcome === "unableStillUnclear") {
    requestCorrection(s, random);
    correct(s, random);
  }
  if (outcome === "otherOther") {
    s.add({
      type: "withdrawn",
      date: s.afterLast(s.view.clockStart, between(random, 2, 10)),
      note: "申请人书面申请撤回",
    });
    closeAndArchive(s, random);
    return;
  }
  if (outcome === "notProcessedMassRepeat" || d.longerDeadline) {
    s.add({ type: "reasonsRequested", date: s.afterLast(s.view.clockStart, between(random, 2, 5)) });
    if (outcome !== "notProcessedMassRepeat") {
      const current = s.view.replyDeadline?.date as string;
      s.add({
        type: "longerDeadlineSet",
        date: s.after(s.last, between(random, 3, 6)),
        deadline: s.after(current, 20),
      });
    }
  }
  if (outcome === "refusedThirdParty") consult(s, random, "thirdParty", "objection");
  else if (d.consultation)
    consult(s, random, d.consultation, d.silent ? null : random.next() < 0.85 ? "consent" : "objection");
  if (d.extension) {
    const statutory = s.view.statutoryDeadline?.date as string;
    const day = workingDaysBefore(s.calendar, statutory, between(random, 1, 3));
    s.add(
      {
        type: "extensionApproved",
        date: later(day, s.last),
        workingDays: [10, 15, 20][random.int(3)] as number,
        approver: people.head,
      },
      "head",
    );
  }
  const releases = releasesInformation(outcome) || outcome === "otherFeeUnpaid";
  if (releases || outcome === "refusedStateSecret") {
    const conclusion =
      outcome === "refusedStateSecret"
        ? "notReleasable"
        : outcome === "partiallyDisclosed" && random.next() < 0.8
          ? "partlyReleasable"
          : "releasable";
    s.add(
      {
        type: "confidentialityReviewed",
        date: s.afterLast(s.view.clockStart, between(random, 2, 8)),
        reviewer: people.reviewer,
        conclusion,
      },
      "reviewer",
    );
  }
  if (d.fee || outcome === "otherFeeUnpaid") {
    const sent = s.after(s.last, between(random, 0, 2));
    s.add({
      type: "feeNoticeSent",
      date: sent,
      fee: { method: "perPage", pages: between(random, 45, 320) },
      receivedOn: s.after(sent, 1),
    });
    const fee = s.view.fee;
    if (!fee) throw new Error("no fee notice");
    if (outcome === "otherFeeUnpaid") {
      s.add({
        type: "abandoned",
        date: s.after(fee.paymentLimit.date, between(random, 1, 5)),
        reason: "feeUnpaid",
      });
      closeAndArchive(s, random);
      return;
    }
    s.add({ type: "feePaid", date: s.after(fee.noticeReceivedOn, between(random, 1, 10)) });
  }
  const decided = decisionDay(s, random, d.late === true);
  s.add({ type: "decided", date: decided, outcome });
  s.add({ type: "replied", date: s.after(decided, random.next() < 0.7 ? 0 : 1) });
  closeAndArchive(s, random);
}
