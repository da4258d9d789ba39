import { describe, expect, it } from "vitest";
import { createSampleTree, SAMPLE_PASSWORD } from "../../services/testing/sample-tree.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { TestClient } from "../../test-support/http-client.ts";
import { createApp } from "../app.ts";
import { authRoutes } from "./auth.ts";

forEachDialect((getDb) => {
  const setup = async (prefix: string) => {
    const deps = { db: getDb().db, clock: () => new Date(), logError: () => {} };
    const tree = await createSampleTree(deps, prefix);
    return { app: createApp(deps, [authRoutes]), tree };
  };

  describe("staff sessions over HTTP", () => {
    it("logs in with an http-only cookie, answers /me, and logs out", async () => {
      const { app, tree } = await setup("auth1");
      const client = new TestClient(app);
      const res = await client.login(tree.user("clerk").username, SAMPLE_PASSWORD);
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/gk_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(res.body.agency.id).toBe(tree.id(".k1"));
      expect(res.body.user.roleLabels).toEqual(["承办人"]);

      const me = await client.get("/api/auth/me");
      expect(me.status).toBe(200);
      expect(me.body.user.username).toBe(tree.user("clerk").username);

      expect((await client.post("/api/auth/logout")).status).toBe(204);
      expect((await client.get("/api/auth/me")).status).toBe(401);
    });

    it("refuses a wrong password with one message for every kind of failure", async () => {
      const { app, tree } = await setup("auth2");
      const client = new TestClient(app);
      const wrong = await client.post("/api/auth/login", {
        username: tree.user("clerk").username,
        password: "x",
      });
      const unknown = await client.post("/api/auth/login", { username: "nobody-here", password: "x" });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body.error.message).toBe(unknown.body.error.message);
      const empty = await client.post("/api/auth/login", { username: "", password: "" });
      expect(empty.status).toBe(400);
      expect(empty.body.error.issues.map((i: { path: string[] }) => i.path[0])).toEqual([
        "username",
        "password",
      ]);
    });

    it("refuses a state-changing request without the CSRF token", async () => {
      const { app, tree } = await setup("auth3");
      const client = new TestClient(app);
      await client.login(tree.user("clerk").username, SAMPLE_PASSWORD);
      const token = client.csrfToken;
      client.csrfToken = undefined;
      expect((await client.post("/api/auth/logout")).status).toBe(403);
      client.csrfToken = token;
      expect((await client.post("/api/auth/logout")).status).toBe(204);
    });
  });
});
