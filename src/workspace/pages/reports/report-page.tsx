import { DownloadOutlined, SendOutlined } from "@ant-design/icons";
import { Button, Select, Skeleton, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { api } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { LoadFailure } from "../../components/load-failure.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { TablesWithFindings } from "../../components/report-tables/tables-with-findings.tsx";
import { STAFF } from "../../pages.tsx";
import { hasAnyRole, useMe } from "../../session/session.tsx";
import { useServerToday } from "../../shell/calendar-status.tsx";
import { CheckStatus } from "./check-status.tsx";
import { ProseEditor } from "./prose-editor.tsx";
import { PublishModal } from "./publish-modal.tsx";
import { ReportPreview } from "./report-preview.tsx";
import { type ReportDraft, reportBase } from "./report-types.ts";
import { VersionHistory } from "./version-history.tsx";

/** The first year computed from records (the 2021 format). */
const FIRST_YEAR = 2021;

/**
 * 年度报告: the agency's annual report of a year — tables computed live from the records with their
 * cross-checks, prose per section, the preview as published, Word export, publication and the
 * published versions. /reports opens last year's report, /reports/2025 that year's.
 */
export default function ReportPage() {
  const me = useMe();
  const navigate = useNavigate();
  const today = useServerToday() ?? new Date().toISOString().slice(0, 10);
  const thisYear = Number(today.slice(0, 4));
  const year = Number(useParams().year ?? thisYear - 1);
  const base = reportBase(me.agency.id, year);
  const draft = useApi(`${base}/draft`, () => api.get<ReportDraft>(`${base}/draft`));
  const [tab, setTab] = useState("tables");
  const [publishing, setPublishing] = useState(false);
  const canPublish = hasAnyRole(me, ["office_head", "agency_admin"]);
  const canEdit = hasAnyRole(me, STAFF);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);

  const yearSelect = (
    <Select
      aria-label="报告年度"
      value={year}
      style={{ width: 120 }}
      options={years.map((y) => ({ value: y, label: `${y} 年度` }))}
      onChange={(y) => navigate(`/reports/${y}`)}
      data-testid="year-select"
    />
  );
  const data = draft.data?.year === year ? draft.data : undefined;
  const actions = (
    <Space wrap>
      {yearSelect}
      <Button icon={<DownloadOutlined />} href={`${base}/render?to=docx`} disabled={!data}>
        导出 Word
      </Button>
      {canPublish ? (
        <Button type="primary" icon={<SendOutlined />} disabled={!data} onClick={() => setPublishing(true)}>
          发布
        </Button>
      ) : null}
    </Space>
  );

  if (draft.error && !data) return <LoadFailure error={draft.error} onRetry={draft.reload} />;
  return (
    <>
      <PageTitle title={`${year} 年政府信息公开工作年度报告`} extra={actions} />
      {!data ? (
        <Skeleton active />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag>发布期限 {data.deadline}</Tag>
            {data.published ? (
              <Tag color="green" data-testid="published-tag">
                已发布第 {data.published.version} 版（{data.published.publishDate}）
                {data.changedSincePublication?.any ? "，此后有改动" : ""}
              </Tag>
            ) : (
              <Tag color="orange">尚未发布</Tag>
            )}
          </Space>
          <CheckStatus format={data.report.format} findings={data.findings} />
          <Tabs
            activeKey={tab}
            onChange={setTab}
            style={{ marginTop: 12 }}
            items={[
              {
                key: "tables",
                label: "表格与核查",
                children: <TablesWithFindings report={data.report} findings={data.findings} />,
              },
              {
                key: "prose",
                label: "正文",
                children: (
                  <ProseEditor
                    key={data.draft.version}
                    draft={data}
                    onSaved={draft.reload}
                    readOnly={!canEdit}
                  />
                ),
              },
              { key: "preview", label: "预览", children: <ReportPreview draft={data} /> },
              { key: "versions", label: "版本历史", children: <VersionHistory draft={data} /> },
            ]}
          />
          <PublishModal
            draft={data}
            open={publishing}
            onClose={() => setPublishing(false)}
            onPublished={() => {
              setPublishing(false);
              setTab("versions");
              draft.reload();
            }}
          />
        </>
      )}
    </>
  );
}
