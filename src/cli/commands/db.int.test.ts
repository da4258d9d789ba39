import { afterEach, describe, expect, it, vi } from "vitest";
import { MIGRATIONS } from "../../db/migrations/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { runStorageCommand } from "./storage-commands.test-support.ts";

describe("gongkai db", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  forEachDialect(
    (getDb, dialect) => {
      it("status lists pending migrations, migrate applies them once, then both say up to date", async () => {
        vi.stubEnv("DATABASE_URL", getDb().url);
        const names = Object.keys(MIGRATIONS);
        const before = await runStorageCommand("db", "status");
        expect(before.exitCode).toBe(1);
        expect(before.out[0]).toContain(dialect === "sqlite" ? "（SQLite）" : "（PostgreSQL）");
        expect(before.out.slice(2).map((l) => l.trim())).toEqual(names);

        const first = await runStorageCommand("db", "migrate");
        expect(first.exitCode, first.err.join("\n")).toBeUndefined();
        expect(first.out.slice(1, -1).map((l) => l.trim())).toEqual(names.map((n) => `已执行迁移 ${n}`));
        expect(first.out.at(-1)).toBe(`完成：共执行 ${names.length} 个迁移。`);

        const again = await runStorageCommand("db", "migrate");
        expect(again.out[1]).toBe("数据库结构已是最新版本，无需升级。");
        expect((await runStorageCommand("db", "status")).exitCode).toBeUndefined();
      });
    },
    { migrate: false },
  );

  it("names the database it cannot reach and how to fix it", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://someone:secret@127.0.0.1:1/nowhere");
    const { err, exitCode } = await runStorageCommand("db", "migrate");
    expect(exitCode).toBe(2);
    expect(err[0]).toContain("无法连接 PostgreSQL 数据库 postgres://someone:***@127.0.0.1:1/nowhere");
    expect(err[0]).not.toContain("secret");
  });
});
