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

const ROUNDS = 5;
const PER_ROUND = LEDGERS / ROUNDS;

function derived(): number {
  let sum = 0;
  for (let i = 0; i < PER_ROUND; i++) {
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
  for (let i = 0; i < PER_ROUND; i++) {
    const events = ledgers[i & (DISTINCT - 1)] as LedgerEvent[];
    let received = 0;
    for (const e of events) received ||= toDayNumber(e.date);
    for (const gap of GAPS) sum += fromDayNumber(received + gap).length;
  }
  return sum;
}

/** Wall time, and the CPU time of this process (robust when other work shares the machine). */
function time(fn: () => number): { ms: number; cpu: number; sum: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const sum = fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpu: (used.user + used.system) / 1000, sum };
}

// Warm both loops, then interleave rounds so that a busy machine slows both alike.
time(derived);
time(baseline);
const ours = { ms: 0, cpu: 0, sum: 0 };
const base = { ms: 0, cpu: 0, sum: 0 };
for (let r = 0; r < ROUNDS; r++) {
  for (const [fn, total] of [
    [derived, ours],
    [baseline, base],
  ] as const) {
    const t = time(fn);
    total.ms += t.ms;
    total.cpu += t.cpu;
    total.sum += t.sum;
  }
}
const count = LEDGERS.toLocaleString("en-US");
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const perLedger = (ms: number) => ((ms * 1000) / LEDGERS).toFixed(2);
console.log(
  `deriveClock: ${count} ten-event ledgers in ${seconds(ours.cpu)} s CPU (${perLedger(ours.cpu)} µs each; wall ${seconds(ours.ms)} s)`,
);
console.log(
  `baseline (parse 10 dates, add calendar days, format 6): ${count} ledgers in ${seconds(base.cpu)} s CPU (wall ${seconds(base.ms)} s)`,
);
console.log(
  `ratio: ${(ours.cpu / base.cpu).toFixed(2)}× the baseline's CPU time (wall: ${(ours.ms / base.ms).toFixed(2)}×; checksums ${ours.sum} / ${base.sum})`,
);
console.log(ours.cpu < 5000 ? "target met: under 5 s on one core" : "TARGET MISSED: 5 s on one core");
