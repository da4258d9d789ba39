import type { WorkCalendar } from "../calendar/index.ts";

/**
 * Working-day counting with paused stretches, on day numbers (the hot path of every deadline).
 * A pause (after, through] stops the clock on the working days d with after < d ≤ through: the
 * rules.md convention for consultations (the day the request is sent does not pause, the day the
 * answer arrives does) and, by the same reading, for the fee notice and payment.
 */
export interface Pause {
  after: number;
  through: number;
}

/** Sorts by start, in place, so that the walks below see pauses in order (overlaps allowed). */
export function sortPauses(pauses: Pause[]): Pause[] {
  // Insertion sort: a ledger has a handful of pauses, and this runs on the hot path.
  for (let i = 1; i < pauses.length; i++) {
    const p = pauses[i] as Pause;
    let j = i - 1;
    while (j >= 0 && (pauses[j] as Pause).after > p.after) {
      pauses[j + 1] = pauses[j] as Pause;
      j--;
    }
    pauses[j + 1] = p;
  }
  return pauses;
}

/**
 * The day on which the `n`-th unpaused working day after `start` falls (start itself not counted).
 * `pauses` must be sorted by `after`. Adding a pause can only move the result later.
 * @example with no pauses this is calendar.addWorkingDaysN(start, n)
 */
export function addCountedDays(
  calendar: WorkCalendar,
  start: number,
  n: number,
  pauses: readonly Pause[],
): number {
  let cur = start;
  let remaining = n;
  for (let i = 0; i < pauses.length; i++) {
    const p = pauses[i] as Pause;
    if (p.through <= cur) continue;
    const free = p.after > cur ? calendar.workingDaysBetweenN(cur, p.after) : 0;
    if (free >= remaining) break;
    remaining -= free;
    cur = p.through;
  }
  return calendar.addWorkingDaysN(cur, remaining);
}

/** Paused working days in (from, to]: the union of the pauses, each day once. `pauses` sorted. */
export function pausedDaysBetween(
  calendar: WorkCalendar,
  from: number,
  to: number,
  pauses: readonly Pause[],
): number {
  let total = 0;
  let covered = from;
  for (let i = 0; i < pauses.length; i++) {
    const p = pauses[i] as Pause;
    const lo = Math.max(p.after, covered);
    const hi = Math.min(p.through, to);
    if (hi > lo) {
      total += calendar.workingDaysBetweenN(lo, hi);
      covered = hi;
    }
  }
  return total;
}

/** Unpaused working days in (from, to]. */
export function countedDaysBetween(
  calendar: WorkCalendar,
  from: number,
  to: number,
  pauses: readonly Pause[],
): number {
  if (to <= from) return 0;
  return calendar.workingDaysBetweenN(from, to) - pausedDaysBetween(calendar, from, to, pauses);
}

/** Whether `day` lies in some pause (after, through]. */
export function isPaused(day: number, pauses: readonly Pause[]): boolean {
  for (let i = 0; i < pauses.length; i++) {
    const p = pauses[i] as Pause;
    if (p.after < day && day <= p.through) return true;
  }
  return false;
}
