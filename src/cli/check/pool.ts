import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError } from "../../domain/app-error.ts";
import { type CheckLine, unreadableLine } from "./check-line.ts";
import type { CheckTask, WorkerMessage, WorkerSetup } from "./worker-protocol.ts";

export interface PoolOptions {
  /** Worker threads at most; they are started as work arrives. */
  jobs: number;
  /** Time limit of one file; past it the file is reported as unreadable and its worker replaced. */
  timeoutMs: number;
  setup: WorkerSetup;
  /** Module each worker runs (it calls `serveChecks`); tests pass one that hangs on purpose. */
  workerModule?: URL;
}

interface Task {
  id: number;
  file: string;
  resolve: (line: CheckLine) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  error: unknown;
}

/** A file that makes a reader allocate past this is reported, not allowed to exhaust the machine. */
const WORKER_HEAP_MB = 2048;

// Worker threads do not inherit the TypeScript loader of the main thread (bin/gongkai.js registers
// tsx there; vitest has its own): each worker registers tsx before importing its module.
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs"),
).href;

/** The eval source of a worker that registers tsx, then imports `module` (also used by POST /api/check). */
export const bootScript = (module: URL): string =>
  `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;

/**
 * Worker threads that check files in parallel, one file per worker at a time, each under a time
 * limit. A file that exceeds it, or whose worker dies (out of memory, a crash inside a library), comes
 * back as a `read.failed` line and the worker is replaced: one bad file never stops the batch. A
 * worker that cannot even start is fatal (`AppError` INTERNAL) since no file could be checked.
 */
export class CheckPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private readonly module: URL;
  private nextId = 0;
  private fatal: AppError | null = null;

  constructor(private readonly options: PoolOptions) {
    this.module = options.workerModule ?? new URL("./worker.ts", import.meta.url);
  }

  /** The check of one file, whenever a worker is free. */
  check(file: string): Promise<CheckLine> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; pending checks are abandoned. */
  async close(): Promise<void> {
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      this.assign(slot, task);
    }
    let starting = 0;
    for (const slot of this.slots) if (!slot.ready) starting++;
    while (this.queue.length > starting && this.slots.size < this.options.jobs) {
      this.spawn();
      starting++;
    }
  }

  private assign(slot: Slot, task: Task): void {
    slot.task = task;
    slot.timer = setTimeout(() => this.timeout(slot), this.options.timeoutMs);
    slot.worker.postMessage({ id: task.id, file: task.file } satisfies CheckTask);
  }

  private spawn(): void {
    const worker = new Worker(bootScript(this.module), {
      eval: true,
      workerData: this.options.setup,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      // Libraries print warnings (pdf.js about fonts); they must not reach stdout, where JSON goes.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker, ready: false, task: null, timer: null, error: null };
    this.slots.add(slot);
    worker.on("message", (message: WorkerMessage) => this.receive(slot, message));
    worker.on("error", (error) => {
      slot.error = error;
    });
    worker.on("exit", () => this.exited(slot));
  }

  private receive(slot: Slot, message: WorkerMessage): void {
    if (message.type === "ready") {
      slot.ready = true;
    } else if (slot.task?.id === message.id) {
      const task = slot.task;
      this.release(slot);
      task.resolve(message.line);
    }
    this.pump();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  private timeout(slot: Slot): void {
    const task = slot.task;
    if (!task || !this.slots.has(slot)) return;
    this.slots.delete(slot);
    this.release(slot);
    void slot.worker.terminate();
    const seconds = this.options.timeoutMs / 1000;
    task.resolve(
      unreadableLine(
        task.file,
        `${task.file}：读取超时，超过 ${seconds} 秒仍未读完，已跳过此文件；文件可能过大或结构异常，可用 --timeout 加大时限后单独重试`,
      ),
    );
    this.pump();
  }

  /** A worker ended without being asked to: fail its file, or everything if it never started. */
  private exited(slot: Slot): void {
    if (!this.slots.has(slot)) return; // retired by us
    this.slots.delete(slot);
    const task = slot.task;
    this.release(slot);
    const reason = describe(slot.error);
    if (!slot.ready) {
      this.fail(new AppError("INTERNAL", `无法启动核查线程（${reason}），请确认依赖已安装（npm ci）后重试`));
      return;
    }
    task?.resolve(unreadableLine(task.file, `${task.file}：${reason}，已跳过此文件`));
    this.pump();
  }

  private fail(error: AppError): void {
    this.fatal = error;
    for (const slot of this.slots) slot.task?.reject(error);
    for (const task of this.queue.splice(0)) task.reject(error);
    void this.close();
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") return `读取时所需内存超过 ${WORKER_HEAP_MB} MB 的上限`;
  if (!error) return "核查线程意外退出";
  const reason = error instanceof Error ? error.message : String(error);
  return `核查线程出错（${reason.split("\n")[0]?.slice(0, 200)}）`;
}
