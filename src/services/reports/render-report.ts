import { AppError } from "../../domain/app-error.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import { reportTitle } from "../../domain/report/model.ts";
import { renderDocx, renderHtml, renderMarkdown } from "../../render/report/index.ts";

export const RENDER_TARGETS = ["md", "html", "docx"] as const;
export type RenderTarget = (typeof RENDER_TARGETS)[number];

/** A rendered report: the bytes, their media type and the Chinese file name to offer. */
export interface RenderedReport {
  bytes: Uint8Array;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Record<RenderTarget, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/**
 * The report as a markdown file, a complete HTML page, or a Word document, named after its title:
 * `某县教育局2025年政府信息公开工作年度报告.docx`; `suffix` marks a draft (`（草稿）`).
 */
export async function renderReport(
  report: ReportModel,
  to: RenderTarget,
  suffix = "",
): Promise<RenderedReport> {
  const filename = `${report.title ?? reportTitle(report.agency, report.year)}${suffix}.${to}`;
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (to) {
    case "md":
      return { bytes: encode(renderMarkdown(report)), contentType: CONTENT_TYPES.md, filename };
    case "html":
      return { bytes: encode(renderHtml(report)), contentType: CONTENT_TYPES.html, filename };
    case "docx":
      return { bytes: await renderDocx(report), contentType: CONTENT_TYPES.docx, filename };
    default:
      throw new AppError("VALIDATION", `不支持的输出格式“${String(to)}”：应为 md、html 或 docx`, {
        issues: [{ path: ["to"], message: "应为 md、html 或 docx" }],
      });
  }
}
