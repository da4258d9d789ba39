import type { ApplicationPhaseValue, ApplicationRow } from "../../db/schema.ts";
import {
  type ApplicantType,
  type LedgerEvent,
  type Outcome,
  PHASE_LABELS,
  type ReceiptChannel,
} from "../../domain/applications/index.ts";
import type { Actor } from "../actor.ts";
import { maskAddress, maskEmail, maskIdNumber, maskName, maskPhone } from "../privacy/mask.ts";
import type { Delivery, IdType, RequestedForm } from "./applicant-input.ts";

/**
 * Applications as services return them. Personal data is in full only for the handling agency's
 * own staff (and the system actor); everyone else who may read the application gets it masked,
 * and `masked` says so.
 */

/** The domain's phases plus `submitted`: online, not yet confirmed as received (第31条). */
export type ApplicationPhase = ApplicationPhaseValue;

export const APPLICATION_PHASE_LABELS: Record<ApplicationPhase, string> = {
  submitted: "已提交、待确认收到",
  ...PHASE_LABELS,
};

export interface Applicant {
  type: ApplicantType;
  /** The natural person's name, or the organisation's name. */
  name: string;
  idType: IdType | null;
  idNumber: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  postalCode: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  contactPerson: string | null;
}

/** One line of a list. */
export interface ApplicationSummary {
  id: string;
  agencyId: string;
  number: string;
  applicantType: ApplicantType;
  applicantName: string;
  channel: ReceiptChannel;
  arrivedOn: string;
  /** The legal receipt date; null while an online submission awaits confirmation. */
  receivedOn: string | null;
  /** The first 100 characters of the description. */
  descriptionExcerpt: string;
  phase: ApplicationPhase;
  phaseLabel: string;
  open: boolean;
  replyDueOn: string | null;
  /** The reply deadline reaches a year whose official schedule is not loaded: computed from weekends alone. */
  dueProvisional: boolean;
  closedOn: string | null;
  outcome: Outcome | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** True when the personal data above and below is masked for this reader. */
  masked: boolean;
}

/** Whether `actor` sees the personal data of applications handled by `agencyId` in full. */
export function seesInFull(actor: Actor, agencyId: string): boolean {
  return actor.kind === "system" || actor.agencyId === agencyId;
}

/**
 * A step as readers outside the handling agency see it: free text — a note, the name of a consulted
 * third party — can name a person, so it stays with the agency that handles the application.
 */
export function maskedLedgerEvent(event: LedgerEvent): LedgerEvent {
  const { note: _, ...rest } = event;
  return rest.type === "consultationSent" ? { ...rest, name: undefined } : rest;
}

function isPerson(r: ApplicationRow): boolean {
  return r.applicant_type === "naturalPerson";
}

export function toSummary(r: ApplicationRow, masked: boolean): ApplicationSummary {
  const phase = r.phase;
  return {
    id: r.id,
    agencyId: r.agency_id,
    number: r.number,
    applicantType: r.applicant_type as ApplicantType,
    // An organisation's name is not personal data; a person's is.
    applicantName: masked && isPerson(r) ? maskName(r.applicant_name) : r.applicant_name,
    channel: r.channel as ReceiptChannel,
    arrivedOn: r.arrived_on,
    receivedOn: r.received_on,
    descriptionExcerpt: [...r.description].slice(0, 100).join(""),
    phase,
    phaseLabel: APPLICATION_PHASE_LABELS[phase],
    open: r.closed_on === null,
    replyDueOn: r.reply_due_on,
    dueProvisional: r.due_provisional === 1,
    closedOn: r.closed_on,
    outcome: r.outcome as Outcome | null,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    masked,
  };
}

const maybe = (v: string | null, mask: (s: string) => string, masked: boolean) =>
  v === null || !masked ? v : mask(v);

export function toApplicant(r: ApplicationRow, masked: boolean): Applicant {
  return {
    type: r.applicant_type as ApplicantType,
    name: masked && isPerson(r) ? maskName(r.applicant_name) : r.applicant_name,
    idType: r.id_type as IdType | null,
    idNumber: maybe(r.id_number, maskIdNumber, masked),
    phone: maybe(r.phone, maskPhone, masked),
    email: maybe(r.email, maskEmail, masked),
    address: maybe(r.address, maskAddress, masked),
    postalCode: maybe(r.postal_code, (s) => "*".repeat(s.length), masked),
    creditCode: r.org_credit_code,
    legalRepresentative: maybe(r.org_legal_representative, maskName, masked),
    contactPerson: maybe(r.org_contact_person, maskName, masked),
  };
}

/** The request itself: what is asked for and how it is to be provided. */
export interface ApplicationRequest {
  description: string;
  purpose: string | null;
  requestedForm: RequestedForm;
  delivery: Delivery;
  /** The applicant's corrected text, once received (第30条). */
  correctionText: string | null;
}

export function toRequest(r: ApplicationRow): ApplicationRequest {
  return {
    description: r.description,
    purpose: r.purpose,
    requestedForm: r.requested_form as RequestedForm,
    delivery: r.delivery as Delivery,
    correctionText: r.correction_text,
  };
}
