import { type Kysely, sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/schema.ts";
import { APPLICANT_TYPES, OUTCOMES } from "../domain/applications/index.ts";
import { systemActor, userActor } from "../services/actor.ts";
import { listApplications } from "../services/applications/index.ts";
import { authenticate } from "../services/auth/credentials.ts";
import type { ServiceContext } from "../services/context.ts";
import { computeReport, getDraft, PLACEHOLDER_MARK } from "../services/reports/index.ts";
import { availableDialects, forEachDialect, openTestDatabase } from "../test-support/dialects.ts";
import { COUNTY_ID, DEMO_AGENCIES } from "./county.ts";
import { type DemoResult, seedDemo } from "./seed-demo.ts";

const TODAY = "2026-11-25";
const ctxOf = (db: Kysely<Database>): ServiceContext => ({ db, clock: () => new Date(`${TODAY}T06:00:00Z`) });

describe("gongkai demo", () => {
  forEachDialect((getDb) => {
    let result: DemoResult;
    beforeAll(async () => {
      result = await seedDemo(getDb().db, { seed: 11, today: TODAY, scale: 0.08 });
    }, 240_000);

    it("creates the county: its government at the root, departments and townships below, with letter details", async () => {
      const rows = await getDb().db.selectFrom("agencies").selectAll().orderBy("path").execute();
      expect(rows.map((r) => r.id)).toEqual(DEMO_AGENCIES.map((a) => a.code).sort());
      const root = rows.find((r) => r.id === COUNTY_ID);
      expect(root).toMatchObject({ parent_id: null, level: "county", name: "青禾县人民政府" });
      expect(root?.reconsideration_body).toBe("云川市人民政府");
      for (const r of rows.filter((x) => x.id !== COUNTY_ID)) {
        expect(r.parent_id).toBe(COUNTY_ID);
        expect(["department", "township"]).toContain(r.level);
        expect(r).toMatchObject({ reconsideration_body: "青禾县人民政府", court: "青禾县人民法院" });
        expect(r.address && r.phone && r.postal_code).toBeTruthy();
      }
    });

    it("has every outcome, applicant type and channel, open applications and provisional 2027 deadlines", async () => {
      const db = getDb().db;
      const distinct = async (column: "outcome" | "applicant_type" | "channel" | "phase") =>
        (await db.selectFrom("applications").select(column).distinct().execute()).map((r) => r[column]);
      expect(new Set(await distinct("outcome"))).toEqual(new Set([...OUTCOMES, null]));
      expect(new Set(await distinct("applicant_type"))).toEqual(new Set(APPLICANT_TYPES));
      expect(new Set(await distinct("channel"))).toEqual(
        new Set(["inPerson", "registeredMail", "ordinaryLetter", "online", "fax"]),
      );
      expect(await distinct("phase")).toEqual(
        expect.arrayContaining([
          "submitted",
          "processing",
          "awaitingCorrection",
          "decided",
          "replied",
          "archived",
        ]),
      );
      const open = await db
        .selectFrom("applications")
        .select(["reply_due_on", "due_provisional"])
        .where("closed_on", "is", null)
        .where("received_on", "is not", null)
        .execute();
      expect(open.some((r) => r.reply_due_on !== null && r.reply_due_on < TODAY)).toBe(true);
      const provisional = open.filter((r) => r.due_provisional === 1);
      expect(provisional.length).toBeGreaterThanOrEqual(2);
      expect(provisional.every((r) => (r.reply_due_on as string) >= "2027-01-01")).toBe(true);
      expect(result.applications).toBe(
        Number(
          (
            await db
              .selectFrom("applications")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      );
    });

    it("publishes the county government's 2025 report in January 2026 without errors, equal to a fresh computation", async () => {
      const db = getDb().db;
      const version = await db
        .selectFrom("annual_report_versions")
        .selectAll()
        .where("agency_id", "=", COUNTY_ID)
        .where("year", "=", 2025)
        .executeTakeFirstOrThrow();
      expect(version.version).toBe(1);
      expect(version.publish_date >= "2026-01-01" && version.publish_date <= "2026-01-31").toBe(true);
      expect(version.error_count).toBe(0);
      expect(
        JSON.parse(version.findings).filter((f: { severity: string }) => f.severity === "error"),
      ).toEqual([]);
      const published = JSON.parse(version.report);
      const fresh = await computeReport(ctxOf(db), systemActor("test"), COUNTY_ID, 2025);
      expect(published.tables).toEqual(fresh.tables);
      // Every result row of table 三 has applications behind it.
      expect(
        fresh.tables.applications
          .slice(2, -2)
          .every((row) => row.reduce((a: number, b) => a + (b ?? 0), 0) > 0),
      ).toBe(true);
    });

    it("keeps the 2026 report as a draft whose own observations are still to be written", async () => {
      const draft = await getDraft(ctxOf(getDb().db), systemActor("test"), COUNTY_ID, 2026);
      expect(draft.draft.stored).toBe(true);
      expect(draft.published).toBeNull();
      // What only the office knows — its shortcomings, measures, assessment — is still to be written.
      expect(draft.placeholders).toEqual(["五、存在的主要问题及改进情况", "六、其他需要报告的事项"]);
      const overview = draft.report.sections.find((s) => s.key === "overview")?.text;
      expect(overview).toContain("2026年，青禾县人民政府");
      expect(overview).not.toContain(PLACEHOLDER_MARK);
    });

    it("prints accounts that sign in, and a supervisor who reads the departments and townships below", async () => {
      const ctx = ctxOf(getDb().db);
      for (const account of result.accounts) {
        const user = await authenticate(ctx, account.username, account.password);
        expect(user?.roles, account.username).toEqual(account.roles);
      }
      const supervisor = result.accounts.find((a) => a.roles.includes("supervisor"));
      const user = await authenticate(ctx, supervisor?.username ?? "", supervisor?.password ?? "");
      const page = await listApplications(ctx, userActor(user as NonNullable<typeof user>), {
        agencyId: COUNTY_ID,
        subtree: true,
        pageSize: 100,
      });
      expect(new Set(page.items.map((a) => a.agencyId)).size).toBeGreaterThan(5);
      expect(page.items.filter((a) => a.agencyId !== COUNTY_ID).every((a) => a.masked)).toBe(true);
      expect(result.showcases.map((s) => s.label)).toHaveLength(4);
    });

    it("refuses to create the demo county a second time", async () => {
      await expect(seedDemo(getDb().db, { today: TODAY, scale: 0.01 })).rejects.toMatchObject({
        code: "CONFLICT",
      });
    });
  });
});

/** Everything the seed decides, without what is random by design (ids, numbers, query codes, passwords). */
async function fingerprint(db: Kysely<Database>): Promise<string> {
  const applications = await db
    .selectFrom("applications")
    .select([
      "agency_id",
      "applicant_name",
      "applicant_type",
      "id_number",
      "channel",
      "arrived_on",
      "received_on",
      "description",
      "phase",
      "reply_due_on",
      "closed_on",
      "outcome",
      "created_at",
      (eb) =>
        eb
          .selectFrom("application_events as e")
          .select(sql<string>`count(*) || ':' || max(e.recorded_at)`.as("events"))
          .whereRef("e.application_id", "=", "applications.id")
          .as("events"),
    ])
    .execute();
  const documents = await db
    .selectFrom("normative_documents")
    .select(["agency_id", "title", "doc_number", "issued_on", "abolished_on"])
    .execute();
  const counts = await db
    .selectFrom("register_counts")
    .select(["agency_id", "year", "kind", "count"])
    .execute();
  const cases = await db
    .selectFrom("remedy_cases")
    .select(["agency_id", "case_number", "result", "result_on"])
    .execute();
  const reports = await db
    .selectFrom("annual_report_versions")
    .select(["agency_id", "year", "report"])
    .execute();
  const sorted = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
  return JSON.stringify([applications, documents, counts, cases, reports].map(sorted));
}

describe("gongkai demo with a seed", () => {
  for (const dialect of availableDialects) {
    it(`is the same county for the same seed and another for another seed (${dialect})`, async () => {
      const dbs = await Promise.all([0, 1, 2].map(() => openTestDatabase(dialect)));
      try {
        const seeds = [5, 5, 6];
        for (const [i, db] of dbs.entries())
          await seedDemo(db.db, { seed: seeds[i], today: TODAY, scale: 0.02 });
        const [a, b, c] = await Promise.all(dbs.map((d) => fingerprint(d.db)));
        expect(a).toBe(b);
        expect(a).not.toBe(c);
      } finally {
        await Promise.all(dbs.map((d) => d.close()));
      }
    }, 300_000);
  }
});
