import { describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import { systemActor } from "../actor.ts";
import { listAudit } from "../audit/audit-log.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree } from "../testing/sample-tree.ts";
import {
  createAgency,
  getAgency,
  isInSubtree,
  listAgencySubtree,
  listRootAgencies,
  updateAgency,
} from "./agencies.ts";

const clock = () => new Date("2026-03-02T01:00:00.000Z");

describe("agencies", () => {
  forEachDialect((getDb) => {
    const ctx = (): ServiceContext => ({ db: getDb().db, clock });

    it("form a tree whose subtree queries return exactly the agencies below, in tree order", async () => {
      const t = await createSampleTree(ctx(), "t1");
      const ids = async (root: string) => (await listAgencySubtree(ctx(), t.id(root))).map((a) => a.id);
      expect(await ids("")).toEqual([
        "t1",
        "t1.c1",
        "t1.k1",
        "t1.k1.edu",
        "t1.k1.t1",
        "t1.k10",
        "t1.k2",
        "t1.c2",
      ]);
      // k1's subtree must not pick up k10, whose id merely starts with "k1".
      expect(await ids(".k1")).toEqual(["t1.k1", "t1.k1.edu", "t1.k1.t1"]);
      expect(await ids(".c2")).toEqual(["t1.c2"]);
      const k1 = await getAgency(ctx(), "t1.k1");
      expect(k1).toMatchObject({
        parentId: "t1.c1",
        path: "/t1/t1.c1/t1.k1/",
        level: "county",
        name: "甲市一县人民政府",
      });
    });

    it("answer isInSubtree down the tree only, never sideways or up", async () => {
      const t = await createSampleTree(ctx(), "t2");
      const cases: [string, string, boolean][] = [
        ["", ".k1.t1", true],
        [".c1", ".k1.edu", true],
        [".c1", ".c1", true],
        [".k1", ".k10", false],
        [".k1", ".k2", false],
        [".k1", ".c1", false],
        [".c2", ".k1", false],
        [".c1", ".nowhere", false],
      ];
      for (const [ancestor, agency, expected] of cases) {
        expect(await isInSubtree(ctx(), t.id(ancestor), t.id(agency)), `${ancestor} ⊇ ${agency}`).toBe(
          expected,
        );
      }
    });

    it("are created by system administrators inside their own subtree only, and audited", async () => {
      const t = await createSampleTree(ctx(), "t3");
      const created = await createAgency(ctx(), t.as("admin"), {
        id: "t3.k2.t9",
        parentId: t.id(".k2"),
        level: "township",
        name: "二县西乡人民政府",
        phone: "0311-1234567",
      });
      expect(created.path).toBe("/t3/t3.c1/t3.k2/t3.k2.t9/");
      const audit = await listAudit(ctx(), systemActor("test"), { agencyId: "t3.k2.t9" });
      expect(audit).toMatchObject([
        { action: "create", entity: "agency", entityId: "t3.k2.t9", userId: t.user("admin").id },
      ]);

      await expect(
        createAgency(ctx(), t.as("kadmin"), { parentId: t.id(".k1"), level: "township", name: "X" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        createAgency(ctx(), t.as("admin"), { parentId: null, level: "province", name: "X" }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        createAgency(ctx(), t.as("admin"), { id: "t3.k1", parentId: t.id(""), level: "county", name: "X" }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(
        createAgency(ctx(), t.as("admin"), { id: "a/b", parentId: t.id(""), level: "county", name: "" }),
      ).rejects.toMatchObject({
        code: "VALIDATION",
        details: { issues: [{ path: ["name"] }, { path: ["id"] }] },
      });
      expect((await listRootAgencies(ctx())).map((a) => a.id)).toContain("t3");
    });

    it("have their contact details changed by their own agency administrator, not by another agency's", async () => {
      const t = await createSampleTree(ctx(), "t4");
      const updated = await updateAgency(ctx(), t.as("kadmin"), t.id(".k1"), {
        address: "一县人民路 1 号",
        postalCode: "050000",
        reconsiderationBody: "甲市人民政府",
        court: "一县人民法院",
      });
      expect(updated).toMatchObject({
        address: "一县人民路 1 号",
        court: "一县人民法院",
        name: "甲市一县人民政府",
      });
      await expect(updateAgency(ctx(), t.as("kadmin"), t.id(".k2"), { phone: "1" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        updateAgency(ctx(), t.as("kadmin"), t.id(".k1"), { postalCode: "12" }),
      ).rejects.toMatchObject({
        code: "VALIDATION",
        details: { issues: [{ path: ["postalCode"], message: "邮政编码应为 6 位数字" }] },
      });
    });
  });
});
