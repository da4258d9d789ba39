import { Alert, Skeleton, Typography } from "antd";
import { errorMessage } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { fetchHtml } from "./fetch-html.ts";
import { ReportFrame } from "./report-frame.tsx";
import { type ReportDraft, reportBase } from "./report-types.ts";

/** The report exactly as it will be published: the server's HTML of the saved draft. */
export function ReportPreview({ draft }: { draft: ReportDraft }) {
  const url = `${reportBase(draft.agency.id, draft.year)}/render?to=html`;
  const page = useApi(`${url}#${draft.draft.version}`, () => fetchHtml(url));
  return (
    <>
      <Typography.Paragraph type="secondary">
        发布后的样式（按已保存的正文和当前记录；未保存的修改不在其中）。
      </Typography.Paragraph>
      {page.error ? (
        <Alert
          type="error"
          showIcon
          title={page.error instanceof Error ? page.error.message : errorMessage(page.error)}
        />
      ) : null}
      {page.data ? (
        <ReportFrame html={page.data} title="报告预览" testId="report-preview" />
      ) : (
        <Skeleton active />
      )}
    </>
  );
}
