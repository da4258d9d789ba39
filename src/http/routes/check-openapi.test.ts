import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connect.ts";
import { openTestDatabase } from "../../test-support/dialects.ts";
import { createApp } from "../app.ts";
import { checkRoutes } from "./check.ts";

let opened: Db;
beforeAll(async () => {
  opened = await openTestDatabase("sqlite");
});
afterAll(() => opened.close());

describe("the report checker route in the OpenAPI document", () => {
  it("lists POST /api/check with its multipart body, result schema and error responses", async () => {
    const app = createApp({ db: opened.db, clock: () => new Date(), logError: () => {} }, [checkRoutes]);
    const doc = await (await app.request("/api/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(["/api/check"]);
    const op = doc.paths["/api/check"].post;
    expect(op.tags).toEqual(["报告核查"]);
    expect(op.summary).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["200", "400", "401"]));
    const body = op.requestBody.content["multipart/form-data"].schema;
    expect(body.required).toEqual(["file"]);
    expect(body.properties.file).toMatchObject({ type: "string", format: "binary" });
    expect(body.properties.previous).toMatchObject({ type: "string", format: "binary" });
    expect(op.responses["200"].content["application/json"].schema.$ref).toBe(
      "#/components/schemas/CheckResult",
    );
  });
});
