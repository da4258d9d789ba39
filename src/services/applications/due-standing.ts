import { DEFAULT_CLOCK_POLICY } from "../../domain/applications/index.ts";
import type { WorkCalendar } from "../../domain/calendar/index.ts";
import type { ApplicationSummary } from "./application-view.ts";

/**
 * An open application's reply deadline as a list row shows it: working days left (0 = due today),
 * or working days overdue. Counted over the stored deadline like the list's `due` filter (pauses
 * still open are already inside that deadline), so "due soon" here and there mean the same rows.
 */
export interface DueStanding {
  kind: "onTime" | "dueSoon" | "overdue";
  workingDays: number;
}

export function dueStanding(
  calendar: WorkCalendar,
  today: string,
  app: Pick<ApplicationSummary, "open" | "replyDueOn">,
): DueStanding | null {
  const due = app.replyDueOn;
  if (!app.open || due === null) return null;
  if (due < today) return { kind: "overdue", workingDays: calendar.workingDaysBetween(due, today) };
  const left = calendar.workingDaysBetween(today, due);
  return { kind: left <= DEFAULT_CLOCK_POLICY.dueSoonDays ? "dueSoon" : "onTime", workingDays: left };
}
