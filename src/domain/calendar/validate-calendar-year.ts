import { AppError, type FieldIssue } from "../app-error.ts";
import type { CalendarYear, NamedDay } from "./calendar-year.ts";
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from "./calendar-year.ts";
import { dayOfWeek, parseDayNumber } from "./day-number.ts";

const YEAR_KEYS = ["year", "source", "restDays", "workDays"];
const DAY_KEYS = ["date", "name"];
const WEEKDAY_NAMES = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
const MAX_SOURCE = 200;
const MAX_NAME = 60;

type Issues = FieldIssue[];
type DayList = "restDays" | "workDays";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `["restDays", 3, "date"]` → `restDays[3].date`, the way an administrator finds it in the file. */
export function formatIssuePath(path: (string | number)[]): string {
  return (
    path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("") || "（整个文件）"
  );
}

function checkUnknownKeys(
  value: Record<string, unknown>,
  known: string[],
  path: (string | number)[],
  issues: Issues,
) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      issues.push({
        path: [...path, key],
        message: `无法识别的字段“${key}”：只能有 ${known.join("、")}，请删除或更正拼写`,
      });
    }
  }
}

function checkYear(value: unknown, issues: Issues): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) {
    if (value >= FIRST_CALENDAR_YEAR && value <= LAST_CALENDAR_YEAR) return value;
    issues.push({
      path: ["year"],
      message: `年份 ${value} 不在 ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR} 之间，请填写安排所属的公历年份`,
    });
    return undefined;
  }
  issues.push({
    path: ["year"],
    message: '缺少年份或年份不是整数：请填写安排所属的公历年份，例如 "year": 2027',
  });
  return undefined;
}

function checkSource(value: unknown, issues: Issues): string {
  const source = typeof value === "string" ? value.trim() : "";
  if (source === "") {
    issues.push({
      path: ["source"],
      message: "缺少数据来源：请填写国务院办公厅通知的名称或文号，例如“国办发明电〔2025〕7号”",
    });
  } else if (source.length > MAX_SOURCE) {
    issues.push({
      path: ["source"],
      message: `数据来源过长（${source.length} 字）：请只写通知名称或文号，不超过 ${MAX_SOURCE} 字`,
    });
  }
  return source;
}

interface CheckedDay extends NamedDay {
  day: number;
  index: number;
}

function checkDays(input: unknown, list: DayList, year: number | undefined, issues: Issues): CheckedDay[] {
  const label = list === "restDays" ? "放假日" : "调休补班日";
  if (!Array.isArray(input)) {
    issues.push({
      path: [list],
      message: `缺少 ${list}（${label}列表）或它不是数组：请写成 [{"date": "YYYY-MM-DD", "name": "春节"}, …]，没有则写 []`,
    });
    return [];
  }
  const days: CheckedDay[] = [];
  input.forEach((item: unknown, index) => {
    const at = [list, index];
    if (!isRecord(item)) {
      issues.push({
        path: at,
        message: `第 ${index + 1} 项应为 {"date": "YYYY-MM-DD", "name": "节日名称"} 形式的对象`,
      });
      return;
    }
    checkUnknownKeys(item, DAY_KEYS, at, issues);
    const day = parseDayNumber(item.date);
    const date = typeof item.date === "string" ? item.date : "";
    if (day === undefined) {
      issues.push({
        path: [...at, "date"],
        message: `日期“${String(item.date ?? "")}”无效：请写成真实存在的日期，格式为 YYYY-MM-DD`,
      });
    } else if (year !== undefined && Number(date.slice(0, 4)) !== year) {
      issues.push({
        path: [...at, "date"],
        message: `日期 ${date} 不在 ${year} 年内：每个文件只能列本年的日期，其他年份的日期请放到该年的文件里`,
      });
    }
    const name = typeof item.name === "string" ? item.name.trim() : "";
    if (name === "" || name.length > MAX_NAME) {
      issues.push({
        path: [...at, "name"],
        message: `缺少节日名称或名称过长：请填写该日所属的节日，例如“春节”（不超过 ${MAX_NAME} 字）`,
      });
    }
    if (day !== undefined) days.push({ date, name, day, index });
  });
  return days;
}

function checkDuplicates(days: CheckedDay[], list: DayList, issues: Issues) {
  const first = new Map<number, number>();
  for (const d of days) {
    const earlier = first.get(d.day);
    if (earlier === undefined) first.set(d.day, d.index);
    else
      issues.push({
        path: [list, d.index, "date"],
        message: `日期 ${d.date} 重复列出（与 ${list}[${earlier}] 相同）：请删除其中一项`,
      });
  }
}

function checkRestAndWork(rest: CheckedDay[], work: CheckedDay[], issues: Issues) {
  const restIndex = new Map(rest.map((d) => [d.day, d.index]));
  for (const d of work) {
    const clash = restIndex.get(d.day);
    if (clash !== undefined) {
      issues.push({
        path: ["workDays", d.index, "date"],
        message: `${d.date} 同时列为放假日（restDays[${clash}]）和调休补班日：一天只能是其中之一，请核对通知后删除错误的一项`,
      });
    }
    const w = dayOfWeek(d.day);
    if (w !== 0 && w !== 6) {
      issues.push({
        path: ["workDays", d.index, "date"],
        message: `${d.date} 是${WEEKDAY_NAMES[w]}，本来就是工作日，不能作为调休补班日：补班日只会是星期六或星期日，请核对通知中的日期`,
      });
    }
  }
  if (rest.length > 0 && rest.every((d) => dayOfWeek(d.day) % 6 === 0)) {
    issues.push({
      path: ["restDays"],
      message:
        "所列放假日全部是星期六、星期日，没有一天减少工作日：请核对是否漏列了节假日当天和调休放假的工作日",
    });
  }
  if (rest.length === 0 && issues.every((i) => i.path[0] !== "restDays")) {
    issues.push({
      path: ["restDays"],
      message: "放假日列表为空：每年至少有元旦、春节等法定节假日，请按通知逐日列出",
    });
  }
}

const byDate = (a: CheckedDay, b: CheckedDay) => a.day - b.day;
const toNamed = ({ date, name }: CheckedDay): NamedDay => ({ date, name });

/**
 * Checks the JSON an administrator writes for one year of the schedule and returns it normalised
 * (names trimmed, days sorted by date).
 * @example validateCalendarYear({ year: 2027, source: "…", restDays: [{ date: "2027-01-01", name: "元旦" }], workDays: [] })
 * @throws AppError VALIDATION with `details.issues` listing every problem found (path + Chinese message
 *   saying how to fix it) — never just the first one.
 */
export function validateCalendarYear(input: unknown): CalendarYear {
  const issues: Issues = [];
  if (!isRecord(input)) {
    const message =
      '节假日安排应为一个 JSON 对象：{"year": 2027, "source": "…", "restDays": […], "workDays": […]}';
    throw new AppError("VALIDATION", message, { issues: [{ path: [], message }] });
  }
  checkUnknownKeys(input, YEAR_KEYS, [], issues);
  const year = checkYear(input.year, issues);
  const source = checkSource(input.source, issues);
  const rest = checkDays(input.restDays, "restDays", year, issues);
  const work = checkDays(input.workDays, "workDays", year, issues);
  checkDuplicates(rest, "restDays", issues);
  checkDuplicates(work, "workDays", issues);
  checkRestAndWork(rest, work, issues);
  if (issues.length > 0 || year === undefined) {
    const what = year === undefined ? "节假日安排" : `${year} 年节假日安排`;
    const lines = issues.map((i, n) => `${n + 1}. ${formatIssuePath(i.path)}：${i.message}`);
    throw new AppError(
      "VALIDATION",
      `${what}有 ${issues.length} 处问题，请逐条修改后重新载入：\n${lines.join("\n")}`,
      { issues },
    );
  }
  return { year, source, restDays: rest.sort(byDate).map(toNamed), workDays: work.sort(byDate).map(toNamed) };
}
