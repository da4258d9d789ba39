import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { type Actor, userActor } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import type { ServiceContext } from "../context.ts";
import { toUser, type User } from "../users/user-input.ts";
import { authenticate } from "./credentials.ts";

/**
 * Login sessions. The browser holds a random token (the HTTP layer puts it in an http-only,
 * SameSite cookie); the database keeps only its sha256, so a copy of the database opens no session.
 * Each session has a CSRF token that state-changing requests must echo (header X-CSRF-Token).
 * A session ends at its absolute expiry or after `idleMinutes` without use, whichever comes first.
 */

export interface SessionPolicy {
  /** Absolute lifetime from login. */
  maxHours: number;
  /** Inactivity after which the session ends. */
  idleMinutes: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { maxHours: 12, idleMinutes: 120 };

/** last_seen_at is written at most this often, so that reads do not all become writes. */
const TOUCH_EVERY_MS = 60_000;

export interface Session {
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface NewSession {
  /** The secret for the cookie; shown once, never stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export interface SessionLookup {
  session: Session;
  user: User;
  /** The actor to pass to services for this request. */
  actor: Actor;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const randomToken = () => randomBytes(32).toString("base64url");

/** Opens a session for an account (the caller has authenticated it). */
export async function createSession(
  ctx: ServiceContext,
  userId: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<NewSession> {
  const now = ctx.clock();
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + policy.maxHours * 3_600_000).toISOString();
  await ctx.db
    .insertInto("sessions")
    .values({
      id: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      last_seen_at: now.toISOString(),
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/**
 * Checks a username and password and opens a session; records the login in the audit log.
 * @throws AppError UNAUTHENTICATED, the same for every kind of failure.
 */
export async function login(
  ctx: ServiceContext,
  credentials: { username: string; password: string },
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<NewSession & { user: User }> {
  const user = await authenticate(ctx, credentials.username, credentials.password);
  if (!user) throw new AppError("UNAUTHENTICATED", "用户名或密码错误，或账号已停用");
  return withTransaction(ctx.db, async (tx) => {
    const created = await createSession({ ...ctx, db: tx }, user.id, policy);
    await recordAudit(tx, {
      at: ctx.clock().toISOString(),
      actor: userActor(user),
      agencyId: user.agencyId,
      action: "login",
      entity: "user",
      entityId: user.id,
    });
    return { ...created, user };
  });
}

/**
 * The live session of a token with its account, or null when there is none: unknown token,
 * expired (absolute or idle), or account disabled. Expired sessions found here are deleted.
 */
export async function lookupSession(
  ctx: ServiceContext,
  token: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<SessionLookup | null> {
  const id = hashToken(token);
  const row = await ctx.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select([
      "sessions.csrf_token",
      "sessions.created_at as session_created_at",
      "sessions.expires_at",
      "sessions.last_seen_at",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const now = ctx.clock();
  const idleUntil = Date.parse(row.last_seen_at) + policy.idleMinutes * 60_000;
  if (now.getTime() >= Date.parse(row.expires_at) || now.getTime() >= idleUntil) {
    await ctx.db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  if (row.disabled === 1) return null;
  let lastSeenAt = row.last_seen_at;
  if (now.getTime() - Date.parse(lastSeenAt) >= TOUCH_EVERY_MS) {
    lastSeenAt = now.toISOString();
    await ctx.db.updateTable("sessions").set({ last_seen_at: lastSeenAt }).where("id", "=", id).execute();
  }
  const user = toUser(row);
  return {
    session: {
      userId: user.id,
      csrfToken: row.csrf_token,
      createdAt: row.session_created_at,
      expiresAt: row.expires_at,
      lastSeenAt,
    },
    user,
    actor: userActor(user),
  };
}

/** Ends the session of a token (logout). Unknown tokens are ignored. */
export async function deleteSession(ctx: ServiceContext, token: string): Promise<void> {
  await ctx.db.deleteFrom("sessions").where("id", "=", hashToken(token)).execute();
}

/** Deletes every session past its absolute or idle expiry; returns how many. Run it now and then. */
export async function deleteExpiredSessions(
  ctx: ServiceContext,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<number> {
  const now = ctx.clock().getTime();
  const idleCutoff = new Date(now - policy.idleMinutes * 60_000).toISOString();
  const result = await ctx.db
    .deleteFrom("sessions")
    .where((eb) =>
      eb.or([eb("expires_at", "<=", new Date(now).toISOString()), eb("last_seen_at", "<=", idleCutoff)]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Whether a presented CSRF token matches the session's, compared in constant time. */
export function verifyCsrfToken(session: Session, presented: string | undefined | null): boolean {
  if (!presented) return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
