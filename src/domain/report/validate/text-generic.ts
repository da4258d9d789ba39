import type { Finding } from "../finding.ts";
import { type CheckContext, makeFinding } from "./context.ts";

/** Below this many characters section 五 cannot name problems, measures and last year's follow-up. */
const MIN_CHARS = 80;
/** Wordings of a concrete shortcoming. 问题 and 差距 alone are not: every template says 存在一定差距. */
const PROBLEM =
  /有待|不足|不够|不强|不高|不到位|不完善|不健全|不及时|不规范|不全面|不平衡|不统一|不深入|不充分|薄弱|欠缺|短板|滞后|缺乏|单一|偏低/g;
/** Markers of enumerated points: 一是, （一）, 1. / 1、, ①, 第一, 首先 / 其次. */
const ENUMERATION =
  /[一二三四五六七八九十]是|（[一二三四五六七八九十]）|\([1-9一二三四五六七八九]\)|（[1-9]）|(?<![\d.])[1-9][.、．](?!\d)|[①-⑩]|第[一二三四五]，|首先|其次/g;
const MEASURES = /改进|整改|下一步|针对|今后|将(?:进一步|继续|持续|着力|加强|切实|重点)|措施|计划/;
const LAST_YEAR = /上一?年度?|去年|往年|以往/;
const FOLLOW_UP = /整改|改进|落实|解决|完成|改正|整治|销号/;
const SENTENCE = /[。；;！？!?]/;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Whether one sentence speaks of last year (上年度, or the year number) and of its follow-up. */
function followsUpLastYear(text: string, year: number | null): boolean {
  const yearBefore = year === null ? null : `${year - 1}年`;
  return text
    .split(SENTENCE)
    .some((s) => (LAST_YEAR.test(s) || (yearBefore !== null && s.includes(yearBefore))) && FOLLOW_UP.test(s));
}

/**
 * `text.generic`: section 五 names concrete problems and what was done about last year's. Transparent
 * heuristics, each named in the message when it fails: long enough (≥ 80 characters); at least two
 * statements of a shortcoming (有待…, 不够…, 薄弱…); points enumerated (一是/（一）/1.); improvement
 * measures (下一步, 针对, 整改…); and a sentence about last year's problems and their rectification.
 */
export function checkTextGeneric(ctx: CheckContext): Finding[] {
  const def = ctx.format.sections.find((s) => s.key === "problems");
  const heading = def ? `“${def.number}、${def.label}”` : "第五部分";
  const text = ctx.prose.section("problems");
  if (text === null) {
    return [makeFinding("text.generic", `报告没有${heading}部分，无法看到存在的问题和改进情况；请补上`)];
  }
  const missing: string[] = [];
  if (text.length < MIN_CHARS) missing.push(`内容过短（仅 ${text.length} 字）`);
  if (count(PROBLEM, text) < 2) missing.push("没有写出具体问题（如“……有待加强”“……不够规范”）");
  if (count(ENUMERATION, text) < 2) missing.push("问题或措施没有分条列出（如“一是……二是……”）");
  if (!MEASURES.test(text)) missing.push("没有写出改进措施（如“下一步将……”“针对……”）");
  if (!followsUpLastYear(text, ctx.report.year)) {
    missing.push("没有说明上年度问题的整改情况（如“针对上年度……的问题，已……”）");
  }
  if (missing.length === 0) return [];
  return [
    makeFinding(
      "text.generic",
      `${heading}写得较笼统：${missing.join("；")}。请写明本年存在的具体问题、改进措施和上年问题的整改结果`,
    ),
  ];
}
