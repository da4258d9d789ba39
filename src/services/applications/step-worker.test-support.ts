import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "../../db/connect.ts";
import type { LedgerEvent } from "../../domain/applications/index.ts";
import type { Actor } from "../actor.ts";
import { recordStep } from "./record-step.ts";

/**
 * Runs one recordStep on its own database connection, in its own thread, for the concurrency tests:
 * it says "ready", waits for the go signal in the shared flag, and acts — at the same moment as
 * the main thread, which acts on a connection of its own.
 */

interface Job {
  url: string;
  applicationId: string;
  expectedVersion: number;
  event: LedgerEvent;
  actor: Actor;
  now: string;
  /** Int32Array over a SharedArrayBuffer: 0 until the main thread says go. */
  go: Int32Array;
}

const job = workerData as Job;
const opened = await openDatabase({ url: job.url, poolSize: 1 });
const ctx = { db: opened.db, clock: () => new Date(job.now) };
// Warm up the connection so that the step itself starts the moment the main thread says go.
await opened.db.selectFrom("applications").select("id").where("id", "=", job.applicationId).execute();
parentPort?.postMessage("ready");
Atomics.wait(job.go, 0, 0);
let result: { ok: true; version: number } | { ok: false; code: string; message: string };
try {
  const done = await recordStep(ctx, job.actor, job.applicationId, job.expectedVersion, job.event);
  result = { ok: true, version: done.application.version };
} catch (err) {
  const e = err as { code?: string; message?: string };
  result = { ok: false, code: e.code ?? "UNKNOWN", message: e.message ?? String(err) };
}
await opened.close();
parentPort?.postMessage(result);
