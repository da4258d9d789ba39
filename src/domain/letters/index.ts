/**
 * Notice letters (告知书, 答复书) as pure domain code: the kinds, what each must say (its required
 * variables), the default wording and the checking of an agency's own, the composition of a letter
 * from the application's record (ledger dates on the calendar in force), document-number patterns,
 * and the format-independent content that the Word and HTML renderers print. See docs/letters.md.
 */
export {
  type ComposedLetter,
  composeLetter,
  withoutEndPunctuation,
} from "./compose-letter.ts";
export { correctionItems } from "./compose-procedural.ts";
export { defaultTemplate } from "./default-templates.ts";
export {
  defaultNumberPatterns,
  formatDocumentNumber,
  MAX_PATTERN_LENGTH,
  numberPatternIssues,
} from "./document-number.ts";
export { FEE_RATES, feeValues } from "./fee-wording.ts";
export { amountInWords, chineseDate, citeBasis, yuan } from "./letter-format.ts";
export {
  type Audience,
  isLetterKind,
  type KindInfo,
  kindInfo,
  LETTER_KINDS,
  type LetterKind,
  NUMBER_SERIES,
  type NumberSeries,
  PROCEDURAL_KINDS,
  type ProceduralKind,
  REPLY_KINDS,
  type ReplyKind,
  replyOutcome,
  SERIES_KEYS,
} from "./letter-kinds.ts";
export {
  type LetterAgency,
  type LetterApplication,
  type LetterRecord,
  type LetterRequest,
  type LetterRequestKind,
  letterRequestSchema,
} from "./letter-request.ts";
export {
  checkTemplate,
  type FilledTemplate,
  fillTemplate,
  type LetterTemplate,
  MAX_BODY_LENGTH,
  MAX_TITLE_LENGTH,
} from "./letter-template.ts";
export {
  availableVariables,
  describeVariable,
  type LetterValues,
  LIST_VARIABLES,
  REPLY_ITEM_VARIABLES,
  requiredVariables,
  VARIABLE_LABELS,
  type VariableName,
} from "./letter-variables.ts";
export { type LetterDue, lettersCalledFor } from "./letters-called-for.ts";
export { DEFAULT_COURT, DEFAULT_RECONSIDERATION_BODY, remediesSentence } from "./remedies.ts";
export { type LetterContent, letterText, PREVIEW_NUMBER, renderLetter } from "./render-letter.ts";
export { DECISIONS } from "./reply-wording.ts";
