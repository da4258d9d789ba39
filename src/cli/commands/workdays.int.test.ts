import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openReadyDatabase } from "../../db/open-ready.ts";
import sample2027 from "../../domain/calendar/test-data/2027-sample.json" with { type: "json" };
import { systemActor } from "../../services/actor.ts";
import { loadCalendarYear } from "../../services/calendar/calendar-years.ts";
import { runWorkdays } from "./workdays.test-support.ts";

// The CLI's choice of calendar does not depend on the engine (it asks the calendar service), so an
// SQLite file is enough here; the service itself is tested on both engines.
describe("gongkai workdays with a database", () => {
  const dir = mkdtempSync(join(tmpdir(), "gongkai-workdays-"));
  const file = join(dir, "gongkai.db");

  beforeAll(async () => {
    vi.stubEnv("DATABASE_URL", file);
    const opened = await openReadyDatabase({ url: file });
    try {
      await loadCalendarYear(
        { db: opened.db, clock: () => new Date("2026-11-20T08:00:00Z") },
        systemActor("test"),
        sample2027,
      );
    } finally {
      await opened.close();
    }
  });

  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it("uses a year loaded with `gongkai calendar load`, as the missing-year message promises", async () => {
    const { out, exitCode } = await runWorkdays("add", "2026-12-20", "10");
    expect(out[0]).toBe("2027-01-04（星期一）");
    expect(out.join("\n")).not.toContain("暂定");
    expect(exitCode).toBeUndefined();
  });

  it("--builtin ignores loaded years", async () => {
    const { err, exitCode } = await runWorkdays("add", "2026-12-20", "10", "--builtin");
    expect(err[0]).toContain("尚未载入 2027 年");
    expect(exitCode).toBe(3);
  });
});
