import type { ComposedLetter } from "./compose-letter.ts";
import { chineseDate } from "./letter-format.ts";
import type { LetterKind } from "./letter-kinds.ts";
import { fillTemplate, type LetterTemplate } from "./letter-template.ts";

/**
 * A letter as printed, independent of the output format: the Word file, the HTML of the status
 * page and the stored record are all made from this one object.
 */
export interface LetterContent {
  kind: LetterKind;
  title: string;
  /** 甲政信复〔2026〕3号; null in a preview (the number is given when the letter is issued). */
  documentNumber: string | null;
  /** The salutation line without its colon: the applicant, the third party or the agency. */
  addressee: string;
  paragraphs: string[];
  /** The issuing agency at the foot, over the date, where the seal goes. */
  signer: string;
  /** The date as printed: 2026年3月5日. */
  date: string;
  /** Lines under the date (附注): the agency's phone and address. */
  notes: string[];
}

/** What a preview prints where the document number will be. */
export const PREVIEW_NUMBER = "（文号在出具时生成）";

/**
 * Lays a composed letter out with its wording: the template filled with the letter's values, the
 * document number under the title, the addressee, the signature and date, the agency's contact.
 */
export function renderLetter(
  letter: ComposedLetter,
  template: LetterTemplate,
  documentNumber: string | null,
): LetterContent {
  const contact = letter.values.agencyContact;
  const filled = fillTemplate(letter.kind, template, letter.values, letter.required);
  return {
    kind: letter.kind,
    title: filled.title,
    documentNumber,
    addressee: letter.addressee,
    paragraphs: filled.paragraphs,
    signer: letter.signer,
    date: chineseDate(letter.date),
    notes: typeof contact === "string" && contact !== "" ? [`（${contact}）`] : [],
  };
}

/** The whole letter as plain text, one paragraph a line: for search, checks and tests. */
export function letterText(content: LetterContent): string {
  return [
    content.title,
    content.documentNumber ?? PREVIEW_NUMBER,
    `${content.addressee}：`,
    ...content.paragraphs,
    content.signer,
    content.date,
    ...content.notes,
  ].join("\n");
}
