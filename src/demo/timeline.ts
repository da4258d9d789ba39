import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { ServiceContext } from "../services/context.ts";

/**
 * The demo's history is replayed in order of time through the real services, each call made with
 * the service clock set to the moment it happens — so every date the services take from the clock
 * (a submission day, an application number's year, a publish date, the audit log's times) is the
 * day the demo says it happened, and no step is ever dated after "today" as the services see it.
 */

export interface TimedAction {
  /** China date of the action. */
  date: string;
  /** Minutes after midnight, China time. */
  minute: number;
  run: (ctx: ServiceContext) => Promise<void>;
}

/** The UTC instant of a China date and minute of the day (China is UTC+8 all year). */
export function chinaInstant(date: string, minute: number): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 0, minute - 8 * 60));
}

/** Runs the actions in order of (date, minute, insertion), each with the clock at its moment. */
export async function replay(
  db: Kysely<Database>,
  actions: readonly TimedAction[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const ordered = actions
    .map((action, i) => ({ action, i }))
    .sort(
      (a, b) => a.action.date.localeCompare(b.action.date) || a.action.minute - b.action.minute || a.i - b.i,
    );
  let now = new Date(0);
  const ctx: ServiceContext = { db, clock: () => now };
  let done = 0;
  for (const { action } of ordered) {
    now = chinaInstant(action.date, action.minute);
    await action.run(ctx);
    done += 1;
    if (onProgress && done % 200 === 0) onProgress(done, ordered.length);
  }
  onProgress?.(ordered.length, ordered.length);
}
