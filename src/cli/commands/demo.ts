import type { Command } from "commander";
import { openDatabase } from "../../db/connect.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { DEFAULT_DEMO_SEED, hasAgencies } from "../../demo/seed-demo.ts";
import { AppError } from "../../domain/app-error.ts";
import { runAction } from "../run-action.ts";
import { runDemo } from "./demo-run.ts";

interface DemoCommandOptions {
  seed: string;
  scale: string;
  force?: boolean;
}

/**
 * `gongkai demo`: fills an empty database with the demo county (and migrates it first, on either
 * engine: a demo database belongs to whoever creates it). A database that already holds agencies
 * is refused unless `--force`, which adds the demo county beside them.
 */
export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description(
      "在空数据库中生成演示数据：一个县政府及其部门、乡镇，工作人员账号（密码只显示一次），两年的申请、登记和年度报告",
    )
    .option("--seed <n>", "随机种子：种子相同，生成的数据相同（账号密码除外）", String(DEFAULT_DEMO_SEED))
    .option("--scale <x>", "申请数量倍数（1 约为每年 350 件）", "1")
    .option("--force", "数据库中已有数据时仍加入演示县（现有数据保留）")
    .action((options: DemoCommandOptions) => runAction(() => demo(options)));
}

function positive(value: string, what: string, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)) || n > 1e9) {
    throw new AppError("VALIDATION", `${what}“${value}”无效：请写${integer ? "正整数" : "正数"}`);
  }
  return n;
}

async function demo(options: DemoCommandOptions): Promise<void> {
  const seed = positive(options.seed, "随机种子", true);
  const scale = positive(options.scale, "申请数量倍数", false);
  const opened = await openDatabase();
  try {
    await migrateToLatest(opened.db);
    if (!options.force && (await hasAgencies(opened.db))) {
      throw new AppError(
        "CONFLICT",
        `数据库 ${opened.location} 中已有数据，演示数据只写入空数据库。请用新的数据库（例如 DATABASE_URL=data/demo.db gongkai demo），或加 --force 在现有数据旁加入演示县`,
      );
    }
    await runDemo(opened.db, { seed, scale });
    console.log("");
    console.log("启动服务：gongkai serve（或 npm start），然后在浏览器中打开 http://localhost:3000/");
  } finally {
    await opened.close();
  }
}
