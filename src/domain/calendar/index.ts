/** Working-day arithmetic over the official holiday schedule (rules.md §3). Pure: no I/O. */
export { calendarMissing } from "./calendar-missing.ts";
export type { CalendarYear, NamedDay } from "./calendar-year.ts";
export { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from "./calendar-year.ts";
export { dayOfWeek, fromDayNumber, parseDayNumber, toDayNumber } from "./day-number.ts";
export type { DayReason } from "./day-table.ts";
export { formatIssuePath, validateCalendarYear } from "./validate-calendar-year.ts";
export { type DayInfo, WorkCalendar } from "./work-calendar.ts";
