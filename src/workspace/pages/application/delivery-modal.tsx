import { Alert, Form, Input, Modal, Select } from "antd";
import { api } from "../../api/client.ts";
import { useFormSubmit } from "../../api/use-form-submit.ts";
import type { Vocabulary } from "../../api/vocabulary.ts";
import { DayItem } from "./day-item.tsx";
import type { LetterSummary } from "./types.ts";

/**
 * 登记送达: how and when the addressee received a letter (POST /api/letters/{id}/delivery). For a
 * correction, fee or consultation notice the day also enters the ledger and moves its limit.
 */
export function DeliveryModal(props: {
  letter: LetterSummary;
  words: Vocabulary | undefined;
  today: string | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm();
  const { busy, problem, submit } = useFormSubmit(
    form,
    async (values: Record<string, string | undefined>) => {
      await api.post(`/api/letters/${props.letter.id}/delivery`, {
        ...values,
        note: values.note || undefined,
      });
      props.onDone();
    },
  );
  return (
    <Modal
      open
      title={`登记送达：${props.letter.documentNumber}`}
      okText="登记"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {problem ? (
        <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ method: "post", deliveredOn: props.today ?? undefined }}
      >
        <Form.Item name="method" label="送达方式" rules={[{ required: true, message: "请选择送达方式" }]}>
          <Select options={props.words?.deliveryMethods ?? []} />
        </Form.Item>
        <DayItem
          name="deliveredOn"
          label="收件人收到之日"
          rules={[{ required: true, message: "请选择收到之日" }]}
        />
        <Form.Item name="note" label="送达情况说明（如邮件单号、签收人）">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
