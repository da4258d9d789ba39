import { createSampleTree, SAMPLE_PASSWORD, type SampleTree } from "../../services/testing/sample-tree.ts";
import type { TestDb } from "../../test-support/dialects.ts";
import { TestClient } from "../../test-support/http-client.ts";
import { type AppDeps, createApp } from "../app.ts";
import { applicationAttachmentRoutes } from "./applications-attachments.ts";
import { createPublicLimits, type PublicLimits } from "./applications-limits.ts";
import { applicationPublicRoutes } from "./applications-public.ts";
import { applicationStaffRoutes } from "./applications-staff.ts";
import { applicationVocabularyRoutes } from "./applications-vocabulary.ts";
import { authRoutes } from "./auth.ts";

/** An app with the application routes over a sample agency tree, and a clock the test moves. */
export async function applicationsApp(db: TestDb, prefix: string, day = "2026-03-02") {
  let now = new Date(`${day}T02:00:00.000Z`);
  const deps: AppDeps = {
    db: db.db,
    clock: () => new Date(now.getTime()),
    logError: (e) => console.error(e),
  };
  const tree: SampleTree = await createSampleTree(deps, prefix);
  const limits: PublicLimits = createPublicLimits(() => now.getTime());
  const app = createApp(deps, [
    authRoutes,
    applicationPublicRoutes(limits),
    applicationStaffRoutes,
    applicationAttachmentRoutes,
    applicationVocabularyRoutes,
  ]);
  const signIn = async (name: string) => {
    const client = new TestClient(app);
    await client.login(tree.user(name).username, SAMPLE_PASSWORD);
    return client;
  };
  /** A public request from a given client address (the socket address the limits key on). */
  const publicRequest = async (path: string, init: RequestInit, address: string) => {
    const res = await app.request(path, init, { incoming: { socket: { remoteAddress: address } } });
    const type = res.headers.get("content-type") ?? "";
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies freely
    const parsed: any = type.includes("json") ? await res.json() : await res.text();
    return { status: res.status, headers: res.headers, body: parsed };
  };
  const publicPost = (path: string, body: unknown, address = "203.0.113.7") =>
    publicRequest(
      path,
      body instanceof FormData
        ? { method: "POST", body }
        : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } },
      address,
    );
  /** The status lookup: number and code in its headers. */
  const statusLookup = (credentials: { number: string; code: string }, address = "203.0.113.7") =>
    publicRequest(
      "/api/public/applications/status",
      { headers: { "x-application-number": credentials.number, "x-query-code": credentials.code } },
      address,
    );
  return {
    app,
    tree,
    deps,
    signIn,
    publicPost,
    statusLookup,
    setDay: (next: string) => {
      now = new Date(next.length === 10 ? `${next}T02:00:00.000Z` : next);
    },
  };
}
