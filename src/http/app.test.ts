import { createRoute, z } from "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/connect.ts";
import { AppError } from "../domain/app-error.ts";
import { openTestDatabase } from "../test-support/dialects.ts";
import { createApp, type RouteModule } from "./app.ts";

const logged: unknown[] = [];
let opened: Db;
beforeAll(async () => {
  opened = await openTestDatabase("sqlite");
});
afterAll(() => opened.close());

const echo: RouteModule = (api) => {
  const route = createRoute({
    method: "post",
    path: "/api/echo",
    tags: ["测试"],
    summary: "回显",
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: z.object({ name: z.string().min(2) }) } },
      },
    },
    responses: {
      200: {
        description: "成功",
        content: { "application/json": { schema: z.object({ name: z.string() }) } },
      },
    },
  });
  api.openapi(route, (c) => c.json({ name: c.req.valid("json").name }, 200));
  api.get("/api/conflict", () => {
    throw new AppError("CONFLICT", "该申请已被他人修改，请刷新后重试");
  });
  api.get("/api/boom", () => {
    throw new Error("secret internals at /srv/x.ts:12");
  });
};

describe("the HTTP app's error funnel and docs", () => {
  const app = () =>
    createApp(
      { db: opened.db, clock: () => new Date("2026-03-02T08:00:00Z"), logError: (e) => logged.push(e) },
      [echo],
    );

  it("answers validation errors with 400, a Chinese message and field paths", async () => {
    const res = await app().request("/api/echo", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "a" }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.issues[0].path).toEqual(["name"]);
    expect(body.error.message).toMatch(/name/);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("maps AppError codes to statuses and hides unexpected errors", async () => {
    expect((await app().request("/api/conflict")).status).toBe(409);
    const res = await app().request("/api/boom");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/secret|\.ts/);
    expect(logged).toHaveLength(1);
    expect((await app().request("/api/nowhere")).status).toBe(404);
  });

  it("publishes the OpenAPI document and a readable docs page", async () => {
    const doc = await (await app().request("/api/openapi.json")).json();
    expect(doc.paths["/api/echo"].post.summary).toBe("回显");
    const page = await (await app().request("/api/docs")).text();
    expect(page).toContain("/api/echo");
    expect(page).toContain("回显");
  });
});
