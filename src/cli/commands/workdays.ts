import { existsSync } from "node:fs";
import type { Command } from "commander";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { DEFAULT_SQLITE_FILE } from "../../db/connect.ts";
import { openReadyDatabase } from "../../db/open-ready.ts";
import { AppError, isAppError } from "../../domain/app-error.ts";
import { type DayInfo, dayOfWeek, toDayNumber, type WorkCalendar } from "../../domain/calendar/index.ts";
import { loadCalendar } from "../../services/calendar/calendar-years.ts";

const WEEKDAY_NAMES = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
const PROVISIONAL_NOTE = "（暂定：涉及尚未载入节假日安排的年份，仅按周末推算，正式安排公布后结果可能改变）";

interface Options {
  explain?: boolean;
  provisional?: boolean;
  builtin?: boolean;
}

/** `gongkai workdays add|between`: working-day arithmetic on the official schedule in force. */
export function registerWorkdaysCommand(program: Command): void {
  const workdays = program
    .command("workdays")
    .description("按国务院办公厅公布的节假日安排计算工作日（调休补班日计入，节假日不计）");
  workdays
    .command("add")
    .description("某日之后的第 N 个工作日（当日不计，从次日起算），例如答复期限")
    .argument("<date>", "起算日期 YYYY-MM-DD，例如收到申请之日")
    .argument("<n>", "工作日天数")
    .option("--explain", "逐日列出计入与不计入的日子及原因")
    .option("--provisional", "遇到尚未载入安排的年份时仅按周末推算（结果为暂定）")
    .option("--builtin", "只用随软件内置的节假日安排，不读数据库中载入的年份")
    .action((date: string, n: string, options: Options) => run(() => add(date, n, options)));
  workdays
    .command("between")
    .description("两个日期之间的工作日天数（不含起始日，含截止日）")
    .argument("<from>", "起始日期 YYYY-MM-DD（不计入）")
    .argument("<to>", "截止日期 YYYY-MM-DD（计入）")
    .option("--explain", "逐日列出计入与不计入的日子及原因")
    .option("--provisional", "遇到尚未载入安排的年份时仅按周末推算（结果为暂定）")
    .option("--builtin", "只用随软件内置的节假日安排，不读数据库中载入的年份")
    .action((from: string, to: string, options: Options) => run(() => between(from, to, options)));
}

/**
 * The calendar in force: built-in years, overridden and extended by the years loaded with
 * `gongkai calendar load` — so that loading 2027 as the error message says really lets the next
 * computation through. Without a database (no DATABASE_URL, no data/gongkai.db) the built-in years.
 */
export async function calendarFor(options: Options): Promise<WorkCalendar> {
  const url = process.env.DATABASE_URL;
  let strict = builtinWorkCalendar();
  if (!options.builtin && (url || existsSync(DEFAULT_SQLITE_FILE))) {
    const opened = await openReadyDatabase(url ? { url } : {});
    try {
      strict = await loadCalendar(opened.db);
    } finally {
      await opened.close();
    }
  }
  return options.provisional ? strict.withWeekendFallback() : strict;
}

async function add(date: string, count: string, options: Options): Promise<void> {
  if (!/^\d{1,6}$/.test(count)) {
    throw new AppError("VALIDATION", `工作日天数“${count}”无效：请写不小于 0 的整数，例如 20`, { n: count });
  }
  const calendar = await calendarFor(options);
  const n = Number(count);
  const result = calendar.addWorkingDays(date, n);
  if (options.explain) printDays(calendar.explain(date, result));
  console.log(`${result}（${weekdayOf(result)}）`);
  console.log(`即 ${date} 之后的第 ${n} 个工作日（${date} 当日不计）。`);
  if (calendar.isProvisional(date, result)) console.log(PROVISIONAL_NOTE);
}

async function between(from: string, to: string, options: Options): Promise<void> {
  const calendar = await calendarFor(options);
  const count = calendar.workingDaysBetween(from, to);
  if (options.explain) printDays(calendar.explain(from, to));
  console.log(`${count}`);
  console.log(`${from}（不含）至 ${to}（含）共有 ${count} 个工作日。`);
  if (toDayNumber(to) > toDayNumber(from) && calendar.isProvisional(from, to)) console.log(PROVISIONAL_NOTE);
}

function printDays(days: DayInfo[]): void {
  let counted = 0;
  for (const day of days) {
    const verdict = day.working ? `计入  第 ${++counted} 个工作日` : "不计";
    console.log(`${day.date} ${weekdayOf(day.date)}  ${verdict}  ${describe(day)}`);
  }
  console.log("");
}

/** Why a day counts or not, in the words an office uses. */
export function describe(day: DayInfo): string {
  switch (day.reason) {
    case "weekday":
      return "工作日";
    case "weekend":
      return "周末";
    case "holiday":
      return day.name ? `${day.name}放假` : "放假";
    case "makeup":
      return day.name ? `调休补班（${day.name}）` : "调休补班";
    case "unknown-weekday":
      return "工作日（暂定：该年安排未载入）";
    case "unknown-weekend":
      return "周末（暂定：该年安排未载入）";
  }
}

function weekdayOf(date: string): string {
  return WEEKDAY_NAMES[dayOfWeek(toDayNumber(date))] ?? "";
}

async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (e) {
    if (!isAppError(e)) throw e;
    console.error(e.message);
    process.exitCode = e.code === "CALENDAR_MISSING" ? 3 : 2;
  }
}
