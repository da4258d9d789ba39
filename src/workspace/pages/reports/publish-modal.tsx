import { Alert, App, Checkbox, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { ApiError, api, errorMessage } from "../../api/client.ts";
import { type ReportDraft, reportBase, type VersionDetail } from "./report-types.ts";

type Values = { acknowledgeErrors: string[]; revisionNote?: string };

/**
 * Publishing, confirmed: the date is today's and the version is frozen. With error-level findings
 * the API requires each failing rule to be acknowledged (docs/reports.md); from the second version
 * a revision note is required.
 */
export function PublishModal({
  draft,
  open,
  onClose,
  onPublished,
}: {
  draft: ReportDraft;
  open: boolean;
  onClose: () => void;
  onPublished: (version: VersionDetail) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errorRules = [...new Set(draft.findings.filter((f) => f.severity === "error").map((f) => f.rule))];
  const next = (draft.published?.version ?? 0) + 1;

  const publish = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      const published = await api.post<VersionDetail>(`${reportBase(draft.agency.id, draft.year)}/publish`, {
        expectedVersion: draft.draft.version,
        acknowledgeErrors: values.acknowledgeErrors ?? [],
        revisionNote: values.revisionNote?.trim() || undefined,
      });
      message.success(`已发布第 ${published.version} 版`);
      form.resetFields();
      onPublished(published);
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues.map((i) => i.message) : [];
      setFailure([errorMessage(err), ...issues].join("；"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`发布 ${draft.year} 年度报告（第 ${next} 版）`}
      okText="确认发布"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        将以今天的日期发布，报告的正文和表格随即冻结为第 {next}{" "}
        版并向公众公开；之后的修改不会改变已发布的版本，需要更正时再次发布。 本级机关的发布期限为{" "}
        {draft.deadline}。
      </Typography.Paragraph>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      {draft.placeholders.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`正文还有“【请填写……】”（${draft.placeholders.join("、")}），补充并保存后才能发布。`}
        />
      ) : null}
      <Form form={form} layout="vertical" onFinish={publish} initialValues={{ acknowledgeErrors: [] }}>
        {errorRules.length > 0 ? (
          <Form.Item
            name="acknowledgeErrors"
            label="报告仍有错误。如确需按期发布，请逐项确认（确认记录随版本保存，上级监督人员可以看到）："
            rules={[
              {
                validator: (_, value: string[] = []) =>
                  errorRules.every((r) => value.includes(r))
                    ? Promise.resolve()
                    : Promise.reject(new Error("请逐项确认全部错误后再发布，或先更正记录")),
              },
            ]}
          >
            <Checkbox.Group
              options={errorRules.map((rule) => ({
                value: rule,
                label: `${rule}：${draft.findings.find((f) => f.rule === rule)?.message ?? ""}`,
              }))}
            />
          </Form.Item>
        ) : null}
        {draft.published ? (
          <Form.Item
            name="revisionNote"
            label="修订说明"
            rules={[
              { required: true, whitespace: true, message: "再次发布须填写修订说明：说明更正了什么、为什么" },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} showCount />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
