import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import { listAudit } from "../audit/audit-log.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree, SAMPLE_PASSWORD, type SampleTree } from "../testing/sample-tree.ts";
import { updateUser } from "../users/users.ts";
import {
  createSession,
  DEFAULT_SESSION_POLICY,
  deleteExpiredSessions,
  deleteSession,
  login,
  lookupSession,
  verifyCsrfToken,
} from "./sessions.ts";

const START = Date.parse("2026-03-02T01:00:00.000Z");
const MINUTE = 60_000;

describe("sessions", () => {
  forEachDialect((getDb) => {
    let now = START;
    const ctx = (): ServiceContext => ({ db: getDb().db, clock: () => new Date(now) });
    let t: SampleTree;
    beforeAll(async () => {
      t = await createSampleTree(ctx(), "s");
    });

    it("open on the right password, store only the token's hash, and record the login", async () => {
      now = START;
      await expect(login(ctx(), { username: "s-clerk", password: "wrong password" })).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
      const opened = await login(ctx(), { username: "s-clerk", password: SAMPLE_PASSWORD });
      expect(opened.user.id).toBe(t.user("clerk").id);
      expect(opened.expiresAt).toBe("2026-03-02T13:00:00.000Z");
      const stored = await getDb()
        .db.selectFrom("sessions")
        .select("id")
        .where("user_id", "=", opened.user.id)
        .execute();
      const hash = createHash("sha256").update(opened.token).digest("hex");
      expect(stored.map((s) => s.id)).toContain(hash);
      expect(stored.map((s) => s.id)).not.toContain(opened.token);

      const found = await lookupSession(ctx(), opened.token);
      if (!found) throw new Error("the new session was not found");
      expect(found.actor).toEqual({
        kind: "user",
        userId: opened.user.id,
        agencyId: t.id(".k1"),
        roles: ["clerk"],
      });
      expect(verifyCsrfToken(found.session, opened.csrfToken)).toBe(true);
      expect(verifyCsrfToken(found.session, `${opened.csrfToken.slice(1)}x`)).toBe(false);
      expect(verifyCsrfToken(found.session, undefined)).toBe(false);
      expect(await lookupSession(ctx(), `${opened.token}x`)).toBeNull();

      const audit = await listAudit(ctx(), t.system, {
        agencyId: t.id(".k1"),
        entity: "user",
        entityId: opened.user.id,
      });
      expect(audit.map((a) => a.action)).toContain("login");
    });

    it("expire after the idle time, measured from the last use", async () => {
      now = START;
      const s = await createSession(ctx(), t.user("clerk2").id);
      now += 119 * MINUTE;
      expect(await lookupSession(ctx(), s.token)).not.toBeNull(); // used: idle time restarts here
      now += 119 * MINUTE;
      expect((await lookupSession(ctx(), s.token))?.session.lastSeenAt).toBe(new Date(now).toISOString());
      now += DEFAULT_SESSION_POLICY.idleMinutes * MINUTE;
      expect(await lookupSession(ctx(), s.token)).toBeNull();
      // The expired row is gone, not just refused.
      now = START;
      expect(await lookupSession(ctx(), s.token)).toBeNull();
    });

    it("expire at their absolute lifetime however busy, and when the account is disabled", async () => {
      now = START;
      const s = await createSession(ctx(), t.user("educlerk").id);
      for (let m = 100; m < 12 * 60; m += 100) {
        now = START + m * MINUTE;
        expect(await lookupSession(ctx(), s.token), `minute ${m}`).not.toBeNull();
      }
      now = START + 12 * 60 * MINUTE;
      expect(await lookupSession(ctx(), s.token)).toBeNull();

      now = START;
      const other = await createSession(ctx(), t.user("cityclerk").id);
      await updateUser(ctx(), t.as("admin"), t.user("cityclerk").id, { disabled: true });
      expect(await lookupSession(ctx(), other.token)).toBeNull();
    });

    it("end on logout, and expired ones are swept in bulk", async () => {
      now = START;
      const a = await createSession(ctx(), t.user("super").id);
      const b = await createSession(ctx(), t.user("super").id);
      await deleteSession(ctx(), a.token);
      expect(await lookupSession(ctx(), a.token)).toBeNull();
      expect(await lookupSession(ctx(), b.token)).not.toBeNull();

      now = START + 5 * 60 * MINUTE;
      const fresh = await createSession(ctx(), t.user("super").id);
      const swept = await deleteExpiredSessions(ctx());
      expect(swept).toBeGreaterThanOrEqual(1);
      const left = await getDb()
        .db.selectFrom("sessions")
        .select("id")
        .where("user_id", "=", t.user("super").id)
        .execute();
      expect(left).toHaveLength(1);
      expect(await lookupSession(ctx(), fresh.token)).not.toBeNull();
    });
  });
});
