import type { Kysely } from "kysely";
import type { ApplicationRow, Database } from "../../db/schema.ts";
import { AppError } from "../../domain/app-error.ts";
import type { ReceiptChannel } from "../../domain/applications/index.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { newId, nowIso, type ServiceContext } from "../context.ts";
import type { Applicant, Delivery, RequestedForm } from "./applicant-input.ts";
import { newApplicationNumber } from "./application-number.ts";
import { auditState } from "./apply-step.ts";
import { chinaDate } from "./china-date.ts";
import { derivedColumns } from "./derived-columns.ts";
import { hashQueryCode, newQueryCode, normalizeQueryCode } from "./query-code.ts";

export interface NewApplication {
  agencyId: string;
  applicant: Applicant;
  description: string;
  purpose: string | null;
  requestedForm: RequestedForm;
  delivery: Delivery;
  channel: ReceiptChannel;
  arrivedOn: string;
}

const NUMBER_ATTEMPTS = 8;

/**
 * Inserts a new application with an empty ledger (phase `submitted`, version 1), a fresh number
 * and query code, and its audit entry, in the caller's transaction. Returns the row and the code,
 * which is never stored in clear and so can be shown only now.
 */
export async function insertApplication(
  ctx: ServiceContext,
  tx: Kysely<Database>,
  actor: Actor,
  a: NewApplication,
): Promise<{ row: ApplicationRow; queryCode: string }> {
  const id = newId();
  const queryCode = newQueryCode();
  const at = nowIso(ctx);
  const year = Number(chinaDate(ctx.clock()).slice(0, 4));
  const p = a.applicant;
  const values = {
    id,
    agency_id: a.agencyId,
    query_code_hash: hashQueryCode(id, normalizeQueryCode(queryCode)),
    applicant_type: p.type,
    applicant_name: p.name,
    id_type: p.idType,
    id_number: p.idNumber,
    phone: p.phone,
    email: p.email,
    address: p.address,
    postal_code: p.postalCode,
    org_credit_code: p.type === "naturalPerson" ? null : p.creditCode,
    org_legal_representative: p.type === "naturalPerson" ? null : p.legalRepresentative,
    org_contact_person: p.type === "naturalPerson" ? null : p.contactPerson,
    channel: a.channel,
    arrived_on: a.arrivedOn,
    description: a.description,
    purpose: a.purpose,
    requested_form: a.requestedForm,
    delivery: a.delivery,
    correction_text: null,
    ...derivedColumns(null),
    created_at: at,
    updated_at: at,
    version: 1,
  };
  // Numbers are random: on the rare collision, draw again (ON CONFLICT keeps the transaction usable).
  for (let attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
    const row = await tx
      .insertInto("applications")
      .values({ ...values, number: newApplicationNumber(year) })
      .onConflict((oc) => oc.column("number").doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) {
      await recordAudit(tx, {
        at,
        actor,
        agencyId: a.agencyId,
        action: "create",
        entity: "application",
        entityId: id,
        after: { ...auditState(row), channel: row.channel, applicantType: row.applicant_type },
      });
      return { row, queryCode };
    }
  }
  throw new AppError("INTERNAL", "暂时无法分配申请编号，请稍后重试");
}
