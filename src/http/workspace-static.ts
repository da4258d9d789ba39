import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { RouteModule } from "./app.ts";

/**
 * The staff workspace's build (dist/workspace, made by `npm run build`) at /staff/: hashed assets
 * cached for a year, index.html never cached, every other /staff/ address answered with index.html
 * so that the browser's router shows it. Without a build, /staff/ says in Chinese how to make one.
 * Also `GET /api/workspace/config`: what the login page needs to know about this server.
 */

export const WORKSPACE_BASE = "/staff";
/** Where `npm run build` writes the workspace (see src/workspace/vite.config.ts). */
export const WORKSPACE_DIST = fileURLToPath(new URL("../../dist/workspace/", import.meta.url));

export interface WorkspaceOptions {
  /** The build folder; dist/workspace by default. */
  dir?: string;
  /** The server runs the demo (`gongkai serve --demo`): the login page hints at the printed accounts. */
  demo?: boolean;
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

const IMMUTABLE = "public, max-age=31536000, immutable";

const configRoute = createRoute({
  method: "get",
  path: "/api/workspace/config",
  tags: ["工作台"],
  summary: "工作台的运行信息（登录页使用）",
  responses: {
    200: {
      description: "运行信息",
      content: {
        "application/json": {
          schema: z
            .object({
              demo: z.boolean().openapi({ description: "演示模式：登录页提示使用启动时显示的演示账号" }),
            })
            .openapi("WorkspaceConfig"),
        },
      },
    },
  },
});

/** The route module; mount it before the portal, whose 404 page answers everything else. */
export function workspaceRoutes(options: WorkspaceOptions = {}): RouteModule {
  const dir = options.dir ?? WORKSPACE_DIST;
  const demo = options.demo ?? false;
  return (api) => {
    api.openapi(configRoute, (c) => c.json({ demo }, 200));
    api.get(WORKSPACE_BASE, (c) => c.redirect(`${WORKSPACE_BASE}/`, 301));
    api.get(`${WORKSPACE_BASE}/*`, (c) => serve(c, dir));
  };
}

async function serve(c: Context, dir: string): Promise<Response> {
  let rest: string;
  try {
    rest = decodeURIComponent(c.req.path.slice(WORKSPACE_BASE.length + 1));
  } catch {
    return c.text("地址无效", 400);
  }
  if (rest.startsWith("assets/")) {
    const file = inside(dir, rest);
    const bytes = file ? await readOrNull(file) : null;
    if (!bytes) return c.text("没有这个文件（工作台可能已更新，请刷新页面）", 404);
    return body(bytes, TYPES[extname(file ?? "")] ?? "application/octet-stream", IMMUTABLE);
  }
  // Every other address is a page of the single-page app.
  const index = await readOrNull(join(dir, "index.html"));
  if (!index) return c.html(MISSING_BUILD, 503, { "cache-control": "no-store" });
  return body(index, TYPES[".html"] as string, "no-cache");
}

/** The file under `dir`, or null when the path would leave it. */
function inside(dir: string, relative: string): string | null {
  const file = normalize(join(dir, relative));
  return file.startsWith(normalize(dir.endsWith(sep) ? dir : dir + sep)) ? file : null;
}

async function readOrNull(file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

function body(bytes: Uint8Array, type: string, cache: string): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": type,
      "content-length": String(bytes.length),
      "cache-control": cache,
      "x-content-type-options": "nosniff",
      // No other site may frame the staff screens (a click on 重置密码 under a decoy page).
      "content-security-policy": "frame-ancestors 'none'",
      "x-frame-options": "DENY",
    },
  });
}

const MISSING_BUILD = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>工作台尚未构建</title>
<style>body{font:16px/1.7 system-ui,sans-serif;max-width:40em;margin:4em auto;padding:0 1em;color:#222}
code{background:#f3f3f3;padding:.1em .4em;border-radius:3px}</style></head>
<body><h1>工作台尚未构建</h1>
<p>工作人员工作台的网页文件还没有生成。请在项目目录中运行 <code>npm run build</code>，完成后刷新本页。</p>
<p>使用 <code>npm start</code> 启动时会自动构建。公众门户与接口不受影响：<a href="/">返回门户首页</a>。</p>
</body></html>`;
