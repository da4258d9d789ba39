import { beforeAll, describe, expect, it } from "vitest";
import sample2027 from "../../domain/calendar/test-data/2027-sample.json" with { type: "json" };
import { counterInput } from "../../services/applications/application-samples.test-support.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { issuesOf, pathsOf, staffApp } from "./admin-http.test-support.ts";

type App = Awaited<ReturnType<typeof staffApp>>;

/*
 * Received Thu 2026-12-10: 20 working days run into 2027. Without the 2027 schedule Fri 1 January
 * counts as a working day → 2027-01-07, provisional; with the (sample) schedule 1–3 January are 元旦
 * → 2027-01-08, exact (the same case as src/services/applications/deadlines.int.test.ts).
 */
forEachDialect((getDb) => {
  let s: App;
  beforeAll(async () => {
    s = await staffApp(getDb(), "cy", "2026-10-20");
  });

  describe("calendar years", () => {
    it("list the years in force and one year's days, for signed-in staff", async () => {
      const clerk = await s.as("clerk");
      const years = await clerk.get("/api/calendar/years");
      expect(years.status).toBe(200);
      expect(years.body.find((y: { year: number }) => y.year === 2026)).toEqual({
        year: 2026,
        source: expect.any(String),
        restDays: 33,
        workDays: 6,
        origin: "builtin",
        overridesBuiltin: false,
        loadedAt: null,
        loadedBy: null,
      });
      const y2026 = await clerk.get("/api/calendar/years/2026");
      expect(y2026.status).toBe(200);
      expect(y2026.body.restDays).toContainEqual({ date: "2026-02-16", name: "春节" });
      expect(y2026.body.workDays).toEqual([
        { date: "2026-01-04", name: "元旦" },
        { date: "2026-02-14", name: "春节" },
        { date: "2026-02-28", name: "春节" },
        { date: "2026-05-09", name: "劳动节" },
        { date: "2026-09-20", name: "国庆节" },
        { date: "2026-10-10", name: "国庆节" },
      ]);
      const missing = await clerk.get("/api/calendar/years/2027");
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toContain("尚未载入 2027 年");
      expect((await clerk.get("/api/calendar/years/next")).status).toBe(400);
      expect((await s.anonymous.get("/api/calendar/years")).status).toBe(401);
      expect((await s.anonymous.get("/api/calendar/status")).status).toBe(401);
    });

    it("announce next year's missing schedule from November, then load it and make provisional deadlines exact", async () => {
      let clerk = await s.as("clerk");
      let admin = await s.as("admin");
      // October: no banner yet, even though 2027 is missing.
      const october = await clerk.get("/api/calendar/status");
      expect(october.body).toMatchObject({
        at: "2026-10-20",
        current: { year: 2026, inForce: true, origin: "builtin" },
        next: { year: 2027, inForce: false, origin: null },
        banner: { show: false, missingYear: null, message: null },
        provisional: { open: 0, subtreeOpen: null },
        canLoad: false,
      });
      expect((await clerk.get("/api/calendar/status?at=2026-11-01")).body.banner).toMatchObject({
        show: true,
        missingYear: 2027,
      });
      expect(pathsOf((await clerk.get("/api/calendar/status?at=2026-13-01")).body)).toEqual(["at"]);

      s.setDay("2026-12-10");
      clerk = await s.as("clerk");
      admin = await s.as("admin");
      const registered = await clerk.post("/api/applications", counterInput("2026-12-10"));
      expect(registered.status).toBe(201);
      const id = registered.body.application.id;
      expect(registered.body.application).toMatchObject({ replyDueOn: "2027-01-07", dueProvisional: true });
      const december = await clerk.get("/api/calendar/status");
      expect(december.body.banner.show).toBe(true);
      expect(december.body.banner.message).toContain("尚未载入 2027 年法定节假日安排");
      expect(december.body.banner.message).toContain("本机关目前有 1 件办理中的申请答复期限为暂定");
      expect(december.body.provisional).toEqual({ open: 1, subtreeOpen: null });
      const adminStatus = await admin.get("/api/calendar/status");
      expect(adminStatus.body).toMatchObject({ canLoad: true, provisional: { open: 0, subtreeOpen: 1 } });
      expect((await (await s.as("super2")).get("/api/calendar/status")).body.provisional).toEqual({
        open: 0,
        subtreeOpen: 0,
      });

      // Only a system administrator of the root may load; a wrong file changes nothing.
      for (const who of ["clerk", "kadmin", "super"]) {
        const refused = await (await s.as(who)).put("/api/calendar/years/2027", sample2027);
        expect(refused.status, who).toBe(403);
      }
      const bad = await admin.put("/api/calendar/years/2027", {
        ...sample2027,
        source: "",
        restDays: [{ date: "2027-02-30", name: "春节" }, ...sample2027.restDays],
        workDays: [{ date: "2027-02-01", name: "春节" }],
        extra: 1,
      });
      expect(bad.status).toBe(400);
      expect(pathsOf(bad.body)).toEqual(["extra", "source", "restDays.0.date", "workDays.0.date"]);
      expect(issuesOf(bad.body)[3]).toContain("星期一");
      const other = await admin.put("/api/calendar/years/2028", sample2027);
      expect(other.status).toBe(400);
      expect(pathsOf(other.body)).toEqual(["year"]);
      const malformed = await s.raw(
        "admin",
        "PUT",
        "/api/calendar/years/2027",
        '{"year": 2027,',
        "application/json",
      );
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toContain("不是有效的 JSON");
      expect((await clerk.get(`/api/applications/${id}`)).body.dueProvisional).toBe(true);

      const loaded = await admin.put("/api/calendar/years/2027", sample2027);
      expect(loaded.status).toBe(200);
      expect(loaded.body).toMatchObject({
        year: 2027,
        source: sample2027.source,
        replacedLoaded: false,
        overridesBuiltin: false,
        deadlines: { updated: 1 },
      });
      expect(loaded.body.deadlines.checked).toBeGreaterThanOrEqual(1);
      expect((await clerk.get(`/api/applications/${id}`)).body).toMatchObject({
        replyDueOn: "2027-01-08",
        dueProvisional: false,
      });
      const after = await clerk.get("/api/calendar/status");
      expect(after.body).toMatchObject({
        next: { year: 2027, inForce: true, origin: "loaded" },
        banner: { show: false },
        provisional: { open: 0 },
      });
      const listed = (await clerk.get("/api/calendar/years")).body.find(
        (y: { year: number }) => y.year === 2027,
      );
      expect(listed).toMatchObject({ origin: "loaded", loadedBy: s.tree.user("admin").id });
      const days = await clerk.get("/api/calendar/years/2027");
      expect(days.body).toMatchObject({ year: 2027, origin: "loaded", restDays: sample2027.restDays });

      // Loading again replaces the year and changes no deadline.
      const again = await admin.put("/api/calendar/years/2027", { ...sample2027, source: "更正后重新载入" });
      expect(again.body).toMatchObject({ replacedLoaded: true, deadlines: { updated: 0 } });
    });
  });
});
