import { z } from "zod";
import {
  isoDate,
  nonNegativeInteger,
  oneOf,
  optionalIsoDate,
  optionalText,
  reportYear,
  requiredText,
} from "../validation.ts";
import {
  COUNT_KIND_LABELS,
  NORMATIVE_KIND_LABELS,
  REMEDY_KIND_LABELS,
  REMEDY_RESULT_LABELS,
} from "./register-labels.ts";

/** Input schemas of the registers; messages name each field in Chinese. */

const agencyId = requiredText("所属机关编号", 64);

const url = optionalText("网址", 2000).refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), {
  error: "网址应以 http:// 或 https:// 开头，且不含空格",
});

export const normativeDocumentSchema = z
  .object({
    agencyId,
    kind: oneOf("文件类别", NORMATIVE_KIND_LABELS),
    title: requiredText("文件标题", 300),
    docNumber: optionalText("文号", 100),
    issuedOn: isoDate("发布日期"),
    abolishedOn: optionalIsoDate("废止日期"),
    url,
    fullText: optionalText("正文", 500_000),
  })
  .superRefine((d, ctx) => {
    if (d.abolishedOn !== null && d.abolishedOn < d.issuedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["abolishedOn"],
        message: `废止日期（${d.abolishedOn}）不能早于发布日期（${d.issuedOn}）`,
      });
    }
  });

export type NormativeDocumentInput = z.input<typeof normativeDocumentSchema>;

export const registerCountSchema = z.object({
  agencyId,
  year: reportYear(),
  kind: oneOf("事项类别", COUNT_KIND_LABELS),
  count: nonNegativeInteger("本年处理决定数量"),
});

export type RegisterCountInput = z.input<typeof registerCountSchema>;

export const feeIncomeSchema = z.object({
  agencyId,
  year: reportYear(),
  amountFen: nonNegativeInteger("本年收费金额（分）"),
});

export type FeeIncomeInput = z.input<typeof feeIncomeSchema>;

export const remedyCaseSchema = z
  .object({
    agencyId,
    kind: oneOf("案件类别", REMEDY_KIND_LABELS),
    caseNumber: requiredText("案号", 100),
    applicationId: optionalText("关联申请编号", 64),
    filedOn: isoDate("立案（申请）日期"),
    result: oneOf("审理结果", REMEDY_RESULT_LABELS),
    resultOn: optionalIsoDate("审结日期"),
  })
  .superRefine((c, ctx) => {
    if (c.result === "pending" && c.resultOn !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["resultOn"],
        message: "尚未审结的案件不应填写审结日期：请删除审结日期，或选择实际的审理结果",
      });
    }
    if (c.result !== "pending" && c.resultOn === null) {
      ctx.addIssue({
        code: "custom",
        path: ["resultOn"],
        message: `已有审理结果（${REMEDY_RESULT_LABELS[c.result]}）的案件必须填写审结日期`,
      });
    }
    if (c.resultOn !== null && c.resultOn < c.filedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["resultOn"],
        message: `审结日期（${c.resultOn}）不能早于立案（申请）日期（${c.filedOn}）`,
      });
    }
  });

export type RemedyCaseInput = z.input<typeof remedyCaseSchema>;
