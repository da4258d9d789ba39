/**
 * POST /api/check's reading of a PDF: in the server's worker thread (`checkInWorker`, what the route
 * does) against on the main thread (`checkUpload`), for two real published PDFs of the shared
 * fixtures, in alternating rounds of the same run. Prints the time per check and, what the worker
 * is for, the main thread's event-loop delay during the checks (p50, p99, max), with the ratio
 * direct / worker of the p99 delay.
 * Run: npx tsx bench/check-upload.ts
 */
import { readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { checkInWorker } from "../src/http/routes/check-thread.ts";
import { checkUpload, type Upload } from "../src/http/routes/check-upload.ts";

const FILES = ["hongze-district-2024.pdf", "huaian-city-2024.pdf"];
const ROUNDS = 3;
const RUNS = 3;
const ms = (ns: number) => ns / 1e6;

type Way = "worker" | "direct";
const check = (way: Way, file: Upload) =>
  way === "worker" ? checkInWorker(file, null) : checkUpload(file, null);

async function measure(way: Way, file: Upload) {
  const loop = monitorEventLoopDelay({ resolution: 2 });
  const times: number[] = [];
  loop.enable();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await check(way, file);
    times.push(performance.now() - start);
  }
  loop.disable();
  return { times, p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) };
}

for (const name of FILES) {
  const file = { name, bytes: new Uint8Array(readFileSync(`../shared/fixtures/external/${name}`)) };
  await check("worker", file); // warm-up: the worker's start and the readers' modules
  await check("direct", file);
  const all: Record<Way, { times: number[]; p99: number[]; p50: number[]; max: number }> = {
    worker: { times: [], p99: [], p50: [], max: 0 },
    direct: { times: [], p99: [], p50: [], max: 0 },
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const way of ["direct", "worker"] as const) {
      const m = await measure(way, file);
      all[way].times.push(...m.times);
      all[way].p50.push(m.p50);
      all[way].p99.push(m.p99);
      all[way].max = Math.max(all[way].max, m.max);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(`${name} (${Math.round(file.bytes.length / 1024)} KB)`);
  for (const way of ["worker", "direct"] as const) {
    const a = all[way];
    console.log(
      `  ${way.padEnd(6)} check ${median(a.times).toFixed(0)} ms (median of ${a.times.length}); event-loop delay p50 ${median(a.p50).toFixed(1)} ms, p99 ${median(a.p99).toFixed(0)} ms, max ${a.max.toFixed(0)} ms`,
    );
  }
  console.log(
    `  ratio of the p99 delay, direct / worker: ${(median(all.direct.p99) / median(all.worker.p99)).toFixed(1)}`,
  );
}
// The worker is unref'd, yet tsx's runner waits for it: end here.
process.exit(0);
