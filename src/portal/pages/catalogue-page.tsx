/** @jsxImportSource hono/jsx */
import type { NormativeDocumentKind } from "../../db/schema.ts";
import type { PortalCatalogue } from "../data/catalogue.ts";
import { Layout } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import { agencyHref } from "../paths.ts";

const KINDS: [NormativeDocumentKind, string][] = [
  ["regulation", "规章"],
  ["normative_document", "行政规范性文件"],
];

/** Only web addresses: a register entry must not turn into a link of another kind. */
const webLink = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

interface Row {
  id: string;
  title: string;
  docNumber: string | null;
  issuedOn: string;
  url: string | null;
  abolishedOn?: string | null;
}

function DocumentTable({ rows, caption, abolished }: { rows: Row[]; caption: string; abolished?: boolean }) {
  return (
    <div class="scroll">
      <table class="data">
        <caption class="muted">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">文件名称</th>
            <th scope="col">文号</th>
            <th scope="col">发布日期</th>
            {abolished ? <th scope="col">废止日期</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => {
            const href = webLink(d.url);
            return (
              <tr key={d.id}>
                <th scope="row">{href ? <a href={href}>{d.title}</a> : d.title}</th>
                <td>{d.docNumber ?? "无文号"}</td>
                <td>{d.issuedOn}</td>
                {abolished ? <td>{d.abolishedOn}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Rules and normative documents in force, by kind, and the abolished ones in a list of their own. */
export function CataloguePage({ page, catalogue }: { page: PageContext; catalogue: PortalCatalogue }) {
  const { agency, on, inForce, abolished } = catalogue;
  return (
    <Layout
      title={`${agency.name}规范性文件目录`}
      page={page}
      crumbs={[
        { label: "首页", href: "/" },
        { label: agency.name, href: agencyHref(agency.id) },
        { label: "规范性文件目录" },
      ]}
    >
      <h1>{agency.name}现行有效规范性文件目录</h1>
      <p>
        截至 {on}，本机关现行有效的规章和行政规范性文件共 {inForce.length}{" "}
        件（条例第二十条第一项）。已废止的文件单独列在页末，不再有效。
      </p>
      {KINDS.map(([kind, label]) => {
        const rows = inForce.filter((d) => d.kind === kind);
        return (
          <section key={kind} aria-labelledby={`k-${kind}`}>
            <h2 id={`k-${kind}`}>
              {label}（{rows.length} 件）
            </h2>
            {rows.length === 0 ? (
              <p>本机关目前没有现行有效的{label}。</p>
            ) : (
              <DocumentTable rows={rows} caption={`现行有效的${label}，按发布日期从新到旧`} />
            )}
          </section>
        );
      })}
      <section aria-labelledby="abolished-title">
        <h2 id="abolished-title">已废止的文件（{abolished.length} 件）</h2>
        {abolished.length === 0 ? (
          <p>没有已废止的文件。</p>
        ) : (
          <DocumentTable rows={abolished} caption="已废止，不再有效，按废止日期从新到旧" abolished />
        )}
      </section>
    </Layout>
  );
}
