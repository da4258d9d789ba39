/**
 * The calendar day in China (UTC+8, no daylight saving) of an instant: the "today" of every
 * statutory date. Servers may run in any time zone; the law counts days in Beijing time.
 * @example chinaDate(new Date("2026-03-01T17:30:00Z")) // "2026-03-02"
 */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
