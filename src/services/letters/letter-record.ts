import type { Kysely } from "kysely";
import type { AgencyRow, ApplicationRow, Database } from "../../db/schema.ts";
import type { LetterRecord } from "../../domain/letters/index.ts";
import { REQUESTED_FORM_LABELS, type RequestedForm } from "../applications/applicant-input.ts";
import { applicationCalendar } from "../applications/calendar-in-force.ts";
import { readLedger } from "../applications/ledger-store.ts";
import { type LetterSettings, readLetterSettings } from "./letter-settings.ts";

/**
 * The application's own record as the letters domain reads it: the agency (names, contact, the
 * bodies named in the remedies), the application, its ledger, the calendar in force and the
 * agency's letter settings.
 */
export async function loadLetterRecord(
  db: Kysely<Database>,
  app: ApplicationRow,
): Promise<{ record: LetterRecord; settings: LetterSettings; agency: AgencyRow }> {
  const [agency, events, calendar] = await Promise.all([
    db.selectFrom("agencies").selectAll().where("id", "=", app.agency_id).executeTakeFirstOrThrow(),
    readLedger(db, app.id),
    applicationCalendar(db),
  ]);
  const settings = await readLetterSettings(db, agency);
  const record: LetterRecord = {
    agency: {
      name: agency.name,
      address: agency.address,
      postalCode: agency.postal_code,
      phone: agency.phone,
      reconsiderationBody: agency.reconsideration_body,
      court: agency.court,
    },
    application: {
      number: app.number,
      applicantName: app.applicant_name,
      description: app.description,
      requestedForm: app.requested_form,
      requestedFormLabel: REQUESTED_FORM_LABELS[app.requested_form as RequestedForm] ?? app.requested_form,
      delivery: app.delivery,
      email: app.email,
      address: app.address,
    },
    ledger: events.map((e) => e.event),
    calendar,
    settings: { paymentMethod: settings.paymentMethod, signer: settings.signer },
  };
  return { record, settings, agency };
}
