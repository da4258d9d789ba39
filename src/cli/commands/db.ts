import type { Command } from "commander";
import { openDatabase } from "../../db/connect.ts";
import { migrateToLatest, pendingMigrations } from "../../db/migrate.ts";
import { runAction } from "../run-action.ts";

const ENGINE = { sqlite: "SQLite", postgres: "PostgreSQL" } as const;

/** `gongkai db migrate|status`: bring the database (DATABASE_URL, default data/gongkai.db) up to date. */
export function registerDbCommand(program: Command): void {
  const db = program
    .command("db")
    .description("数据库维护（数据库位置由环境变量 DATABASE_URL 指定，默认 data/gongkai.db）");
  db.command("migrate")
    .description("把数据库结构升级到当前版本（可重复执行；PostgreSQL 部署在升级软件后必须先执行）")
    .action(() => runAction(migrate));
  db.command("status")
    .description("显示数据库位置和尚未执行的迁移")
    .action(() => runAction(status));
}

async function migrate(): Promise<void> {
  const opened = await openDatabase();
  try {
    console.log(`数据库：${opened.location}（${ENGINE[opened.dialect]}）`);
    const steps = await migrateToLatest(opened.db);
    if (steps.length === 0) {
      console.log("数据库结构已是最新版本，无需升级。");
      return;
    }
    for (const step of steps) console.log(`  已执行迁移 ${step.name}`);
    console.log(`完成：共执行 ${steps.length} 个迁移。`);
  } finally {
    await opened.close();
  }
}

async function status(): Promise<void> {
  const opened = await openDatabase();
  try {
    console.log(`数据库：${opened.location}（${ENGINE[opened.dialect]}）`);
    const pending = await pendingMigrations(opened.db);
    if (pending.length === 0) {
      console.log("数据库结构已是最新版本。");
    } else {
      console.log(`有 ${pending.length} 个迁移尚未执行（请运行 gongkai db migrate）：`);
      for (const name of pending) console.log(`  ${name}`);
      process.exitCode = 1;
    }
  } finally {
    await opened.close();
  }
}
