import { Alert, Button, Flex, Input, Popconfirm, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { api, errorMessage } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { DateField } from "../../components/date-field.tsx";
import { AbolishForm, DocumentForm } from "./document-form.tsx";
import { DOCUMENT_KINDS, type NormativeDocument, options } from "./register-types.ts";

interface Filters {
  kind?: string;
  inForceOn?: string | null;
  issuedYear?: string;
  q?: string;
}

/** 规章和规范性文件: the register with filters, registration, change, abolition and deletion. */
export function DocumentsTab({ agencyId, canWrite }: { agencyId: string; canWrite: boolean }) {
  const [filters, setFilters] = useState<Filters>({});
  const [editing, setEditing] = useState<NormativeDocument | "new" | null>(null);
  const [abolishing, setAbolishing] = useState<NormativeDocument | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const path = `/api/agencies/${agencyId}/normative-documents`;
  const query = { ...filters, inForceOn: filters.inForceOn ?? undefined };
  const list = useApi(`${path}?${JSON.stringify(query)}`, () => api.get<NormativeDocument[]>(path, query));
  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));
  const saved = () => {
    setEditing(null);
    setAbolishing(null);
    list.reload();
  };
  const remove = async (doc: NormativeDocument) => {
    try {
      await api.delete(`/api/normative-documents/${doc.id}`);
      list.reload();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} role="search" aria-label="筛选文件">
        <Select
          allowClear
          placeholder="文件类别"
          aria-label="文件类别"
          style={{ width: 160 }}
          options={options(DOCUMENT_KINDS)}
          onChange={(kind?: string) => set({ kind })}
        />
        <div style={{ width: 170 }}>
          <DateField
            placeholder="某日现行有效"
            value={filters.inForceOn}
            onChange={(inForceOn) => set({ inForceOn })}
          />
        </div>
        <Input
          allowClear
          placeholder="发布年份"
          aria-label="发布年份"
          style={{ width: 110 }}
          onChange={(e) => set({ issuedYear: /^\d{4}$/.test(e.target.value) ? e.target.value : undefined })}
        />
        <Input.Search
          allowClear
          placeholder="标题或文号"
          aria-label="标题或文号"
          style={{ width: 220 }}
          onSearch={(q) => set({ q })}
        />
        {canWrite ? (
          <Button type="primary" onClick={() => setEditing("new")} style={{ marginInlineStart: "auto" }}>
            登记文件
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
      <Table<NormativeDocument>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="documents-table"
        columns={[
          {
            title: "类别",
            dataIndex: "kind",
            width: 130,
            render: (k: NormativeDocument["kind"]) => DOCUMENT_KINDS[k],
          },
          { title: "标题", dataIndex: "title" },
          { title: "文号", dataIndex: "docNumber", render: (v: string | null) => v ?? "—" },
          { title: "发布日期", dataIndex: "issuedOn", width: 110 },
          {
            title: "废止日期",
            dataIndex: "abolishedOn",
            width: 120,
            render: (v: string | null) => (v ? <Tag>{v} 废止</Tag> : <Tag color="green">现行有效</Tag>),
          },
          ...(canWrite
            ? [
                {
                  title: "操作",
                  key: "actions",
                  width: 170,
                  render: (_: unknown, doc: NormativeDocument) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(doc)}>
                        修改
                      </Button>
                      {doc.abolishedOn ? null : (
                        <Button type="link" size="small" onClick={() => setAbolishing(doc)}>
                          废止
                        </Button>
                      )}
                      <Popconfirm
                        title="删除这条登记？"
                        description="只用于删除误登记的文件；已废止的文件请用“废止”。"
                        okText="删除"
                        cancelText="取消"
                        onConfirm={() => remove(doc)}
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
        <DocumentForm
          agencyId={agencyId}
          editing={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      ) : null}
      {abolishing ? (
        <AbolishForm doc={abolishing} onClose={() => setAbolishing(null)} onSaved={saved} />
      ) : null}
    </>
  );
}
