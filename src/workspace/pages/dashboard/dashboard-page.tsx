import { Alert, Card, Col, Row, Skeleton, Statistic, Table } from "antd";
import { Link } from "react-router";
import { api, errorMessage } from "../../api/client.ts";
import type { ApplicationPage, ApplicationSummary } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { SummaryDeadline } from "../../components/deadline-status.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { useMe } from "../../session/session.tsx";

/** One count of the queue: its label, the list filters it stands for (also the link's query). */
const QUEUES = [
  { key: "open", label: "在办申请", query: { open: "true" }, color: undefined },
  { key: "soon", label: "5 个工作日内到期", query: { due: "soon" }, color: "#d46b08" },
  { key: "overdue", label: "已超期", query: { due: "overdue" }, color: "#cf1322" },
  { key: "submitted", label: "网上申请待确认收到", query: { phase: "submitted" }, color: undefined },
  { key: "correction", label: "等待申请人补正", query: { phase: "awaitingCorrection" }, color: undefined },
  { key: "decided", label: "已决定、待送达答复", query: { phase: "decided" }, color: undefined },
] as const;

type Counts = Record<(typeof QUEUES)[number]["key"], number>;

async function loadCounts(): Promise<Counts> {
  const totals = await Promise.all(
    QUEUES.map((q) => api.get<ApplicationPage>("/api/applications", { ...q.query, pageSize: 1 })),
  );
  return Object.fromEntries(QUEUES.map((q, i) => [q.key, totals[i]?.total ?? 0])) as Counts;
}

/** 我的工作台: my agency's queue in counts that open the matching list, and the nearest deadlines. */
export default function DashboardPage() {
  const me = useMe();
  const counts = useApi("counts", loadCounts);
  const nearest = useApi("nearest", () =>
    api.get<ApplicationPage>("/api/applications", { open: "true", sort: "due", pageSize: 8 }),
  );

  return (
    <>
      <PageTitle title="我的工作台" />
      {counts.error ? <Alert type="error" showIcon title={errorMessage(counts.error)} /> : null}
      <Row gutter={[16, 16]} data-testid="queue-counts">
        {QUEUES.map((q) => (
          <Col key={q.key} xs={12} md={8} xl={4}>
            <Link to={`/applications?${new URLSearchParams(q.query).toString()}`} aria-label={q.label}>
              <Card hoverable size="small">
                {counts.data ? (
                  <Statistic
                    title={q.label}
                    value={counts.data[q.key]}
                    suffix="件"
                    styles={{ content: q.color ? { color: q.color } : {} }}
                    data-testid={`count-${q.key}`}
                  />
                ) : (
                  <Skeleton active paragraph={false} />
                )}
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Card
        title={`最近到期的在办申请（${me.agency.name}）`}
        style={{ marginTop: 16 }}
        extra={<Link to="/applications?open=true">查看全部</Link>}
      >
        {nearest.error ? <Alert type="error" showIcon title={errorMessage(nearest.error)} /> : null}
        <Table<ApplicationSummary>
          rowKey="id"
          size="small"
          loading={nearest.loading}
          pagination={false}
          dataSource={nearest.data?.items ?? []}
          columns={[
            {
              title: "申请编号",
              dataIndex: "number",
              render: (number: string, app) => <Link to={`/applications/${app.id}`}>{number}</Link>,
            },
            { title: "申请人", dataIndex: "applicantName" },
            { title: "所需信息", dataIndex: "descriptionExcerpt", ellipsis: true },
            { title: "办理阶段", dataIndex: "phaseLabel" },
            { title: "答复期限", key: "due", render: (_, app) => <SummaryDeadline app={app} /> },
          ]}
        />
      </Card>
    </>
  );
}
