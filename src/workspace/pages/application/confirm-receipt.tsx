import { Alert, Form, Modal, Typography } from "antd";
import { ApiError, api } from "../../api/client.ts";
import { useFormSubmit } from "../../api/use-form-submit.ts";
import { DayItem } from "./day-item.tsx";

/**
 * 确认收到: an online submission's legal receipt date is the day both sides confirmed it (第31条);
 * POST /api/applications/{id}/receipt with the expected version.
 */
export function ConfirmReceiptModal(props: {
  applicationId: string;
  version: number;
  today: string | null;
  onClose: () => void;
  onDone: () => void;
  onConflict: () => void;
}) {
  const [form] = Form.useForm();
  const { busy, problem, submit } = useFormSubmit(form, async (values: { confirmedOn: string }) => {
    try {
      await api.post(`/api/applications/${props.applicationId}/receipt`, {
        expectedVersion: props.version,
        ...values,
      });
      props.onDone();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) props.onConflict();
      throw err;
    }
  });
  return (
    <Modal
      open
      title="确认收到申请"
      okText="确认"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      {problem ? (
        <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />
      ) : null}
      <Typography.Paragraph>网上申请以双方确认之日为收到申请之日，各项期限自此起算。</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ confirmedOn: props.today ?? undefined }}
        onFinish={submit}
      >
        <DayItem
          name="confirmedOn"
          label="双方确认之日"
          rules={[{ required: true, message: "请选择确认日期" }]}
        />
      </Form>
    </Modal>
  );
}
