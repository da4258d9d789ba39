import type { LetterDeliveryRow, LetterRow } from "../../db/schema.ts";
import {
  type Audience,
  kindInfo,
  type LetterContent,
  type LetterKind,
  type LetterValues,
  type NumberSeries,
} from "../../domain/letters/index.ts";
import { maskName } from "../privacy/mask.ts";

/** Letters as services return them. */

export const DELIVERY_METHOD_LABELS = {
  post: "邮寄",
  email: "电子邮件",
  inPerson: "当面送达",
  online: "网上送达",
} as const;

export interface LetterDelivery {
  method: keyof typeof DELIVERY_METHOD_LABELS;
  methodLabel: string;
  deliveredOn: string;
  note: string | null;
  /** The ledger step the delivery added (a notice whose time limit runs from receipt), or null. */
  eventSeq: number | null;
  recordedAt: string;
}

export interface LetterSummary {
  id: string;
  applicationId: string;
  agencyId: string;
  kind: LetterKind;
  label: string;
  title: string;
  documentNumber: string;
  series: NumberSeries;
  year: number;
  number: number;
  /** The ledger step the letter writes up, and the consultation's ref. */
  stepSeq: number;
  stepRef: string | null;
  audience: Audience;
  addressee: string;
  letterDate: string;
  /** The agency's wording version used; 0 for the default wording. */
  templateVersion: number;
  issuedAt: string;
  issuedBy: string | null;
  delivery: LetterDelivery | null;
}

export interface LetterDetail extends LetterSummary {
  /** Exactly as issued. */
  content: LetterContent;
  values: LetterValues;
  /** The HTML fragment (`<article class="gk-letter">`); style it with LETTER_CSS. */
  html: string;
  docxSha256: string;
  docxSize: number;
}

export function toDelivery(d: LetterDeliveryRow): LetterDelivery {
  return {
    method: d.method,
    methodLabel: DELIVERY_METHOD_LABELS[d.method],
    deliveredOn: d.delivered_on,
    note: d.note,
    eventSeq: d.event_seq,
    recordedAt: d.recorded_at,
  };
}

/** A summary; `maskPerson` masks a natural person's name for readers outside the handling agency. */
export function toLetterSummary(
  r: LetterRow,
  d: LetterDeliveryRow | undefined,
  maskPerson = false,
): LetterSummary {
  const kind = r.kind as LetterKind;
  return {
    id: r.id,
    applicationId: r.application_id,
    agencyId: r.agency_id,
    kind,
    label: kindInfo(kind).label,
    title: (JSON.parse(r.content) as LetterContent).title,
    documentNumber: r.document_number,
    series: r.series as NumberSeries,
    year: r.year,
    number: r.number,
    stepSeq: r.step_seq,
    stepRef: r.step_ref === "" ? null : r.step_ref,
    audience: r.audience,
    addressee: maskPerson ? maskName(r.addressee) : r.addressee,
    letterDate: r.letter_date,
    templateVersion: r.template_version,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
    delivery: d ? toDelivery(d) : null,
  };
}

export function toLetterDetail(r: LetterRow, d: LetterDeliveryRow | undefined): LetterDetail {
  return {
    ...toLetterSummary(r, d),
    content: JSON.parse(r.content) as LetterContent,
    values: JSON.parse(r.letter_values) as LetterValues,
    html: r.html,
    docxSha256: r.docx_sha256,
    docxSize: r.docx_size,
  };
}

/** A file name for downloads: the document number and the title. */
export function letterFileName(
  r: { document_number: string; content: string },
  extension: "docx" | "pdf",
): string {
  const title = (JSON.parse(r.content) as LetterContent).title;
  return `${r.document_number}${title}.${extension}`.replace(/[\\/:*?"<>|\s]+/g, "_");
}
