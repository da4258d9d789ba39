import { describe, expect, it } from "vitest";
import { AppError, type FieldIssue } from "../app-error.ts";
import sample2027 from "./test-data/2027-sample.json" with { type: "json" };
import { formatIssuePath, validateCalendarYear } from "./validate-calendar-year.ts";

const base = () => ({
  year: 2027,
  source: "国办发明电〔2026〕1号",
  restDays: [
    { date: "2027-01-01", name: "元旦" },
    { date: "2027-02-08", name: "春节" },
  ],
  workDays: [{ date: "2027-01-31", name: "春节" }],
});

/** The issues validateCalendarYear reports for `input`, as `path: message` strings. */
function issuesOf(input: unknown): FieldIssue[] {
  try {
    validateCalendarYear(input);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("VALIDATION");
    return (e as AppError).details.issues ?? [];
  }
  throw new Error("expected a VALIDATION error");
}
const paths = (input: unknown) => issuesOf(input).map((i) => formatIssuePath(i.path));

describe("validateCalendarYear", () => {
  it("accepts a well-formed year, trims names and sorts days by date", () => {
    const input = base();
    input.restDays.reverse();
    input.restDays[0] = { date: "2027-02-08", name: " 春节 " };
    expect(validateCalendarYear(input)).toEqual({
      year: 2027,
      source: "国办发明电〔2026〕1号",
      restDays: [
        { date: "2027-01-01", name: "元旦" },
        { date: "2027-02-08", name: "春节" },
      ],
      workDays: [{ date: "2027-01-31", name: "春节" }],
    });
  });

  it("accepts the 2027 sample file and an empty make-up list", () => {
    expect(validateCalendarYear(sample2027).restDays).toHaveLength(29);
    expect(validateCalendarYear({ ...base(), workDays: [] }).workDays).toEqual([]);
  });

  it.each<[string, (y: ReturnType<typeof base>) => unknown, string[]]>([
    ["not an object", () => [2027], ["（整个文件）"]],
    ["year missing", (y) => ({ ...y, year: undefined }), ["year"]],
    ["year as a string", (y) => ({ ...y, year: "2027" }), ["year"]],
    ["year out of range", (y) => ({ ...y, year: 1900 }), ["year"]],
    ["source blank", (y) => ({ ...y, source: "  " }), ["source"]],
    ["source too long", (y) => ({ ...y, source: "通".repeat(201) }), ["source"]],
    ["unknown field", (y) => ({ ...y, restdays: [] }), ["restdays"]],
    ["restDays not a list", (y) => ({ ...y, restDays: {} }), ["restDays"]],
    ["restDays empty", (y) => ({ ...y, restDays: [] }), ["restDays"]],
    ["workDays missing", (y) => ({ ...y, workDays: undefined }), ["workDays"]],
    ["a day that is not an object", (y) => ({ ...y, workDays: ["2027-01-31"] }), ["workDays[0]"]],
    [
      "an impossible date",
      (y) => ({ ...y, restDays: [...y.restDays, { date: "2027-02-30", name: "春节" }] }),
      ["restDays[2].date"],
    ],
    [
      "a date of another year",
      (y) => ({ ...y, restDays: [...y.restDays, { date: "2026-12-31", name: "元旦" }] }),
      ["restDays[2].date"],
    ],
    [
      "a missing name",
      (y) => ({ ...y, restDays: [...y.restDays, { date: "2027-02-09" }] }),
      ["restDays[2].name"],
    ],
    [
      "an extra key in a day",
      (y) => ({ ...y, workDays: [{ date: "2027-01-31", name: "春节", note: "" }] }),
      ["workDays[0].note"],
    ],
    [
      "a rest day twice",
      (y) => ({ ...y, restDays: [...y.restDays, { date: "2027-01-01", name: "元旦" }] }),
      ["restDays[2].date"],
    ],
    [
      "a make-up day twice",
      (y) => ({ ...y, workDays: [...y.workDays, { date: "2027-01-31", name: "春节" }] }),
      ["workDays[1].date"],
    ],
    [
      "a day both rest and work (Sat 2027-02-06)",
      (y) => ({
        ...y,
        restDays: [...y.restDays, { date: "2027-02-06", name: "春节" }],
        workDays: [{ date: "2027-02-06", name: "春节" }],
      }),
      ["workDays[0].date"],
    ],
    [
      "a make-up day on a weekday (Mon 2027-02-01)",
      (y) => ({ ...y, workDays: [{ date: "2027-02-01", name: "春节" }] }),
      ["workDays[0].date"],
    ],
    [
      "rest days that are all weekends",
      (y) => ({
        ...y,
        restDays: [
          { date: "2027-01-02", name: "元旦" },
          { date: "2027-01-03", name: "元旦" },
        ],
      }),
      ["restDays"],
    ],
  ])("reports %s", (_, change, expected) => {
    expect(paths(change(base()))).toEqual(expected);
  });

  it("lists every problem at once, each with its path and a Chinese fix", () => {
    const input = {
      year: 2027,
      source: "",
      restDays: [
        { date: "2027-02-30", name: "春节" },
        { date: "2028-01-01", name: "元旦" },
        { date: "2027-02-08", name: "" },
        { date: "2027-02-08", name: "春节" },
      ],
      workDays: [
        { date: "2027-02-01", name: "春节" },
        { date: "2027-02-08", name: "春节" },
      ],
    };
    expect(paths(input)).toEqual([
      "source",
      "restDays[0].date",
      "restDays[1].date",
      "restDays[2].name",
      "restDays[3].date",
      "workDays[0].date",
      "workDays[1].date",
      "workDays[1].date",
    ]);
    for (const issue of issuesOf(input)) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    expect(() => validateCalendarYear(input)).toThrow(
      /2027 年节假日安排有 8 处问题[\s\S]*restDays\[1\]\.date：日期 2028-01-01 不在 2027 年内/,
    );
  });

  it("explains why a make-up day on a weekday is wrong", () => {
    const [issue] = issuesOf({ ...base(), workDays: [{ date: "2027-02-01", name: "春节" }] });
    expect(issue?.message).toContain("2027-02-01 是星期一");
    expect(issue?.message).toContain("星期六或星期日");
  });
});
