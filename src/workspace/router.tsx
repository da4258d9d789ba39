import { Result } from "antd";
import type { ReactNode } from "react";
import { createBrowserRouter, Link, Navigate, useLocation } from "react-router";
import { RouteError } from "./components/route-error.tsx";
import { PAGES, type WorkspacePage } from "./pages.tsx";
import { hasAnyRole, useSession } from "./session/session.tsx";
import { ShellLayout } from "./shell/layout.tsx";
import { PageSpinner } from "./shell/page-spinner.tsx";

/** Signed in, or to the login page (remembering where the user was going). */
function RequireSession({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <PageSpinner />;
  if (me === null) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={`/login${from === "/" ? "" : `?from=${encodeURIComponent(from)}`}`} replace />;
  }
  return children;
}

/** A page the user's roles do not open says so instead of failing on every request. */
function RoleGate({ page, children }: { page: WorkspacePage; children: ReactNode }) {
  const { me } = useSession();
  if (me && page.roles && !hasAnyRole(me, page.roles)) {
    return <Result status="403" title="无权查看" subTitle="您的账号角色不能使用此功能。" />;
  }
  return children;
}

function NotFound() {
  return (
    <Result
      status="404"
      title="没有这个页面"
      subTitle="地址可能有误，或页面已移动。"
      extra={<Link to="/">返回我的工作台</Link>}
    />
  );
}

/** The workspace's routes under /staff/: the login page, and every page of PAGES inside the shell. */
export function createWorkspaceRouter() {
  return createBrowserRouter(
    [
      {
        path: "/login",
        HydrateFallback: PageSpinner,
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import("./pages/login/login-page.tsx")).default }),
      },
      {
        path: "/",
        HydrateFallback: PageSpinner,
        errorElement: <RouteError />,
        element: (
          <RequireSession>
            <ShellLayout />
          </RequireSession>
        ),
        children: [
          ...PAGES.map((page) => ({
            ...(page.path === "" ? { index: true as const } : { path: page.path }),
            // Inside the shell: the menu stays usable when one page fails.
            errorElement: <RouteError />,
            lazy: async () => {
              const Page = (await page.load()).default;
              return {
                element: (
                  <RoleGate page={page}>
                    <Page />
                  </RoleGate>
                ),
              };
            },
          })),
          { path: "*", Component: NotFound },
        ],
      },
    ],
    { basename: "/staff" },
  );
}
