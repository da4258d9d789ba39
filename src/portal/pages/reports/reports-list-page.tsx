/** @jsxImportSource hono/jsx */
import type { Agency } from "../../../services/agencies/agency-input.ts";
import type { PublicReportEntry } from "../../../services/reports/index.ts";
import { Layout } from "../../layout.tsx";
import type { PageContext } from "../../page-context.ts";
import { agencyHref } from "../../paths.ts";

export interface ReportsListProps {
  page: PageContext;
  agency: Agency;
  reports: PublicReportEntry[];
}

/** Every published annual report of an agency, newest year first, with its publication and revisions. */
export function ReportsListPage({ page, agency, reports }: ReportsListProps) {
  return (
    <Layout
      title={`${agency.name}年度报告`}
      page={page}
      crumbs={[
        { label: "首页", href: "/" },
        { label: agency.name, href: agencyHref(agency.id) },
        { label: "年度报告" },
      ]}
    >
      <h1>{agency.name}政府信息公开工作年度报告</h1>
      <p>
        按照《政府信息公开条例》第四十九条、第五十条，行政机关每年公布上一年度的政府信息公开工作年度报告。报告发布后如有修订，每个版本及其发布日期和修订说明都在此列出。
      </p>
      {reports.length === 0 ? (
        <p class="notice">本机关在本平台还没有发布年度报告。</p>
      ) : (
        <div class="scroll">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">报告年度</th>
                <th scope="col">首次发布日期</th>
                <th scope="col">版本</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => {
                const latest = r.versions[r.versions.length - 1];
                return (
                  <tr key={String(r.year)}>
                    <th scope="row">
                      <a href={agencyHref(agency.id, "reports", r.year)}>{r.year} 年度报告</a>
                    </th>
                    <td>{r.firstPublished}</td>
                    <td>
                      {r.versions.length === 1
                        ? "第 1 版"
                        : `共 ${r.versions.length} 版，最新为第 ${r.latestVersion} 版（${latest?.publishDate ?? ""} 修订）`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
