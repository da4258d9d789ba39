import { beforeAll, describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import { authenticate, changePassword } from "../auth/credentials.ts";
import { createSession, lookupSession } from "../auth/sessions.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree, SAMPLE_PASSWORD, type SampleTree } from "../testing/sample-tree.ts";
import { generatePassword } from "./passwords.ts";
import { addUser, listUsers, updateUser } from "./users.ts";

const clock = () => new Date("2026-03-02T01:00:00.000Z");

describe("users", () => {
  forEachDialect((getDb) => {
    const ctx = (): ServiceContext => ({ db: getDb().db, clock });
    let t: SampleTree;
    beforeAll(async () => {
      t = await createSampleTree(ctx(), "u");
    });

    it("verify the right password and refuse a wrong one, an unknown user and a disabled account", async () => {
      const password = generatePassword();
      const added = await addUser(ctx(), t.as("kadmin"), {
        agencyId: t.id(".k1"),
        username: "  Li.Si ",
        displayName: "李四",
        roles: ["reviewer", "clerk", "clerk"],
        password,
      });
      expect(added).toMatchObject({ username: "li.si", roles: ["clerk", "reviewer"], disabled: false });
      expect(JSON.stringify(added)).not.toContain("argon2");
      const row = await getDb()
        .db.selectFrom("users")
        .select("password_hash")
        .where("id", "=", added.id)
        .executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$/);

      expect((await authenticate(ctx(), "LI.SI", password))?.id).toBe(added.id);
      expect(await authenticate(ctx(), "li.si", `${password}x`)).toBeNull();
      expect(await authenticate(ctx(), "nobody", password)).toBeNull();
      await updateUser(ctx(), t.as("kadmin"), added.id, { disabled: true });
      expect(await authenticate(ctx(), "li.si", password)).toBeNull();
    });

    it("refuse a taken username, weak passwords and unknown roles, naming the fields", async () => {
      await expect(
        addUser(ctx(), t.system, {
          agencyId: t.id(".k1"),
          username: "u-clerk",
          displayName: "重名",
          roles: ["clerk"],
          password: SAMPLE_PASSWORD,
        }),
      ).rejects.toMatchObject({ code: "CONFLICT", details: { issues: [{ path: ["username"] }] } });
      const error = await addUser(ctx(), t.system, {
        agencyId: t.id(".k1"),
        username: "x",
        displayName: "",
        roles: ["janitor" as never],
        password: "short",
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "VALIDATION" });
      const issues = (error as { details: { issues: { path: unknown[]; message: string }[] } }).details
        .issues;
      expect(issues.map((i) => i.path[0])).toEqual(["username", "displayName", "roles", "password"]);
      expect(issues.find((i) => i.path[0] === "displayName")?.message).toBe("请填写姓名");
      expect(issues.find((i) => i.path[0] === "password")?.message).toContain("密码至少 10 个字符");
    });

    it("are managed by their agency's administrator, and elevated roles only by a system administrator", async () => {
      const base = { displayName: "王五", password: SAMPLE_PASSWORD };
      await expect(
        addUser(ctx(), t.as("kadmin"), {
          ...base,
          agencyId: t.id(".k2"),
          username: "u-w1",
          roles: ["clerk"],
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        addUser(ctx(), t.as("kadmin"), {
          ...base,
          agencyId: t.id(".k1"),
          username: "u-w2",
          roles: ["supervisor"],
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        addUser(ctx(), t.as("clerk"), { ...base, agencyId: t.id(".k1"), username: "u-w3", roles: ["clerk"] }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      const supervisor = await addUser(ctx(), t.as("admin"), {
        ...base,
        agencyId: t.id(".k1"),
        username: "u-w4",
        roles: ["supervisor"],
      });
      // The agency administrator may not reset (take over) an account that sees more than it does.
      await expect(
        changePassword(ctx(), t.as("kadmin"), { userId: supervisor.id, newPassword: "another long one" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        updateUser(ctx(), t.as("kadmin"), t.user("kadmin").id ?? "", { disabled: true }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      const names = (await listUsers(ctx(), t.as("clerk"), t.id(".k1"))).map((u) => u.username);
      expect(names).toEqual(expect.arrayContaining(["u-clerk", "u-kadmin", "u-w4"]));
      await expect(listUsers(ctx(), t.as("clerk"), t.id(".k2"))).rejects.toMatchObject({ code: "FORBIDDEN" });
      // The province's system administrator manages — and so lists — accounts anywhere below it.
      expect((await listUsers(ctx(), t.as("admin"), t.id(".k2"))).map((u) => u.username)).toContain(
        "u-clerk2",
      );
      await expect(listUsers(ctx(), t.as("kadmin"), t.id(".k1.edu"))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    });

    it("change their own password only with the current one, which ends every session", async () => {
      const me = await addUser(ctx(), t.system, {
        agencyId: t.id(".k2"),
        username: "u-self",
        displayName: "赵六",
        roles: ["clerk"],
        password: SAMPLE_PASSWORD,
      });
      const session = await createSession(ctx(), me.id);
      const actor = { kind: "user" as const, userId: me.id, agencyId: me.agencyId, roles: me.roles };
      await expect(
        changePassword(ctx(), actor, {
          userId: me.id,
          currentPassword: "wrong password",
          newPassword: "new password 1",
        }),
      ).rejects.toMatchObject({ code: "VALIDATION", details: { issues: [{ path: ["currentPassword"] }] } });
      expect(await lookupSession(ctx(), session.token)).not.toBeNull();

      await changePassword(ctx(), actor, {
        userId: me.id,
        currentPassword: SAMPLE_PASSWORD,
        newPassword: "new password 1",
      });
      expect(await lookupSession(ctx(), session.token)).toBeNull();
      expect(await authenticate(ctx(), "u-self", SAMPLE_PASSWORD)).toBeNull();
      expect((await authenticate(ctx(), "u-self", "new password 1"))?.id).toBe(me.id);
    });
  });
});
