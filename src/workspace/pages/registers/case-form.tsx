import { Alert, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { api } from "../../api/client.ts";
import { showIssues } from "../../api/form-issues.ts";
import { DateField } from "../../components/date-field.tsx";
import { CASE_KINDS, CASE_RESULTS, options, type RemedyCase } from "./register-types.ts";

type Values = Pick<RemedyCase, "kind" | "caseNumber" | "filedOn" | "result" | "resultOn">;

/** 登记 / 修改 a reconsideration or lawsuit case: filing date, result and its date. */
export function CaseForm({
  agencyId,
  editing,
  onClose,
  onSaved,
}: {
  agencyId: string;
  editing: RemedyCase | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setSaving(true);
    setFailure(null);
    const body = { ...values, resultOn: values.resultOn || null };
    try {
      if (editing) await api.patch(`/api/remedy-cases/${editing.id}`, body);
      else await api.post(`/api/agencies/${agencyId}/remedy-cases`, body);
      onSaved();
    } catch (err) {
      setFailure(showIssues(form, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={editing ? "修改案件" : "登记行政复议或行政诉讼案件"}
      okText="保存"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="case"
        initialValues={editing ?? { kind: "reconsideration", result: "pending" }}
        onFinish={submit}
      >
        <Form.Item name="kind" label="案件类别">
          <Select options={options(CASE_KINDS)} />
        </Form.Item>
        <Form.Item name="caseNumber" label="案号">
          <Input placeholder="如 某复〔2026〕12号" />
        </Form.Item>
        <Form.Item name="filedOn" label="立案（申请）日期">
          <DateField />
        </Form.Item>
        <Form.Item name="result" label="结果">
          <Select options={options(CASE_RESULTS)} />
        </Form.Item>
        <Form.Item name="resultOn" label="结果日期" extra="尚未审结的留空。">
          <DateField placeholder="尚未审结" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
