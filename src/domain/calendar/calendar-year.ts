/**
 * One year of the State Council's official holiday schedule, as data. A year lists only the
 * exceptions to "Monday–Friday work": rest days (statutory holidays and the weekdays swapped into
 * them; weekend days inside a holiday period may be listed too) and make-up working days (调休补班,
 * always a Saturday or Sunday).
 */

/** A date of the schedule with the holiday it belongs to. */
export interface NamedDay {
  /** `YYYY-MM-DD` */
  date: string;
  /** The holiday, e.g. 春节 */
  name: string;
}

export interface CalendarYear {
  year: number;
  /** The document the data comes from, e.g. 国办发明电〔2025〕7号 */
  source: string;
  restDays: NamedDay[];
  workDays: NamedDay[];
}

/** Oldest and newest year a schedule may be loaded for (the first national holiday rules are of 1949). */
export const FIRST_CALENDAR_YEAR = 1949;
export const LAST_CALENDAR_YEAR = 2199;
