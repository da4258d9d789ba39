import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/transaction.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { counterInput, handClock } from "../applications/application-samples.test-support.ts";
import { registerApplication } from "../applications/register-application.ts";
import type { ServiceContext } from "../context.ts";
import { issueLetter } from "./issue-letter.ts";
import { letterSetup } from "./letter-setup.test-support.ts";

const DAY = "2026-03-02";

/** A thread with a connection of its own that issues receipts for `applicationIds` when told to go. */
function inWorker(job: Record<string, unknown>, go: Int32Array) {
  const script = new URL("./issue-worker.test-support.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(script)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { ...job, go } });
  let done: (r: (number | string)[]) => void = () => {};
  const results = new Promise<(number | string)[]>((resolve, reject) => {
    done = resolve;
    worker.once("error", reject);
  });
  const ready = new Promise<void>((resolve, reject) => {
    worker.on("message", (m) => (m === "ready" ? resolve() : done(m as (number | string)[])));
    worker.once("error", reject);
  });
  return { ready, results };
}

forEachDialect((getDb) => {
  const setup = async (prefix: string, count: number) => {
    const ctx: ServiceContext = { db: getDb().db, clock: handClock(DAY).now };
    const tree = await letterSetup(ctx, prefix);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      ids.push((await registerApplication(ctx, tree.as("clerk"), counterInput(DAY))).application.id);
    }
    return { ctx, tree, ids };
  };

  describe("document numbers", () => {
    it("stay gapless and unique when two connections issue at once", async () => {
      const { ctx, tree, ids } = await setup("nb1", 16);
      const go = new Int32Array(new SharedArrayBuffer(4));
      const theirs = ids.slice(0, 8);
      const ours = ids.slice(8);
      const worker = inWorker(
        {
          url: getDb().url,
          applicationIds: theirs,
          actor: tree.as("clerk"),
          now: handClock(DAY).now().toISOString(),
        },
        go,
      );
      await worker.ready;
      Atomics.store(go, 0, 1);
      Atomics.notify(go, 0);
      // Ours in parallel too (the same receipt twice for one application: exactly one may win).
      const mine = Promise.all(
        [...ours, ours[0] as string].map((id) =>
          issueLetter(ctx, tree.as("clerk"), id, { kind: "receipt" }).then(
            (l) => l.number,
            (e: { code?: string }) => e.code ?? "?",
          ),
        ),
      );
      const all = [...(await worker.results), ...(await mine)];
      expect(all.filter((r) => typeof r === "string")).toEqual(["CONFLICT"]);
      const numbers = all.filter((r): r is number => typeof r === "number").sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
      const stored = await ctx.db
        .selectFrom("letters")
        .select(["number", "document_number"])
        .where("agency_id", "=", "nb1.k1")
        .orderBy("number")
        .execute();
      expect(stored.map((r) => r.document_number)).toEqual(numbers.map((n) => `一县政信登〔2026〕${n}号`));
      expect(
        await ctx.db
          .selectFrom("letter_counters")
          .select("last_number")
          .where("agency_id", "=", "nb1.k1")
          .execute(),
      ).toEqual([{ last_number: 16 }]);
    }, 120_000);

    it("a failed issue burns no number; each series and agency counts on its own", async () => {
      const { ctx, tree, ids } = await setup("nb2", 3);
      const clerk = tree.as("clerk");
      const failed = withTransaction(ctx.db, async (tx) => {
        const letter = await issueLetter({ ...ctx, db: tx }, clerk, ids[0] as string, { kind: "receipt" });
        expect(letter.number).toBe(1);
        throw new Error("the caller's transaction fails after the letter was written");
      });
      await expect(failed).rejects.toThrow("the caller's transaction fails");
      expect((await issueLetter(ctx, clerk, ids[1] as string, { kind: "receipt" })).number).toBe(1);
      expect((await issueLetter(ctx, clerk, ids[0] as string, { kind: "receipt" })).number).toBe(2);
      // Another agency's series starts at 1.
      const other = await registerApplication(ctx, tree.as("clerk2"), counterInput(DAY));
      const theirs = await issueLetter(ctx, tree.as("clerk2"), other.application.id, { kind: "receipt" });
      expect(theirs.documentNumber).toBe("甲市二县人民政府政信登〔2026〕1号");
    });
  });
});
