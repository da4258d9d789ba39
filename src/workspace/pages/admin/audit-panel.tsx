import { Alert, Button, Flex, Select, Table, Typography } from "antd";
import { useEffect, useState } from "react";
import { api, errorMessage } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { chinaTime } from "../../components/china-time.ts";
import { DateField } from "../../components/date-field.tsx";
import type { AuditEntry, AuditPage, User } from "./admin-types.ts";
import { ACTION_LABELS, ENTITY_LABELS } from "./audit-labels.ts";

interface Filters {
  from?: string | null;
  to?: string | null;
  userId?: string;
  entity?: string;
}

const PAGE = 50;
const json = (v: unknown) => (v === null || v === undefined ? "—" : JSON.stringify(v, null, 1));

/**
 * 审计日志: newest first, filtered by day, user and kind of record; 加载更早的记录 follows the
 * server's cursor (`before=nextBefore`) and appends.
 */
export function AuditPanel({ agencyId }: { agencyId: string }) {
  const [filters, setFilters] = useState<Filters>({});
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const users = useApi(`users:${agencyId}`, () => api.get<User[]>(`/api/agencies/${agencyId}/users`));

  const fetchPage = async (before: number | null, append: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      const query = { agencyId, ...filters, from: filters.from ?? undefined, to: filters.to ?? undefined };
      const page = await api.get<AuditPage>("/api/audit", {
        ...query,
        limit: PAGE,
        before: before ?? undefined,
      });
      setItems((old) => (append ? [...old, ...page.items] : page.items));
      setNext(page.nextBefore);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new first page whenever the agency or a filter changes
  useEffect(() => {
    void fetchPage(null, false);
  }, [agencyId, filters]);
  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} role="search" aria-label="筛选审计记录">
        <div style={{ width: 150 }}>
          <DateField placeholder="起始日" value={filters.from} onChange={(from) => set({ from })} />
        </div>
        <div style={{ width: 150 }}>
          <DateField placeholder="截止日" value={filters.to} onChange={(to) => set({ to })} />
        </div>
        <Select
          allowClear
          placeholder="操作人"
          aria-label="操作人"
          style={{ width: 160 }}
          options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          onChange={(userId?: string) => set({ userId })}
        />
        <Select
          allowClear
          placeholder="记录类别"
          aria-label="记录类别"
          style={{ width: 180 }}
          options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={(entity?: string) => set({ entity })}
        />
      </Flex>
      {failure ? (
        <Alert type="error" showIcon title={errorMessage(failure)} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={busy}
        dataSource={items}
        pagination={false}
        data-testid="audit-table"
        expandable={{
          expandedRowRender: (e) => (
            <Flex gap={16}>
              <div style={{ flex: 1 }}>
                <Typography.Text strong>修改前</Typography.Text>
                <pre style={{ whiteSpace: "pre-wrap", fontSize: 12 }}>{json(e.before)}</pre>
              </div>
              <div style={{ flex: 1 }}>
                <Typography.Text strong>修改后</Typography.Text>
                <pre style={{ whiteSpace: "pre-wrap", fontSize: 12 }}>{json(e.after)}</pre>
              </div>
            </Flex>
          ),
        }}
        columns={[
          { title: "时间", dataIndex: "at", render: (at: string) => chinaTime(at) },
          { title: "操作人", dataIndex: "userName", render: (n: string | null) => n ?? "系统" },
          { title: "操作", dataIndex: "action", render: (a: string) => ACTION_LABELS[a] ?? a },
          { title: "对象", dataIndex: "entity", render: (e: string) => ENTITY_LABELS[e] ?? e },
          { title: "对象编号", dataIndex: "entityId", ellipsis: true },
        ]}
      />
      {next !== null ? (
        <Button style={{ marginTop: 12 }} loading={busy} onClick={() => fetchPage(next, true)}>
          加载更早的记录
        </Button>
      ) : null}
    </>
  );
}
