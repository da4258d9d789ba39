import { Alert, Form, Input, Modal, Select } from "antd";
import { api } from "../../api/client.ts";
import { useFormSubmit } from "../../api/use-form-submit.ts";
import { DateField } from "../../components/date-field.tsx";
import { DOCUMENT_KINDS, type NormativeDocument, options } from "./register-types.ts";

type Values = Pick<NormativeDocument, "kind" | "title" | "docNumber" | "issuedOn" | "abolishedOn" | "url">;

/**
 * 登记 / 修改 a rule or normative document in a Modal: the server checks the fields and its
 * messages appear beside them (a missing title, an abolition before the issue date).
 */
export function DocumentForm({
  agencyId,
  editing,
  onClose,
  onSaved,
}: {
  agencyId: string;
  /** The registration to change; null to register a new one. */
  editing: NormativeDocument | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit(form, async (values: Values) => {
    const body = { ...values, docNumber: values.docNumber || null, url: values.url || null };
    if (editing) await api.patch(`/api/normative-documents/${editing.id}`, body);
    else await api.post(`/api/agencies/${agencyId}/normative-documents`, body);
    onSaved();
  });

  return (
    <Modal
      open
      title={editing ? "修改文件登记" : "登记规章或规范性文件"}
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
        name="document"
        initialValues={editing ?? { kind: "normative_document" }}
        onFinish={submit}
      >
        <Form.Item name="kind" label="文件类别">
          <Select options={options(DOCUMENT_KINDS)} />
        </Form.Item>
        <Form.Item name="title" label="文件标题">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="docNumber" label="文号">
          <Input placeholder="如 某政办〔2025〕3号" />
        </Form.Item>
        <Form.Item name="issuedOn" label="发布日期">
          <DateField />
        </Form.Item>
        <Form.Item name="abolishedOn" label="废止日期" extra="尚未废止的留空；废止后请用“废止”登记。">
          <DateField placeholder="未废止" />
        </Form.Item>
        <Form.Item name="url" label="网址">
          <Input placeholder="https://…" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 废止: records the abolition date of a registered document. */
export function AbolishForm({
  doc,
  onClose,
  onSaved,
}: {
  doc: NormativeDocument;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ abolishedOn: string }>();
  const { busy, problem, submit } = useFormSubmit(form, async (values: { abolishedOn: string }) => {
    await api.post(`/api/normative-documents/${doc.id}/abolish`, values);
    onSaved();
  });
  return (
    <Modal
      open
      title={`废止：${doc.title}`}
      okText="登记废止"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" name="abolish" onFinish={submit}>
        <Form.Item
          name="abolishedOn"
          label="废止日期"
          extra="废止的文件仍保留登记，年度报告表二按废止日期计数。"
        >
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
