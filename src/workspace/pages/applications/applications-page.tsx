import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { api, errorMessage } from "../../api/client.ts";
import type { ApplicationPage } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { labelOf, useVocabulary } from "../../api/vocabulary.ts";
import { SummaryDeadline } from "../../components/deadline-status.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { STAFF } from "../../pages.tsx";
import { hasAnyRole, useMe } from "../../session/session.tsx";
import type { ListItem } from "../application/types.ts";
import { ListFilters } from "./list-filters.tsx";
import { apiQuery, type Filters, nextParams, readFilters } from "./list-query.ts";
import { RegisterModal } from "./register-modal.tsx";

/** 申请办理: the agency's applications, filtered, sorted and paged by the server; a row opens its page. */
export default function ApplicationsPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const words = useVocabulary();
  const [registering, setRegistering] = useState(false);
  const me = useMe();
  // Supervisors read the list (and everything below their agency); only its own staff register.
  const mayRegister = hasAnyRole(me, STAFF);
  // The API lists a subtree for supervisors only (a system administrator manages accounts, not applications).
  const canSubtree = hasAnyRole(me, ["supervisor"]);
  const filters = readFilters(params);
  const query = apiQuery(filters);
  const list = useApi(params.toString() || "all", () => api.get<ApplicationPage>("/api/applications", query));
  const change = (patch: Filters) => setParams(nextParams(filters, patch));

  return (
    <>
      <PageTitle
        title="申请办理"
        extra={
          mayRegister ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              登记申请
            </Button>
          ) : null
        }
      />
      <ListFilters
        key={params.toString()}
        filters={filters}
        canSubtree={canSubtree}
        words={words}
        onChange={change}
      />
      {list.error ? (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<ListItem>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        data-testid="application-list"
        onRow={(app) => ({
          onClick: () => navigate(`/applications/${app.id}`),
          style: { cursor: "pointer" },
        })}
        pagination={{
          current: list.data?.page ?? Number(filters.page ?? 1),
          pageSize: list.data?.pageSize ?? Number(filters.pageSize ?? 20),
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 件`,
          onChange: (page, pageSize) => change({ page: String(page), pageSize: String(pageSize) }),
        }}
        locale={{ emptyText: "没有符合条件的申请" }}
        columns={[
          {
            title: "申请编号",
            dataIndex: "number",
            width: 170,
            render: (number: string, app) => (
              <Link to={`/applications/${app.id}`} onClick={(e) => e.stopPropagation()}>
                {number}
              </Link>
            ),
          },
          ...(filters.subtree === "true"
            ? [{ title: "机关", dataIndex: "agencyName", width: 160, ellipsis: true }]
            : []),
          { title: "申请人", dataIndex: "applicantName", width: 140, ellipsis: true },
          {
            title: "所需信息",
            dataIndex: "descriptionExcerpt",
            ellipsis: true,
            render: (text: string) => <Typography.Text title={text}>{text}</Typography.Text>,
          },
          {
            title: "收到日期",
            key: "received",
            width: 110,
            render: (_, app) => app.receivedOn ?? app.arrivedOn,
          },
          {
            title: "办理阶段",
            key: "phase",
            width: 150,
            render: (_, app) => (
              <>
                <Tag color={app.open ? "blue" : "default"}>{app.phaseLabel}</Tag>
                {app.outcome ? <div>{labelOf(words?.outcomes, app.outcome)}</div> : null}
              </>
            ),
          },
          { title: "答复期限", key: "due", width: 250, render: (_, app) => <SummaryDeadline app={app} /> },
        ]}
      />
      <RegisterModal
        open={registering}
        words={words}
        onClose={() => setRegistering(false)}
        onRegistered={(id) => navigate(`/applications/${id}`)}
      />
    </>
  );
}
