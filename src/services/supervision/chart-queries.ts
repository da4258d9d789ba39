import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Subtree } from "./subtree.ts";

/**
 * The GROUP BY queries behind the supervisor's charts. Each groups by agency over the whole
 * subtree in one pass; the caller adds agencies up into the root's direct children.
 */

const n = (v: unknown) => Number(v ?? 0);
const lit = (date: string) => sql.lit(date);

/** Applications received per agency and month (`YYYY-MM`), from `from` to `to` inclusive. */
export async function receivedByMonth(
  db: Kysely<Database>,
  tree: Subtree,
  from: string,
  to: string,
): Promise<{ agencyId: string; month: string; count: number }[]> {
  const month = sql<string>`substr(received_on, 1, 7)`;
  const rows = await db
    .selectFrom("applications")
    .select(["agency_id", month.as("month"), sql<number>`count(*)`.as("n")])
    .where("agency_id", "in", tree.ids)
    .where(sql<boolean>`received_on >= ${lit(from)} and received_on <= ${lit(to)}`)
    .groupBy(["agency_id", month])
    .execute();
  return rows.map((r) => ({ agencyId: r.agency_id, month: r.month, count: n(r.n) }));
}

/** Applications closed per agency and outcome between `from` and `to` inclusive. */
export async function closedByOutcome(
  db: Kysely<Database>,
  tree: Subtree,
  from: string,
  to: string,
): Promise<{ agencyId: string; outcome: string | null; count: number }[]> {
  const rows = await db
    .selectFrom("applications")
    .select(["agency_id", "outcome", sql<number>`count(*)`.as("n")])
    .where("agency_id", "in", tree.ids)
    .where(sql<boolean>`closed_on >= ${lit(from)} and closed_on <= ${lit(to)}`)
    .groupBy(["agency_id", "outcome"])
    .execute();
  return rows.map((r) => ({ agencyId: r.agency_id, outcome: r.outcome, count: n(r.n) }));
}

/**
 * How many applications were open and overdue on each of `days`, per agency. On day D an
 * application counts when its reply deadline lay before D and it was not closed by D (no closing
 * date, or a later one) — the staff list's "overdue" as it would have read on D. (It was received by
 * D: a deadline comes after its receipt.) The deadline is the one derived now from the whole ledger:
 * extensions and pauses are recorded before the deadline they move, so for a past day it is the
 * deadline that was in force. Two index scans: the closed applications that closed late, and the
 * open ones (whose due_sort is the deadline).
 */
export async function overdueOnDays(
  db: Kysely<Database>,
  tree: Subtree,
  days: string[],
): Promise<{ agencyId: string; counts: number[] }[]> {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return [];
  const closedColumns = days.map((d, i) =>
    sql<number>`sum(case when reply_due_on < ${lit(d)} and closed_on > ${lit(d)} then 1 else 0 end)`.as(
      `d${i}`,
    ),
  );
  const openColumns = days.map((d, i) =>
    sql<number>`sum(case when due_sort < ${lit(d)} then 1 else 0 end)`.as(`d${i}`),
  );
  const [closed, open] = await Promise.all([
    db
      .selectFrom("applications")
      .select(["agency_id", ...closedColumns])
      .where("agency_id", "in", tree.ids)
      .where(
        sql<boolean>`closed_on > ${lit(first)} and reply_due_on < ${lit(last)} and closed_on > reply_due_on`,
      )
      .groupBy("agency_id")
      .execute(),
    db
      .selectFrom("applications")
      .select(["agency_id", ...openColumns])
      .where("agency_id", "in", tree.ids)
      .where("closed_on", "is", null)
      .where(sql<boolean>`due_sort < ${lit(last)}`)
      .groupBy("agency_id")
      .execute(),
  ]);
  const counts = new Map<string, number[]>();
  for (const r of [...closed, ...open]) {
    const record = r as unknown as Record<string, unknown>;
    const into = counts.get(r.agency_id) ?? days.map(() => 0);
    for (let i = 0; i < days.length; i++) into[i] = (into[i] ?? 0) + n(record[`d${i}`]);
    counts.set(r.agency_id, into);
  }
  return [...counts].map(([agencyId, c]) => ({ agencyId, counts: c }));
}
