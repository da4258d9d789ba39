import { beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_PASSWORD } from "../../services/testing/sample-tree.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { TestClient } from "../../test-support/http-client.ts";
import { pathsOf, staffApp } from "./admin-http.test-support.ts";

type App = Awaited<ReturnType<typeof staffApp>>;

forEachDialect((getDb) => {
  let s: App;
  let k1: string;
  beforeAll(async () => {
    s = await staffApp(getDb(), "us", "2026-03-02");
    k1 = s.tree.id(".k1");
  });
  /** Signs in with the given password, or says how the server refused. */
  const signIn = async (username: string, password: string) => {
    const client = new TestClient(s.app);
    const res = await client.post("/api/auth/login", { username, password });
    if (res.status === 200) client.csrfToken = res.body.csrfToken;
    return { status: res.status, client };
  };

  describe("accounts", () => {
    it("are listed for the agency's staff, its administrators and supervisors above", async () => {
      const list = await (await s.as("clerk")).get(`/api/agencies/${k1}/users`);
      expect(list.status).toBe(200);
      expect(list.body.map((u: { username: string }) => u.username)).toEqual(["us-clerk", "us-kadmin"]);
      expect(list.body[1]).toEqual({
        id: s.tree.user("kadmin").id,
        agencyId: k1,
        username: "us-kadmin",
        displayName: "kadmin",
        roles: ["agency_admin"],
        roleLabels: ["机关管理员"],
        disabled: false,
        createdAt: expect.any(String),
        passwordChangedAt: expect.any(String),
      });
      expect(JSON.stringify(list.body)).not.toContain("argon2");
      expect((await (await s.as("super")).get(`/api/agencies/${k1}/users`)).status).toBe(200);
      expect((await (await s.as("admin")).get(`/api/agencies/${k1}/users`)).status).toBe(200);
      expect((await (await s.as("clerk2")).get(`/api/agencies/${k1}/users`)).status).toBe(403);
      expect((await (await s.as("super2")).get(`/api/agencies/${k1}/users`)).status).toBe(403);
      expect((await s.anonymous.get(`/api/agencies/${k1}/users`)).status).toBe(401);
    });

    it("are created with a password shown once, changed, disabled and reset by their administrators", async () => {
      const kadmin = await s.as("kadmin");
      const made = await kadmin.post(`/api/agencies/${k1}/users`, {
        username: "Us.Wang",
        displayName: "王五",
        roles: ["reviewer", "clerk"],
      });
      expect(made.status).toBe(201);
      expect(made.body.user).toMatchObject({
        username: "us.wang",
        roles: ["clerk", "reviewer"],
        roleLabels: ["承办人", "审核人"],
      });
      const generated: string = made.body.generatedPassword;
      expect(generated).toMatch(/^[a-zA-Z2-9]{16}$/);
      const wang = await signIn("us.wang", generated);
      expect(wang.status).toBe(200);

      const given = await kadmin.post(`/api/agencies/${k1}/users`, {
        username: "us.zhao",
        displayName: "赵六",
        roles: ["clerk"],
        password: "a long given password",
      });
      expect(given.body.generatedPassword).toBeNull();
      expect((await signIn("us.zhao", "a long given password")).status).toBe(200);
      expect(
        (
          await kadmin.post(`/api/agencies/${k1}/users`, {
            username: "us.zhao",
            displayName: "重名",
            roles: ["clerk"],
          })
        ).status,
      ).toBe(409);
      const bad = await kadmin.post(`/api/agencies/${k1}/users`, {
        username: "x",
        displayName: "",
        roles: [],
        password: "short",
      });
      expect(bad.status).toBe(400);
      expect(pathsOf(bad.body)).toEqual(["username", "displayName", "roles", "password"]);
      // Elevated roles, other agencies, and non-administrators are refused.
      const elevated = await kadmin.post(`/api/agencies/${k1}/users`, {
        username: "us.sup",
        displayName: "甲",
        roles: ["supervisor"],
      });
      expect(elevated.status).toBe(403);
      expect(
        (
          await kadmin.post(`/api/agencies/${s.tree.id(".k2")}/users`, {
            username: "us.k2",
            displayName: "乙",
            roles: ["clerk"],
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await (
            await s.as("clerk")
          ).post(`/api/agencies/${k1}/users`, { username: "us.c", displayName: "丙", roles: ["clerk"] })
        ).status,
      ).toBe(403);
      const bySystemAdmin = await (await s.as("admin")).post(`/api/agencies/${k1}/users`, {
        username: "us.sup",
        displayName: "甲",
        roles: ["supervisor"],
      });
      expect(bySystemAdmin.status).toBe(201);

      const renamed = await kadmin.patch(`/api/users/${made.body.user.id}`, {
        displayName: "王五一",
        roles: ["clerk"],
      });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ displayName: "王五一", roles: ["clerk"] });
      expect(
        pathsOf(
          (await kadmin.patch(`/api/users/${made.body.user.id}`, { roles: ["boss"], disabled: "yes" })).body,
        ),
      ).toEqual(["roles.0", "disabled"]);
      expect(
        (await kadmin.patch(`/api/users/${s.tree.user("kadmin").id}`, { roles: ["clerk"] })).status,
      ).toBe(403);
      expect(
        (await (await s.as("super")).patch(`/api/users/${made.body.user.id}`, { displayName: "x" })).status,
      ).toBe(403);

      // Reset: a new password shown once; the old one and every session stop working.
      const reset = await kadmin.post(`/api/users/${made.body.user.id}/password`);
      expect(reset.status).toBe(200);
      const fresh: string = reset.body.generatedPassword;
      expect(fresh).toMatch(/^[a-zA-Z2-9]{16}$/);
      expect((await wang.client.get("/api/auth/me")).status).toBe(401);
      expect((await signIn("us.wang", generated)).status).toBe(401);
      const again = await signIn("us.wang", fresh);
      expect(again.status).toBe(200);
      const chosen = await kadmin.post(`/api/users/${made.body.user.id}/password`, {
        password: "chosen by the admin",
      });
      expect(chosen.body.generatedPassword).toBeNull();
      expect((await signIn("us.wang", "chosen by the admin")).status).toBe(200);
      expect(
        pathsOf(
          (await kadmin.post(`/api/users/${made.body.user.id}/password`, { password: "aaaaaaaaaaaa" })).body,
        ),
      ).toEqual(["password"]);
      const self = await kadmin.post(`/api/users/${s.tree.user("kadmin").id}/password`);
      expect(self.status).toBe(400);
      expect(pathsOf(self.body)).toEqual(["id"]);
      expect((await (await s.as("clerk")).post(`/api/users/${made.body.user.id}/password`)).status).toBe(403);

      // Disabling ends the account's sessions at once.
      const session = await signIn("us.wang", "chosen by the admin");
      expect((await kadmin.patch(`/api/users/${made.body.user.id}`, { disabled: true })).body.disabled).toBe(
        true,
      );
      expect((await session.client.get("/api/auth/me")).status).toBe(401);
      expect((await signIn("us.wang", "chosen by the admin")).status).toBe(401);
    });

    it("let the signed-in user change their own password with the current one, staying signed in here only", async () => {
      const zhao = await signIn("us.zhao", "a long given password");
      const elsewhere = await signIn("us.zhao", "a long given password");
      const wrong = await zhao.client.post("/api/account/password", {
        currentPassword: "not it",
        newPassword: "my new password 1",
      });
      expect(wrong.status).toBe(400);
      expect(pathsOf(wrong.body)).toEqual(["currentPassword"]);
      const weak = await zhao.client.post("/api/account/password", {
        currentPassword: "a long given password",
        newPassword: "short",
      });
      expect(pathsOf(weak.body)).toEqual(["newPassword"]);
      const changed = await zhao.client.post("/api/account/password", {
        currentPassword: "a long given password",
        newPassword: "my new password 1",
      });
      expect(changed.status).toBe(200);
      expect(changed.body.csrfToken).toEqual(expect.any(String));
      zhao.client.csrfToken = changed.body.csrfToken;
      expect((await zhao.client.get("/api/auth/me")).body.user.username).toBe("us.zhao");
      // The new session works for changes too (new CSRF token); the other browser is signed out.
      expect(
        (
          await zhao.client.post("/api/account/password", {
            currentPassword: "my new password 1",
            newPassword: "my new password 2",
          })
        ).status,
      ).toBe(200);
      expect((await elsewhere.client.get("/api/auth/me")).status).toBe(401);
      expect((await signIn("us.zhao", "a long given password")).status).toBe(401);
      expect(
        (
          await s.anonymous.post("/api/account/password", {
            currentPassword: SAMPLE_PASSWORD,
            newPassword: "x",
          })
        ).status,
      ).toBe(401);
    });
  });
});
