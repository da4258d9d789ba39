import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connect.ts";
import { AppError } from "../../domain/app-error.ts";
import type { LedgerEvent } from "../../domain/applications/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import type { Actor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree } from "../testing/sample-tree.ts";
import { counterInput, handClock } from "./application-samples.test-support.ts";
import { STALE_VERSION_MESSAGE } from "./apply-step.ts";
import { recordStep } from "./record-step.ts";
import { registerApplication } from "./register-application.ts";

const DAY = "2026-03-10";
const STEP: LedgerEvent = { type: "extensionApproved", date: DAY, workingDays: 10, approver: "李主任" };

type Outcome = { ok: true; version: number } | { ok: false; code: string; message: string };

/**
 * Starts a thread that runs `recordStep` with a connection of its own; resolves `ready` once it waits
 * for the go signal, and `done` with its outcome.
 */
function inWorker(job: Record<string, unknown>, go: Int32Array) {
  // Workers do not inherit the test runner's TypeScript loading: register tsx in the thread first.
  const script = new URL("./step-worker.test-support.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(script)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { ...job, go } });
  let done: (o: Outcome) => void = () => {};
  const outcome = new Promise<Outcome>((resolve, reject) => {
    done = resolve;
    worker.once("error", reject);
  });
  const ready = new Promise<void>((resolve, reject) => {
    worker.on("message", (m) => (m === "ready" ? resolve() : done(m as Outcome)));
    worker.once("error", reject);
  });
  return { ready, outcome };
}

async function settle(work: Promise<unknown>): Promise<Outcome> {
  try {
    const done = (await work) as { application: { version: number } };
    return { ok: true, version: done.application.version };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { ok: false, code: err.code, message: err.message };
  }
}

forEachDialect((getDb, dialect) => {
  const setup = async (prefix: string) => {
    const clock = handClock(DAY);
    const ctx: ServiceContext = { db: getDb().db, clock: clock.now };
    const tree = await createSampleTree(ctx, prefix);
    const { application } = await registerApplication(ctx, tree.as("clerk"), counterInput("2026-03-02"));
    return { ctx, tree, application };
  };

  const ledgerAndAudit = async (ctx: ServiceContext, id: string) => {
    const events = await ctx.db
      .selectFrom("application_events")
      .select("seq")
      .where("application_id", "=", id)
      .execute();
    const steps = await ctx.db
      .selectFrom("audit_log")
      .select("id")
      .where("entity_id", "=", id)
      .where("action", "=", "step")
      .execute();
    const row = await ctx.db
      .selectFrom("applications")
      .select("version")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    return { events: events.length, steps: steps.length, version: row.version };
  };

  const expectOneWinner = (outcomes: Outcome[]) => {
    const winners = outcomes.filter((o) => o.ok);
    const losers = outcomes.filter((o) => !o.ok);
    expect(winners).toEqual([{ ok: true, version: 3 }]);
    expect(losers).toEqual(
      Array(outcomes.length - 1).fill({ ok: false, code: "CONFLICT", message: STALE_VERSION_MESSAGE }),
    );
  };

  describe("two staff acting on one application at once", () => {
    it("lets exactly one of several parallel steps with the same version win, through one handle", async () => {
      const { ctx, tree, application } = await setup("cc1");
      const clerk: Actor = tree.as("clerk");
      const outcomes = await Promise.all(
        [0, 1, 2, 3].map(() => settle(recordStep(ctx, clerk, application.id, 2, STEP))),
      );
      expectOneWinner(outcomes);
      // received + the one extension; the register wrote one step row, the winner one more.
      expect(await ledgerAndAudit(ctx, application.id)).toEqual({ events: 2, steps: 2, version: 3 });
    });

    it(`lets exactly one win from two separate connections (${dialect === "sqlite" ? "same SQLite file" : "two PostgreSQL pools"}), one in another thread`, async () => {
      const { ctx, tree, application } = await setup("cc2");
      const clerk = tree.as("clerk");
      const go = new Int32Array(new SharedArrayBuffer(4));
      const job = {
        url: getDb().url,
        applicationId: application.id,
        expectedVersion: 2,
        event: STEP,
        actor: clerk,
        now: ctx.clock().toISOString(),
      };
      const other = await openDatabase({ url: getDb().url, poolSize: 1 });
      try {
        const worker = inWorker(job, go);
        await worker.ready;
        Atomics.store(go, 0, 1);
        Atomics.notify(go, 0);
        const mine = settle(recordStep({ ...ctx, db: other.db }, clerk, application.id, 2, STEP));
        expectOneWinner(await Promise.all([mine, worker.outcome]));
      } finally {
        await other.close();
      }
      expect(await ledgerAndAudit(ctx, application.id)).toEqual({ events: 2, steps: 2, version: 3 });
    }, 60_000);

    it("refuses a stale version after the fact and leaves everything as it was", async () => {
      const { ctx, tree, application } = await setup("cc3");
      const clerk = tree.as("clerk");
      await recordStep(ctx, clerk, application.id, 2, STEP);
      const before = await ctx.db
        .selectFrom("applications")
        .selectAll()
        .where("id", "=", application.id)
        .execute();
      await expect(
        recordStep(ctx, clerk, application.id, 2, { type: "decided", date: DAY, outcome: "unableNotHeld" }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: STALE_VERSION_MESSAGE });
      // A refused step (the domain says no) rolls back the claimed version too.
      await expect(
        recordStep(ctx, clerk, application.id, 3, { type: "replied", date: DAY }),
      ).rejects.toMatchObject({
        code: "CONFLICT",
      });
      const after = await ctx.db
        .selectFrom("applications")
        .selectAll()
        .where("id", "=", application.id)
        .execute();
      expect(after).toEqual(before);
      expect(await ledgerAndAudit(ctx, application.id)).toEqual({ events: 2, steps: 2, version: 3 });
    });
  });
});
