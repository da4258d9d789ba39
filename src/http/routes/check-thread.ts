import { Worker } from "node:worker_threads";
import { bootScript } from "../../cli/check/pool.ts";
import type { CheckResult, Upload } from "./check-upload.ts";
import type { CheckRequest } from "./check-worker.ts";

/** Past this a check is abandoned and its worker replaced (a file that makes a reader hang). */
const CHECK_TIMEOUT_MS = 60_000;
const WORKER_HEAP_MB = 1024;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (result: CheckResult) => void>();

/** The answer for a file whose check could not finish: one `read.failed` finding saying why. */
function failed(file: Upload, message: string): CheckResult {
  return {
    file: file.name,
    report: null,
    findings: [{ rule: "read.failed", severity: "error", message, cells: [], cellNames: [] }],
    counts: { errors: 1, warnings: 0 },
    html: null,
    previous: null,
  };
}

/** One worker thread for the whole server, started at the first check; unref'd so it never keeps a process alive. */
function start(): Worker {
  const started = new Worker(bootScript(new URL("./check-worker.ts", import.meta.url)), {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // pdf.js warns about fonts on the worker's console: not the server's log.
    stdout: true,
    stderr: true,
  });
  started.stdout.resume();
  started.stderr.resume();
  started.unref();
  started.on("message", ({ id, result }: { id: number; result: CheckResult }) => {
    waiting.get(id)?.(result);
    waiting.delete(id);
  });
  started.on("error", () => {});
  started.on("exit", () => {
    if (worker === started) worker = null;
  });
  worker = started;
  return started;
}

/**
 * `checkUpload` in the server's worker thread: the same answer, without the readers' CPU time on the
 * event loop. A check past `timeoutMs`, or a worker that dies (out of memory, a crash in a library),
 * answers a `read.failed` finding and the worker is replaced at the next check.
 */
export function checkInWorker(
  file: Upload,
  previous: Upload | null,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<CheckResult> {
  const thread = worker ?? start();
  const id = nextId++;
  return new Promise((resolve) => {
    const finish = (result: CheckResult) => {
      clearTimeout(timer);
      thread.off("exit", died);
      waiting.delete(id);
      resolve(result);
    };
    const died = () =>
      finish(
        failed(file, `${file.name}：读取时核查线程意外退出（文件可能过大或结构异常），请重新导出后再试`),
      );
    const timer = setTimeout(() => {
      if (worker === thread) worker = null; // the next check starts afresh while this one ends
      void thread.terminate();
      finish(
        failed(
          file,
          `${file.name}：读取超时，超过 ${timeoutMs / 1000} 秒仍未读完；文件可能过大或结构异常，请重新导出后再试`,
        ),
      );
    }, timeoutMs);
    waiting.set(id, finish);
    thread.on("exit", died);
    thread.postMessage({ id, file, previous } satisfies CheckRequest);
  });
}
