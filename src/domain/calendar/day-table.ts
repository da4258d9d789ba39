import type { CalendarYear } from "./calendar-year.ts";
import { firstDayOfYear, isWeekend, parseDayNumber } from "./day-number.ts";

/** Why a day is or is not a working day. The `unknown-*` reasons are for years without data. */
export type DayReason = "weekday" | "weekend" | "holiday" | "makeup" | "unknown-weekday" | "unknown-weekend";

/** Indexed by the codes stored in {@link DayTable.reason}. */
export const REASONS: readonly DayReason[] = [
  "weekday",
  "weekend",
  "holiday",
  "makeup",
  "unknown-weekday",
  "unknown-weekend",
];
const WEEKDAY = 0;
const WEEKEND = 1;
const HOLIDAY = 2;
const MAKEUP = 3;
const UNKNOWN_WEEKDAY = 4;
const UNKNOWN_WEEKEND = 5;
export const FIRST_UNKNOWN_REASON = UNKNOWN_WEEKDAY;

/** The reason code of a day outside every loaded year. */
export function unknownReasonCode(day: number): number {
  return isWeekend(day) ? UNKNOWN_WEEKEND : UNKNOWN_WEEKDAY;
}

/**
 * Every day from 1 January of the first loaded year to 31 December of the last, precomputed so that
 * each question is answered with a few array reads. Years in between without data are filled by
 * the weekend rule and flagged unknown.
 */
export interface DayTable {
  /** Day number of the first day of the table. */
  start: number;
  length: number;
  /** Reason code per day (index into REASONS). */
  reason: Uint8Array;
  /** Holiday name per day (index into `names`, 0 = none). */
  nameIndex: Uint16Array;
  names: string[];
  /** `cum[i]` = working days among the first i days; length + 1 entries. */
  cum: Int32Array;
  /** `ordinal[k]` = table offset of the (k+1)-th working day. */
  ordinal: Int32Array;
  /** `unknownCum[i]` = days without data among the first i days; length + 1 entries. */
  unknownCum: Int32Array;
  loaded: Map<number, CalendarYear>;
}

/** Builds the table; `years` must be validated and carry distinct year numbers. */
export function buildDayTable(years: CalendarYear[]): DayTable {
  const loaded = new Map(years.map((y) => [y.year, y]));
  const numbers = [...loaded.keys()].sort((a, b) => a - b);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  const start = first === undefined ? 0 : firstDayOfYear(first);
  const length = last === undefined ? 0 : firstDayOfYear(last + 1) - start;
  const reason = new Uint8Array(length);
  const nameIndex = new Uint16Array(length);
  const names = [""];
  const nameCodes = new Map<string, number>();
  const code = (name: string) => {
    let c = nameCodes.get(name);
    if (c === undefined) {
      c = names.push(name) - 1;
      nameCodes.set(name, c);
    }
    return c;
  };
  for (let i = 0; i < length; i++) {
    const day = start + i;
    reason[i] = loaded.has(yearAt(numbers, start, i))
      ? isWeekend(day)
        ? WEEKEND
        : WEEKDAY
      : unknownReasonCode(day);
  }
  for (const year of loaded.values()) {
    for (const d of year.restDays) mark(d.date, d.name, HOLIDAY);
    for (const d of year.workDays) mark(d.date, d.name, MAKEUP);
  }
  function mark(date: string, name: string, r: number) {
    const i = (parseDayNumber(date) ?? Number.NaN) - start;
    reason[i] = r;
    nameIndex[i] = code(name);
  }
  return { start, length, reason, nameIndex, names, loaded, ...counts(reason) };
}

/** The year of table offset i, found without date conversion (the table starts on 1 January). */
function yearAt(numbers: number[], start: number, i: number): number {
  const first = numbers[0] ?? 0;
  let year = first + Math.floor(i / 366);
  while (firstDayOfYear(year + 1) <= start + i) year++;
  return year;
}

function counts(reason: Uint8Array) {
  const n = reason.length;
  const cum = new Int32Array(n + 1);
  const unknownCum = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const r = reason[i] ?? WEEKEND;
    cum[i + 1] = (cum[i] ?? 0) + (r === WEEKDAY || r === MAKEUP || r === UNKNOWN_WEEKDAY ? 1 : 0);
    unknownCum[i + 1] = (unknownCum[i] ?? 0) + (r >= UNKNOWN_WEEKDAY ? 1 : 0);
  }
  const ordinal = new Int32Array(cum[n] ?? 0);
  for (let i = 0, k = 0; i < n; i++) if (cum[i + 1] !== cum[i]) ordinal[k++] = i;
  return { cum, ordinal, unknownCum };
}
