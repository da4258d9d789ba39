/** @jsxImportSource hono/jsx */
import { Layout } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import { STATUS_PATH } from "../paths.ts";

export function NotFoundPage({ page, message }: { page: PageContext; message?: string }) {
  return (
    <Layout title="找不到这个页面" page={page}>
      <h1>找不到这个页面</h1>
      <p>{message ?? "您要找的页面不存在，可能是网址输错了，或者页面已经移动。"}</p>
      <ul>
        <li>
          <a href="/">返回首页，从机关列表中查找</a>
        </li>
        <li>
          <a href={STATUS_PATH}>查询申请的办理进度</a>
        </li>
      </ul>
    </Layout>
  );
}

/** Anything the portal cannot answer with a page of its own: a plain sentence, a way on. */
export function ProblemPage({ page, title, message }: { page: PageContext; title: string; message: string }) {
  return (
    <Layout title={title} page={page}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">返回首页</a>
      </p>
    </Layout>
  );
}

export const INTERNAL_PROBLEM = {
  title: "系统暂时出了问题",
  message: "很抱歉，页面没能打开。请稍后再试；如果一直出现，请致电受理机关。",
};
