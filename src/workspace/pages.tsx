import {
  BookOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FundOutlined,
  SettingOutlined,
} from "@ant-design/icons";
import type { ComponentType, ReactNode } from "react";
import { STAFF_WRITERS } from "../services/access.ts";
import type { Role } from "./api/types.ts";

/**
 * Every screen of the workspace in one table: its address under /staff/, its menu entry and who
 * may open it. The router (router.tsx) and the Sider menu (shell/layout.tsx) both read it, so a new
 * screen is one entry here and one file under pages/. Pages load lazily: only the shell and the
 * current page's chunk reach the browser.
 */
export interface WorkspacePage {
  /** Address under /staff/ ("" for the dashboard); menu entries are matched by their first segment. */
  path: string;
  /** The Sider menu's label; omitted for pages reached from other pages (an application's page). */
  menu?: string;
  icon?: ReactNode;
  /** Who sees the menu entry and may open the page; omitted: every signed-in user. */
  roles?: readonly Role[];
  load: () => Promise<{ default: ComponentType }>;
}

/** Roles that work on their own agency's applications and registers (the server's own list). */
export const STAFF: readonly Role[] = STAFF_WRITERS;
/** Roles that manage accounts and agency details. */
const ADMINS: readonly Role[] = ["agency_admin", "system_admin"];

export const PAGES: readonly WorkspacePage[] = [
  {
    path: "",
    menu: "我的工作台",
    icon: <DashboardOutlined />,
    load: () => import("./pages/dashboard/dashboard-page.tsx"),
  },
  {
    path: "applications",
    menu: "申请办理",
    icon: <FileDoneOutlined />,
    roles: [...STAFF, "supervisor"],
    load: () => import("./pages/applications/applications-page.tsx"),
  },
  {
    path: "applications/:id",
    roles: [...STAFF, "supervisor"],
    load: () => import("./pages/application/application-page.tsx"),
  },
  {
    path: "registers",
    menu: "登记簿",
    icon: <BookOutlined />,
    roles: [...STAFF, "supervisor"],
    load: () => import("./pages/registers/registers-page.tsx"),
  },
  {
    path: "reports",
    menu: "年度报告",
    icon: <FileTextOutlined />,
    roles: [...STAFF, "supervisor"],
    load: () => import("./pages/reports/report-page.tsx"),
  },
  {
    path: "reports/:year",
    roles: [...STAFF, "supervisor"],
    load: () => import("./pages/reports/report-page.tsx"),
  },
  {
    path: "checker",
    menu: "报告检查",
    icon: <FileSearchOutlined />,
    load: () => import("./pages/checker/checker-page.tsx"),
  },
  {
    path: "calendar",
    menu: "工作日历",
    icon: <CalendarOutlined />,
    load: () => import("./pages/calendar/calendar-page.tsx"),
  },
  { path: "calendar/:year", load: () => import("./pages/calendar/calendar-page.tsx") },
  {
    path: "admin",
    menu: "系统管理",
    icon: <SettingOutlined />,
    roles: ADMINS,
    load: () => import("./pages/admin/admin-page.tsx"),
  },
  {
    path: "supervision",
    menu: "监督概览",
    icon: <FundOutlined />,
    roles: ["supervisor", "system_admin"],
    load: () => import("./pages/supervision/supervision-page.tsx"),
  },
];
