import { z } from "zod";
import type { SectionKey } from "../../domain/report/format/types.ts";
import { PLACEHOLDER_MARK, type Prose } from "./suggest/index.ts";

/** Longest prose accepted per part: real sections run to a few thousand characters. */
export const MAX_PROSE_CHARS = 20_000;

const SECTION_NAMES: Record<SectionKey, string> = {
  overview: "一、总体情况",
  proactive: "二、主动公开政府信息情况",
  applications: "三、收到和处理政府信息公开申请情况",
  litigation: "四、政府信息公开行政复议、行政诉讼情况",
  problems: "五、存在的主要问题及改进情况",
  other: "六、其他需要报告的事项",
};

const prose = (label: string) =>
  z
    .string({ error: `“${label}”的正文应为文字` })
    .max(MAX_PROSE_CHARS, { error: `“${label}”的正文不能超过 ${MAX_PROSE_CHARS} 个字` })
    .transform((v) => v.replace(/\r\n?/g, "\n"));

/** New prose for some parts of the draft; parts left out keep their text. */
export const prosePatchSchema = z.object({
  preamble: prose("报告开头").optional(),
  sections: z
    .object({
      overview: prose(SECTION_NAMES.overview).optional(),
      proactive: prose(SECTION_NAMES.proactive).optional(),
      applications: prose(SECTION_NAMES.applications).optional(),
      litigation: prose(SECTION_NAMES.litigation).optional(),
      problems: prose(SECTION_NAMES.problems).optional(),
      other: prose(SECTION_NAMES.other).optional(),
    })
    .strict()
    .optional(),
});
export type ProsePatch = z.input<typeof prosePatchSchema>;

export const editProseSchema = prosePatchSchema.extend({
  /** The draft version the editor saw (0 while no draft is stored). */
  expectedVersion: z
    .number({ error: "请提供所编辑草稿的版本号 expectedVersion（尚未保存过草稿时为 0）" })
    .int({ error: "草稿版本号应为整数" })
    .min(0, { error: "草稿版本号不能为负数" }),
});
export type EditProseInput = z.input<typeof editProseSchema>;

/** `base` with the patch applied. */
export function applyPatch(base: Prose, patch: z.output<typeof prosePatchSchema>): Prose {
  return {
    preamble: patch.preamble ?? base.preamble,
    sections: { ...base.sections, ...stripUndefined(patch.sections ?? {}) },
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Names of the parts that still hold a `【请填写…】` prompt. */
export function partsWithPlaceholders(p: Prose): string[] {
  const parts: string[] = [];
  if (p.preamble.includes(PLACEHOLDER_MARK)) parts.push("报告开头");
  for (const key of Object.keys(SECTION_NAMES) as SectionKey[]) {
    if ((p.sections[key] ?? "").includes(PLACEHOLDER_MARK)) parts.push(SECTION_NAMES[key]);
  }
  return parts;
}

/** Whether two proses are the same text. */
export function sameProse(a: Prose, b: Prose): boolean {
  if (a.preamble !== b.preamble) return false;
  return (Object.keys(SECTION_NAMES) as SectionKey[]).every(
    (k) => (a.sections[k] ?? "") === (b.sections[k] ?? ""),
  );
}
