import { Worker } from "node:worker_threads";
import { bootScript } from "../../cli/check/pool.ts";
import type { CheckResult, Upload } from "./check-upload.ts";
import type { CheckRequest } from "./check-worker.ts";

/** Past this a check is abandoned and its worker replaced (a file that makes a reader hang). */
const CHECK_TIMEOUT_MS = 60_000;
const WORKER_HEAP_MB = 1024;

/** A check sent to the worker and not answered yet, and the worker that holds it. */
interface Task {
  request: CheckRequest;
  finish: (result: CheckResult) => void;
  checker?: Checker;
}

/** The worker thread with the checks it holds (it reads several at once: readers await). */
interface Checker {
  thread: Worker;
  tasks: Map<number, Task>;
}

let current: Checker | null = null;
let nextId = 0;

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
function start(): Checker {
  const thread = new Worker(bootScript(new URL("./check-worker.ts", import.meta.url)), {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // pdf.js warns about fonts on the worker's console: not the server's log.
    stdout: true,
    stderr: true,
  });
  thread.stdout.resume();
  thread.stderr.resume();
  thread.unref();
  const checker: Checker = { thread, tasks: new Map() };
  thread.on("message", ({ id, result }: { id: number; result: CheckResult }) => {
    checker.tasks.get(id)?.finish(result);
  });
  thread.on("error", () => {});
  // A worker that dies by itself (out of memory, a crash in a library) takes its checks with it:
  // which file did it is unknown, so each of them answers read.failed.
  thread.on("exit", () => {
    if (current === checker) current = null;
    for (const { request, finish } of checker.tasks.values()) {
      finish(
        failed(
          request.file,
          `${request.file.name}：读取时核查线程意外退出（文件可能过大或结构异常），请重新导出后再试`,
        ),
      );
    }
  });
  current = checker;
  return checker;
}

/** Hands a task to the current worker (started if need be). */
function submit(task: Task): void {
  const checker = current ?? start();
  task.checker = checker;
  checker.tasks.set(task.request.id, task);
  checker.thread.postMessage(task.request);
}

/** Gives up a task that ran out of time: its worker is stopped, and the other checks it held go on in a new one. */
function abandon(task: Task): void {
  const late = task.checker;
  if (!late) return;
  late.tasks.delete(task.request.id);
  if (current === late) current = null;
  const others = [...late.tasks.values()];
  late.tasks.clear();
  void late.thread.terminate();
  for (const other of others) submit(other);
}

/**
 * `checkUpload` in the server's worker thread: the same answer, without the readers' CPU time on the
 * event loop. A check past `timeoutMs` answers a `read.failed` finding; its worker is replaced and
 * the other checks it held go on in the new one. A worker that dies fails the checks it held.
 */
export function checkInWorker(
  file: Upload,
  previous: Upload | null,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<CheckResult> {
  return new Promise((resolve) => {
    const task: Task = {
      request: { id: nextId++, file, previous },
      finish: (result) => {
        clearTimeout(timer);
        task.checker?.tasks.delete(task.request.id);
        resolve(result);
      },
    };
    const timer = setTimeout(() => {
      abandon(task);
      resolve(
        failed(
          file,
          `${file.name}：读取超时，超过 ${timeoutMs / 1000} 秒仍未读完；文件可能过大或结构异常，请重新导出后再试`,
        ),
      );
    }, timeoutMs);
    submit(task);
  });
}
