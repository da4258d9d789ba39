import type { FieldIssue } from "../../domain/app-error.ts";
import type { OnlineSubmissionInput, UploadedFile } from "../../services/applications/index.ts";
import { uploadedFilesOf } from "./uploads.ts";

/**
 * The application form as the browser posts it (flat field names, empty strings for blanks, files)
 * turned into what `submitOnline` takes — and the service's field issues turned back into one
 * message per form field, in Chinese with no internal codes.
 */

/** The form's text fields in the order they appear (the error summary follows it). */
export const APPLICATION_FIELDS = [
  "applicantType",
  "name",
  "idType",
  "idNumber",
  "creditCode",
  "legalRepresentative",
  "contactPerson",
  "phone",
  "email",
  "address",
  "postalCode",
  "description",
  "purpose",
  "requestedForm",
  "delivery",
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/** The error summary's order: the text fields, then the files. */
export const APPLICATION_FORM_ORDER: readonly string[] = [...APPLICATION_FIELDS, "attachments"];

export type FormValues = Partial<Record<ApplicationField, string>>;

const APPLICANT_FIELDS: Record<string, ApplicationField> = {
  type: "applicantType",
  name: "name",
  idType: "idType",
  idNumber: "idNumber",
  phone: "phone",
  email: "email",
  address: "address",
  postalCode: "postalCode",
  creditCode: "creditCode",
  legalRepresentative: "legalRepresentative",
  contactPerson: "contactPerson",
};

export interface ParsedApplicationForm {
  values: FormValues;
  files: UploadedFile[];
}

/** Text values (trimmed of nothing: the service trims) and the non-empty files of a posted form. */
export async function readApplicationForm(body: Record<string, unknown>): Promise<ParsedApplicationForm> {
  const values: FormValues = {};
  for (const field of APPLICATION_FIELDS) {
    const v = body[field];
    if (typeof v === "string") values[field] = v;
  }
  const files = await uploadedFilesOf(body.attachments);
  return { values, files };
}

/** The service's input: blanks left out, so that an unanswered choice reads as missing, not invalid. */
export function submissionInput(agencyId: string, values: FormValues): OnlineSubmissionInput {
  const v = (field: ApplicationField) => {
    const s = values[field];
    return s === undefined || s.trim() === "" ? undefined : s;
  };
  return {
    agencyId,
    applicant: {
      type: v("applicantType") as never,
      name: v("name") as string,
      idType: v("idType") as never,
      idNumber: v("idNumber"),
      phone: v("phone"),
      email: v("email"),
      address: v("address"),
      postalCode: v("postalCode"),
      creditCode: v("creditCode"),
      legalRepresentative: v("legalRepresentative"),
      contactPerson: v("contactPerson"),
    },
    description: v("description") as string,
    purpose: v("purpose"),
    requestedForm: v("requestedForm") as never,
    delivery: v("delivery") as never,
  };
}

/** Choices whose service message lists internal codes: the form says it in its own words. */
const CHOICE_MESSAGES: Partial<Record<ApplicationField, string>> = {
  applicantType: "请选择申请人类型",
  idType: "请选择身份证件类型",
  requestedForm: "请选择获取信息的方式",
  delivery: "请选择获取信息的途径",
};

/** The form field an issue belongs to (`attachments` for any file), or null for none of them. */
export function fieldOfIssue(path: readonly (string | number)[]): string | null {
  const [head, sub] = path;
  if (head === "applicant" && typeof sub === "string") return APPLICANT_FIELDS[sub] ?? null;
  if (head === "attachments") return "attachments";
  return typeof head === "string" && (APPLICATION_FIELDS as readonly string[]).includes(head) ? head : null;
}

/**
 * One message per field (several problems of one field joined), choice fields in plain words.
 * Issues on no field of the form go under `""`.
 */
export function formErrors(issues: readonly FieldIssue[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path) ?? "";
    const choice = CHOICE_MESSAGES[field as ApplicationField];
    const message = choice && /只能是以下之一|无效/.test(issue.message) ? choice : issue.message;
    const before = errors.get(field);
    if (before === undefined) errors.set(field, message);
    else if (!before.includes(message)) errors.set(field, `${before}；${message}`);
  }
  return errors;
}
