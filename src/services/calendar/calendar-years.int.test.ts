import { beforeAll, describe, expect, it } from "vitest";
import type { CalendarYear } from "../../domain/calendar/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { listAudit } from "../audit/audit-log.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree, type SampleTree } from "../testing/sample-tree.ts";
import { listCalendarYears, loadCalendar, loadCalendarYear } from "./calendar-years.ts";

const clock = () => new Date("2026-11-10T02:00:00.000Z");

/** An invented 2027 schedule, small enough to work by hand: New Year 1–3 Jan, Spring Festival 6–12 Feb with Sat 13 Feb worked. */
const YEAR_2027: CalendarYear = {
  year: 2027,
  source: "测试用安排（并非真实通知）",
  restDays: [
    { date: "2027-01-01", name: "元旦" },
    { date: "2027-02-08", name: "春节" },
    { date: "2027-02-09", name: "春节" },
    { date: "2027-02-10", name: "春节" },
    { date: "2027-02-11", name: "春节" },
    { date: "2027-02-12", name: "春节" },
  ],
  workDays: [{ date: "2027-02-13", name: "春节" }],
};

describe("calendar years", () => {
  forEachDialect((getDb) => {
    const ctx = (): ServiceContext => ({ db: getDb().db, clock });
    let t: SampleTree;
    beforeAll(async () => {
      t = await createSampleTree(ctx(), "cal");
    });

    it("are built in up to 2026; a strict calendar refuses 2027 until it is loaded", async () => {
      const before = await loadCalendar(getDb().db);
      expect(before.has(2026)).toBe(true);
      expect(before.has(2027)).toBe(false);
      expect(() => before.addWorkingDays("2027-02-05", 1)).toThrow(
        expect.objectContaining({ code: "CALENDAR_MISSING" }),
      );
      const years = await listCalendarYears(getDb().db);
      expect(years.find((y) => y.year === 2026)).toMatchObject({ origin: "builtin", loadedAt: null });
    });

    it("load a validated year that the calendar then uses, and list it as loaded", async () => {
      const loaded = await loadCalendarYear(ctx(), t.as("admin"), YEAR_2027);
      expect(loaded).toEqual({
        year: 2027,
        source: YEAR_2027.source,
        restDays: 6,
        workDays: 1,
        replacedLoaded: false,
        overridesBuiltin: false,
        deadlines: { checked: 0, updated: 0 },
      });
      const calendar = await loadCalendar(getDb().db);
      // Fri 5 Feb + 1 working day: 6–7 weekend, 8–12 holiday, Sat 13 a make-up working day.
      expect(calendar.addWorkingDays("2027-02-05", 1)).toBe("2027-02-13");
      expect(calendar.isWorkingDay("2027-01-01")).toBe(false);
      const listed = (await listCalendarYears(getDb().db)).find((y) => y.year === 2027);
      expect(listed).toMatchObject({
        origin: "loaded",
        restDays: 6,
        workDays: 1,
        loadedBy: t.user("admin").id,
      });
      const audit = await listAudit(ctx(), t.system, { agencyId: t.id("") });
      expect(audit.some((a) => a.entity === "calendar_year")).toBe(false); // platform data: audited without an agency
      const rows = await getDb()
        .db.selectFrom("audit_log")
        .selectAll()
        .where("entity", "=", "calendar_year")
        .execute();
      expect(rows.map((r) => r.entity_id)).toContain("2027");
    });

    it("override a built-in year when loaded again, and a reload replaces the earlier load", async () => {
      const corrected: CalendarYear = {
        ...YEAR_2027,
        year: 2026,
        source: "更正",
        restDays: [{ date: "2026-01-01", name: "元旦" }],
        workDays: [],
      };
      const first = await loadCalendarYear(ctx(), t.system, corrected);
      expect(first).toMatchObject({ overridesBuiltin: true, replacedLoaded: false });
      const calendar = await loadCalendar(getDb().db);
      // Built in, 2026-02-16 is the Spring Festival; the loaded correction knows no such holiday.
      expect(calendar.isWorkingDay("2026-02-16")).toBe(true);
      expect((await listCalendarYears(getDb().db)).find((y) => y.year === 2026)).toMatchObject({
        origin: "loaded",
        overridesBuiltin: true,
        source: "更正",
      });
      const again = await loadCalendarYear(ctx(), t.system, { ...corrected, source: "再次更正" });
      expect(again.replacedLoaded).toBe(true);
    });

    it("refuse invalid files with every problem and its path, and loads by anyone but a root system administrator", async () => {
      const bad = {
        year: 2028,
        source: "",
        restDays: [{ date: "2028-02-30", name: "春节" }],
        workDays: [{ date: "2027-12-31", name: "元旦" }],
      };
      const error = await loadCalendarYear(ctx(), t.system, bad).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "VALIDATION" });
      const paths = (error as { details: { issues: { path: unknown[] }[] } }).details.issues.map((i) =>
        i.path.join("."),
      );
      expect(paths).toEqual(expect.arrayContaining(["source", "restDays.0.date", "workDays.0.date"]));
      expect((await loadCalendar(getDb().db)).has(2028)).toBe(false);

      for (const who of ["clerk", "super", "kadmin"]) {
        await expect(loadCalendarYear(ctx(), t.as(who), { ...YEAR_2027, year: 2027 })).rejects.toMatchObject({
          code: "FORBIDDEN",
        });
      }
    });
  });
});
