/** @jsxImportSource hono/jsx */
import type { Context } from "hono";
import { AppError } from "../../domain/app-error.ts";
import { clientAddress } from "../../http/routes/applications-limits.ts";
import { reportFileResponse } from "../../http/routes/reports-files.ts";
import { renderHtml } from "../../render/report/index.ts";
import { getAgency } from "../../services/agencies/agencies.ts";
import { getPublishedReport, listPublishedReports, renderReport } from "../../services/reports/index.ts";
import { pageContext } from "../page-context.ts";
import { ReportPage } from "../pages/reports/report-page.tsx";
import { ReportsListPage } from "../pages/reports/reports-list-page.tsx";
import type { Portal, PortalDeps } from "../portal-deps.ts";
import { htmlPage } from "../respond.ts";

/** The year of the address, or NOT_FOUND: a page address that is not a year names no report. */
function yearParam(c: Context): number {
  const text = c.req.param("year") ?? "";
  if (!/^\d{4}$/.test(text))
    throw new AppError("NOT_FOUND", `“${text}”不是年度，年度报告的地址以四位年份结尾`);
  return Number(text);
}

/** `?version=N`, or undefined for the latest. */
function versionParam(c: Context): number | undefined {
  const text = c.req.query("version");
  if (text === undefined || text === "") return undefined;
  if (!/^[1-9]\d{0,3}$/.test(text)) throw new AppError("NOT_FOUND", `没有第“${text}”版，版本号应为正整数`);
  return Number(text);
}

/** Published annual reports: the list by year, one report in the official layout, its Word file. */
export function reportRoutes(portal: Portal, deps: PortalDeps): void {
  const { ctx } = deps;

  portal.get("/agencies/:id/reports", async (c) => {
    const agency = await getAgency(ctx, c.req.param("id"));
    const { items } = await listPublishedReports(ctx, { agencyId: agency.id, limit: 500 });
    return htmlPage(c, <ReportsListPage page={pageContext(c)} agency={agency} reports={items} />);
  });

  portal.get("/agencies/:id/reports/:year", async (c) => {
    deps.reads.hit(clientAddress(c));
    const agency = await getAgency(ctx, c.req.param("id"));
    const published = await getPublishedReport(ctx, agency.id, yearParam(c), versionParam(c));
    const articleHtml = renderHtml(published.report, { standalone: false });
    return htmlPage(
      c,
      <ReportPage page={pageContext(c)} agency={agency} published={published} articleHtml={articleHtml} />,
    );
  });

  portal.get("/agencies/:id/reports/:year/word", async (c) => {
    deps.reads.hit(clientAddress(c));
    const published = await getPublishedReport(ctx, c.req.param("id"), yearParam(c), versionParam(c));
    const suffix = published.versions.length > 1 ? `（第${published.version}版）` : undefined;
    return reportFileResponse(await renderReport(published.report, "docx", suffix), "attachment", "public");
  });
}
