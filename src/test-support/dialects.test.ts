import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Loads the harness in a fresh process, as a test file would, with PostgreSQL pointed at a closed port. */
function loadHarness(ci: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, GONGKAI_TEST_PG: "postgres://postgres@127.0.0.1:1/none" };
  if (ci) env.CI = "true";
  else delete env.CI;
  return spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      "await import('./src/test-support/dialects.ts').then((m) => console.log(m.availableDialects.join(',')))",
    ],
    { cwd: repoRoot, env, encoding: "utf8", timeout: 60_000 },
  );
}

describe("the two-engine test harness", () => {
  it("skips an unreachable PostgreSQL out loud on a developer machine", () => {
    const run = loadHarness(false);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("sqlite");
    expect(run.stderr).toContain("PostgreSQL at postgres://postgres@127.0.0.1:1/none is not reachable");
  });

  it("fails under CI=true when PostgreSQL is unreachable, never skipping silently", () => {
    const run = loadHarness(true);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(
      "CI=true but PostgreSQL at postgres://postgres@127.0.0.1:1/none is not reachable",
    );
  });
});
