import { beforeAll, describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import { pathsOf, staffApp } from "./admin-http.test-support.ts";

type App = Awaited<ReturnType<typeof staffApp>>;

forEachDialect((getDb) => {
  let s: App;
  beforeAll(async () => {
    s = await staffApp(getDb(), "ag", "2026-03-02");
  });

  describe("agencies", () => {
    it("form a tree from the user's agency, or from any root, down to a depth", async () => {
      const clerk = await s.as("clerk");
      const own = await clerk.get("/api/agencies/tree");
      expect(own.status).toBe(200);
      expect(own.body).toEqual({
        id: s.tree.id(".k1"),
        name: "甲市一县人民政府",
        shortName: null,
        level: "county",
        levelLabel: "县级",
        parentId: s.tree.id(".c1"),
        childCount: 2,
        children: [
          expect.objectContaining({ id: s.tree.id(".k1.edu"), levelLabel: "部门", childCount: 0 }),
          expect.objectContaining({ id: s.tree.id(".k1.t1"), levelLabel: "乡镇（街道）", childCount: 0 }),
        ],
      });
      const top = await (await s.as("admin")).get("/api/agencies/tree?depth=1");
      expect(
        top.body.children.map((c: { id: string; childCount: number; children?: unknown }) => [
          c.id,
          c.childCount,
          c.children,
        ]),
      ).toEqual([
        [s.tree.id(".c1"), 3, undefined],
        [s.tree.id(".c2"), 0, undefined],
      ]);
      const city = await clerk.get(`/api/agencies/tree?root=${s.tree.id(".c1")}&depth=0`);
      expect(city.body).toMatchObject({ id: s.tree.id(".c1"), childCount: 3 });
      expect(city.body.children).toBeUndefined();
      expect((await clerk.get("/api/agencies/tree?root=nowhere")).status).toBe(404);
      expect(pathsOf((await clerk.get("/api/agencies/tree?depth=deep")).body)).toEqual(["depth"]);
      expect((await s.anonymous.get("/api/agencies/tree")).status).toBe(401);
    });

    it("are created under a parent by a system administrator above it, and by nobody else", async () => {
      const admin = await s.as("admin");
      const k1 = s.tree.id(".k1");
      const body = {
        id: `${k1}.health`,
        parentId: k1,
        name: "一县卫生健康局",
        level: "department",
        phone: "0591-1234567",
      };
      const created = await admin.post("/api/agencies", body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: `${k1}.health`,
        parentId: k1,
        path: `/${s.tree.id("")}/${s.tree.id(".c1")}/${k1}/${k1}.health/`,
        levelLabel: "部门",
        phone: "0591-1234567",
        address: null,
      });
      expect((await admin.post("/api/agencies", body)).status).toBe(409);
      for (const who of ["kadmin", "super", "clerk"]) {
        const refused = await (await s.as(who)).post("/api/agencies", { ...body, id: `${k1}.x-${who}` });
        expect(refused.status, who).toBe(403);
      }
      const root = await admin.post("/api/agencies", { name: "另一省", level: "province", parentId: null });
      expect(root.status).toBe(403);
      const bad = await admin.post("/api/agencies", {
        parentId: k1,
        name: "",
        level: "village",
        postalCode: "12345",
        id: "a/b",
      });
      expect(bad.status).toBe(400);
      expect(pathsOf(bad.body)).toEqual(["name", "level", "postalCode", "id"]);
      expect((await s.as("clerk").then((c) => c.get("/api/agencies/tree"))).body.childCount).toBe(3);
    });

    it("have their contact details for letters changed by their own administrator or one above", async () => {
      const k1 = s.tree.id(".k1");
      const kadmin = await s.as("kadmin");
      const changed = await kadmin.patch(`/api/agencies/${k1}`, {
        address: "甲市一县人民路1号",
        postalCode: "350100",
        reconsiderationBody: "甲市人民政府",
        court: "甲市一县人民法院",
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        name: "甲市一县人民政府",
        address: "甲市一县人民路1号",
        court: "甲市一县人民法院",
      });
      expect((await (await s.as("clerk")).get(`/api/agencies/${k1}`)).body).toMatchObject({
        postalCode: "350100",
        reconsiderationBody: "甲市人民政府",
        levelLabel: "县级",
      });
      expect(
        (await (await s.as("admin")).patch(`/api/agencies/${k1}`, { phone: "0591-7654321" })).status,
      ).toBe(200);
      expect((await kadmin.patch(`/api/agencies/${s.tree.id(".k2")}`, { phone: "1" })).status).toBe(403);
      expect((await (await s.as("clerk")).patch(`/api/agencies/${k1}`, { phone: "1" })).status).toBe(403);
      expect((await (await s.as("super")).patch(`/api/agencies/${k1}`, { phone: "1" })).status).toBe(403);
      const bad = await kadmin.patch(`/api/agencies/${k1}`, { postalCode: "35010", level: "town" });
      expect(pathsOf(bad.body)).toEqual(["level", "postalCode"]);
      expect((await kadmin.get("/api/agencies/nowhere")).status).toBe(404);
      expect((await s.anonymous.get(`/api/agencies/${k1}`)).status).toBe(401);
    });
  });
});
