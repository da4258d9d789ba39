import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { api } from "../../api/client.ts";
import { showIssues } from "../../api/form-issues.ts";
import { useApi } from "../../api/use-api.ts";
import { LoadFailure } from "../../components/load-failure.tsx";
import type { Agency } from "./admin-types.ts";

const FIELDS = [
  ["name", "机关名称"],
  ["shortName", "机关简称", "文号默认以简称开头"],
  ["address", "通讯地址", "告知书落款使用"],
  ["postalCode", "邮政编码"],
  ["phone", "联系电话"],
  ["reconsiderationBody", "行政复议机关", "告知书“救济途径”使用"],
  ["court", "管辖人民法院", "告知书“救济途径”使用"],
] as const;

type Values = Pick<Agency, (typeof FIELDS)[number][0]>;

/** 机关信息: the contact details the letters print, changed by the agency's administrators. */
export function AgencyDetails({ agencyId }: { agencyId: string }) {
  const loaded = useApi(`agency:${agencyId}`, () => api.get<Agency>(`/api/agencies/${agencyId}`));
  const [form] = Form.useForm<Values>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return null;

  const save = async (values: Values) => {
    setMessage(null);
    const body = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, k === "name" ? v : v || null]),
    );
    try {
      await api.patch(`/api/agencies/${agencyId}`, body);
      setMessage({ ok: true, text: "已保存" });
    } catch (err) {
      const rest = showIssues(form, err);
      if (rest) setMessage({ ok: false, text: rest });
    }
  };

  return (
    <Form<Values>
      key={agencyId}
      form={form}
      layout="horizontal"
      labelCol={{ span: 5 }}
      wrapperCol={{ span: 14 }}
      initialValues={loaded.data}
      onFinish={save}
      name="agency"
    >
      <Form.Item label="机关编号">{loaded.data.id}</Form.Item>
      <Form.Item label="层级">{loaded.data.levelLabel}</Form.Item>
      {FIELDS.map(([name, label, extra]) => (
        <Form.Item key={name} name={name} label={label} extra={extra}>
          <Input />
        </Form.Item>
      ))}
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
          保存机关信息
        </Button>
      </Form.Item>
    </Form>
  );
}
