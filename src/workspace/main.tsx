import "dayjs/locale/zh-cn";
import { App as AntApp, ConfigProvider } from "antd";
import type { Locale } from "antd/es/locale/index.js";
import zhCNModule from "antd/es/locale/zh_CN.js";
import dayjs from "dayjs";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { createWorkspaceRouter } from "./router.tsx";
import { SessionProvider } from "./session/session.tsx";
import "./workspace.css";

dayjs.locale("zh-cn");
// antd ships no package exports: TypeScript (NodeNext) reads this ES module as CommonJS and types its
// default import as the whole module, while the bundler hands over the locale object itself.
const zhCN = zhCNModule as unknown as Locale;

const router = createWorkspaceRouter();
const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { borderRadius: 4 } }}>
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
