import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { api } from "../../api/client.ts";
import { showIssues } from "../../api/form-issues.ts";
import { useApi } from "../../api/use-api.ts";
import { LoadFailure } from "../../components/load-failure.tsx";
import { type LetterSettings, SERIES_LABELS } from "./admin-types.ts";

type Values = Pick<LetterSettings, "numberPatterns" | "paymentMethod" | "signer">;

/** 文书设置: the document-number pattern of each series, how fees are paid, who signs. */
export function LetterSettingsForm({ agencyId }: { agencyId: string }) {
  const path = `/api/agencies/${agencyId}/letter-settings`;
  const loaded = useApi(path, () => api.get<LetterSettings>(path));
  const [form] = Form.useForm<Values>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  const settings = loaded.data;
  if (!settings) return null;

  const save = async (values: Values) => {
    setMessage(null);
    try {
      await api.put(path, {
        expectedVersion: settings.version,
        numberPatterns: values.numberPatterns,
        paymentMethod: values.paymentMethod || null,
        signer: values.signer || null,
      });
      setMessage({ ok: true, text: "文书设置已保存" });
      loaded.reload();
    } catch (err) {
      const rest = showIssues(form, err);
      if (rest) setMessage({ ok: false, text: rest });
    }
  };

  return (
    <Form<Values>
      key={`${agencyId}:${settings.version}`}
      form={form}
      name="letter-settings"
      labelCol={{ span: 5 }}
      wrapperCol={{ span: 14 }}
      initialValues={settings}
      onFinish={save}
    >
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title="文号格式中 {year} 处填入年份、{n} 处填入本年序号，各须出现一次，例如 甲政信复〔{year}〕{n}号。"
      />
      {Object.keys(settings.numberPatterns).map((series) => (
        <Form.Item
          key={series}
          name={["numberPatterns", series]}
          label={`${SERIES_LABELS[series] ?? series}文号`}
        >
          <Input />
        </Form.Item>
      ))}
      <Form.Item name="paymentMethod" label="缴费方式" extra="收费通知中告知申请人的缴费渠道">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="signer" label="落款" extra="留空则以机关名称落款">
        <Input />
      </Form.Item>
      {message ? (
        <Alert
          type={message.ok ? "success" : "error"}
          showIcon
          title={message.text}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form.Item wrapperCol={{ offset: 5 }}>
        <Button type="primary" htmlType="submit">
          保存文书设置
        </Button>
      </Form.Item>
    </Form>
  );
}
