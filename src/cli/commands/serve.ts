import type { Command } from "commander";
import { type Db, openDatabase } from "../../db/connect.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { openReadyDatabase } from "../../db/open-ready.ts";
import { hasAgencies } from "../../demo/seed-demo.ts";
import { AppError } from "../../domain/app-error.ts";
import { startServer } from "../../http/server.ts";
import { runAction } from "../run-action.ts";
import { runDemo } from "./demo-run.ts";

interface ServeOptions {
  port: string;
  host: string;
  demo?: boolean;
}

/**
 * `gongkai serve`: the web server (API, portal, workspace) over the database in DATABASE_URL or
 * data/gongkai.db. With `--demo` (what `npm start` runs) the database is migrated on either engine
 * and, when it holds no agency yet, filled with the demo county first, its accounts printed once.
 */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("启动服务（公众门户、工作台与接口）；SQLite 数据库会自动升级到当前版本")
    .option("-p, --port <port>", "端口（环境变量 PORT）", process.env.PORT ?? "3000")
    .option(
      "--host <host>",
      "监听地址（环境变量 HOST；对外提供服务时用 0.0.0.0）",
      process.env.HOST ?? "127.0.0.1",
    )
    .option("--demo", "演示模式：自动升级数据库；数据库为空时先生成演示数据并显示演示账号")
    .action((options: ServeOptions) => runAction(() => serveCommand(options)));
}

/** The address to show people: a wildcard or loopback host is reached as localhost. */
export function shownAddress(host: string, port: number): string {
  const local = ["0.0.0.0", "::", "127.0.0.1", "::1", "localhost"].includes(host);
  const shown = local ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

async function openForDemo(): Promise<Db> {
  const opened = await openDatabase();
  try {
    await migrateToLatest(opened.db);
    if (await hasAgencies(opened.db)) {
      console.log("数据库中已有数据，直接启动（演示账号的密码只在首次生成时显示过）。");
    } else {
      await runDemo(opened.db);
    }
    return opened;
  } catch (err) {
    await opened.close();
    throw err;
  }
}

async function serveCommand(options: ServeOptions): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new AppError("VALIDATION", `端口“${options.port}”无效：请写 1–65535 之间的整数，例如 3000`);
  }
  const opened = options.demo ? await openForDemo() : await openReadyDatabase();
  const server = await startServer(opened, {
    port,
    host: options.host,
    workspace: { demo: options.demo === true },
  }).catch(async (err) => {
    await opened.close();
    throw err;
  });
  console.log("");
  console.log(`公开 Gongkai 已启动：${shownAddress(options.host, port)}`);
  console.log(`数据库：${opened.location}`);
  console.log("按 Ctrl+C 停止服务。");
  const stop = () => server.close(() => void opened.close().then(() => process.exit(0)));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
