import { Alert, Button, Table, Tag } from "antd";
import { useState } from "react";
import { api, errorMessage } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import type { LetterTemplate } from "./admin-types.ts";
import { TemplateEditor } from "./template-editor.tsx";

/** 文书模板: every letter kind with its current version; 修改 opens the editor. */
export function TemplatesPanel({ agencyId }: { agencyId: string }) {
  const path = `/api/agencies/${agencyId}/letter-templates`;
  const list = useApi(path, () => api.get<LetterTemplate[]>(path));
  const [kind, setKind] = useState<string | null>(null);
  return (
    <>
      {list.error ? <Alert type="error" showIcon title={errorMessage(list.error)} /> : null}
      <Table<LetterTemplate>
        rowKey="kind"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        data-testid="templates-table"
        columns={[
          { title: "文书", dataIndex: "label" },
          { title: "标题", dataIndex: "title", ellipsis: true },
          {
            title: "版本",
            key: "version",
            render: (_, t) => (t.isDefault ? <Tag>默认文本</Tag> : <Tag color="blue">第 {t.version} 版</Tag>),
          },
          {
            title: "操作",
            key: "edit",
            render: (_, t) => (
              <Button type="link" size="small" onClick={() => setKind(t.kind)} aria-label={`修改${t.label}`}>
                修改
              </Button>
            ),
          },
        ]}
      />
      {kind ? (
        <TemplateEditor
          agencyId={agencyId}
          kind={kind}
          onClose={() => setKind(null)}
          onSaved={() => {
            setKind(null);
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}
