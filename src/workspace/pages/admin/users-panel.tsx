import { Alert, Button, Flex, Popconfirm, Space, Table, Tag } from "antd";
import { useState } from "react";
import { api, errorMessage } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { useMe } from "../../session/session.tsx";
import type { PasswordShown, User } from "./admin-types.ts";
import { PasswordOnce } from "./password-once.tsx";
import { UserForm } from "./user-form.tsx";

/** 账号: the agency's accounts — create, change name and roles, disable or enable, reset the password. */
export function UsersPanel({ agencyId }: { agencyId: string }) {
  const me = useMe();
  const path = `/api/agencies/${agencyId}/users`;
  const list = useApi(path, () => api.get<User[]>(path));
  const [editing, setEditing] = useState<User | "new" | null>(null);
  const [shown, setShown] = useState<{ who: string; password: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const act = async (run: () => Promise<void>) => {
    setFailure(null);
    try {
      await run();
      list.reload();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };
  const toggle = (u: User) => act(() => api.patch(`/api/users/${u.id}`, { disabled: !u.disabled }));
  const reset = (u: User) =>
    act(async () => {
      const { generatedPassword } = await api.post<PasswordShown>(`/api/users/${u.id}/password`, {});
      if (generatedPassword) setShown({ who: u.displayName, password: generatedPassword });
    });

  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing("new")}>
          新建账号
        </Button>
      </Flex>
      {failure || list.error ? (
        <Alert
          type="error"
          showIcon
          title={failure ?? errorMessage(list.error)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Table<User>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="users-table"
        columns={[
          { title: "登录名", dataIndex: "username" },
          { title: "姓名", dataIndex: "displayName" },
          {
            title: "角色",
            dataIndex: "roleLabels",
            render: (labels: string[]) => labels.map((l) => <Tag key={l}>{l}</Tag>),
          },
          {
            title: "状态",
            dataIndex: "disabled",
            render: (d: boolean) => (d ? <Tag color="red">已停用</Tag> : <Tag color="green">正常</Tag>),
          },
          {
            title: "操作",
            key: "actions",
            render: (_, u) =>
              u.id === me.user.id ? (
                <span>（本人）</span>
              ) : (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(u)}>
                    修改
                  </Button>
                  <Popconfirm
                    title={u.disabled ? "启用这个账号？" : "停用这个账号？"}
                    description={u.disabled ? undefined : "停用后该账号立即退出登录，不能再登录。"}
                    okText="确定"
                    cancelText="取消"
                    onConfirm={() => toggle(u)}
                  >
                    <Button type="link" size="small" danger={!u.disabled}>
                      {u.disabled ? "启用" : "停用"}
                    </Button>
                  </Popconfirm>
                  <Popconfirm
                    title="重置密码？"
                    description="系统将生成新密码并只显示一次；该账号的所有登录随即结束。"
                    okText="重置"
                    cancelText="取消"
                    onConfirm={() => reset(u)}
                  >
                    <Button type="link" size="small">
                      重置密码
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {editing ? (
        <UserForm
          agencyId={agencyId}
          editing={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(created) => {
            setEditing(null);
            list.reload();
            if (created?.generatedPassword) {
              setShown({ who: created.user.displayName, password: created.generatedPassword });
            }
          }}
        />
      ) : null}
      {shown ? (
        <PasswordOnce who={shown.who} password={shown.password} onClose={() => setShown(null)} />
      ) : null}
    </>
  );
}
