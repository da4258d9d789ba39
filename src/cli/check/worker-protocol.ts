import { parentPort, workerData } from "node:worker_threads";
import type { ReportModel } from "../../domain/report/model.ts";
import type { CheckLine } from "./check-line.ts";

/** What the pool gives every worker when it starts it. */
export interface WorkerSetup {
  /** Last year's report (`--previous`), read once by the main thread. */
  previous: ReportModel | null;
}

/** Pool → worker: check one file. */
export interface CheckTask {
  id: number;
  file: string;
}

/** Worker → pool: `ready` once its modules are loaded, then one `done` per task. */
export type WorkerMessage = { type: "ready" } | { type: "done"; id: number; line: CheckLine };

/**
 * Runs inside a worker thread: answers each task with `check(file)`, one at a time, so that the
 * pool's time limit measures one file. The pool starts a worker module that calls this; tests
 * start their own module to simulate a reader that hangs.
 */
export function serveChecks(check: (file: string, setup: WorkerSetup) => Promise<CheckLine>): void {
  const port = parentPort;
  if (!port) throw new Error("serveChecks must run inside a worker thread");
  const setup = workerData as WorkerSetup;
  port.on("message", async (task: CheckTask) => {
    const line = await check(task.file, setup);
    port.postMessage({ type: "done", id: task.id, line } satisfies WorkerMessage);
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage);
}
