/**
 * Web-page reading throughput: `readHtml` + `validateReport` over a realistic saved report page
 * (~60 KB: navigation, sidebar, related links, footer, styles and scripts around the official
 * tables), measured in CPU time, against a baseline in the same run that only decodes the same bytes and splits them into
 * trimmed lines — the least any reader must do. Target: ≥ 500 pages per second on one core.
 * Run: npx tsx bench/read-html.ts
 */
import { validateReport } from "../src/domain/report/validate/index.ts";
import { decodeHtml, readHtml } from "../src/ingest/html/index.ts";
import { HUAIAN_2024, samplePage } from "../src/ingest/html/sample-page.fixture.ts";

const bytes = new TextEncoder().encode(samplePage(HUAIAN_2024));
const ROUNDS = 400;

/**
 * Pages per second of CPU time (user + system of this process): "on one core" even when other work
 * shares the machine, where wall-clock figures would measure the neighbours.
 */
function perSecond(run: () => unknown): number {
  for (let i = 0; i < 50; i++) run(); // warm-up: let V8 optimise before timing
  const start = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) run();
  const used = process.cpuUsage(start);
  return ROUNDS / ((used.user + used.system) / 1e6);
}

const baseline = perSecond(() =>
  decodeHtml(bytes)
    .split("\n")
    .map((l) => l.trim()),
);
const readOnly = perSecond(() => readHtml(decodeHtml(bytes)));
const readAndValidate = perSecond(() => {
  const { report } = readHtml(decodeHtml(bytes));
  if (report) validateReport(report);
});

const check = readHtml(decodeHtml(bytes)).report?.tables.litigation.join(" ");
console.log(`page: ${(bytes.length / 1024).toFixed(0)} KB, table 四 read as: ${check}`);
console.log(`baseline (decode + split lines): ${baseline.toFixed(0)} pages/s`);
console.log(
  `readHtml:                         ${readOnly.toFixed(0)} pages/s (${(baseline / readOnly).toFixed(1)}x the baseline's time)`,
);
console.log(
  `readHtml + validateReport:        ${readAndValidate.toFixed(0)} pages/s (${(baseline / readAndValidate).toFixed(1)}x the baseline's time; target ≥ 500)`,
);
