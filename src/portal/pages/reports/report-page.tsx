/** @jsxImportSource hono/jsx */
import { raw } from "hono/html";
import type { Agency } from "../../../services/agencies/agency-input.ts";
import type { PublicReport } from "../../../services/reports/index.ts";
import { Layout } from "../../layout.tsx";
import type { PageContext } from "../../page-context.ts";
import { agencyHref } from "../../paths.ts";

export interface ReportPageProps {
  page: PageContext;
  agency: Agency;
  published: PublicReport;
  /** The report as the official HTML fragment (`<article class="gk-report">`, its title the page's h1). */
  articleHtml: string;
}

const wordHref = (agencyId: string, year: number, version: number) =>
  `${agencyHref(agencyId, "reports", year, "word")}?version=${version}`;
const versionHref = (agencyId: string, year: number, version: number) =>
  `${agencyHref(agencyId, "reports", year)}?version=${version}`;

/** Which version this is, whether it is the latest, and the Word download — above the report. */
function VersionNotice({ agency, published }: { agency: Agency; published: PublicReport }) {
  const latest = published.versions[published.versions.length - 1];
  const isLatest = latest?.version === published.version;
  const revised = published.versions.length > 1;
  return (
    <div class={revised ? "notice warn no-print" : "notice no-print"}>
      <p class="tight">
        第 {published.version} 版，发布于 {published.publishDate}
        {published.revisionNote ? `（修订说明：${published.revisionNote}）` : ""}。
        {revised ? `本报告发布后共有 ${published.versions.length} 个版本，见页末版本记录。` : ""}
        {!isLatest && latest ? (
          <>
            {" "}
            这不是最新版本，
            <a href={versionHref(agency.id, published.year, latest.version)}>查看第 {latest.version} 版</a>。
          </>
        ) : null}
      </p>
      <p class="tight">
        <a href={wordHref(agency.id, published.year, published.version)}>
          下载 Word 文件（第 {published.version} 版）
        </a>
      </p>
    </div>
  );
}

function VersionHistory({ agency, published }: { agency: Agency; published: PublicReport }) {
  return (
    <section aria-labelledby="versions-title" class="no-print">
      <h2 id="versions-title">版本记录</h2>
      <div class="scroll">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">版本</th>
              <th scope="col">发布日期</th>
              <th scope="col">修订说明</th>
              <th scope="col">文件</th>
            </tr>
          </thead>
          <tbody>
            {published.versions.map((v) => (
              <tr key={String(v.version)}>
                <th scope="row">
                  {v.version === published.version ? (
                    <span aria-current="page">第 {v.version} 版（当前显示）</span>
                  ) : (
                    <a href={versionHref(agency.id, published.year, v.version)}>第 {v.version} 版</a>
                  )}
                </th>
                <td>{v.publishDate}</td>
                <td>{v.revisionNote ?? (v.version === 1 ? "首次发布" : "")}</td>
                <td>
                  <a href={wordHref(agency.id, published.year, v.version)}>Word 文件</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A published annual report in the official layout, with its version and the Word download. */
export function ReportPage({ page, agency, published, articleHtml }: ReportPageProps) {
  return (
    <Layout
      title={`${agency.name}${published.year}年度政府信息公开工作年度报告`}
      page={page}
      crumbs={[
        { label: "首页", href: "/" },
        { label: agency.name, href: agencyHref(agency.id) },
        { label: "年度报告", href: agencyHref(agency.id, "reports") },
        { label: `${published.year} 年度` },
      ]}
    >
      <VersionNotice agency={agency} published={published} />
      {raw(articleHtml)}
      <VersionHistory agency={agency} published={published} />
    </Layout>
  );
}
