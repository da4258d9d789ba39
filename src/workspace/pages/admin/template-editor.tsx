import { Alert, Button, Drawer, Flex, Form, Input, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { api, errorMessage } from "../../api/client.ts";
import { showIssues } from "../../api/form-issues.ts";
import { useApi } from "../../api/use-api.ts";
import { chinaTime } from "../../components/china-time.ts";
import type { LetterTemplateHistory } from "./admin-types.ts";

interface Values {
  title: string;
  body: string;
  note?: string;
}

/**
 * One letter kind's wording: title and body with {{变量}} places, saved as a new version. The
 * server refuses a text that drops a required variable and names it; the message shows under the body.
 */
export function TemplateEditor({
  agencyId,
  kind,
  onClose,
  onSaved,
}: {
  agencyId: string;
  kind: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const path = `/api/agencies/${agencyId}/letter-templates/${encodeURIComponent(kind)}`;
  const loaded = useApi(path, () => api.get<LetterTemplateHistory>(path));
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const t = loaded.data;

  const save = async (values: Values) => {
    if (!t) return;
    setFailure(null);
    try {
      await api.put(path, { ...values, baseVersion: t.version });
      onSaved();
    } catch (err) {
      setFailure(showIssues(form, err));
    }
  };

  return (
    <Drawer
      open
      size="large"
      title={t ? `文书模板：${t.label}` : "文书模板"}
      onClose={onClose}
      loading={loaded.loading}
    >
      {loaded.error ? (
        <Alert type="error" showIcon title={`模板加载失败：${errorMessage(loaded.error)}`} />
      ) : null}
      {t ? (
        <>
          <Typography.Paragraph>
            必须保留的变量：
            {t.required.map((v) => (
              <Tag key={v.name} color="red" title={v.label}>{`{{${v.name}}}`}</Tag>
            ))}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            可用变量：{t.available.map((v) => `{{${v.name}}}（${v.label}）`).join("、")}
          </Typography.Paragraph>
          {failure ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={failure}
              style={{ marginBottom: 12 }}
              data-testid="template-error"
            />
          ) : null}
          <Form<Values>
            form={form}
            layout="vertical"
            name="template"
            initialValues={{ title: t.title, body: t.body }}
            onFinish={save}
          >
            <Form.Item name="title" label="标题">
              <Input />
            </Form.Item>
            <Form.Item name="body" label="正文（每行一段）">
              <Input.TextArea rows={14} />
            </Form.Item>
            <Form.Item name="note" label="修改说明">
              <Input />
            </Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit">
                保存为新版本
              </Button>
              <Button onClick={() => form.setFieldsValue(t.defaultTemplate)}>填入默认文本</Button>
            </Flex>
          </Form>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
            历史版本
          </Typography.Title>
          <Table
            rowKey="version"
            size="small"
            pagination={false}
            dataSource={t.versions}
            locale={{ emptyText: "尚未修改，使用默认文本" }}
            columns={[
              { title: "版本", dataIndex: "version" },
              { title: "标题", dataIndex: "title" },
              { title: "修改说明", dataIndex: "note", render: (n: string | null) => n ?? "—" },
              {
                title: "时间",
                dataIndex: "createdAt",
                render: (at: string) => chinaTime(at),
              },
            ]}
          />
        </>
      ) : null}
    </Drawer>
  );
}
