/**
 * Applications for disclosure as stored and handled: the use cases the HTTP routes, the public
 * portal and the CLI call. See docs/applications.md.
 */
export {
  type Applicant as ApplicantInputParsed,
  type ApplicantInput,
  DELIVERY_LABELS,
  type Delivery,
  ID_TYPE_LABELS,
  type IdType,
  REQUESTED_FORM_LABELS,
  type RequestedForm,
} from "./applicant-input.ts";
export {
  type OnlineSubmissionInput,
  onlineSubmissionSchema,
  RECEIPT_DATES,
  type RegistrationInput,
  receiptSchema,
  registrationSchema,
} from "./application-input.ts";
export { newApplicationNumber, normalizeApplicationNumber } from "./application-number.ts";
export {
  APPLICATION_PHASE_LABELS,
  type Applicant,
  type ApplicationPhase,
  type ApplicationRequest,
  type ApplicationSummary,
} from "./application-view.ts";
export { STALE_VERSION_MESSAGE } from "./apply-step.ts";
export type { AttachmentInfo } from "./attachment-store.ts";
export {
  ATTACHMENT_KINDS,
  type AttachmentKind,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_APPLICATION,
  type UploadedFile,
} from "./attachment-types.ts";
export { addAttachment, listAttachments, readAttachment } from "./attachments.ts";
export { applicationCalendar } from "./calendar-in-force.ts";
export { chinaDate } from "./china-date.ts";
export {
  type ApplicationDetail,
  type ClockExplained,
  getApplication,
  getApplicationClock,
} from "./get-application.ts";
export type { StoredEvent } from "./ledger-store.ts";
export {
  type ApplicationListQuery,
  type ApplicationPage,
  listApplications,
  listQuerySchema,
} from "./list-applications.ts";
export { type PublicCredentials, WRONG_NUMBER_OR_CODE } from "./public-access.ts";
export { type CorrectionInput, MAX_CORRECTION_FILES, submitCorrection } from "./public-correction.ts";
export { type PublicStatus, publicStatus } from "./public-status.ts";
export { normalizeQueryCode } from "./query-code.ts";
export { confirmReceipt, recordStep, type StepRecorded } from "./record-step.ts";
export { type DeadlinesRefreshed, refreshDeadlines } from "./refresh-deadlines.ts";
export { type Registered, registerApplication } from "./register-application.ts";
export { MAX_SUBMISSION_FILES, type SubmissionReceipt, submitOnline } from "./submit-online.ts";
export { type CarryOver, openApplicationsAtYearEnd } from "./year-end.ts";
