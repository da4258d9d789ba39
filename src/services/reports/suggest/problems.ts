import { applicationsTotal, groupTotal, percent, placeholder, type SuggestionInput } from "./facts.ts";

/** A problem the records show, and the measure that answers it. */
interface Finding {
  problem: string;
  measure: string;
}

const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八"];
/** Results of this share or more of the year's handled applications are worth a sentence. */
const NOTABLE_SHARE = 0.2;
/** Growth of applications at which capacity becomes a problem. */
const NOTABLE_GROWTH = 0.3;

/** The problems the year's figures point at, most pressing first. */
function problemsFromRecords(input: SuggestionInput): Finding[] {
  const { format, tables, replies, previous } = input;
  const total = (key: string) => applicationsTotal(format, tables, key);
  const handled = total("total");
  const found: Finding[] = [];
  const late = replies.replied - replies.onTime;
  if (late > 0) {
    found.push({
      problem: `依申请公开办理时效有待提高，本年度有${late}件申请未在法定期限内答复`,
      measure: "严格执行答复期限提醒和延期审批制度，确保每件申请在法定期限内答复",
    });
  }
  const corrected = input.format.litigation.columns.reduce(
    (s, c, i) => (c.result === "corrected" ? s + (tables.litigation[i] ?? 0) : s),
    0,
  );
  if (corrected > 0) {
    found.push({
      problem: `答复的规范性有待加强，本年度行政复议、行政诉讼结果为纠正的案件有${corrected}起`,
      measure: "加强答复文书的合法性审查，对被纠正的案件逐件分析原因、举一反三",
    });
  }
  const notHeld = total("unableNotHeld");
  if (handled > 0 && notHeld / handled >= NOTABLE_SHARE) {
    found.push({
      problem:
        `申请人对政府信息的制作、保存机关了解不够，因本机关不掌握相关政府信息而无法提供的占办结总数的${percent(notHeld, handled)}%，` +
        "申请指引工作有待加强",
      measure: "在政府信息公开指南和申请页面中写明各类信息的制作、保存机关，加强受理前的沟通引导",
    });
  }
  const petitions = total("notProcessedPetition");
  if (handled > 0 && petitions / handled >= NOTABLE_SHARE) {
    found.push({
      problem: `以政府信息公开申请形式反映信访、举报、投诉事项的较多，占办结总数的${percent(petitions, handled)}%，分类引导不够到位`,
      measure: "对信访、举报、投诉类诉求及时告知申请人通过相应渠道提出，并做好解释说明",
    });
  }
  const received = total("new");
  const before = previous ? applicationsTotal(format, previous.tables, "new") : 0;
  if (before > 0 && (received - before) / before >= NOTABLE_GROWTH) {
    found.push({
      problem: `新收申请较上年增长${percent(received - before, before)}%，办理力量不足的问题较为突出`,
      measure: "合理调配办理力量，完善疑难申请会商机制",
    });
  }
  const refused = groupTotal(format, tables, "refused");
  if (handled > 0 && refused / handled >= NOTABLE_SHARE) {
    found.push({
      problem: `不予公开的占办结总数的${percent(refused, handled)}%，公开属性认定不够精准`,
      measure: "规范公开属性认定，对不予公开的答复逐件说明理由和依据",
    });
  }
  return found;
}

/** The enumerated points of last year's section 五 (一是……), each cut at its first comma. */
function lastYearsPoints(input: SuggestionInput): string[] {
  const previous = input.previous;
  if (previous === null) return [];
  const text = previous.sections
    .filter((s) => s.key === "problems")
    .map((s) => s.text)
    .join("\n");
  return text
    .split(/[一二三四五六七八九十]是/)
    .slice(1)
    .map((p) => (p.split(/[，,；;。：:]/)[0] ?? "").trim())
    .filter((p) => p.length >= 4 && !p.includes("【"))
    .slice(0, 3);
}

/**
 * Section 五 存在的主要问题及改进情况: the problems the records show (late replies, corrected cases, a
 * large share of one result, fast growth), each with its measure, one point left for what only
 * staff know, and last year's problems named from last year's report with their rectification to be
 * written in.
 */
export function suggestProblems(input: SuggestionInput): string {
  const found = problemsFromRecords(input);
  const problems = [
    ...found.map((f) => f.problem),
    placeholder("本机关在主动公开、政策解读、平台建设等方面仍存在的不足"),
  ];
  const measures = [...found.map((f) => f.measure), placeholder("针对上述不足的具体改进措施")];
  const points = (items: string[]) => items.map((p, i) => `${ORDINALS[i] ?? i + 1}是${p}`).join("；");
  const lastYear = lastYearsPoints(input);
  const followUp =
    lastYear.length > 0
      ? `针对上年度报告提出的“${lastYear.join("”“")}”等问题，本机关已${placeholder("逐项写明整改措施和整改结果")}。`
      : `${placeholder("逐项写明上年度报告所列问题的整改措施和整改结果")}。`;
  return [
    `（一）存在的主要问题。${points(problems)}。`,
    `（二）改进措施。下一步，本机关将：${points(measures)}。`,
    `（三）上年度问题整改情况。${followUp}`,
  ].join("\n");
}
