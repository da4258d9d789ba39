import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Dropdown, Flex, Layout, Menu, Space, Tag, Typography } from "antd";
import { Suspense, useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { PAGES } from "../pages.tsx";
import { hasAnyRole, useMe, useSession } from "../session/session.tsx";
import { CalendarBanner } from "./calendar-banner.tsx";
import { CalendarStatusProvider } from "./calendar-status.tsx";
import { ChangePasswordModal } from "./change-password.tsx";
import { PageSpinner } from "./page-spinner.tsx";

/**
 * The frame of every staff screen: the agency and the user in the header (change password, log
 * out), the menu of the screens the user's roles allow in the Sider, the calendar banner above
 * the page. Sized for 1366×768: a 200 px Sider that collapses, the page scrolls on its own.
 */
export function ShellLayout() {
  const me = useMe();
  const { logout } = useSession();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [changing, setChanging] = useState(false);

  const entries = PAGES.filter((p) => p.menu && (!p.roles || hasAnyRole(me, p.roles)));
  const section = pathname.split("/")[1] ?? "";
  const items = entries.map((p) => ({
    key: p.path,
    icon: p.icon,
    label: <Link to={`/${p.path}`}>{p.menu}</Link>,
  }));

  return (
    <CalendarStatusProvider>
      <Layout style={{ minHeight: "100vh" }}>
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={200}
          breakpoint="lg"
          theme="dark"
        >
          <div style={{ color: "#fff", padding: "16px 20px", fontWeight: 600, whiteSpace: "nowrap" }}>
            {collapsed ? "公开" : "公开 · 工作台"}
          </div>
          <nav aria-label="主菜单">
            <Menu theme="dark" mode="inline" selectedKeys={[section]} items={items} />
          </nav>
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{
              background: "#fff",
              padding: "0 24px",
              borderBottom: "1px solid #f0f0f0",
              lineHeight: "normal",
            }}
          >
            <Flex justify="space-between" align="center" style={{ height: "100%" }} gap={16}>
              <Typography.Text strong style={{ fontSize: 16 }} ellipsis data-testid="agency-name">
                {me.agency.name}
              </Typography.Text>
              <Space size="middle">
                <Space size={4} wrap={false}>
                  {me.user.roleLabels.map((label) => (
                    <Tag key={label} color="blue">
                      {label}
                    </Tag>
                  ))}
                </Space>
                <Dropdown
                  trigger={["click"]}
                  menu={{
                    items: [
                      { key: "password", icon: <KeyOutlined />, label: "修改密码" },
                      { key: "logout", icon: <LogoutOutlined />, label: "退出登录" },
                    ],
                    onClick: ({ key }) => (key === "logout" ? void logout() : setChanging(true)),
                  }}
                >
                  <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                    {me.user.displayName} <DownOutlined />
                  </Button>
                </Dropdown>
              </Space>
            </Flex>
          </Layout.Header>
          <Layout.Content style={{ padding: 24, minWidth: 0 }}>
            <CalendarBanner />
            <main>
              <Suspense fallback={<PageSpinner />}>
                <Outlet />
              </Suspense>
            </main>
          </Layout.Content>
        </Layout>
        <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
      </Layout>
    </CalendarStatusProvider>
  );
}
