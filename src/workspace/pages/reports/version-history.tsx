import { Alert, Button, Modal, Space, Table, Tag } from "antd";
import { useState } from "react";
import { REPORT_CSS } from "../../../render/report/html-style.ts";
import { api, errorMessage } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { fetchHtml } from "./fetch-html.ts";
import { ReportFrame } from "./report-frame.tsx";
import { type ReportDraft, reportBase, type VersionSummary } from "./report-types.ts";

/** The public route's `<article>` as a page with the published stylesheet. */
const publishedPage = (article: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>${REPORT_CSS}</style></head><body>${article}</body></html>`;

/**
 * Every published version with its date, publisher, note and checks at publication; any one opens
 * as the public sees it (the public route's HTML of that version, with the report stylesheet).
 */
export function VersionHistory({ draft }: { draft: ReportDraft }) {
  const base = reportBase(draft.agency.id, draft.year);
  const versions = useApi(`${base}/versions#${draft.published?.version ?? 0}`, () =>
    api.get<VersionSummary[]>(`${base}/versions`),
  );
  const [open, setOpen] = useState<{ version: VersionSummary; html: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const published = `/api/public/reports/${encodeURIComponent(draft.agency.id)}/${draft.year}`;
  const show = async (version: VersionSummary) => {
    setFailure(null);
    try {
      const article = await fetchHtml(`${published}?version=${version.version}&to=html`);
      setOpen({ version, html: publishedPage(article) });
    } catch (err) {
      setFailure(err instanceof Error ? err.message : errorMessage(err));
    }
  };
  return (
    <>
      {versions.error || failure ? (
        <Alert type="error" showIcon title={failure ?? errorMessage(versions.error)} />
      ) : null}
      <Table<VersionSummary>
        rowKey="version"
        size="small"
        data-testid="versions"
        loading={versions.loading}
        dataSource={versions.data ?? []}
        pagination={false}
        locale={{ emptyText: "尚未发布" }}
        columns={[
          { title: "版本", dataIndex: "version", render: (v: number) => `第 ${v} 版` },
          { title: "发布日期", dataIndex: "publishDate" },
          { title: "发布人", dataIndex: "publisherName" },
          { title: "修订说明", dataIndex: "revisionNote", render: (n: string | null) => n ?? "—" },
          {
            title: "发布时核查",
            key: "checks",
            render: (_, v) =>
              v.errorCount > 0 ? (
                <Tag color="red">{`${v.errorCount} 个错误（已确认：${v.acknowledgedErrors.join("、")}）`}</Tag>
              ) : (
                <Tag color="green">
                  {v.warningCount > 0 ? `无错误，${v.warningCount} 条提醒` : "全部通过"}
                </Tag>
              ),
          },
          {
            title: "是否按时",
            dataIndex: "onTime",
            render: (onTime: boolean, v) => (
              <Tag color={onTime ? "green" : "orange"}>{onTime ? "按时" : `逾期（期限 ${v.deadline}）`}</Tag>
            ),
          },
          {
            title: "操作",
            key: "open",
            render: (_, v) => (
              <Space size={4}>
                <Button size="small" onClick={() => void show(v)}>
                  查看
                </Button>
                <Button size="small" href={`${published}?version=${v.version}&to=docx`}>
                  下载 Word
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={open !== null}
        title={open ? `第 ${open.version.version} 版（${open.version.publishDate} 发布）` : ""}
        footer={null}
        width={960}
        onCancel={() => setOpen(null)}
      >
        {open ? <ReportFrame html={open.html} title="已发布的版本" testId="version-view" /> : null}
      </Modal>
    </>
  );
}
