import type { RuleDef } from "./types.ts";

/**
 * Every validation rule of the format, with its stable id and severity (report-format.md). The
 * checks themselves live in `../validate/`; readers add their own findings under `read.*` ids.
 */
export const RULES: readonly RuleDef[] = [
  {
    id: "t3.balance",
    severity: "error",
    crossYear: false,
    description:
      "表三每一列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理（官方勾稽关系）",
  },
  {
    id: "t3.results-sum",
    severity: "error",
    crossYear: false,
    description: "表三每一列：（七）总计 = 各项办理结果之和",
  },
  {
    id: "t3.row-total",
    severity: "error",
    crossYear: false,
    description: "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
  },
  {
    id: "t4.group-total",
    severity: "error",
    crossYear: false,
    description: "表四每一组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
  },
  {
    id: "cells.integer",
    severity: "error",
    crossYear: false,
    description: "件数为非负整数，收费金额为非负数",
  },
  {
    id: "structure.sections",
    severity: "error",
    crossYear: false,
    description: "六个部分齐全且顺序正确",
  },
  {
    id: "structure.tables",
    severity: "error",
    crossYear: false,
    description: "表格的每一行、每一列都按格式存在，不缺、不增、不留空",
  },
  {
    id: "year.carry-over",
    severity: "error",
    crossYear: true,
    description: "本年“二、上年结转”= 上年“四、结转下年度继续办理”（逐列）",
  },
  {
    id: "t2.stock",
    severity: "warning",
    crossYear: true,
    description: "现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数",
  },
  {
    id: "text.numbers",
    severity: "warning",
    crossYear: false,
    description: "正文中的数字（收到申请N件、办结N件、复议N件等）与表格一致",
  },
  {
    id: "text.fee",
    severity: "warning",
    crossYear: false,
    description: "第六部分说明信息处理费收取情况（未收取也应说明）",
  },
  {
    id: "text.repeat",
    severity: "warning",
    crossYear: true,
    description: "正文不大段照抄上年报告（相似度不超过80%）",
  },
  {
    id: "text.generic",
    severity: "warning",
    crossYear: false,
    description: "第五部分写明具体问题及对上年问题的整改情况",
  },
  {
    id: "publish.deadline",
    severity: "warning",
    crossYear: false,
    description: "在本级机关的法定期限前发布",
  },
];

export type RuleId = (typeof RULES)[number]["id"];

export function ruleDef(id: string): RuleDef {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}
