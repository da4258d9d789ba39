/**
 * Renderers of the annual report: markdown (the text layout of published reports), HTML (a page or
 * an embeddable fragment) and Word. All three print the same plan and the same table grids.
 */
export { renderDocx } from "./docx.ts";
export { type Grid, type GridCell, type GridRow, gridToMatrix, reportGrids } from "./grid/index.ts";
export { escapeHtml, type RenderHtmlOptions, renderHtml } from "./html.ts";
export { REPORT_CSS } from "./html-style.ts";
export { renderMarkdown } from "./markdown.ts";
