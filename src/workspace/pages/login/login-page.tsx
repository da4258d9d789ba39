import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Form, Input, Typography } from "antd";
import { useEffect, useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import { api, errorMessage } from "../../api/client.ts";
import { useSession } from "../../session/session.tsx";

interface Fields {
  username: string;
  password: string;
}

/** Staff login; after it, back to where the user was going. The demo's printed accounts are hinted at. */
export default function LoginPage() {
  const { me, login, endedMessage } = useSession();
  const [params] = useSearchParams();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState(false);

  useEffect(() => {
    document.title = "登录 · 公开工作台";
    api.get<{ demo: boolean }>("/api/workspace/config").then(
      (c) => setDemo(c.demo),
      () => undefined,
    );
  }, []);

  const from = params.get("from");
  if (me) return <Navigate to={from?.startsWith("/") ? from : "/"} replace />;

  const submit = async (values: Fields) => {
    setBusy(true);
    setProblem(null);
    try {
      await login(values.username.trim(), values.password);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: "100vh", background: "#f0f2f5", padding: 16 }}>
      <main style={{ width: 380, maxWidth: "100%" }}>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 22, textAlign: "center", marginTop: 0 }}>
            公开 · 工作人员登录
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ textAlign: "center" }}>
            政府信息公开工作平台
          </Typography.Paragraph>
          {problem || endedMessage ? (
            <Alert
              type="error"
              showIcon
              title={problem ?? endedMessage}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          ) : null}
          {demo ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="演示模式"
              description="请使用启动服务时命令行窗口中显示的演示账号和密码登录（例如县政府公开办的承办人）。"
            />
          ) : null}
          <Form<Fields> layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item name="username" label="用户名" rules={[{ required: true, message: "请填写用户名" }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label="密码" rules={[{ required: true, message: "请填写密码" }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              登录
            </Button>
          </Form>
        </Card>
      </main>
    </Flex>
  );
}
