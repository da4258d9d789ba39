import { once } from "node:events";
import { AppError } from "../../domain/app-error.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import { type CheckLine, unreadableLine } from "./check-line.ts";
import { formatFile, painter } from "./human-output.ts";
import { expandInputs } from "./inputs.ts";
import { CheckPool } from "./pool.ts";
import { type Progress, startProgress } from "./progress.ts";
import { addToSummary, emptySummary, exitCodeOf, summaryText } from "./summary.ts";

export interface CheckOptions {
  /** Last year's report, for the cross-year rules. */
  previous?: string;
  /** JSON Lines on stdout instead of the human report. */
  json?: boolean;
  jobs: number;
  /** Time limit of one file, in milliseconds. */
  timeoutMs: number;
  /** Module the workers run; tests pass one that simulates a hanging reader. */
  workerModule?: URL;
}

type Stream = NodeJS.WritableStream & { isTTY?: boolean };

export interface CheckIo {
  stdout: Stream;
  stderr: Stream;
  /** Colour in the human output (a terminal without NO_COLOR). */
  colour: boolean;
}

/**
 * `gongkai check`: reads and checks every input file in worker threads and prints one result per
 * file as soon as it and all files before it are done — input order, whatever order they finish
 * in. At most `window` results wait for an earlier slow file, so memory stays flat however many
 * files there are. Returns the exit code (summary.ts: 2 unreadable input, 1 errors, 0 clean).
 */
export async function runCheck(inputs: readonly string[], options: CheckOptions, io: CheckIo) {
  const entries = await expandInputs(inputs);
  const previous = options.previous ? await readPrevious(options.previous) : null;
  const pool = new CheckPool({
    jobs: options.jobs,
    timeoutMs: options.timeoutMs,
    setup: { previous },
    ...(options.workerModule ? { workerModule: options.workerModule } : {}),
  });
  const progress = startProgress(entries.length, io.stderr);
  const write = writer(io.stdout, progress, !options.json && io.stdout.isTTY === true);
  const paint = painter(io.colour && !options.json);
  const summary = emptySummary();
  const window = Math.max(64, options.jobs * 8);
  const pending: Promise<CheckLine>[] = [];
  const emit = async (line: CheckLine) => {
    addToSummary(summary, line);
    if (options.json) await write(`${JSON.stringify(line)}\n`);
    else await write(`${formatFile(line, paint).join("\n")}\n\n`);
  };
  try {
    for (const entry of entries) {
      const line = entry.problem
        ? Promise.resolve(unreadableLine(entry.file, entry.problem))
        : pool.check(entry.file);
      pending.push(line.finally(() => progress?.tick()));
      while (pending.length >= window) await emit(await (pending.shift() as Promise<CheckLine>));
    }
    while (pending.length > 0) await emit(await (pending.shift() as Promise<CheckLine>));
  } finally {
    // After a fatal error the later checks reject too; nobody waits for them any more.
    for (const line of pending) line.catch(() => {});
    progress?.stop();
    await pool.close();
  }
  const text = `${paint("bold", summaryText(summary))}\n`;
  if (options.json) io.stderr.write(text);
  else await write(text);
  return exitCodeOf(summary);
}

async function readPrevious(path: string): Promise<ReportModel> {
  // Loaded here only: the main thread reads no report otherwise, the workers do.
  const { readReportFile } = await import("../../ingest/read-report.ts");
  const read = await readReportFile(path);
  if (read.report) return read.report;
  const reason = read.findings.map((f) => f.message).join("；");
  throw new AppError("VALIDATION", `无法读取上年报告 ${path}：${reason}。请检查 --previous 指定的文件`, {
    issues: [{ path: ["previous"], message: reason }],
  });
}

/**
 * Writes to `stream`, waiting when it is full so that a slow reader of a pipe slows the batch down
 * instead of filling memory. Human output to the terminal that shows the bar goes above the bar.
 */
function writer(stream: Stream, progress: Progress | null, aboveBar: boolean) {
  return async (text: string): Promise<void> => {
    if (progress && aboveBar) {
      progress.log(text);
      return;
    }
    if (!stream.write(text)) await once(stream, "drain");
  };
}
