import type { Command } from "commander";
import { openReadyDatabase } from "../../db/open-ready.ts";
import { AppError } from "../../domain/app-error.ts";
import { startServer } from "../../http/server.ts";
import { runAction } from "../run-action.ts";

/** `gongkai serve`: the web server (API, portal, workspace) over the database in DATABASE_URL or data/gongkai.db. */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("启动服务（公众门户、工作台与接口）；SQLite 数据库会自动升级到当前版本")
    .option("-p, --port <port>", "端口", process.env.PORT ?? "3000")
    .option("--host <host>", "监听地址", process.env.HOST ?? "127.0.0.1")
    .action((options: { port: string; host: string }) =>
      runAction(async () => {
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 1 || port > 65535) {
          throw new AppError("VALIDATION", `端口“${options.port}”无效：请写 1–65535 之间的整数，例如 3000`);
        }
        const opened = await openReadyDatabase();
        const server = await startServer(opened, { port, host: options.host });
        const shown = options.host === "0.0.0.0" ? "localhost" : options.host;
        console.log(`公开 Gongkai 已启动：http://${shown}:${port}/`);
        console.log(`数据库：${opened.location}`);
        const stop = () => server.close(() => void opened.close().then(() => process.exit(0)));
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      }),
    );
}
