import { beforeAll, describe, expect, it } from "vitest";
import {
  buildSupervisionScenario,
  DEADLINES,
  insertReports,
  PLAN,
  SCENARIO_TODAY,
  SECRET_NAME,
} from "../../services/supervision/supervision-scenario.test-support.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { pathsOf, staffApp } from "./admin-http.test-support.ts";

type App = Awaited<ReturnType<typeof staffApp>>;

/** Figures in the order open, dueSoon, overdue, provisional, received, closed, missed, replied, repliedOnTime, onTimeRate. */
const F = (
  ...v: [number, number, number, number, number, number, number, number, number, number | null]
) => ({
  open: v[0],
  dueSoon: v[1],
  overdue: v[2],
  provisional: v[3],
  received: v[4],
  closed: v[5],
  missed: v[6],
  replied: v[7],
  repliedOnTime: v[8],
  onTimeRate: v[9],
});
const ZERO = F(0, 0, 0, 0, 0, 0, 0, 0, 0, null);

/** Worked by hand from the plan in supervision-scenario.test-support.ts. */
const OWN: Record<string, ReturnType<typeof F>> = {
  ".c1": F(0, 0, 0, 0, 1, 1, 0, 1, 1, 1), // d1 disclosed on time
  ".k1": F(3, 1, 1, 0, 7, 5, 2, 4, 2, 0.5), // open a1 a2 a3; soon a1; overdue a3; missed a3 a5; replied a4 a5 a6 a9
  ".k1.edu": F(1, 0, 1, 0, 1, 0, 1, 0, 0, null), // b1
  ".k1.t1": F(1, 1, 0, 0, 1, 0, 0, 0, 0, null), // t1
  ".k10": ZERO,
  ".k2": F(1, 0, 0, 0, 1, 0, 0, 0, 0, null), // c1
};
const SUBTREE: Record<string, ReturnType<typeof F>> = {
  ".c1": F(6, 2, 2, 0, 11, 6, 3, 5, 3, 0.6),
  ".k1": F(5, 2, 2, 0, 9, 5, 3, 4, 2, 0.5),
};

forEachDialect((getDb) => {
  let s: App;
  beforeAll(async () => {
    s = await staffApp(getDb(), "sv", SCENARIO_TODAY);
    const made = await buildSupervisionScenario(s.deps, s.tree);
    // The deadlines the figures rest on are the hand-worked ones.
    for (const p of PLAN) expect(made.get(p.name)?.replyDueOn, p.name).toBe(DEADLINES[p.receivedOn]);
    await insertReports(s.deps, s.tree);
  });

  describe("supervision overview", () => {
    it("gives each agency of the subtree its own and its subtree's figures, and its reports", async () => {
      const res = await (await s.as("super")).get("/api/supervision/overview?year=2026");
      expect(res.status).toBe(200);
      const body = res.body;
      expect(body).toMatchObject({
        root: { id: s.tree.id(".c1"), name: "甲市人民政府" },
        year: 2026,
        previousYear: 2025,
        today: SCENARIO_TODAY,
        dueSoonUntil: "2026-07-22",
        agencies: 6,
      });
      const suffixes = [".c1", ".k1", ".k1.edu", ".k1.t1", ".k10", ".k2"];
      expect(body.rows.map((r: { agencyId: string }) => r.agencyId)).toEqual(suffixes.map(s.tree.id));
      expect(body.rows.map((r: { depth: number }) => r.depth)).toEqual([0, 1, 2, 2, 1, 1]);
      expect(body.rows.map((r: { childCount: number }) => r.childCount)).toEqual([3, 2, 0, 0, 0, 0]);
      for (const [i, suffix] of suffixes.entries()) {
        const row = body.rows[i];
        expect(row.own, `own ${suffix}`).toEqual(OWN[suffix]);
        expect(row.subtree, `subtree ${suffix}`).toEqual(SUBTREE[suffix] ?? OWN[suffix]);
      }

      const cell = (suffix: string, key: "report" | "previousReport") =>
        body.rows[suffixes.indexOf(suffix)][key];
      expect(cell(".k1", "previousReport")).toEqual({
        state: "published",
        deadline: "2026-03-31",
        timeliness: "onTime",
        firstPublished: "2026-01-20",
        latestPublished: "2026-02-05",
        versions: 2,
        errors: 0,
        warnings: 1,
      });
      expect(cell(".k1.edu", "previousReport")).toMatchObject({
        deadline: "2026-01-31",
        timeliness: "late",
        errors: 2,
        warnings: 0,
      });
      expect(cell(".k2", "previousReport")).toMatchObject({
        state: "draft",
        timeliness: "overdue",
        errors: null,
      });
      expect(cell(".k1.t1", "previousReport")).toMatchObject({
        state: "none",
        deadline: "2026-01-31",
        timeliness: "overdue",
      });
      expect(cell(".k2", "report")).toMatchObject({
        state: "draft",
        deadline: "2027-03-31",
        timeliness: "pending",
      });
      expect(cell(".c1", "report")).toMatchObject({ state: "none", timeliness: "pending" });

      const tallies = (suffix: string) => body.rows[suffixes.indexOf(suffix)].reports;
      expect(tallies(".c1")).toEqual({
        year: {
          agencies: 6,
          published: 0,
          drafts: 1,
          onTime: 0,
          late: 0,
          pending: 6,
          overdue: 0,
          withErrors: 0,
        },
        previousYear: {
          agencies: 6,
          published: 2,
          drafts: 1,
          onTime: 1,
          late: 1,
          pending: 0,
          overdue: 4,
          withErrors: 1,
        },
      });
      expect(tallies(".k1").previousYear).toEqual({
        agencies: 3,
        published: 2,
        drafts: 0,
        onTime: 1,
        late: 1,
        pending: 0,
        overdue: 1,
        withErrors: 1,
      });
      // Counts only: nothing personal leaves the service.
      expect(JSON.stringify(body)).not.toContain(SECRET_NAME);
    });

    it("lists rows down to a depth while the sums still cover the whole subtree", async () => {
      const res = await (await s.as("super")).get(`/api/supervision/overview?year=2026&depth=1`);
      expect(res.body.rows.map((r: { agencyId: string }) => r.agencyId)).toEqual(
        [".c1", ".k1", ".k10", ".k2"].map(s.tree.id),
      );
      expect(res.body.rows[1].subtree).toEqual(SUBTREE[".k1"]);
      const county = await (await s.as("super")).get(
        `/api/supervision/overview?year=2026&agencyId=${s.tree.id(".k1")}`,
      );
      expect(county.body.rows[0].subtree).toEqual(SUBTREE[".k1"]);
      expect(county.body.agencies).toBe(3);
    });

    it("is for supervisors and system administrators of the subtree only", async () => {
      const status = async (user: string | null, query: string) =>
        (await (user ? await s.as(user) : s.anonymous).get(`/api/supervision/overview${query}`)).status;
      const c1 = s.tree.id(".c1");
      expect(await status("super", "")).toBe(200);
      expect(await status("admin", `?agencyId=${c1}`)).toBe(200);
      expect(await status("admin", "")).toBe(200);
      expect(await status("super", `?agencyId=${s.tree.id("")}`)).toBe(403); // up
      expect(await status("super2", `?agencyId=${c1}`)).toBe(403); // sideways
      expect(await status("clerk", "")).toBe(403);
      expect(await status("kadmin", `?agencyId=${s.tree.id(".k1")}`)).toBe(403);
      expect(await status("cityclerk", "")).toBe(403);
      expect(await status(null, "")).toBe(401);
      expect(await status("super", "?agencyId=nowhere")).toBe(404);
      const province = await (await s.as("admin")).get("/api/supervision/overview?year=2026");
      // The province's own p1 and c2's e1 count there, and only there.
      expect(province.body.rows[0].subtree.open).toBe(8);
      expect((await (await s.as("super")).get("/api/supervision/charts")).status).toBe(200);
      expect((await s.anonymous.get("/api/supervision/charts")).status).toBe(401);
      expect((await (await s.as("clerk2")).get("/api/supervision/charts")).status).toBe(403);
    });

    it("refuse a bad year or depth naming the field", async () => {
      const sup = await s.as("super");
      const year = await sup.get("/api/supervision/overview?year=twenty");
      expect(year.status).toBe(400);
      expect(pathsOf(year.body)).toEqual(["year"]);
      expect(pathsOf((await sup.get("/api/supervision/overview?year=1990")).body)).toEqual(["year"]);
      expect(pathsOf((await sup.get("/api/supervision/overview?depth=-1")).body)).toEqual(["depth"]);
      expect(pathsOf((await sup.get("/api/supervision/charts?year=2026.5")).body)).toEqual(["year"]);
    });
  });

  describe("supervision charts", () => {
    it("give monthly receipts, the outcome mix, the overdue trend and the year on year, per direct child", async () => {
      const res = await (await s.as("super")).get("/api/supervision/charts?year=2026");
      expect(res.status).toBe(200);
      const c = res.body;
      expect(c.units).toEqual([
        { agencyId: s.tree.id(".c1"), name: "甲市人民政府（本级）", own: true },
        { agencyId: s.tree.id(".k1"), name: "甲市一县人民政府", own: false },
        { agencyId: s.tree.id(".k10"), name: "甲市十县人民政府", own: false },
        { agencyId: s.tree.id(".k2"), name: "甲市二县人民政府", own: false },
      ]);
      expect(c.monthly.months).toHaveLength(24);
      expect([c.monthly.months[0], c.monthly.months[23]]).toEqual(["2024-08", "2026-07"]);
      const sparse = (values: number[]) =>
        Object.fromEntries(values.flatMap((v, i) => (v ? [[c.monthly.months[i], v]] : [])));
      expect(sparse(c.monthly.byUnit[1])).toEqual({
        "2025-03": 2,
        "2025-12": 1,
        "2026-03": 4,
        "2026-06": 4,
        "2026-07": 1,
      });
      expect(sparse(c.monthly.byUnit[0])).toEqual({ "2026-03": 1 });
      expect(sparse(c.monthly.byUnit[2])).toEqual({});
      expect(sparse(c.monthly.byUnit[3])).toEqual({ "2026-07": 1 });
      expect(sparse(c.monthly.total)).toEqual({
        "2025-03": 2,
        "2025-12": 1,
        "2026-03": 5,
        "2026-06": 4,
        "2026-07": 2,
      });

      expect(c.outcomes.categories.map((k: { label: string }) => k.label)).toEqual([
        "予以公开",
        "部分公开",
        "不予公开",
        "无法提供",
        "不予处理",
        "其他处理",
      ]);
      expect(c.outcomes.byUnit[1]).toEqual({
        categories: {
          disclosed: 0,
          partiallyDisclosed: 0,
          refused: 0,
          unable: 3,
          notProcessed: 1,
          otherHandling: 1,
        },
        outcomes: { unableNotHeld: 3, notProcessedRepeat: 1, otherOther: 1 },
        closed: 5,
      });
      expect(c.outcomes.byUnit[0]).toMatchObject({ outcomes: { disclosed: 1 }, closed: 1 });
      expect(c.outcomes.total).toEqual({
        disclosed: 1,
        partiallyDisclosed: 0,
        refused: 0,
        unable: 3,
        notProcessed: 1,
        otherHandling: 1,
      });

      const days = c.overdueTrend.days;
      expect([days[0], days[16], days[19], days[22], days[23]]).toEqual([
        "2024-08-31",
        "2025-12-31",
        "2026-03-31",
        "2026-06-30",
        "2026-07-15",
      ]);
      const trend = (values: number[]) =>
        Object.fromEntries(values.flatMap((v, i) => (v ? [[days[i], v]] : [])));
      // a6 on 2025-12-31, a5 on 2026-03-31, a3 and b1 today; b2 (due 2025-03-31, closed 04-15) is on no month end.
      expect(trend(c.overdueTrend.total)).toEqual({ "2025-12-31": 1, "2026-03-31": 1, "2026-07-15": 2 });
      expect(trend(c.overdueTrend.byUnit[1])).toEqual(trend(c.overdueTrend.total));

      expect(c.yearOnYear).toMatchObject({ year: 2026, previousYear: 2025, toDate: true });
      expect(c.yearOnYear.byUnit[1]).toEqual({
        current: { received: 9, closed: 5, missed: 3 },
        previous: { received: 3, closed: 2, missed: 2 },
        previousToDate: { received: 2, closed: 2, missed: 1 },
      });
      expect(c.yearOnYear.byUnit[0].current).toEqual({ received: 1, closed: 1, missed: 0 });
      expect(c.yearOnYear.total).toEqual({
        current: { received: 11, closed: 6, missed: 3 },
        previous: { received: 3, closed: 2, missed: 2 },
        previousToDate: { received: 2, closed: 2, missed: 1 },
      });
      expect(JSON.stringify(c)).not.toContain(SECRET_NAME);
    });

    it("compare a finished year with the whole year before", async () => {
      const c = (await (await s.as("super")).get("/api/supervision/charts?year=2025")).body;
      expect(c.yearOnYear).toMatchObject({ year: 2025, toDate: false });
      // 2025: a7 a6 b2 received; a7 b2 closed; a6 and b2 missed. 2024: nothing.
      expect(c.yearOnYear.total.current).toEqual({ received: 3, closed: 2, missed: 2 });
      expect(c.yearOnYear.total.previousToDate).toEqual(c.yearOnYear.total.previous);
      expect(c.outcomes.total.unable).toBe(2);
    });
  });
});
