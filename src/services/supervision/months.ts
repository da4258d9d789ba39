/** Calendar months as `YYYY-MM` text, for the supervisor's charts. */

/** The `count` months up to and including the month of `today`, oldest first. */
export function lastMonths(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const serial = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(serial / 12)}-${String((serial % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

/** The last day (`YYYY-MM-DD`) of a month `YYYY-MM`. */
export function lastDayOf(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

/** The last day of each month, except that a month not yet over ends today. */
export function monthEnds(months: string[], today: string): string[] {
  return months.map((m) => {
    const end = lastDayOf(m);
    return end > today ? today : end;
  });
}
