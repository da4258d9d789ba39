import { spawn } from "node:child_process";
import { redactUrl } from "../../db/connect.ts";
import { AppError } from "../../domain/app-error.ts";

/**
 * A PostgreSQL backup through the engine's own tool: `pg_dump --format=custom` (compressed, restored
 * with `pg_restore`), a consistent snapshot taken in one transaction while the server keeps writing.
 * A deployment whose URL selects a schema (`options=-c search_path=…`) dumps that schema only.
 */

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
  });
}

const MISSING_TOOL = (tool: string) =>
  new AppError(
    "VALIDATION",
    `未找到 ${tool}：备份 PostgreSQL 数据库需要 PostgreSQL 客户端工具 ${tool}（主版本不低于数据库服务器）。` +
      "请安装后重试（Debian/Ubuntu：apt install postgresql-client），或请数据库管理员用 pg_dump 备份",
    { tool },
  );

/** The schema a `search_path` in the URL's `options` selects, if any. */
export function schemaOfUrl(url: string): string | null {
  const options = new URL(url).searchParams.get("options") ?? "";
  const match = /(?:^|\s)-c\s*search_path\s*=\s*([A-Za-z_][A-Za-z0-9_$]*)/.exec(options);
  return match?.[1] ?? null;
}

async function runTool(tool: string, args: string[], env = process.env): Promise<Run> {
  try {
    return await run(tool, args, env);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw MISSING_TOOL(tool);
    throw err;
  }
}

/**
 * The URL without its password, and the environment carrying it instead: a password on the command
 * line would be visible to every user of the machine in the process list.
 */
function withoutPassword(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  if (parsed.password === "") return { url, env: process.env };
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: { ...process.env, PGPASSWORD: password } };
}

/** Dumps the database of `url` into `file` and checks that pg_restore can read it back; returns lines describing it. */
export async function backupPostgres(url: string, file: string): Promise<string[]> {
  const schema = schemaOfUrl(url);
  const args = ["--format=custom", "--no-owner", `--file=${file}`];
  if (schema) args.push(`--schema=${schema}`);
  const connection = withoutPassword(url);
  const dumped = await runTool("pg_dump", [...args, `--dbname=${connection.url}`], connection.env);
  if (dumped.code !== 0) {
    throw new AppError(
      "INTERNAL",
      `pg_dump 备份 ${redactUrl(url)} 失败：${dumped.stderr.trim() || `退出码 ${dumped.code}`}`,
    );
  }
  const listed = await runTool("pg_restore", ["--list", file]);
  if (listed.code !== 0) {
    throw new AppError("INTERNAL", `备份文件无法被 pg_restore 读取：${listed.stderr.trim()}`);
  }
  const tables = listed.stdout.split("\n").filter((l) => / TABLE DATA /.test(l)).length;
  return [
    `源数据库：${redactUrl(url)}（PostgreSQL${schema ? `，模式 ${schema}` : ""}）`,
    `格式：pg_dump 自定义格式，含 ${tables} 张表的数据；恢复：pg_restore --clean --if-exists --no-owner --dbname=… 备份文件`,
  ];
}
