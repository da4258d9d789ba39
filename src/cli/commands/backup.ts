import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import type { Command } from "commander";
import { DEFAULT_SQLITE_FILE } from "../../db/connect.ts";
import { isPostgresUrl } from "../../db/dialect.ts";
import { AppError } from "../../domain/app-error.ts";
import { runAction } from "../run-action.ts";
import { backupPostgres } from "./backup-postgres.ts";

interface BackupOptions {
  force?: boolean;
}

/**
 * `gongkai backup FILE`: a consistent copy of the database while the server keeps running. SQLite
 * is copied with `VACUUM INTO` (one read transaction: a snapshot, never blocking writers, and never
 * restarted by them as the page-by-page backup API is) and checked by opening the copy and running
 * `PRAGMA integrity_check`; PostgreSQL goes through `pg_dump --format=custom`. The copy is written
 * beside FILE and renamed into place only once verified, so FILE is never a half-written backup.
 */
export function registerBackupCommand(program: Command): void {
  program
    .command("backup")
    .description("备份数据库（服务运行中也可执行，得到一致的副本）；SQLite 备份后自动校验完整性")
    .argument("<file>", "备份文件路径，例如 backups/gongkai-20260125.db（PostgreSQL 为 .dump）")
    .option("--force", "备份文件已存在时覆盖")
    .action((file: string, options: BackupOptions) => runAction(() => backup(file, options)));
}

async function backup(file: string, options: BackupOptions): Promise<void> {
  const target = resolve(file);
  if (existsSync(target) && !options.force) {
    throw new AppError("VALIDATION", `备份文件 ${target} 已存在。请换一个文件名，或加 --force 覆盖`);
  }
  const url = process.env.DATABASE_URL ?? DEFAULT_SQLITE_FILE;
  const partial = `${target}.partial-${process.pid}`;
  try {
    const summary = isPostgresUrl(url) ? await backupPostgres(url, partial) : backupSqlite(url, partial);
    renameSync(partial, target);
    console.log(`已备份到 ${target}（${formatSize(statSync(target).size)}）`);
    for (const line of summary) console.log(`  ${line}`);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Copies an SQLite database into `partial` and verifies the copy; returns lines describing it. */
function backupSqlite(url: string, partial: string): string[] {
  const source = resolve(url.replace(/^sqlite:/i, ""));
  if (!existsSync(source)) {
    throw new AppError(
      "VALIDATION",
      `数据库文件 ${source} 不存在，没有可备份的数据。请检查 DATABASE_URL，或在程序所在目录执行`,
    );
  }
  // Not opened read-only: a read-only connection cannot create the WAL index a stopped server removed.
  const db = new SqliteDatabase(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    db.prepare("vacuum into ?").run(partial);
  } finally {
    db.close();
  }
  const copy = new SqliteDatabase(partial, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma("integrity_check") as { integrity_check: string }[];
    const problems = check.map((r) => r.integrity_check).filter((r) => r !== "ok");
    if (problems.length > 0) {
      throw new AppError(
        "INTERNAL",
        `备份副本未通过完整性检查（${problems.slice(0, 3).join("；")}），已删除副本。请检查原数据库：sqlite3 ${source} "pragma integrity_check"`,
      );
    }
    return [`源数据库：${source}（SQLite）`, "完整性检查（integrity_check）：通过", ...sqliteCounts(copy)];
  } finally {
    copy.close();
  }
}

const COUNTED: [table: string, label: string][] = [
  ["agencies", "机关"],
  ["users", "账号"],
  ["applications", "申请"],
  ["annual_report_versions", "已发布的年度报告版本"],
];

function sqliteCounts(db: SqliteDatabase.Database): string[] {
  const tables = new Set(
    (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  const parts = COUNTED.filter(([t]) => tables.has(t)).map(([t, label]) => {
    const { n } = db.prepare(`select count(*) as n from ${t}`).get() as { n: number };
    return `${label} ${n}`;
  });
  return parts.length > 0 ? [`副本内容：${parts.join("，")}`] : [];
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
