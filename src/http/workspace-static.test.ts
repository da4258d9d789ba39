import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OpenAPIHono } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import type { AppDeps, AppEnv } from "./app.ts";
import { workspaceRoutes } from "./workspace-static.ts";

function appOver(dir: string) {
  const api = new OpenAPIHono<AppEnv>();
  workspaceRoutes({ dir })(api, {} as AppDeps);
  return api;
}

describe("the workspace's files at /staff/", () => {
  const root = mkdtempSync(join(tmpdir(), "gk-staff-"));
  const dist = join(root, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>工作台</title>");
  writeFileSync(join(dist, "assets", "main-abc.js"), "console.log(1)");
  writeFileSync(join(root, "secret.txt"), "outside the build");
  const app = appOver(dist);

  it("answers every page with index.html, never cached and never framed by another site", async () => {
    const page = await app.request("/staff/applications/42");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("工作台");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(page.headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect((await app.request("/staff")).status).toBe(301);
  });

  it("serves hashed assets for a year and nothing outside the build", async () => {
    const asset = await app.request("/staff/assets/main-abc.js");
    expect(asset.headers.get("content-type")).toContain("text/javascript");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    for (const path of ["/staff/assets/..%2f..%2fsecret.txt", "/staff/assets/%2e%2e/%2e%2e/secret.txt"]) {
      const escaped = await app.request(path);
      expect(escaped.status).toBe(404);
      expect(await escaped.text()).not.toContain("outside the build");
    }
    expect((await app.request("/staff/assets/%E0%A4%A")).status).toBe(400);
  });

  it("says in Chinese how to build the workspace when there is no build", async () => {
    const missing = await appOver(join(root, "nothing")).request("/staff/");
    expect(missing.status).toBe(503);
    expect(await missing.text()).toContain("npm run build");
  });
});
