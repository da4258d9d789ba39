import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { availableDialects, openTestDatabase, TEST_PG_URL } from "../../test-support/dialects.ts";
import { runCommand } from "../run-command.test-support.ts";
import { registerBackupCommand } from "./backup.ts";
import { schemaOfUrl } from "./backup-postgres.ts";
import { runGongkai, seedClerk, startServerProcess, writeLoop } from "./server-process.test-support.ts";

const dir = mkdtempSync(join(tmpdir(), "gk-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `gongkai backup …` in-process; returns what it printed and its exit code. */
async function backup(...args: string[]) {
  const r = await runCommand(registerBackupCommand, ["backup", ...args]);
  return { ...r, out: r.out.join("\n"), err: r.err.join("\n") };
}

interface Copied {
  applications: number;
  /** Applications whose version is not their ledger length + 1: a torn copy. */
  torn: number;
}

const COUNT_SQL = `select count(*) as applications,
  coalesce(sum(case when version <> 1 + (select count(*) from application_events e where e.application_id = a.id) then 1 else 0 end), 0) as torn
  from applications a`;

function sqliteCopy(file: string): Copied & { integrity: unknown } {
  const copy = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const counts = copy.prepare(COUNT_SQL).get() as Copied;
    return { ...counts, integrity: copy.pragma("integrity_check") };
  } finally {
    copy.close();
  }
}

/** Restores a pg_dump file into a database of its own and counts there. */
async function postgresCopy(file: string, schema: string): Promise<Copied> {
  const name = `gk_restore_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    const url = new URL(TEST_PG_URL);
    url.pathname = `/${name}`;
    const restored = await runPgRestore(url.toString(), file);
    expect(restored.code, restored.stderr).toBe(0);
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query(`set search_path = ${schema}`);
      const { rows } = await client.query(COUNT_SQL);
      return { applications: Number(rows[0].applications), torn: Number(rows[0].torn) };
    } finally {
      await client.end();
    }
  } finally {
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

async function runPgRestore(url: string, file: string) {
  const { spawn } = await import("node:child_process");
  return new Promise<{ code: number | null; stderr: string }>((done) => {
    const child = spawn("pg_restore", ["--no-owner", `--dbname=${url}`, file]);
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (code) => done({ code, stderr }));
  });
}

describe("gongkai backup while the server keeps writing", () => {
  for (const dialect of availableDialects) {
    it(`makes a consistent copy that opens and passes its checks (${dialect})`, async () => {
      const db = await openTestDatabase(dialect);
      const file = join(dir, `copy-${dialect}.bak`);
      try {
        await seedClerk({ db: db.db, clock: () => new Date() });
        const server = await startServerProcess(db.url);
        const loop = writeLoop(server.base, 3);
        try {
          while (loop.acknowledged.size < 20) await new Promise((r) => setTimeout(r, 50));
          const before = loop.acknowledged.size;
          const result = await runGongkai(["backup", file], { DATABASE_URL: db.url });
          expect(result.code, result.stderr).toBe(0);
          expect(result.stdout).toContain("已备份到");
          // The server went on writing during and after the backup.
          const during = loop.acknowledged.size;
          while (loop.acknowledged.size < during + 10) await new Promise((r) => setTimeout(r, 50));
          const copy =
            dialect === "sqlite"
              ? sqliteCopy(file)
              : await postgresCopy(file, schemaOfUrl(db.url) ?? "public");
          if (dialect === "sqlite") {
            expect(result.stdout).toContain("完整性检查（integrity_check）：通过");
            expect((copy as ReturnType<typeof sqliteCopy>).integrity).toEqual([{ integrity_check: "ok" }]);
          }
          expect(copy.applications).toBeGreaterThanOrEqual(before);
          expect(copy.applications).toBeLessThanOrEqual(loop.attempts());
          expect(copy.torn).toBe(0);
        } finally {
          loop.stop();
          await server.stop();
          await loop.done.catch(() => {});
        }
      } finally {
        await db.close();
      }
    }, 600_000);
  }
});

describe("gongkai backup refuses", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("to overwrite an existing file unless --force", async () => {
    const db = await openTestDatabase("sqlite");
    try {
      vi.stubEnv("DATABASE_URL", db.url);
      const target = join(dir, "exists.db");
      writeFileSync(target, "keep me");
      const refused = await backup(target);
      expect(refused.exitCode).toBe(2);
      expect(refused.err).toContain("已存在。请换一个文件名，或加 --force 覆盖");
      expect(readFileSync(target, "utf8")).toBe("keep me");
      const forced = await backup(target, "--force");
      expect(forced.exitCode).toBeUndefined();
      expect(sqliteCopy(target).integrity).toEqual([{ integrity_check: "ok" }]);
    } finally {
      await db.close();
    }
  });

  it("a database file that does not exist, creating nothing", async () => {
    const missing = join(dir, "nothing-here.db");
    vi.stubEnv("DATABASE_URL", missing);
    const target = join(dir, "never.db");
    const result = await backup(target);
    expect(result.exitCode).toBe(2);
    expect(result.err).toContain(`数据库文件 ${missing} 不存在`);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(target)).toBe(false);
  });

  it("PostgreSQL without pg_dump on the PATH, saying what to install", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    vi.stubEnv("PATH", join(dir, "no-tools"));
    const target = join(dir, "pg.dump");
    const result = await backup(target);
    expect(result.exitCode).toBe(2);
    expect(result.err).toContain("未找到 pg_dump");
    expect(result.err).toContain("postgresql-client");
    expect(existsSync(target)).toBe(false);
  });
});

describe("schemaOfUrl", () => {
  it.each([
    ["postgres://u@h/db?options=-c%20search_path%3Dgk_1", "gk_1"],
    ["postgres://u@h/db?options=-c search_path=tenant", "tenant"],
    ["postgres://u@h/db", null],
    ["postgres://u@h/db?options=-c%20statement_timeout%3D5s", null],
  ])("%s → %s", (url, schema) => {
    expect(schemaOfUrl(url)).toBe(schema);
  });
});
