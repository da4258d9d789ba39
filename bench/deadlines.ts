/**
 * Deadline derivation throughput: `deriveClock` over 1,000,000 ten-event ledgers on the built-in
 * schedule, against plain date arithmetic over the same ledgers in the same run: parse every event
 * date, add N calendar days for six dates, format them (same parser and formatter as deriveClock).
 * Run: npx tsx bench/deadlines.ts
 */
import { builtinWorkCalendar } from "../src/calendar-data/chinese-days.ts";
import { deriveClock, type LedgerEvent } from "../src/domain/applications/index.ts";
import { fromDayNumber, toDayNumber } from "../src/domain/calendar/index.ts";

const LEDGERS = 1_000_000;
const DISTINCT = 1 << 14;

const calendar = builtinWorkCalendar();
const first = toDayNumber("2004-01-01");
const span = toDayNumber("2026-03-31") - first; // receipt + the longest path below stays inside 2026
let seed = 4_242;
const rand = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) >>> 0;
  return seed % n;
};

/** received, correction requested and received, consultation sent and answered, review, fee notice and payment, decision, reply. */
function ledger(): LedgerEvent[] {
  let day = first + rand(span);
  const on = (gap: number) => {
    day += gap;
    return fromDayNumber(day);
  };
  return [
    { type: "received", date: on(0), channel: "online" },
    { type: "correctionRequested", date: on(1 + rand(5)), workingDays: 10 + rand(6) },
    { type: "correctionReceived", date: on(1 + rand(10)) },
    { type: "consultationSent", date: on(rand(5)), ref: "C1", party: rand(2) ? "thirdParty" : "agency" },
    { type: "consultationAnswered", date: on(1 + rand(25)), ref: "C1", position: "consent" },
    { type: "confidentialityReviewed", date: on(rand(3)), reviewer: "审查人", conclusion: "releasable" },
    { type: "feeNoticeSent", date: on(rand(3)), fee: { method: "perPage", pages: 31 + rand(300) } },
    { type: "feePaid", date: on(1 + rand(20)) },
    { type: "decided", date: on(rand(10)), outcome: rand(2) ? "disclosed" : "partiallyDisclosed" },
    { type: "replied", date: on(rand(3)) },
  ];
}
const ledgers = Array.from({ length: DISTINCT }, ledger);

function derived(): number {
  let sum = 0;
  for (let i = 0; i < LEDGERS; i++) {
    const view = deriveClock(ledgers[i & (DISTINCT - 1)] as LedgerEvent[], calendar);
    sum += view.replyDeadline?.date.length ?? 0;
  }
  return sum;
}

const GAPS = [7, 10, 15, 20, 20, 40];
/**
 * The naive version with the same date parsing and formatting: every event date parsed to a day
 * number, six dates computed by adding calendar days to the receipt, formatted back to strings.
 */
function baseline(): number {
  let sum = 0;
  for (let i = 0; i < LEDGERS; i++) {
    const events = ledgers[i & (DISTINCT - 1)] as LedgerEvent[];
    let received = 0;
    for (const e of events) received ||= toDayNumber(e.date);
    for (const gap of GAPS) sum += fromDayNumber(received + gap).length;
  }
  return sum;
}

function time(fn: () => number): { ms: number; sum: number } {
  const start = process.hrtime.bigint();
  const sum = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, sum };
}

time(derived);
time(baseline);
const ours = time(derived);
const base = time(baseline);
const rate = (ms: number) => ((LEDGERS / ms) * 1000).toLocaleString("en-US", { maximumFractionDigits: 0 });
const count = LEDGERS.toLocaleString("en-US");
console.log(
  `deriveClock: ${count} ten-event ledgers in ${(ours.ms / 1000).toFixed(2)} s (${rate(ours.ms)}/s, ${((ours.ms * 1000) / LEDGERS).toFixed(2)} µs each)`,
);
console.log(
  `baseline (parse 10 dates, add calendar days, format 6): ${count} ledgers in ${(base.ms / 1000).toFixed(2)} s (${rate(base.ms)}/s)`,
);
console.log(
  `ratio: ${(ours.ms / base.ms).toFixed(2)}× the baseline's time (checksums ${ours.sum} / ${base.sum})`,
);
console.log(
  ours.ms < 5000 ? "target met: under 5 s for 1,000,000 ledgers" : "TARGET MISSED: 5 s for 1,000,000 ledgers",
);
