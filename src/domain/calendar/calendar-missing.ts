import { AppError } from "../app-error.ts";

/** The error for arithmetic that reaches a year whose official schedule has not been loaded. */
export function calendarMissing(year: number): AppError {
  return new AppError(
    "CALENDAR_MISSING",
    `尚未载入 ${year} 年的法定节假日安排，无法准确计算涉及该年的工作日（节假日和调休每年由国务院办公厅公布，不能推算）。` +
      `请先载入（gongkai calendar load ${year}.json）`,
    { year },
  );
}
