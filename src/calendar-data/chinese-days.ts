import { createRequire } from "node:module";
import { AppError } from "../domain/app-error.ts";
import { type CalendarYear, type NamedDay, WorkCalendar } from "../domain/calendar/index.ts";

/**
 * The built-in schedule, 2004–2026, read from the `chinese-days` package's JSON. Its `holidays` map
 * lists rest days (weekend days inside a holiday period included), `workdays` the make-up days
 * (调休补班); `inLieuDays` (the weekdays swapped into rest) are a subset of `holidays` and add nothing.
 * Values read "Spring Festival,春节,4": English name, Chinese name, length of the holiday.
 *
 * Days are grouped by the calendar year of their date. A New Year's holiday can reach back into
 * December (2007-12-30/31, 2022-12-31 off; 2006-12-30/31, 2007-12-29, 2011-12-31, 2018-12-29 make-up
 * days): those come from the next year's notice, which the source string then names as well.
 */

const PACKAGE_FILE = "chinese-days/dist/chinese-days.json";
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

let cached: CalendarYear[] | undefined;
let cachedCalendar: WorkCalendar | undefined;

/** Every year the installed chinese-days package has data for, ascending. */
export function builtinCalendarYears(): CalendarYear[] {
  cached ??= parseChineseDays(createRequire(import.meta.url)(PACKAGE_FILE));
  return cached.map((y) => ({ ...y, restDays: [...y.restDays], workDays: [...y.workDays] }));
}

/** The strict calendar of the built-in years, built once per process. */
export function builtinWorkCalendar(): WorkCalendar {
  cachedCalendar ??= WorkCalendar.of(builtinCalendarYears());
  return cachedCalendar;
}

/** Turns the package's JSON into calendar years; throws INTERNAL if the file is not as expected. */
export function parseChineseDays(json: unknown): CalendarYear[] {
  const data = (typeof json === "object" && json !== null ? json : {}) as {
    holidays?: unknown;
    workdays?: unknown;
  };
  const rest = entries(data.holidays, "holidays");
  const work = entries(data.workdays, "workdays");
  const years = new Map<number, CalendarYear>();
  const yearOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    let y = years.get(year);
    if (!y) {
      y = { year, source: "", restDays: [], workDays: [] };
      years.set(year, y);
    }
    return y;
  };
  for (const day of rest) yearOf(day.date).restDays.push(day);
  for (const day of work) yearOf(day.date).workDays.push(day);
  const result = [...years.values()].sort((a, b) => a.year - b.year);
  for (const y of result) y.source = sourceOf(y);
  return result;
}

function entries(map: unknown, key: string): NamedDay[] {
  if (typeof map !== "object" || map === null) throw broken(`缺少 ${key}`);
  return Object.entries(map)
    .map(([date, value]): NamedDay => {
      const name = typeof value === "string" ? value.split(",")[1]?.trim() : undefined;
      if (!DATE_PATTERN.test(date) || !name) throw broken(`${key} 中的 ${date}: ${String(value)}`);
      return { date, name };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The notice of the year, plus next year's notice when its New Year's holiday reaches into December. */
function sourceOf(y: CalendarYear): string {
  const notice = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`;
  const december = [...y.restDays, ...y.workDays].some((d) => d.date.slice(5, 7) === "12");
  return december ? `${notice(y.year)}；${notice(y.year + 1)}（12月的元旦假期调整）` : notice(y.year);
}

function broken(detail: string): AppError {
  return new AppError(
    "INTERNAL",
    `内置节假日数据（${PACKAGE_FILE}）格式不符合预期：${detail}。请重新安装依赖 chinese-days`,
    {
      file: PACKAGE_FILE,
    },
  );
}
