import { type ServerType, serve } from "@hono/node-server";
import type { Db } from "../db/connect.ts";
import { AppError } from "../domain/app-error.ts";
import { createApp } from "./app.ts";
import { API_ROUTES } from "./routes/index.ts";
import { type WorkspaceOptions, workspaceRoutes } from "./workspace-static.ts";

export interface ServerOptions {
  port: number;
  host: string;
  /** Where unexpected errors are written (stderr by default). */
  logError?: (err: unknown) => void;
  /** The current instant (tests set the server's day; the real clock by default). */
  clock?: () => Date;
  /** The staff workspace's build folder and whether the demo runs (login page hint). */
  workspace?: WorkspaceOptions;
}

/**
 * Serves the whole product (API, public portal, staff workspace) on one port; resolves once it
 * listens. A port already taken or not allowed is an AppError with a Chinese message.
 */
export function startServer(opened: Db, options: ServerOptions): Promise<ServerType> {
  const app = createApp(
    {
      db: opened.db,
      clock: options.clock ?? (() => new Date()),
      logError: options.logError ?? ((err) => console.error(err)),
    },
    // The workspace first: the portal, mounted last, answers every other address with its 404 page.
    [workspaceRoutes(options.workspace), ...API_ROUTES],
  );
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => {
      server.off("error", failed);
      resolve(server);
    });
    function failed(err: NodeJS.ErrnoException) {
      reject(listenError(err, options));
    }
    server.once("error", failed);
  });
}

function listenError(err: NodeJS.ErrnoException, { port, host }: ServerOptions): Error {
  switch (err.code) {
    case "EADDRINUSE":
      return new AppError(
        "INTERNAL",
        `端口 ${port} 已被占用（可能已有一个 Gongkai 或其他程序在运行）。请换一个端口，例如 PORT=${port + 1} npm start 或 gongkai serve --port ${port + 1}`,
        { port },
      );
    case "EACCES":
      return new AppError(
        "INTERNAL",
        `没有权限监听端口 ${port}（1024 以下的端口需要管理员权限）。请换一个端口，例如 --port 3000`,
        { port },
      );
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return new AppError("INTERNAL", `无法监听地址 ${host}：本机没有这个地址。请检查 HOST 或 --host`, {
        host,
      });
    default:
      return err;
  }
}
