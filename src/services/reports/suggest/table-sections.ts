import type { SuggestionInput } from "./facts.ts";

/** Section 二: the sentence that leads into table 二. */
export function suggestProactive(_input: SuggestionInput): string {
  return "本年度主动公开政府信息情况如下：";
}

/** Section 三: the sentence that leads into table 三 (the figures are discussed in section 一). */
export function suggestApplications(_input: SuggestionInput): string {
  return "本年度收到和处理政府信息公开申请情况如下：";
}

const RESULTS = [
  ["upheld", "结果维持"],
  ["corrected", "结果纠正"],
  ["other", "其他结果"],
  ["pending", "尚未审结"],
] as const;

type Result = (typeof RESULTS)[number][0];

/** The four results and the total of one or more table 四 groups, summed. */
function groupFigures(input: SuggestionInput, groups: string[]): Record<Result | "total", number> {
  const { columns } = input.format.litigation;
  const sum = (result: string) =>
    columns.reduce(
      (s, c, i) =>
        groups.includes(c.group) && c.result === result ? s + (input.tables.litigation[i] ?? 0) : s,
      0,
    );
  return {
    upheld: sum("upheld"),
    corrected: sum("corrected"),
    other: sum("other"),
    pending: sum("pending"),
    total: sum("total"),
  };
}

function resultList(figures: Record<Result | "total", number>): string {
  const listed = RESULTS.filter(([key]) => figures[key] > 0).map(
    ([key, label]) => `${label}${figures[key]}件`,
  );
  return listed.length > 0 ? `，其中${listed.join("、")}` : "";
}

/**
 * Section 四: the cases of the year, counted as table 四 counts them (decided in the year, or still
 * pending at its end, whatever the filing year), then the lead into the table.
 */
export function suggestLitigation(input: SuggestionInput): string {
  const reconsideration = groupFigures(input, ["reconsideration"]);
  const suits = groupFigures(input, ["directSuit", "suitAfterReconsideration"]);
  if (reconsideration.total === 0 && suits.total === 0) {
    return "本年度没有因政府信息公开工作引起的行政复议和行政诉讼案件。具体情况如下：";
  }
  const parts: string[] = [];
  parts.push(
    reconsideration.total > 0
      ? `本年度审结或尚未审结的政府信息公开行政复议案件共${reconsideration.total}件${resultList(reconsideration)}。`
      : "本年度没有政府信息公开行政复议案件。",
  );
  parts.push(
    suits.total > 0
      ? `本年度审结或尚未审结的政府信息公开行政诉讼案件共${suits.total}件${resultList(suits)}。`
      : "本年度没有政府信息公开行政诉讼案件。",
  );
  parts.push("具体情况如下：");
  return parts.join("");
}
