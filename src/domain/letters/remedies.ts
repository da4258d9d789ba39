import { REMEDIES } from "../applications/index.ts";
import type { LetterAgency } from "./letter-request.ts";

/** Wording when the agency has not recorded its reconsideration body or court. */
export const DEFAULT_RECONSIDERATION_BODY = "有管辖权的行政复议机关";
export const DEFAULT_COURT = "有管辖权的人民法院";

/**
 * The remedies sentence (条例 第51条): administrative reconsideration within 60 days (行政复议法
 * 第二十条) or a lawsuit within 6 months (行政诉讼法 第四十六条), both counted from receipt of the
 * letter, naming the bodies from the agency's record — or saying "the competent" one when absent.
 * @param opening the clause that says what is contested, e.g. 如对本答复不服
 * @param letter how the letter calls itself: 本答复, 本告知书
 * @example remediesSentence({ …, reconsiderationBody: "甲市人民政府", court: "甲市一县人民法院" }, "如对本答复不服", "本答复")
 *   // "如对本答复不服，可以自收到本答复之日起60日内依法向甲市人民政府申请行政复议，或者自收到本答复之日起6个月内依法向甲市一县人民法院提起行政诉讼。"
 */
export function remediesSentence(agency: LetterAgency, opening: string, letter: string): string {
  const body = agency.reconsiderationBody?.trim() || DEFAULT_RECONSIDERATION_BODY;
  const court = agency.court?.trim() || DEFAULT_COURT;
  return (
    `${opening}，可以自收到${letter}之日起${REMEDIES.reconsideration.days}日内依法向${body}申请行政复议，` +
    `或者自收到${letter}之日起${REMEDIES.lawsuit.months}个月内依法向${court}提起行政诉讼。`
  );
}
