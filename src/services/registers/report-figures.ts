import { type ExpressionBuilder, type Kysely, type RawBuilder, sql } from "kysely";
import type { Database, RemedyCaseKind } from "../../db/schema.ts";

/**
 * The register figures of one agency's annual report, computed from the records. These are query
 * building blocks for the report service: they take no actor, so the caller authorises first
 * (assertCanRead). An agency reports on itself only; nothing here adds up a subtree.
 */

/** Table 二 of the 2021 format, keyed like `ReportModel.tables.proactive` (rows × columns of v2021). */
export type ProactiveFigures = {
  regulations: { issued: number; abolished: number; inForce: number };
  normativeDocuments: { issued: number; abolished: number; inForce: number };
  permits: { decisions: number };
  penalties: { decisions: number };
  enforcement: { decisions: number };
  /** 万元, unrounded (fen / 1,000,000): rounding is the renderer's choice. */
  fees: { amount: number };
};

const FEN_PER_WAN_YUAN = 1_000_000;

const yearBounds = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` });

/** 1 for rows matching `condition`, else 0, summed; coalesced so an empty group reads 0. */
function countWhere<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, condition: RawBuilder<boolean>) {
  return eb.fn.coalesce(
    eb.fn.sum<number>(sql<number>`case when ${condition} then 1 else 0 end`),
    sql<number>`0`,
  );
}

/**
 * Table 二 for `year`. Documents: 本年制发 = issued in the year; 本年废止 = abolished in the year;
 * 现行有效 = issued by 31 December and not abolished by then — so that 现行有效(Y) = 现行有效(Y−1) +
 * 制发(Y) − 废止(Y) holds by construction (rule t2.stock). Decision counts and fees are the year's
 * register entries; a year without an entry counts 0.
 */
export async function proactiveFigures(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<ProactiveFigures> {
  const { start, end } = yearBounds(year);
  const docs = await db
    .selectFrom("normative_documents")
    .select((eb) => [
      "kind",
      countWhere(eb, sql<boolean>`issued_on >= ${start}`).as("issued"),
      countWhere(eb, sql<boolean>`abolished_on >= ${start} and abolished_on <= ${end}`).as("abolished"),
      countWhere(eb, sql<boolean>`abolished_on is null or abolished_on > ${end}`).as("in_force"),
    ])
    .where("agency_id", "=", agencyId)
    .where("issued_on", "<=", end)
    .groupBy("kind")
    .execute();
  const counts = await db
    .selectFrom("register_counts")
    .select(["kind", "count"])
    .where("agency_id", "=", agencyId)
    .where("year", "=", year)
    .execute();
  const fee = await db
    .selectFrom("fee_income")
    .select("amount_fen")
    .where("agency_id", "=", agencyId)
    .where("year", "=", year)
    .executeTakeFirst();

  const docFigures = (kind: string) => {
    const r = docs.find((d) => d.kind === kind);
    return {
      issued: Number(r?.issued ?? 0),
      abolished: Number(r?.abolished ?? 0),
      inForce: Number(r?.in_force ?? 0),
    };
  };
  const decisions = (kind: string) => ({ decisions: counts.find((c) => c.kind === kind)?.count ?? 0 });
  return {
    regulations: docFigures("regulation"),
    normativeDocuments: docFigures("normative_document"),
    permits: decisions("permit"),
    penalties: decisions("penalty"),
    enforcement: decisions("enforcement"),
    fees: { amount: (fee?.amount_fen ?? 0) / FEN_PER_WAN_YUAN },
  };
}

const REMEDY_GROUPS: RemedyCaseKind[] = ["reconsideration", "direct_suit", "suit_after_reconsideration"];

/**
 * Table 四 for `year`: 15 numbers in official order — 行政复议, 未经复议直接起诉, 复议后起诉, each
 * 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计. The counting rule (docs/storage.md):
 * - a result (维持/纠正/其他) counts in the year of its result date, whenever the case was filed;
 * - 尚未审结 counts every case filed by 31 December and not decided by then, whatever its filing year;
 * - 总计 is the sum of the four.
 * So each decision is counted exactly once, in the year it was made; a case open at a year's end
 * is pending in that year's report; and a report computed later gives the same figures.
 */
export async function remedyFigures(db: Kysely<Database>, agencyId: string, year: number): Promise<number[]> {
  const { start, end } = yearBounds(year);
  const rows = await db
    .selectFrom("remedy_cases")
    .select((eb) => [
      "kind",
      countWhere(eb, sql<boolean>`result = 'upheld' and result_on <= ${end}`).as("upheld"),
      countWhere(eb, sql<boolean>`result = 'corrected' and result_on <= ${end}`).as("corrected"),
      countWhere(eb, sql<boolean>`result = 'other' and result_on <= ${end}`).as("other"),
      countWhere(eb, sql<boolean>`result_on is null or result_on > ${end}`).as("pending"),
    ])
    .where("agency_id", "=", agencyId)
    .where("filed_on", "<=", end)
    .where((eb) => eb.or([eb("result_on", "is", null), eb("result_on", ">=", start)]))
    .groupBy("kind")
    .execute();
  return REMEDY_GROUPS.flatMap((kind) => {
    const r = rows.find((x) => x.kind === kind);
    const four = [r?.upheld, r?.corrected, r?.other, r?.pending].map((n) => Number(n ?? 0));
    return [...four, four.reduce((a, b) => a + b, 0)];
  });
}
