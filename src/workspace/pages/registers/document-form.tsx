import { Alert, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { api } from "../../api/client.ts";
import { showIssues } from "../../api/form-issues.ts";
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
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setSaving(true);
    setFailure(null);
    const body = { ...values, docNumber: values.docNumber || null, url: values.url || null };
    try {
      if (editing) await api.patch(`/api/normative-documents/${editing.id}`, body);
      else await api.post(`/api/agencies/${agencyId}/normative-documents`, body);
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
      title={editing ? "修改文件登记" : "登记规章或规范性文件"}
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
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (values: { abolishedOn: string }) => {
    try {
      await api.post(`/api/normative-documents/${doc.id}/abolish`, values);
      onSaved();
    } catch (err) {
      setFailure(showIssues(form, err));
    }
  };
  return (
    <Modal open title={`废止：${doc.title}`} okText="登记废止" onOk={() => form.submit()} onCancel={onClose}>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
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
