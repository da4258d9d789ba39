import { Alert, Checkbox, Form, Input, Modal } from "antd";
import { api } from "../../api/client.ts";
import type { Role } from "../../api/types.ts";
import { useFormSubmit } from "../../api/use-form-submit.ts";
import { type NewUserAnswer, ROLE_OPTIONS, type User } from "./admin-types.ts";

interface Values {
  username: string;
  displayName: string;
  roles: Role[];
  password?: string;
}

/**
 * 新建账号 (username, name, roles; the password left empty is generated and shown once) or
 * 修改账号 (name and roles). Refusals — a taken username, a role the administrator may not grant —
 * appear beside their fields.
 */
export function UserForm({
  agencyId,
  editing,
  onClose,
  onSaved,
}: {
  agencyId: string;
  editing: User | null;
  onClose: () => void;
  onSaved: (created: NewUserAnswer | null) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit(form, async (values: Values) => {
    if (editing) {
      await api.patch(`/api/users/${editing.id}`, { displayName: values.displayName, roles: values.roles });
      onSaved(null);
    } else {
      const body = { ...values, password: values.password || undefined };
      onSaved(await api.post<NewUserAnswer>(`/api/agencies/${agencyId}/users`, body));
    }
  });

  return (
    <Modal
      open
      title={editing ? `修改账号：${editing.username}` : "新建账号"}
      okText="保存"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="user"
        initialValues={editing ?? { roles: ["clerk"] }}
        onFinish={submit}
      >
        {editing ? null : (
          <Form.Item name="username" label="登录名" extra="字母、数字、点或下划线，如 li.si">
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label="姓名">
          <Input />
        </Form.Item>
        <Form.Item name="roles" label="角色">
          <Checkbox.Group options={ROLE_OPTIONS} />
        </Form.Item>
        {editing ? null : (
          <Form.Item name="password" label="初始密码" extra="留空则由系统生成 16 位密码，只显示一次。">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
