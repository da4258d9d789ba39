import type { Kysely } from "kysely";
import type { ApplicationRow, Database } from "../../db/schema.ts";

/**
 * The applicant's applications to this agency in the month of this one's legal receipt, up to and
 * including it — what 按件 fees count (国办函〔2020〕109号: the 11th to 30th of a natural month cost
 * 100 元 each, and so on). Staff confirm the figure on the fee notice: one application asking for
 * several items may be split into several (一项内容为一件), and the law does not say whether the
 * month follows the legal receipt date (used here) or the day it was sent.
 */
export interface ApplicantMonth {
  /** `YYYY-MM` of the legal receipt date. */
  month: string;
  /** This application's place among the applicant's applications received that month (1 = the first). */
  received: number;
}

/** Null before receipt. The applicant is known by identity number, else credit code, else name and contacts. */
export async function applicantMonth(
  db: Kysely<Database>,
  row: ApplicationRow,
): Promise<ApplicantMonth | null> {
  const receivedOn = row.received_on;
  if (receivedOn === null) return null;
  const month = receivedOn.slice(0, 7);
  let q = db
    .selectFrom("applications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("agency_id", "=", row.agency_id)
    .where("received_on", ">=", `${month}-01`)
    .where("received_on", "<=", `${month}-31`)
    // Those received before it, then those of the same day registered before it.
    .where((eb) =>
      eb.or([
        eb("received_on", "<", receivedOn),
        eb.and([
          eb("received_on", "=", receivedOn),
          eb.or([
            eb("created_at", "<", row.created_at),
            eb.and([eb("created_at", "=", row.created_at), eb("id", "<=", row.id)]),
          ]),
        ]),
      ]),
    );
  if (row.id_number !== null) q = q.where("id_number", "=", row.id_number);
  else if (row.org_credit_code !== null) q = q.where("org_credit_code", "=", row.org_credit_code);
  else {
    q = q.where("applicant_name", "=", row.applicant_name);
    q = row.phone === null ? q.where("phone", "is", null) : q.where("phone", "=", row.phone);
    q = row.email === null ? q.where("email", "is", null) : q.where("email", "=", row.email);
  }
  const { n } = await q.executeTakeFirstOrThrow();
  return { month, received: Number(n) };
}
