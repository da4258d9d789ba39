import { Alert, App, Button, Flex, Form, Input, Space, Typography } from "antd";
import { useState } from "react";
import { FORMATS } from "../../../domain/report/format/index.ts";
import { ApiError, api, errorMessage } from "../../api/client.ts";
import { type Prose, type ReportDraft, reportBase } from "./report-types.ts";
import { UnsavedCheck } from "./unsaved-check.tsx";

type Values = { preamble: string; sections: Record<string, string> };

function currentProse(draft: ReportDraft): Values {
  const sections: Record<string, string> = {};
  for (const s of draft.report.sections) if (s.key) sections[s.key] = s.text;
  return { preamble: draft.report.preamble, sections };
}

/**
 * The prose of each part, pre-filled with the saved draft (or the system's suggestions while none is
 * saved), each part resettable to its suggestion. Saving sends the draft's version: when someone
 * else saved first the server answers 409 and the page says so instead of overwriting their work.
 */
export function ProseEditor({
  draft,
  onSaved,
  readOnly,
}: {
  draft: ReportDraft;
  onSaved: () => void;
  /** Supervisors read the prose; only the agency's staff edit it. */
  readOnly: boolean;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const [typed, setTyped] = useState<Values | null>(null);
  const format = FORMATS[draft.report.format];
  const suggestion = (key: string) =>
    key === "preamble" ? draft.suggestions.preamble : (draft.suggestions.sections as Prose["sections"])[key];

  const save = async (values: Values) => {
    setSaving(true);
    try {
      await api.patch<ReportDraft>(`${reportBase(draft.agency.id, draft.year)}/draft`, {
        expectedVersion: draft.draft.version,
        preamble: values.preamble,
        sections: values.sections,
      });
      setConflict(null);
      message.success("正文已保存");
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        setConflict(
          "保存失败：在您编辑期间，他人已修改并保存了本报告的正文。为免覆盖对方的修改，本次未保存。请先复制您修改的文字，点击“载入最新正文”后再重新修改。",
        );
      } else message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const resetButton = (name: ["preamble"] | ["sections", string], key: string) => (
    <Button size="small" type="link" onClick={() => form.setFieldValue(name, suggestion(key) ?? "")}>
      恢复建议稿
    </Button>
  );

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={currentProse(draft)}
      onFinish={save}
      disabled={readOnly}
      onValuesChange={(_, all) => setTyped(all)}
      data-testid="prose-form"
    >
      {draft.placeholders.length > 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`以下部分还有“【请填写……】”待补充，补充后才能发布：${draft.placeholders.join("、")}`}
        />
      ) : null}
      <Typography.Paragraph type="secondary">
        {draft.draft.stored
          ? `已保存的正文（第 ${draft.draft.version} 次保存，${draft.draft.updatedBy ?? ""} ${draft.draft.updatedAt?.slice(0, 16).replace("T", " ") ?? ""}）。`
          : "尚未保存过：以下为系统按本年数据生成的建议稿，请核对、补充后保存。"}
      </Typography.Paragraph>
      <Form.Item label={<Space>开头说明 {resetButton(["preamble"], "preamble")}</Space>} name="preamble">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} aria-label="开头说明" />
      </Form.Item>
      {format.sections.map((s) => (
        <Form.Item
          key={s.key}
          label={
            <Space>
              {`${s.number}、${s.label}`} {resetButton(["sections", s.key], s.key)}
            </Space>
          }
          name={["sections", s.key]}
          extra={s.prose ? undefined : "本部分的表格按记录自动生成，这里填写表格前后的说明文字。"}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 16 }}
            aria-label={`${s.number}、${s.label}`}
            data-section={s.key}
          />
        </Form.Item>
      ))}
      <UnsavedCheck draft={draft} prose={typed} />
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          title={conflict}
          style={{ marginTop: 12 }}
          action={<Button onClick={onSaved}>载入最新正文</Button>}
          data-testid="prose-conflict"
        />
      ) : null}
      <Flex gap={8} hidden={readOnly} style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存正文
        </Button>
        <Button onClick={() => form.resetFields()}>撤销未保存的修改</Button>
      </Flex>
    </Form>
  );
}
