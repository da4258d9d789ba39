/**
 * Notice letters as stored and issued: settings and wording per agency, issuing with gapless
 * document numbers, reading and downloading, delivery (which feeds the ledger where the law counts
 * from receipt), and the applicant's letters on the status page. See docs/letters.md.
 */

export { issueLetter, type LetterPreview, previewLetter } from "./issue-letter.ts";
export {
  getLetterSettings,
  type LetterSettings,
  type LetterSettingsInput,
  SERIES_LABELS,
  updateLetterSettings,
} from "./letter-settings.ts";
export {
  getLetterTemplate,
  type LetterTemplateHistory,
  type LetterTemplateInput,
  type LetterTemplateView,
  listLetterTemplates,
  saveLetterTemplate,
  type TemplateVariable,
} from "./letter-templates.ts";
export {
  DELIVERY_METHOD_LABELS,
  type LetterDelivery,
  type LetterDetail,
  type LetterSummary,
} from "./letter-view.ts";
export {
  type ApplicationLetters,
  DOCX_MEDIA_TYPE,
  getLetter,
  type LetterFile,
  letterDocx,
  letterPdfFile,
  listApplicationLetters,
} from "./list-letters.ts";
export { type PublicLetter, publicLetterDocx, publicLetters } from "./public-letters.ts";
export { type DeliveryInput, type DeliveryRecorded, recordDelivery } from "./record-delivery.ts";
