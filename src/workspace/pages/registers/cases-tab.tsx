import { Alert, Button, Flex, Popconfirm, Select, Space, Table } from "antd";
import { useState } from "react";
import { api, errorMessage } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { CaseForm } from "./case-form.tsx";
import { CASE_KINDS, CASE_RESULTS, options, type RemedyCase } from "./register-types.ts";

/** 复议诉讼: reconsideration and lawsuit cases about the agency's disclosure decisions. */
export function CasesTab({ agencyId, canWrite }: { agencyId: string; canWrite: boolean }) {
  const [kind, setKind] = useState<string | undefined>();
  const [editing, setEditing] = useState<RemedyCase | "new" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const path = `/api/agencies/${agencyId}/remedy-cases`;
  const list = useApi(`${path}?${kind ?? ""}`, () => api.get<RemedyCase[]>(path, { kind }));
  const remove = async (c: RemedyCase) => {
    try {
      await api.delete(`/api/remedy-cases/${c.id}`);
      list.reload();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  return (
    <>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="案件类别"
          aria-label="案件类别"
          style={{ width: 200 }}
          options={options(CASE_KINDS)}
          onChange={setKind}
        />
        {canWrite ? (
          <Button type="primary" onClick={() => setEditing("new")} style={{ marginInlineStart: "auto" }}>
            登记案件
          </Button>
        ) : null}
      </Flex>
      {list.error || failure ? (
        <Alert
          type="error"
          showIcon
          title={failure ?? errorMessage(list.error)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Table<RemedyCase>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: "类别", dataIndex: "kind", render: (k: RemedyCase["kind"]) => CASE_KINDS[k] },
          { title: "案号", dataIndex: "caseNumber" },
          { title: "立案日期", dataIndex: "filedOn" },
          { title: "结果", dataIndex: "result", render: (r: RemedyCase["result"]) => CASE_RESULTS[r] },
          { title: "结果日期", dataIndex: "resultOn", render: (v: string | null) => v ?? "—" },
          ...(canWrite
            ? [
                {
                  title: "操作",
                  key: "actions",
                  render: (_: unknown, c: RemedyCase) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(c)}>
                        修改
                      </Button>
                      <Popconfirm
                        title="删除这条误登记的案件？"
                        okText="删除"
                        cancelText="取消"
                        onConfirm={() => remove(c)}
                      >
                        <Button type="link" size="small" danger>
                          删除
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <CaseForm
          agencyId={agencyId}
          editing={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}
