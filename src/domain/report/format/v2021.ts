import { RULES } from "./rules.ts";
import { APPLICANT_COLUMNS, APPLICATIONS_HEADERS, LITIGATION } from "./shared-parts.ts";
import type { ApplicationRowDef, ReportFormat } from "./types.ts";

/** Result rows of table 三 grouped under （三）–（六）; shared with the 2019 format except （六）. */
export const REFUSED_ROWS: ApplicationRowDef[] = [
  { key: "refusedStateSecret", kind: "result", number: "1.", label: "属于国家秘密", group: "refused" },
  {
    key: "refusedProhibitedByLaw",
    kind: "result",
    number: "2.",
    label: "其他法律行政法规禁止公开",
    group: "refused",
  },
  {
    key: "refusedThreeSecurities",
    kind: "result",
    number: "3.",
    label: "危及“三安全一稳定”",
    group: "refused",
  },
  { key: "refusedThirdParty", kind: "result", number: "4.", label: "保护第三方合法权益", group: "refused" },
  {
    key: "refusedInternalAffairs",
    kind: "result",
    number: "5.",
    label: "属于三类内部事务信息",
    group: "refused",
  },
  { key: "refusedProcessInfo", kind: "result", number: "6.", label: "属于四类过程性信息", group: "refused" },
  {
    key: "refusedEnforcementFiles",
    kind: "result",
    number: "7.",
    label: "属于行政执法案卷",
    group: "refused",
  },
  { key: "refusedInquiry", kind: "result", number: "8.", label: "属于行政查询事项", group: "refused" },
];

export const UNABLE_ROWS: ApplicationRowDef[] = [
  { key: "unableNotHeld", kind: "result", number: "1.", label: "本机关不掌握相关政府信息", group: "unable" },
  {
    key: "unableNeedsCreation",
    kind: "result",
    number: "2.",
    label: "没有现成信息需要另行制作",
    group: "unable",
  },
  {
    key: "unableStillUnclear",
    kind: "result",
    number: "3.",
    label: "补正后申请内容仍不明确",
    group: "unable",
  },
];

export const NOT_PROCESSED_ROWS: ApplicationRowDef[] = [
  {
    key: "notProcessedPetition",
    kind: "result",
    number: "1.",
    label: "信访举报投诉类申请",
    group: "notProcessed",
  },
  { key: "notProcessedRepeat", kind: "result", number: "2.", label: "重复申请", group: "notProcessed" },
  {
    key: "notProcessedPublication",
    kind: "result",
    number: "3.",
    label: "要求提供公开出版物",
    group: "notProcessed",
  },
  {
    key: "notProcessedMassRepeat",
    kind: "result",
    number: "4.",
    label: "无正当理由大量反复申请",
    group: "notProcessed",
  },
  {
    key: "notProcessedConfirm",
    kind: "result",
    number: "5.",
    label: "要求行政机关确认或重新出具已获取信息",
    group: "notProcessed",
  },
];

export const HEAD_ROWS: ApplicationRowDef[] = [
  { key: "new", kind: "new", number: "一、", label: "本年新收政府信息公开申请数量" },
  { key: "carriedOver", kind: "carriedOver", number: "二、", label: "上年结转政府信息公开申请数量" },
  { key: "disclosed", kind: "result", number: "（一）", label: "予以公开" },
  {
    key: "partiallyDisclosed",
    kind: "result",
    number: "（二）",
    label: "部分公开（区分处理的，只计这一情形，不计其他情形）",
  },
];

export const TAIL_ROWS: ApplicationRowDef[] = [
  { key: "total", kind: "total", number: "（七）", label: "总计" },
  { key: "carriedForward", kind: "carriedForward", number: "四、", label: "结转下年度继续办理" },
];

export const v2021: ReportFormat = {
  version: "2021",
  source: "国办公开办函〔2021〕30号",
  firstYear: 2021,
  sections: [
    { key: "overview", number: "一", label: "总体情况", prose: true, aliases: [] },
    { key: "proactive", number: "二", label: "主动公开政府信息情况", prose: false, aliases: [] },
    {
      key: "applications",
      number: "三",
      label: "收到和处理政府信息公开申请情况",
      prose: false,
      aliases: ["收到和处理政府信息公开申请的情况"],
    },
    {
      key: "litigation",
      number: "四",
      label: "政府信息公开行政复议、行政诉讼情况",
      prose: false,
      aliases: ["因政府信息公开工作被申请行政复议、提起行政诉讼的情况"],
    },
    {
      key: "problems",
      number: "五",
      label: "存在的主要问题及改进情况",
      prose: true,
      aliases: ["政府信息公开工作存在的主要问题及改进情况"],
    },
    { key: "other", number: "六", label: "其他需要报告的事项", prose: true, aliases: [] },
  ],
  proactive: [
    {
      key: "item1",
      item: "第二十条第（一）项",
      contentLabel: "信息内容",
      columns: [
        { key: "issued", label: "本年制发件数", kind: "count" },
        { key: "abolished", label: "本年废止件数", kind: "count" },
        { key: "inForce", label: "现行有效件数", kind: "count" },
      ],
      rows: [
        { key: "regulations", label: "规章" },
        { key: "normativeDocuments", label: "行政规范性文件" },
      ],
    },
    {
      key: "item5",
      item: "第二十条第（五）项",
      contentLabel: "信息内容",
      columns: [{ key: "decisions", label: "本年处理决定数量", kind: "count" }],
      rows: [{ key: "permits", label: "行政许可" }],
    },
    {
      key: "item6",
      item: "第二十条第（六）项",
      contentLabel: "信息内容",
      columns: [{ key: "decisions", label: "本年处理决定数量", kind: "count" }],
      rows: [
        { key: "penalties", label: "行政处罚" },
        { key: "enforcement", label: "行政强制" },
      ],
    },
    {
      key: "item8",
      item: "第二十条第（八）项",
      contentLabel: "信息内容",
      columns: [{ key: "amount", label: "本年收费金额（单位：万元）", kind: "amount" }],
      rows: [{ key: "fees", label: "行政事业性收费" }],
    },
  ],
  applications: {
    ...APPLICATIONS_HEADERS,
    columns: APPLICANT_COLUMNS,
    groups: [
      { key: "refused", number: "（三）", label: "不予公开" },
      { key: "unable", number: "（四）", label: "无法提供" },
      { key: "notProcessed", number: "（五）", label: "不予处理" },
      { key: "otherHandling", number: "（六）", label: "其他处理" },
    ],
    rows: [
      ...HEAD_ROWS,
      ...REFUSED_ROWS,
      ...UNABLE_ROWS,
      ...NOT_PROCESSED_ROWS,
      {
        key: "otherNoCorrection",
        kind: "result",
        number: "1.",
        label: "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        group: "otherHandling",
      },
      {
        key: "otherFeeUnpaid",
        kind: "result",
        number: "2.",
        label: "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        group: "otherHandling",
      },
      { key: "otherOther", kind: "result", number: "3.", label: "其他", group: "otherHandling" },
      ...TAIL_ROWS,
    ],
  },
  litigation: LITIGATION,
  rules: [...RULES],
};
