import { beforeAll, describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import { pathsOf, staffApp } from "./admin-http.test-support.ts";

type App = Awaited<ReturnType<typeof staffApp>>;
type Entry = {
  id: number;
  at: string;
  entity: string;
  action: string;
  agencyId: string;
  userName: string | null;
};

/*
 * Changes on three China days: 2026-03-02 (10:00) the clerk registers two documents; 2026-03-05
 * at 00:30 Beijing time — still 4 March in UTC — the county administrator adds an account; the
 * same day at 10:00 clerk2 of another county registers a case.
 */
forEachDialect((getDb) => {
  let s: App;
  let k1: string;
  let k2: string;
  beforeAll(async () => {
    s = await staffApp(getDb(), "au", "2026-03-02");
    k1 = s.tree.id(".k1");
    k2 = s.tree.id(".k2");
    const clerk = await s.as("clerk");
    for (const title of ["文件一", "文件二"]) {
      await clerk.post(`/api/agencies/${k1}/normative-documents`, {
        kind: "regulation",
        title,
        issuedOn: "2026-01-05",
      });
    }
    s.setDay("2026-03-04T16:30:00.000Z");
    await (await s.as("kadmin")).post(`/api/agencies/${k1}/users`, {
      username: "au.new",
      displayName: "新人",
      roles: ["clerk"],
    });
    s.setDay("2026-03-05");
    await (await s.as("clerk2")).post(`/api/agencies/${k2}/remedy-cases`, {
      kind: "reconsideration",
      caseNumber: "二复1号",
      filedOn: "2026-03-01",
      result: "pending",
    });
  });

  const page = async (user: string, query: string) => {
    const res = await (await s.as(user)).get(`/api/audit${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { items: Entry[]; nextBefore: number | null };
  };
  // Sign-ins are audited too, and so is the sample tree the system made: keep what the test's users changed.
  const made = (items: Entry[]) => items.filter((e) => e.action !== "login" && e.userName !== null);

  describe("audit log", () => {
    it("shows an agency its own changes, newest first, with names, filtered by entity, user and China day", async () => {
      const all = made((await page("clerk", "")).items);
      expect(all.map((e) => [e.entity, e.action, e.userName])).toEqual([
        ["user", "create", "kadmin"],
        ["normative_document", "create", "clerk"],
        ["normative_document", "create", "clerk"],
      ]);
      expect(all.every((e) => e.agencyId === k1)).toBe(true);
      const docs = await page("clerk", "?entity=normative_document");
      expect(docs.items.map((e) => e.entity)).toEqual(["normative_document", "normative_document"]);
      expect(docs.items[0]).toMatchObject({ agencyName: "甲市一县人民政府", after: { title: "文件二" } });
      const byAdmin = await page("clerk", `?userId=${s.tree.user("kadmin").id}`);
      expect(made(byAdmin.items).map((e) => e.entity)).toEqual(["user"]);
      // 00:30 in Beijing on 5 March is 4 March in UTC: the day filter counts China days.
      expect(made((await page("clerk", "?from=2026-03-05")).items).map((e) => e.entity)).toEqual(["user"]);
      expect(made((await page("clerk", "?to=2026-03-04")).items).map((e) => e.entity)).toEqual([
        "normative_document",
        "normative_document",
      ]);
      expect(made((await page("clerk", "?from=2026-03-03&to=2026-03-04")).items)).toEqual([]);
    });

    it("pages by cursor until the last page", async () => {
      const first = await page("clerk", "?entity=normative_document&limit=1");
      expect(first.items).toHaveLength(1);
      expect(first.nextBefore).toBe(first.items[0]?.id);
      const second = await page("clerk", `?entity=normative_document&limit=1&before=${first.nextBefore}`);
      expect(second.items).toHaveLength(1);
      expect(second.items[0]?.id).toBeLessThan(first.items[0]?.id ?? 0);
      expect(second.nextBefore).toBeNull();
      const beyond = await page("clerk", `?entity=normative_document&limit=1&before=${second.items[0]?.id}`);
      expect(beyond).toEqual({ items: [], nextBefore: null });
      expect((await page("clerk", "?entity=normative_document&limit=2")).nextBefore).toBeNull();
    });

    it("shows a supervisor its subtree and nobody another agency's log", async () => {
      const c1 = s.tree.id(".c1");
      const subtree = made((await page("super", `?agencyId=${c1}&subtree=true`)).items);
      expect(new Set(subtree.map((e) => e.agencyId))).toEqual(new Set([k1, k2]));
      expect(subtree.map((e) => e.entity)).toEqual([
        "remedy_case",
        "user",
        "normative_document",
        "normative_document",
      ]);
      expect(made((await page("super", `?agencyId=${k2}`)).items).map((e) => e.entity)).toEqual([
        "remedy_case",
      ]);
      const refused = async (user: string | null, query: string) =>
        (await (user ? await s.as(user) : s.anonymous).get(`/api/audit${query}`)).status;
      expect(await refused("clerk2", `?agencyId=${k1}`)).toBe(403);
      expect(await refused("clerk", `?agencyId=${k1}&subtree=true`)).toBe(403);
      expect(await refused("super2", `?agencyId=${k1}`)).toBe(403);
      expect(await refused("super", `?agencyId=${s.tree.id("")}`)).toBe(403);
      expect(await refused(null, "")).toBe(401);
      expect(made((await page("clerk2", "")).items).map((e) => e.agencyId)).toEqual([k2]);
    });

    it("refuses bad filters naming each", async () => {
      const res = await (await s.as("clerk")).get(
        "/api/audit?from=2026-02-30&limit=500&before=x&subtree=perhaps",
      );
      expect(res.status).toBe(400);
      expect(pathsOf(res.body)).toEqual(["subtree"]);
      const service = await (await s.as("clerk")).get("/api/audit?from=2026-02-30&limit=500&before=x");
      expect(pathsOf(service.body)).toEqual(["from", "before", "limit"]);
      const order = await (await s.as("clerk")).get("/api/audit?from=2026-03-05&to=2026-03-01");
      expect(order.body.error.issues).toEqual([
        { path: ["to"], message: "截止日期（2026-03-01）不能早于起始日期（2026-03-05）" },
      ]);
    });
  });
});
