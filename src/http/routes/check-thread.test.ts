import { describe, expect, it } from "vitest";
import { checkInWorker } from "./check-thread.ts";

const upload = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe("checkInWorker", () => {
  it("checks in the worker thread, and answers a check past its time limit with read.failed", async () => {
    const empty = await checkInWorker(upload("空.txt", ""), null);
    expect(empty.findings[0]).toMatchObject({ rule: "read.failed", severity: "error" });
    expect(empty.findings[0]?.message).toContain("文件是空的");

    const late = await checkInWorker(upload("慢.txt", "一、总体情况\n"), null, 1);
    expect(late.report).toBeNull();
    expect(late.findings[0]?.message).toContain("读取超时");

    // The next check starts a new worker.
    const again = await checkInWorker(upload("空.txt", ""), null);
    expect(again.findings[0]?.message).toContain("文件是空的");
  });

  it("goes on with the other checks when one runs out of time", async () => {
    // Both are in the worker when the first runs out of time.
    const [late, other] = await Promise.all([
      checkInWorker(upload("慢.txt", "一、总体情况\n"), null, 1),
      checkInWorker(upload("空.txt", ""), null),
    ]);
    expect(late.findings[0]?.message).toContain("读取超时");
    expect(other.findings[0]?.message).toContain("文件是空的");
  });
});
