import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { loadCalendar } from "../../services/calendar/calendar-years.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { runStorageCommand } from "./storage-commands.test-support.ts";

const dir = mkdtempSync(join(tmpdir(), "gk-calendar-cli-"));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

const YEAR_2027 = {
  year: 2027,
  source: "测试用安排（并非真实通知）",
  restDays: [
    { date: "2027-01-01", name: "元旦" },
    { date: "2027-02-08", name: "春节" },
  ],
  workDays: [{ date: "2027-02-13", name: "春节" }],
};

describe("gongkai calendar", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  forEachDialect((getDb) => {
    it("loads a year, says what it did, and the calendar in force then has it", async () => {
      vi.stubEnv("DATABASE_URL", getDb().url);
      const { out, exitCode } = await runStorageCommand("calendar", "load", file("2027.json", YEAR_2027));
      expect(exitCode).toBeUndefined();
      expect(out.slice(0, 2)).toEqual([
        "已载入 2027 年节假日安排：放假日 2 天，调休补班日 1 天",
        "  来源：测试用安排（并非真实通知）",
      ]);
      expect((await loadCalendar(getDb().db)).isWorkingDay("2027-02-13")).toBe(true);

      const again = await runStorageCommand(
        "calendar",
        "load",
        file("2027b.json", { ...YEAR_2027, source: "更正" }),
      );
      expect(again.out).toContain("  替换了此前载入的 2027 年安排");
    });

    it("lists built-in and loaded years with their counts", async () => {
      vi.stubEnv("DATABASE_URL", getDb().url);
      const { out } = await runStorageCommand("calendar", "list");
      expect(out[0]).toMatch(/^年份 {2}放假日 {2}补班日 {2}类型 +来源$/);
      const row = (year: number) => out.find((l) => l.startsWith(`${year} `))?.split(/\s{2,}/);
      // 2026 as built in from chinese-days: 元旦 3, 春节 9, 清明 3, 劳动节 5, 端午 3, 中秋 3, 国庆 7 rest days listed
      // (weekends inside holidays included); make-up days 1/4, 2/14, 2/28, 5/9, 9/20, 10/10.
      expect(row(2026)?.slice(0, 4)).toEqual(["2026", "33", "6", "内置"]);
      expect(row(2027)?.slice(0, 4)).toEqual([
        "2027",
        "2",
        "1",
        expect.stringMatching(/^载入 \d{4}-\d{2}-\d{2}$/),
      ]);
      expect(out.at(-1)).toMatch(/^共 \d+ 年（内置 \d+ 年，载入 1 年）。$/);
    });

    it("refuses a broken file with every problem and its path, storing nothing", async () => {
      vi.stubEnv("DATABASE_URL", getDb().url);
      const bad = await runStorageCommand(
        "calendar",
        "load",
        file("2028.json", {
          year: 2028,
          source: "x",
          restDays: [{ date: "2028-02-30", name: "春节" }],
          workDays: [{ date: "2028-01-05", name: "" }],
        }),
      );
      expect(bad.exitCode).toBe(2);
      const paths = bad.err.slice(1).map((l) => l.trim().split("：")[0]);
      expect(paths).toEqual(
        expect.arrayContaining(["restDays.0.date", "workDays.0.name", "workDays.0.date"]),
      );
      expect((await loadCalendar(getDb().db)).has(2028)).toBe(false);

      const notJson = await runStorageCommand("calendar", "load", file("broken.json", "{ year: 2028 "));
      expect(notJson.err[0]).toMatch(/^文件 .*broken\.json 不是合法的 JSON：.*请检查引号、逗号和括号$/);
      const missing = await runStorageCommand("calendar", "load", join(dir, "none.json"));
      expect(missing.err[0]).toContain("无法读取文件");
      expect(missing.err[0]).toContain("ENOENT");
    });
  });
});
