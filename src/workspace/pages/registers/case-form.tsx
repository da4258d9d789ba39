import { Alert, Form, Input, Modal, Select } from "antd";
import { api } from "../../api/client.ts";
import { useFormSubmit } from "../../api/use-form-submit.ts";
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
  const { busy, problem, submit } = useFormSubmit(form, async (values: Values) => {
    const body = { ...values, resultOn: values.resultOn || null };
    if (editing) await api.patch(`/api/remedy-cases/${editing.id}`, body);
    else await api.post(`/api/agencies/${agencyId}/remedy-cases`, body);
    onSaved();
  });

  return (
    <Modal
      open
      title={editing ? "修改案件" : "登记行政复议或行政诉讼案件"}
      okText="保存"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
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
