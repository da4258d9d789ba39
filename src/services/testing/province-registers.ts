import type { Insertable, Kysely } from "kysely";
import type { AgencyLevel, Database, NormativeDocumentsTable, RemedyCasesTable } from "../../db/schema.ts";
import type { Random } from "./random.ts";

const BATCH = 500;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * The registers of generated agencies for `years`: normative documents (a few per agency, some
 * abolished), yearly decision counts and fee income scaled by the agency's weight, and about one
 * reconsideration or lawsuit per 20 agencies a year, some still pending.
 */
export async function insertRegisterRows(
  db: Kysely<Database>,
  agencies: readonly { id: string; level: AgencyLevel; weight: number }[],
  years: readonly number[],
  random: Random,
  at: string,
): Promise<void> {
  const docs: Insertable<NormativeDocumentsTable>[] = [];
  const counts: Insertable<Database["register_counts"]>[] = [];
  const fees: Insertable<Database["fee_income"]>[] = [];
  const cases: Insertable<RemedyCasesTable>[] = [];
  const scale = agencies.length;
  for (const a of agencies) {
    const size = a.weight * scale;
    for (let d = 0, n = random.int(6); d < n; d++) {
      const year = (years[0] ?? 2024) - 3 + random.int(years.length + 3);
      const issued = `${year}-0${1 + random.int(9)}-1${random.int(10)}`;
      const abolished = random.next() < 0.15 ? `${year + 1 + random.int(2)}-06-30` : null;
      docs.push({
        id: `${a.id}-d${d}`,
        agency_id: a.id,
        kind:
          a.level === "province" || (a.level === "city" && random.next() < 0.5)
            ? "regulation"
            : "normative_document",
        title: `关于进一步规范有关事项的通知（${d + 1}）`,
        doc_number: null,
        issued_on: issued,
        abolished_on: abolished,
        url: null,
        full_text: null,
        created_at: at,
        updated_at: at,
      });
    }
    for (const year of years) {
      for (const kind of ["permit", "penalty", "enforcement"] as const) {
        const mean = { permit: 300, penalty: 60, enforcement: 8 }[kind] * size;
        counts.push({
          agency_id: a.id,
          year,
          kind,
          count: Math.round(mean * (0.5 + random.next())),
          updated_at: at,
        });
      }
      fees.push({
        agency_id: a.id,
        year,
        amount_fen: Math.round(size * 5_000_000 * random.next()),
        updated_at: at,
      });
      if (random.next() < 0.05 + Math.min(0.5, size / 20)) {
        const kind = (["reconsideration", "direct_suit", "suit_after_reconsideration"] as const)[
          random.int(3)
        ];
        const filed = `${year}-${String(1 + random.int(12)).padStart(2, "0")}-15`;
        const result = (["upheld", "corrected", "other", "pending"] as const)[random.int(4)] ?? "pending";
        cases.push({
          id: `${a.id}-r${year}`,
          agency_id: a.id,
          kind: kind ?? "reconsideration",
          case_number: `${year}-${a.id}`,
          application_id: null,
          filed_on: filed,
          result,
          result_on: result === "pending" ? null : `${year + random.int(2)}-12-20`,
          created_at: at,
          updated_at: at,
        });
      }
    }
  }
  await inBatches(docs, (b) => db.insertInto("normative_documents").values(b).execute());
  await inBatches(counts, (b) => db.insertInto("register_counts").values(b).execute());
  await inBatches(fees, (b) => db.insertInto("fee_income").values(b).execute());
  await inBatches(cases, (b) => db.insertInto("remedy_cases").values(b).execute());
}
