import { z } from "@hono/zod-openapi";

/** OpenAPI schemas of the calendar routes. */

export const json = <S>(schema: S) => ({ "application/json": { schema } });

const namedDay = z.object({
  date: z.string().openapi({ example: "2027-02-08" }),
  name: z.string().openapi({ example: "春节" }),
});

/**
 * The file an administrator writes, as documentation only (a plain OpenAPI schema, not zod): the
 * domain's validator checks it and reports every problem with its path, in the administrator's
 * terms, which a generic schema check would pre-empt.
 */
export const calendarYearInputSchema = {
  type: "object" as const,
  required: ["year", "source", "restDays", "workDays"],
  properties: {
    year: { type: "integer" as const, example: 2027 },
    source: { type: "string" as const, example: "国务院办公厅关于2027年部分节假日安排的通知" },
    restDays: {
      type: "array" as const,
      description: "所有放假的日子（节日、调休放假的工作日；假期中的周末可列可不列）",
      items: {
        type: "object" as const,
        properties: { date: { type: "string" as const }, name: { type: "string" as const } },
      },
    },
    workDays: {
      type: "array" as const,
      description: "所有调休补班日（只会是星期六或星期日）",
      items: {
        type: "object" as const,
        properties: { date: { type: "string" as const }, name: { type: "string" as const } },
      },
    },
  },
};

export const calendarYearSummarySchema = z
  .object({
    year: z.number().int(),
    source: z.string(),
    restDays: z.number().int().openapi({ description: "放假日天数" }),
    workDays: z.number().int().openapi({ description: "调休补班日天数" }),
    origin: z.enum(["builtin", "loaded"]).openapi({ description: "builtin 软件内置；loaded 管理员载入" }),
    overridesBuiltin: z.boolean(),
    loadedAt: z.string().nullable(),
    loadedBy: z.string().nullable().openapi({ description: "载入的账号编号；命令行载入为 null" }),
  })
  .openapi("CalendarYearSummary");

export const calendarYearSchema = calendarYearSummarySchema
  .omit({ restDays: true, workDays: true })
  .extend({ restDays: z.array(namedDay), workDays: z.array(namedDay) })
  .openapi("CalendarYear");

export const calendarYearLoadedSchema = z
  .object({
    year: z.number().int(),
    source: z.string(),
    restDays: z.number().int(),
    workDays: z.number().int(),
    replacedLoaded: z.boolean().openapi({ description: "替换了此前载入的同一年安排" }),
    overridesBuiltin: z.boolean().openapi({ description: "覆盖了软件内置的同一年安排" }),
    deadlines: z
      .object({ checked: z.number().int(), updated: z.number().int() })
      .openapi({ description: "重新计算期限的申请件数（checked）及其中期限有变化的件数（updated）" }),
  })
  .openapi("CalendarYearLoaded");

const yearInForce = z.object({
  year: z.number().int(),
  inForce: z.boolean(),
  origin: z.enum(["builtin", "loaded"]).nullable(),
});

export const calendarStatusSchema = z
  .object({
    at: z.string(),
    current: yearInForce,
    next: yearInForce,
    banner: z.object({
      show: z.boolean(),
      missingYear: z.number().int().nullable(),
      message: z.string().nullable().openapi({ description: "提示条文字" }),
    }),
    provisional: z.object({
      open: z.number().int().openapi({ description: "本机关期限为暂定的在办申请件数" }),
      subtreeOpen: z
        .number()
        .int()
        .nullable()
        .openapi({ description: "本机关及所有下级机关的件数（上级监督人员、系统管理员）；其他人为 null" }),
    }),
    canLoad: z.boolean().openapi({ description: "当前用户能否载入节假日安排" }),
  })
  .openapi("CalendarStatus");
