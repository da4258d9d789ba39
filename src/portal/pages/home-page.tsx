/** @jsxImportSource hono/jsx */
import { Fragment } from "hono/jsx";
import type { AgencyLevel } from "../../db/schema.ts";
import { AGENCY_LEVEL_LABELS, type Agency } from "../../services/agencies/agency-input.ts";
import { StatusLookupForm } from "../components/status-lookup-form.tsx";
import type { AgencyNode, DirectoryEntry } from "../data/agency-directory.ts";
import { Layout } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import { agencyHref } from "../paths.ts";

export interface HomeProps {
  page: PageContext;
  forest: AgencyNode[];
  /** The search text, and what it found (null: no search). */
  search: { text: string; found: Agency[] } | null;
}

function AgencyLink({ agency }: { agency: DirectoryEntry }) {
  return <a href={agencyHref(agency.id)}>{agency.name}</a>;
}

/** Departments first, then the governments below, from the higher level down. */
const GROUP_ORDER: Record<AgencyLevel, number> = {
  department: 0,
  province: 1,
  city: 2,
  county: 3,
  township: 4,
};

/** The agencies below one government, grouped by kind: departments, then lower governments. */
function Subtree({ node }: { node: AgencyNode }) {
  if (node.children.length === 0) return null;
  const groups = new Map<string, AgencyNode[]>();
  const byKind = [...node.children].sort((a, b) => GROUP_ORDER[a.agency.level] - GROUP_ORDER[b.agency.level]);
  for (const child of byKind) {
    const label = child.agency.level === "department" ? "政府部门" : AGENCY_LEVEL_LABELS[child.agency.level];
    groups.set(label, [...(groups.get(label) ?? []), child]);
  }
  return (
    <>
      {[...groups].map(([label, members]) => (
        <Fragment key={label}>
          <h4>
            {label}（{members.length}）
          </h4>
          <ul>
            {members.map((m) => (
              <li key={m.agency.id}>
                <AgencyLink agency={m.agency} />
                {m.agency.level === "department" ? null : m.unlisted > 0 ? (
                  <span class="hint">（下设 {m.unlisted} 个机关）</span>
                ) : (
                  <Subtree node={m} />
                )}
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </>
  );
}

function AgencySearch({ search }: { search: HomeProps["search"] }) {
  return (
    <search class="box">
      <form method="get" action="/">
        <label for="f-q">按名称查找机关</label>
        <span class="hint" id="f-q-hint">
          输入机关名称中的几个字，例如“教育”或“镇”
        </span>
        <input type="search" id="f-q" name="q" value={search?.text ?? ""} aria-describedby="f-q-hint" />
        <p class="mt">
          <button class="btn" type="submit">
            查找
          </button>
        </p>
      </form>
      {search ? <SearchResults search={search} /> : null}
    </search>
  );
}

function SearchResults({ search }: { search: NonNullable<HomeProps["search"]> }) {
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">
        “{search.text}”的查找结果：{search.found.length} 个机关
      </h2>
      {search.found.length === 0 ? (
        <p>没有名称中含有这些字的机关。请换几个字再试，或在下方列表中查找。</p>
      ) : (
        <ul>
          {search.found.map((a) => (
            <li key={a.id}>
              <AgencyLink agency={a} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function HowToApply() {
  return (
    <section aria-labelledby="how-title">
      <h2 id="how-title">怎样申请</h2>
      <ol class="box">
        <li>找到掌握您所需信息的机关，打开它的页面，先看一看《政府信息公开指南》和已经主动公开的内容。</li>
        <li>点击“在线提交申请”，填写您的身份信息、联系方式和所需信息的描述，提交即可，无需注册账号。</li>
        <li>提交后页面会显示申请编号和查询码，请记下或打印回执。机关确认收到后开始计算答复期限。</li>
        <li>凭编号和查询码随时查询办理进度、补正申请、阅读和下载答复。</li>
      </ol>
    </section>
  );
}

/** The platform's home: agencies to choose from, how to apply, and the status lookup. */
export function HomePage({ page, forest, search }: HomeProps) {
  return (
    <Layout title="首页" page={page}>
      <h1>政府信息公开申请</h1>
      <p class="lead">
        公民、法人和其他组织可以向行政机关申请获取政府信息。在本平台选择受理机关，即可在线提交申请并查询办理进度。
      </p>
      <AgencySearch search={search} />
      <section aria-labelledby="agencies-title">
        <h2 id="agencies-title">选择受理机关</h2>
        {forest.length === 0 ? <p>平台上还没有机关。</p> : null}
        {forest.map((root) => (
          <div key={root.agency.id} class="box tree">
            <h3>
              <AgencyLink agency={root.agency} />
            </h3>
            <Subtree node={root} />
          </div>
        ))}
      </section>
      <HowToApply />
      <StatusLookupForm />
    </Layout>
  );
}
