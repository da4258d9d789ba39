import { Alert, Modal, Typography } from "antd";

/** A generated password, shown this once with a copy button: the server keeps only its hash. */
export function PasswordOnce({
  who,
  password,
  onClose,
}: {
  who: string;
  password: string;
  onClose: () => void;
}) {
  return (
    <Modal
      open
      title={`${who} 的初始密码`}
      okText="我已记下"
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: "none" } }}
    >
      <Alert
        type="warning"
        showIcon
        title="密码只显示这一次"
        description="关闭后无法再次查看。请当面或当场交给本人，并提醒其登录后立即修改密码。"
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph>
        <Typography.Text
          code
          copyable={{ tooltips: ["复制", "已复制"] }}
          style={{ fontSize: 18 }}
          data-testid="generated-password"
        >
          {password}
        </Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}
