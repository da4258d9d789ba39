import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import type { LedgerEvent } from "../applications/index.ts";
import { type ComposedLetter, composeLetter } from "./compose-letter.ts";
import { defaultTemplate } from "./default-templates.ts";
import type { LetterAgency, LetterApplication, LetterRecord, LetterRequest } from "./letter-request.ts";
import { letterText, renderLetter } from "./render-letter.ts";

/** Sample records for letter tests: a county government with its remedies bodies, one applicant. */

export const AGENCY: LetterAgency = {
  name: "甲市一县人民政府办公室",
  address: "甲市一县人民路1号",
  postalCode: "350100",
  phone: "0591-12345678",
  reconsiderationBody: "甲市一县人民政府",
  court: "甲市一县人民法院",
};

export const APPLICATION: LetterApplication = {
  number: "2026-0001-0002-5",
  applicantName: "张三丰",
  description: "2025年本县农村公路维修工程的招标文件及中标结果。",
  requestedForm: "electronic",
  requestedFormLabel: "电子数据",
  delivery: "email",
  email: "zhangsan@example.cn",
  address: "北京市西城区府右街2号",
};

const calendar = builtinWorkCalendar();

export function sampleRecord(ledger: LedgerEvent[], over: Partial<LetterRecord> = {}): LetterRecord {
  return {
    agency: AGENCY,
    application: APPLICATION,
    ledger,
    calendar,
    settings: { paymentMethod: "通过非税收入电子缴款系统缴纳，缴款码见本通知书附页", signer: null },
    ...over,
  };
}

/** Composes and renders a letter with the default wording and a sample number. */
export function sampleLetter(
  ledger: LedgerEvent[],
  request: LetterRequest,
  over: Partial<LetterRecord> = {},
) {
  const composed = composeLetter(sampleRecord(ledger, over), request);
  const content = renderLetter(composed, defaultTemplate(composed.kind), "甲政信复〔2026〕1号");
  return { composed, content, text: letterText(content) };
}

/** The values of the letter's required variables that its text lacks (none, for a lawful letter). */
export function missingElements(composed: ComposedLetter, text: string): string[] {
  return composed.required.filter((name) => {
    const value = composed.values[name];
    const parts = value === undefined ? [""] : typeof value === "string" ? [value] : value;
    return parts.some((part) => part.trim() === "" || !text.includes(part));
  });
}
