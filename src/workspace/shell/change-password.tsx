import { Alert, App, Form, Input, Modal } from "antd";
import { useState } from "react";
import { api } from "../api/client.ts";
import { showIssues } from "../api/form-issues.ts";
import { useSession } from "../session/session.tsx";

interface Fields {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** Change one's own password; the server ends every other session and issues a new CSRF token. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Fields>();
  const { replaceCsrfToken } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setProblem(null);
    try {
      const renewed = await api.post<{ csrfToken: string }>("/api/account/password", {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      replaceCsrfToken(renewed.csrfToken);
      message.success("密码已修改，其他地方的登录已全部退出");
      form.resetFields();
      onClose();
    } catch (err) {
      setProblem(showIssues(form, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="修改密码"
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText="修改"
      confirmLoading={busy}
      destroyOnHidden
    >
      {problem ? <Alert type="error" title={problem} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="currentPassword"
          label="当前密码"
          rules={[{ required: true, message: "请填写当前密码" }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码" rules={[{ required: true, message: "请填写新密码" }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label="再次输入新密码"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: "请再次输入新密码" },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue("newPassword") === value
                  ? Promise.resolve()
                  : Promise.reject(new Error("两次输入的新密码不一致")),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
