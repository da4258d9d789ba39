/**
 * The report engine's speed, as `gongkai check` uses it.
 *
 * 1. Read + validate on one core, per CPU-second: text reports (the zunhuadian fixture and rendered
 *    markdown of random consistent reports) and web pages (rendered pages and a saved page with its
 *    site chrome), each file read from disk and checked as `checkFile` does (`readReport` by content,
 *    then `validateReport`). Beside each figure, the baseline measured in the same run, in
 *    alternating slices: reading the same files and splitting them into lines. Targets: text ≥ 2,000
 *    reports/s, HTML ≥ 500.
 * 2. A batch of 10,000 generated files (text, markdown, HTML, Word) through the real command,
 *    `node bin/gongkai.js check --json DIR`, and the same with 1,000 of them: wall time, files per
 *    second and the process's peak resident memory (VmHWM, worker threads included) — flat memory
 *    means the 10,000-file peak is about the 1,000-file peak.
 *
 * Run: npx tsx bench/check.ts            (BENCH_FILES=2000 for a shorter batch)
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import fc from "fast-check";
import { validateReport } from "../src/domain/report/validate/index.ts";
import { HUAIAN_2024, samplePage } from "../src/ingest/html/sample-page.fixture.ts";
import { readReport } from "../src/ingest/read-report.ts";
import { renderDocx, renderHtml, renderMarkdown } from "../src/render/report/index.ts";
import { arbitraryReport } from "../src/render/report/testing/arbitrary-report.ts";

const root = new URL("..", import.meta.url).pathname;
const zunhuadian = readFileSync(join(root, "src/ingest/text/fixtures/zunhuadian-2023.txt"), "utf8");
const models = fc.sample(arbitraryReport(), { numRuns: 64, seed: 2024 });
const dir = mkdtempSync(join(tmpdir(), "gongkai-bench-check-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

/** Writes `texts` as files named `prefix-N.ext`; returns their paths. */
function writeAll(prefix: string, ext: string, texts: (string | Uint8Array)[], into = dir): string[] {
  return texts.map((t, i) => {
    const path = join(into, `${prefix}-${String(i).padStart(5, "0")}.${ext}`);
    writeFileSync(path, t);
    return path;
  });
}

/** Distinct copies of the fixture (whitespace varied) so that no cache sees the same input twice. */
const zunhuadianVariants = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => zunhuadian.replace("2023 年", `2023 年${"\u3000".repeat(i % 8)}`) + "\n".repeat(i % 5),
  );

const textFiles = [
  ...writeAll("zunhuadian", "txt", zunhuadianVariants(64)),
  ...writeAll(
    "rendered",
    "md",
    models.map((m) => renderMarkdown(m)),
  ),
];
const htmlFiles = [
  ...writeAll(
    "rendered",
    "html",
    models.map((m) => renderHtml(m)),
  ),
  ...writeAll("saved-page", "html", [samplePage(HUAIAN_2024)]),
];

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Files per CPU-second of `work` and of `baseline`, in alternating slices over the same files. */
async function rates(
  files: string[],
  work: (path: string) => Promise<number>,
  baseline: (path: string) => number,
  batch: number,
): Promise<[number, number]> {
  let sink = 0;
  for (const f of files) sink += (await work(f)) + baseline(f); // warm-up
  const spent = [0, 0];
  let done = 0;
  let i = 0;
  for (let round = 0; round < 30; round++) {
    let start = cpuSeconds();
    for (let k = 0; k < batch; k++) sink += await work(files[(i + k) % files.length] as string);
    spent[0] = (spent[0] as number) + cpuSeconds() - start;
    start = cpuSeconds();
    for (let k = 0; k < batch; k++) sink += baseline(files[(i + k) % files.length] as string);
    spent[1] = (spent[1] as number) + cpuSeconds() - start;
    done += batch;
    i += batch;
  }
  if (sink === -1) console.log(sink);
  return [done / (spent[0] as number), done / (spent[1] as number)];
}

/** What `checkFile` does per file, minus the worker: read by content, validate. */
async function readAndValidate(path: string): Promise<number> {
  const { report, findings } = await readReport({ name: path, bytes: readFileSync(path) });
  return findings.length + (report ? validateReport(report).length : 0);
}
const readAndSplit = (path: string): number =>
  new TextDecoder().decode(readFileSync(path)).split("\n").length;

const fmt = (n: number) => Math.round(n).toLocaleString("en");

const load = () => `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`;
console.log(`Machine: ${load()} (figures from a busy machine understate an idle one)`);
console.log("1. Read + validate on one core (CPU time); baseline: read the same files, split into lines");
for (const [name, files, target, batch] of [
  ["text (.txt, .md)", textFiles, 2000, 200],
  ["HTML pages", htmlFiles, 500, 60],
] as const) {
  const [reports, base] = await rates([...files], readAndValidate, readAndSplit, batch);
  const kb = files.reduce((s, f) => s + readFileSync(f).length, 0) / files.length / 1024;
  console.log(
    `   ${name.padEnd(17)} ${kb.toFixed(0).padStart(3)} KB avg  ${fmt(reports).padStart(6)} reports/s` +
      ` (target ≥ ${fmt(target)})  baseline ${fmt(base)}/s  ratio ${(base / reports).toFixed(1)}× the baseline's time`,
  );
}

/** Peak resident memory of a process so far (kB), from /proc; 0 once it has gone. */
function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Runs `gongkai check --json folder`; counts lines as they stream, never keeps them. */
function runBatch(folder: string): Promise<{ seconds: number; peakMb: number; lines: number; code: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(root, "bin/gongkai.js"), "check", "--json", folder], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    let peak = 0;
    const poll = setInterval(() => {
      peak = Math.max(peak, peakRss(child.pid ?? 0));
    }, 100);
    let lines = 0;
    createInterface({ input: child.stdout }).on("line", (line) => {
      JSON.parse(line);
      lines++;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - start) / 1000, peakMb: peak / 1024, lines, code: code ?? -1 });
    });
  });
}

const total = Number(process.env.BENCH_FILES ?? 10_000);
const docx = await Promise.all(models.slice(0, 8).map((m) => renderDocx(m)));
const kinds: [string, (i: number) => string | Uint8Array][] = [
  ["txt", (i) => zunhuadianVariants(64)[i % 64] as string],
  ["md", (i) => renderMarkdown(models[i % models.length] as (typeof models)[number])],
  ["html", (i) => renderHtml(models[i % models.length] as (typeof models)[number])],
];
/** A folder of `n` files: 40 % text, 30 % markdown, 25 % HTML, 5 % Word, in subfolders of 1,000. */
function batchFolder(n: number): string {
  const folder = join(dir, `batch-${n}`);
  for (let i = 0; i < n; i++) {
    const sub = join(folder, `part-${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const slot = i % 20;
    const name = join(sub, `report-${String(i).padStart(5, "0")}`);
    if (slot === 19) writeFileSync(`${name}.docx`, docx[i % docx.length] as Uint8Array);
    else {
      const [ext, make] = kinds[slot < 8 ? 0 : slot < 14 ? 1 : 2] as [string, (i: number) => string];
      writeFileSync(`${name}.${ext}`, make(i));
    }
  }
  return folder;
}

console.log(`2. The real command on generated folders: node bin/gongkai.js check --json DIR (jobs = cores)`);
for (const n of [Math.round(total / 10), total]) {
  const folder = batchFolder(n);
  const run = await runBatch(folder);
  console.log(
    `   ${fmt(n).padStart(6)} files: ${run.seconds.toFixed(1)} s wall, ${fmt(n / run.seconds)} files/s,` +
      ` peak RSS ${run.peakMb.toFixed(0)} MB, ${fmt(run.lines)} JSON lines, exit ${run.code}; ${load()}`,
  );
  rmSync(folder, { recursive: true, force: true });
}
