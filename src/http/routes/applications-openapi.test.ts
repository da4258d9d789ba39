import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connect.ts";
import { openTestDatabase } from "../../test-support/dialects.ts";
import { createApp } from "../app.ts";
import { applicationAttachmentRoutes } from "./applications-attachments.ts";
import { applicationPublicRoutes } from "./applications-public.ts";
import { applicationStaffRoutes } from "./applications-staff.ts";

let opened: Db;
beforeAll(async () => {
  opened = await openTestDatabase("sqlite");
});
afterAll(() => opened.close());

describe("the application routes in the OpenAPI document", () => {
  it("lists every route with its tag and a Chinese summary, and no code in a public URL", async () => {
    const app = createApp({ db: opened.db, clock: () => new Date(), logError: () => {} }, [
      applicationPublicRoutes(),
      applicationStaffRoutes,
      applicationAttachmentRoutes,
    ]);
    const doc = await (await app.request("/api/openapi.json")).json();
    const ops = Object.entries(
      doc.paths as Record<string, Record<string, { tags: string[]; summary: string }>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op.tags[0]]),
    );
    expect(ops).toEqual([
      ["POST /api/public/applications", "公众申请"],
      ["GET /api/public/applications/status", "公众申请"],
      ["POST /api/public/applications/correction", "公众申请"],
      ["GET /api/applications", "申请办理"],
      ["POST /api/applications", "申请办理"],
      ["GET /api/applications/carry-over/{year}", "申请办理"],
      ["GET /api/applications/{id}", "申请办理"],
      ["POST /api/applications/{id}/events", "申请办理"],
      ["POST /api/applications/{id}/receipt", "申请办理"],
      ["GET /api/applications/{id}/clock", "申请办理"],
      ["GET /api/applications/{id}/attachments", "申请办理"],
      ["POST /api/applications/{id}/attachments", "申请办理"],
      ["GET /api/applications/{id}/attachments/{attachmentId}", "申请办理"],
    ]);
    for (const methods of Object.values(doc.paths as Record<string, Record<string, { summary: string }>>)) {
      for (const op of Object.values(methods)) expect(op.summary).toMatch(/[\u4e00-\u9fff]/);
    }
    // Number and code travel in headers: never in the address, and no body to read.
    const status = doc.paths["/api/public/applications/status"].get;
    expect(status.requestBody).toBeUndefined();
    expect(status.parameters.map((p: { name: string; in: string }) => `${p.in} ${p.name}`)).toEqual([
      "header X-Application-Number",
      "header X-Query-Code",
    ]);
  });
});
