import { afterEach, describe, expect, it, vi } from "vitest";
import { getAgency } from "../../services/agencies/agencies.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { runCommand } from "../run-command.test-support.ts";
import { registerAgencyCommand } from "./agency.ts";

async function agency(...args: string[]) {
  return runCommand(registerAgencyCommand, ["agency", ...args]);
}

describe("gongkai agency", () => {
  afterEach(() => vi.unstubAllEnvs());

  forEachDialect((getDb) => {
    it("adds a root and agencies below it with their letter details, and lists the tree", async () => {
      vi.stubEnv("DATABASE_URL", getDb().url);
      const root = await agency("add", "--id", "hx", "--name", "和县人民政府", "--level", "county");
      expect(root.exitCode).toBeUndefined();
      expect(root.out[0]).toBe("已创建机关 和县人民政府（编号 hx，县级）");
      expect(root.out[1]).toContain("尚未填写通讯地址、联系电话、行政复议机关、管辖人民法院");
      const dept = await agency(
        "add",
        "--id=hx.edu",
        "--parent=hx",
        "--name=和县教育局",
        "--level=部门",
        "--address=和县文昌路 1 号",
        "--postal-code=238200",
        "--phone=0555-5312345",
        "--reconsideration-body=和县人民政府",
        "--court=和县人民法院",
      );
      expect(dept.out.slice(0, 2)).toEqual(["已创建机关 和县教育局（编号 hx.edu，部门）", "  上级机关：hx"]);
      expect(dept.out.join("\n")).not.toContain("尚未填写");
      const stored = await getAgency({ db: getDb().db, clock: () => new Date() }, "hx.edu");
      expect(stored).toMatchObject({
        parentId: "hx",
        level: "department",
        postalCode: "238200",
        court: "和县人民法院",
      });
      await agency("add", "--id=hx.t1", "--parent=hx", "--name=和县历阳镇人民政府", "--level=township");
      const list = await agency("list");
      expect(list.out).toEqual([
        "和县人民政府  hx  县级",
        "  和县教育局  hx.edu  部门",
        "  和县历阳镇人民政府  hx.t1  乡镇（街道）",
      ]);
    });

    it("refuses bad input with the field named, and an unknown parent, creating nothing", async () => {
      vi.stubEnv("DATABASE_URL", getDb().url);
      const bad = await agency("add", "--name=某局", "--level=bureau", "--postal-code=12");
      expect(bad.exitCode).toBe(2);
      expect(bad.err.join("\n")).toContain("机关层级只能是以下之一");
      expect(bad.err.join("\n")).toContain("邮政编码应为 6 位数字");
      const orphan = await agency("add", "--id=x1", "--parent=nowhere", "--name=某局", "--level=department");
      expect(orphan.exitCode).toBe(2);
      expect(orphan.err[0]).toContain("机关“nowhere”不存在");
      const taken = await agency("add", "--id=hx", "--name=重复", "--level=county");
      expect(taken.err[0]).toContain("机关编号“hx”已被使用");
      const ctx = { db: getDb().db, clock: () => new Date() };
      await expect(getAgency(ctx, "x1")).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await getAgency(ctx, "hx")).name).toBe("和县人民政府");
    });
  });
});
