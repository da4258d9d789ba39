import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "../../db/connect.ts";
import type { Actor } from "../actor.ts";
import { issueLetter } from "./issue-letter.ts";

/**
 * Issues receipts for a list of applications on a database connection of its own, in its own
 * thread, for the numbering tests: it says "ready", waits for the go signal, issues them all at
 * once, and reports the numbers it got (or the error codes).
 */

interface Job {
  url: string;
  applicationIds: string[];
  actor: Actor;
  now: string;
  go: Int32Array;
}

const job = workerData as Job;
const opened = await openDatabase({ url: job.url, poolSize: 4 });
const ctx = { db: opened.db, clock: () => new Date(job.now) };
await opened.db.selectFrom("letters").select("id").limit(1).execute();
parentPort?.postMessage("ready");
Atomics.wait(job.go, 0, 0);
const results = await Promise.all(
  job.applicationIds.map((id) =>
    issueLetter(ctx, job.actor, id, { kind: "receipt" }).then(
      (l) => l.number,
      (err: { code?: string }) => err.code ?? "UNKNOWN",
    ),
  ),
);
await opened.close();
parentPort?.postMessage(results);
