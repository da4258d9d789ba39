import { RULES } from "./rules.ts";
import { APPLICANT_COLUMNS, APPLICATIONS_HEADERS, LITIGATION } from "./shared-parts.ts";
import type { ReportFormat } from "./types.ts";
import { HEAD_ROWS, NOT_PROCESSED_ROWS, REFUSED_ROWS, TAIL_ROWS, UNABLE_ROWS, v2021 } from "./v2021.ts";

const PROJECT_COLUMNS = [
  { key: "previousYear", label: "上一年项目数量", kind: "count" },
  { key: "change", label: "本年增/减", kind: "delta" },
  { key: "decisions", label: "处理决定数量", kind: "count" },
] as const;

/** The trial format of 国办公开办函〔2019〕60号, used for the reports on 2019 and 2020. */
export const v2019: ReportFormat = {
  version: "2019",
  source: "国办公开办函〔2019〕60号",
  firstYear: 2019,
  sections: v2021.sections.map((s) =>
    s.key === "problems"
      ? { ...s, label: "政府信息公开工作存在的主要问题及改进情况", aliases: ["存在的主要问题及改进情况"] }
      : s,
  ),
  proactive: [
    {
      key: "item1",
      item: "第二十条第（一）项",
      contentLabel: "信息内容",
      columns: [
        { key: "made", label: "本年新制作数量", kind: "count" },
        { key: "published", label: "本年新公开数量", kind: "count" },
        { key: "totalPublished", label: "对外公开总数量", kind: "count" },
      ],
      rows: [
        { key: "regulations", label: "规章" },
        { key: "normativeDocuments", label: "规范性文件" },
      ],
    },
    {
      key: "item5",
      item: "第二十条第（五）项",
      contentLabel: "信息内容",
      columns: [...PROJECT_COLUMNS],
      rows: [
        { key: "permits", label: "行政许可" },
        { key: "otherServices", label: "其他对外管理服务事项" },
      ],
    },
    {
      key: "item6",
      item: "第二十条第（六）项",
      contentLabel: "信息内容",
      columns: [...PROJECT_COLUMNS],
      rows: [
        { key: "penalties", label: "行政处罚" },
        { key: "enforcement", label: "行政强制" },
      ],
    },
    {
      key: "item8",
      item: "第二十条第（八）项",
      contentLabel: "信息内容",
      columns: PROJECT_COLUMNS.slice(0, 2),
      rows: [{ key: "fees", label: "行政事业性收费" }],
    },
    {
      key: "item9",
      item: "第二十条第（九）项",
      contentLabel: "信息内容",
      columns: [
        { key: "projects", label: "采购项目数量", kind: "count" },
        { key: "amount", label: "采购总金额", kind: "amount" },
      ],
      rows: [{ key: "procurement", label: "政府集中采购" }],
    },
  ],
  applications: {
    ...APPLICATIONS_HEADERS,
    columns: APPLICANT_COLUMNS,
    groups: v2021.applications.groups.filter((g) => g.key !== "otherHandling"),
    rows: [
      ...HEAD_ROWS,
      ...REFUSED_ROWS,
      ...UNABLE_ROWS,
      ...NOT_PROCESSED_ROWS,
      { key: "otherHandling", kind: "result", number: "（六）", label: "其他处理" },
      ...TAIL_ROWS,
    ],
  },
  litigation: LITIGATION,
  rules: [...RULES],
};
