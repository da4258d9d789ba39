import { type Kysely, sql } from "kysely";
import { inList } from "./helpers.ts";

/**
 * The registers that table 二 and table 四 of the annual report count: rules and normative
 * documents, yearly decision counts, fee income, reconsideration and lawsuit cases. Frozen: never edit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("normative_documents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("doc_number", "text")
    .addColumn("issued_on", "text", (c) => c.notNull())
    .addColumn("abolished_on", "text")
    .addColumn("url", "text")
    .addColumn("full_text", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint(
      "normative_documents_kind_check",
      inList("kind", ["regulation", "normative_document"]),
    )
    .addCheckConstraint(
      "normative_documents_dates_check",
      sql`abolished_on is null or abolished_on >= issued_on`,
    )
    .execute();
  await db.schema
    .createIndex("normative_documents_agency_idx")
    .on("normative_documents")
    .columns(["agency_id", "issued_on"])
    .execute();

  await db.schema
    .createTable("register_counts")
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("register_counts_pk", ["agency_id", "year", "kind"])
    .addCheckConstraint("register_counts_kind_check", inList("kind", ["permit", "penalty", "enforcement"]))
    .addCheckConstraint("register_counts_count_check", sql`count >= 0`)
    .execute();

  await db.schema
    .createTable("fee_income")
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("amount_fen", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("fee_income_pk", ["agency_id", "year"])
    .addCheckConstraint("fee_income_amount_check", sql`amount_fen >= 0`)
    .execute();

  await db.schema
    .createTable("remedy_cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("case_number", "text", (c) => c.notNull())
    .addColumn("application_id", "text")
    .addColumn("filed_on", "text", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("result_on", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("remedy_cases_number_unique", ["agency_id", "kind", "case_number"])
    .addCheckConstraint(
      "remedy_cases_kind_check",
      inList("kind", ["reconsideration", "direct_suit", "suit_after_reconsideration"]),
    )
    .addCheckConstraint(
      "remedy_cases_result_check",
      inList("result", ["upheld", "corrected", "other", "pending"]),
    )
    .addCheckConstraint(
      "remedy_cases_result_on_check",
      sql`(result = 'pending' and result_on is null) or (result <> 'pending' and result_on is not null and result_on >= filed_on)`,
    )
    .execute();
  await db.schema
    .createIndex("remedy_cases_filed_idx")
    .on("remedy_cases")
    .columns(["agency_id", "filed_on"])
    .execute();
  await db.schema
    .createIndex("remedy_cases_application_idx")
    .on("remedy_cases")
    .column("application_id")
    .execute();
}
