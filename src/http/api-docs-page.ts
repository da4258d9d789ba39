import { html, raw } from "hono/html";

interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

/**
 * A readable page over the OpenAPI document, rendered on the server with no script or external
 * asset, so it works on an offline intranet.
 */
export function renderApiDocsPage(doc: { info: OpenApiDoc["info"]; paths?: unknown }) {
  const byTag = new Map<string, { method: string; path: string; op: Operation }[]>();
  for (const [path, methods] of Object.entries((doc.paths ?? {}) as OpenApiDoc["paths"])) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? "其他";
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method: method.toUpperCase(), path, op }]);
    }
  }
  const sections = [...byTag].map(
    ([tag, ops]) =>
      html`<section><h2>${tag}</h2>${ops.map(
        ({ method, path, op }) => html`<article>
        <h3><code class="m ${method.toLowerCase()}">${method}</code> <code>${path}</code></h3>
        ${op.summary ? html`<p>${op.summary}</p>` : ""}
        ${op.description ? html`<p class="d">${op.description}</p>` : ""}
        ${op.parameters?.length ? html`<table><tr><th>参数</th><th>位置</th><th>必填</th><th>说明</th></tr>${op.parameters.map((p) => html`<tr><td><code>${p.name}</code></td><td>${p.in}</td><td>${p.required ? "是" : "否"}</td><td>${p.description ?? ""}</td></tr>`)}</table>` : ""}
        ${Object.entries(op.requestBody?.content ?? {}).map(([type, c]) => html`<details><summary>请求体 ${type}</summary><pre>${JSON.stringify(c.schema, null, 2)}</pre></details>`)}
        <ul>${Object.entries(op.responses ?? {}).map(([status, r]) => html`<li><code>${status}</code> ${r.description ?? ""}</li>`)}</ul>
      </article>`,
      )}</section>`,
  );
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} 接口文档</title>
<style>${raw(STYLE)}</style></head>
<body><main><h1>${doc.info.title} <small>v${doc.info.version}</small></h1>
<p>机器可读的 OpenAPI 文档：<a href="/api/openapi.json">/api/openapi.json</a></p>
${doc.info.description ? html`<p>${doc.info.description}</p>` : ""}
${sections}</main></body></html>`;
}

const STYLE = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f1f1f;background:#f5f5f5}
main{max-width:960px;margin:0 auto;padding:24px}article{background:#fff;border-radius:6px;padding:12px 16px;margin:12px 0}
h3{font-size:15px;margin:0 0 8px}.m{display:inline-block;min-width:56px;text-align:center;border-radius:4px;color:#fff;padding:2px 6px}
.get{background:#1677ff}.post{background:#389e0d}.put,.patch{background:#d46b08}.delete{background:#cf1322}
table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}
pre{background:#fafafa;padding:8px;overflow:auto;font-size:12px}.d{color:#555}`;
