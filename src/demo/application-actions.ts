import {
  confirmReceipt,
  recordStep,
  registerApplication,
  submitOnline,
} from "../services/applications/index.ts";
import type { Random } from "../services/testing/random.ts";
import type { PlannedApplication } from "./plan-applications.ts";
import type { DemoStaff } from "./staff.ts";
import type { TimedAction } from "./timeline.ts";

/** An application the demo prints, so that the public status page can be tried at once. */
export interface Showcase {
  label: string;
  agencyName: string;
  number: string;
  queryCode: string;
}

const OFFICE_HOURS: [number, number] = [8 * 60 + 30, 17 * 60 + 30];
// Applicants submit early and late too; before the office closes, so that a same-day confirmation comes after.
const ANY_HOUR: [number, number] = [7 * 60, 16 * 60];

/**
 * The service calls of one planned application, each at its moment: submission (by the applicant)
 * and confirmation, or registration, then every step by the member of staff whose task it is.
 * The application's id and version pass from call to call as a client's would.
 */
export function applicationActions(
  p: PlannedApplication,
  staff: DemoStaff,
  random: Random,
  showcases: Showcase[],
): TimedAction[] {
  const state = { id: "", version: 0 };
  const actions: TimedAction[] = [];
  let last = { date: "", minute: 0 };
  const at = (date: string, hours = OFFICE_HOURS) => {
    const minute =
      date === last.date
        ? Math.min(last.minute + 3 + random.int(40), 23 * 60 + 59)
        : hours[0] + random.int(hours[1] - hours[0]);
    last = { date, minute };
    return { date, minute };
  };
  const clerk = staff.actor(p.agencyId, "clerk");
  const show = (number: string, queryCode: string, agencyName: string) => {
    if (p.showcase) showcases.push({ label: p.showcase, agencyName, number, queryCode });
  };

  if (p.intake.kind === "online") {
    const { submittedOn, confirmedOn } = p.intake;
    actions.push({
      ...at(submittedOn, ANY_HOUR),
      run: async (ctx) => {
        const receipt = await submitOnline(ctx, { agencyId: p.agencyId, ...p.request });
        const row = await ctx.db
          .selectFrom("applications")
          .select(["id", "version"])
          .where("number", "=", receipt.number)
          .executeTakeFirstOrThrow();
        Object.assign(state, row);
        show(receipt.number, receipt.queryCode, receipt.agencyName);
      },
    });
    if (confirmedOn !== null) {
      actions.push({
        ...at(confirmedOn),
        run: async (ctx) => {
          const done = await confirmReceipt(ctx, clerk, state.id, state.version, confirmedOn);
          state.version = done.application.version;
        },
      });
    }
  } else {
    const receipt = p.intake.receipt;
    const day = Object.entries(receipt)
      .filter(([key]) => key !== "channel")
      .map(([, value]) => value)
      .sort()
      .at(-1) as string;
    actions.push({
      ...at(day),
      run: async (ctx) => {
        const done = await registerApplication(ctx, clerk, { agencyId: p.agencyId, receipt, ...p.request });
        state.id = done.application.id;
        state.version = done.application.version;
        const agency = await ctx.db
          .selectFrom("agencies")
          .select("name")
          .where("id", "=", p.agencyId)
          .executeTakeFirstOrThrow();
        show(done.application.number, done.queryCode, agency.name);
      },
    });
  }
  for (const step of p.steps) {
    actions.push({
      ...at(step.event.date),
      run: async (ctx) => {
        const done = await recordStep(
          ctx,
          staff.actor(p.agencyId, step.by),
          state.id,
          state.version,
          step.event,
        );
        state.version = done.application.version;
      },
    });
  }
  return actions;
}
