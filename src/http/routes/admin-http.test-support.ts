import { handClock } from "../../services/applications/application-samples.test-support.ts";
import { createSampleTree, SAMPLE_PASSWORD, type SampleTree } from "../../services/testing/sample-tree.ts";
import type { TestDb } from "../../test-support/dialects.ts";
import { TestClient } from "../../test-support/http-client.ts";
import { type AppDeps, createApp } from "../app.ts";
import { adminAgencyRoutes } from "./admin-agencies.ts";
import { adminAuditRoutes } from "./admin-audit.ts";
import { adminUserRoutes } from "./admin-users.ts";
import { applicationStaffRoutes } from "./applications-staff.ts";
import { authRoutes } from "./auth.ts";
import { calendarRoutes } from "./calendar.ts";
import { registerCaseRoutes } from "./registers-cases.ts";
import { registerDocumentRoutes } from "./registers-documents.ts";
import { registerFigureRoutes } from "./registers-figures.ts";
import { publicRegisterRoutes } from "./registers-public.ts";
import { supervisionRoutes } from "./supervision.ts";

/**
 * An app with the staff routes of registers, calendar, administration and supervision (and the
 * application routes, to make applications through the API) over a sample agency tree, with a
 * clock the test sets. Signed-in clients are made once per user and reused.
 */
export async function staffApp(db: TestDb, prefix: string, day: string) {
  const clock = handClock(day);
  const deps: AppDeps = { db: db.db, clock: clock.now, logError: (e) => console.error(e) };
  const tree: SampleTree = await createSampleTree(deps, prefix);
  const app = createApp(deps, [
    authRoutes,
    applicationStaffRoutes,
    adminAgencyRoutes,
    adminUserRoutes,
    adminAuditRoutes,
    registerDocumentRoutes,
    registerCaseRoutes,
    registerFigureRoutes,
    publicRegisterRoutes,
    calendarRoutes,
    supervisionRoutes,
  ]);
  const clients = new Map<string, TestClient>();
  const as = async (name: string) => {
    let client = clients.get(name);
    if (!client) {
      client = new TestClient(app);
      await client.login(tree.user(name).username, SAMPLE_PASSWORD);
      clients.set(name, client);
    }
    return client;
  };
  /** A request with a raw body (malformed JSON, other content types) in a user's session. */
  const raw = async (name: string, method: string, path: string, body: string, contentType: string) => {
    const login = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: tree.user(name).username, password: SAMPLE_PASSWORD }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const res = await app.request(path, {
      method,
      body,
      headers: { cookie, "content-type": contentType, "x-csrf-token": csrfToken },
    });
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies freely
    const parsed: any = (res.headers.get("content-type") ?? "").includes("json")
      ? await res.json()
      : await res.text();
    return { status: res.status, body: parsed };
  };
  /** Moves the clock; sessions from before have expired, so users sign in again. */
  const setDay = (next: string) => {
    clock.set(next);
    clients.clear();
  };
  return { app, deps, tree, setDay, as, raw, anonymous: new TestClient(app) };
}

/** The `path: message` lines of an error response's issues. */
export function issuesOf(body: { error?: { issues?: { path: unknown[]; message: string }[] } }): string[] {
  return (body.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

/** The paths of an error response's issues, joined with dots. */
export function pathsOf(body: { error?: { issues?: { path: unknown[] }[] } }): string[] {
  return (body.error?.issues ?? []).map((i) => i.path.join("."));
}
