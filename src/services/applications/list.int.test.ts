import { describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import type { Actor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { applicationRow, insertApplicationRows } from "../testing/application-rows.ts";
import { createSampleTree } from "../testing/sample-tree.ts";
import { handClock } from "./application-samples.test-support.ts";
import { listApplications } from "./list-applications.ts";

forEachDialect((getDb) => {
  describe("listing applications", () => {
    it("scopes a subtree by the path the database copied onto each row, whoever inserted it", async () => {
      const clock = handClock("2026-04-15");
      const ctx: ServiceContext = { db: getDb().db, clock: clock.now };
      const tree = await createSampleTree(ctx, "ls1");
      // Rows written straight into the table (as generators do): 3 per agency, due 4/10, 4/20, none.
      const agencies = [".k1", ".k1.edu", ".k1.t1", ".k10", ".k2", ".c2", ""];
      const dues = ["2026-04-10", "2026-04-20", null];
      const rows = agencies.flatMap((suffix, a) =>
        dues.map((due, d) =>
          applicationRow(
            {
              id: `ls1-${a}-${d}`,
              agencyId: tree.id(suffix),
              applicantType: "naturalPerson",
              receivedOn: "2026-03-02",
              closedOn: null,
              outcome: null,
              replyDueOn: due,
            },
            9_000 + a * 10 + d,
          ),
        ),
      );
      await insertApplicationRows(ctx.db, rows);
      const paths = await ctx.db
        .selectFrom("applications as x")
        .innerJoin("agencies as a", "a.id", "x.agency_id")
        .select(["x.agency_path", "a.path"])
        .where("x.id", "like", "ls1-%")
        .execute();
      expect(paths.every((p) => p.agency_path === p.path)).toBe(true);

      const supervisor: Actor = tree.as("super");
      const list = (query: Parameters<typeof listApplications>[2]) =>
        listApplications(ctx, supervisor, query);
      const city = await list({ agencyId: tree.id(".c1"), subtree: true, open: true, pageSize: 100 });
      // k1, its department and township, k10, k2 (not c2, not the province): 5 agencies × 3.
      expect(city.total).toBe(15);
      expect(city.items.every((i) => i.masked)).toBe(true);
      // Each row names its agency, for a list that spans several.
      expect(new Set(city.items.map((i) => i.agencyName))).toContain("甲市十县人民政府");
      expect(city.items.find((i) => i.agencyId === tree.id(".k2"))?.agencyName).toBe("甲市二县人民政府");
      expect(city.items.map((i) => i.replyDueOn)).toEqual([
        ...Array(5).fill("2026-04-10"),
        ...Array(5).fill("2026-04-20"),
        ...Array(5).fill(null),
      ]);
      const county = await list({ agencyId: tree.id(".k1"), subtree: true, due: "overdue" });
      expect(county.items.map((i) => i.id).sort()).toEqual(["ls1-0-0", "ls1-1-0", "ls1-2-0"]);
      // Today 4/15; five working days on is 4/22: the 4/20 ones are due soon, those without a deadline never.
      const soon = await list({ agencyId: tree.id(".k1"), subtree: true, due: "soon" });
      expect(soon.items.map((i) => i.id).sort()).toEqual(["ls1-0-1", "ls1-1-1", "ls1-2-1"]);

      // Pages keep the order across the id-first fetch.
      const pages = [];
      for (let page = 1; page <= 4; page++) {
        pages.push(...(await list({ agencyId: tree.id(".c1"), subtree: true, pageSize: 4, page })).items);
      }
      expect(pages.map((i) => i.id)).toEqual(city.items.map((i) => i.id));
    });
  });
});
