import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCommand } from "../run-command.test-support.ts";
import { registerDeadlineCommand } from "./deadline.ts";
import { registerFeeCommand } from "./fee.ts";

const dir = mkdtempSync(join(tmpdir(), "gongkai-deadline-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `gongkai …` in-process with the deadline and fee commands; returns output and exit code. */
async function run(...args: string[]) {
  const r = await runCommand((p) => {
    registerDeadlineCommand(p);
    registerFeeCommand(p);
  }, args);
  return { ...r, out: r.out.join("\n"), err: r.err.join("\n") };
}

function ledgerFile(name: string, events: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(events));
  return file;
}

const consulted = ledgerFile("consulted.json", [
  { type: "received", date: "2026-03-02", channel: "online" },
  { type: "consultationSent", date: "2026-03-10", ref: "C1", party: "thirdParty", name: "某公司" },
  { type: "consultationAnswered", date: "2026-03-13", ref: "C1" },
]);

describe("gongkai deadline", () => {
  it("prints every date in play and the status on --at", async () => {
    const { out, exitCode } = await run("deadline", consulted, "--builtin", "--at", "2026-03-16");
    expect(out).toContain("收到申请：2026-03-02（互联网渠道，以双方确认之日为准）");
    expect(out).toContain("告知补正期限：2026-03-11（星期三）");
    expect(out).toContain(
      "征求意见 C1：第三方（某公司），2026-03-10 发出，期限 2026-03-31（星期二），2026-03-13 答复",
    );
    expect(out).toContain("暂停合计：3 个工作日");
    expect(out).toContain("答复期限：2026-04-02（星期四）");
    // 3/3–3/6, 3/9, 3/10 and 3/16 counted (3/11–3/13 paused), so 13 remain.
    expect(out).toContain("截至 2026-03-16：按期办理中：答复期限 2026-04-02，尚余 13 个工作日");
    expect(exitCode).toBeUndefined();
  });

  it("--explain lists paused and skipped days", async () => {
    const { out } = await run("deadline", consulted, "--builtin", "--at", "2026-03-16", "--explain");
    expect(out).toContain("2026-03-11 星期三  暂停  征求意见 C1");
    expect(out).toContain("2026-03-14 星期六  不计  周末");
    expect(out).toContain("2026-04-02 星期四  计入  第 20 个工作日  工作日");
  });

  it("--json gives the derived view", async () => {
    const { out } = await run("deadline", consulted, "--builtin", "--json", "--at", "2026-03-16");
    const view = JSON.parse(out);
    expect(view.replyDeadline).toEqual({ date: "2026-04-02", provisional: false });
    expect(view.status.kind).toBe("onTime");
  });

  it("refuses an illegal ledger with the reason and exit code 2", async () => {
    const file = ledgerFile("second-extension.json", [
      { type: "received", date: "2026-03-02", channel: "online" },
      { type: "extensionApproved", date: "2026-03-20", workingDays: 10, approver: "张主任" },
      { type: "extensionApproved", date: "2026-03-27", workingDays: 10, approver: "张主任" },
    ]);
    const { err, exitCode } = await run("deadline", file, "--builtin");
    expect(err).toContain("答复期限只能延长一次");
    expect(exitCode).toBe(2);
  });

  it("a year without schedule: exit 3 on the strict calendar, provisional with --provisional", async () => {
    const file = ledgerFile("december.json", [{ type: "received", date: "2026-12-07", channel: "inPerson" }]);
    const strict = await run("deadline", file, "--builtin", "--at", "2026-12-08");
    expect(strict.exitCode).toBe(3);
    expect(strict.err).toContain("2027");
    const provisional = await run("deadline", file, "--builtin", "--provisional", "--at", "2026-12-08");
    expect(provisional.out).toContain("答复期限：2027-01-04（星期一）【暂定】");
    // The status sentence names the same date and counts days to it: marked too, never stated as exact.
    expect(provisional.out).toContain(
      "截至 2026-12-08：按期办理中：答复期限 2027-01-04，尚余 19 个工作日【暂定】",
    );
  });

  it("reports malformed JSON in Chinese", async () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, "[{");
    const { err, exitCode } = await run("deadline", file, "--builtin");
    expect(err).toContain("台账不是有效的 JSON");
    expect(exitCode).toBe(2);
  });
});

describe("gongkai fee", () => {
  it("--per-item --nth 35: 200 元", async () => {
    const { out } = await run("fee", "--per-item", "--nth", "35");
    expect(out).toContain("第31—40件  1 件 × 200.00 元 = 200.00 元");
    expect(out).toContain("合计：200.00 元");
  });

  it("--pages 250: itemised, 4,700 元", async () => {
    const { out } = await run("fee", "--pages", "250");
    expect(out).toContain("第101—200页  100 页 × 20.00 元 = 2,000.00 元");
    expect(out).toContain("合计：4,700.00 元");
  });

  it("refuses both methods at once", async () => {
    const { err, exitCode } = await run("fee", "--per-item", "--nth", "3", "--pages", "40");
    expect(err).toContain("只能选择一种收费方式");
    expect(exitCode).toBe(2);
  });
});
