import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { systemActor } from "../../services/actor.ts";
import { createAgency } from "../../services/agencies/agencies.ts";
import { authenticate } from "../../services/auth/credentials.ts";
import type { ServiceContext } from "../../services/context.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { runStorageCommand } from "./storage-commands.test-support.ts";

describe("gongkai user add", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  forEachDialect((getDb) => {
    const ctx = (): ServiceContext => ({ db: getDb().db, clock: () => new Date("2026-03-01T00:00:00Z") });
    beforeAll(async () => {
      await createAgency(ctx(), systemActor("test"), {
        id: "k1",
        parentId: null,
        level: "county",
        name: "一县人民政府",
      });
    });

    it("creates an account with a generated password, printed once, that then logs in", async () => {
      vi.stubEnv("DATABASE_URL", getDb().url);
      const { out, exitCode } = await runStorageCommand(
        "user",
        "add",
        "--agency",
        "k1",
        "--username",
        "LiSi",
        "--name",
        "李四",
        "--role",
        "clerk，reviewer",
      );
      expect(exitCode).toBeUndefined();
      expect(out.slice(0, 3)).toEqual([
        "已创建账号 lisi（李四）",
        "  所属机关：一县人民政府（k1）",
        "  角色：承办人、审核人",
      ]);
      const password = /^ {2}初始密码：(\S+)$/.exec(out[3] ?? "")?.[1];
      expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
      expect((await authenticate(ctx(), "lisi", password ?? ""))?.displayName).toBe("李四");
    });

    it("takes a given password and prints none", async () => {
      vi.stubEnv("DATABASE_URL", getDb().url);
      const { out } = await runStorageCommand(
        "user",
        "add",
        "--agency=k1",
        "--username=wangwu",
        "--name=王五",
        "--role=office_head",
        "--password=given password 1",
      );
      expect(out.join("\n")).not.toContain("初始密码");
      expect(await authenticate(ctx(), "wangwu", "given password 1")).not.toBeNull();
    });

    it("refuses bad input with every problem named, and an unknown agency", async () => {
      vi.stubEnv("DATABASE_URL", getDb().url);
      const bad = await runStorageCommand(
        "user",
        "add",
        "--agency=k1",
        "--username=x",
        "--name=赵六",
        "--role=boss",
        "--password=short",
      );
      expect(bad.exitCode).toBe(2);
      expect(bad.err.slice(1)).toEqual([
        "  username：用户名应为 2–32 个字符，只能包含字母、数字、点、下划线和连字符，以字母或数字开头",
        expect.stringMatching(/^ {2}roles\.0：角色只能是以下之一：承办人（clerk）/),
        "  password：密码至少 10 个字符",
      ]);
      const nowhere = await runStorageCommand(
        "user",
        "add",
        "--agency=k9",
        "--username=zhao",
        "--name=赵六",
        "--role=clerk",
      );
      expect(nowhere.exitCode).toBe(2);
      expect(nowhere.err[0]).toBe("机关“k9”不存在，请检查机关编号");
    });
  });
});
