import type { LedgerEvent, Outcome } from "../../domain/applications/index.ts";
import type { Actor } from "../actor.ts";
import { counterInput, PERSON } from "../applications/application-samples.test-support.ts";
import { recordStep } from "../applications/record-step.ts";
import { registerApplication } from "../applications/register-application.ts";
import type { ServiceContext } from "../context.ts";
import type { SampleTree } from "../testing/sample-tree.ts";

/**
 * Applications in known states for the supervisor's view, made through the application services on
 * the sample tree, seen on Wednesday 2026-07-15. Reply deadlines (20 working days, the receipt day
 * not counted), worked out by hand from the official schedule:
 * - received Mon 2026-06-22 → Mon 2026-07-20 (June 23–26, 29–30, July 1–3, 6–10, 13–17, 20);
 * - received Tue 2026-07-14 → Tue 2026-08-11;
 * - received Mon 2026-06-01 → Tue 2026-06-30 (Dragon Boat Festival Fri 19 June is a holiday);
 * - received Mon 2026-03-02 → Mon 2026-03-30;
 * - received Mon 2025-12-01 → Mon 2025-12-29;
 * - received Mon 2025-03-03 → Mon 2025-03-31.
 * Due soon on 2026-07-15: deadlines up to Wed 2026-07-22 (5 working days: 16, 17, 20, 21, 22).
 */
export const SCENARIO_TODAY = "2026-07-15";

/** The expected deadline of each receipt date above. */
export const DEADLINES: Record<string, string> = {
  "2026-06-22": "2026-07-20",
  "2026-07-14": "2026-08-11",
  "2026-06-01": "2026-06-30",
  "2026-03-02": "2026-03-30",
  "2025-12-01": "2025-12-29",
  "2025-03-03": "2025-03-31",
};

type Ending =
  | { kind: "open" }
  | { kind: "replied"; on: string; outcome?: Outcome; archivedOn?: string }
  | { kind: "withdrawn"; on: string };

/** Applicant names that must never reach a supervisor's figures. */
export const SECRET_NAME = PERSON.name;

export interface Planned {
  name: string;
  agency: string;
  /** Registers it (a user of that agency, or the system for agencies without staff). */
  by: string | "system";
  receivedOn: string;
  ending: Ending;
}

/**
 * k1: a1 due soon, a2 open, a3 overdue, a4 replied on time, a5 replied late, a6 received in 2025 and
 * replied late in 2026, a7 of 2025 on time, a8 withdrawn, a9 replied on time then archived.
 * k1.edu: b1 overdue, b2 of 2025 replied late. k1.t1 (no staff): t1 due soon. k2: c1 open.
 * c1 (the city itself): d1 disclosed on time. Outside the city's subtree: e1 in c2, p1 in the province.
 */
export const PLAN: Planned[] = [
  { name: "a1", agency: ".k1", by: "clerk", receivedOn: "2026-06-22", ending: { kind: "open" } },
  { name: "a2", agency: ".k1", by: "clerk", receivedOn: "2026-07-14", ending: { kind: "open" } },
  { name: "a3", agency: ".k1", by: "clerk", receivedOn: "2026-06-01", ending: { kind: "open" } },
  {
    name: "a4",
    agency: ".k1",
    by: "clerk",
    receivedOn: "2026-03-02",
    ending: { kind: "replied", on: "2026-03-20" },
  },
  {
    name: "a5",
    agency: ".k1",
    by: "clerk",
    receivedOn: "2026-03-02",
    ending: { kind: "replied", on: "2026-04-10", outcome: "notProcessedRepeat" },
  },
  {
    name: "a6",
    agency: ".k1",
    by: "clerk",
    receivedOn: "2025-12-01",
    ending: { kind: "replied", on: "2026-01-20" },
  },
  {
    name: "a7",
    agency: ".k1",
    by: "clerk",
    receivedOn: "2025-03-03",
    ending: { kind: "replied", on: "2025-03-20" },
  },
  {
    name: "a8",
    agency: ".k1",
    by: "clerk",
    receivedOn: "2026-03-02",
    ending: { kind: "withdrawn", on: "2026-03-10" },
  },
  {
    name: "a9",
    agency: ".k1",
    by: "clerk",
    receivedOn: "2026-03-02",
    ending: { kind: "replied", on: "2026-03-25", archivedOn: "2026-04-01" },
  },
  { name: "b1", agency: ".k1.edu", by: "educlerk", receivedOn: "2026-06-01", ending: { kind: "open" } },
  {
    name: "b2",
    agency: ".k1.edu",
    by: "educlerk",
    receivedOn: "2025-03-03",
    ending: { kind: "replied", on: "2025-04-15" },
  },
  { name: "t1", agency: ".k1.t1", by: "system", receivedOn: "2026-06-22", ending: { kind: "open" } },
  { name: "c1", agency: ".k2", by: "clerk2", receivedOn: "2026-07-14", ending: { kind: "open" } },
  {
    name: "d1",
    agency: ".c1",
    by: "cityclerk",
    receivedOn: "2026-03-02",
    ending: { kind: "replied", on: "2026-03-20", outcome: "disclosed" },
  },
  { name: "e1", agency: ".c2", by: "system", receivedOn: "2026-06-01", ending: { kind: "open" } },
  { name: "p1", agency: "", by: "system", receivedOn: "2026-06-01", ending: { kind: "open" } },
];

/** The steps that end an application as planned. */
function steps(ending: Ending, receivedOn: string): LedgerEvent[] {
  if (ending.kind === "open") return [];
  if (ending.kind === "withdrawn") return [{ type: "withdrawn", date: ending.on }];
  const outcome = ending.outcome ?? "unableNotHeld";
  const review: LedgerEvent[] =
    outcome === "disclosed"
      ? [{ type: "confidentialityReviewed", date: receivedOn, reviewer: "王审核", conclusion: "releasable" }]
      : [];
  return [
    ...review,
    { type: "decided", date: ending.on, outcome },
    { type: "replied", date: ending.on },
    ...(ending.archivedOn ? [{ type: "archived" as const, date: ending.archivedOn }] : []),
  ];
}

/** Makes every planned application through the services; returns each one's id and reply deadline. */
export async function buildSupervisionScenario(
  ctx: ServiceContext,
  tree: SampleTree,
): Promise<Map<string, { id: string; replyDueOn: string | null }>> {
  const made = new Map<string, { id: string; replyDueOn: string | null }>();
  for (const p of PLAN) {
    const actor: Actor = p.by === "system" ? tree.system : tree.as(p.by);
    const input = counterInput(p.receivedOn, p.by === "system" ? { agencyId: tree.id(p.agency) } : {});
    const { application } = await registerApplication(ctx, actor, input);
    let version = application.version;
    for (const event of steps(p.ending, p.receivedOn)) {
      version = (await recordStep(ctx, actor, application.id, version, event)).application.version;
    }
    made.set(p.name, { id: application.id, replyDueOn: application.replyDueOn });
  }
  return made;
}

/**
 * Annual report rows for the city's subtree, written straight into the tables (the report service is
 * not under test here): for 2025, k1 published on 2026-01-20 (1 error, 2 warnings) and again on
 * 2026-02-05 (0 errors, 1 warning); k1.edu published late on 2026-02-10 (its deadline as a department
 * is 2026-01-31) with 2 errors; k2 has a draft only. For 2026, k2 has a draft.
 */
export async function insertReports(ctx: ServiceContext, tree: SampleTree): Promise<void> {
  const at = "2026-01-20T02:00:00.000Z";
  const draft = (agency: string, year: number) => ({
    id: `${tree.id(agency)}-${year}`,
    agency_id: tree.id(agency),
    year,
    format: "2021" as const,
    preamble: "",
    sections: "{}",
    suggestions: "{}",
    version: 1,
    created_at: at,
    created_by: null,
    updated_at: at,
    updated_by: null,
  });
  await ctx.db
    .insertInto("annual_reports")
    .values([draft(".k1", 2025), draft(".k1.edu", 2025), draft(".k2", 2025), draft(".k2", 2026)])
    .execute();
  const version = (
    agency: string,
    v: number,
    publishDate: string,
    errors: number,
    warnings: number,
    deadline: string,
  ) => ({
    report_id: `${tree.id(agency)}-2025`,
    version: v,
    agency_id: tree.id(agency),
    year: 2025,
    report: "{}",
    findings: "[]",
    error_count: errors,
    warning_count: warnings,
    acknowledged_errors: "[]",
    revision_note: v > 1 ? "更正表三数字" : null,
    draft_version: 1,
    publish_date: publishDate,
    deadline,
    published_at: `${publishDate}T02:00:00.000Z`,
    published_by: null,
    publisher_name: "公开办",
  });
  await ctx.db
    .insertInto("annual_report_versions")
    .values([
      version(".k1", 1, "2026-01-20", 1, 2, "2026-03-31"),
      version(".k1", 2, "2026-02-05", 0, 1, "2026-03-31"),
      version(".k1.edu", 1, "2026-02-10", 2, 0, "2026-01-31"),
    ])
    .execute();
}
