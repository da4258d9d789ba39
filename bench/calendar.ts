/**
 * Working-day arithmetic throughput: 10,000,000 `addWorkingDaysN` calls on the built-in schedule,
 * against plain calendar-day arithmetic (`day + n`) over the same inputs in the same run.
 * Run: npx tsx bench/calendar.ts
 */
import { builtinWorkCalendar } from "../src/calendar-data/chinese-days.ts";
import { fromDayNumber, toDayNumber } from "../src/domain/calendar/index.ts";

const CALLS = 10_000_000;
const INPUTS = 1 << 16;

const calendar = builtinWorkCalendar();
const first = toDayNumber("2004-01-01");
const span = toDayNumber("2026-06-30") - first; // + at most 60 working days stays inside 2026
// Deterministic pseudo-random receipt days and day counts (the statutory 7, 15, 20 and 40 plus others).
const days = new Int32Array(INPUTS);
const counts = new Int32Array(INPUTS);
let seed = 12_345;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) >>> 0;
  return seed;
};
for (let i = 0; i < INPUTS; i++) {
  days[i] = first + (next() % span);
  counts[i] = 1 + (next() % 60);
}

function baseline(): number {
  let sum = 0;
  for (let i = 0; i < CALLS; i++) {
    const k = i & (INPUTS - 1);
    sum += (days[k] ?? 0) + (counts[k] ?? 0);
  }
  return sum;
}

function working(): number {
  let sum = 0;
  for (let i = 0; i < CALLS; i++) {
    const k = i & (INPUTS - 1);
    sum += calendar.addWorkingDaysN(days[k] ?? 0, counts[k] ?? 0);
  }
  return sum;
}

/** For comparison: the string API (parse, compute, format) on a tenth as many calls. */
const STRING_CALLS = CALLS / 10;
const dates = Array.from(days, (d) => fromDayNumber(d));
function strings(): number {
  let length = 0;
  for (let i = 0; i < STRING_CALLS; i++) {
    const k = i & (INPUTS - 1);
    length += calendar.addWorkingDays(dates[k] ?? "", counts[k] ?? 0).length;
  }
  return length;
}

function time(fn: () => number): { ms: number; sum: number } {
  const start = process.hrtime.bigint();
  const sum = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, sum };
}

// Warm both loops so the JIT has optimised them before measuring.
time(baseline);
time(working);
const base = time(baseline);
const work = time(working);
time(strings);
const str = time(strings);
const perSecond = (ms: number) => ((CALLS / ms) * 1000).toLocaleString("en-US", { maximumFractionDigits: 0 });

console.log(
  `addWorkingDaysN: ${CALLS.toLocaleString("en-US")} calls in ${work.ms.toFixed(0)} ms (${perSecond(work.ms)}/s)`,
);
console.log(
  `baseline day + n: ${CALLS.toLocaleString("en-US")} additions in ${base.ms.toFixed(0)} ms (${perSecond(base.ms)}/s)`,
);
console.log(
  `ratio: ${(work.ms / base.ms).toFixed(1)}× the baseline's time (checksums ${work.sum} / ${base.sum})`,
);
console.log(
  `string API addWorkingDays: ${STRING_CALLS.toLocaleString("en-US")} calls in ${str.ms.toFixed(0)} ms (${perSecond((str.ms * CALLS) / STRING_CALLS)}/s)`,
);
