/** @jsxImportSource hono/jsx */
import type { FieldErrors } from "../../components/fields.tsx";
import { StatusLookupForm } from "../../components/status-lookup-form.tsx";
import { Layout } from "../../layout.tsx";
import type { PageContext } from "../../page-context.ts";
import { STATUS_VIEW_PATH } from "../../paths.ts";

export interface StatusLookupPageProps {
  page: PageContext;
  number?: string;
  errors?: FieldErrors;
  /** The number of the application this browser has open already, if any. */
  opened?: string | null;
  /** Why the applicant is here again: the half hour passed. */
  expired?: boolean;
}

/** Number and query code in, the status page out; nothing in the address bar. */
export function StatusLookupPage({ page, number, errors, opened, expired }: StatusLookupPageProps) {
  const failed = errors !== undefined && errors.size > 0;
  return (
    <Layout
      title={failed ? "查询未成功：查询办理进度" : "查询办理进度"}
      page={page}
      crumbs={[{ label: "首页", href: "/" }, { label: "查询办理进度" }]}
    >
      <h1>查询办理进度</h1>
      {expired ? (
        <p class="notice warn" role="status">
          为保护您的信息，查询已超过 30 分钟未操作，请重新输入申请编号和查询码。
        </p>
      ) : null}
      {opened ? (
        <p class="notice">
          您正在查看申请 {opened}：<a href={STATUS_VIEW_PATH}>继续查看办理进度</a>
        </p>
      ) : null}
      <p>输入提交申请时取得的申请编号和查询码，即可查看办理进度、提交补正、阅读和下载答复。</p>
      <StatusLookupForm number={number} errors={errors} heading={null} />
      <p class="muted">
        查询码遗失的，无法在网上找回，请联系受理机关。多次输错查询码后，查询会暂停一段时间。
      </p>
    </Layout>
  );
}
