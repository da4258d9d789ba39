import { describe, expect, it } from "vitest";
import { runWorkdays } from "./workdays.test-support.ts";

/** The built-in years only, whatever database this machine has (workdays.int.test.ts covers loaded years). */
const run = (...args: string[]) => runWorkdays(...args, "--builtin");

describe("gongkai workdays", () => {
  it("add prints the deadline with its weekday", async () => {
    const { out, exitCode } = await run("add", "2026-02-10", "20");
    expect(out[0]).toBe("2026-03-16（星期一）");
    expect(exitCode).toBeUndefined();
  });

  it("add --explain lists each day, counted or skipped, with the reason", async () => {
    const { out } = await run("add", "2026-02-10", "20", "--explain");
    expect(out).toContain("2026-02-14 星期六  计入  第 4 个工作日  调休补班（春节）");
    expect(out).toContain("2026-02-16 星期一  不计  春节放假");
    expect(out).toContain("2026-02-28 星期六  计入  第 9 个工作日  调休补班（春节）");
    expect(out).toContain("2026-03-01 星期日  不计  周末");
    expect(out).toContain("2026-03-16 星期一  计入  第 20 个工作日  工作日");
    expect(out.filter((l) => l.includes("  计入  "))).toHaveLength(20);
    expect(out.filter((l) => l.includes("  不计  "))).toHaveLength(14);
  });

  it("between prints the count of (from, to]", async () => {
    const { out } = await run("between", "2026-09-28", "2026-10-12");
    expect(out[0]).toBe("6");
    expect(out[1]).toContain("共有 6 个工作日");
  });

  it("refuses a year without data, naming the fix, unless --provisional", async () => {
    const strict = await run("add", "2026-12-20", "10");
    expect(strict.out).toEqual([]);
    expect(strict.err[0]).toContain("gongkai calendar load 2027.json");
    expect(strict.exitCode).toBe(3);
    const provisional = await run("add", "2026-12-20", "10", "--provisional");
    expect(provisional.out[0]).toBe("2027-01-01（星期五）");
    expect(provisional.out.at(-1)).toContain("暂定");
  });

  it.each([
    ["add", "2026-02-30", "1"],
    ["add", "2026-02-10", "-3"],
    ["add", "2026-02-10", "二十"],
    ["between", "2026-09-28", "10/12"],
  ])("rejects bad input: %s %s %s", async (...args) => {
    const { out, err, exitCode } = await run(...args);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/无效/);
    expect(exitCode).toBe(2);
  });
});
