import { createRoute, z } from "@hono/zod-openapi";
import {
  APPLICANT_TYPES,
  applicantTypeLabel,
  CHANNEL_RULES,
  DEFAULT_CLOCK_POLICY,
  EVENT_LABELS,
  OUTCOME_INFO,
  OUTCOMES,
} from "../../domain/applications/index.ts";
import { FORMATS } from "../../domain/report/format/index.ts";
import {
  APPLICATION_PHASE_LABELS,
  DELIVERY_LABELS,
  ID_TYPE_LABELS,
  RECEIPT_DATES,
  REQUESTED_FORM_LABELS,
} from "../../services/applications/index.ts";
import { DELIVERY_METHOD_LABELS } from "../../services/letters/index.ts";
import type { RouteModule } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";

/**
 * The procedure's words as the workspace shows them: one list per enum, `{ value, label }` as a
 * select takes them. The labels stay defined once, on the server; the browser never bundles them.
 */

const option = z.object({ value: z.string(), label: z.string() });
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const vocabularySchema = z
  .object({
    phases: z.array(option),
    /** Table 三's result rows; `group` names the result group (不予公开 …) or is null for （一）（二）. */
    outcomes: z.array(option.extend({ group: z.string().nullable(), releases: z.boolean() })),
    steps: z.array(option).openapi({ description: "办理台账事件类型的中文名称" }),
    applicantTypes: z.array(option),
    channels: z.array(
      option.extend({
        receiptDay: z.string(),
        dates: z
          .array(z.object({ field: z.string(), label: z.string() }))
          .openapi({ description: "登记时须填写的日期（receipt 中的字段名及其名称）" }),
      }),
    ),
    idTypes: z.array(option),
    requestedForms: z.array(option),
    deliveries: z.array(option),
    deliveryMethods: z.array(option).openapi({ description: "文书送达方式" }),
    maxExtensionDays: z.number().int(),
    dueSoonDays: z.number().int(),
  })
  .openapi("ApplicationVocabulary");

export type Vocabulary = z.infer<typeof vocabularySchema>;

function vocabulary(): Vocabulary {
  const groups = new Map(FORMATS["2021"].applications.groups.map((g) => [g.key, g.label]));
  return {
    phases: options(APPLICATION_PHASE_LABELS),
    outcomes: OUTCOMES.map((o) => {
      const info = OUTCOME_INFO[o];
      return {
        value: o,
        label: info.label,
        group: info.group ? (groups.get(info.group) ?? null) : null,
        releases: info.releases,
      };
    }),
    steps: options(EVENT_LABELS),
    applicantTypes: APPLICANT_TYPES.map((t) => ({ value: t, label: applicantTypeLabel(t) })),
    channels: Object.entries(CHANNEL_RULES).map(([value, r]) => ({
      value,
      label: r.label,
      receiptDay: r.receiptDay,
      dates: (RECEIPT_DATES[value as keyof typeof RECEIPT_DATES] ?? []).map(([field, label]) => ({
        field,
        label,
      })),
    })),
    idTypes: options(ID_TYPE_LABELS),
    requestedForms: options(REQUESTED_FORM_LABELS),
    deliveries: options(DELIVERY_LABELS),
    deliveryMethods: options(DELIVERY_METHOD_LABELS),
    maxExtensionDays: DEFAULT_CLOCK_POLICY.maxExtensionDays,
    dueSoonDays: DEFAULT_CLOCK_POLICY.dueSoonDays,
  };
}

const route = createRoute({
  method: "get",
  path: "/api/vocabulary/applications",
  tags: ["申请办理"],
  summary: "办理用语：阶段、答复结果、办理步骤、申请人类型、提交渠道等的中文名称",
  responses: {
    200: {
      description: "各项取值及其中文名称",
      content: { "application/json": { schema: vocabularySchema } },
    },
    ...errorResponses,
  },
});

export const applicationVocabularyRoutes: RouteModule = (api) => {
  const answer = vocabulary();
  api.openapi(route, (c) => {
    requireAuth(c);
    return c.json(answer, 200);
  });
};
